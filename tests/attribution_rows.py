"""The row helpers of the attribution corpora (tests/test_attribution_corpus.py, _narrator.py, _recall.py).

A row is ``(id, text, figure, speaker)``: ``speaker`` is the expected speaker's name, or ``None`` when the
figure is the narrator's own; ``_xfail(*row)`` marks a known failure ``xfail(strict=True)``.
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
