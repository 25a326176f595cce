"""The outlet's own figures beside what a speaker reports: the narrator's comparisons, asides and
descriptions must stay unattributed, and the speaker's own figures around them must keep the speaker.

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own.  Known failures are marked
``xfail(strict=True)`` so that a fix shows up.
"""

from attribution_rows import DATE, _check, _claim, _rows, _xfail  # noqa: F401  (DATE, _claim: used by some tables)

import claimdiff

# ------------------------------------------------------------------ the narrator's comparison after a report
#: "X reported A, up B from a year earlier": the comparison after the comma is the narrator's gloss on the
#: report; the reported figure keeps its speaker.
TRAILING_COMPARISONS = [
    ("up-percent-from", "The chain reported it sold $4.2 billion in goods in the quarter, up 12 percent from a year earlier.",
     "12 percent", None),
    ("up-percent-from-reported-figure", "The chain reported it sold $4.2 billion in goods in the quarter, up 12 percent from a year earlier.",
     "$4.2 billion", "chain"),
    ("up-from-toll", "The ministry said 40 people had died in the floods, up from 32 on Monday.",
     "32", None),
    ("up-from-toll-reported-figure", "The ministry said 40 people had died in the floods, up from 32 on Monday.",
     "40", "ministry"),
    ("down-points-from", "The electoral board said turnout reached 58 percent, down 6 points from the last election.",
     "6", None),
    ("down-sharply-from", "The agency said it would give $50,000 to the relief fund, down sharply from the $200,000 it gave in 2019.",
     "$200,000", None),
    ("well-above-expected", "The insurer reported earnings of $2.10 a share, well above the $1.90 that analysts had expected.",
     "$1.90", None),
    ("well-above-expected-reported-figure", "The insurer reported earnings of $2.10 a share, well above the $1.90 that analysts had expected.",
     "$2.10", "insurer"),
    ("below-the-average", "The city said unemployment stood at 4.1 percent in March, below the national average of 4.6 percent.",
     "4.6 percent", None),
    ("an-increase-of", "The budget office said spending reached $557 million, an increase of $90 million.",
     "$90 million", None),
    ("a-drop-of", "The port authority said it handled 3.1 million containers, a drop of 9 percent.",
     "9 percent", None),
    ("more-than-a-year-ago", "The casinos reported $1.1 billion in revenue, about $30 million more than a year ago.",
     "about $30 million", None),
    ("fewer-than-last-year", "The army said it had recruited 52,000 soldiers, 8,000 fewer than last year.",
     "8,000", None),
    ("less-than-half-of-the", "The council said it spent $2 million on roads, less than half of the $5 million it had planned.",
     "$5 million", None),
    ("less-than-half-reported-figure", "The council said it spent $2 million on roads, less than half of the $5 million it had planned.",
     "$2 million", "council"),
    ("double-the", "The airline said it would hire 900 pilots this year, double the 450 it hired in 2023.", "450", None),
    ("more-than-twice-the", "The union said 1,200 workers joined the strike, more than twice the 500 who walked out last year.", "500", None),
]

#: Not a comparison: a bound, an approximator, a part, a trailing cue over the whole sentence, no comma.
KEPT_AFTER_COMMA = [
    ("up-to-bound", "The ministry said 40 people had died, up to 50 may be missing.", "up to 50", "ministry"),
    ("more-than-part", "Officials said 300 people were evacuated, more than 100 of them children.", "more than 100", "officials"),
    ("part-seriously", "Police said 12 people were hurt, 3 of them seriously, and 40 cars burned.", "3", "Police"),
    ("part-then-more", "Police said 12 people were hurt, 3 of them seriously, and 40 cars burned.", "40", "Police"),
    ("trailing-cue-covers-comparison", "The toll rose to 27, up from 19 a day earlier, the ministry said.", "19", "ministry"),
    ("half-of-them-part", "Officials said 300 people were evacuated, half of them from 12 villages.", "12", "officials"),
    ("no-comma-rise", "The mayor said there had been a rise of 40 percent in break-ins.", "40 percent", "mayor"),
    ("rose-from-inside-report", "The bank said profit rose to $3 billion from $2.4 billion a year earlier.", "$2.4 billion", "bank"),
    ("compared-with-respondents", "A Harbor poll found 46 percent back the levy, compared with 39 percent who oppose it.",
     "39 percent", "Harbor poll"),
]


@_rows(TRAILING_COMPARISONS + KEPT_AFTER_COMMA)
def test_trailing_comparison(text, figure, speaker):
    _check(text, figure, speaker)


def test_trailing_comparison_is_no_conflict():
    """The narrator's old level ("up from 32") is no rival of the speaker's figure or of another outlet's."""
    sources = [claimdiff.Source("The ministry said 40 people had died in the floods in Vale, up from 32 on Monday.", name="Wire", published=DATE),
               claimdiff.Source("Floods in Vale killed 32 people, the ministry said on Monday.", name="Herald", published="2024-05-01")]
    assert not claimdiff.check(sources).conflicts
    assert not claimdiff.check(sources[:1]).conflicts


# ------------------------------------------------------------------ a count of the speakers
#: "one Harbor Bank source said": the count describes the speakers, also when their phrase names an
#: organisation; the figure of what they said keeps the speaker.
COUNTED_SPEAKERS = [
    ("one-bank-source-told", '"The talks are over," one Harbor Bank source told reporters.', "one", None),
    ("one-bank-source-said", '"We lost 300 jobs," one Harbor Bank source said.', "one", None),
    ("one-bank-source-said-figure", '"We lost 300 jobs," one Harbor Bank source said.', "300", "Harbor Bank source"),
    ("three-bank-executives", "Three Northgate Bank executives said the bank would cut 400 jobs.", "Three", None),
    ("three-bank-executives-figure", "Three Northgate Bank executives said the bank would cut 400 jobs.", "400", "Three Northgate Bank executives"),
    ("two-rail-officials", '"The line will close," two Union Pacific officials said.', "two", None),
    ("org-with-its-figure", "Acme Steel said it would cut 300 jobs.", "300", "Acme Steel"),
]


@_rows(COUNTED_SPEAKERS)
def test_counted_speakers(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a sentence that says for itself
#: "X says A will happen. 4,000 members say they would ...": a sentence with a verb of saying of its own,
#: whose subject is only a count, does not go on in the previous speaker's voice; a plain continuation does.
OWN_SAYING = [
    ("share-say-after-say", "Landlords say rents will rise this year. Just over a quarter, 27 percent, say they will sell.",
     "27 percent", None),
    ("count-say-after-says", "The airline says fares will rise in June. Nearly 600 pilots say they will strike.",
     "Nearly 600", None),
    ("count-say-would", "The league says the season will start late. About 40 clubs say they would play anyway.",
     "About 40", None),
    ("plan-goes-on", "The ministry says the dam will hold. It will release 40 tonnes of water a second.",
     "40 tonnes", "ministry"),
    ("and-goes-on", "The ministry says the dam will hold. And 3,000 people will be moved to higher ground.",
     "3,000", "ministry"),
    ("colon-goes-on", "The mayor gave the figures on Monday:\n\nThe city will hire 250 new teachers.", "250", "mayor"),
]


@_rows(OWN_SAYING)
def test_a_sentence_that_says_for_itself(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "And ..." that moves the narrative on
#: "And" continues a report ("Police said 12 died. And 40 more were hurt."), but not when it opens a time
#: phrase or a named subject of its own: the narrator goes on with the story.
AND_MOVES_ON = [
    ("and-named-subject", "Ratings rose sharply in May, according to Nielsen. And Dana Holt, who founded the studio, saw her stake grow to $50 million.",
     "$50 million", None),
    ("and-named-subject-initial", "Ratings rose in May, according to Nielsen. And Robert F. Lane, founder of his own firm, saw his worth balloon to $50 million.",
     "$50 million", None),
    ("and-named-subject-verb", "The league said ticket sales fell. And Harbor City built 2 new stadiums anyway.", "2", None),
    ("and-time-phrase", "The governor conceded the budget had failed. And a few weeks later, the governor cut 300 jobs.", "300", None),
    ("and-in-year", "The senator warned that prices would rise. And in 2019, she backed a tax of 5 percent.", "5 percent", None),
    ("and-since-year", "The mayor said crime was falling. And since 2020, the city has hired 400 officers.", "400", None),
    ("and-count-goes-on", "Police said 12 people died in the fire. And 40 more were hurt.", "40", "Police"),
    ("and-place-goes-on", "The coast guard said it had rescued 30 people. And in the harbour, 12 boats sank.", "12", "coast guard"),
    ("and-plan-goes-on", "The ministry says the dam will hold. And 3,000 people will be moved to higher ground.", "3,000", "ministry"),
]


@_rows(AND_MOVES_ON)
def test_and_that_moves_on(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ the narrator's description of a name
#: "Police say Jan Novak, the driver who hit 14 cars, had two convictions": an appositive with a relative
#: clause after a name the report mentions describes it in the narrator's voice; the report goes on after it.
NAME_APPOSITIVES = [
    ("driver-who", "Police say Jan Novak, the driver who crashed into 14 cars on Monday, had two prior convictions.", "14", None),
    ("driver-who-predicate", "Police say Jan Novak, the driver who crashed into 14 cars on Monday, had two prior convictions.", "two", "Police"),
    ("state-where-closing", "The poll finds Lind at 13 percent nationally, ranging up to 25 percent in Idaho, the state where she served two terms as governor.",
     "two", None),
    ("state-where-figure-before", "The poll finds Lind at 13 percent nationally, ranging up to 25 percent in Idaho, the state where she served two terms as governor.",
     "up to 25 percent", "poll"),
    ("firm-that", "Officials said Harbor Steel, a firm that employs 3,000 people, would close 2 plants.", "3,000", None),
    ("firm-that-predicate", "Officials said Harbor Steel, a firm that employs 3,000 people, would close 2 plants.", "2", "officials"),
    ("town-where", "The ministry said Vale, the town where 9,000 people live, had no power.", "9,000", None),
    ("fronted-place-then-clause", "The union said in Ohio, the workers who stayed lost 40 percent of their pay.", "40 percent", "union"),
    ("appositive-without-relative", "The agency said Acme, the largest employer in town, would cut 300 jobs.", "300", "agency"),
    ("appositive-with-own-source", "The ministry said Vale, the town that analysts said lost $4 billion, had no power.", "$4 billion", "analysts"),
]


@_rows(NAME_APPOSITIVES)
def test_name_appositives(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a cue in a relative clause without its pronoun
#: "the way most analysts predicted", "the losses the company reported": the cue reports the noun phrase right
#: before its subject, not the rest of the sentence.
REDUCED_RELATIVES = [
    ("the-way-analysts-predicted", "Though the vote did not go the way most analysts predicted, Lind won 52 percent of the vote.", "52 percent", None),
    ("the-recovery-bank-predicted", "Unlike the recovery the bank had predicted, exports fell 4 percent in May.", "4 percent", None),
    ("the-losses-company-reported", "Despite the losses the company reported, its shares rose 9 percent.", "9 percent", None),
    ("trailing-cue-after-comma", "Forty people died in the floods, the ministry said.", "Forty", "ministry"),
    ("trailing-cue-after-figure", "The storm killed 40 people, police said.", "40", "police"),
    ("leading-cue-with-relative", "Police said 40 people were hurt in the blast the army reported.", "40", "Police"),
    ("relative-with-that", "The ministry reported the 52 deaths that the agency confirmed.", "52", "ministry"),
]


@_rows(REDUCED_RELATIVES)
def test_reduced_relatives(text, figure, speaker):
    _check(text, figure, speaker)


#: A descriptive noun right before the speaker's name is the speaker's own phrase, not a relative clause's object.
DESCRIBED_SPEAKERS = [
    ("website-name", "Four people died in clashes in Vale, in the north, the opposition website Harbor Voice said.", "Four", "Harbor Voice"),
    ("adjective-website-name", "Four people died in clashes in Vale, in the north, the pro-reform website Harbor Voice said.", "Four", "Harbor Voice"),
    ("agency-name", "Twelve miners were trapped in the shaft, the state agency Minwatch reported.", "Twelve", "Minwatch"),
    ("newspaper-name", "About 300 homes lost power in the storm, the local newspaper Valley Post reported.", "About 300", "Valley Post"),
]


@_rows(DESCRIBED_SPEAKERS)
def test_described_speakers(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a quote mark written as two
#: "A few minutes later, she added: ''We ...''": the quotation the cue opens is what it reports, whether its
#: mark is one character or two; the narrator's lead-in before the speaker stays the narrator's.
DOUBLED_QUOTE_MARKS = [
    ("two-marks-lead-in", "Mayor Ana Lind spoke first. A few minutes later, she added: ''We will build 40 schools.''", "A few", None),
    ("two-marks-quoted-figure", "Mayor Ana Lind spoke first. A few minutes later, she added: ''We will build 40 schools.''", "40", "Ana Lind"),
    ("two-marks-told", "The minister arrived at noon. Several hours later, the minister told reporters: ''We have 300 buses ready.''",
     "Several", None),
    ("two-marks-told-quoted-figure", "The minister arrived at noon. Several hours later, the minister told reporters: ''We have 300 buses ready.''",
     "300", "minister"),
    ("two-marks-said", "The coach left the field. A few days later, the coach said: ''We lost 3 players to injury.''", "A few", None),
    ("one-mark-said", "The coach left the field. A few days later, the coach said: \u201cWe lost 3 players to injury.\u201d", "A few", None),
]


@_rows(DOUBLED_QUOTE_MARKS)
def test_doubled_quote_marks(text, figure, speaker):
    _check(text, figure, speaker)
