"""Recall of attribution under reporting cues: forms where a speaker stood before a cue of saying, reporting,
showing or "according to" and claimdiff once missed or misnamed them, each in at least three wordings on
different topics, with negative cases beside the positive ones.

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own.  Known failures are marked
``xfail(strict=True)`` so that a fix shows up.
"""
import pytest
from attribution_rows import DATE, _check, _claim, _rows, _xfail  # noqa: F401  (DATE, _claim: used by some tables)

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


# ------------------------------------------------------------------ a pronoun and the subject of its own sentence
OWN_SUBJECT = [
    # "he"/"she" in a clause of the sentence means the known name that opens it, not a speaker named earlier
    ("he-is-the-subject", "Ana Ruiz said the plan was fair. Tom Hale said it was weak. Later, Ana Ruiz spoke again. "
     "Hale criticised the budget, which he said would cut 400 teaching jobs.", "400", "Tom Hale"),
    ("she-is-the-subject", "Governor Ana Ruiz spoke at the summit. Senator Tom Hale said the plan was weak. "
     "Ruiz toured the plant, where she said 300 workers would lose their jobs.", "300", "Ana Ruiz"),
    ("they-is-the-subject", "The Harbor Union said the strike would go on. The Port Authority said talks had failed. "
     "Harbor Union members marched to the docks, where the union said 2,000 dockers had joined them.", "2,000", "Harbor Union"),
    # a pronoun after a name that opens no sentence keeps the speaker named before
    ("he-after-object", "Tom Hale said the plan was weak. The mayor met Ana Ruiz, and he said 50 families would move.",
     "50", "Tom Hale"),
    ("she-after-object", "Governor Ana Ruiz spoke at the summit. Rain fell on Tom Hale's farm, where she said 12 cows died.",
     "12", "Ana Ruiz"),
    ("it-after-object", "The Port Authority said talks had failed. Tom Hale visited the docks, where it said 700 jobs were at risk.",
     "700", "Port Authority"),
]


@_rows(OWN_SUBJECT)
def test_pronoun_and_own_subject(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a series of clauses closed by "; and"
SERIES = [
    # the semicolons of "A; B; and C, X said" separate items of one report
    ("series-according-to", "The port handled 4,000 containers; the rail depot moved 2,500 cars; and the airport shipped "
     "900 tonnes, according to city records.", "4,000", "city records"),
    ("series-said", "Wheat rose 4 percent; corn fell 2 percent; and soy held at $11, the trade board said on Monday.",
     "2 percent", "trade board"),
    ("series-officials", "The first town lost 40 homes; the second lost 12; and the third lost 9, fire officials said.",
     "12", "fire officials"),
    ("series-last-item", "Turnout reached 61 percent; and the winner took 52 percent, the election board said.",
     "52 percent", "election board"),
    # without the closing "and" a semicolon ends what the trailing cue reports
    ("no-series-two-clauses", "The first town lost 40 homes; the second lost 12, fire officials said.", "40", None),
    ("no-series-economy", "Exports rose 3 percent; imports fell 5 percent, the customs office said.", "3 percent", None),
    # a cue of its own in an item keeps it
    ("series-item-own-cue", "The first town lost 40 homes; the mayor said the second lost 12; and the third lost 9, "
     "fire officials said.", "12", "mayor"),
    # a cue that leads the last item reports only that item
    ("series-leading-cue", "Ticket sales fell 8 percent; hotels lost 20 guests a night; and the council said 3 shops "
     "had closed.", "8 percent", None),
]


@_rows(SERIES)
def test_series(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ nouns in "-ly" are no adverbs
LY_NOUNS = [
    ("assembly-said", "The national assembly said 40 members had voted against the bill.", "40", "national assembly"),
    ("assembly-reported", "The state assembly reported 12 new cases of fraud.", "12", "state assembly"),
    ("tally-showed", "The tally showed 52 percent for the mayor.", "52 percent", "tally"),
    ("family-said", "The family said 3 children were still missing after the flood.", "3", "family"),
    ("family-told", "Her family told reporters that the firm owed them $9,000.", "$9,000", "family"),
    # adverbs in "-ly" are still skipped
    ("adverb-ly-said", "The ministry reportedly said 20 ships had been seized.", "20", "ministry"),
    ("adverb-ly-told", "The coach quietly told players that 2 games would be cancelled.", "2", "coach"),
    ("adverb-ly-noted", "Analysts repeatedly noted that 15 percent of loans were unpaid.", "15 percent", "Analysts"),
    # a "-ly" noun that does not speak
    ("rally-drew", "The rally drew 5,000 people to the square.", "5,000", None),
    ("supply-fell", "The supply of rice fell 8 percent in June.", "8 percent", None),
    ("family-lost", "The family lost 2 cars in the storm.", "2", None),
]


@_rows(LY_NOUNS)
def test_ly_nouns(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ documents that show: emails, ledgers, invoices
DOCUMENTS = [
    ("emails-show", "Internal emails show the airline knew of 30 faults before the crash.", "30", "Internal emails"),
    ("ledgers-showing", "Handwritten ledgers showing the clerk took $4,000 were found in the office.", "$4,000", "Handwritten ledgers"),
    ("invoices-show", "Invoices show the city paid $2 million for the bridge.", "$2 million", "Invoices"),
    ("ledger-showed", "The company's ledger showed $40,000 in payments to the builder.", "$40,000", "company's ledger"),
    # a year that dates the document
    ("year-email", "A 2019 email shows the mayor approved 12 contracts without a vote.", "12", "2019 email"),
    ("year-report", "A 2021 report shows the port handled 8 million containers.", "8 million", "2021 report"),
    ("year-exit-polls", "The 2016 exit polls showed 40 percent of voters were undecided.", "40 percent", "2016 exit polls"),
    # a day that dates the document
    ("dated-poll", "A Harbor Times poll on Wednesday showed the mayor with 41 percent of the vote.", "41 percent", "Harbor Times poll"),
    ("dated-survey", "A Ridge Institute survey on Monday found 22 percent of farms were for sale.", "22 percent", "Ridge Institute survey"),
    ("dated-study", "A Delta Bank study on Friday showed 900 shops had closed.", "900", "Delta Bank study"),
    # documents that are no source
    ("emails-sent", "She sent 40 emails to the board.", "40", None),
    ("emails-passive", "The emails were sent to 12 people.", "12", None),
    ("year-not-a-document", "In 2019 the council built 300 homes.", "300", None),
    ("video-still-shows", "A 2019 video shows 40 cars on the bridge.", "40", None),
]


@_rows(DOCUMENTS)
def test_documents_that_show(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a parenthetical cue after a fronted phrase of time
TIME_OPENERS = [
    ("morning-in-year", "One morning in 2001, according to the report, the mayor signed 12 contracts.", "12", "report"),
    ("late-last-year", "Late last year, according to the auditors, the firm moved $3 million abroad.", "$3 million", "auditors"),
    ("that-night", "That night, according to witnesses, 200 people fled the village.", "200", "witnesses"),
    ("early-in-month", "Early in March, the ministry said, 40 soldiers were wounded.", "40", "ministry"),
    # a fronted clause with a verb or a figure of its own is no phrase of time: the cue trails it
    ("clause-before-cue", "The plant lost $3 million last year, according to records.", "$3 million", "records"),
    ("figure-in-front", "In 2001, 14 banks failed, according to the regulator, and the rest merged.", "14", "regulator"),
    # a phrase of time with no cue is the narrator's
    ("time-no-cue", "One morning in 2001, the mayor signed 12 contracts.", "12", None),
]


@_rows(TIME_OPENERS)
def test_time_openers(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "according to interviews with X": X speaks
EXCHANGES = [
    ("interviews-with-members", "The council will approve 27 homes, according to interviews with six council members.",
     "27", "six council members"),
    ("conversation-with-leaders", "The mill will cut 300 jobs, according to a conversation with two union leaders.",
     "300", "two union leaders"),
    ("interview-with-coach", "The team won 12 games, according to an interview with the coach.", "12", "coach"),
    ("interviews-with-soldiers", "The army lost 40 tanks, according to interviews with soldiers and commanders.",
     "40", "soldiers and commanders"),
    # members are speakers like officials
    ("members-said", "Board members said the firm lost $4 million.", "$4 million", "Board members"),
    # the count of those interviewed is no part of what they said
    ("count-interviewed", "The council will approve 27 homes, according to interviews with six council members.", "six", None),
    # interviews the narrator reports are no source
    ("interviews-no-frame", "The reporter held interviews with 30 residents last week.", "30", None),
    ("members-counted", "Forty members voted against the plan.", "Forty", None),
]


@_rows(EXCHANGES)
def test_exchanges(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "X was quick to point out that ..."
READY = [
    ("quick-to-point-out", "The mayor was quick to point out that 40 homes were saved.", "40", "mayor"),
    ("careful-to-note", "Bank officials were careful to note that 12 branches would stay open.", "12", "Bank officials"),
    ("eager-to-say", "The coach has been eager to say that his team had won 9 games in a row.", "9", "coach"),
    ("quick-advisers", "Advisers to the governor are quick to point out that she won the last 2 races.", "2",
     "Advisers to the governor"),
    # an adjective of readiness before an act, or a verb of saying with no report, is no cue
    ("quick-to-hire", "The firm was quick to hire 200 workers.", "200", None),
    ("quick-to-say-goodbye", "The coach was quick to say goodbye to 30 fans.", "30", None),
    ("eager-to-build", "The council is eager to build 500 homes by 2030.", "500", None),
]


@_rows(READY)
def test_ready_to_say(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a pronoun subject before a colon and a quotation
COLON_PRONOUNS = [
    ("she-listed-block", "Governor Ana Ruiz spoke on Monday. She then listed the damage:\n\n"
     "\u201cWe lost 40 homes in one night. The river took 12 bridges.\u201d", "12", "Ana Ruiz"),
    ("he-had-a-message", "Coach Tom Hale faced reporters after the game. He had a blunt message: "
     "\u201cWe lost 3 games because we were lazy.\u201d", "3", "Tom Hale"),
    ("they-put-it-block", "The Harbor Union met the board on Friday. They put it simply:\n\n"
     "\u201cWe want 5 percent more, or we strike.\u201d", "5 percent", "Harbor Union"),
    # "it" before a colon is as often no one as someone, and a subject that is no speaker gives none
    ("it-was-a-night", "The Port Authority said talks had failed. It was a long night: \u201cWe lost 40 homes.\u201d", "40", None),
    ("storm-subject", "Governor Ana Ruiz spoke on Monday. The storm was worse than feared:\n\n"
     "\u201cWe lost 40 homes in one night.\u201d", "40", None),
    ("he-no-quotation", "Coach Tom Hale faced reporters. He had one rule: 9 players on the field at all times.", "9", None),
]


@_rows(COLON_PRONOUNS)
def test_colon_pronouns(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ plural titles do not end a sentence
PLURAL_TITLES = [
    ("sens-in-a-poll", "A Harbor Times poll shows Ruiz at the top with 36 percent, followed by Sens. Ann Cole and "
     "Tom Hale, 11 and 8 percent respectively.", "8 percent", "Harbor Times poll"),
    ("reps-said", "Reps. Ann Cole and Tom Hale said the bill would cost $4 billion.", "$4 billion", "Ann Cole and Tom Hale"),
    ("sens-said-trailing", "The plan would save $2 billion, Sens. Ann Cole and Tom Hale said.", "$2 billion", "Ann Cole and Tom Hale"),
]


@_rows(PLURAL_TITLES)
def test_plural_titles(text, figure, speaker):
    _check(text, figure, speaker)


# Known failures.
KNOWN_FAILURES = [
    # "Govs." is read as a name, not as the title of the names after it
    _xfail("govs-according-to", "The storm cost the two states $9 billion, according to Govs. Lena Ortiz and Ivo Lund.",
           "$9 billion", "Lena Ortiz and Ivo Lund"),
]


@pytest.mark.parametrize("text,figure,speaker", KNOWN_FAILURES)
def test_known_failures(text, figure, speaker):
    _check(text, figure, speaker)


@pytest.mark.parametrize("text,count", [
    ("Sens. Ann Cole and Tom Hale voted against it. The bill failed.", 2),
    ("Reps. Ann Cole and Tom Hale spoke first. Then the vote came.", 2),
    ("Govs. Lena Ortiz and Ivo Lund met in May. They agreed on 3 points.", 2),
], ids=["sens", "reps", "govs"])
def test_plural_titles_keep_the_sentence(text, count):
    from claimdiff import text as text_stage
    assert len(text_stage.read(text).sentences) == count


# ------------------------------------------------------------------ the owner of figures is a body, not a plain noun
OWNERS = [
    # a compound of plain nouns before the document names a kind of document, not who keeps it
    ("campaign-finance-records", "In fact, campaign finance records show the senator raised $204,000 from bankers.",
     "$204,000", "campaign finance records"),
    ("federal-campaign-data", "Federal campaign finance data show the PAC spent $2 million.", "$2 million", "Federal campaign finance data"),
    ("consumer-credit-figures", "Consumer credit figures show households borrowed $6 billion.", "$6 billion", "Consumer credit figures"),
    # a body before the document keeps it and speaks
    ("agency-data", "UN refugee agency data show 4,000 people crossed the border.", "4,000", "UN refugee agency"),
    ("commission-data", "The state election commission data show 61 percent turnout.", "61 percent", "state election commission"),
    ("ministry-figures", "Health ministry figures show 300 new cases a day.", "300", "Health ministry"),
]


@_rows(OWNERS)
def test_owners_of_figures(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "As first reported by X, ..."
AS_REPORTED = [
    ("as-first-reported", "As first reported by the Ledger, the company will close 12 stores.", "12", "Ledger"),
    ("as-previously-reported", "As previously reported by the Harbor Post, the city spent $3 million on the bridge.",
     "$3 million", "Harbor Post"),
    ("as-reported", "As reported by Reuters, the mine employs 4,000 workers.", "4,000", "Reuters"),
    # "As" with something else before the participle opens no source frame for the sentence
    ("as-expected", "As expected, the council approved 40 new homes.", "40", None),
    ("as-the-storm-passed", "As the storm passed, 300 homes lost power.", "300", None),
    ("as-always-noted", "As always, the fair drew 9,000 visitors, the organisers noted.", "9,000", "organisers"),
]


@_rows(AS_REPORTED)
def test_as_reported(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ the owner of a medium speaks through it
OWNED_MEDIA = [
    ("twitter-account", "According to Ann Lind's Twitter account, 40 schools were closed.", "40", "Ann Lind"),
    ("company-statement", "The company's statement said 300 jobs would go.", "300", "company"),
    ("person-statement", "Tomas Brandt's statement said 12 ferries were cancelled.", "12", "Tomas Brandt"),
    ("ministry-website", "According to the ministry's website, 95 clinics reopened.", "95", "ministry"),
    ("facebook-post", "Ada Quist's Facebook post said 18 homes were flooded.", "18", "Ada Quist"),
    ("telegram-channel", "According to Ivan Petrov's Telegram channel, six people were injured.", "six", "Ivan Petrov"),
    ("titled-owner", "According to Governor Ivan Petrov's Telegram channel, six people were injured.", "six", "Ivan Petrov"),
    ("titled-owner-post", "Mayor Ada Quist's Facebook post said 18 homes were flooded.", "18", "Ada Quist"),
    ("feed-before-verb", "The senator's Twitter feed said 12 bills passed.", "12", "senator"),
    ("news-feed-before-verb", "The agency's news feed said 40 flights were cancelled.", "40", "agency"),
    # not a medium: the office is itself the speaker, and the speaker phrase stays as it was
    ("office-is-a-speaker", "Six people were hurt, the governor's office said.", "Six", "governor's office"),
]


@_rows(OWNED_MEDIA)
def test_the_owner_of_a_medium_is_the_speaker(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a time phrase between the subject and its verb
TIME_BETWEEN = [
    ("a-month-later", "The chief executive a month later announced 6,000 layoffs.", "6,000", "chief executive"),
    ("two-days-later", "The mayor two days later said 14 people had died.", "14", "mayor"),
    ("a-few-hours-later", "Police a few hours later put the toll at 30.", "30", "Police"),
    ("weeks-ago", "The union three weeks ago said 900 members would strike.", "900", "union"),
    # a time phrase that opens the sentence with no cue is the narrator's
    ("opening-time-no-cue", "Two days later, 40 people had died.", "40", None),
]


@_rows(TIME_BETWEEN)
def test_a_time_phrase_between_the_subject_and_its_verb(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a recording inside what a speaker says
RECORDED_UNDER_REPORT = [
    ("logged-airline-said", "The co-pilot had logged 2,766 flying hours with the airline, the airline said Thursday.", "2,766", "airline"),
    ("recorded-ministry-said", "Police recorded 40 burglaries last year, the ministry said.", "40", "ministry"),
    ("registered-according-to", "Hospitals registered 300 new cases on Monday, according to the health office.", "300", "health office"),
    # alone, the one who records is the source
    ("recorded-alone", "Police recorded 40 burglaries last year.", "40", "Police"),
]


@_rows(RECORDED_UNDER_REPORT)
def test_a_recording_inside_what_a_speaker_says_is_the_speakers(text, figure, speaker):
    _check(text, figure, speaker)
