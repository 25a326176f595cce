"""The scope of a cue: which figures of a sentence a speaker is given, and which stay the narrator's.

Each form in at least three wordings, on different topics (disasters, economy, elections, business),
with negative cases beside the positive ones.  Every sentence here is written for this file.  A row is
``(id, text, figure, speaker)``: ``speaker`` is the expected speaker's name, or ``None`` when the figure
is the narrator's own.  Known failures are marked ``xfail(strict=True)``.
"""
import pytest
from test_attribution_corpus import _check, _rows, _xfail

# ------------------------------------------------------------------ a non-restrictive relative clause is the narrator's
RELATIVE_ASIDES = [
    ("where-clause", "The mayor said the storm hit Vale, where 9,000 people live.", "9,000", None),
    ("where-clause-mid", "The company said it would close the plant in Tula, where it employs 1,200 people, and open one in Omsk.",
     "1,200", None),
    ("which-clause", "The central bank said exports fell in May, which brought the trade deficit to $4 billion.", "$4 billion", None),
    ("in-which-clause", "The union said the strike would close the port, in which 2,300 dockers work.", "2,300", None),
    ("whose-clause", "Election officials said the count was slow in Marsh County, whose 40,000 voters cast paper ballots.",
     "40,000", None),
    ("when-clause", "The coach said the team trained in Leeds on Friday, when 2,000 fans watched.", "2,000", None),
    # ... but what follows the closed clause is the speaker's again
    ("after-closed-which", "The ministry said the dam, which was built by 300 workers, had lost 30 percent of its capacity.",
     "30 percent", "ministry"),
    ("inside-closed-which", "The ministry said the dam, which was built by 300 workers, had lost 30 percent of its capacity.",
     "300", None),
    # a clause right after the cue word is no aside inside the report
    ("when-right-after-cue", "The coach said, when 2,000 fans had left, that the pitch was unsafe.", "2,000", "coach"),
    # a "who" clause about a rival stays in the report ("the governor with 47 percent against Ruiz, who has 44")
    ("who-clause-stays", "The poll shows the governor with 47 percent against Ruiz, who has 44 percent.", "44 percent", "poll"),
    # a clause with a verb of saying of its own is a report, not the narrator's aside
    # (its own cue's speaker is the source: "which analysts said" names them)
    ("clause-with-own-cue", "The ministry said fuel prices rose in March, which analysts said would cost drivers $9 billion.",
     "$9 billion", "analysts"),
    # the whole sentence relayed by a trailing cue: the clause is part of what was reported
    ("relayed-by-trailing-cue", "The ministry said a drone hit the depot, which held 400 tonnes of fuel, the Harbor Post reported.",
     "400 tonnes", "ministry"),
]


@_rows(RELATIVE_ASIDES)
def test_a_relative_clause_inside_the_report_is_the_narrators(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a dash aside is the narrator's
DASH_ASIDES = [
    ("dash-aside-noun-phrase", "The mayor said the storm hit Vale - a town of 9,000 people - on Friday.", "9,000", None),
    ("dash-aside-clause", "The airline said it would cut routes to Lisbon - there are 14 flights a week now - from June.", "14", None),
    ("em-dash-aside-clause", "The regulator said the bank breached its rules \u2014 it has 40 branches in the north \u2014 and would be fined.",
     "40", None),
    ("open-dash-to-the-end", "Party leaders said the vote would be held in spring \u2014 a contest that drew 3 million voters last time.",
     "3 million", None),
    ("double-hyphen-aside", "The insurer estimates that storms cost it $2 billion -- that is roughly $5 million a day.",
     "roughly $5 million", None),
    # an aside that restates a figure of the report is the speaker's
    ("dash-restates-figure", "The survey found that about half - 52 percent - of renters had missed a payment.", "52 percent", "survey"),
    ("dash-or-restates", "Organisers said the march would end at the square \u2014 or about 2 miles from the start.", "about 2 miles",
     "organisers"),
    ("dash-and-restates", "The board said most shareholders \u2014 and 61 percent of small holders \u2014 backed the merger.",
     "61 percent", "board"),
    # what follows a closed aside is the speaker's
    ("after-closed-dash-aside", "The chairman said - in a letter to staff - that 600 jobs would go.", "600", "chairman"),
    ("before-dash-aside", "The mayor said the storm hit 4 towns - all of them near the coast - on Friday.", "4", "mayor"),
]


@_rows(DASH_ASIDES)
def test_a_dash_aside_inside_the_report_is_the_narrators(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a cue that opens a quotation reports the quotation
QUOTATION_LEADS = [
    ("and-said-comma-quote", 'At one point, 200 protesters gathered outside and the minister said, "We hear you."', "200", None),
    ("and-wrote-colon-quote", 'The shares fell 9 percent on Monday and the chief executive wrote: "We will recover."', "9 percent", None),
    ("and-told-addressee-quote", 'In the second round, 3 candidates withdrew and the party leader told reporters: "It is over."', "3", None),
    # after a comma the cue closes what comes before it as well
    ("comma-said-colon-quote", 'Sales fell 9 percent in May, the chief executive said: "It was a hard month."', "9 percent",
     "chief executive"),
    ("comma-told-comma-quote", 'Exports rose 4 percent, the minister told reporters, "and we expect more."', "4 percent", "minister"),
    ("after-a-closed-quote", '"We lost," the coach said of the 3 defeats, adding: "We will be back."', "3", "coach"),
]


@_rows(QUOTATION_LEADS)
def test_a_cue_opening_a_quotation_does_not_reach_back(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a cue opening its sentence with only a participle after it
NOTHING_REPORTED = [
    ("said-waving", '"We will be back." The coach said, waving to 300 fans.', "300", None),
    ("said-clutching", '"This is not over." The senator said, clutching a folder of 40 pages.', "40", None),
    ("said-standing", '"We are ready." Ms. Ortiz said, standing beside 12 firefighters.', "12", None),
    # a participle of saying goes on with the report; so does a clause after an adverb
    ("said-referring", '"It was a hard year." The owner said, referring to the 2 new hotels.', "2", "owner"),
    ("said-however-that", "The mayor said, however, that 30 homes were lost.", "30", "mayor"),
]


@_rows(NOTHING_REPORTED)
def test_a_cue_with_only_a_participle_after_it_reports_nothing_there(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a count of the speakers of another cue
COUNTED_SPEAKERS = [
    ("while-percent-of-group-report", "A full 66 percent of nurses report staff shortages, while just 30 percent of doctors report the same.",
     "30 percent", None),
    ("while-percent-of-party-say", "Some 64 percent of Democrats say the economy is improving, while only 28 percent of Republicans say so.",
     "28 percent", None),
    ("while-percent-of-faith-say", "Fully 58 percent of Catholics say they attend weekly, while just 31 percent of Protestants say the same.",
     "31 percent", None),
    ("while-percent-of-owners-say", "About 61 percent of renters say rents rose, while only 22 percent of owners say the same.",
     "22 percent", None),
    # what the counted speakers report stays theirs, and a document reporting them keeps its figures
    ("content-of-counted-cue", "A full 66 percent of nurses report staff shortages of 20 percent, while doctors disagree.",
     "20 percent", "nurses"),
    ("survey-reports-counted", "The survey found that 61 percent of renters say rents rose.", "61 percent", "survey"),
    ("nested-counted-is-the-outer-speakers", "The ministry said 40 percent of farmers say the drought cut harvests.", "40 percent", "ministry"),
]


@_rows(COUNTED_SPEAKERS)
def test_a_count_of_speakers_is_no_ones_report(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a participle after a possessive is no cue
POSSESSIVE_PARTICIPLES = [
    ("possessive-stated", "The firm's stated goal of 40 new stores was dropped.", "40", None),
    ("possessive-announced", "The club's announced budget of $3 million covers two seasons.", "$3 million", None),
    ("possessive-reported", "Nearly 60 percent of the senator's reported donations, totaling $70 million, came from women, "
     "according to Crowdpac.", "$70 million", "Crowdpac"),
    # a possessive before the speaker's head noun, and a pronoun's contraction, leave the verb a cue
    ("possessive-subject", "The company's chief executive said 40 stores would close.", "40", "company's chief executive"),
    ("possessive-aide", "The mayor's aide said 40 stores would close.", "40", "mayor's aide"),
]


@_rows(POSSESSIVE_PARTICIPLES)
def test_a_participle_after_a_possessive_is_no_cue(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a verb of speaking with a topic or an addressee reports nothing
TOPIC_SPEECH = [
    ("spoke-at-rally", "The mayor spoke at a rally of 3,000 supporters.", "3,000", None),
    ("spoke-to-gathering", "A week after the mayor spoke to the gathering of shop owners, and after a fire that killed 14, "
     "the council met.", "14", None),
    ("mentioned-object", "The chief executive mentioned the 40 new stores in passing.", "40", None),
    ("mentioned-then-clause", "The crowd cheered when the senator mentioned the governor, and 200 people stood up.", "200", None),
    ("speaking-from", "The first image of the candidate is his face speaking from a giant $100 bill.", "$100", None),
    # with what was said after it, it reports
    ("spoke-of", "The minister spoke of 14 deaths in the floods.", "14", "minister"),
    ("mentioned-that", "The coach mentioned on Friday that 3 players were injured.", "3", "coach"),
    ("spoke-of-losses", "The union leader spoke of 300 job losses at the plant.", "300", "union leader"),
]


@_rows(TOPIC_SPEECH)
def test_a_verb_of_speaking_with_a_topic_reports_nothing(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "claiming N percent of the vote" after a comma: winning it
CLAIMING_SHARES = [
    ("claiming-percent-of-vote", "The mayor beat the banker in the primary, claiming 41 percent of the vote to 33 percent for the banker.",
     "33 percent", None),
    ("claiming-seats", "The party swept the north, claiming 212 seats in the new parliament.", "212", None),
    ("claiming-ballots-cast", "The veteran edged her rival, claiming 52 percent of the ballots cast.", "52 percent", None),
    # a clause after it is a claim
    ("claiming-that-votes", "The opposition disputed the result, claiming that 40,000 votes were missing.", "40,000", "opposition"),
    ("claiming-ballots-were", "The party rejected the count, claiming 41 percent of ballots were forged.", "41 percent", "party"),
    ("saying-jobs", "The union dismissed the offer, saying 300 jobs would go.", "300", "union"),
]


@_rows(CLAIMING_SHARES)
def test_claiming_a_share_of_the_vote_is_winning_it(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a cue word as the subject of an auxiliary is a noun
NOUN_SUBJECTS = [
    ("estimates-have-been", "His cost estimates have been between $8 billion and $12 billion.", "between $8 billion and $12 billion", None),
    ("reports-were", "The ministry's damage reports were revised to 300 homes.", "300", None),
    ("claims-are", "Their wage claims are worth $2 million.", "$2 million", None),
    ("estimates-have-risen", "The city budget estimates have risen to $4 billion.", "$4 billion", None),
    # a verb with its object, or before a verb of saying, is read as before
    ("reports-object", "The agency reports 300 new cases.", "300", "agency"),
    ("reports-say", "Police reports say 14 people were hurt.", "14", "Police reports"),
]


@_rows(NOUN_SUBJECTS)
def test_a_cue_word_before_an_auxiliary_is_a_noun(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ known failures
KNOWN_FAILURES = [
    # "and" with a figure opening a new clause after a dash is read as a restatement of the report
    _xfail("dash-and-new-clause", "The agency said the heat would last until Sunday - and 3 ferries have already stopped running.", "3",
           None),
]


@pytest.mark.parametrize("text,figure,speaker", KNOWN_FAILURES)
def test_known_failures(text, figure, speaker):
    _check(text, figure, speaker)
