"""The faster and leaner paths give what the plain ones give.  Sentences are our own."""
import dataclasses
import itertools

import pytest

import claimdiff
from claimdiff import compare, pipeline, text

TEXTS = [
    'The council said 40 homes were flooded. "We have never seen water this high," the mayor said.\n\n'
    '"Twelve roads are closed," she added, "and 300 people slept in the school."',
    "Dr. Ines Okafor told reporters that al-Rashid's team had tested 1,250 samples since May; "
    "the lab\u2019s director said \u201conly 3 were positive.\u201d",
    "Ticket sales rose 8% in March, the league said.\n'We sold 2,000 seats,' a spokesman said. "
    "The club's own figure was 2,400.",
]


def _brute_tokens_in(document, start, end, quoted=None):
    return [t for t in document.tokens if start <= t.start and t.end <= end and (quoted is None or t.quoted == quoted)]


@pytest.mark.parametrize("source", TEXTS)
def test_tokens_in_is_every_token_wholly_inside(source):
    document = text.read(source)
    offsets = sorted({0, len(source)} | {t.start for t in document.tokens} | {t.end for t in document.tokens}
                     | {t.start + 1 for t in document.tokens})
    for start, end in itertools.product(offsets[::3], offsets[1::3]):
        for quoted in (None, True, False):
            assert document.tokens_in(start, end, quoted=quoted) == _brute_tokens_in(document, start, end, quoted)


@pytest.mark.parametrize("word, lower, capitalised", [
    ("harbour", "harbour", False), ("Harbour", "harbour", True), ("al-Rashid", "al-rashid", True),
    ("well-known", "well-known", False), ("ibn-Sina's", "ibn-sina's", True),
])
def test_a_token_keeps_its_forms(word, lower, capitalised):
    token = text.make_token(word, 5, 5 + len(word))
    assert (token.lower, token.capitalised, token.shape) == (lower, capitalised, "word")
    with pytest.raises(AttributeError):
        token.start = 0  # type: ignore[misc]


@pytest.mark.parametrize("source, quoted", [
    ('"We lost 300 homes," she said.', ["We lost 300 homes,"]),
    ("\u201cRain fell for nine hours,\u201d he said, \u201cand the river rose.\u201d", ["Rain fell for nine hours,", "and the river rose."]),
    ("The farmers' union said it isn't over; 'not yet,' its chair said.", ["not yet,"]),
    ("No quotation here, only 4 apostrophes' worth.", []),
])
def test_quotations_open_and_close_at_quote_marks(source, quoted):
    document = text.read(source)
    assert [source[slice(*q.span)] for q in document.quotations] == quoted


def test_a_copied_claim_is_what_replace_gives():
    report = claimdiff.check(["Police said 15 people were hurt in the fire. The mayor said 20 people were hurt."])
    claim = report.claims[0]
    fast = pipeline._with(claim, outlet="Harbour Gazette", reported="2024-05-01")
    plain = dataclasses.replace(claim, outlet="Harbour Gazette", reported="2024-05-01")
    assert fast == plain and list(vars(fast)) == list(vars(plain)) and fast.outlet == "Harbour Gazette"
    assert claim.outlet is None
    with pytest.raises(TypeError):
        pipeline._with(claim, colour="red")


SOURCES = [
    ["Officials reported a lower toll, saying at least 12 people died in the quake. Rescuers said 30 people died.",
     "The ministry said an average of 400 people a day fled the town. Aid groups said 900 people fled the town."],
    ["Firefighters said 8 people were injured in the blaze. Hospital staff said 19 people were injured in the blaze.",
     "Later, the fire chief disputed the figure and said 11 people were injured in the blaze."],
]


@pytest.mark.parametrize("texts", SOURCES)
def test_judging_with_facts_read_once_per_group_gives_the_same_verdicts(texts):
    report = claimdiff.check([claimdiff.Source(t, name=f"Outlet {i}", published="2024-05-0" + str(i + 1)) for i, t in enumerate(texts)])
    claims = [c for c in report.claims if c.metric]
    keys = compare.time_keys(claims)
    contrary = {c.id: compare._presented_as_contrary(c) for c in claims}
    average = {c.id: compare._average(c) for c in claims}
    assert any(contrary.values()) or any(average.values())
    for a, b in itertools.combinations(claims, 2):
        assert compare.judge(a, b, keys, contrary=contrary, average=average) == compare.judge(a, b, keys)
