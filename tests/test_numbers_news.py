"""Figures as news writes them: fractions of a scale word, hyphenated halves and quarters,
and hostile input.  Sentences are written for these tests (fictional names and places)."""
from __future__ import annotations

import pytest

from claimdiff import quantities


def _only(sentence):
    found = quantities(sentence)
    assert len(found) == 1, found
    return found[0]


# (sentence, surface, value): a fraction of a scale word is one figure
FRACTIONS_OF_SCALE = [
    ("A quarter of a million pilgrims reached Vessa.", "A quarter of a million", 250_000),
    ("Nearly a third of a billion dollars went to the Orlan dam.", "Nearly a third of a billion dollars", 1e9 / 3),
    ("Officials counted a fifth of a million ballots by noon.", "a fifth of a million", 200_000),
    ("A quarter-million residents of Tavel lost power.", "A quarter-million", 250_000),
    ("The Kessa port handled a half-million containers.", "a half-million", 500_000),
    ("A half-dozen ferries were stranded off Marl.", "A half-dozen", 6),
    ("More than a half-dozen villages near Ostra flooded.", "More than a half-dozen", 6),
]

# forms read before, kept beside the new ones
ALREADY_READ = [
    ("A quarter million fans filled the Dorin stadium.", "A quarter million", 250_000),
    ("Rescuers pulled a half dozen miners from the shaft.", "a half dozen", 6),
    ("Half a million people left Ostra.", "Half a million", 500_000),
]


@pytest.mark.parametrize("sentence, surface, value", FRACTIONS_OF_SCALE + ALREADY_READ)
def test_fraction_of_a_scale_word(sentence, surface, value):
    q = _only(sentence)
    assert q.text == surface
    assert q.value == pytest.approx(value)
    assert q.unit in (None, "USD")


# (sentence, surface, value): a fraction of something else stays a share
SHARES = [
    ("A quarter of the Vessa council resigned.", "A quarter", 0.25),
    ("A third of voters in Tavel stayed home.", "A third", 1 / 3),
    ("Two-thirds of the Orlan harbour froze.", "Two-thirds", 2 / 3),
]


@pytest.mark.parametrize("sentence, surface, value", SHARES)
def test_fraction_of_a_whole_stays_a_share(sentence, surface, value):
    q = _only(sentence)
    assert q.text == surface
    assert q.value == pytest.approx(value)


# sentences with no figure: a hyphen before a word that is no scale word
NO_FIGURE = [
    "The half-time show in Dorin was cancelled.",
    "A half-hour delay hit the Marl line.",
    "The quarter-final in Kessa drew a crowd.",
]


@pytest.mark.parametrize("sentence", NO_FIGURE)
def test_hyphenated_fraction_words_that_are_no_figure(sentence):
    assert quantities(sentence) == []


HOSTILE = [
    "9" * 5000,
    "at least " * 20000,
    "(" * 3000 + "5 people" + ")" * 3000,
    "[" * 2000 + "{" * 2000 + "$3 million" + "}" * 2000 + "]" * 2000,
    "Some 40\u200b000 people\u200d marched\ufeff in \u0422avel, 12 \u043a\u043c away.",
    "\u0662\u0663 people; ٣٤ homes; 5\u00a0000 acres; ５０ cars",
    "one " * 10000 + "hundred",
    "-" * 5000 + "3" + "%" * 5000,
    "1," * 5000 + "000",
    "half " * 5000 + "a million",
    "\x00\x01\x02 7 \ud800 km",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_does_not_crash(text):
    found = quantities(text)
    for q in found:
        assert text[q.span[0]:q.span[1]] == q.text


# (sentence, surface): "a score of" before a noun is about twenty
SCORE_OF = [
    ("A score of villages near Vessa were flooded.", "A score"),
    ("The Tavel carrier bought a score of Orlan jets.", "a score"),
    ("Rescuers freed a score of miners at Kessa.", "a score"),
]
# a score that is a result, not a count
SCORE_NOT_A_COUNT = [
    ("Ana Dorin got a score of 85 on the Marl test.", "85"),
    ("The Ostra derby ended with a score of 3-1.", None),
    ("The final score of the Vessa match was close.", None),
]


@pytest.mark.parametrize("sentence, surface", SCORE_OF)
def test_a_score_of(sentence, surface):
    q = _only(sentence)
    assert (q.text, q.kind, q.low, q.high) == (surface, "approximate", 18, 22)


@pytest.mark.parametrize("sentence, surface", SCORE_NOT_A_COUNT)
def test_a_score_that_is_no_count(sentence, surface):
    assert not [q for q in quantities(sentence) if q.text.lower().startswith("a score")]
    if surface:
        assert [q.text for q in quantities(sentence)] == [surface]


# (sentence, surface, value): a measure word joined by a hyphen before the digits ("magnitude-7.1")
MAGNITUDE = [
    ("A magnitude-7.1 quake shook Vessa.", "7.1", 7.1),
    ("The magnitude-6 earthquake near Tavel cut power.", "6", 6),
    ("Orlan felt a magnitude-5.4 tremor at dawn.", "5.4", 5.4),
]


@pytest.mark.parametrize("sentence, surface, value", MAGNITUDE)
def test_magnitude_joined_by_hyphen(sentence, surface, value):
    q = _only(sentence)
    assert (q.text, q.value) == (surface, value)


# number words before "-something(s)" are an age group, not a figure; a model name glued by a hyphen stays none
NOT_FIGURES = [
    "Twenty-somethings in Kessa marched on the square.",
    "A thirty-something banker from Marl was fined.",
    "The Dorin army fired an S-200 missile.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_hyphenated_words_that_make_no_figure(sentence):
    assert quantities(sentence) == []


# (sentence, first surface, unit): "X and Y <unit>": two figures, the first takes the unit written once
SHARED_UNIT = [
    ("The Vessa clinic gave 45 and 50 mg doses.", "45", "milligram"),
    ("Rates of 2.5 and 3 per cent apply in Tavel.", "2.5", "percent"),
    ("The Orlan villages lie 5 and 10 km from the dam.", "5", "kilometre"),
]
# a range after "between", currencies written before each figure, counts without a unit
NOT_SHARED_UNIT = [
    ("Between 5 and 10 km of the Kessa road flooded.", ["Between 5 and 10 km"]),
    ("Marl paid $3 and $4 million for its mills.", ["$3", "$4 million"]),
    ("Dorin rebels killed 3 and wounded 4 people.", ["3", "4"]),
]


@pytest.mark.parametrize("sentence, surface, unit", SHARED_UNIT)
def test_unit_written_once_after_two_figures(sentence, surface, unit):
    found = quantities(sentence)
    assert len(found) == 2
    assert (found[0].text, found[0].unit, found[0].kind) == (surface, unit, "exact")
    assert found[1].unit == unit


@pytest.mark.parametrize("sentence, surfaces", NOT_SHARED_UNIT)
def test_no_unit_shared(sentence, surfaces):
    found = quantities(sentence)
    assert [q.text for q in found] == surfaces
    if len(found) == 2 and found[1].unit is None:
        assert found[0].unit is None
