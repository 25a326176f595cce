"""Speaker attribution: who of several candidate speakers is the source of a figure.

Each form in at least three wordings, on different topics (economy, elections, disasters,
business), with negative cases beside the positive ones.  Every sentence here is written for this
file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the expected speaker's name, or
``None`` when the figure is the narrator's own.  Known failures are ``xfail(strict=True)``.
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
QUOTED_CUES = [
    # a cue in an earlier sentence of the quotation does not govern the sentences after it
    ("quoted-cue-earlier-sentence-plant",
     "\u201cThe board says the plant will close. We still have 300 workers here,\u201d said Ana Ruiz, the plant manager.",
     "300", "Ana Ruiz"),
    ("quoted-cue-earlier-sentence-flood",
     "\u201cForecasters told us the river would crest on Friday. By then 2,000 homes may be under water,\u201d Mayor Tom Hale said.",
     "2,000", "Tom Hale"),
    ("quoted-cue-earlier-sentence-vote",
     "\u201cThe pollsters said we were behind. We won 58 percent of the vote in the end,\u201d said Senator Joan Park.",
     "58 percent", "Joan Park"),
    ("quoted-cue-earlier-sentence-strike",
     "\u201cThe union claims the talks failed. We offered a 4 percent raise twice,\u201d the airline's chief executive, Mark Lee, said.",
     "4 percent", "Mark Lee"),
    # negative: a cue in the figure's own quoted sentence still governs it, relayed by the quoted speaker
    ("quoted-cue-same-sentence-cost",
     "\u201cI heard on the radio that the governor said it would cost $3 million,\u201d Dan Ortiz said.",
     "$3 million", "governor"),
    ("quoted-cue-same-sentence-toll",
     "\u201cThe rescuers told me that 14 climbers were still missing,\u201d said Lena Berg, a guide.",
     "14", "rescuers"),
    ("quoted-cue-same-sentence-budget",
     "\u201cThe treasurer says we are $2 million short this year,\u201d Councillor Amy Dunn said.",
     "$2 million", "treasurer"),
    # a figure inside the quoted cue's own speaker phrase is not what that speaker said
    ("quoted-cue-figure-in-speaker-phrase-banks",
     "\u201cThe analysts quoted two banks in their note,\u201d said Ana Ruiz, the trader.",
     "two", "Ana Ruiz"),
]


@_rows(QUOTED_CUES)
def test_cue_inside_a_quotation(text, figure, speaker):
    _check(text, figure, speaker)
