"""Whole reports of our own, in several genres: clean ones raise no conflict; the others raise exactly theirs.

Each report is a short article as a wire or a paper would run it, with many figures from several voices.
"""
import pytest

import claimdiff

S = claimdiff.Source

CLEAN = {
"election": S("""VALDORA, May 12 (Wire) - The ruling Unity Party won 148 of the 300 seats in Sunday's parliamentary election, the electoral commission said on Monday, short of the 151 needed for a majority.

Turnout was 61.4 percent, down from 66 percent in 2021, the commission said. The opposition Civic Front took 97 seats, up from 80, and smaller parties shared the remaining 55.

Party leader Marta Ilic told supporters the party had won "more than 4 million votes". Civic Front leader Tomas Berg said his party had gained 17 seats and would talk to two smaller parties about a coalition.

In the capital, the Civic Front won 21 of 30 seats, officials there said.""", name="Wire", published="2025-05-12"),
"economy": S("""Inflation in Norland fell to 3.2 percent in October from 3.9 percent in September, the statistics office said on Tuesday, the lowest rate in two years.

Food prices rose 5.1 percent from a year earlier, while energy prices fell 2.4 percent. Economists polled by the Ledger had expected inflation of 3.4 percent.

The central bank, which targets inflation of 2 percent, left its key rate at 4.5 percent last week. Governor Ana Sousa said rates could fall to 3.75 percent by the end of next year if inflation keeps easing.

Unemployment stood at 5.6 percent in the third quarter, with 212,000 people out of work.""", name="Daily", published="2025-11-11"),
"war": S("""The army said its air defences shot down 18 of the 24 drones launched overnight at the eastern region of Hollin, and that two missiles hit an energy facility near Varta.

Regional governor Pavel Kos said three people were injured in Varta and 40 homes were damaged. Power was cut to about 12,000 households, the energy company said.

In a separate attack on the port of Selm, one person was killed, local officials said. The enemy has launched more than 1,300 drones this month, the defence ministry said.""", name="Wire", published="2025-09-20"),
"business": S("""Carvex Motors said on Thursday it would cut 2,300 jobs, or about 7 percent of its workforce of 33,000, as sales in Europe fell 11 percent in the first half.

The company reported a net loss of 420 million euros for the half-year, against a profit of 150 million a year earlier. Revenue fell to 9.8 billion euros.

Chief executive Lena Marsh said the plan would save 600 million euros a year by 2027. Unions said they would fight the cuts, which include closing two of the company's 14 plants.""", name="Biz", published="2025-07-24"),
"fire": S("""A wildfire that broke out on Friday near the town of Aldera has burned more than 8,000 hectares and forced 2,500 people from their homes, the regional fire service said on Sunday.

About 600 firefighters, backed by 12 aircraft, were battling the blaze. Two firefighters were treated for smoke inhalation, the service said.

The mayor of Aldera said 35 houses had been destroyed. Last summer, fires in the region burned 20,000 hectares.""", name="Wire", published="2025-08-03"),
}


MIXED = {
"quake": S("""KATHMAR, March 4 (Wire) - A magnitude 6.4 earthquake struck the mountain district of Kathmar early on Tuesday, killing at least 38 people and injuring more than 200, the national disaster agency said.

The agency's spokesman, Ravi Desai, told reporters that rescue teams had reached 12 of the 15 villages in the district. "We expect the number to rise as we reach the remote areas," he said.

Local officials in the village of Pemba said 17 people had died there alone.

The Red Cross said on Tuesday evening that 54 people were confirmed dead and about 300 injured, and that 1,200 homes had been destroyed.

Last year, a quake of magnitude 5.9 killed 9 people in the same region.""", name="Wire", published="2025-03-04"),
"strike": S("""Unions said about 80 percent of teachers joined Monday's strike across the country, closing 4,500 schools. The education ministry put participation at 35 percent and said only 900 schools were shut.

The unions are demanding a 10 percent pay rise; the government has offered 3 percent. A survey by the Ledger found 61 percent of parents backed the teachers.""", name="Daily", published="2025-10-06"),
"budget": S("""The city council approved a budget of 2.1 billion euros on Thursday, up 4 percent from last year. The mayor said the plan would create 1,500 jobs and cut the deficit to 40 million euros by 2027.

The opposition said the true deficit was closer to 90 million euros. Spending on housing rises to 310 million euros, while transport gets 280 million.""", name="City Post", published="2025-12-11"),
"shooting": S("""Police said three people were killed and eight wounded when a gunman opened fire at a shopping centre in Lindau on Saturday. A hospital spokeswoman said four of the wounded were in critical condition.

The city's mayor later said two people had died, not three, and that nine were hurt. The gunman, a 34-year-old man, was arrested at the scene, police said.""", name="Wire", published="2025-06-14"),
"migrants": S("""At least 41 migrants drowned when their boat capsized off the coast of Kessa on Wednesday, the coast guard said. The boat had been carrying about 70 people; 29 were rescued.

The UN refugee agency said more than 1,100 migrants have died on the route so far this year. Survivors told aid workers that as many as 15 children were among the dead.""", name="Wire", published="2025-08-07"),
}


#: The conflicts each mixed report must raise: (kind, metric) in report order.
EXPECTED = {
    "quake": [],
    "strike": [],
    "budget": [],
    "shooting": [("contradiction", "killed"), ("contradiction", "injured")],
    "migrants": [],
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_a_clean_report_raises_no_conflict(name):
    report = claimdiff.check([CLEAN[name]])
    assert report.claims and report.conflicts == ()


@pytest.mark.parametrize("name", sorted(MIXED))
def test_a_report_raises_its_conflicts_and_no_other(name):
    report = claimdiff.check([MIXED[name]])
    assert [(c.kind, c.metric) for c in report.conflicts] == EXPECTED[name]
    for conflict in report.conflicts:
        assert len({c.speaker.entity if c.speaker else None for c in conflict.claims}) >= 2
