"""Recall of attribution under reporting cues: forms where a speaker stood before a cue of saying, reporting,
showing or "according to" and claimdiff once missed or misnamed them, each in at least three wordings on
different topics, with negative cases beside the positive ones.

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own.  Known failures are marked
``xfail(strict=True)`` so that a fix shows up.
"""
import pytest

import claimdiff

DATE = "2024-05-02"


def _claim(text, figure):
    report = claimdiff.check([claimdiff.Source(text, name="Test Wire", published=DATE)])
    for claim in report.claims:
        if claim.quantity.text == figure:
            return claim
    raise AssertionError(f"no claim {figure!r} in {[c.quantity.text for c in report.claims]}")


def _check(text, figure, speaker):
    claim = _claim(text, figure)
    if speaker is None:
        assert claim.speaker is None, claim.speaker
    else:
        assert claim.speaker is not None, "narrator"
        assert claim.speaker.name == speaker


def _rows(table):
    return pytest.mark.parametrize("text,figure,speaker", [row[1:] for row in table], ids=[row[0] for row in table])


def _xfail(*row):
    return pytest.param(*row[1:], id=row[0], marks=pytest.mark.xfail(strict=True))


# ------------------------------------------------------------------ a two-word adverb between speaker and verb
IN_FACT = [
    ("in-fact-reported", "The mill owners have in fact reported losses of $2 million this year.", "$2 million", "mill owners"),
    ("in-fact-said", "The ministry has in fact said that 300 soldiers were wounded.", "300", "ministry"),
    ("in-fact-told", "Voters in fact told pollsters that 40 percent of them would stay home.", "40 percent", "Voters"),
    # "in fact" elsewhere is no speaker's
    ("in-fact-narrator", "The storm in fact destroyed 120 homes along the coast.", "120", None),
    ("in-fact-no-cue", "Sales in fact rose 6 percent in the spring.", "6 percent", None),
    ("in-fact-opener", "In fact, the league sold 9,000 tickets on the first day.", "9,000", None),
]


@_rows(IN_FACT)
def test_in_fact(text, figure, speaker):
    _check(text, figure, speaker)
