"""Field reports, second set: whole wire stories of our own (fictional places, people and firms).

Each story is read as a reporter would: which conflicts are reported (kind, metric, figures), who gave the figures
that matter, and what a figure counts.  A mine collapse with the operator against the emergency service, a
derailment over two posts of one outlet, an outbreak with the ministry against the WHO, frontline claims of two
sides, plant job cuts with the union's wider count, a heatwave with a city's part of the national toll.  Every
sentence here is written for this file.  Known failures are ``xfail(strict=True)``.
"""
import pytest

import claimdiff


MINE = (
    'TORVIK, May 9 (Northwire) - Rescuers pulled 7 miners alive from a collapsed coal mine near Torvik on Wednesday, '
    'but 12 others remained trapped underground, the mine operator Kell Mining said.\n\n'
    'The regional emergencies department gave a different account. It said 15 miners were still missing and that '
    'two had died in hospital.\n\n'
    '"We are drilling a second shaft and hope to reach them within 36 hours," rescue chief Lena Voss told reporters at the site.\n\n'
    'The mine, which employs some 900 people, was shut for three weeks in 2021 after a gas leak.\n'
)
TRAIN1 = (
    'BRESCA, Sept 14 - A passenger train derailed near the town of Olmi on Thursday evening, killing at least 6 people, '
    'the national railway company said.\n\n'
    'The company said the train was carrying 240 passengers from Bresca to the coast when five carriages left the track.\n\n'
    'Local hospital director Mara Toth said 38 injured people had been admitted, 9 of them in a serious condition.\n'
)
TRAIN2 = (
    'The death toll from Thursday\'s derailment near Olmi has risen to 11, the transport ministry said on Friday.\n\n'
    'Transport Minister Ilya Brandt told parliament that 52 people had been injured and that investigators were '
    'examining the signalling system.\n\n'
    'The ministry said about 250 people had been on board.\n'
)
OUTBREAK = (
    'NAMORA, Jan 20 - A cholera outbreak in the northern province of Keto has killed 47 people since December, '
    'the health ministry said on Friday.\n\n'
    'The World Health Organization, citing local health workers, said at least 80 deaths had been recorded and more than '
    '3,000 suspected cases reported.\n\n'
    'Health Minister Joyce Adeya said the ministry had recorded 2,150 cases and that 14 treatment centres had been opened. '
    '"The numbers are falling," she said.\n\n'
    'The last large outbreak, in 2017, killed about 200 people.\n'
)
SHELLING = (
    'LUDA, April 3 - Shelling killed four civilians and wounded 11 in the frontline town of Marn on Monday, the regional '
    'governor said.\n\n'
    'The army said its forces had destroyed 12 enemy tanks and 3 artillery systems near Marn over the past 24 hours. '
    'The claim could not be independently verified.\n\n'
    'The separatist authorities said two tanks had been lost and accused the army of shelling a school.\n'
)
LAYOFF = (
    'MERIDAN, Oct 2 - Carro Motors will cut 1,200 jobs at its plant in Meridan by the end of next year, the carmaker said '
    'on Monday, as it moves production of its small cars abroad.\n\n'
    'The metalworkers\' union said the cuts would affect as many as 2,000 workers once suppliers were counted.\n\n'
    'The plant, which opened in 1987, employs about 4,500 people and built 180,000 cars last year, down from 240,000 in 2019.\n\n'
    'Shares in Carro rose 3.2 percent.\n'
)
HEAT = (
    'SANTA LENA, July 21 - A heatwave has killed at least 23 people across the country this week, most of them elderly, '
    'the civil protection agency said on Friday.\n\n'
    'Temperatures reached 44.5 degrees Celsius (112 Fahrenheit) in the city of Arvo on Thursday, a record for July, '
    'the weather service said.\n\n'
    'In Arvo alone, the city council said 9 people had died. The agency said 3 more deaths were being investigated.\n'
)

FLOOD = (
    'KARVAN, Aug 30 - Floods in the eastern lowlands have displaced more than 120,000 people, the United Nations '
    'refugee agency said on Wednesday, while the government put the number at 85,000.\n\n'
    'Disaster Management Minister Sami Oktay said 64 people had died since the rains began on Aug. 21 and 23 were missing. '
    'He said 1,400 homes had been destroyed.\n\n'
    'The Red Crescent said it had distributed 9,000 food parcels and set up 40 shelters.\n'
)
RAID = (
    'TAMBA, June 12 - The army said on Monday it had killed 35 insurgents in an air raid on a camp in the Wadi Ressa '
    'district, a figure the group disputed.\n\n'
    'A spokesman for the insurgents said only 6 fighters had died and that 11 civilians, including 4 children, had been '
    'killed in the strike.\n\n'
    'Local elders told Tamba Radio that 14 bodies had been buried on Monday.\n'
)
ELECTION = (
    'VESNA, May 15 - President Oren Dask won 52.4 percent of the vote in Sunday\'s election, the electoral commission '
    'said on Monday, with 98 percent of ballots counted.\n\n'
    'His challenger, Mila Horvat, took 44.1 percent, the commission said. Turnout was 61 percent, down from 67 percent '
    'in 2018.\n\n'
    'Horvat\'s campaign said its own count gave Dask 49.2 percent, short of the 50 percent needed to avoid a runoff, '
    'and said it would challenge the result in court.\n'
)
BANK = (
    'LIRANO, March 22 - The central bank raised its main interest rate by half a percentage point to 4.75 percent on '
    'Thursday, its third increase this year, as inflation stayed near 7 percent.\n\n'
    'Governor Ada Ferreira said prices rose 6.8 percent in February from a year earlier, down from 7.4 percent in '
    'January, and that the bank expected inflation to fall to 4 percent by the end of the year.\n\n'
    'Economists polled by Lirano Business Daily had expected a rise of a quarter point.\n'
)
CROWD = (
    'Police said about 12,000 people took part in Sunday\'s march in Orvieto against the pension reform.\n\n'
    'The CGL union said 90,000 had marched, and that 230 buses had brought protesters from other cities.\n\n'
    'Three people were detained, police said.\n'
)
CROWD2 = (
    'Sunday\'s pension march in Orvieto drew 15,000 people, the prefecture said on Monday, revising its earlier estimate.\n\n'
    'The union stood by its figure of 90,000.\n'
)
TELEGRAM = (
    'Governor Pavel Kern: 3 people were injured in the shelling of Rivne-Sud this morning. All are in hospital.\n\n'
    'Update: the number of injured has risen to 5. One of them is in a serious condition.\n'
)
TELEGRAM2 = (
    'Governor Pavel Kern: sadly, one of the wounded has died in hospital. 4 people remain in hospital.\n'
)


XFAIL = pytest.mark.xfail(strict=True)

STORIES = {
    "mine": [("Northwire", "2023-05-10", MINE)],
    "train": [("Wire", "2023-09-14", TRAIN1), ("Wire", "2023-09-15", TRAIN2)],
    "outbreak": [("Wire", "2023-01-20", OUTBREAK)],
    "shelling": [("Wire", "2023-04-03", SHELLING)],
    "layoff": [("Wire", "2023-10-02", LAYOFF)],
    "heat": [("Wire", "2023-07-21", HEAT)],
    "flood": [("Wire", "2023-08-30", FLOOD)],
    "raid": [("Wire", "2023-06-12", RAID)],
    "election": [("Wire", "2023-05-15", ELECTION)],
    "bank": [("Wire", "2023-03-22", BANK)],
    "crowd": [("Orvieto Post", "2023-05-07", CROWD), ("Agency", "2023-05-08", CROWD2)],
    "posts": [("Kern channel", "2023-05-07T09:00", TELEGRAM), ("Kern channel", "2023-05-07T15:00", TELEGRAM2)],
}


def _report(story):
    return claimdiff.check([claimdiff.Source(text, name=name, published=published) for name, published, text in STORIES[story]])


def _claim(report, quote, source="s1"):
    found = [c for c in report.claims if c.source == source and c.quote == quote]
    assert found, f"no claim {quote!r} in {source}: {[c.quote for c in report.claims if c.source == source]}"
    return found[0]


@pytest.mark.parametrize("story,conflicts", [
    # the operator's "12 trapped" and the department's "15 missing" are not one count read the same way
    ("mine", []),
    # 6 then 11 killed a day later is an update; "about 250" aboard fits 240
    ("train", []),
    # the ministry's 47 deaths "since December" against the WHO's "at least 80": one outbreak, one toll
    ("outbreak", [("contradiction", "killed", [47.0, 80.0])]),
    # tanks destroyed by one side and tanks lost by the other are not one quantity
    ("shelling", []),
    # the carmaker's 1,200 jobs against the union's workers counted with suppliers; output of two years
    ("layoff", []),
    # a city's part of the national toll; deaths still being investigated
    ("heat", []),
    # the refugee agency against the government on the displaced
    ("flood", [("contradiction", "displaced", [85000.0, 120000.0])]),
    # the rate, its rise, inflation now, a month before and the bank's forecast are all different quantities
    ("bank", []),
    # police, union and the prefecture's revised figure on one march; 230 buses are no crowd
    ("crowd", [("contradiction", "protesters", [10800.0, 15000.0, 90000.0])]),  # "about 12,000": 10,800 to 13,200
    # a rising count of injured in one channel's posts, then a death among them
    ("posts", []),
    # the army's 35 insurgents killed against the group's "only 6 fighters": the counted nouns differ
    pytest.param("raid", [("contradiction", "killed", [6.0, 35.0])], id="raid-insurgents-or-fighters", marks=XFAIL),
    # "its own count gave Dask 49.2 percent" against the commission's 52.4 percent for Dask
    pytest.param("election", [("contradiction", "vote share", [49.2, 52.4])], id="election-campaign-count", marks=XFAIL),
])
def test_conflicts_of_a_field_report(story, conflicts):
    report = _report(story)
    assert [(c.kind, c.metric, sorted(claim.quantity.low for claim in c.claims)) for c in report.conflicts] == conflicts


def test_a_rising_toll_over_two_posts_is_an_update():
    report = _report("train")
    # the injured admitted on the first evening, then the minister's count the next day ("at least 6" dead fits 11)
    assert [(u.kind, u.first.quote, u.second.quote) for u in report.updates] == [("update", "38", "52")]


def test_the_outbreak_toll_since_a_recent_month_is_the_story_s_own():
    report = _report("outbreak")
    lede, who = _claim(report, "47"), _claim(report, "at least 80")
    assert lede.event.id == who.event.id
    assert _claim(report, "about 200").event.id != lede.event.id  # "The last large outbreak, in 2017"


@pytest.mark.parametrize("story,quote,speaker", [
    ("mine", "7", "Kell Mining"),
    ("train", "38", "Mara Toth"),
    ("train", "at least 6", "national railway company"),
    ("outbreak", "47", "health ministry"),
    ("outbreak", "2,150", "Joyce Adeya"),
    ("shelling", "four", "regional governor"),
    ("shelling", "12", "army"),
    ("shelling", "two", "separatist authorities"),
    ("heat", "9", "city council"),
    ("heat", "at least 23", "civil protection agency"),
    ("layoff", "3.2 percent", None),
    # "It said" after a sentence whose subject is the department: the department, not the operator named before
    ("crowd", "15,000", "prefecture"),
    ("flood", "85,000", "government"),
    # a post that opens with its author's name and a colon ("Governor Pavel Kern: 3 people were injured")
    pytest.param("posts", "3", "Pavel Kern", id="name-colon-post"),
    pytest.param("mine", "15", "regional emergencies department", id="it-after-a-described-organisation"),
    # "Carro Motors will cut 1,200 jobs ..., the carmaker said": the description names the firm of its sentence
    pytest.param("layoff", "1,200", "Carro Motors", id="the-carmaker-of-its-sentence"),
])
def test_speakers_of_a_field_report(story, quote, speaker):
    claim = _claim(_report(story), quote, "s2" if (story, quote) == ("crowd", "15,000") else "s1")
    assert (claim.speaker.name if claim.speaker else None) == speaker


@pytest.mark.parametrize("story,quote,metric", [
    ("outbreak", "14", "centres"),  # "2,150 cases and that 14 treatment centres had been opened"
    ("outbreak", "2,150", "infected"),
    ("layoff", "as many as 2,000", "workers"),  # "as many as 2,000 workers once suppliers were counted"
    ("train", "11", "killed"),
    ("train", "about 250", "aboard"),
    ("mine", "15", "missing"),
    ("crowd", "230", "buses"),  # "230 buses had brought protesters"
    ("posts", "one", "killed"),  # "one of the wounded has died in hospital"
    ("election", "61 percent", "turnout"),
    # "64 people had died since the rains began on Aug. 21 and 23 were missing": 23 is a count, not a second day
    ("flood", "23", "missing"),
])
def test_what_a_figure_counts(story, quote, metric):
    second = (story == "train" and quote in ("11", "about 250")) or (story == "posts" and quote == "one")
    assert _claim(_report(story), quote, "s2" if second else "s1").metric == metric


def test_temperature_in_two_scales_is_one_figure():
    report = _report("heat")
    temperature = [c for c in report.claims if c.metric == "temperature"]
    assert [c.quote for c in temperature] == ["44.5 degrees Celsius (112 Fahrenheit)"]


# what a figure counts, in wordings of our own on other topics: a metric word after another figure belongs to that
# figure when this one has a noun and a verb of its own; a contrast with a verb of its own continues no count
@pytest.mark.parametrize("sentence,expected", [
    ("Officials said 40 people were arrested and that 14 police stations had been attacked.", [("40", "arrested"), ("14", "stations")]),
    ("The agency said 300 homes were flooded and 12 bridges had collapsed.", [("300", "buildings"), ("12", "bridges")]),
    ("Inspectors counted 55 infections and said 9 clinics would close.", [("55", "infected"), ("9", "clinics")]),
    # the metric before both figures governs both; an elided count keeps it
    ("The raid killed 5 soldiers and 3 civilians.", [("5", "killed"), ("3", "killed")]),
    ("Police arrested 40 people on Friday, and 12 others on Saturday.", [("40", "arrested"), ("12", "arrested")]),
    ("Seven were rescued on Monday, but only 3 on Tuesday.", [("Seven", "rescued"), ("3", "rescued")]),
    # a subordinate clause ends the counted noun
    ("The fund said the rules would cover as many as 900 farmers once cooperatives were counted.", [("as many as 900", "farmers")]),
    ("Organisers said 30 schools where pupils sat exams stayed shut.", [("30", "schools")]),
])
def test_metric_of_a_figure_after_another(sentence, expected):
    report = claimdiff.check([claimdiff.Source(sentence, name="Wire", published="2023-05-02")])
    assert [(c.quote, c.metric) for c in report.claims] == expected


@pytest.mark.parametrize("sentence", [
    "Rescuers freed 7 miners, but 12 others remained trapped underground.",
    "Medics saved 20 patients, while 6 others were still waiting for beds.",
    "Crews evacuated 400 residents on Sunday, but 90 others refused to leave.",
])
def test_a_contrast_with_its_own_verb_continues_no_count(sentence):
    report = claimdiff.check([claimdiff.Source(sentence, name="Wire", published="2023-05-02")])
    first = report.claims[0]
    assert all(c.metric != first.metric for c in report.claims[1:])


def test_a_figure_compared_with_a_dated_one_keeps_the_story_s_event():
    # "Turnout was 61 percent, down from 67 percent in 2018": 2018 dates the figure compared with, not the sentence
    report = _report("election")
    assert _claim(report, "61 percent").event.id == _claim(report, "52.4 percent").event.id


@pytest.mark.parametrize("sentence,expected", [
    ("Sunday's march drew 15,000 people, the prefecture said.", [("15,000", "protesters")]),
    ("The rally drew 4,000 supporters.", [("4,000", "protesters")]),
    ("Saturday's vigil attracted a crowd of about 300.", [("about 300", "protesters")]),
    ("The exhibition drew 15,000 visitors.", [("15,000", "visitors")]),  # no gathering
    ("Two of the injured later died in hospital.", [("Two", "killed")]),
    ("Three of the missing were found alive on Tuesday.", [("Three", "rescued")]),
    ("40 trucks carried refugees across the border.", [("40", "trucks")]),
    ("Organisers said 60 coaches had brought demonstrators to the capital.", [("60", "coaches")]),
    ("Officials said 30 protesters were injured.", [("30", "injured")]),
    ("The 3,000 refugees were moved to a camp.", [("3,000", "displaced")]),
])
def test_what_a_crowd_figure_counts(sentence, expected):
    report = claimdiff.check([claimdiff.Source(sentence, name="Wire", published="2023-05-02")])
    assert [(c.quote, c.metric) for c in report.claims] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a metric word that ends a name in capitals names no metric
    ("Budget Director Alan Price told lawmakers the plan closes a $1.6 billion gap.", [("$1.6 billion", "currency")]),
    ("Sen. Tom Price said the bill would cost $3 billion.", [("$3 billion", "cost")]),
    ("Members of Good Jobs Nation said 40 of them marched.", [("40", "protesters")]),
    # ... but a common noun, or a title-case headline, still does
    ("The price of bread rose to $4 in May.", [("$4", "price")]),
    ("Death Toll Rises To 40 In Floods", [("40", "killed")]),
    # a sum's own noun after it names what it measures
    ("The governor signed a $48 billion budget on Tuesday.", [("$48 billion", "budget")]),
    ("The firm agreed to a $7 million settlement with regulators.", [("$7 million", "settlement")]),
    ("Workers want a $15 minimum wage.", [("$15", "wage")]),
])
def test_names_and_nouns_of_sums(sentence, expected):
    report = claimdiff.check([claimdiff.Source(sentence, name="Wire", published="2023-05-02")])
    assert [(c.quote, c.metric) for c in report.claims] == expected


@pytest.mark.parametrize("text,days,figures", [
    # a number after "and" and a day is a count when a verb or counted noun of a new clause follows it
    ("He said 64 people had died since the rains began on Aug. 21 and 23 were missing.", ["Aug. 21"], ["64", "23"]),
    ("Clashes broke out on May 4 and 5 people were hurt.", ["May 4"], ["5"]),
    ("The strike began on March 3 and 12 schools remained shut.", ["March 3"], ["12"]),
    # ... else both are days
    ("The talks were held on Aug. 21 and 23.", ["Aug. 21 and 23"], []),
    ("Voting takes place on June 4 and 5, the commission said.", ["June 4 and 5"], []),
    ("July 27-28 were the hottest days.", ["July 27-28"], []),
    ("The talks on June 4 and 5 ended without a deal.", ["June 4 and 5"], []),
    ("Rallies are planned for Oct. 7 and 8 respectively.", ["Oct. 7 and 8"], []),
])
def test_a_count_after_a_day(text, days, figures):
    assert [d.text for d in claimdiff.dates(text, published="2023-08-30")] == days
    assert [q.text for q in claimdiff.quantities(text)] == figures


@pytest.mark.parametrize("sentence,quote,speaker", [
    # a named owner's figure noun with its figure after "of": the owner gave it
    ("The agency's count of 212 dead was disputed by local officials.", "212", "agency"),
    ("The ministry's official tally of 48 deaths did not include the missing.", "48", "ministry"),
    ("Gov. Lena Ruiz's estimate of 3,000 jobs drew criticism from economists.", "3,000", "Lena Ruiz"),
    ("The union's figure of 90,000 marchers was not accepted by the prefecture.", "90,000", "union"),
    # ... not an outcome ("total"), and not a pronoun the speakers seen so far cannot settle
    ("Obama's total of 332 electoral votes was the largest since 1996.", "332", None),
    ("Police estimated the crowd at 12,000. The union stood by its figure of 90,000.", "90,000", None),
])
def test_an_owner_s_figure_of_n(sentence, quote, speaker):
    report = claimdiff.check([claimdiff.Source(sentence, name="Wire", published="2023-05-02")])
    claim = next(c for c in report.claims if c.quote == quote)
    assert (claim.speaker.name if claim.speaker else None) == speaker
