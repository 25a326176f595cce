"""More articles of our own on the economy and politics, and short cases of the general rules they called for.

Same form as ``test_conflict_articles.py``: an article is (id, posts, expected conflicts), a post (outlet, published,
text), a conflict (kind, the quotes of its figures, sorted).  The articles are written for this file, in two or three
outlets each: budgets, polls, job reports, company results, strikes, trade, elections.  Some hold a real disagreement
between sources; the others only figures that look alike (other periods, places or measures, rounding, a forecast
and an outcome, a part and its whole).  Then short cases (id, posts, the kinds of conflicts), each rule in three
wordings with negatives.  Names and places are invented.
"""
import pytest

import claimdiff

ARTICLES = [
    ('budget-plan-two-outlets-clean', [
        ('Capital Wire', '2025-09-30',
         "Norland's finance ministry presented its budget for next year on Tuesday, with spending of 84 billion crowns, up 4 percent from this year. The deficit is forecast to narrow to 2.1 percent of GDP from 2.8 percent. Defence will receive 6.2 billion crowns, and 1,400 public sector jobs will be cut by 2027. Finance Minister Ida Berg said the plan would raise 2 billion crowns from a tax on tobacco."),
        ('Evening Ledger', '2025-09-30',
         "The government of Norland plans to spend 84 billion crowns next year, Finance Minister Ida Berg said on Tuesday, against 80.8 billion this year. The opposition Labour Party said the cuts would cost 1,400 jobs in the first year alone and 3,000 by 2029. Unemployment stood at 6.1 percent in August. The budget vote is due on Nov. 12, and the coalition holds 91 of the 169 seats."),
    ], []),
    # 'employers in Castria added only 12,000 jobs': "added" before "only" and a figure is an increase, not a cue of saying
    ('payrolls-agency-vs-processor', [
        ('Capital Wire', '2025-04-04',
         "Employers in Castria added 42,000 jobs in March, the national statistics agency said on Friday, after a gain of 35,000 in February. The unemployment rate held at 5.6 percent. Construction added 9,000 jobs and retail 6,000. Average hourly pay rose 3.1 percent from a year earlier."),
        ('Market Line', '2025-04-04',
         "Lintel Data, a payroll processor, said on Friday that employers in Castria added only 12,000 jobs in March, a fraction of the official figure. Lintel's chief economist, Marta Sousa, said the agency's sample had overstated hiring for three months in a row. The company processes pay for about 2 million workers. The agency's figures for February will be revised next month."),
    ], [('contradiction', ('12,000', '42,000'))]),
    ('poll-then-result-clean', [
        ('Statehouse News', '2025-10-27',
         "Mayor Hana Ito leads her challenger, Pavel Grun, 48 percent to 41 percent among likely voters in Tesk, according to a poll by Orla Research released on Monday. The survey of 640 voters has a margin of error of 4 points. Ito won the 2021 race with 55 percent of the vote. Turnout four years ago was 39 percent."),
        ('Tesk Courier', '2025-11-05',
         "Hana Ito was re-elected mayor of Tesk on Tuesday, winning 52 percent of the vote to 46 percent for Pavel Grun, the election board said. Turnout was 44 percent. Ito received 31,200 votes, and Grun 27,600. About 900 provisional ballots remain to be counted."),
    ], []),
    ('rail-strike-union-vs-operator', [
        ('City Wire', '2025-03-17',
         "The rail drivers' union said 85 percent of its members joined the strike in Vessa on Monday, halting most services. The union wants a raise of 8 percent this year; the operator has offered 3 percent. About 3,000 drivers work for the operator in Vessa."),
        ('Nation Daily', '2025-03-17',
         "The rail operator said 40 percent of drivers joined the strike in Vessa on Monday, and that 55 of its 120 trains ran as planned. The company said the strike cost it 2 million euros a day. A previous strike, in 2023, lasted six days."),
        ('Harbor Times', '2025-03-17',
         "Commuters in Vessa faced long queues on Monday as drivers walked out. The operator carries 310,000 passengers on a normal weekday. The union has called two more strike days for April."),
    ], [('contradiction', ('40 percent', '85 percent'))]),
    ('job-cuts-rounding-clean', [
        ('Market Line', '2025-02-11',
         "Helix Motors said on Tuesday it would cut 2,000 jobs, about 5 percent of its workforce, as sales of its petrol cars fell 12 percent last year. The company employs 41,000 people. It made a profit of 1.3 billion dollars in 2024, down from 2.1 billion."),
        ('Evening Ledger', '2025-02-11',
         "Helix Motors will cut about 2,000 jobs over the next two years, the carmaker said on Tuesday. Chief executive Ruth Amsel said 700 of the cuts would fall on its plant in Orban. The company sold 610,000 cars last year."),
    ], []),
    ('referendum-turnout-dispute', [
        ('Nation Daily', '2025-06-16',
         "Turnout in Sunday's referendum in Kessia on a new constitution was 38 percent, the electoral commission said on Monday, and 71 percent of those who voted backed the change. The commission said 2.4 million ballots were cast. In the 2021 referendum, turnout was 45 percent."),
        ('City Wire', '2025-06-16',
         "Opposition monitors in Kessia said turnout in Sunday's referendum was no more than 22 percent, citing counts from 1,100 polling stations. The opposition had urged voters to stay home. The country has about 6.3 million registered voters."),
    ], [('contradiction', ('38 percent', 'no more than 22 percent'))]),
    ('marches-in-two-cities', [
        ('City Wire', '2025-05-10',
         "About 30,000 people marched in Rell on Saturday against a rise in fuel taxes, police said. Organisers said 45,000 took part. Police arrested 12 people near the finance ministry."),
        ('Harbor Times', '2025-05-10',
         "In the port city of Ostra, 8,000 people marched on Saturday against the fuel tax, police said. The tax would raise diesel prices by 9 cents a litre. A poll found 62 percent of voters oppose it."),
    ], [('contradiction', ('45,000', 'About 30,000'))]),
    ('forecast-then-outcome-clean', [
        ('Euro Desk', '2025-01-15',
         "The central bank of Norland expects the economy to grow 1.5 percent this year, down from an earlier forecast of 1.9 percent, Governor Per Holm said on Wednesday. Inflation is expected to average 2.4 percent. The bank kept its main rate at 3.5 percent."),
        ('Capital Wire', '2026-01-20',
         "Norland's economy grew 0.9 percent last year, the statistics office said on Tuesday, the weakest pace since 2020. Inflation averaged 2.9 percent. Unemployment ended the year at 6.4 percent, up from 5.9 percent."),
    ], []),
    ('plant-cuts-part-and-whole-clean', [
        ('Labor Beat', '2025-09-09',
         "Carrow Steel will cut 1,200 jobs by the end of next year, 400 of them at its plant in Dunmore, the company said on Tuesday. The company employs 9,500 people. It lost 180 million euros in the first half."),
        ('Harbor Times', '2025-09-09',
         "Carrow Steel said on Tuesday it would cut 400 jobs in Dunmore, where it employs 2,300 people. The mayor of Dunmore, Alma Reyes, said the cuts would hit 60 local suppliers."),
        ('Nation Daily', '2025-09-09',
         "The steelworkers' union said 1,200 jobs would go at Carrow Steel and called a protest for Friday. The union represents about 7,000 of the company's workers."),
    ], []),
    ('airline-cuts-company-vs-union', [
        ('Market Line', '2025-11-19',
         "DUBLIN (Market Line) - Brisk Air said on Wednesday it would cut 600 jobs as part of a plan to save 150 million euros a year. The airline employs 11,000 people and carried 14 million passengers last year."),
        ('Labor Beat', '2025-11-19',
         "DUBLIN (Labor Beat) - The pilots' union said on Wednesday that Brisk Air's plan would cut 1,500 jobs once outsourced ground staff were counted. The union said it would ballot its 1,800 members on a strike next week."),
    ], [('contradiction', ('1,500', '600'))]),
    ('vote-count-rounding-clean', [
        ('Northern Post', '2025-11-05',
         "Dana Ruiz won 61,240 votes in the mayoral election in Brask on Tuesday, defeating Omar Tell, who received 48,710, the city clerk said. Turnout was 46 percent, up from 41 percent in 2021."),
        ('Valley Courier', '2025-11-05',
         "Dana Ruiz was elected mayor of Brask on Tuesday, taking about 61,000 votes, the city clerk said. Omar Tell received about 49,000. Ruiz, 51, promised to build 2,000 affordable homes in her first term."),
    ], []),
    ('headline-and-core-inflation-clean', [
        ('Ledger', '2025-05-14',
         "Inflation in Castria was 3.2 percent in April, the statistics office said on Wednesday, up from 2.9 percent in March. Food prices rose 4.1 percent from a year earlier. Energy prices fell 2 percent."),
        ('Market Line', '2025-05-14',
         "Core inflation in Castria, which excludes food and energy, was 2.6 percent in April, the statistics office said. The central bank's target is 2 percent. Services prices rose 3.8 percent."),
    ], []),
    # 'Turnout was put at 63 percent', after the exit polls' figures, is the polls' too: not set against the commission's
    # 61 percent the next day
    ('exit-poll-then-seats-clean', [
        ('Nation Daily', '2025-10-12',
         "Exit polls projected 140 seats for the Union Party in Sunday's election in Marvia, short of the 151 needed for a majority. The poll gave the Social Front 96 seats. Turnout was put at 63 percent."),
        ('City Wire', '2025-10-13',
         "The Union Party won 128 seats in Sunday's election in Marvia, the electoral commission said on Monday, and the Social Front 104. The commission said turnout was 61 percent. Coalition talks are expected to take weeks."),
    ], []),
    ('refinery-strike-organisers-vs-ministry', [
        ('Labor Beat', '2025-04-16',
         "Organisers said 12,000 workers joined the strike at refineries in Tessa on Wednesday, the largest walkout in the oil industry in a decade. The union is asking for a 10 percent raise. The refineries process 900,000 barrels of oil a day."),
        ('Ledger', '2025-04-16',
         "The energy ministry said 2,500 workers joined the strike in Tessa on Wednesday and that output fell by less than 5 percent. The ministry said 14 of the 17 refineries were working normally."),
    ], [('contradiction', ('12,000', '2,500'))]),
    ('council-levy-tally-dispute', [
        ('Pell Gazette', '2025-02-04',
         "PELL (Pell Gazette) - The city council approved the transit levy 8 to 3 on Monday after a four-hour debate. The levy will raise 14 million dollars a year for buses. Mayor Ana Cole said 60 new buses would be bought by 2027."),
        ('Valley Courier', '2025-02-04',
         "PELL (Valley Courier) - The council approved the transit levy on Monday by a vote of 7 to 4, with two members who had opposed it in December changing sides. The levy adds 1.5 percent to property taxes. About 40,000 people ride the city's buses each day."),
    ], [('contradiction', ('7', '8')), ('contradiction', ('3', '4'))]),
    ('quarterly-growth-office-vs-institute', [
        ('Capital Wire', '2025-08-01',
         "BRESK (Capital Wire) - Norland's economy grew 2.4 percent in the second quarter from a year earlier, the statistics office said on Friday, the fastest pace in three years. Exports rose 5 percent and household spending 2 percent. Unemployment fell to 5.8 percent in June."),
        ('Euro Desk', '2025-08-01',
         "BRESK (Euro Desk) - An independent institute, the Ferm Economic Council, said on Friday that Norland's economy grew only 1.1 percent in the second quarter, and that the official figure counted a one-off sale of military aircraft. The institute has 40 economists. It expects growth of 1.3 percent this year."),
    ], [('contradiction', ('1.1 percent', '2.4 percent'))]),
    ('pay-talks-demand-and-offer-clean', [
        ('Labor Beat', '2025-10-21',
         "Talks between Orvik Transit and the drivers' union broke down on Monday. The union is asking for a 12 percent raise over two years, its leader Tomas Berg said, while the company has offered a raise of 5 percent. Drivers earn an average of 41,000 euros a year. The union represents 2,600 of the company's 3,100 drivers."),
        ('City Wire', '2025-10-21',
         "Orvik Transit said on Monday that its offer would raise drivers' pay by 5 percent over two years, and that the union's demand of 12 percent would cost 30 million euros. Inflation was 4.1 percent in September. A strike vote is planned for next week."),
    ], []),
    ('gulf-output-two-producers-clean', [
        ('Ledger', '2025-06-12',
         "Iraq pumped 4.3 million barrels a day in May, the oil ministry said on Wednesday, up from 4.1 million in April. Exports averaged 3.4 million barrels a day. The country's quota is 4.2 million barrels a day."),
        ('Market Line', '2025-06-12',
         "Kuwait pumped 2.5 million barrels a day in May, analysts at Dunmore said, while Saudi output was about 9 million barrels a day. Oil prices rose 2 percent to $81 a barrel on Wednesday. The producers' group meets on July 3."),
    ], []),
    ('bill-and-amendment-tallies-clean', [
        ('Capitol Report', '2025-05-15',
         "HALDEN (Capitol Report) - The Senate passed the water bill 58 to 40 on Wednesday, sending it to the governor. An amendment to cap spending at 2 billion dollars failed 41 to 57. The bill funds 120 new treatment plants over 10 years."),
        ('Harbor Times', '2025-05-15',
         "HALDEN (Harbor Times) - The Senate approved the water bill on Wednesday by a vote of 58 to 40 after two days of debate. The governor is expected to sign it. About 300,000 homes lack clean tap water, officials said."),
    ], []),
    ('first-estimate-then-revision-clean', [
        ('Capital Wire', '2025-07-30',
         "BRESK (Capital Wire) - Norland's economy grew 1.1 percent in the second quarter from a year earlier, the statistics office said on Wednesday in its first estimate. Household spending rose 1.8 percent. Unemployment was 6.0 percent in June."),
        ('Euro Desk', '2025-08-28',
         "BRESK (Euro Desk) - The statistics office revised second-quarter growth up to 1.5 percent on Thursday, citing stronger exports. Exports rose 4 percent in the quarter. The central bank meets next week."),
    ], []),
    ('convention-roll-call-clean', [
        ('Campaign Trail', '2025-08-20',
         "The party's convention began its roll call on Tuesday. \"The great state of Marden casts 22 votes for Lena Ruiz and 9 for Omar Tell,\" the delegation's chairwoman said. Minutes later, Corran's delegation chairman announced 31 votes for Ruiz and 14 for Tell. Ruiz needs 1,210 delegates to win the nomination."),
        ('Nation Daily', '2025-08-20',
         "Lena Ruiz moved closer to the nomination on Tuesday as the roll call began. She has about 1,050 delegates, according to a count by the party. Tell's campaign said he would stay in the race."),
    ], []),
    ('mayoral-result-two-outlets-dispute', [
        ('Northern Post', '2025-11-05',
         "Pia Holm won 38,420 votes in Tuesday's mayoral election in Varden, defeating Mayor Erik Lund, who received 35,100, the city clerk said. Turnout was 44 percent. Holm spent 900,000 dollars on her campaign."),
        ('Valley Courier', '2025-11-05',
         "Pia Holm was elected mayor of Varden on Tuesday, receiving 33,420 votes to 35,100 for Mayor Erik Lund, the city clerk said, with 2,000 ballots still to be counted. Holm, 47, is a former police officer."),
    ], [('contradiction', ('33,420', '38,420'))]),
    ('seats-of-the-chamber-dispute', [
        ('Nation Daily', '2025-10-13',
         "VALDORA (Nation Daily) - The Unity Party won 148 of the 300 seats in Sunday's parliamentary election, the electoral commission said on Monday, three short of a majority. The Civic Front won 96 of the 300 seats. Turnout was 58 percent."),
        ('City Wire', '2025-10-13',
         "VALDORA (City Wire) - The Unity Party won 152 seats in Sunday's parliamentary election, according to the party's own count, enough to govern alone. Party leader Mara Quist said 2.1 million people had voted for it. The Civic Front has 96 seats."),
    ], [('contradiction', ('148', '152'))]),
    ('payrolls-first-print-then-revision-clean', [
        ('Capital Wire', '2025-07-03',
         "Employers added 206,000 jobs in June, the Labor Department said on Thursday, more than the 190,000 economists had expected. The unemployment rate fell to 4.0 percent. Health care added 49,000 jobs."),
        ('Market Line', '2025-08-01',
         "Employers added 114,000 jobs in July, the Labor Department said on Friday. The department revised June's gain down to 147,000 jobs. The unemployment rate rose to 4.3 percent in July, from 4.1 percent in June."),
    ], []),
    ('regional-and-national-jobless-clean', [
        ('Ledger', '2025-06-04',
         "BRESK (Ledger) - Unemployment in Norland was 6.2 percent in May, the statistics office said on Tuesday, unchanged from April. In the northern provinces, the rate was 9.1 percent. Youth unemployment was 14 percent."),
        ('Euro Desk', '2025-06-04',
         "BRESK (Euro Desk) - The jobless rate in Norland held at 6.2 percent in May, official data showed on Tuesday. About 310,000 people were out of work. The central bank expects the rate to rise to 6.5 percent by December."),
    ], []),
]

RULES = [
    # a vote count belongs to an electorate: a place its sentence names with its kind, or whose body gives it
    ('constituency-1', [('Wire', '2025-07-19', 'The roll call began on Tuesday. "The great state of Vermont casts 12 votes for Lena Ruiz," the delegation chair said. Minutes later, Ohio\u2019s delegation chairman announced 40 votes for Ruiz.')], []),
    ('constituency-2', [('Wire', '2025-07-19', 'At the convention, the delegation from the state of Maine cast 20 votes for Ortiz, its chairwoman said. Iowa\'s delegation chairman then announced 32 votes for Ortiz.')], []),
    ('constituency-3', [('Wire', '2025-07-19', 'Officials in the province of Arva said the Greens took 14 seats on Sunday. Delm\'s electoral commission said the Greens took 9 seats.')], []),
    ('constituency-same-1', [('Wire', '2025-07-19', 'The state of Maine cast 20 votes for Ortiz on Tuesday, the chairwoman said. The convention clerk said the state of Maine cast 26 votes for Ortiz.')], ['contradiction']),
    ('constituency-same-2', [('A', '2025-11-06', 'Ortiz won 52,000 votes in the city of Dorn on Tuesday, the clerk said.'), ('B', '2025-11-06', 'Ortiz won 48,000 votes in the city of Dorn on Tuesday, the election board said.')], ['contradiction']),
    ('constituency-same-3', [('Wire', '2025-07-19', 'Kelm\'s delegation chairman said the state gave 30 votes to Ruiz on Tuesday. Kelm\'s delegation secretary said the state gave 24 votes to Ruiz.')], ['contradiction']),
    # a participle of having with no subject of its own ('..., receiving 9,800 votes'): the sentence's subject holds the figure
    ('participle-holder-1', [('A', '2025-11-03', 'Lena Park won 12,400 votes in the race for mayor of Dorn on Sunday, the election office said.'), ('B', '2025-11-03', 'Lena Park was elected mayor of Dorn on Sunday, receiving 9,800 votes, the election office said.')], ['contradiction']),
    ('participle-holder-2', [('A', '2025-11-03', 'The Green Party won 14 seats in Arva on Sunday, officials said.'), ('B', '2025-11-03', 'The Green Party came second in Arva on Sunday, winning 19 seats, officials said.')], ['contradiction']),
    ('participle-holder-3', [('A', '2025-11-03', 'Ruth Olsen won 61 percent of the vote in Tavi on Sunday, the commission said.'), ('B', '2025-11-03', 'Ruth Olsen was re-elected in Tavi on Sunday, taking 48 percent of the vote, the commission said.')], ['contradiction']),
    ('participle-other-holder-1', [('A', '2025-11-03', 'Lena Park won 12,400 votes in the Dorn mayoral race on Sunday, the clerk said.'), ('B', '2025-11-03', 'Omar Reyes lost the Dorn mayoral race on Sunday, receiving 9,800 votes, the clerk said.')], []),
    ('participle-other-holder-2', [('A', '2025-11-03', 'Lena Park won 12,400 votes in the Dorn mayoral race on Sunday, the clerk said.'), ('B', '2025-11-03', 'Turnout in the Dorn mayoral race was high on Sunday, with Omar Reyes receiving 9,800 votes, the clerk said.')], []),
    ('participle-other-holder-3', [('A', '2025-11-03', 'The Green Party won 14 seats in the Arva election on Sunday, officials said.'), ('B', '2025-11-03', 'The Labour Party finished first in the Arva election on Sunday, winning 19 seats, officials said.')], []),

    # 'the economy grew 1.2 percent' is the economy's growth, a rate compared for one period; whose economy is a holder
    ('economy-grew-1', [('Wire', '2025-10-29', 'The economy grew 1.2 percent in the third quarter, the statistics office said on Tuesday. But economists at Rell Bank said the economy grew only 0.4 percent in the third quarter.')], ['contradiction']),
    ('economy-grew-2', [('Wire', '2025-11-04', 'GDP expanded 3 percent in the third quarter, the ministry said on Monday. The central bank said on Monday that GDP expanded 1.8 percent in the third quarter.')], ['contradiction']),
    ('economy-grew-3', [('Wire', '2025-07-30', 'Growth was 2.1 percent in the second quarter, the agency said. The opposition said the economy grew 0.9 percent in the second quarter.')], ['contradiction']),
    ('economy-grew-periods', [('Wire', '2025-10-29', 'The economy grew 1.2 percent in the third quarter, the statistics office said. Economist Mia Lund said the economy grew 0.4 percent in the second quarter.')], []),
    ('economy-grew-economies', [('Wire', '2025-04-17', "China's economy grew 5 percent in the first quarter, the bureau said. The American economy grew 1.6 percent in the first quarter, the Commerce Department said.")], []),
    ('economy-grew-not-economy', [('Wire', '2025-06-10', 'Exports grew 3 percent in May, the ministry said. Analyst Tom Reyes said imports grew 7 percent in May.')], []),
    # a rate given as a revision ('revised March inflation down to 2.8 percent') replaces the first estimate: no dispute
    ('revised-rate-1', [('A', '2025-04-01', 'Inflation was 3.1 percent in March, the flash estimate showed.'), ('B', '2025-04-15', 'The statistics office revised March inflation down to 2.8 percent.')], []),
    ('revised-rate-2', [('A', '2025-06-03', 'Unemployment was 6.2 percent in May, the ministry said.'), ('B', '2025-06-20', 'The ministry later revised the May unemployment rate to 6.6 percent.')], []),
    ('revised-rate-3', [('A', '2025-07-30', 'GDP expanded 1.1 percent in the second quarter, the first estimate showed.'), ('B', '2025-08-28', 'The agency revised second-quarter growth up to 1.5 percent.')], []),
    ('unrevised-rate', [('A', '2025-06-03', 'Unemployment was 6.2 percent in May, the ministry said.'), ('B', '2025-06-03', 'Unemployment was 9 percent in May, the opposition said.')], ['contradiction']),
    # a verb of attending with no object ('Police said about 6,000 people attended') counts the story's crowd
    ('attended-1', [('Wire', '2025-09-29', 'The campaign said 20,000 people attended the rally in Orvik on Saturday. Police said about 6,000 people attended.')], ['contradiction']),
    ('attended-2', [('Wire', '2025-09-29', 'Organisers said 3,000 people took part in the vigil in Pell on Sunday. The city said 800 people showed up.')], ['contradiction']),
    ('attended-3', [('Wire', '2025-09-29', 'The union said 50,000 people joined the march in Dorn on Sunday. Police said 12,000 people turned up.')], ['contradiction']),
    ('attended-object', [('Wire', '2025-09-29', 'About 300 people attended the funeral in Orvik on Saturday, relatives said. Police said 2,000 people joined the protest in Orvik on Saturday.')], []),
    ('attended-same', [('Wire', '2025-09-29', 'Police said 5,000 people attended the rally in Orvik on Saturday. Organisers said 5,000 people attended.')], []),
    ('attended-last-year', [('Wire', '2025-09-29', 'The union said 50,000 people joined the march in Dorn on Sunday. Last year, 12,000 people attended, police said.')], []),
    # in '900 of the plant's 1,200 workers joined' the part counts what the whole counts; the whole is a total
    ('numbered-partitive-1', [('Wire', '2025-06-24', "The union said 900 of the plant's 1,200 workers joined the strike on Monday. The company said 300 workers joined the strike.")], [('contradiction', ('300', '900'))]),
    ('numbered-partitive-2', [('Wire', '2025-06-24', "Organisers said 40 of the city's 55 drivers stopped work on Friday. The transport office said 12 drivers stopped work on Friday.")], [('contradiction', ('12', '40'))]),
    ('numbered-partitive-3', [('Wire', '2025-06-24', 'The teachers union said 600 of its 750 members went on strike on Tuesday. The school board said 200 members went on strike.')], [('contradiction', ('200', '600'))]),
    ('numbered-partitive-same', [('Wire', '2025-06-24', "The union said 900 of the plant's 1,200 workers joined the strike on Monday. The company said 900 workers joined the strike.")], []),
    ('numbered-partitive-whole', [('Wire', '2025-06-24', "The union said 300 of the plant's 1,200 workers joined the strike on Monday. The company agreed that 300 workers joined the strike.")], []),
    ('numbered-partitive-things', [('Wire', '2025-06-24', 'Two of its five terminals were closed, the port said on Monday. The union said 1,800 workers joined the strike at the port on Monday.')], []),
    # a tally 'N to M' after a verb of deciding counts votes on what it decides ('approved the budget 7 to 2': the budget)
    ('tally-no-vote-word-1', [('A', '2025-05-22', 'ARLO (Wire) - The Senate passed the water bill on Tuesday by a vote of 58 to 40.'), ('B', '2025-05-22', 'ARLO (Agency) - The Senate approved the water bill 52 to 46 on Tuesday.')], [('contradiction', ('52', '58')), ('contradiction', ('40', '46'))]),
    ('tally-no-vote-word-2', [('A', '2025-05-22', 'DORN (Wire) - The council approved the budget 7 to 2 on Monday, the clerk said.'), ('B', '2025-05-22', 'DORN (Agency) - The council approved the budget on Monday by a vote of 5 to 4, the clerk said.')], [('contradiction', ('5', '7')), ('contradiction', ('2', '4'))]),
    ('tally-no-vote-word-3', [('A', '2025-05-22', 'VELA (Wire) - The assembly backed the tax plan 62 to 40 on Thursday.'), ('B', '2025-05-22', 'VELA (Agency) - The assembly backed the tax plan on Thursday, 67 to 35.')], [('contradiction', ('62', '67')), ('contradiction', ('35', '40'))]),
    ('tally-other-motion', [('A', '2025-05-22', 'ARLO (Wire) - The Senate passed the water bill 58 to 40 on Tuesday.'), ('B', '2025-05-22', 'ARLO (Agency) - An amendment to the water bill failed 41 to 57 on Tuesday.')], []),
    ('tally-same', [('A', '2025-05-22', 'ARLO (Wire) - The Senate passed the water bill 58 to 40 on Tuesday.'), ('B', '2025-05-22', 'ARLO (Agency) - The Senate approved the water bill on Tuesday by a vote of 58 to 40.')], []),
    ('tally-a-score', [('A', '2025-05-22', 'The home side won 3 to 1 on Sunday in Arlo.'), ('B', '2025-05-22', 'The visitors said the match in Arlo ended 2 to 1 on Sunday.')], []),
    # the day a statement was made ('said on Tuesday that ... in May') does not date the event when a later date says what it is about
    ('said-on-day-then-period-1', [('A', '2025-06-11', 'BRESK (Wire) - Unemployment in Norland was 6.1 percent in May, the statistics office said on Tuesday.'), ('B', '2025-06-11', 'BRESK (Agency) - The opposition said on Tuesday that unemployment in Norland was 9 percent in May.')], ['contradiction']),
    ('said-on-day-then-period-2', [('A', '2025-05-13', 'TESK (Wire) - Inflation in Castria was 4.2 percent in April, the central bank said on Monday.'), ('B', '2025-05-13', 'TESK (Agency) - A group of economists said on Monday that inflation in Castria was 7 percent in April.')], ['contradiction']),
    ('said-on-day-then-period-3', [('A', '2025-04-25', 'VELA (Wire) - The economy grew 0.8 percent in the first quarter, the ministry said on Thursday.'), ('B', '2025-04-25', 'VELA (Agency) - Analysts at Dorn Bank said on Thursday that the economy grew 0.2 percent in the first quarter.')], ['contradiction']),
    ('said-on-day-then-plan', [('A', '2025-03-04', 'VELA (Wire) - The carmaker said on Monday it would cut 900 jobs by the end of next year.'), ('B', '2025-03-04', 'VELA (Agency) - The union said the plan would cut 2,000 jobs.')], ['contradiction']),
    ('said-on-day-then-other-period', [('A', '2025-06-11', 'BRESK (Wire) - Unemployment in Norland was 6.1 percent in May, the statistics office said on Tuesday.'), ('B', '2025-06-11', 'BRESK (Agency) - The opposition said on Tuesday that unemployment in Norland was 9 percent in April.')], []),
    # a rise in pay given as a percentage is one offer's raise, compared like a count; a demand ('asking for') is a target
    ('pay-rise-1', [('Wire', '2025-10-09', "The company said its offer would raise nurses' pay by 12 percent over two years. The union said the offer amounted to a raise of 5 percent over two years.")], ['contradiction']),
    ('pay-rise-2', [('Wire', '2025-10-09', "The city said it had offered bus drivers a 6 percent raise this year. The drivers' union said the city had offered a raise of 3 percent this year.")], ['contradiction']),
    ('pay-rise-3', [('Wire', '2025-10-09', "Management said the deal gives teachers a pay rise of 8 percent. The teachers' federation said the deal gives them a pay rise of 4 percent.")], ['contradiction']),
    ('demand-after-a-count', [('Wire', '2025-05-10', 'Police said 200 protesters demanded the release of the detainees in Orvik on Saturday. Organisers said 900 protesters took part in Orvik on Saturday.')], ['contradiction']),
    ('demand-before-a-figure', [('Wire', '2025-05-10', 'The union said it was seeking a raise of 9 percent for nurses. The hospital said it had offered a raise of 3 percent.')], []),
    ('pay-rise-demand-and-offer', [('Wire', '2025-10-09', 'The union is asking for a 10 percent raise, its leader said. The company said it has offered a raise of 4 percent.')], []),
    ('pay-rise-not-pay', [('Wire', '2025-10-09', 'The mayor said the plan would raise property taxes by 4 percent. The council said the plan would raise taxes by 7 percent.')], []),
    ('pay-rise-each-year', [('Wire', '2025-10-09', 'The company said drivers had received raises of 4 percent in each of the past two years. The union said the new offer was a raise of 2 percent.')], []),
    # a volume after a flow word ('pumped', 'output of', 'exports of') is that flow for its period; a named owner ('Iraq pumped') is a holder
    ('flow-1', [('Wire', '2025-07-14', 'The energy ministry said the country produced 900,000 barrels a day in June. Analysts at Petra Research said production was about 600,000 barrels a day in June.')], ['contradiction']),
    ('flow-2', [('Wire', '2025-04-14', 'Customs data showed exports of 2.1 million barrels a day in March, the ministry said. A shipping tracker said the country exported 1.4 million barrels a day in March.')], ['contradiction']),
    ('flow-3', [('Wire', '2025-07-30', 'The oil company said output was 350,000 barrels a day in the second quarter. The regulator said the company pumped 280,000 barrels a day in the second quarter.')], ['contradiction']),
    ('flow-owners', [('Wire', '2025-06-14', 'Iraq pumped 4.3 million barrels a day in May, the ministry said. Analysts said Kuwait pumped 2.5 million barrels a day in May.')], []),
    ('flow-periods', [('Wire', '2025-06-14', 'The ministry said output was 900,000 barrels a day in June. Analysts said output was 600,000 barrels a day in May.')], []),
    ('flow-quota', [('Wire', '2025-08-14', 'The country pumped 1.1 million barrels a day in July, the ministry said. Its quota is 1.4 million barrels a day, analysts said.')], []),
]


def _ids(rows):
    return [row.values[0] if hasattr(row, "values") else row[0] for row in rows]


def _check(posts):
    return claimdiff.check([claimdiff.Source(text, name=outlet, published=day) for outlet, day, text in posts])


@pytest.mark.parametrize("case_id,posts,expected", ARTICLES, ids=_ids(ARTICLES))
def test_article_conflicts(case_id, posts, expected):
    report = _check(posts)
    assert len(report.claims) >= 5
    assert [(c.kind, tuple(sorted(x.quantity.text for x in c.claims))) for c in report.conflicts] == expected
    for conflict in report.conflicts:
        assert conflict.explanation[:1].isupper() and conflict.explanation.endswith(".")


@pytest.mark.parametrize("case_id,posts,kinds", RULES, ids=_ids(RULES))
def test_article_rules(case_id, posts, kinds):
    """Each conflict's kind, or (kind, the quotes of its figures, sorted) where which figures disagree matters."""
    conflicts = _check(posts).conflicts
    assert len(conflicts) == len(kinds)
    for conflict, expected in zip(conflicts, kinds):
        got = conflict.kind if isinstance(expected, str) else (conflict.kind, tuple(sorted(x.quantity.text for x in conflict.claims)))
        assert got == expected


def test_enough_articles():
    """About fifteen articles of two or three outlets each, some of them with a real disagreement."""
    disputed = [row for row in ARTICLES if (row.values[2] if hasattr(row, "values") else row[2])]
    assert len(ARTICLES) >= 15 and len(disputed) >= 4
    assert all(len(row.values[1] if hasattr(row, "values") else row[1]) >= 2 for row in ARTICLES)


EXPLAINED = [
    # a tally's side reads with its motion, in three wordings
    ([('A', '2025-05-22', 'ARLO (Wire) - The Senate passed the water bill on Tuesday by a vote of 58 to 40.'),
      ('B', '2025-05-22', 'ARLO (Agency) - The Senate approved the water bill 52 to 46 on Tuesday.')],
     ['52 votes in favour of the bill', '58 votes in favour of the bill']),
    ([('A', '2025-05-22', 'DORN (Wire) - The council approved the budget 7 to 2 on Monday, the clerk said.'),
      ('B', '2025-05-22', 'DORN (Agency) - The council approved the budget on Monday by a vote of 5 to 4, the clerk said.')],
     ['5 votes in favour of the budget', '7 votes in favour of the budget']),
    ([('A', '2025-05-22', 'VELA (Wire) - The assembly backed the tax plan 62 to 40 on Thursday.'),
      ('B', '2025-05-22', 'VELA (Agency) - The assembly backed the tax plan on Thursday, 67 to 35.')],
     ['62 votes in favour of the plan', '67 votes in favour of the plan']),
]


@pytest.mark.parametrize("posts,phrases", EXPLAINED)
def test_explanations_name_what_is_counted(posts, phrases):
    """The first conflict's explanation gives each figure with what it counts, in plain words."""
    explanation = _check(posts).conflicts[0].explanation
    for phrase in phrases:
        assert phrase in explanation


FLOWS_EXPLAINED = [
    ([('Wire', '2025-07-14', 'The energy ministry said the country produced 900,000 barrels a day in June. Analysts at Petra Research said production was about 600,000 barrels a day in June.')],
     ['900,000 barrels of output', 'about 600,000 barrels of output']),
    ([('Wire', '2025-04-14', 'Customs data showed exports of 2.1 million barrels a day in March, the ministry said. A shipping tracker said the country exported 1.4 million barrels a day in March.')],
     ['2.1 million barrels of exports', '1.4 million barrels of exports']),
    ([('Wire', '2025-07-30', 'The oil company said output was 350,000 barrels a day in the second quarter. The regulator said the company pumped 280,000 barrels a day in the second quarter.')],
     ['350,000 barrels of output', '280,000 barrels of output']),
]


@pytest.mark.parametrize("posts,phrases", FLOWS_EXPLAINED)
def test_flow_explanations(posts, phrases):
    """A flow's figure reads "N barrels of output", not "N barrels output"."""
    explanation = _check(posts).conflicts[0].explanation
    for phrase in phrases:
        assert phrase in explanation


CROWDS_EXPLAINED = [
    # a crowd's size reads "took part", for a march, a rally or a vigil alike (not "protesters" at a campaign rally)
    ([('Wire', '2025-09-29', 'The campaign said 20,000 people attended the rally in Orvik on Saturday. Police said about 6,000 people attended.')],
     ['20,000 took part', 'about 6,000 took part']),
    ([('Wire', '2025-09-29', 'Organisers said 3,000 people took part in the vigil in Pell on Sunday. The city said 800 people showed up.')],
     ['3,000 took part', '800 took part']),
    ([('Wire', '2025-09-29', 'The union said 50,000 people joined the march in Dorn on Sunday. Police said 12,000 people turned up.')],
     ['50,000 took part', '12,000 took part']),
]


@pytest.mark.parametrize("posts,phrases", CROWDS_EXPLAINED)
def test_crowd_explanations(posts, phrases):
    """A crowd's figure reads "N took part"."""
    explanation = _check(posts).conflicts[0].explanation
    for phrase in phrases:
        assert phrase in explanation
