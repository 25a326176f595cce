"""Quantity identity: a conflict means the same quantity of the same event from two voices.

Each row is one short report of our own; ``kinds`` is the conflict kinds check() must report.
"""
import pytest

import claimdiff

DATE = "2025-03-14"

SAME_QUANTITY_TWO_VOICES = [
    ("crowd-organisers-against-police",
     "Organisers said 40,000 protesters joined the march in Tarlow. Police said 9,000 protesters took part in the march in Tarlow.",
     ["contradiction"]),
    ("crowd-counted-at-the-rally",
     "Organisers counted 40,000 at the rally in Tarlow. Police estimated the crowd at 9,000.",
     ["contradiction"]),
    ("toll-two-offices",
     "The fire brigade said 12 people were killed in the blaze in Omsvik. The mayor said 31 people were killed in the blaze.",
     ["contradiction"]),
    ("passive-falls-two-voices",
     "The union said 900 jobs were cut at the Arden plant. The company said 300 jobs were cut at the Arden plant.",
     ["contradiction"]),
    ("arrests-two-voices",
     "Police said they arrested 18 people after the match in Hallby. Fans' groups said 60 people were arrested after the match.",
     ["contradiction"]),
]

DIFFERENT_QUANTITIES = [
    ("threshold-against-holding",
     "With 38 delegates at stake, the senator leads with 221 delegates, his campaign said. Rivals said 1,237 delegates are needed.",
     []),
    ("holders-differ",
     "Ortiz won 48 seats, the commission said. Lind won 30 seats, the commission said in a later statement.",
     []),
    ("target-against-result",
     "The council set a goal of 5,000 new homes, the mayor said. Builders said they completed 3,100 homes.",
     []),
    ("hypothetical-against-count",
     "If the river rises again, 4,000 people could be evacuated, officials said. Police said 600 people were evacuated on Friday.",
     []),
    ("two-polls",
     "A poll by the Ledger found 46 percent support the plan. A survey for the union put support at 39 percent.",
     []),
    ("one-voice-breakdown-in-one-sentence",
     "The airline said there were 56 passengers and 10 crew members on board.",
     []),
    ("one-voice-two-non-toll-figures",
     "The company said it employs 1,400 workers in Arden. The company said 400 workers will stay in the Arden office.",
     []),
    ("modifiers-differ",
     "The cabin has 11 single seats, the inspectors said. The owner said he fitted 12 sleeper seats.",
     []),
    ("another-month-is-another-period",
     "The blast in Korvin killed at least 80 people on Thursday, officials said. In January, bombers killed 32 people in Korvin, the agency said.",
     []),
    ("rank-is-not-a-count",
     "Turnout was high in the first 12 primaries, the analysts said. The secretary of state said more than 1.5 million voters turned out.",
     []),
    ("change-against-level",
     "The mayor said the city lost 3,000 jobs in the crisis. Unions said 12,000 jobs remain at the port.",
     []),
    ("fall-against-rise",
     "The governor said the state had lost 350,000 jobs. The governor's rival said it was now up 400,000 jobs.",
     []),
    ("passive-rise-against-passive-fall",
     "The minister said 200,000 jobs had been created this year. The opposition said 80,000 jobs had been lost this year.",
     []),
    ("passive-fall-against-level",
     "The union said 900 jobs were cut at the Arden plant. The company said 2,400 jobs remain at the Arden plant.",
     []),
    ("other-group-beside",
     "Police said six protesters were arrested in the lobby. About 60 other protesters left the hotel, police said.",
     []),
    ("rounded-figure-holds-the-precise-one",
     "The party said its candidate won 13 million votes. The commission said the candidate won 13.3 million votes.",
     []),
    ("same-holder-two-voices",
     "The commission said President Lind won 48 percent of the vote. Observers said Lind won 31 percent of the vote.",
     ["contradiction"]),
    ("one-place-alone-is-a-part",
     "The agency said at least 38 people were killed in the quake in Kathmar. Officials in the village of Pemba said 17 people had died there alone.",
     []),
    ("one-place-alone-exceeding-the-whole",
     "The ministry said 20 people died of the fever nationwide. A doctor in Orsk said 35 people had died in Orsk alone.",
     ["contradiction"]),
    ("money-is-not-a-count-of-jobs",
     "The mayor said the plan would create 1,500 jobs and cut the deficit to 40 million euros. The opposition said 900 jobs would come.",
     ["contradiction"]),
    ("fronted-place-is-a-part",
     "The opposition took 97 seats, the commission said. In the capital, the opposition won 21 of 30 seats, officials there said.",
     []),
    ("people-are-not-homes",
     "The blaze forced 2,500 people from their homes, firefighters said. The mayor said 35 houses had been destroyed.",
     []),
    ("previous-level-is-another-period",
     "The party took 97 seats, up from 80, the commission said. Its leader said the party now holds 97 seats.",
     []),
    ("own-counted-noun-after-a-metric",
     "The leader said the party had gained 17 seats and would talk to two smaller parties. The commission said it gained 4 seats.",
     []),
    ("lower-toll-sets-a-bound-against-a-count",
     "An air raid on a market in Omsk killed 42 people, the monitor said. Local medics reported a lower toll, saying at least 20 people were killed.",
     ["contradiction"]),
    ("disputed-figure-sets-a-bound-against-a-count",
     "The ministry said 9 people died in the fire in Ulm. Activists disputed the figure, saying at least 6 were killed.",
     ["contradiction"]),
    ("a-bound-alone-agrees-with-a-higher-count",
     "The ministry said 9 people died in the fire in Ulm. Activists said at least 6 were killed.",
     []),
    ("nobody-is-no-count-of-things",
     "Clinton won 223 votes in the caucus, officials said. Under state law, no one may solicit a vote near a polling place.",
     []),
    ("pronoun-one-is-not-a-count",
     "The candidate told 2,000 supporters at the rally in Ulm that he was the first one to warn. Police said 800 supporters attended the rally in Ulm.",
     ["contradiction"]),
]


@pytest.mark.parametrize("case_id,text,kinds", SAME_QUANTITY_TWO_VOICES + DIFFERENT_QUANTITIES,
                         ids=[c[0] for c in SAME_QUANTITY_TWO_VOICES + DIFFERENT_QUANTITIES])
def test_identity_decides_what_is_compared(case_id, text, kinds):
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published=DATE)])
    assert [c.kind for c in report.conflicts] == kinds
    for conflict in report.conflicts:
        assert "one" not in [c.quote.lower() for c in conflict.claims]


def test_identity_is_in_the_schema():
    report = claimdiff.check([claimdiff.Source("Overall, the senator leads with 221 delegates. With 38 delegates at stake, the race goes on.",
                                               name="Wire", published=DATE)])
    identities = [c["identity"] for c in report.to_dict()["claims"]]
    assert {"what", "counted", "named", "holder", "where", "when", "modality", "modifiers"} <= set(identities[0])
    assert identities[0]["holder"] == "senator" or identities[0]["holder"] is None
    assert [i["modality"] for i in identities] == ["count", "threshold"]


@pytest.mark.parametrize("text,modality", [
    ("The plan aims to build 900 homes.", "target"),
    ("Officials said 1,237 votes are needed to pass.", "threshold"),
    ("About 300 homes could flood if the dam breaks.", "hypothetical"),
    ("The damage could reach $4 billion, insurers said.", "projection"),
    ("A poll found 52 percent backed the mayor.", "poll"),
    ("Police said 12 people were injured.", "count"),
])
def test_modality_from_the_clause(text, modality):
    claims = claimdiff.extract(text, published=DATE)
    assert claims and claims[0].identity.modality == modality


@pytest.mark.parametrize("text", [
    "The mayor said the plan would create 1,500 jobs and cut the deficit to 40 million euros.",
    "Officials said 300 homes were lost and the deficit grew to 12 million dollars.",
])
def test_money_beside_a_count_takes_a_money_metric(text):
    claims = claimdiff.extract(text, published=DATE)
    assert claims[-1].metric == "deficit" and claims[0].metric != "deficit"


@pytest.mark.parametrize("text,holders", [
    ("Overall, Trump leads with 221 delegates, while Sanders picked up two delegates.", ["Trump", "Sanders"]),
    ("The mayor lost to Governor Okafor, who got nearly 2 million votes.", ["Governor Okafor"]),
    ("Acme Corp has 4,000 workers in the region.", ["Acme Corp"]),
    ("Police said 12 people were injured.", [None]),
    ("The ruling party holds 212 seats.", ["ruling party"]),
    ("The company now has 4,000 workers.", ["company"]),
    ("Police said the blast killed 12.", [None]),
])
def test_holder_of_a_figure(text, holders):
    claims = claimdiff.extract(text, published=DATE)
    assert [c.identity.holder for c in claims] == holders


@pytest.mark.parametrize("text", [
    "A wildfire that broke out on Friday near Aldera has burned 8,000 hectares, the fire service said on Sunday.",
    "The explosion happened on Tuesday at the port, police said on Wednesday.",
    "The quake struck on Monday, killing 12 people, officials said on Thursday.",
])
def test_the_day_a_cue_carries_is_not_the_events_date(text):
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2025-08-07")])
    assert len(report.date_claims) == 1 and report.conflicts == ()


@pytest.mark.parametrize("text", [
    "A Ledger survey found 51 percent back the mayor.",
    "The latest Marlow poll showed 44 percent backing the plan.",
    "Figures from the Pollster average put the senator at 47 percent.",
])
def test_a_polls_figures_are_poll_results(text):
    claims = claimdiff.extract(text, published=DATE)
    assert claims and all(c.identity.modality == "poll" for c in claims if c.quantity.dimension == "percent")


def test_the_month_may_is_no_modal():
    claims = claimdiff.extract("Acme reported losses of $6 billion on May 7, the company said.", published=DATE)
    assert [c.identity.modality for c in claims] == ["count"]


@pytest.mark.parametrize("text", [
    "A third of the homes were destroyed, officials said.",
    "Two-thirds of voters backed the plan, the poll found.",
    "Three quarters of the staff joined the strike, the union said.",
])
def test_a_fraction_is_found_but_is_no_claim(text):
    assert any(q.unit == "fraction" for q in claimdiff.quantities(text))
    assert all(c.quantity.unit != "fraction" for c in claimdiff.extract(text, published=DATE))


# ------------------------------------------------------------------ the counted noun and its modifiers
COUNTED_NOUNS = [
    ("hyphenated-modifier", "The plant will keep 400 white-collar jobs in Arden.", "400", "jobs", ("white-collar",)),
    ("participle-modifier", "Rescuers found 40 abandoned tents near the pass.", "40", "tents", ("abandoned",)),
    ("ing-modifier", "The storm sank 30 fishing boats off the coast.", "30", "boats", ("fishing",)),
    ("hyphenated-participle", "Regulators approved 12 coal-burning power plants.", "12", "plants", ("coal-burning", "power")),
    # a run of words that goes on past the plural noun into its verb ends at the noun
    ("run-past-the-noun", "Police said 9,000 protesters took part in the march.", "9,000", "protesters", ()),
    ("run-past-irregular-plural", "Organisers said 3,000 people joined in.", "3,000", "people", ()),
    # a participle after the figure that is the verb of its clause is no modifier
    ("participle-verb", "Police said 12 injured in the blast were taken to hospital.", "12", None, ()),
    ("participle-then-preposition", "Officials said 40 wounded in the attack had been flown out.", "40", None, ()),
]


@pytest.mark.parametrize("case_id,text,figure,counted,modifiers", COUNTED_NOUNS, ids=[c[0] for c in COUNTED_NOUNS])
def test_the_counted_noun_and_its_modifiers(case_id, text, figure, counted, modifiers):
    claim = next(c for c in claimdiff.extract(text, published=DATE) if c.quantity.text == figure)
    assert (claim.identity.counted, claim.identity.modifiers) == (counted, modifiers)


# ------------------------------------------------------------------ the holder of a figure after a short object
HOLDERS = [
    ("object-then-at", "Jeb Hale received the most votes at 26 percent.", "26 percent", "Jeb Hale"),
    ("object-then-with", "Ortiz won the race with 52 percent of the vote.", "52 percent", "Ortiz"),
    ("verb-then-with", "Lind leads with 35 percent.", "35 percent", "Lind"),
    # no holder verb before the object: no holder
    ("no-holder-verb", "Police arrived at dawn with 40 officers.", "40", None),
    ("capitalised-object", "Voters in Ohio backed the Green Party at 12 percent.", "12 percent", None),
]


@pytest.mark.parametrize("case_id,text,figure,holder", HOLDERS, ids=[c[0] for c in HOLDERS])
def test_the_holder_before_an_object(case_id, text, figure, holder):
    claim = next(c for c in claimdiff.extract(text, published=DATE) if c.quantity.text == figure)
    assert claim.identity.holder == holder


# ------------------------------------------------------------------ an elliptical second figure keeps the first one's modality
ELLIPSES = [
    ("threshold-and-hedge", "The party will need at least 60 million votes to win - and almost certainly north of 65 million.",
     "65 million", "threshold"),
    ("target-or-perhaps", "The city set a goal of 5,000 homes, or perhaps as many as 6,000.", "as many as 6,000", "target"),
    ("projection-and-possibly", "The toll could reach 300 by Friday, and possibly more than 400, officials said.", "more than 400",
     "projection"),
    # a second figure with its own verb is its own claim
    ("own-verb-after", "The city set a goal of 5,000 homes, and 3,000 were built.", "3,000", "count"),
    ("plain-count-after-target", "The goal was 5,000 homes; builders finished 3,100 homes.", "3,100", "count"),
]


@pytest.mark.parametrize("case_id,text,figure,modality", ELLIPSES, ids=[c[0] for c in ELLIPSES])
def test_an_elliptical_figure_keeps_the_modality(case_id, text, figure, modality):
    claim = next(c for c in claimdiff.extract(text, published=DATE) if c.quantity.text == figure)
    assert claim.identity.modality == modality


# A raising verb with its infinitive ("were later found to have been injured") stands between a figure and the
# verb that says what it counts; it does not use up the words read after the figure.
@pytest.mark.parametrize("text,metric", [
    ("Eleven climbers were later found to have been injured in the avalanche, rescuers said.", "injured"),
    ("Twenty-two workers at the mill are now believed to have been killed in the blast, officials said.", "killed"),
    ("Seven passengers on the ferry were reported to have been hurt, the coast guard said.", "injured"),
    ("Forty residents of the quarter are still feared to be missing after the flood, the mayor said.", "missing"),
    # negatives: no raising verb, or a figure the chain does not reach
    ("Eleven climbers were found on the ridge by rescuers, who said the weather had cleared.", "climbers"),
    ("Twenty-two workers at the mill said they had been told to leave, officials said.", "workers"),
])
def test_a_raising_verb_does_not_hide_the_metric(text, metric):
    claims = claimdiff.extract(text, published=DATE)
    assert claims[0].metric == metric


# A metric word after another figure in the words that follow belongs to that figure when the words before
# name a metric of their own ("the death toll rose to 5,434, with 31,777 people injured").
@pytest.mark.parametrize("text,metrics", [
    ("The agency said the death toll had risen to 5,434, with 31,777 people injured.", ["killed", "injured"]),
    ("Officials said the number of dead reached 212 with 900 people hurt.", ["killed", "injured"]),
    ("The toll climbed to 41, with 17 others missing, the governor said.", ["killed", "missing"]),
    # negatives: no metric before, so the word after still names the figure's own count
    ("That is double the official estimate of 950,000, which includes 50,000 people who fled abroad.", ["displaced", "displaced"]),
    ("Rescuers said 12 people were hurt and 3 killed.", ["injured", "killed"]),
])
def test_a_metric_after_another_figure_is_that_figures(text, metrics):
    assert [c.metric for c in claimdiff.extract(text, published=DATE)] == metrics


# A common noun of an area after "in the/his ..." makes the figure one for a part of the story's ground.
@pytest.mark.parametrize("text,qualifier", [
    ("The mayor said 8 people had been killed in the city.", "in the city"),
    ("The governor said 49 people had died in his province alone.", "in his province"),
    ("The ministry said 812 people were killed in government-held areas.", "in government-held areas"),
    ("Rescuers said 1,020 had died in the rebel-held northwest.", "in the rebel-held northwest"),
    ("Officials said 30 homes were flooded in the village.", "in the village"),
])
def test_a_generic_area_is_a_part(text, qualifier):
    assert qualifier in claimdiff.extract(text, published=DATE)[0].qualifiers


@pytest.mark.parametrize("text", [
    "The mayor said 8 people had been killed in the city of Orsk.",  # the name is read instead
    "The mayor said 8 people had been killed in the crash.",
    "The mayor said the city had lost 8 people.",
])
def test_no_generic_area(text):
    assert not any(q.startswith("in the city") or q == "in the crash" for q in claimdiff.extract(text, published=DATE)[0].qualifiers)


# A figure after "in"/"across" that counts places counts the places, whatever metric the clause before names.
@pytest.mark.parametrize("text,metrics", [
    ("Her teams had counted 30 dead in two villages downstream.", ["killed", "villages"]),
    ("The storm killed 12 people in three villages.", ["killed", "villages"]),
    ("Police said 40 were hurt in 3 districts.", ["injured", "districts"]),
    ("The blast killed 12 miners, officials said.", ["killed"]),
])
def test_a_count_of_places_is_no_toll(text, metrics):
    assert [c.metric for c in claimdiff.extract(text, published=DATE)] == metrics
