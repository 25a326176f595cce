"""Conflicts on realistic news: short reports and multi-source scenarios of many kinds, written for these tests.

Each scenario is (id, posts, expected conflict kinds), a post being (outlet, published, text).  Most have many
figures and no disagreement (years, months, places, groups, breakdowns, totals and parts, ranges, rounding, targets and
forecasts, shares of different bases, changes and levels); some have a real one between named speakers.  A false
conflict costs a reporter's trust, so the clean stories are the larger part.  Our own sentences, on invented places;
then our own edits of the bundled seed article, and how explanations say figures of none and of one.
"""
import pathlib

import pytest

import claimdiff

SCENARIOS = [
    ('gdp-quarters', [
        ('Wire', '2025-04-30', 'The economy grew 0.4 percent in the first quarter, the statistics office said. '
                               'Growth in the last quarter of 2024 was 0.2 percent.'),
    ], []),
    ('gdp-forecast-vs-actual', [
        ('Wire', '2025-04-30', 'The central bank said growth would reach 1.5 percent this year. '
                               'The economy grew 0.8 percent last year, the statistics office said.'),
    ], []),
    ('inflation-months', [
        ('Wire', '2025-06-12', 'Inflation fell to 2.1 percent in May from 2.6 percent in April, the statistics agency said. '
                               'Core inflation was 2.9 percent.'),
    ], []),
    ('inflation-two-outlets', [
        ('A', '2025-06-12', 'Annual inflation slowed to 3.2 percent in May, the statistics office said.'),
        ('B', '2025-06-12', 'Consumer prices rose 3.2 percent in May from a year earlier, official data showed.'),
    ], []),
    ('jobs-added-vs-level', [
        ('Wire', '2025-07-04', 'Employers added 150,000 jobs in June, the Labor Department said. '
                               'The unemployment rate rose to 4.1 percent, and the economy now has 159 million jobs.'),
    ], []),
    ('jobs-sectors', [
        ('Wire', '2025-07-04', 'The economy added 206,000 jobs last month, the government said. '
                               'Health care added 49,000 jobs and construction 27,000.'),
    ], []),
    ('company-results', [
        ('Wire', '2025-02-01', 'Acme said revenue rose 12 percent to $4.2 billion in the fourth quarter. For the full year, '
                               'revenue was $15.8 billion, and profit reached $1.1 billion.'),
    ], []),
    ('company-layoffs-two', [
        ('Wire', '2025-03-01', 'Borel Motors will cut 3,000 jobs in Germany, the company said. Worldwide, '
                               'it plans to cut 9,000 jobs by 2027.'),
    ], []),
    ('budget-years', [
        ('Wire', '2025-10-01', "The government's budget for 2026 is $620 billion, up from $580 billion in 2025, "
                               'the finance minister said.'),
    ], []),
    ('deficit-percent-vs-money', [
        ('Wire', '2025-10-01', 'The deficit will narrow to 3.1 percent of GDP next year, the treasury said. '
                               'The deficit was $48 billion last year.'),
    ], []),
    ('poll-two-candidates', [
        ('Wire', '2025-09-01', 'A new poll found Lind at 44 percent and Ortiz at 41 percent. An earlier survey had Lind at 39 percent.'),
    ], []),
    ('votes-two-candidates', [
        ('Wire', '2025-11-05', 'Lind won 2.1 million votes and Ortiz 1.9 million, the election commission said.'),
    ], []),
    ('seats-parties', [
        ('Wire', '2025-11-05', 'The Labour party won 214 seats, the Greens 38 and the Liberals 61, according to official results.'),
    ], []),
    ('delegates-and-needed', [
        ('Wire', '2025-03-10', 'Ortiz has 612 delegates, the party said. A candidate needs 1,215 delegates to win the nomination.'),
    ], []),
    ('money-raised-quarters', [
        ('Wire', '2025-07-15', 'The Lind campaign raised $12 million in the second quarter, its aides said. '
                               'It raised $9 million in the first quarter.'),
    ], []),
    ('turnout-dispute', [
        ('A', '2025-11-05', 'Turnout in the election in Morvia was 61 percent, the election commission said.'),
        ('B', '2025-11-05', 'Opposition monitors said turnout in the election in Morvia was 38 percent.'),
    ], ['contradiction']),
    ('votes-two-sources-same', [
        ('A', '2025-11-05', 'Lind received 52 percent of the vote, the commission said.'),
        ('B', '2025-11-05', 'Lind took about 52 percent of the vote.'),
    ], []),
    ('quake-dispute', [
        ('A', '2025-02-10', 'The interior ministry said 41 people were killed in the earthquake in Kessa.'),
        ('B', '2025-02-10', 'The governor of Kessa said at least 70 people were killed in the earthquake.'),
    ], ['contradiction']),
    ('flood-breakdown-villages', [
        ('Wire', '2025-08-02', 'Floods in the Marra valley killed 23 people, officials said. Twelve died in Lito and eleven in Vasso.'),
    ], []),
    ('flood-injured-missing', [
        ('Wire', '2025-08-02', 'The floods in Marra killed 9 people, injured 40 and left 15 missing, '
                               'the civil protection agency said. About 2,000 people were evacuated.'),
    ], []),
    ('fire-evacuated-dispute', [
        ('A', '2025-08-02', 'Firefighters said 3,000 people were evacuated from the fire near Pelo.'),
        ('B', '2025-08-02', 'The mayor of Pelo said 800 people were evacuated from the fire.'),
    ], ['contradiction']),
    ('storm-homes-vs-people', [
        ('Wire', '2025-09-20', 'The storm in Varna damaged 1,200 homes and left 4,500 people homeless, officials said.'),
    ], []),
    ('storm-two-years', [
        ('Wire', '2025-09-20', 'The storm killed 14 people in Varna, officials said. A similar storm in 2019 killed 60 people.'),
    ], []),
    ('toll-rise-same-day', [
        ('A', '2025-02-10', 'At least 12 people died in the bus crash near Orla, police said.'),
        ('B', '2025-02-10', 'The toll in the Orla bus crash rose to 17, police said.'),
    ], []),
    ('injured-ranges', [
        ('Wire', '2025-02-10', 'Between 20 and 30 people were injured in the blast in Tesk, medics said. '
                               'Police said 25 people were hurt.'),
    ], []),
    ('crowd-police-organisers', [
        ('Wire', '2025-05-01', 'Organisers said 120,000 people marched in Lisbon. Police put the number at 25,000.'),
    ], ['contradiction']),
    ('crowd-two-cities', [
        ('Wire', '2025-05-01', 'About 30,000 people protested in Porto and 50,000 in Lisbon, police said.'),
    ], []),
    ('crowd-rounding', [
        ('A', '2025-05-01', 'Police said about 10,000 people joined the rally in Braga.'),
        ('B', '2025-05-01', 'Some 9,800 people attended the rally in Braga, police said.'),
    ], []),
    ('drones-launched-downed', [
        ('Wire', '2025-06-01', 'Russia launched 48 drones overnight, the air force said. Air defences shot down 40 of them.'),
    ], []),
    ('drones-dispute', [
        ('A', '2025-06-01', 'The defence ministry said it destroyed 30 drones over the Belgorod region.'),
        ('B', '2025-06-01', "Ukraine's air force said 12 drones were destroyed over the Belgorod region."),
    ], ['contradiction']),
    ('missiles-days', [
        ('Wire', '2025-06-02', 'Russia fired 9 missiles on Sunday and 14 missiles on Monday, the air force said.'),
    ], []),
    ('casualties-war-total', [
        ('Wire', '2025-06-02', 'Three soldiers were killed in the strike on Sumy, the army said. Since the start of the war, '
                               '4,000 soldiers have been killed in the region.'),
    ], []),
    ('strike-dispute-ministry-governor', [
        ('A', '2025-06-02', 'The governor of Kursk said five people were injured in the missile strike on Rylsk.'),
        ('B', '2025-06-02', 'The health ministry said 19 people were injured in the missile strike on Rylsk.'),
    ], ['contradiction']),
    ('children-and-total', [
        ('Wire', '2025-06-02', 'The strike on Dorvo killed 11 people, including four children, officials said.'),
    ], []),
    ('hospital-part', [
        ('Wire', '2025-06-02', 'Twenty people were injured in the attack on Dorvo; 6 remain in hospital, officials said.'),
    ], []),
    ('two-outlets-money', [
        ('A', '2025-06-02', 'The flood caused $2 billion in damage in Arlen, the governor said.'),
        ('B', '2025-06-02', 'Insurers estimated the damage from the flood in Arlen at $600 million.'),
    ], []),
    ('percent-different-bases', [
        ('Wire', '2025-06-02', 'About 60 percent of voters backed the plan. Among young voters, support was 35 percent.'),
    ], []),
    ('rolling-quake-three-posts', [
        ('Wire', '2025-02-10', 'A strong earthquake struck Kessa on Monday, killing at least 8 people, officials said.'),
        ('Wire', '2025-02-10', 'The toll from the earthquake in Kessa has risen to 26, officials said.'),
        ('Daily', '2025-02-11', 'Officials said 41 people were killed in the Kessa earthquake.'),
    ], []),
    ('rolling-police-vs-organisers-two-outlets', [
        ('A', '2025-05-01', 'Police said 8,000 people joined the march in Tarlow on Saturday.'),
        ('B', '2025-05-01', 'Organisers said 60,000 people joined the march in Tarlow.'),
    ], ['contradiction']),
    ('missing-falls-as-found', [
        ('Wire', '2025-08-03', 'Rescuers said 30 people were missing after the landslide in Pello. Later, '
                               'officials said 12 people were still missing.'),
    ], []),
    ('villages-breakdown-two-sources', [
        ('A', '2025-08-02', 'The floods killed 23 people in the Marra valley, officials said.'),
        ('B', '2025-08-02', 'In the Marra valley floods, twelve people died in Lito and eleven in Vasso, police said.'),
    ], []),
    ('totals-and-parts-money', [
        ('Wire', '2025-03-01', 'The aid package totals $5 billion, the ministry said. Of that, '
                               '$2 billion goes to housing and $1 billion to roads.'),
    ], []),
    ('seats-before-after', [
        ('Wire', '2025-11-06', 'The Greens won 38 seats, up from 21 at the last election, official results showed.'),
    ], []),
    ('evacuated-dispute-ministry-governor', [
        ('A', '2025-08-02', 'The interior ministry said 12,000 people had been evacuated from the flooded areas of Arlen province.'),
        ('B', '2025-08-02', 'The governor of Arlen province said 3,500 people had been evacuated because of the floods.'),
    ], ['contradiction']),
    ('missiles-launched-two-sides', [
        ('A', '2025-06-03', "Ukraine's air force said Russia launched 60 missiles overnight at Kyiv."),
        ('B', '2025-06-03', "Russia's defence ministry said its forces fired 20 missiles at Kyiv."),
    ], ['contradiction']),
    ('arrests-two-days', [
        ('Wire', '2025-05-02', 'Police arrested 45 people at the protest in Lisbon on Friday and 30 on Saturday.'),
    ], []),
    ('injured-and-hospital-two-sources', [
        ('A', '2025-06-02', 'Thirty people were injured in the blast in Tesk, police said.'),
        ('B', '2025-06-02', 'Doctors said 9 people were in hospital after the blast in Tesk.'),
    ], []),
    ('raised-two-campaigns', [
        ('Wire', '2025-07-15', 'Lind raised $12 million in June, while Ortiz raised $7 million, the campaigns said.'),
    ], []),
    ('unemployment-two-outlets-same', [
        ('A', '2025-06-02', 'Unemployment rose to 5.2 percent in May, the statistics office said.'),
        ('B', '2025-06-02', 'The jobless rate hit 5.2 percent in May.'),
    ], []),
    ('killed-rounding-two-outlets', [
        ('A', '2025-02-10', 'Nearly 300 people were killed in the earthquake in Kessa, the ministry said.'),
        ('B', '2025-02-10', 'The ministry said 297 people were killed in the Kessa earthquake.'),
    ], []),
    ('killed-soldiers-civilians', [
        ('Wire', '2025-06-02', 'Seven civilians and three soldiers were killed in the shelling of Dorvo, the army said. '
                               'Ten people died in all.'),
    ], []),
    ('list-arrests-by-district', [
        ('Wire', '2025-05-02', 'Police said 60 people were arrested during the riots in Hale. '
                               'Officers detained 35 in Norby and 20 in Eastfield.'),
    ], []),
    ('list-sum-exceeds-whole', [
        ('A', '2025-05-02', 'Police said 20 people were arrested during the riots in Hale.'),
        ('B', '2025-05-02', 'The mayor of Hale said 35 people were arrested in Norby and 20 in Eastfield during the riots.'),
    ], ['contradiction']),
    ('list-rivals-one-sentence', [
        ('Wire', '2025-05-02', 'Police said 4,000 people joined the march in Tarlow, while organisers said 50,000 took part.'),
    ], ['contradiction']),
    ('crowd-attended-rally', [
        ('A', '2025-05-01', 'Police said 5,000 people attended the rally in Braga.'),
        ('B', '2025-05-01', 'Organisers said 30,000 people attended the rally in Braga.'),
    ], ['contradiction']),
    ('crowd-took-part-protest', [
        ('A', '2025-05-01', 'Some 2,000 people took part in the protest in Ulm, police said.'),
        ('B', '2025-05-01', 'The union said 15,000 people took part in the protest in Ulm.'),
    ], ['contradiction']),
    ('crowd-funeral-not-a-protest', [
        ('Wire', '2025-05-01', 'About 3,000 people attended the funeral in Ulm. Police said 200 people joined the march in Ulm later.'),
    ], []),
    ('missing-next-day-fewer', [
        ('A', '2025-08-03', 'Officials said 40 people were missing after the floods in Arlen.'),
        ('B', '2025-08-04', 'Officials said 15 people were missing after the floods in Arlen.'),
    ], []),
    ('hospital-remain-fewer', [
        ('Wire', '2025-06-02', 'Medics said 25 people were taken to hospital after the blast in Tesk. Later, '
                               'medics said six remain in hospital.'),
    ], []),
    ('missing-still-same-day', [
        ('A', '2025-08-03', 'Rescuers said 18 people were missing after the ferry sank near Pello.'),
        ('B', '2025-08-03', 'Seven people are still missing after the ferry sinking near Pello, the coast guard said.'),
    ], []),
    ('killed-lower-later-still-conflict', [
        ('A', '2025-08-03', 'Officials said 40 people were killed in the floods in Arlen.'),
        ('B', '2025-08-04', 'Police said 15 people were killed in the floods in Arlen.'),
    ], ['contradiction']),
    ('gdp-revised-estimate', [
        ('A', '2025-05-01', 'The economy grew 2.4 percent in the first quarter, according to the first estimate.'),
        ('B', '2025-06-01', 'The statistics office revised first-quarter growth down to 1.9 percent.'),
    ], []),
    ('inflation-target-vs-level', [
        ('Wire', '2025-06-12', "Inflation stood at 4.5 percent in May, well above the central bank's target of 2 percent."),
    ], []),
    ('jobs-lost-and-created', [
        ('Wire', '2025-03-01', 'The factory closure will cost 1,200 jobs, the union said, '
                               'while the new plant in Dorn will create 800 jobs.'),
    ], []),
    ('profit-quarter-vs-year', [
        ('Wire', '2025-02-01', 'Norsk Energy reported a profit of $800 million for the quarter and $3.1 billion for the year.'),
    ], []),
    ('budget-ministries', [
        ('Wire', '2025-10-01', 'The defence budget rises to $45 billion next year, the health budget to $60 billion, '
                               'the finance ministry said.'),
    ], []),
    ('polls-two-outlets-different-polls', [
        ('A', '2025-09-01', "A Ledger poll put Lind's support at 47 percent."),
        ('B', '2025-09-01', 'A survey by the Courier found 42 percent backing Lind.'),
    ], []),
    ('votes-percent-and-count', [
        ('Wire', '2025-11-05', 'Lind won 52 percent of the vote, or about 3.4 million votes, the commission said.'),
    ], []),
    ('seats-needed-and-won', [
        ('Wire', '2025-11-05', 'The party won 160 seats, short of the 176 needed for a majority.'),
    ], []),
    ('delegates-two-candidates-two-outlets', [
        ('A', '2025-03-10', 'Ortiz has won 612 delegates so far.'),
        ('B', '2025-03-10', 'Lind has 540 delegates, her campaign said.'),
    ], []),
    ('quake-injured-and-killed-two-outlets', [
        ('A', '2025-02-10', 'The earthquake in Kessa killed 41 people and injured 300, officials said.'),
        ('B', '2025-02-10', 'More than 300 people were hurt in the Kessa earthquake, while 41 died, the ministry said.'),
    ], []),
    ('flood-evacuated-two-regions', [
        ('Wire', '2025-08-02', 'About 5,000 people were evacuated in Arlen province and 2,000 in neighbouring Sela province.'),
    ], []),
    ('wildfire-area-and-homes', [
        ('Wire', '2025-08-20', 'The wildfire near Pelo has burned 12,000 hectares and destroyed 140 homes, firefighters said. '
                               'About 900 firefighters are battling the blaze.'),
    ], []),
    ('heatwave-years', [
        ('Wire', '2025-07-20', 'The heatwave has killed 30 people in Vasso this week, officials said. '
                               "Last year's heatwave killed 110 people in the region."),
    ], []),
    ('war-drones-two-nights', [
        ('Wire', '2025-06-04', 'Air defences shot down 35 drones overnight, the ministry said. The night before, 50 drones were downed.'),
    ], []),
    ('war-civilian-toll-un-vs-ministry', [
        ('A', '2025-06-04', 'The UN said 120 civilians had been killed in Dorvo since January.'),
        ('B', '2025-06-04', 'The health ministry said 340 civilians had been killed in Dorvo since January.'),
    ], ['contradiction']),
    ('war-soldiers-and-civilians-two-outlets', [
        ('A', '2025-06-04', 'The strike on Rylsk killed four soldiers, the army said.'),
        ('B', '2025-06-04', 'Nine civilians died in the strike on Rylsk, local officials said.'),
    ], []),
    ('crowd-estimate-range', [
        ('Wire', '2025-05-01', 'Police estimated the crowd in Porto at between 20,000 and 25,000. '
                               'A police spokesman later said about 22,000 people took part.'),
    ], []),
    ('crowd-both-at-least', [
        ('A', '2025-05-01', 'At least 10,000 people marched in Porto, organisers said.'),
        ('B', '2025-05-01', 'More than 15,000 people marched in Porto, according to the union.'),
    ], []),
    ('injured-percent-of-them-children', [
        ('Wire', '2025-06-02', 'The strike injured 48 people, a third of them children, officials said. '
                               'Twelve children were in serious condition.'),
    ], []),
    ('evacuated-target', [
        ('Wire', '2025-08-02', 'Officials aim to evacuate 10,000 people from the coast of Arlen by Friday. So far, '
                               '3,000 people have been evacuated.'),
    ], []),
    ('killed-range-overlap-two', [
        ('A', '2025-02-10', 'Between 30 and 40 people were killed in the collapse in Varna, police said.'),
        ('B', '2025-02-10', 'The mayor of Varna said 35 people were killed in the collapse.'),
    ], []),
    ('missiles-fired-at-two-cities', [
        ('Wire', '2025-06-03', 'Russia fired 12 missiles at Kharkiv and 8 at Odesa overnight, the air force said. In total, '
                               '20 missiles were launched.'),
    ], []),
    ('jobs-cutting-and-adding', [
        ('Wire', '2025-03-01', 'Borel Motors is cutting 2,500 jobs at its plant in Dorn, the company said. '
                               'Its battery unit is adding 900 jobs in Dorn.'),
    ], []),
    ('jobs-shedding-two-outlets', [
        ('A', '2025-03-01', 'Halden Bank said it was shedding 4,000 jobs.'),
        ('B', '2025-03-01', 'Halden Bank expects the merger to create 1,500 jobs.'),
    ], []),
    ('jobs-cost-vs-created', [
        ('Wire', '2025-03-01', 'The mine closure in Pello will cost 600 jobs, the union said. '
                               'The council said a new port will create 250 jobs.'),
    ], []),
    ('jobs-cut-dispute', [
        ('A', '2025-03-01', 'The union said Borel Motors would cut 5,000 jobs in Dorn.'),
        ('B', '2025-03-01', 'Borel Motors said it would cut 2,000 jobs in Dorn.'),
    ], ['contradiction']),
    ('crowd-and-arrested-protesters', [
        ('Wire', '2025-05-02', 'About 5,000 protesters marched in Tarlow on Sunday, organisers said. '
                               'Police said 40 protesters were arrested in Tarlow.'),
    ], []),
    ('crowd-and-injured-demonstrators', [
        ('A', '2025-05-02', 'Organisers said 20,000 demonstrators gathered in Porto.'),
        ('B', '2025-05-02', 'Medics said 12 demonstrators were hurt in the protest in Porto.'),
    ], []),
    ('crowd-and-detained-marchers', [
        ('Wire', '2025-05-02', 'Some 8,000 marchers filled the centre of Hale, police said, and 65 marchers were detained in Hale, '
                               'the mayor said.'),
    ], []),
    ('arrested-protesters-dispute', [
        ('A', '2025-05-02', 'Police said 40 protesters were arrested at the protest in Tarlow.'),
        ('B', '2025-05-02', 'Organisers said 300 protesters were arrested at the protest in Tarlow.'),
    ], ['contradiction']),
    ('long-economy-report', [
        ('Wire', '2025-07-31', 'The economy of Morvia grew 0.6 percent in the second quarter, the statistics office said on Thursday, '
                               'beating the 0.3 percent analysts had expected. Compared with a year earlier, '
                               'output was 1.8 percent higher. Household spending rose 0.9 percent, '
                               'while investment fell 1.2 percent. Unemployment held at 5.4 percent in June, '
                               'down from 5.9 percent a year ago. '
                               'The finance minister said growth for the full year would be about 2 percent.'),
    ], []),
    ('long-election-night', [
        ('Wire', '2025-11-05', "With 95 percent of ballots counted, Lind's party had 41 percent of the vote and Ortiz's 33 percent, "
                               'the commission said. That would give Lind 162 of the 350 seats, '
                               'short of the 176 needed to govern alone. Turnout was 68 percent, up from 61 percent in 2021. '
                               'About 4.2 million people voted.'),
    ], []),
    ('long-war-update', [
        ('Wire', '2025-06-05', 'Russia attacked Ukraine overnight with 85 drones and 7 missiles, the air force said. '
                               'Air defences destroyed 71 drones and 5 missiles. In Kharkiv, two people were killed and 14 injured, '
                               'the regional governor said. In Odesa, a strike damaged 20 buildings and injured three people, '
                               'local officials said.'),
    ], []),
    ('long-company', [
        ('Wire', '2025-02-05', 'Halden Bank reported net profit of $2.3 billion for 2024, up 15 percent from $2 billion in 2023. '
                               'Revenue rose 6 percent to $11 billion. '
                               'The bank employs 42,000 people and plans to hire 1,000 more in Asia. Its shares rose 4 percent.'),
    ], []),
    ('long-flood-report', [
        ('Wire', '2025-08-05', 'Floods across the north of Morvia have killed 37 people, the civil protection agency said on Tuesday. '
                               'Nineteen died in Arlen province, 11 in Sela and seven in Dorn. '
                               'More than 12,000 people have been evacuated, and 3,400 homes were damaged. '
                               'Twelve people are still missing, the agency said.'),
    ], []),
    ('rolling-fire-four-posts', [
        ('City Feed', '2025-08-10', 'Fire at a warehouse in Kalo. Two people injured.'),
        ('City Feed', '2025-08-10', 'Update: five people were injured in the Kalo warehouse fire, one of them seriously.'),
        ('Wire', '2025-08-10', 'Firefighters said five people were hurt in the warehouse fire in Kalo, and 40 workers were evacuated.'),
        ('Daily', '2025-08-11', 'Seven people were injured in the Kalo warehouse fire, the fire service said on Monday.'),
    ], []),
    ('rolling-two-outlets-dispute-killed', [
        ('Wire', '2025-08-10', 'At least 9 people were killed when a bus plunged into a river near Pello, police said.'),
        ('Daily', '2025-08-10', 'The regional health department said 4 people died in the bus crash near Pello.'),
        ('Post', '2025-08-11', 'Police said 12 people were killed in the bus crash near Pello.'),
    ], ['contradiction']),
    ('rolling-crowd-estimates-change', [
        ('Live', '2025-05-01', 'Thousands gather in Porto for the pension protest.'),
        ('Live', '2025-05-01', 'Police now estimate 15,000 people at the protest in Porto.'),
        ('Live', '2025-05-01', 'Organisers say 80,000 people joined the protest in Porto; police put the number at 18,000.'),
    ], ['contradiction']),
    ('money-raised-two-outlets-same', [
        ('A', '2025-07-15', 'The Lind campaign raised $12.4 million in the second quarter, filings show.'),
        ('B', '2025-07-15', 'Lind raised about $12 million between April and June, her campaign said.'),
    ], []),
    ('budget-deficit-percent-and-money', [
        ('A', '2025-10-01', 'The deficit will be 3.4 percent of GDP in 2026, the treasury said.'),
        ('B', '2025-10-01', 'The treasury expects a deficit of $52 billion in 2026.'),
    ], []),
    ('inflation-dispute-two-periods', [
        ('A', '2025-06-12', 'Inflation was 3.1 percent in May, the statistics office said.'),
        ('B', '2025-06-12', 'Inflation was 2.8 percent in April, the statistics office said.'),
    ], []),
    ('inflation-dispute-same-month', [
        ('A', '2025-06-12', 'Inflation was 3.1 percent in May, the statistics office said.'),
        ('B', '2025-06-12', 'Independent economists said inflation was 7 percent in May.'),
    ], ['contradiction']),
    ('superseded-channel-then-police', [
        ('Tesk Feed', '2025-08-10', 'Blast in Tesk: 3 injured.'),
        ('Tesk Feed', '2025-08-10', 'Update: 8 people were injured in the Tesk blast.'),
        ('Wire', '2025-08-10', 'Police said 8 people were hurt in the blast in Tesk.'),
    ], []),
    ('superseded-police-then-medics', [
        ('Wire', '2025-08-10', 'Police said 4 people died in the crash near Orla. Hours later, police said 9 people died in the crash.'),
        ('Daily', '2025-08-10', 'Medics said 9 people were killed in the crash near Orla.'),
    ], []),
    ('superseded-still-disputed', [
        ('Tesk Feed', '2025-08-10', 'Blast in Tesk: 3 injured.'),
        ('Tesk Feed', '2025-08-10', 'Update: 8 people were injured in the Tesk blast.'),
        ('Wire', '2025-08-10', 'Hospital officials said 20 people were injured in the blast in Tesk.'),
    ], ['contradiction']),
    ('place-before-bus-crash', [
        ('Orla Feed', '2025-08-10', 'A bus overturned in Orla. 6 dead.'),
        ('Orla Feed', '2025-08-10', 'The toll in the Orla bus crash has reached 9 dead.'),
    ], []),
    ('place-before-school-collapse', [
        ('Wire', '2025-02-10', 'A school building collapsed in Kessa on Monday, killing 5 pupils, officials said.'),
        ('Wire', '2025-02-11', 'Officials said 5 pupils died in the Kessa school collapse.'),
    ], []),
    ('place-before-ferry-sinking', [
        ('A', '2025-08-03', 'Rescuers pulled 40 people alive from the water after the Pello ferry sinking.'),
        ('B', '2025-08-03', 'The coast guard said 40 people were rescued in Pello.'),
    ], []),
    ('share-of-injured-children', [
        ('Wire', '2025-06-02', 'The blast in Tesk injured 60 people, officials said. About 40 percent of the injured were children, '
                               'and 12 remain in serious condition.'),
    ], []),
    ('dozens-vs-forty', [
        ('A', '2025-06-02', 'Dozens of people were injured in the blast in Tesk, witnesses said.'),
        ('B', '2025-06-02', 'Police said 41 people were injured in the blast in Tesk.'),
    ], []),
    ('hundreds-vs-ninety', [
        ('A', '2025-06-02', 'Hundreds of people were evacuated from the flood zone in Arlen, officials said.'),
        ('B', '2025-06-02', 'Police said 90 people were evacuated in Arlen.'),
    ], []),
    ('more-than-vs-lower', [
        ('A', '2025-06-02', 'More than 100 people were arrested at the protest in Hale, police said.'),
        ('B', '2025-06-02', 'Organisers said 60 people were arrested at the protest in Hale.'),
    ], ['contradiction']),
    ('nearly-vs-exact', [
        ('A', '2025-06-02', 'Nearly 50 people died in the heatwave in Vasso, officials said.'),
        ('B', '2025-06-02', 'The health ministry said 48 people died in the heatwave in Vasso.'),
    ], []),
    ('two-fires-same-town-two-days', [
        ('Wire', '2025-08-12', 'A fire in Kalo on Monday killed three people, firefighters said. On Wednesday, '
                               'another fire in Kalo killed one person.'),
    ], []),
    ('weekday-tolls-one-event', [
        ('Wire', '2025-08-12', 'The flood in Arlen killed 8 people on Monday and 5 more on Tuesday, officials said. In all, '
                               '13 people have died.'),
    ], []),
    ('casualties-months', [
        ('Wire', '2025-06-02', 'The UN said 180 civilians were killed in Dorvo in April, and 240 in May.'),
    ], []),
    ('polls-two-candidates-two-outlets', [
        ('A', '2025-09-01', 'A Ledger poll put Lind at 44 percent.'),
        ('B', '2025-09-01', 'The same Ledger poll had Ortiz at 38 percent.'),
    ], []),
    ('approval-two-polls', [
        ('A', '2025-09-01', "The president's approval rating fell to 39 percent in a Courier poll."),
        ('B', '2025-09-01', 'A Gallop survey found 45 percent approve of the president.'),
    ], []),
    ('seats-projection-vs-result', [
        ('Wire', '2025-11-05', 'Exit polls had projected the Greens to win 45 seats. The final count gave them 38 seats.'),
    ], []),
    ('toll-killed-and-soldiers-two-sources', [
        ('A', '2025-06-02', 'The strike on Rylsk killed 11 people, officials said.'),
        ('B', '2025-06-02', 'Three soldiers were among those killed in the strike on Rylsk, the army said.'),
    ], []),
    ('injured-children-exceeds', [
        ('A', '2025-06-02', 'Police said 5 people were injured in the blast in Tesk.'),
        ('B', '2025-06-02', 'Doctors said 9 children were injured in the blast in Tesk.'),
    ], ['contradiction']),
    ('evacuated-expected-vs-done', [
        ('Wire', '2025-08-02', 'Officials expect to evacuate 20,000 people from the coast of Arlen. About 6,000 have left so far.'),
    ], []),
    ('damage-estimates-two-agencies', [
        ('A', '2025-08-02', 'The government put the damage from the floods in Arlen at $3 billion.'),
        ('B', '2025-08-02', 'The World Bank estimated the flood damage in Arlen at $1.2 billion.'),
    ], ['contradiction']),
    ('another-blast-same-city', [
        ('Wire', '2025-06-02', 'A car bomb in Tesk killed six people on Sunday, police said. '
                               'Another blast in Tesk on Tuesday killed two people.'),
    ], []),
    ('separate-crash-same-road', [
        ('Wire', '2025-02-10', 'Nine people died when a bus crashed near Orla, police said. In a separate crash near Orla, '
                               'a driver and his son died, medics said, bringing two deaths.'),
    ], []),
    ('another-flood-later-same-province', [
        ('Wire', '2025-08-12', 'Floods in Arlen killed 14 people in June, officials said. '
                               'Another flood in Arlen this week killed 3 people.'),
    ], []),
    ('another-fire-two-sources', [
        ('A', '2025-08-12', 'A fire in Kalo killed three people on Monday, firefighters said. '
                            'Another fire in Kalo on Wednesday killed one person.'),
        ('B', '2025-08-12', 'Police said 7 people died in the fire in Kalo on Monday.'),
    ], ['contradiction']),
    ('expects-to-hire', [
        ('Wire', '2025-03-01', 'Halden Bank expects to hire 2,000 people this year, it said. It hired 1,200 people last year.'),
    ], []),
    ('intends-to-evacuate', [
        ('A', '2025-08-02', 'The army intends to evacuate 5,000 residents from Pello by Sunday.'),
        ('B', '2025-08-02', 'Officials said 1,500 residents had been evacuated from Pello.'),
    ], []),
    ('stated-date-not-from-next-sentence', [
        ('A', '2025-08-12', 'Twelve people died in the floods in Arlen, officials said. On Monday, the river burst its banks in Sela.'),
        ('B', '2025-08-12', 'Rescuers said 30 people died in the floods in Arlen.'),
    ], ['contradiction']),
    ('stated-date-not-from-next-sentence-2', [
        ('A', '2025-06-12', 'Four people were hurt in the blast in Tesk, police said. On Tuesday, the market had reopened.'),
        ('B', '2025-06-12', 'Medics said 19 people were hurt in the blast in Tesk.'),
    ], ['contradiction']),
    ('stated-date-not-from-next-sentence-3', [
        ('A', '2025-05-04', 'About 300 people were evacuated from Pello, the mayor said. On Friday, the dam in Sela gave way.'),
        ('B', '2025-05-04', 'The army said 2,000 people were evacuated from Pello.'),
    ], ['contradiction']),
    ('dateline-quake-article', [
        ('Wire', '2025-02-10', 'KESSA, Feb 10 (Wire) - A magnitude 6.4 earthquake struck the Kessa region on Monday, '
                               'killing at least 23 people and injuring more than 150, the emergency ministry said. '
                               '"We have 23 confirmed dead and the number may rise," said ministry spokesman Ivo Petrov. '
                               'Some 1,200 buildings were damaged, and 4,000 people spent the night in tents. '
                               'A 2011 quake in the same area killed 90 people.'),
    ], []),
    ('quote-vs-report-same-figure', [
        ('Wire', '2025-02-10', '"Eleven people lost their lives," Governor Anna Vik told reporters in Sela. '
                               'The regional health office said 11 people were killed in the landslide in Sela.'),
    ], []),
    ('quote-dispute', [
        ('Wire', '2025-02-10', '"Eleven people lost their lives," Governor Anna Vik told reporters in Sela. '
                               'Opposition lawmaker Tomas Berg said at least 30 people had died in the landslide in Sela.'),
    ], ['contradiction']),
    ('budget-talks-several-numbers', [
        ('Wire', '2025-10-01', 'The government proposed spending of $610 billion for 2026, $30 billion more than this year. '
                               'The opposition wants $650 billion. Defence would get $44 billion, up from $41 billion.'),
    ], []),
    ('strike-turnout', [
        ('A', '2025-03-12', 'About 40 percent of teachers joined the strike on Tuesday, the union said.'),
        ('B', '2025-03-12', 'The education ministry said 12 percent of teachers were on strike on Tuesday.'),
    ], ['contradiction']),
    ('strike-turnout-different-groups', [
        ('Wire', '2025-03-12', 'About 40 percent of teachers and 25 percent of nurses joined the strike on Tuesday, the unions said.'),
    ], []),
    ('election-districts', [
        ('Wire', '2025-11-05', 'Lind won 58 percent in the capital and 44 percent in the north, the commission said. Nationally, '
                               'she took 51 percent.'),
    ], []),
    ('refugees-two-agencies-same', [
        ('A', '2025-04-02', 'The UN refugee agency said 1.2 million people had fled Dorvo since January.'),
        ('B', '2025-04-02', 'More than a million people have fled Dorvo this year, aid groups said.'),
    ], []),
    # 'fled Dorvo' names the place as the object of a verb of flight
    ('refugees-dispute', [
        ('A', '2025-04-02', 'The UN refugee agency said 1.2 million people had fled Dorvo since January.'),
        ('B', '2025-04-02', 'The government of Dorvo said 200,000 people had fled Dorvo since January.'),
    ], ['contradiction']),
    ('missiles-intercepted-most', [
        ('Wire', '2025-06-03', 'Of the 40 missiles fired at Haifa on Sunday, 36 were intercepted, the army said. Four hit open ground.'),
    ], []),
    ('arrests-charged', [
        ('Wire', '2025-05-02', 'Police arrested 120 people after the riots in Hale; 45 of them have been charged, prosecutors said.'),
    ], []),
    ('injured-discharged', [
        ('Wire', '2025-06-02', 'Of the 60 people hurt in the Tesk blast, 48 have been discharged, the hospital said. '
                               'Twelve remain in hospital.'),
    ], []),
    ('injured-pupils-and-teachers', [
        ('A', '2025-06-02', 'Forty-two pupils were injured when the school roof collapsed in Varna, officials said.'),
        ('B', '2025-06-02', 'Three teachers were injured in the school collapse in Varna, police said.'),
    ], []),
    ('injured-officers-and-protesters', [
        ('Wire', '2025-05-02', 'Police said 14 officers were injured in the clashes in Hale. '
                               'Organisers said 60 protesters were hurt in Hale.'),
    ], []),
    ('money-units-same', [
        ('A', '2025-08-02', 'The storm caused $1.2 billion in damage in Arlen, insurers said.'),
        ('B', '2025-08-02', 'Insurers put the damage from the Arlen storm at $1,200 million.'),
    ], []),
    ('currencies-differ', [
        ('A', '2025-08-02', 'The flood damage in Arlen was estimated at 900 million euros by the government.'),
        ('B', '2025-08-02', 'The government estimated the damage from the Arlen flood at $1 billion.'),
    ], []),
    ('percentage-points-vs-level', [
        ('Wire', '2025-11-05', "Lind's share rose 6 percentage points to 47 percent, the commission said."),
    ], []),
    ('one-in-five-and-count', [
        ('Wire', '2025-06-02', 'One in five residents of Pello was evacuated, about 4,000 people, officials said.'),
    ], []),
    ('ages-not-counts', [
        ('Wire', '2025-06-02', 'The victims of the crash near Orla, aged 19 to 64, were from Sela. '
                               'Police said seven people died in the crash.'),
    ], []),
    ('hectares-two-fires', [
        ('Wire', '2025-08-20', 'The fire near Pelo has burned 12,000 hectares, and a second fire near Dorn 3,000 hectares, '
                               'firefighters said.'),
    ], []),
    ('killed-since-and-today', [
        ('Wire', '2025-06-04', 'Two civilians were killed in shelling in Dorvo on Tuesday, officials said, '
                               'bringing the number killed in Dorvo this month to 31.'),
    ], []),
    ('toll-with-missing-added', [
        ('Wire', '2025-08-05', 'The landslide in Pello killed 18 people, officials said. With 12 still missing, the toll could pass 30.'),
    ], []),
    ('year-ago-comparison', [
        ('Wire', '2025-06-02', 'Police said 40 people were arrested at the march in Hale on Saturday, compared with 95 a year ago.'),
    ], []),
    ('daily-vs-cumulative-infections', [
        ('Wire', '2025-01-10', 'Health officials in Sela reported 320 new cases on Friday, bringing the total to 5,400 cases.'),
    ], []),
    ('newest-first-order', [
        ('Daily', '2025-05-08', 'Police said 31 people were killed in the flood in Arlen.'),
        ('Wire', '2025-05-07', 'Police said 12 people were killed in the flood in Arlen.'),
    ], []),
    ('initially-then-revised-down', [
        ('Wire', '2025-05-08', 'The toll in the Arlen flood was initially put at 30, but officials later revised it to 25.'),
    ], ['correction']),
    ('earlier-figure-quoted', [
        ('Wire', '2025-05-08', 'Officials now say 20 people died in the flood in Arlen. Earlier, they had said 10 people died.'),
    ], []),
    ('earlier-figure-other-outlet', [
        ('Wire', '2025-05-07', 'Officials said 10 people died in the flood in Arlen.'),
        ('Daily', '2025-05-07', 'The toll in the Arlen flood has risen to 20, officials said.'),
    ], []),
    ('three-days-three-outlets', [
        ('A', '2025-05-07', 'Rescuers said 5 people died in the flood in Arlen.'),
        ('B', '2025-05-08', 'Officials said 14 people died in the flood in Arlen.'),
        ('C', '2025-05-09', 'The interior ministry said 22 people died in the flood in Arlen.'),
    ], []),
    ('next-day-lower-other-office-up-later', [
        ('A', '2025-05-07', 'Officials said 14 people died in the flood in Arlen.'),
        ('B', '2025-05-08', 'The Red Cross said 9 people died in the flood in Arlen.'),
    ], ['contradiction']),
    ('missing-then-found-dead', [
        ('A', '2025-08-03', 'Rescuers said 12 people were missing and 3 dead after the landslide in Pello.'),
        ('B', '2025-08-04', 'Rescuers said 9 people were killed and 6 remain missing after the landslide in Pello.'),
    ], []),
    ('channel-posts-drones', [
        ('Air Force', '2025-06-03', 'Overnight, Russia launched 48 drones.'),
        ('Air Force', '2025-06-03', 'Update: 40 of the 48 drones were shot down.'),
    ], []),
    ('two-outlets-drones-launched-same', [
        ('A', '2025-06-03', "Russia launched 48 drones overnight, Ukraine's air force said."),
        ('B', '2025-06-03', "Ukraine's air force said 48 drones were launched and 40 shot down."),
    ], []),
    ('revised-down-two-sentences', [
        ('Wire', '2025-05-08', 'Police first said 40 people were arrested at the march in Hale. On Sunday, '
                               'police revised the number to 28 people arrested.'),
    ], ['correction']),
    ('updated-down-other-voice', [
        ('Wire', '2025-08-02', 'About 9,000 people were evacuated from Pello, the mayor said at first. '
                               'The regional agency later updated that to 6,500 people evacuated.'),
    ], ['correction']),
    ('percent-changes-different-things', [
        ('Wire', '2025-02-05', "Halden Bank's shares fell 8 percent after revenue dropped 3 percent and profit fell 12 percent."),
    ], []),
    ('budget-cut-by-to', [
        ('Wire', '2025-10-01', 'The government will cut the defence budget by $5 billion to $40 billion, the minister said.'),
    ], []),
    ('raised-and-spent', [
        ('Wire', '2025-07-15', 'The Ortiz campaign raised $8 million in June and spent $6 million, filings show. '
                               'It has $14 million in the bank.'),
    ], []),
    ('delegates-won-and-remaining', [
        ('Wire', '2025-03-10', 'Ortiz won 120 delegates on Tuesday, bringing his total to 612. About 900 delegates remain to be awarded.'),
    ], []),
    ('poll-margin', [
        ('Wire', '2025-09-01', 'Lind leads Ortiz 46 percent to 41 percent in the Courier poll, '
                               'which has a margin of error of 3 percentage points.'),
    ], []),
    ('unemployment-youth-and-overall', [
        ('Wire', '2025-06-02', 'Unemployment was 6 percent in May, but youth unemployment reached 18 percent, '
                               'the statistics office said.'),
    ], []),
    ('gdp-two-outlets-same', [
        ('A', '2025-04-30', 'The economy grew 0.4 percent in the first quarter, the statistics office said.'),
        ('B', '2025-04-30', 'First-quarter growth came in at 0.4 percent, official data showed.'),
    ], []),
    ('jobs-two-outlets-dispute', [
        ('A', '2025-07-04', 'The economy added 150,000 jobs in June, the Labor Department said.'),
        ('B', '2025-07-04', 'Private payroll firm Datacount said the economy added 40,000 jobs in June.'),
    ], ['contradiction']),
    ('inflation-forecast-vs-actual', [
        ('Wire', '2025-06-12', 'Inflation was 3.1 percent in May, above the 2.8 percent economists had forecast.'),
    ], []),
    ('wages-vs-inflation', [
        ('Wire', '2025-06-12', 'Wages rose 4.2 percent in May, while inflation was 3.1 percent.'),
    ], []),
    ('votes-counted-vs-cast', [
        ('Wire', '2025-11-05', 'Officials had counted 2.1 million votes by midnight, out of about 3.4 million cast.'),
    ], []),
    ('seats-two-chambers', [
        ('Wire', '2025-11-05', 'The party won 210 seats in the lower house and 45 seats in the senate.'),
    ], []),
    ('homes-destroyed-vs-damaged', [
        ('Wire', '2025-08-20', 'The mayor said the fire in Kalo destroyed 20 homes. Firefighters said 140 homes were damaged in Kalo.'),
    ], []),
    ('bodies-recovered-vs-killed', [
        ('Wire', '2025-08-05', 'Rescuers have recovered 14 bodies from the landslide in Pello, officials said. '
                               'Police said 30 people were killed in Pello.'),
    ], []),
    ('injured-treated-vs-hospitalised', [
        ('A', '2025-06-02', 'Medics treated 80 people at the scene of the blast in Tesk.'),
        ('B', '2025-06-02', 'Doctors said 25 people were taken to hospital after the blast in Tesk.'),
    ], []),
    ('buildings-destroyed-dispute', [
        ('A', '2025-08-20', 'The mayor said the fire in Kalo destroyed 20 homes.'),
        ('B', '2025-08-20', 'Firefighters said the fire in Kalo destroyed 150 homes.'),
    ], ['contradiction']),
    ('missiles-hit-vs-fired', [
        ('Wire', '2025-06-03', 'Russia fired 30 missiles at Kharkiv, the air force said. The mayor said 6 missiles hit the city.'),
    ], []),
    ('arrested-vs-charged-two-sources', [
        ('A', '2025-05-02', 'Police said 120 people were arrested after the riots in Hale.'),
        ('B', '2025-05-02', 'Prosecutors said 45 people were charged after the riots in Hale.'),
    ], []),
    ('bodies-found-so-far-two-sources', [
        ('A', '2025-02-12', 'Rescue teams have pulled 60 bodies from the rubble in Kessa, the ministry said.'),
        ('B', '2025-02-12', 'The governor of Kessa said 112 people were killed in the earthquake.'),
    ], []),
    ('bodies-exceed-toll', [
        ('A', '2025-02-12', 'Rescue teams have pulled 60 bodies from the rubble in Kessa, the ministry said.'),
        ('B', '2025-02-12', 'The governor of Kessa said 25 people were killed in the earthquake.'),
    ], ['contradiction']),
    ('corpses-and-dead-shipwreck', [
        ('Wire', '2025-08-03', 'The coast guard recovered 9 corpses after the ferry sank near Pello. '
                               'Officials said 21 people died in the sinking near Pello.'),
    ], []),
    ('homes-razed-vs-flooded', [
        ('A', '2025-08-20', 'The storm razed 300 houses in Varna, the mayor said.'),
        ('B', '2025-08-20', 'Officials said 2,500 houses were flooded in Varna.'),
    ], []),
    ('buildings-collapsed-vs-damaged', [
        ('Wire', '2025-02-10', 'The quake in Kessa collapsed 40 buildings and damaged 900 buildings, engineers said. '
                               'The governor said more than 800 buildings were damaged in Kessa.'),
    ], []),
    ('casualties-vs-killed', [
        ('A', '2025-06-02', 'The strike on Rylsk caused 40 casualties, the army said.'),
        ('B', '2025-06-02', 'Officials said 9 people were killed in the strike on Rylsk.'),
    ], []),
    ('killed-including-attackers', [
        ('Wire', '2025-06-02', 'Twelve people were killed in the attack on the market in Tesk, including three attackers, '
                               'police said. Nine civilians died, officials said.'),
    ], []),
    ('wounded-soldiers-vs-total', [
        ('Wire', '2025-06-02', 'The shelling of Dorvo wounded 25 people, the governor said. Among the wounded were 8 soldiers, '
                               'the army said.'),
    ], []),
    ('evacuated-people-vs-families', [
        ('Wire', '2025-08-02', 'About 1,500 families, or some 6,000 people, were evacuated from Pello, officials said.'),
    ], []),
    ('rescued-and-killed-mine', [
        ('Wire', '2025-02-02', 'Rescuers pulled 14 miners out alive from the Dorn mine, officials said. Three miners were killed.'),
    ], []),
    ('aboard-vs-rescued', [
        ('Wire', '2025-08-03', 'The ferry was carrying 120 passengers when it sank near Pello. '
                               'The coast guard said 98 passengers were rescued.'),
    ], []),
    # a day written after each figure is the day the counted thing happened: two nights, two counts
    ('arrests-two-nights-two-outlets', [
        ('A', '2025-05-03', 'Police arrested 45 people in Hale on Friday night.'),
        ('B', '2025-05-03', 'Police said 30 people were arrested in Hale on Saturday night.'),
    ], []),
    ('toll-two-countries-one-storm', [
        ('Wire', '2025-09-20', 'The cyclone killed 40 people in Morvia and 12 in neighbouring Sela, officials said.'),
    ], []),
    ('injured-before-and-after', [
        ('Wire', '2025-06-02', "Two people were injured in Monday's blast in Tesk, "
                               'and four more were hurt in a second blast on Tuesday, police said.'),
    ], []),
    ('toll-estimate-range-vs-count', [
        ('A', '2025-06-02', 'Activists estimated that between 200 and 300 people were killed in the crackdown in Hale.'),
        ('B', '2025-06-02', 'The government said 41 people were killed in the unrest in Hale.'),
    ], ['contradiction']),
    ('unemployment-regions', [
        ('Wire', '2025-06-02', 'Unemployment in May was 6.1 percent nationally and 11 percent in the south, the statistics office said.'),
    ], []),
]

#: Altered copies of the bundled seed article: (id, words replaced, their replacement, conflict kinds).
SEED = pathlib.Path(__file__).resolve().parent.parent / "seeds" / "ani_taganrog_missile_2023-07-28.txt"
SEED_EDITS = [
    ("seed-as-is", "", "", ["subset"]),
    ("seed-no-severity", "Four people were slightly injured", "Four people were injured", ["contradiction"]),
    ("seed-ministry-lower", "14 people had been injured", "two people had been injured", ["contradiction"]),
    ("seed-no-later", "The Russian Ministry of Health later said", "The Russian Ministry of Health said", ["subset"]),
    ("seed-hours-later", "The Russian Ministry of Health later said", "Hours later, the Russian Ministry of Health said", ["subset"]),
    ("seed-two-more-missiles", "Another missile was also downed", "Two more missiles were also downed", ["subset"]),
    ("seed-ministry-adds-a-death", "The Russian Ministry of Health later said 14 people had been injured",
     "The Russian Ministry of Health later said one person had been killed and 14 injured", ["subset", "contradiction"]),
]

#: How a conflict's explanation says a figure of none or of one: in plain grammar ("none were killed", "one was hurt").
EXPLANATIONS = [
    ("no-deaths-reads-none", "There were no deaths in the blast in Orel, the governor said. The ministry said two people died in the blast.",
     "the governor says none were killed"),
    ("one-injured-singular", "The governor said one person was injured in the blast in Orel. The ministry said 12 people were injured in the blast.",
     "the governor says one was injured"),
    ("one-missing-singular", "Rescuers said one person was missing after the flood in Arlen. "
                             "Police said nine people were missing after the flood in Arlen.",
     "rescuers say one is missing"),
    ("no-one-stays-singular", "No one was killed in the fire in Kalo, firefighters said. Police said three people died in the fire in Kalo.",
     "firefighters say no one was killed"),
]


@pytest.mark.parametrize("case_id,posts,kinds", SCENARIOS, ids=[s.values[0] if hasattr(s, "values") else s[0] for s in SCENARIOS])
def test_conflict_scenarios(case_id, posts, kinds):
    report = claimdiff.check([claimdiff.Source(text, name=outlet, published=day) for outlet, day, text in posts])
    assert [c.kind for c in report.conflicts] == kinds
    for conflict in report.conflicts:
        assert conflict.explanation[:1].isupper() and conflict.explanation.endswith(".")
        # two voices, or one voice that revised its own figure
        voices = {(c.source, (c.speaker.entity or c.speaker.name) if c.speaker else None) for c in conflict.claims}
        assert len(voices) >= 2 or conflict.kind == "correction"


@pytest.mark.parametrize("case_id,old,new,kinds", SEED_EDITS, ids=[e[0] for e in SEED_EDITS])
def test_seed_edits(case_id, old, new, kinds):
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    report = claimdiff.check([claimdiff.Source(text.replace(old, new) if old else text, name="ANI", published="2023-07-28")])
    assert [c.kind for c in report.conflicts] == kinds


@pytest.mark.parametrize("case_id,text,phrase", EXPLANATIONS, ids=[e[0] for e in EXPLANATIONS])
def test_explanation_grammar(case_id, text, phrase):
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2025-06-01")])
    assert len(report.conflicts) == 1
    assert phrase in report.conflicts[0].explanation.lower()
