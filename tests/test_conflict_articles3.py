"""Economic and political copy, third set: articles of two outlets, then short cases of the rules they called for.

Same form as ``test_conflict_articles2.py``: an article is (id, posts, expected conflicts), a post (outlet, published,
text), a conflict (kind, the quotes of its figures, sorted).  The articles are jobs reports, prices, growth and its
revisions, central bank decisions, company results and guidance, budgets, trade, elections and polls, strikes,
marches, court fines and fundraising.  Most hold only figures that look alike (other periods, measures, places or
parts of the population, forecasts and outcomes, targets and results); the others a real disagreement between two
named sources.  Then short cases (id, posts, the kinds of conflicts), each rule in three wordings with negatives.
All sentences are written for this file; names and places are invented.
"""
import pytest

import claimdiff

ARTICLES = [
    ('jobs-report-forecast-and-revision-clean', [
        ('Capital Wire', '2025-09-05',
         "VARDA (Capital Wire) - Employers in Lusmark added 64,000 jobs in August, the labour office said on Friday, fewer than the 90,000 economists had forecast. The office revised July's gain down to 51,000 from 73,000. The unemployment rate rose to 4.6 percent, the highest since 2021. Average hourly earnings rose 0.3 percent from July and 3.9 percent from a year earlier. Manufacturing shed 12,000 jobs, while health care added 31,000."),
        ('Market Line', '2025-09-05',
         "VARDA (Market Line) - Lusmark's economy added 64,000 jobs last month, the labour office said. Economists polled by Market Line had expected 90,000. The jobless rate was 4.6 percent, up from 4.4 percent in July. About 7.1 million people were looking for work. The central bank meets on Sept. 17 and is expected to cut its main rate by a quarter point to 3.75 percent."),
    ], []),
    ('prices-headline-and-core-clean', [
        ('Ledger', '2025-10-15',
         "Consumer prices in Ostrava rose 3.4 percent in September from a year earlier, the statistics office said on Wednesday, up from 3.1 percent in August. Prices rose 0.4 percent from the previous month. Food prices were up 5.2 percent and rents 6 percent. The central bank's target is 2 percent."),
        ('Euro Desk', '2025-10-15',
         "Inflation in Ostrava quickened to 3.4 percent in September, the statistics office said. Core inflation, which strips out food and fuel, was 2.8 percent. The central bank raised its key rate to 4.25 percent in July and has said it could raise it again if inflation stays above 3 percent. Wages rose 4.9 percent in the second quarter."),
    ], []),
    ('inflation-office-vs-unions', [
        ('Ledger', '2025-10-15',
         "OSTRAVA (Ledger) - Inflation in Ostrava was 3.4 percent in September, the statistics office said on Wednesday. Prices rose 0.4 percent from the previous month."),
        ('Labor Beat', '2025-10-15',
         "OSTRAVA (Labor Beat) - The Ostrava trade union federation said on Wednesday that inflation in September was 5.9 percent, not the 3.4 percent reported by the statistics office, because the official basket left out rising rents. The federation represents 1.2 million workers."),
    ], [('contradiction', ('3.4 percent', '5.9 percent'))]),
    ('growth-first-estimate-and-revision-clean', [
        ('Capital Wire', '2025-08-29',
         "Belmora's economy grew at an annual rate of 2.1 percent in the second quarter, the commerce office said on Thursday, revising its first estimate of 1.6 percent. Business investment rose 4.4 percent. Consumer spending grew 1.9 percent. The economy shrank 0.5 percent in the first quarter."),
        ('Ledger', '2025-07-31',
         "Belmora's economy grew at an annual rate of 1.6 percent in the second quarter, the commerce office said on Wednesday in its first estimate, after shrinking 0.5 percent in the first three months. Economists had expected growth of 1.2 percent. Imports fell 7 percent."),
    ], []),
    ('rate-cut-and-forecasts-clean', [
        ('Euro Desk', '2025-06-12',
         "The central bank of Tavria cut its main interest rate by half a point to 5 percent on Thursday, its third cut this year. The bank now expects inflation to average 3.1 percent this year and 2.6 percent next year. It forecast growth of 1.4 percent. Governor Lena Vos said the bank could cut again in September."),
        ('Market Line', '2025-06-12',
         "Tavria's central bank lowered its benchmark rate to 5 percent from 5.5 percent on Thursday. Seven of the nine members of the rate committee voted for the cut, and two wanted to hold. Inflation was 3.6 percent in May. The currency fell 0.8 percent against the euro."),
    ], []),
    ('results-and-guidance-clean', [
        ('Market Line', '2025-10-28',
         "Corvane Systems said on Tuesday that third-quarter revenue rose 11 percent to 4.2 billion dollars, ahead of the 4.05 billion analysts had expected. Net profit was 610 million dollars, or 1.32 dollars a share, up from 480 million a year earlier. The company raised its forecast for full-year revenue to between 16.4 billion and 16.6 billion dollars. Its shares rose 7 percent."),
        ('Ledger', '2025-10-28',
         "Corvane Systems earned 610 million dollars in the third quarter, the software maker said on Tuesday. Sales grew 11 percent. The company now expects revenue of 16.4 billion to 16.6 billion dollars this year, up from an earlier range of 16 billion to 16.3 billion dollars. It employs 38,000 people and plans to hire 2,000 more."),
    ], []),
    ('trade-surplus-clean', [
        ('Ledger', '2025-07-08',
         "Norvik's exports rose 6.2 percent in June from a year earlier to 31.4 billion euros, the customs office said on Tuesday, while imports fell 1.5 percent to 28.9 billion euros. The trade surplus widened to 2.5 billion euros from 0.9 billion a year earlier. Exports to Castria jumped 14 percent."),
        ('Market Line', '2025-07-08',
         "Norvik posted a trade surplus of 2.5 billion euros in June, the customs office said. In the first half, the surplus was 11.2 billion euros. Car exports fell 3 percent. The currency has gained 4 percent against the dollar this year."),
    ], []),
    ('election-shares-seats-and-turnout-clean', [
        ('Nation Daily', '2025-05-19',
         "The Civic Party won 38.2 percent of the vote in Sunday's parliamentary election in Alvania, the election commission said on Monday, ahead of the National Bloc with 29.5 percent. The Greens took 9.1 percent. Turnout was 67 percent, up from 61 percent in 2021. The Civic Party will have 142 of the 300 seats, short of a majority."),
        ('City Wire', '2025-05-19',
         "Alvania's Civic Party won Sunday's election with 38 percent of the vote, the commission said, and will hold 142 seats in the 300-seat parliament. The National Bloc won 111 seats. In the capital, Morava, turnout was 72 percent. The party needs 9 more seats to govern alone."),
    ], []),
    ('four-pollsters-clean', [
        ('Statehouse News', '2025-10-20',
         "Governor Rita Olen leads her challenger, Marco Diaz, 51 percent to 44 percent in a poll by Brightline Research released on Monday. A separate survey by Keller Polling found the race tied at 47 percent. A third poll, from Tess University, put Olen ahead by 3 points, 49 percent to 46 percent."),
        ('Valley Courier', '2025-10-21',
         "A new poll from Orchard Analytics shows Marco Diaz ahead of Governor Rita Olen, 48 percent to 45 percent, with 7 percent undecided. The poll of 800 likely voters has a margin of error of 3.5 points. Olen won in 2021 with 54 percent."),
    ], []),
    ('march-organisers-vs-police', [
        ('City Wire', '2025-04-12',
         "SELNA (City Wire) - Tens of thousands of people marched in Selna on Saturday against cuts to university funding. Organisers said 60,000 people took part, while police put the crowd at 18,000. Police said 4 people were arrested."),
        ('Harbor Times', '2025-04-12',
         "SELNA (Harbor Times) - Students and teachers marched through Selna on Saturday. The government plans to cut university funding by 400 million crowns, or 8 percent. The student union said 45 buses brought protesters from other cities."),
    ], [('contradiction', ('18,000', '60,000'))]),
    ('bank-fine-and-demand-clean', [
        ('Ledger', '2025-03-21',
         "A court in Derrin fined the bank Halvor Trust 45 million euros on Friday for failing to stop money laundering, and ordered it to pay 12 million euros in compensation to investors. Prosecutors had sought a fine of 80 million euros. The bank made a profit of 1.1 billion euros last year."),
        ('Euro Desk', '2025-03-21',
         "Halvor Trust was fined 45 million euros by a Derrin court on Friday. Two former managers received suspended sentences of 18 months. The bank said it would appeal. In 2022, a rival bank was fined 30 million euros in a similar case."),
    ], []),
    ('bank-fine-prosecutors-vs-lawyers', [
        ('Ledger', '2025-03-21',
         "DERRIN (Ledger) - A court in Derrin fined the bank Halvor Trust 45 million euros on Friday for failing to stop money laundering, prosecutors said."),
        ('Euro Desk', '2025-03-21',
         "DERRIN (Euro Desk) - The court fined Halvor Trust 25 million euros on Friday, the bank's lawyers said, after dropping two of the five charges. The bank employs 4,200 people."),
    ], [('contradiction', ('25 million euros', '45 million euros'))]),
    ('quarterly-fundraising-clean', [
        ('Money Watch', '2025-07-16',
         "Senate candidate Amy Rusk raised 3.2 million dollars in the second quarter, her campaign said on Tuesday, and has 5.1 million dollars on hand. Her rival, Tom Ferrel, raised 2.4 million dollars. In the first quarter, Rusk raised 1.8 million dollars."),
        ('Capitol Report', '2025-07-16',
         "Tom Ferrel's campaign said he raised 2.4 million dollars from April to June, with 70 percent of donations under 100 dollars. Amy Rusk reported raising 3.2 million dollars. The primary is on Aug. 12."),
    ], []),
    ('election-turnout-by-age-and-region-clean', [
        ('Nation Daily', '2025-05-19',
         "MORAVA (Nation Daily) - Turnout in Sunday's election in Alvania was 67 percent, the election commission said on Monday. A monitoring group, Open Vote, said turnout among voters under 25 was 41 percent. The Civic Party won 38 percent of the vote."),
        ('City Wire', '2025-05-19',
         "MORAVA (City Wire) - Officials in Korsk province said turnout there was 52 percent, the lowest in the country. City officials said turnout in the capital was 72 percent. The commission will publish final results on Thursday."),
    ], []),
    ('jobless-rates-of-groups-clean', [
        ('Nation Daily', '2025-06-03',
         "VELA (Nation Daily) - Unemployment in Marvia was 6.2 percent in May, the labour ministry said on Tuesday. The miners' union said youth unemployment was 19 percent in May, and unemployment among workers over 50 was 9 percent. Long-term unemployment rose to 2.1 percent, the ministry said."),
        ('Capital Wire', '2025-06-03',
         "VELA (Capital Wire) - Marvia's jobless rate was 6.2 percent in May, the ministry said. Among women, unemployment was 7.4 percent, according to a survey by the Dorn Institute. Economists had expected a rate of 6.4 percent."),
    ], []),
    ('jobs-report-one-outlet-clean', [
        ('Capital Wire', '2025-11-07',
         'HALDEN (Capital Wire) - Employers in Tesmark added 88,000 jobs in October, the labour department said on Friday, beating the 60,000 economists had forecast. The unemployment rate held at 4.9 percent. The department said September\'s gain was revised up to 72,000 from 54,000. Hospitals added 21,000 jobs and restaurants 14,000, while factories cut 9,000. Average weekly pay rose 4.1 percent from a year earlier. The union federation said 30,000 of the new jobs were part-time. "Hiring is solid," said Mira Lenz, an economist at Orba Bank, who expects the economy to add about 70,000 jobs a month next year. The number of people out of work for more than six months rose to 410,000. Tesmark\'s population is 41 million.'),
    ], []),
    # 'no more than 1,500 posts' and '4,000 teaching jobs' count nouns of two names, one of them described: uncertain
    # identity, no conflict
    pytest.param('budget-job-cuts-minister-vs-opposition', [
        ('Parliament Daily', '2025-10-01',
         'ARVEN (Parliament Daily) - Finance Minister Karl Ostby presented a budget on Tuesday that would raise spending to 212 billion crowns next year, up 3.8 percent, while cutting the deficit to 2.9 percent of GDP from 3.6 percent this year. Defence spending will rise 11 percent to 9.4 billion crowns. The opposition Social Union said the plan would cut 4,000 teaching jobs; Ostby said no more than 1,500 posts would go, all through retirements. The fiscal council estimates the deficit at 3.3 percent of GDP next year. Public debt will reach 64 percent of GDP in 2027, the ministry said. A tax on bank profits will raise 1.2 billion crowns a year. Pensions will rise 2.5 percent in January.'),
    ], [('contradiction', ('4,000', 'no more than 1,500'))], marks=pytest.mark.xfail(strict=True, reason='posts and teaching jobs are not read as one quantity')),
    ('carmaker-results-one-outlet-clean', [
        ('Market Line', '2025-07-24',
         'OSLIN (Market Line) - Tarn Motors said on Thursday its second-quarter net profit fell 34 percent to 1.9 billion euros, hurt by a price war in Castria and tariffs on exports to Norvik. Revenue fell 6 percent to 38.2 billion euros. The carmaker sold 1.02 million vehicles, down from 1.11 million a year earlier. It cut its forecast for operating margin this year to 5 to 6 percent, from 7 to 8 percent. Analysts polled by the company had expected net profit of 2.3 billion euros. Chief executive Oda Brenn said the company would cut 3,000 jobs in Castria. Worker representatives said the cuts could reach 5,000. Shares fell 4 percent.'),
    ], []),
    ('media-law-march-organisers-vs-police', [
        ('City Wire', '2025-03-02',
         'RELL (City Wire) - Tens of thousands of people marched in Rell on Sunday to protest against a new media law, in the largest demonstration since 2019. Organisers put the crowd at 120,000, while police said 35,000 people took part. In the port city of Ostra, police said 6,000 people marched. The interior ministry said 22 people were detained in Rell and 4 police officers were injured. A poll last week found 58 percent of voters oppose the law. Parliament passed it 81 to 60 in February.'),
    ], [('contradiction', ('120,000', '35,000'))]),
    ('general-election-one-outlet-clean', [
        ('Nation Daily', '2025-09-29',
         "VALDORA (Nation Daily) - The Unity Party won 41.3 percent of the vote in Sunday's general election, the electoral commission said on Monday, with 98 percent of polling stations counted. The Civic Front had 33.8 percent and the Greens 8.2 percent. Turnout was 71 percent, the highest since 2002. Exit polls had put the Unity Party at 44 percent. Party leader Mara Quist said her party had won at least 160 of the 300 seats; the commission's projection gives it 151. The Civic Front said turnout in its stronghold of Port Ellen was only 58 percent because of long queues. About 4.2 million people voted."),
    ], []),
    ('mayoral-fundraising-one-outlet-clean', [
        ('Money Watch', '2025-04-16',
         "Mayor Lena Ortiz raised 4.1 million dollars in the first quarter for her re-election campaign, her campaign said on Tuesday, more than twice the 1.9 million raised by her challenger, Council member Raj Patel. Ortiz has 6.3 million dollars in the bank. Patel's campaign said he had 2,800 individual donors, against 1,100 for Ortiz, and that 92 percent of his donations were under 200 dollars. Ortiz spent 700,000 dollars in the quarter. In 2021, she raised 11 million dollars in all. The city's limit on donations is 2,100 dollars per person."),
    ], []),
    ('poll-roundup-clean', [
        ('Statehouse News', '2025-10-30',
         'A week before the election, four polls show a close race for governor. Brightline Research has Rita Olen ahead of Marco Diaz 49 percent to 45 percent. Keller Polling has Diaz ahead 48 percent to 46 percent. A Tess University survey found them tied at 46 percent, and an Orchard Analytics poll put Olen at 50 percent and Diaz at 43 percent. The average of the four gives Olen a lead of 1.8 points. In 2021, Olen won with 54 percent. About 1.2 million people have already voted by mail, the state said, up from 900,000 at this point four years ago.'),
    ], []),
    ('rate-hold-one-outlet-clean', [
        ('Euro Desk', '2025-09-18',
         'TAVRIA (Euro Desk) - The central bank of Tavria held its main rate at 4.5 percent on Thursday, as expected by all 24 economists polled by Euro Desk. The bank raised its inflation forecast for this year to 3.4 percent from 3.0 percent and cut its growth forecast to 0.9 percent from 1.2 percent. Inflation was 3.8 percent in August. Governor Lena Vos said the rate would stay at 4.5 percent "for some time". Two of the seven board members voted for a cut to 4.25 percent. The currency rose 0.3 percent.'),
    ], []),
    ('two-outlets-election-clean', [
        ('Nation Daily', '2025-09-29',
         "VALDORA (Nation Daily) - Mara Quist's Unity Party won 41.3 percent of the vote in Sunday's election, the electoral commission said on Monday, ahead of the Civic Front with 33.8 percent. Turnout was 71 percent. The Greens, with 8.2 percent, will return to parliament after four years. In the capital, the Civic Front won 44 percent. The Unity Party will have 151 of the 300 seats, the commission projected."),
        ('City Wire', '2025-09-29',
         'VALDORA (City Wire) - The Unity Party took about 41 percent of the vote on Sunday, official results showed, while the Civic Front won 34 percent. Turnout rose to 71 percent from 64 percent in 2021. Quist, 52, has led the party since 2017. The Unity Party won in 11 of the 14 regions. The far-right Homeland party got 4.9 percent, just short of the 5 percent needed to enter parliament.'),
    ], []),
    ('two-outlets-court-clean', [
        ('Ledger', '2025-06-20',
         'DERRIN (Ledger) - A court in Derrin on Friday ordered Brask Group to pay 310 million euros in damages to 1,200 farmers. The farmers had sought 900 million euros. Brask was also fined 15 million euros. Two managers were given suspended sentences of 18 months. Brask said it would appeal.'),
        ('Euro Desk', '2025-06-20',
         'DERRIN (Euro Desk) - Brask Group must pay 310 million euros to farmers whose land was polluted, a Derrin court ruled on Friday, well short of the 900 million euros they had demanded. The company, which employs 24,000 people, made a profit of 2.2 billion euros last year. Its shares fell 3 percent.'),
    ], []),
    ('two-outlets-earnings-clean', [
        ('Market Line', '2025-10-28',
         'OSLIN (Market Line) - Corvane Systems said third-quarter revenue rose 11 percent to 4.2 billion dollars. Earnings per share were 1.32 dollars, above the 1.25 dollars analysts had expected. The company raised its full-year revenue forecast to 16.5 billion dollars. It will buy back 2 billion dollars of shares.'),
        ('Ledger', '2025-10-28',
         "OSLIN (Ledger) - Corvane's quarterly revenue was 4.2 billion dollars, up 11 percent, and profit rose 27 percent to 610 million dollars. The company expects fourth-quarter revenue of 4.4 billion dollars. Corvane shares rose 7 percent to 182 dollars."),
    ], []),
    ('two-outlets-central-bank-clean', [
        ('Euro Desk', '2025-06-12',
         'TAVRIA (Euro Desk) - The central bank of Tavria cut its main rate by half a point to 5 percent on Thursday. Inflation was 3.6 percent in May. The bank expects inflation to fall to 3.1 percent by December. Seven of the nine board members backed the cut.'),
        ('Market Line', '2025-06-12',
         "TAVRIA (Market Line) - Tavria's central bank lowered its key rate to 5 percent from 5.5 percent. Economists had expected a quarter-point cut. The currency fell 0.8 percent. Inflation, at 3.6 percent in May, is well above the 2 percent target."),
    ], []),
    ('two-outlets-trade-clean', [
        ('Ledger', '2025-07-08',
         "NORVIK (Ledger) - Norvik's exports rose 6.2 percent in June from a year earlier, the customs office said. Exports to Castria jumped 14 percent, while exports to Belmora fell 3 percent. Imports fell 1.5 percent. The trade surplus was 2.5 billion euros."),
        ('Market Line', '2025-07-08',
         "NORVIK (Market Line) - Norvik's trade surplus widened to 2.5 billion euros in June, the customs office said. Exports grew 6 percent and imports fell 2 percent. In the first half, exports rose 4.1 percent."),
    ], []),
    ('two-outlets-strike', [
        ('Labor Beat', '2025-05-06',
         'KESSA (Labor Beat) - Teachers in Kessa walked out on Tuesday, the union said, with 78 percent of its members joining the strike. The union wants a 15 percent raise over three years. About 4,000 teachers rallied outside the ministry.'),
        ('Nation Daily', '2025-05-06',
         'KESSA (Nation Daily) - The education ministry said 31 percent of teachers joined the strike on Tuesday and 4,100 of 6,800 schools were open. Police said about 2,500 people rallied outside the ministry. The government has offered 6 percent.'),
    ], [('contradiction', ('About 4,000', 'about 2,500'))]),
]

RULES = [
    # a rate narrowed by a modifier before its metric word, a population or a place is not the whole's rate
    ('rate-population-1', [('W', '2025-05-19', "MORAVA (W) - Turnout in Sunday's election was 67 percent, the election commission said. A monitoring group said turnout among voters under 25 was 41 percent.")], []),
    ('rate-population-2', [('W', '2025-06-03', "VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The union said unemployment among young workers was 19 percent in May.")], []),
    ('rate-population-3', [('W', '2025-10-20', "The commission said turnout was 58 percent. Among women, turnout was 63 percent, the monitors said.")], []),
    ('rate-population-4', [('W', '2025-06-03', "VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The union said the jobless rate for young people was 17 percent in May.")], []),
    ('rate-measure-1', [('W', '2025-06-03', "VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The union said youth unemployment was 19 percent in May.")], []),
    ('rate-measure-2', [('W', '2025-05-14', "TESK (W) - Inflation was 3.2 percent in April, the statistics office said. Economists at Dorn Bank said core inflation was 2.6 percent in April.")], []),
    ('rate-measure-3', [('W', '2025-05-14', "TESK (W) - Inflation was 3.2 percent in April, the statistics office said. The farmers' union said food inflation was 8 percent in April.")], []),
    ('rate-place-1', [('W', '2025-05-19', "MORAVA (W) - Turnout in Sunday's election was 67 percent, the election commission said. City officials said turnout in the capital was 72 percent.")], []),
    ('rate-place-2', [('W', '2025-05-19', "MORAVA (W) - Turnout in Sunday's election in Alvania was 67 percent, the election commission said. Officials in Korsk province said turnout there was 52 percent.")], []),
    ('rate-place-3', [('W', '2025-06-03', "VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The governor of Tell province said unemployment there was 11 percent in May.")], []),
    # ... while the same rate from two sources still disagrees, whatever word says which value it is
    ('rate-whole-1', [('W', '2025-05-19', "MORAVA (W) - Turnout in Sunday's election was 67 percent, the election commission said. The opposition said turnout was no more than 45 percent.")], ['contradiction']),
    ('rate-whole-2', [('W', '2025-06-03', "VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The union said unemployment was 9 percent in May.")], ['contradiction']),
    ('rate-whole-3', [('W', '2025-05-14', "TESK (W) - Inflation was 3.2 percent in April, the statistics office said. The opposition said real inflation was 6 percent in April.")], ['contradiction']),
    ('rate-whole-4', [('W', '2025-05-19', "MORAVA (W) - Turnout in Sunday's election in Alvania was 67 percent, the election commission said. Observers said turnout in Alvania was 49 percent.")], ['contradiction']),
    # "the unemployment rate", "the jobless rate", "the inflation rate" name the rate of their metric word
    ('rate-compound-1', [('W', '2025-06-03', "VELA (W) - The unemployment rate was 6.4 percent in May, the statistics office said. The union said the unemployment rate was 9 percent in May.")], ['contradiction']),
    ('rate-compound-2', [('W', '2025-06-03', "VELA (W) - The jobless rate fell to 5.1 percent in May, the ministry said. Economists at Dorn Bank said unemployment was 7 percent in May.")], ['contradiction']),
    ('rate-compound-3', [('W', '2025-06-03', "VELA (W) - The inflation rate was 4.2 percent in May, the central bank said. The opposition said inflation was 7.5 percent in May.")], ['contradiction']),
    ('rate-compound-other-rate', [('W', '2025-06-03', "VELA (W) - The unemployment rate was 6.4 percent in May, the statistics office said. The central bank said its main rate was 3 percent in May.")], []),
    ('rate-compound-other-month', [('W', '2025-06-03', "VELA (W) - The unemployment rate was 6.4 percent in May, the statistics office said. The union said the unemployment rate was 9 percent in April.")], []),
    ('rate-compound-youth', [('W', '2025-06-03', "VELA (W) - The youth unemployment rate was 16 percent in May, the statistics office said. The union said the unemployment rate was 9 percent in May.")], []),
    # the whole of "five of its seven plants" counts plants, whatever the clause before the part counts
    ('partitive-whole-1', [('W', '2025-02-18', "PORTA (W) - The union said 9,000 workers joined the strike at Delmar Foods on Tuesday. The company said 3,200 workers had gone on strike and that five of its seven plants were operating.")], [('contradiction', ('3,200', '9,000'))]),
    ('partitive-whole-2', [('W', '2025-02-18', "PORTA (W) - The union said 2,500 dockers walked out on Tuesday. The port authority said 600 dockers had walked out and that 11 of its 14 cranes were working.")], [('contradiction', ('2,500', '600'))]),
    ('partitive-whole-3', [('W', '2025-02-18', "PORTA (W) - Organisers said 40,000 people took part in the march on Saturday. Police said 9,000 people took part and that 3 of the 20 roads into the square were closed.")], [('contradiction', ('40,000', '9,000'))]),
    ('partitive-whole-same-noun', [('W', '2025-02-18', "PORTA (W) - The union said 1,800 of the port's 2,100 workers joined the walkout on Tuesday. The port said 1,900 workers were on duty.")], []),
    # a comma right after a figure ends its noun run: "at 120,000, while police said" counts no police
    ('comma-1', [('W', '2025-03-02', 'RELL (W) - Police said 35,000 people took part in the march on Sunday. Organisers put the crowd at 120,000, while police officers closed the main square.')], [('contradiction', ('120,000', '35,000'))]),
    ('comma-2', [('W', '2025-03-02', 'RELL (W) - The union said 8,000 workers joined the strike on Monday. The company put the number at 3,000, while workers at two plants stayed at their posts.')], [('contradiction', ('3,000', '8,000'))]),
    ('comma-3', [('W', '2025-03-02', 'RELL (W) - Organisers said 50,000 people joined the march on Sunday. Police estimated the crowd at 12,000, and officers said it was peaceful.')], [('contradiction', ('12,000', '50,000'))]),
    # a sentence that opens with "In the port city of Ostra," gives its figures that place: a part, not the story's own
    ('fronted-of-1', [('W', '2025-03-02', 'RELL (W) - Organisers said 50,000 people marched in Rell on Sunday. In the port city of Ostra, police said 6,000 people marched.')], []),
    ('fronted-of-2', [('W', '2025-03-02', 'RELL (W) - The union said 9,000 workers joined the strike in Rell on Monday. In the northern town of Kell, the company said 2,000 workers joined the strike.')], []),
    ('fronted-of-3', [('W', '2025-03-02', 'RELL (W) - The union said 5,000 miners walked out in Rell on Monday. In the mining region of Tava, the company said 1,100 miners walked out.')], []),
    ('fronted-of-same-place', [('W', '2025-03-02', 'OSTRA (W) - Organisers said 50,000 people marched in Ostra on Sunday. In the port city of Ostra, police said 6,000 people marched.')], ['contradiction']),
    # a rate whose metric word has an owner of its own ("Varnia's jobless rate", "Swedish unemployment") is that owner's;
    # the country the first sentence names is the story's own
    ('rate-owners-1', [('W', '2025-06-10', "BRESK (W) - Norland's unemployment rate was 6.1 percent in May, its statistics office said. Varnia's jobless rate was 9.4 percent in May, the Varnian labour ministry said.")], []),
    ('rate-owners-2', [('W', '2025-06-10', 'BRESK (W) - Inflation in Norland was 2.1 percent in May, the statistics office said. Inflation in Varnia was 4.4 percent in May, the Varnian central bank said.')], []),
    ('rate-owners-3', [('W', '2025-06-10', "BRESK (W) - Norland's inflation was 2.1 percent in May, the statistics office said. Varnia's was 4.4 percent in May, its central bank said.")], []),
    ('rate-owners-4', [('W', '2025-06-10', "BRESK (W) - Norway's unemployment rate was 6.1 percent in May, its statistics office said. Sweden's jobless rate was 9.4 percent in May, the Swedish labour ministry said.")], []),
    ('rate-owners-5', [('W', '2025-06-10', 'BRESK (W) - Unemployment in the euro zone was 6.1 percent in May, Eurostat said. In Spain, unemployment was 11.4 percent in May, the Spanish labour ministry said.')], []),
    ('rate-owners-6', [('W', '2025-06-10', "BRESK (W) - Norland's economy grew 1.1 percent in the first quarter, the statistics office said. Varnia's economy grew 2.3 percent in the first quarter, its central bank said.")], []),
    ('rate-owner-of-the-story', [('W', '2025-06-10', "BRESK (W) - Norland's unemployment rate was 6.1 percent in May, the statistics office said. The union said unemployment was 9 percent in May.")], ['contradiction']),
    # a budget balance is a level of one stated period, compared like a rate (its kind, owner and unit must agree; a plan is a target)
    ('deficit-1', [('W', '2025-11-20', 'ROMA (W) - Treasury Minister Paolo Ricci told parliament the deficit would be 38 billion euros this year. The opposition said the deficit would be 52 billion euros this year.')], ['contradiction']),
    ('deficit-2', [('W', '2025-11-04', 'ARVEN (W) - Finance Minister Karl Ostby said on Tuesday that the budget deficit would be 3.1 percent of GDP this year. The fiscal council said the deficit would be 4.0 percent of GDP this year.')], ['contradiction']),
    ('deficit-3', [('W', '2025-11-04', 'ARVEN (W) - The treasury said the budget deficit was 212 billion dollars last year. The budget office said the deficit last year was 260 billion dollars.')], ['contradiction']),
    ('deficit-neg-years', [('W', '2025-11-04', 'ARVEN (W) - The treasury said the deficit would be 38 billion euros this year. The opposition said the deficit was 44 billion euros last year.')], []),
    ('deficit-neg-trade', [('W', '2025-11-04', 'ARVEN (W) - The treasury said the budget deficit was 38 billion euros last year. The customs office said the trade deficit was 12 billion euros last year.')], []),
    ('deficit-neg-plan', [('W', '2025-11-04', 'ARVEN (W) - The government plans a deficit of 31 billion euros next year, the minister said. The fiscal council said the deficit would be 36 billion euros next year.')], []),
    ('deficit-neg-owner', [('W', '2025-11-04', "ARVEN (W) - Norland's budget deficit was 3 percent of GDP last year, the ministry said. Varnia's deficit was 5.2 percent of GDP last year, the IMF said.")], []),
    ('deficit-neg-nodate', [('W', '2025-11-04', 'ARVEN (W) - The treasury said the deficit was 38 billion euros. The opposition said the deficit was 52 billion euros.')], []),
    ('deficit-neg-structural', [('W', '2025-11-04', 'ARVEN (W) - The treasury said the deficit was 3 percent of GDP last year. The fiscal council said the structural deficit was 2.1 percent of GDP last year.')], []),
    ('deficit-neg-units', [('W', '2025-11-04', 'ARVEN (W) - The treasury said the deficit was 3 percent of GDP last year. The fiscal council said the deficit was 44 billion euros last year.')], []),
    # an agentless passive estimate ("Turnout was put at 63 percent") after a poll's figures in its paragraph is the poll's too
    ('agentless-1', [('A', '2025-10-12', "VALDORA (A) - Exit polls projected 140 seats for the Union Party in Sunday's election, short of the 151 needed. The poll gave the Social Front 96 seats. Turnout was put at 63 percent."), ('B', '2025-10-13', "VALDORA (B) - The electoral commission said on Monday that turnout in Sunday's election was 61 percent.")], []),
    ('agentless-2', [('A', '2025-10-12', 'VALDORA (A) - A survey by Orla Research found 48 percent of voters backing the Union Party on Sunday. Turnout was estimated at 55 percent.'), ('B', '2025-10-13', "VALDORA (B) - The electoral commission said on Monday that turnout in Sunday's election was 61 percent.")], []),
    ('agentless-3', [('A', '2025-10-12', 'VALDORA (A) - An exit poll gave the Union Party 38 percent on Sunday. Turnout was seen at 70 percent.'), ('B', '2025-10-13', "VALDORA (B) - The electoral commission said on Monday that turnout in Sunday's election was 61 percent.")], []),
    ('agentless-after-count', [('A', '2025-10-12', "VALDORA (A) - The commission said the Union Party won 140 seats in Sunday's election. Turnout was put at 63 percent."), ('B', '2025-10-13', "VALDORA (B) - Observers said on Monday that turnout in Sunday's election was 48 percent.")], ['contradiction']),
    ('agentless-crowd', [('A', '2025-05-10', 'RELL (A) - Police said 12 people were arrested at the march in Rell on Saturday. The crowd was estimated at 5,000.'), ('B', '2025-05-10', 'RELL (B) - Organisers said 40,000 people took part in the march in Rell on Saturday.')], ['contradiction']),
    # a percentage is rounded to its last written digit: "38 percent" agrees with "38.2 percent", not with "38.6 percent"
    ('percent-rounding-1', [('Nation Daily', '2025-05-19', "MORAVA (Nation Daily) - The Civic Party won 38.2 percent of the vote in Sunday's election, the commission said."), ('City Wire', '2025-05-19', 'MORAVA (City Wire) - The Civic Party took 38 percent of the vote on Sunday, the election commission said.')], []),
    ('percent-rounding-2', [('W', '2025-06-03', "MORAVA (W) - Turnout in Sunday's election was 58.6 percent, the election commission said. Monitors said turnout was 59 percent.")], []),
    ('percent-rounding-3', [('W', '2025-05-14', 'TESK (W) - Inflation was 3.2 percent in April, the statistics office said. The central bank said inflation was 3 percent in April.')], []),
    ('percent-rounding-still-apart', [('W', '2025-05-14', 'TESK (W) - Inflation was 3.8 percent in April, the statistics office said. The opposition said inflation was 3 percent in April.')], ['contradiction']),
    ('percent-rounding-decimals', [('W', '2025-05-14', 'TESK (W) - Inflation was 3.24 percent in April, the statistics office said. The opposition said inflation was 3.4 percent in April.')], ['contradiction']),
    # the level a movement started from ("rose to 64 percent from 58 percent", "fell from 61 percent to 47 percent") is the level before
    ('movement-start-1', [('Nation Daily', '2025-05-14', 'VELA (Nation Daily) - Turnout rose to 64 percent from 58 percent in the last election, the commission said.'), ('City Wire', '2025-05-14', 'VELA (City Wire) - Turnout was 64 percent, observers said.')], []),
    ('movement-start-2', [('Nation Daily', '2025-05-14', 'VELA (Nation Daily) - Support for the plan fell from 61 percent to 47 percent, the Orla poll found. Turnout climbed from 52 percent to 57 percent, the commission said.'), ('City Wire', '2025-05-14', 'VELA (City Wire) - Observers said turnout was 57 percent.')], []),
    ('movement-start-3', [('W', '2025-05-14', 'VELA (W) - The union said 900 workers had joined the strike, up from 600 on Monday. The company said the number of strikers rose to 700 from 400.')], [('contradiction', ('700', '900'))]),
    ('movement-start-still-disputed', [('Nation Daily', '2025-05-14', 'VELA (Nation Daily) - Turnout was 64 percent, up from 58 percent in the last election, the commission said.'), ('City Wire', '2025-05-14', 'VELA (City Wire) - Observers said turnout was 49 percent.')], ['contradiction']),
    # "the target was", "the goal was", "its aim is" before a figure make it a target, never compared
    ('target-was-1', [('W', '2025-11-04', "ARVEN (W) - The government's target was a deficit of 2.5 percent of GDP this year. The fiscal council said the deficit would be 3.4 percent of GDP this year.")], []),
    ('target-was-2', [('W', '2025-11-04', "ARVEN (W) - The union's goal was a raise of 9 percent this year, its leader said. The company said it had offered a raise of 4 percent this year.")], []),
    ('target-was-3', [('W', '2025-11-04', "ARVEN (W) - The union's target is a raise of 12 percent over two years, its leader said. The hospital said it had offered nurses a raise of 6 percent over two years.")], []),
    ('target-was-4', [('W', '2025-11-04', 'ARVEN (W) - Organisers said their aim was 100,000 marchers in Arven on Saturday. Police said 30,000 people marched in Arven on Saturday.')], []),
    # two forecasters' outlooks for an economy's rate, balance or flow differ by design: never a conflict
    ('forecasters-fc-a', [('W', '2025-01-15', 'TAVRIA (W) - The central bank forecasts inflation of 2.4 percent in December. Economists at Dorn Bank forecast inflation of 3.1 percent in December.')], []),
    ('forecasters-fc-b', [('W', '2025-01-15', 'TAVRIA (W) - The ministry forecasts unemployment of 5.5 percent in the fourth quarter. The OECD projects unemployment of 6.2 percent in the fourth quarter.')], []),
    ('forecasters-fc-c', [('W', '2025-01-15', 'TAVRIA (W) - The government expects growth of 2.1 percent in 2025. The IMF expects growth of 1.2 percent in 2025.')], []),
    ('forecasters-fc-d', [('W', '2025-06-14', 'VELA (W) - The ministry expects exports of 2.1 million barrels a day in July. A shipping tracker expects exports of 1.6 million barrels a day in July.')], []),
    ('forecasters-1', [('W', '2025-01-15', "TAVRIA (W) - The IMF expects Tavria's economy to grow 1.2 percent this year. The central bank forecasts growth of 1.8 percent this year.")], []),
    ('forecasters-2', [('W', '2025-01-15', 'TAVRIA (W) - The central bank projected inflation of 2.4 percent this year, Governor Lena Vos said. Economists at Dorn Bank expect inflation to average 3.1 percent this year.')], []),
    ('forecasters-3', [('W', '2025-01-15', 'TAVRIA (W) - The finance ministry said unemployment would fall to 5.5 percent this year. The OECD forecast that unemployment would be 6.2 percent this year.')], []),
    ('forecasters-4', [('W', '2025-01-15', 'TAVRIA (W) - The ministry expects the deficit to reach 3.1 percent of GDP this year. The fiscal council expects a deficit of 3.9 percent of GDP this year.')], []),
    ('forecasters-5', [('W', '2025-01-15', 'TAVRIA (W) - The company expects to cut 2,000 jobs this year. The union expects 5,000 job cuts this year.')], []),
    ('forecast-vs-outcome', [('W', '2026-01-20', 'TAVRIA (W) - The economy grew 0.9 percent last year, the statistics office said. The central bank had forecast growth of 1.5 percent.')], []),
    ('analysts-expected', [('W', '2025-08-01', 'TAVRIA (W) - Inflation was 3.1 percent in July, the statistics office said. Economists polled by Market Line had expected 2.9 percent.')], []),
    ('flow-forecasters-1', [('W', '2025-06-14', 'VELA (W) - The energy ministry expects output of 1.5 million barrels a day in July. Analysts at Petra Research forecast output of 1.1 million barrels a day in July.')], []),
    ('flow-forecasters-2', [('W', '2025-06-14', 'VELA (W) - The ministry expects the country to pump 900,000 barrels a day in the third quarter. The oil company expects production of 650,000 barrels a day in the third quarter.')], []),
    ('flow-forecasters-3', [('W', '2025-06-14', 'VELA (W) - Exports are expected to reach 2.1 million barrels a day in July, the ministry said. A shipping tracker projects exports of 1.6 million barrels a day in July.')], []),
    ('flow-forecast-same-speaker', [('W', '2025-06-14', 'VELA (W) - The ministry said output was 900,000 barrels a day in June. Analysts at Petra Research said output was 600,000 barrels a day in June.')], ['contradiction']),
    # a count of turnout at a march is its crowd ("Police put the turnout at 18,000"), unless its sentence counts strikers or voters
    ('crowd-turnout-1', [('W', '2025-04-12', 'SELNA (W) - Thousands marched in Selna on Saturday. According to organisers, 60,000 people joined the march. Police put the turnout at 18,000.')], ['contradiction']),
    ('crowd-turnout-2', [('A', '2025-04-12', 'SELNA (A) - Organisers said 45,000 people joined the march in Selna on Saturday against the media law.'), ('B', '2025-04-12', 'SELNA (B) - Police said about 12,000 people turned out for the march in Selna on Saturday.')], ['contradiction']),
    ('crowd-turnout-3', [('W', '2025-04-12', 'SELNA (W) - Organisers said 30,000 people took part in the protest in Selna on Sunday. City officials put turnout at 8,000.')], ['contradiction']),
    ('crowd-turnout-strikers', [('W', '2025-04-12', 'SELNA (W) - Organisers said 30,000 people marched in Selna on Sunday. The union said turnout in the strike was 4,000 workers, as dockers walked out.')], []),
    ('crowd-turnout-percent', [('W', '2025-04-12', "SELNA (W) - Organisers said 30,000 people marched in Selna on Sunday. Turnout in last year's vote was 58 percent.")], []),
    # organisers against police, in other wordings
    ('crowd-wording-1', [('W', '2025-04-12', 'SELNA (W) - Tens of thousands marched in Selna on Saturday. Police estimated the crowd at 18,000, while organisers claimed 60,000 took part.')], ['contradiction']),
    ('crowd-wording-3', [('W', '2025-04-12', 'SELNA (W) - The interior ministry counted 18,000 demonstrators in Selna on Saturday. The unions said more than 100,000 people had marched.')], ['contradiction']),
    ('crowd-wording-5', [('W', '2025-04-12', 'SELNA (W) - Organisers said some 60,000 people rallied in Selna on Saturday; a police estimate put the number at 18,000.')], ['contradiction']),
    ('crowd-wording-6', [('A', '2025-04-12', 'SELNA (A) - About 18,000 people marched in Selna on Saturday against pension cuts, police said.'), ('B', '2025-04-12', 'SELNA (B) - Organisers said 60,000 people marched in Selna on Saturday against pension cuts.')], ['contradiction']),
    ('crowd-wording-7', [('A', '2025-04-12', 'SELNA (A) - Police said 18,000 protesters gathered in Selna on Saturday.'), ('B', '2025-04-12', 'SELNA (B) - The CGT union said 60,000 demonstrators took to the streets of Selna on Saturday.')], ['contradiction']),
    # a sum right after a verb of raising funds is the money its holder raised: compared for one holder and one stated period
    ('raised-1', [('A', '2025-07-16', 'The campaign of Senate candidate Amy Rusk said on Tuesday that she raised 3.2 million dollars in the second quarter.'), ('B', '2025-07-16', 'Amy Rusk raised only 1.9 million dollars in the second quarter, according to her filing with the election commission, rival campaign aides said on Tuesday.')], ['contradiction']),
    ('raised-2', [('A', '2025-04-16', 'Mayor Lena Ortiz raised 4.1 million dollars in the first quarter, her campaign said on Tuesday.'), ('B', '2025-04-16', 'A watchdog group, Open Ledger, said Lena Ortiz raised 2.6 million dollars in the first quarter, once transfers were left out.')], ['contradiction']),
    ('raised-3', [('A', '2025-10-15', 'Governor Rita Olen raised $5.5 million in the third quarter, her campaign said.'), ('B', '2025-10-15', 'Rita Olen raised $3.9 million in the third quarter, state filings show.')], ['contradiction']),
    ('raised-two-candidates', [('A', '2025-10-15', 'Governor Rita Olen raised $5.5 million in the third quarter, her campaign said. Marco Diaz raised $2.1 million in the third quarter, his campaign said.')], []),
    ('raised-two-quarters', [('A', '2025-10-15', 'Rita Olen raised $5.5 million in the third quarter, her campaign said.'), ('B', '2025-10-15', 'Rita Olen raised $3.9 million in the second quarter, state filings show.')], []),
    ('raised-no-period', [('A', '2025-10-15', 'Rita Olen raised $5.5 million in the third quarter, her campaign said.'), ('B', '2025-10-15', 'Rita Olen has raised $14 million since launching her campaign, state filings show.')], []),
    ('raised-no-holder', [('A', '2025-10-15', 'The campaign said it raised $5.5 million in the third quarter. A watchdog said $3.9 million was raised in the third quarter.')], []),
    ('raised-tax', [('A', '2025-10-15', 'The mayor said the levy would raise $14 million a year. The council said the levy would raise $9 million a year.')], []),
    ('raised-on-hand', [('A', '2025-10-15', 'Rita Olen raised $5.5 million in the third quarter, her campaign said. She had $9.2 million on hand at the end of September, her filing showed.')], []),
    # a sum or rate of a period named relative to the story's ("In the previous quarter", "a month earlier") is not matched
    # with one of a period named outright; a pronoun's figure is its speaker's only when the pronoun can be that speaker
    ('relative-period-1', [('W', '2024-11-14', 'Ruiz raised $12.4 million in the third quarter, her campaign said on Friday. In the previous quarter, Ruiz raised $7 million.')], []),
    ('relative-period-2', [('W', '2025-08-01', "BRESK (W) - Norland's economy grew 0.9 percent in the second quarter, the statistics office said. The economy grew 0.4 percent in the prior quarter, the central bank said.")], []),
    ('relative-period-3', [('W', '2025-06-03', 'VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The union said unemployment had been 6.8 percent a month earlier.')], []),
    ('relative-period-other-figure', [('W', '2025-06-03', 'VELA (W) - Unemployment fell to 6.2 percent in May, down from 6.9 percent a year earlier, the ministry said. The union said unemployment was 8 percent in May.')], ['contradiction']),
    ('pronoun-holder-head', [('W', '2024-11-14', 'Pike raised $8.1 million in the third quarter, filings show. A super PAC backing Pike said it had raised $20 million in the third quarter.')], []),
    # a gathering that draws a figure ("the march drew 60,000 people", "attracted") counts its crowd
    ('gathering-drew-1', [('A', '2025-04-12', 'SELNA (A) - A march in Selna on Saturday drew 60,000 people, organisers said.'), ('B', '2025-04-12', 'SELNA (B) - Police said 18,000 people marched in Selna on Saturday.')], ['contradiction']),
    ('gathering-drew-2', [('A', '2025-04-12', 'SELNA (A) - The demonstration in Selna attracted about 5,000 people on Saturday, police said.'), ('B', '2025-04-12', 'SELNA (B) - Organisers said 20,000 people joined the rally in Selna on Saturday.')], ['contradiction']),
    ('gathering-drew-3', [('A', '2025-04-12', 'SELNA (A) - Organisers said the vigil in Selna drew 12,000 people on Sunday.'), ('B', '2025-04-12', 'SELNA (B) - The city said 3,000 people took part in the vigil in Selna on Sunday.')], ['contradiction']),
    ('drew-no-gathering', [('A', '2025-04-12', 'SELNA (A) - The match in Selna drew 60,000 fans on Saturday, the club said.'), ('B', '2025-04-12', 'SELNA (B) - Police said 18,000 people marched in Selna on Saturday.')], []),
    # "percent of GDP" names no place: two countries' budget articles never meet on it
    ('gdp-is-no-place-1', [('Ledger', '2025-11-04', 'ARVEN (Ledger) - Finance Minister Karl Ostby said the budget deficit would be 3.1 percent of GDP this year.'), ('Market Line', '2025-11-05', "TESK (Market Line) - Belmora's finance ministry said the budget deficit would be 5.4 percent of GDP this year.")], []),
    ('gdp-is-no-place-2', [('Ledger', '2025-11-04', 'Finance Minister Karl Ostby said the budget deficit would be 3.1 percent of GDP this year. Public debt is 64 percent of GDP.'), ('Market Line', '2025-11-05', 'The finance ministry of Belmora said the budget deficit would be 5.4 percent of GDP this year. Debt stands at 102 percent of GDP.')], []),
    ('gdp-is-no-place-3', [('Ledger', '2025-11-04', 'The deficit of Norland will reach 2.8 percent of GDP this year, its treasury said.'), ('Market Line', '2025-11-04', 'Spending in Varnia will reach 48 percent of GDP this year, and the deficit 4.6 percent of GDP, its fiscal council said.')], []),
    ('gdp-is-no-place-two-countries-1', [('Ledger', '2025-11-04', "Norway's budget deficit will be 3 percent of GDP this year, the finance ministry said. Unemployment was 4.1 percent in October, the statistics office said."), ('Market Line', '2025-11-05', "Sweden's public debt is 33 percent of GDP, the debt office said. Unemployment was 8.9 percent in October, the statistics office said.")], []),
    ('gdp-is-no-place-two-countries-2', [('Ledger', '2025-11-04', 'Spending in Poland will reach 45 percent of GDP next year, the finance ministry said. Inflation was 4.9 percent in October, the statistics office said.'), ('Market Line', '2025-11-05', "Hungary's deficit will be 4.8 percent of GDP this year, the government said. Inflation was 3.0 percent in October, the statistics office said.")], []),
    ('gdp-is-no-place-two-countries-3', [('Ledger', '2025-11-04', "Greece's debt fell to 150 percent of GDP, the finance ministry said. The economy grew 2.1 percent in the third quarter, the statistics office said."), ('Market Line', '2025-11-05', "Portugal's debt fell to 95 percent of GDP, the finance ministry said. The economy grew 1.4 percent in the third quarter, the statistics office said.")], []),
    # a count under way ("Turnout was 38 percent at 4 p.m.", "provisional results", "with 40 percent of ballots counted") below the
    # result is that count, not a dispute; above it, it still disputes it
    ('partial-1', [('Nation Daily', '2025-11-09', 'BRASK (Nation Daily) - Turnout was 38 percent at 4 p.m., the election commission said on Sunday.'), ('City Wire', '2025-11-10', "BRASK (City Wire) - Final turnout in Sunday's election was 61 percent, the election commission said on Monday.")], []),
    ('partial-2', [('Nation Daily', '2025-11-09', 'BRASK (Nation Daily) - Turnout stood at 27 percent by noon on Sunday, the election commission said.'), ('City Wire', '2025-11-10', "BRASK (City Wire) - Observers said turnout in Sunday's election was 55 percent.")], []),
    ('partial-3', [('Nation Daily', '2025-11-09', "BRASK (Nation Daily) - Provisional results put turnout in Sunday's election at 52 percent, the commission said."), ('City Wire', '2025-11-10', "BRASK (City Wire) - Observers said turnout in Sunday's election was 60 percent.")], []),
    ('partial-both-final-disputed', [('Nation Daily', '2025-11-10', "BRASK (Nation Daily) - Turnout in Sunday's election was 61 percent, the election commission said on Monday."), ('City Wire', '2025-11-10', "BRASK (City Wire) - Observers said turnout in Sunday's election was 44 percent.")], ['contradiction']),
    ('partial-above-final', [('Nation Daily', '2025-11-09', 'BRASK (Nation Daily) - Turnout was 70 percent at 4 p.m., the election commission said on Sunday.'), ('City Wire', '2025-11-10', "BRASK (City Wire) - Final turnout in Sunday's election was 61 percent, the election commission said on Monday.")], ['contradiction']),
    # a rate of a kind of area ("in rural areas", "in mining towns", "in the north"), a region's or a sector's is a part's
    ('rate-area-1', [('W', '2025-06-03', 'VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The union said unemployment in the north was 12 percent in May.')], []),
    ('rate-area-2', [('W', '2025-06-03', 'VELA (W) - Inflation was 3.1 percent in May, the statistics office said. In the capital, inflation was 4.5 percent in May, the city said.')], []),
    ('rate-area-3', [('W', '2025-06-03', 'VELA (W) - Turnout was 58 percent, the commission said. Turnout in rural areas was 49 percent, observers said.')], []),
    ('rate-area-4', [('W', '2025-06-03', 'VELA (W) - Unemployment was 6.2 percent in May, the ministry said. Regional unemployment was 9 percent in May, the union said.')], []),
    ('rate-sector-1', [('W', '2025-06-03', 'VELA (W) - The economy grew 1.1 percent in the first quarter, the statistics office said. Manufacturing grew 3.2 percent in the first quarter, an industry group said.')], []),
    ('rate-sector-2', [('W', '2025-06-03', 'VELA (W) - Inflation was 3.1 percent in May, the statistics office said. Services inflation was 4.4 percent in May, the central bank said.')], []),
    ('rate-sector-3', [('W', '2025-06-03', "VELA (W) - Exports rose 4 percent in May, the customs office said. Car exports fell 2 percent in May, the carmakers' association said.")], []),
    ('rate-area-5', [('W', '2025-06-03', 'VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The union said unemployment in mining towns was 15 percent in May.')], []),
    ('rate-area-6', [('W', '2025-06-03', 'VELA (W) - Turnout was 58 percent, the commission said. Observers said turnout in border districts was 41 percent.')], []),
    # seasonally unadjusted, harmonised and broader measures of a rate are other measures
    ('rate-measure-adjusted-1', [('W', '2025-06-03', 'VELA (W) - Unemployment was 6.2 percent in May, the ministry said. The unadjusted unemployment rate was 7.1 percent in May, the statistics office said.')], []),
    ('rate-measure-adjusted-2', [('W', '2025-05-14', 'TESK (W) - Inflation was 3.2 percent in April, the statistics office said. Harmonised inflation, the measure the central bank targets, was 3.6 percent in April, Eurostat said.')], []),
    ('rate-measure-adjusted-3', [('W', '2025-06-03', 'VELA (W) - Unemployment was 6.2 percent in May, the ministry said. A broader unemployment rate, which counts part-time workers who want more hours, was 9.8 percent in May, the union said.')], []),
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
        voices = {claim.speaker.name if claim.speaker is not None else claim.outlet or claim.source for claim in conflict.claims}
        assert len(voices) >= 2  # a conflict between sources names both (an outlet's own voice is one)


@pytest.mark.parametrize("case_id,posts,kinds", RULES, ids=_ids(RULES))
def test_article_rules(case_id, posts, kinds):
    """Each conflict's kind, or (kind, the quotes of its figures, sorted) where which figures disagree matters."""
    conflicts = _check(posts).conflicts
    assert len(conflicts) == len(kinds)
    for conflict, expected in zip(conflicts, kinds):
        got = conflict.kind if isinstance(expected, str) else (conflict.kind, tuple(sorted(x.quantity.text for x in conflict.claims)))
        assert got == expected


EXPLAINED = [
    # a sum raised reads "N raised"
    ([('A', '2025-10-15', "Governor Rita Olen raised $5.5 million in the third quarter, her campaign said."), ('B', '2025-10-15', "Rita Olen raised $3.9 million in the third quarter, state filings show.")],
     ['$5.5 million raised', '$3.9 million raised']),
    # a plural description of an organisation's people speaks in the plural, in lower case: "economists at Dorn Bank say"
    ([('W', '2025-05-14', "TESK (W) - Inflation was 3.2 percent in April, the statistics office said. Economists at Dorn Bank said inflation was 2.6 percent in April.")],
     ['economists at Dorn Bank say 2.6 percent']),
    ([('W', '2025-05-14', "TESK (W) - Unemployment was 6.1 percent in April, the ministry said. Researchers at Kell University said unemployment was 8 percent in April.")],
     ['researchers at Kell University say 8 percent']),
    ([('W', '2025-05-14', "TESK (W) - The economy grew 1.1 percent in the first quarter, the statistics office said. Economists at the Ferm Institute said the economy grew 0.4 percent in the first quarter.")],
     ['economists at the Ferm Institute say 0.4 percent']),
]


@pytest.mark.parametrize("posts,phrases", EXPLAINED)
def test_explanations_speak_for_described_groups(posts, phrases):
    """The first conflict's explanation names a described group as a plural subject."""
    explanation = _check(posts).conflicts[0].explanation
    for phrase in phrases:
        assert phrase in explanation


SPEAKERS = [
    # "added" before a figure opened by "only", "just", "more than" is an increase, not a cue: the figure is the outer speaker's
    ("Lintel Data said on Friday that employers in Castria added only 12,000 jobs in March.", "12,000", "Lintel"),
    ("The bank said that factories in Norland added just 3,000 jobs last month.", "3,000", "bank"),
    ("Analysts at Dorn Bank said builders in Tesk added more than 9,000 jobs in May.", "more than 9,000", "Analysts at Dorn Bank"),
    # ... while "added that" still reports
    ("The minister said the plan was sound, and added that 300 jobs would be saved.", "300", "minister"),
    ("The mayor added only that 40 buses would run on Sunday.", "40", "mayor"),
]


@pytest.mark.parametrize("sentence,figure,speaker", SPEAKERS)
def test_speaker_of_added_figures(sentence, figure, speaker):
    claims = [c for c in _check([('W', '2025-06-03', sentence)]).claims if c.quantity.text == figure]
    assert [c.speaker.name if c.speaker else None for c in claims] == [speaker]


UPDATES = [
    # the same speaker's later figure given as a revision ("..., revising its earlier estimate", "an upward revision") is an
    # update of its first figure, not a dispute; another speaker's "revision" is not the first speaker's
    ([('Ledger', '2025-07-30', "BRESK (Ledger) - Norland's economy grew 1.1 percent in the second quarter, the statistics office said on Wednesday."), ('Ledger', '2025-08-28', "BRESK (Ledger) - The statistics office said on Thursday that Norland's economy grew 1.4 percent in the second quarter, revising its earlier estimate.")], []),
    ([('Ledger', '2025-05-14', 'TESK (Ledger) - Inflation in Castria was 3.2 percent in April, the Castria Statistics Office said on Wednesday.'), ('Market Line', '2025-05-28', 'TESK (Market Line) - Inflation in Castria was 3.5 percent in April, the Castria Statistics Office said on Wednesday, an upward revision.')], []),
    ([('Capital Wire', '2025-06-06', 'VELA (Capital Wire) - Unemployment in Marvia was 6.2 percent in May, the Marvia Labour Ministry said on Friday.'), ('Capital Wire', '2025-07-04', 'VELA (Capital Wire) - The Marvia Labour Ministry said on Friday that unemployment in Marvia was 5.8 percent in May, a revision of its first figure.')], []),
    ([('Ledger', '2025-07-30', "BRESK (Ledger) - Norland's economy grew 1.1 percent in the second quarter, the statistics office said on Wednesday."), ('Euro Desk', '2025-08-28', "BRESK (Euro Desk) - The Ferm Institute said on Thursday that Norland's economy grew 0.4 percent in the second quarter, a sharp revision.")], ['contradiction']),
    ([('Ledger', '2025-05-14', 'TESK (Ledger) - Inflation in Castria was 3.2 percent in April, the Castria Statistics Office said on Wednesday.'), ('Market Line', '2025-05-14', 'TESK (Market Line) - Inflation in Castria was 3.8 percent in April, the Castria Statistics Office said on Wednesday.')], ['contradiction']),
]


@pytest.mark.parametrize("posts,expected", UPDATES)
def test_revisions_by_the_same_speaker(posts, expected):
    """(posts, the kinds of conflicts); a row with no conflict must list the revision as an update."""
    report = _check(posts)
    assert [c.kind for c in report.conflicts] == expected
    if not expected:
        assert [u.kind for u in report.updates] == ["update"]
