"""Quotations and colon-introduced blocks: who speaks inside direct speech.

Every sentence here is written for this file, each form in at least three wordings on different
topics, with negative cases beside the positive ones.  A row is ``(id, text, figure, speaker)``:
``speaker`` is the expected speaker's name, or ``None`` when the figure is the narrator's own.
Known failures are marked ``xfail(strict=True)`` so that a fix shows up.
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


# ------------------------------------------------------------------ a cue inside a quotation
# "The engineers told us 40 pumps failed": the quoted speaker relays someone else, but only in that
# sentence; the next sentences of the quotation are the quoted speaker's own again.
INNER_CUES = [
    ("inner-cue-own-sentence-flood",
     "“The engineers told us that 40 pumps had failed. We still need 12 trucks,” said Mayor Ines Varga.",
     "40", "engineers"),
    ("inner-cue-next-sentence-flood",
     "“The engineers told us that 40 pumps had failed. We still need 12 trucks,” said Mayor Ines Varga.",
     "12", "Ines Varga"),
    ("inner-cue-own-sentence-budget",
     "“The auditors said the city owed $3 million. I will cut 200 jobs before I raise taxes,” Governor Paul Hext said.",
     "$3 million", "auditors"),
    ("inner-cue-next-sentence-budget",
     "“The auditors said the city owed $3 million. I will cut 200 jobs before I raise taxes,” Governor Paul Hext said.",
     "200", "Paul Hext"),
    ("inner-cue-next-sentence-campaign",
     "“My rivals said I had lost support. We opened 15 new offices this month,” campaign manager Mara Lind said.",
     "15", "Mara Lind"),
    ("inner-cue-next-paragraph-business",
     "Chief executive Omar Patel spoke at length on Monday.\n\n"
     "“When the bank called, they told me the loan was gone. I had to let people go.\n\n"
     "“Now we employ 340 workers again, and sales are up,” he said.",
     "340", "Omar Patel"),
]


@_rows(INNER_CUES)
def test_inner_cue(text, figure, speaker):
    _check(text, figure, speaker)
