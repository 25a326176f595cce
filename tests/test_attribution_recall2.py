"""Recall of attribution under cues claimdiff reads (issue #11), second table: a document that opens its sentence
after a word that dates it ("In the latest survey, ..."), a document dated by a full date ("A May 2015 report
found ..."), the narrator's comparison after a reported figure written in words ("..., up four points"), the maker
in a relative clause after "according to" ("figures the bank published"), the author of a quoted title, a text that
"reads" a quotation ("the sign read “...”"), and list items with no verb after a semicolon.

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own.  Known failures are marked
``xfail(strict=True)`` so that a fix shows up.
"""
import pytest
from attribution_rows import _check, _rows, _xfail

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
    # after a possessive, the organisation it means keeps the document (a known failure until the third commit)
    ("its-latest-poll", "The Harbor Union polled its members. In its latest poll, 40 percent of them backed the strike.",
     "40 percent", "Harbor Union"),
    ("its-new-survey", "Ridge Bank surveyed its clients in May. In its new survey, 22 percent of clients planned to borrow.",
     "22 percent", "Ridge Bank"),
    ("its-first-poll", "The Coastline Alliance began polling anglers in 2020. In its first poll, 61 percent opposed the quota.",
     "61 percent", "Coastline Alliance"),
    ("its-first-year", "In its first year, the Harbor Union signed up 4,000 members.", "4,000", None),
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


# ------------------------------------------------------------------ "according to figures the agency released": who made them
DOCUMENT_MAKER = [
    # the maker of figures speaks for them, as the owner of "the agency's figures" does
    ("figures-bank-published", "The port lost $3 million, according to figures Harbor Bank published on Friday.", "$3 million", "Harbor Bank"),
    ("report-ministry-issued", "Exports fell 9 percent, according to the report the trade ministry issued.", "9 percent", "trade ministry"),
    ("records-city-keeps", "Some 140 bridges need repair, according to records the city keeps.", "Some 140", "city"),
    # the document, not its makers, for a document that is no figures of its own (tests/test_attribution_subjects.py)
    ("fact-sheet-lawmakers", "Nurses would earn 12 percent more by 2027, according to a fact sheet lawmakers released Monday.",
     "12 percent", "fact sheet"),
    ("study-university-published", "Some 300 species are at risk, according to a study Ridge University published in May.",
     "Some 300", "study"),
    # the document, not its finder or the one who spoke of it, after a verb that made nothing
    ("memo-paper-obtained", "The mill paid $40,000 in fines, according to a memo the Harbor Times obtained.", "$40,000", "memo"),
    ("report-ministry-said", "The port lost $3 million, according to a report the ministry said was final.", "$3 million", "report"),
    # an agent after the participle is read as before
    ("report-released-by", "The port lost $3 million, according to a report released by the ministry.", "$3 million", "ministry"),
]


@_rows(DOCUMENT_MAKER)
def test_document_maker(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "according to “Title” by Author": the author speaks
TITLED_WORK = [
    ("title-by-author-fronted", "One night in 2009, according to \u201cRiver of Gold\u201d by Ana Ruiz, the mayor signed 12 contracts.",
     "12", "Ana Ruiz"),
    ("title-by-author-trailing", "The mill employed 300 men in 1920, according to \"Salt and Iron\" by Tom Hale.", "300", "Tom Hale"),
    ("book-title-by-author", "According to the book \"Deep Water\" by Lena Park, the dam cost $40 million.", "$40 million", "Lena Park"),
    ("title-by-society", "The harbor froze over in 11 winters, according to \"Cold Years\" by the Harbor Historical Society.", "11",
     "Harbor Historical Society"),
    # a title with no cue of its own, or the figure outside what the cue reports
    ("title-read-by", "The mayor read \"River of Gold\" by Ana Ruiz to 30 pupils.", "30", None),
    ("title-sold-by", "The shop sold \"River of Gold\" by Ana Ruiz for $30 a copy.", "$30", None),
]


@_rows(TITLED_WORK)
def test_titled_work(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "The sign read “...”": a text speaks its quotation
TEXT_READS = [
    ("sign-read", "Outside the plant, the sign read \u201c15 percent or we strike.\u201d", "15 percent", "sign"),
    ("banner-that-read", "He held up a hand-painted banner that read \"Give us 5 percent\" and waved it.", "5 percent",
     "hand-painted banner"),
    ("headline-reads-colon", "The headline reads: \"Mayor cuts 300 jobs at the port.\"", "300", "headline"),
    ("letter-reads-comma", "At the bottom, the letter reads, \"You can give $35 to the fund.\"", "$35", "letter"),
    ("statement-from-union-read", "The statement from the Harbor Union read: \"Our 2,000 members will strike on Monday.\"",
     "2,000", "Harbor Union"),
    ("reader-colon", "The mayor read: \"We lost 40 homes in one night.\"", "40", "mayor"),
    # the text speaks only its quotation
    ("read-then-narrator", "Tom Hale reads \"The Harbor Times\" every day and owns 40 cows.", "40", None),
    ("sign-then-narrator", "The sign read \"Closed\" and 30 people waited outside.", "30", None),
    # "read" with no quotation after it, or a passive, is no cue
    ("read-no-quote", "The clerk read the 12 names aloud.", "12", None),
    ("read-count-quoted-after", "Each night the clerk read 12 names, then said \"goodnight.\"", "12", None),
]


@_rows(TEXT_READS)
def test_text_reads(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "...; Park at 12 percent, and Cho, 9 percent": a list item with no verb
VERBLESS_ITEMS = [
    ("verbless-poll-list", "The Harbor poll showed the mayor leading with 42 percent, followed by Lee at 23 percent; "
     "Park at 12 percent, and Cho, 9 percent.", "12 percent", "Harbor poll"),
    ("verbless-poll-last", "The Harbor poll showed the mayor leading with 42 percent, followed by Lee at 23 percent; "
     "Park at 12 percent, and Cho, 9 percent.", "9 percent", "Harbor poll"),
    ("verbless-cases", "The ministry reported 4,000 cases in Troy; Salem 3,000; Dover 2,500.", "3,000", "ministry"),
    ("verbless-votes", "Election officials said Ruiz won 5,200 votes; Hale 4,100 votes.", "4,100", "Election officials"),
    # an item with a verb is a clause of its own
    ("verb-after-semicolon", "The ministry said Lee won 40 percent; Park took 35 percent.", "35 percent", None),
    ("clause-after-semicolon", "The ministry said exports rose 4 percent; imports fell 2 percent.", "2 percent", None),
]


@_rows(VERBLESS_ITEMS)
def test_verbless_items(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ known failures
KNOWN_FAILURES = [
    # a gapped item that opens with a lower-case noun is not told from a clause of its own
    _xfail("noun-after-semicolon", "The ministry said the north got 40 percent of the aid; the south 35 percent.", "35 percent", "ministry"),
    # a long document subject before a progressive verb (fixed: tests/test_attribution_cues3.py, progressive documents)
    pytest.param("Early results of an exit poll of Ohio voters are showing that 55 percent backed the levy.",
                 "55 percent", "results of an exit poll", id="results-are-showing"),
]


@pytest.mark.parametrize("text,figure,speaker", KNOWN_FAILURES)
def test_known_failures(text, figure, speaker):
    _check(text, figure, speaker)
