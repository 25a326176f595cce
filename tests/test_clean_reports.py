"""Reports of our own with many figures: economy, politics, markets, disasters, war, a crowd.

Each is one text of one outlet.  All but the crowd dispute are clean: every figure there counts something
different (another year, month, place, group, part, target or forecast), and a false conflict in any of them
would cost a reporter's trust.  The sentences are written for this file."""
import pytest

import claimdiff

REPORTS = [
    ('econ1', 'LONDON (Wire) - Britain\'s economy grew 0.3 percent in the third quarter, the Office for National Statistics said on Thursday, slower than the 0.5 percent growth economists had expected. The economy grew 0.6 percent in the second quarter. Unemployment held at 4.2 percent, while wage growth slowed to 5.1 percent from 5.6 percent in the previous three months. The Bank of England, which raised rates 14 times in a row to 5.25 percent, is expected to hold them on Thursday. Finance minister Jane Holt said the figures showed the economy was "turning the corner" and that 200,000 jobs had been created since January. The opposition said 80,000 jobs had been lost in manufacturing alone.',
     []),
    ('econ2', 'Acme Corp said on Tuesday its quarterly profit fell 12 percent to $3.4 billion as sales in China dropped 8 percent. Revenue rose 2 percent to $41 billion. The company said it would cut 1,200 jobs, or about 3 percent of its workforce, and expects full-year sales of $160 billion to $165 billion. Analysts polled by a data firm had expected a profit of $3.6 billion. Acme shares fell 4 percent in early trading. Last year the company cut 2,000 jobs. Its chief executive said the company still employs 40,000 people in the United States.',
     []),
    ('pol1', "The senator won 54 percent of the vote in Tuesday's primary, according to unofficial results, beating his challenger, who took 41 percent. Turnout was about 38 percent, election officials said. In 2018, the senator won with 61 percent. His campaign spent $12 million, more than three times the $3.5 million his rival raised, filings show. A poll last month had shown the race within 5 points. The senator has served 18 years in the chamber, one of 12 members who have served more than three terms.",
     []),
    ('pol2', 'The bill, which passed 218 to 214, would cut taxes by $1.5 trillion over 10 years, the Congressional Budget Office estimated. Republicans said it would create 400,000 jobs. Democrats said it would add $2 trillion to the deficit. The Senate is expected to vote next week, where the party holds 51 of 100 seats. Last year a similar bill failed by 3 votes. About 60 percent of Americans oppose the plan, a recent survey found, while 35 percent support it.',
     []),
    ('rolling', "Rescuers pulled 12 survivors from the rubble of the collapsed hotel in Marvia on Sunday, the civil defence agency said, as the death toll rose to 48. Earlier in the day, officials had put the toll at 31. Of the dead, 9 were children, the health ministry said. Some 200 people were in the building when it collapsed, the hotel's owner told local television. The mayor said 60 people remained missing. Another building collapsed in the nearby town of Selo, killing 3 people.",
     []),
    ('markets', "Stocks fell on Monday. The Dow dropped 1.2 percent, or about 400 points, while the S&P 500 lost 0.9 percent and the Nasdaq slid 1.5 percent. Oil rose 2 percent to $85 a barrel. The 10-year Treasury yield climbed to 4.6 percent. In Europe, the FTSE 100 fell 0.4 percent and Frankfurt's DAX shed 0.7 percent. Gold was little changed at $1,950 an ounce.",
     []),
    ('e3', 'Inflation in the euro zone eased to 2.4 percent in November from 2.9 percent in October, Eurostat said. Core inflation, which excludes food and energy, fell to 3.6 percent. Economists had expected 2.7 percent. In Germany, prices rose 2.3 percent, while in France they rose 3.8 percent. The European Central Bank, which targets 2 percent, kept its deposit rate at 4 percent.',
     []),
    ('e4', 'The government said it would spend 12 billion euros on new railways over five years. Critics said the plan would cost at least 20 billion euros. The transport minister said 3,000 kilometres of track would be renewed, while the rail union said only 1,800 kilometres were in the budget. The country has about 33,000 kilometres of railway.',
     []),
    ('e5', 'Unemployment rose to 7.1 percent in March, the highest in two years, the statistics agency said. Youth unemployment reached 18 percent. The number of people out of work rose by 45,000 to 1.9 million. Economists polled by the bank had forecast a rate of 6.9 percent. The labour minister said the rate would fall below 6 percent by next year.',
     []),
    ('p3', "Ms. Rivera leads Mr. Stone 48 percent to 44 percent among likely voters, the poll found, within the margin of error of 3.5 percentage points. In September, Mr. Stone led by 2 points. Among independents, Ms. Rivera leads by 9 points. About 12 percent of voters remain undecided. Mr. Stone's campaign said its internal polling showed him ahead by 4 points.",
     []),
    ('p4', 'The president signed an order raising the minimum wage for federal contractors to $15 an hour, up from $10.95. About 390,000 workers will get a raise, the White House said. Business groups said the order would cost 50,000 jobs. The federal minimum wage has been $7.25 since 2009. Twenty states raised their minimum wages in January.',
     []),
    ('d1', 'A 6.1-magnitude earthquake struck off the coast of Peru on Saturday, killing at least 8 people and injuring 75, the national emergency agency said. The quake was felt 400 kilometres away in Lima. Local media reported 12 deaths. The agency said 300 homes were damaged and 40 destroyed. In 2007, a quake in the same region killed 519 people.',
     []),
    ('d2', 'Floods in the north have killed 27 people and forced 10,000 from their homes, the disaster agency said on Monday. Four people are missing. Two of the dead were children. The governor of Alta province said 15 people died in his province alone. On Tuesday the agency raised the toll to 34.',
     []),
    ('polls', "WASHINGTON (Wire) - A new survey by the Harbor Institute shows Senator Ana Ruiz leading Governor Tom Pike 47 percent to 42 percent among likely voters. A separate poll by Lakeside University, released Tuesday, found Pike ahead 45 percent to 44 percent. Ruiz's campaign said its own polling showed her up by 8 points. In the 2020 race, Pike won the state with 52 percent. About 9 percent of voters said they were undecided, the Harbor survey found, compared with 6 percent in the Lakeside poll.",
     []),
    ('money', 'Ruiz raised $12.4 million in the third quarter, her campaign said on Friday, bringing her total to $31 million. Pike raised $8.1 million in the same period, according to filings with the election commission. A super PAC backing Pike said it had raised $20 million. Ruiz has $9 million in cash on hand; Pike has $14 million. In the previous quarter, Ruiz raised $7 million.',
     []),
    ('budget', "The council approved a $2.3 billion budget on Monday, up 4 percent from last year. The police department will receive $410 million, while schools get $780 million. The mayor said the budget would add 300 teachers. Critics said the budget underfunds transit by $50 million. Last year's budget was $2.2 billion. The city has 1.2 million residents.",
     []),
    ('quarter', 'Harbor Bank reported a net profit of $1.1 billion for the second quarter, down from $1.4 billion a year earlier. Revenue fell 3 percent to $6.8 billion. The bank said it set aside $500 million for bad loans. Its chief executive said the bank would cut 2,000 jobs this year, on top of 1,500 cut last year. Analysts had expected a profit of $1.2 billion. Shares fell 2 percent.',
     []),
    ('war', "Ukraine's air force said it shot down 31 of 40 drones launched overnight. Russia's defence ministry said its forces destroyed 12 Ukrainian drones over the Belgorod region. In Kharkiv, two people were killed and 14 injured, the regional governor said. Russia said a Ukrainian strike on Donetsk killed 5 people. Earlier this month, 60 drones were launched in a single night.",
     []),
    ('crowd', "Tens of thousands marched in the capital on Saturday. Organisers said 120,000 people took part, while police put the figure at 35,000. A counter-protest drew about 2,000 people, police said. Last year's march drew 80,000, organisers said.",
     ['contradiction']),
]


@pytest.mark.parametrize("case_id,text,kinds", REPORTS, ids=[row[0] for row in REPORTS])
def test_a_report_with_many_figures(case_id, text, kinds):
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2024-11-14")])
    assert len(report.claims) >= 4
    assert [c.kind for c in report.conflicts] == kinds
