"""Recall of attribution under cues claimdiff reads (issue #11), second table: a document that opens its sentence
after a word that dates it ("In the latest survey, ..."), a document dated by a full date ("A May 2015 report
found ..."), and the narrator's comparison after a reported figure written in words ("..., up four points").

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own.  Known failures are marked
``xfail(strict=True)`` so that a fix shows up.
"""
from attribution_rows import _check, _rows, _xfail  # noqa: F401  (_xfail: used when a row is a known failure)

# ------------------------------------------------------------------ "In the latest / a new / the most recent X poll, ..."
DATED_OPENING_DOCUMENT = [
    ("latest-named-survey", "In the latest Harbor Times survey, 64 percent of parents backed a later school day.",
     "64 percent", "Harbor Times survey"),
    ("new-named-poll", "In a new Lakeside University poll, 38 percent of renters plan to move next year.",
     "38 percent", "Lakeside University poll"),
    ("most-recent-named-study", "In the most recent Ridge Institute study, 1,200 wells in the valley were dry.",
     "1,200", "Ridge Institute study"),
    ("latest-bare-survey", "In the latest survey, 52 percent of nurses backed the strike.", "52 percent", "survey"),
    ("new-poll-conducted", "In the new Coastline poll, conducted May 1-4, 45 percent of anglers opposed the quota.",
     "45 percent", "Coastline poll"),
    # the owner of a report speaks for it, as after "according to" ("the Delta Bank report" -> Delta Bank)
    ("latest-report-released", "In the latest Delta Bank report released Monday, 300 branches were listed for sale.",
     "300", "Delta Bank"),
    # a word that orders the document among others of its kind
    ("earlier-named-poll", "In an earlier Harbor Times poll, 40 percent of voters backed the levy.", "40 percent",
     "earlier Harbor Times poll"),
    ("first-named-survey", "In the first Pine County survey, 70 percent of wells were clean.", "70 percent", "first Pine County survey"),
    ("first-round", "In the first round, 40 percent of voters backed the mayor.", "40 percent", None),
    # a poll named only mid-sentence stays the outlet's (docs/choices.md "What counts as attribution")
    ("mid-sentence-latest-poll", "Support for the quota fell to 30 percent in the latest Coastline poll.", "30 percent", None),
    ("mid-sentence-new-survey", "The mayor stood at 41 percent in a new Harbor Times survey.", "41 percent", None),
    ("mid-sentence-recent-study", "About 400 wells ran dry in the most recent Ridge Institute study.", "About 400", None),
    # a dated noun that is no document is no source
    ("latest-round", "In the latest round of talks, the two sides swapped 40 prisoners.", "40", None),
    ("new-stadium", "In the new stadium, 40,000 fans watched the final.", "40,000", None),
    ("most-recent-season", "In the most recent season, the club won 21 games.", "21", None),
]


@_rows(DATED_OPENING_DOCUMENT)
def test_dated_opening_document(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "Early results of X show ...": a dating word opens the subject
DATING_WORD_OPENS_SUBJECT = [
    ("early-results-of-poll", "Early results of an exit poll of Ohio voters show 55 percent backed the levy.", "55 percent",
     "results of an exit poll"),
    ("preliminary-returns-from", "Preliminary returns from the county show the mayor with 52 percent.", "52 percent", "returns"),
    ("new-results-from", "New results from the Lakeside trial show 30 percent of patients improved.", "30 percent", "results"),
    # no document: the same words before a subject that shows nothing
    ("early-voters-showed-up", "Early voters from the county showed 300 ballots to the clerk.", "300", None),
    ("new-homes-sold", "New homes from the Ridge estate sold for $300,000 each.", "$300,000", None),
]


@_rows(DATING_WORD_OPENS_SUBJECT)
def test_dating_word_opens_subject(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a comparison in words after a figure a frame reports
COMPARISON_IN_WORDS = [
    ("up-four-points", "In the new Coastline poll, 45 percent of anglers opposed the quota, up four points from a survey in March.",
     "four", None),
    ("down-two-percent", "The ministry said the port moved 8 million containers, down two percent from last year.", "two percent", None),
    ("above-three", "Harbor Bank reported profits of $40 million, up three percent from last year.", "three percent", None),
    # the figure the frame reports keeps its speaker
    ("up-four-reported", "In the new Coastline poll, 45 percent of anglers opposed the quota, up four points from a survey in March.",
     "45 percent", "Coastline poll"),
    ("down-two-reported", "The ministry said the port moved 8 million containers, down two percent from last year.",
     "8 million", "ministry"),
    # "up to" is a bound, which the speaker gives
    ("up-to-four", "The ministry said the port would hire 300 workers, up to four hundred by June.", "300", "ministry"),
]


@_rows(COMPARISON_IN_WORDS)
def test_comparison_in_words(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a document dated by month (and day) and year
DATED_DOCUMENT = [
    ("month-day-year-memo", "A March 3, 2014 memo shows the agency spent $4 million on travel.", "$4 million", "March 3, 2014 memo"),
    ("month-year-report", "A May 2015 report found that 30 bridges in the county were unsafe.", "30", "May 2015 report"),
    ("abbreviated-month-email", "A Sept. 15, 2011 email shows the office sent 10 staffers to the summit.", "10",
     "Sept. 15, 2011 email"),
    ("possessive-month-audit", "Its June 2020 audit showed the fund had lost $12 million.", "$12 million", "June 2020 audit"),
    # a date that dates no document, or no article before the month
    ("month-year-floods", "The May 2015 floods destroyed 300 homes, a state report found.", "300", "state report"),
    ("in-month-year", "In May 2015 the dam held back 40 million tonnes of water.", "40 million tonnes", None),
    ("month-year-count", "By March 2014, 2,000 documents had been filed with the court.", "2,000", None),
]


@_rows(DATED_DOCUMENT)
def test_dated_document(text, figure, speaker):
    _check(text, figure, speaker)
