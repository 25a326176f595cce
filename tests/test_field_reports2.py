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


XFAIL = pytest.mark.xfail(strict=True)

STORIES = {
    "mine": [("Northwire", "2023-05-10", MINE)],
    "train": [("Wire", "2023-09-14", TRAIN1), ("Wire", "2023-09-15", TRAIN2)],
    "outbreak": [("Wire", "2023-01-20", OUTBREAK)],
    "shelling": [("Wire", "2023-04-03", SHELLING)],
    "layoff": [("Wire", "2023-10-02", LAYOFF)],
    "heat": [("Wire", "2023-07-21", HEAT)],
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
    pytest.param("mine", "15", "regional emergencies department", id="it-after-a-described-organisation", marks=XFAIL),
    # "Carro Motors will cut 1,200 jobs ..., the carmaker said": the description names the firm of its sentence
    pytest.param("layoff", "1,200", "Carro Motors", id="the-carmaker-of-its-sentence", marks=XFAIL),
])
def test_speakers_of_a_field_report(story, quote, speaker, source="s1"):
    claim = _claim(_report(story), quote, source)
    assert (claim.speaker.name if claim.speaker else None) == speaker


@pytest.mark.parametrize("story,quote,metric", [
    ("outbreak", "14", "centres"),  # "2,150 cases and that 14 treatment centres had been opened"
    ("outbreak", "2,150", "infected"),
    ("layoff", "as many as 2,000", "workers"),  # "as many as 2,000 workers once suppliers were counted"
    ("train", "11", "killed"),
    ("train", "about 250", "aboard"),
    ("mine", "15", "missing"),
])
def test_what_a_figure_counts(story, quote, metric):
    assert _claim(_report(story), quote, "s2" if story == "train" and quote in ("11", "about 250") else "s1").metric == metric


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
