"""Figures left to the outlet after colons, in labels and in quotations with mixed marks: a source named in a label before a quotation
("Costs - Pew Research: “...”", "From the report: “...”") and a headline opened by a document noun
("Poll: Hale leads by 5 points").

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own.  Known failures are marked
``xfail(strict=True)`` so that a fix shows up.
"""
from test_attribution_corpus import _check, _rows

# ------------------------------------------------------------------ a name ending in a document noun, before a colon
LABELLED_NAMES = [
    ("pew-research", "Renters are squeezed - Pew Research: “About 40 percent of renters pay more than a third of their income.”",
     "About 40 percent", "Pew Research"),
    ("harbor-survey", "Flood damage keeps growing - Harbor Survey: “Some 1,200 homes were lost in the spring floods.”",
     "Some 1,200", "Harbor Survey"),
    ("vance-analysis", "Turnout may fall - Vance Analysis: “We expect turnout near 48 percent in the county.”",
     "48 percent", "Vance Analysis"),
    # a lone document noun is a label, not a name
    ("lone-report-label", "Bad news for the mayor - Report: “Some 1,200 homes were lost in the spring floods.”",
     "Some 1,200", None),
    ("lone-update-label", "Flood damage keeps growing - Update: “Some 1,200 homes were lost in the spring floods.”",
     "Some 1,200", None),
    ("lone-data-label", "Costs keep rising - Data: “Rents rose 9 percent in a year.”",
     "9 percent", None),
]


@_rows(LABELLED_NAMES)
def test_labelled_names(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "From the report: “...”"
FROM_SOURCE = [
    ("from-the-report", "Not all lenders are alike. From the report: “About 40 percent of small loans were refused.”",
     "About 40 percent", "report"),
    ("from-the-mayor", "The shelters filled overnight. From the mayor: “We have lost 300 homes since Friday.”",
     "300", "mayor"),
    ("from-the-filing", "The chain is shrinking. Later, from the filing: “The company lost $2 million in May.”",
     "$2 million", "filing"),
    # "from" opening no source, and a quotation no colon introduces
    ("from-the-outset", "From the outset: “We had 300 volunteers and no trucks.”", "300", None),
    ("from-no-colon", "From the report on, the county spent $4 million on levees.", "$4 million", None),
    ("from-plain-sentence", "From the harbour, 40 boats set out on Monday.", "40", None),
]


@_rows(FROM_SOURCE)
def test_from_source(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "Poll: ..." headlines
HEADLINE_LABELS = [
    ("poll-headline", "Poll: 3 battleground Senate races are tight", "3", "Poll"),
    ("survey-headline", "Survey: 40 percent of renters missed a payment", "40 percent", "Survey"),
    ("study-headline", "Study: Floods cost the coast $2 billion last year", "$2 billion", "Study"),
    ("report-headline", "Report: Chain to close 120 stores in the spring", "120", "Report"),
    # labels that are the outlet's own piece, and a document noun that is no label
    ("analysis-headline", "Analysis: Floods cost the coast $2 billion last year", "$2 billion", None),
    ("update-headline", "Update: 40 families still wait for shelter", "40", None),
    ("poll-workers-label", "Poll workers: 3,000 volunteers signed up in a week", "3,000", None),
    ("lowercase-poll-word", "The poll: 3 questions voters still ask", "3", None),
]


@_rows(HEADLINE_LABELS)
def test_headline_labels(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ quotations in mixed typography
MIXED_MARKS = [
    ("curly-closed-straight", 'Mayor Ann Hale said the levees held.\n\n“We saved many homes, too" Hale said on Monday. '
     '"In fact, we would bid 20 percent lower, because the county paid on time."', "20 percent", "Ann Hale"),
    ("curly-closed-by-opener", "Mayor Ann Hale said the levees held.\n\n“It is rare,“ said Tom Roe, an engineer. "
     "“We lost 300 homes in one night.”", "300", "Tom Roe"),
    ("curly-closed-straight-economy", 'Senator Lena Ortiz spoke in Vale.\n\n“Rates are high," Ortiz said at a forum. '
     '"Our branch turned away 40 borrowers last month."', "40", "Lena Ortiz"),
    # a straight mark inside a word or before a letter closes nothing; a well-paired quote stays as it was
    ("inch-mark-no-close", "Mayor Ann Hale said the levees held.\n\nCrews laid 12\" pipes along the river on Monday.",
     "12", None),
    ("paired-curly", "Mayor Ann Hale said the levees held.\n\n“It is rare,” said Tom Roe, an engineer. "
     "“We lost 300 homes in one night.”", "300", "Tom Roe"),
    ("narrator-after-quote", "Mayor Ann Hale said the levees held.\n\n“It is rare,“ said Tom Roe, an engineer.\n\n"
     "The county has 40 pumps.", "40", None),
]


@_rows(MIXED_MARKS)
def test_mixed_marks(text, figure, speaker):
    _check(text, figure, speaker)
