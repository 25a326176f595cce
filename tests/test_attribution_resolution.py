"""Speaker resolution: the owner of "its website", and verbs of saying added ("the mayor cautions that ...").

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own.  Known failures are marked
``xfail(strict=True)`` so that a fix shows up.
"""
import pytest

from test_attribution_corpus import _check, _rows, _xfail


# ------------------------------------------------------------------ "cautions"
CAUTIONS = [
    ("cautions-that-mayor", "The mayor cautions that 300 jobs could go if the plant closes.", "300", "mayor"),
    ("cautions-that-named", "Nadia Koval cautions that rents may rise 6 percent next year.", "6 percent", "Nadia Koval"),
    ("cautions-trailing", "About 2,000 homes remain at risk of flooding, the agency cautions.", "About 2,000", "agency"),
    ("cautions-quote-tag", "\u201cAs many as 15 villages could be cut off,\u201d the forecaster cautions.", "As many as 15", "forecaster"),
]

NOT_CAUTIONS = [
    # the noun, or the verb with a figure that is the narrator's
    ("cautions-noun-subject", "Safety cautions were posted after 12 workers were hurt.", "12", None),
    ("cautions-noun-object", "Police issued cautions to 30 drivers last week.", "30", None),
    ("cautions-noun-fronted", "Despite repeated cautions, 200 people stayed in the flood zone.", "200", None),
]


@_rows(CAUTIONS + NOT_CAUTIONS)
def test_cautions(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "according to its website"
OWNED_PUBLICATIONS = [
    ("its-website", "The Red Cross treats over 5,000 patients a year, according to its website.", "over 5,000", "Red Cross"),
    ("its-statement", "The Harbor Authority said on Monday that the port reopened. Some 40 ships were waiting, according to its statement.",
     "Some 40", "Harbor Authority"),
    ("their-own-tally", "The Farmers Union held a rally in the capital. About 300 tractors took part, according to their own tally.",
     "About 300", "Farmers Union"),
    ("its-bulletin", "Delta Water Board issued a warning. The river rose 2 metres overnight, according to its bulletin.",
     "2 metres", "Delta Water Board"),
]

NOT_OWNED_PUBLICATIONS = [
    # a publication of someone else, or no owner named before
    ("the-website", "The shelter housed 80 families, according to the website.", "80", "website"),
    ("its-report-of", "The Harbor Trust spent $3 million, according to its report of the audit.", "$3 million", "report"),
    ("its-no-owner", "Some 900 people were evacuated, according to its bulletin.", "Some 900", None),
]


@_rows(OWNED_PUBLICATIONS + NOT_OWNED_PUBLICATIONS)
def test_owned_publications(text, figure, speaker):
    _check(text, figure, speaker)


KNOWN_FAILURES = [
    # a verb of saying with a counted person as its object ("warns 3 players") is read as a cue, as before
    _xfail("cautions-object-count", "The referee cautions 3 players in the second half.", "3", None),
]


@pytest.mark.parametrize("text,figure,speaker", KNOWN_FAILURES)
def test_known_failures(text, figure, speaker):
    _check(text, figure, speaker)
