"""A corpus of attribution forms: each form in at least three wordings, on different topics
(economy, elections, disasters, business), with negative cases beside the positive ones.

Every sentence here is written for this file.  A row is
``(id, text, figure, speaker)``: ``speaker`` is the expected speaker's name, or ``None`` when the
figure is the narrator's own.  Known failures are marked ``xfail(strict=True)`` so that a fix shows up.
"""
import pytest
from attribution_rows import DATE, _check, _claim, _rows, _xfail  # noqa: F401  (DATE, _claim: used by some tables)

import claimdiff

# ------------------------------------------------------------------ documents as sources
DOCUMENTS = [
    ("poll-showed", "The latest Harbor/Vance poll showed the mayor leading with 44 percent of likely voters.",
     "44 percent", "Harbor/Vance poll"),
    ("survey-found", "A Lakeside University survey found that 61 percent of renters had missed a payment.",
     "61 percent", "Lakeside University survey"),
    ("study-finds", "A new industry study finds 3,200 small firms closed in the first quarter.",
     "3,200", "industry study"),
    ("records-show-trailing", "The county paid $48,000 for the new voting machines, records show.",
     "$48,000", "records"),
    ("data-show", "Customs data show exports of copper fell 12 percent in March.",
     "12 percent", "Customs"),
    ("filings-show", "Company filings show the chain lost $2.1 billion last year.",
     "$2.1 billion", "Company filings"),
    ("according-to-results", "The incumbent took 52 percent of the vote, according to the official results.",
     "52 percent", "results"),
    ("according-to-census", "About 8,400 people lived in the valley in 2020, according to census data.",
     "About 8,400", "census data"),
    ("according-to-records", "The state paid $40,000 to repair the dam, according to state records.",
     "$40,000", "state records"),
    ("in-a-poll-released", "In a Metro Times poll released Tuesday, 38 percent of voters backed the levy.",
     "38 percent", "Metro Times poll"),
    ("in-the-survey-fronted", "In the quarterly survey, 27 percent of builders reported rising costs.",
     "27 percent", "quarterly survey"),
    ("in-a-study-fronted", "In a recent Delta Institute study, 1,900 homes were found at risk of flooding.",
     "1,900", "Delta Institute study"),
    ("owner-figures", "The Red Cross's figures show 700 families lost their homes.",
     "700", "Red Cross"),
    ("owner-data", "According to the latest Coast Authority data, 46 boats sank in the storm.",
     "46", "Coast Authority"),
    ("owner-statistics", "Labour Office statistics show 14,000 jobs were added in April.",
     "14,000", "Labour Office"),
    ("the-poll-resolves", "A Ridge Research poll was published on Monday. The poll found 57 percent support for the tax.",
     "57 percent", "Ridge Research poll"),
    ("the-survey-resolves", "The Carter Foundation survey asked 900 farmers about rainfall. The survey found 41 percent had lost crops.",
     "41 percent", "Carter Foundation survey"),
    ("the-report-resolves", "The Harbor Council report came out in June. The report found 25 bridges needed repair.",
     "25", "Harbor Council report"),
    ("owned-survey-is-the-owners", "Opposition groups say their own survey shows 66 percent want a recount.",
     "66 percent", "Opposition groups"),
    ("owned-analysis-is-the-owners", "The union says its analysis shows 4,000 jobs would go.",
     "4,000", "union"),
    ("owned-count-is-the-owners", "Organisers said their count showed 12,000 marchers.",
     "12,000", "organisers"),
]

NOT_DOCUMENTS = [
    # "shows" after a noun that is not a document is no cue
    ("video-shows", "A video posted on Sunday shows 40 cars stuck on the bridge.", "40", None),
    ("photo-shows", "A photo of the harbour shows 12 ships at anchor.", "12", None),
    ("map-shows", "The new map shows 9 districts in the flood zone.", "9", None),
    # a poll the narrator reads mid-sentence is the narrator's, as often as not
    ("mid-sentence-in-the-poll", "The governor stood at 31 percent in the poll, well behind her rival.", "31 percent", None),
    ("mid-sentence-in-polls", "The party has polled near 20 percent in recent surveys across the north.", "20 percent", None),
    ("mid-sentence-in-any-survey", "The candidate has not topped 15 percent in any survey this year.", "15 percent", None),
    # a figure inside the description of the source is the narrator's
    ("figure-in-the-poll-phrase", "In a poll of 1,200 adults taken in May, most said prices were too high.", "1,200", None),
    ("figure-in-the-study-phrase", "In a study of 300 bakeries released Friday, most owners reported higher flour costs.", "300", None),
    ("figure-in-the-survey-phrase", "In a survey of 50 airports conducted last year, delays were the main complaint.", "50", None),
]


@_rows(DOCUMENTS + NOT_DOCUMENTS)
def test_documents(text, figure, speaker):
    _check(text, figure, speaker)


def test_a_document_is_of_its_own_kind():
    claim = _claim("A Lakeside University survey found that 61 percent of renters had missed a payment.", "61 percent")
    assert claim.speaker.kind == "document"


# ------------------------------------------------------------------ scope: what a cue covers
SCOPE = [
    # a trailing cue covers what comes before it
    ("trailing-said", "Exports fell 8 percent in May, the trade ministry said.", "8 percent", "trade ministry"),
    ("trailing-according-to", "Turnout reached 71 percent, according to the election board.", "71 percent", "election board"),
    ("trailing-told", "The fire destroyed 30 warehouses, a port official told Reuters on Sunday.", "30", "port official"),
    # ... but not what follows it
    ("after-trailing-cue-at-a-rally", "\u201cWe will build it,\u201d Maya Ortiz said at a rally of 2,000 supporters.", "2,000", None),
    ("after-trailing-cue-as-clause", "\u201cThe worst is over,\u201d Ivo Lund said, as 40 volunteers cleared the road.", "40", None),
    ("after-trailing-cue-who-clause", "\u201cWe need help now,\u201d said Rosa Kim, who has run 3 shelters since the flood.", "3", None),
    # a leading cue covers what follows it, not a fronted adjunct before its subject
    ("fronted-where-clause", "At the plant, where 600 people work, the manager said output would rise.", "600", None),
    ("fronted-after-clause", "A week after 14 shops flooded, the mayor said the drains would be cleared.", "14", None),
    ("fronted-adjunct-phrase", "In a town of 9,000 people, the chairman said the board would meet again.", "9,000", None),
    ("leading-said-that", "The central bank said that inflation had slowed to 3.1 percent.", "3.1 percent", "central bank"),
    ("leading-said-on-day-that", "The airline said on Friday that it would cut 900 jobs.", "900", "airline"),
    ("leading-told-addressee", "The mayor told reporters 22 homes had been evacuated.", "22", "mayor"),
    # a fronted phrase that is part of the report stays in it
    ("with-phrase-is-the-report", "With 41 confirmed cases, the health department reported the highest count in the country.", "41",
        "health department"),
    ("with-phrase-sales", "With sales of $3 billion, the company reported its best quarter.", "$3 billion", "company"),
    ("participle-opener", "Commenting on the 5 closures, the minister said more would follow.", "5", "minister"),
    # a parenthetical cue covers the whole sentence
    ("parenthetical-cue", "Six people, police said, were taken to hospital.", "Six", "police"),
    ("parenthetical-after-intro", "In the early years, the founder said, the shop earned $20,000 a year.", "$20,000", "founder"),
    ("parenthetical-adding", "\u201cWe are stretched,\u201d the nurse told the committee, adding that 30 beds were empty.", "30", "nurse"),
    # a contrastive turn with a source of its own ends what the first cue reports
    ("turn-with-own-source", "Early reports suggested 5 had died, but the latest count says 11 people were killed.", "11", "count"),
    ("turn-same-account", "The bus company said 40 seats had been booked, but only 19 passengers boarded.", "19", "bus company"),
    ("turn-but-said", "The ministry said the line was safe, but said that 3 trains were delayed, AFP reported.", "3", "ministry"),
]

@_rows(SCOPE)
def test_scope(text, figure, speaker):
    _check(text, figure, speaker)


def test_turn_same_account_keeps_the_speaker():
    claim = _claim("Some passengers who survived spoke to police. They said 40 seats had been booked, but only 19 passengers boarded.", "19")
    assert claim.speaker is not None


# ------------------------------------------------------------------ figures inside the speaker phrase
IN_SPEAKER = [
    ("percent-of-group-said", "Seventy percent of farmers said the drought had cut their harvest.", "Seventy percent", None),
    ("count-of-people-tweeted", "One shopper tweeted that the queue was an hour long.", "One", None),
    ("percent-of-voters-say", "About 45 percent of voters say the economy is their first concern.", "About 45 percent", None),
    ("relative-clause-in-subject", "Lena Park, who lost 3 stores to the flood, said insurers had been slow.", "3", None),
    ("appositive-in-subject", "Omar Diaz, a trader who lost $2 million in the crash, said prices would fall.", "$2 million", None),
    ("according-to-a-count-of", "According to a count of 500 ballots by observers, the vote was clean.", "500", None),
]


@_rows(IN_SPEAKER)
def test_figure_inside_the_speaker_phrase(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ chains
CHAINS = [
    ("citing", "Nine workers were hurt, the Daily Ledger reported, citing the fire service.", "Nine", "fire service"),
    ("comma-citing-comma", "The Harbor Post, citing port officials, said 14 cranes were damaged.", "14", "port officials"),
    ("told-outlet", "A senior central bank official told Reuters that 2 rate cuts were planned.", "2", "senior central bank official"),
    ("quoted-as-saying", "The agency quoted the finance minister as saying growth would reach 4 percent.", "4 percent", "finance minister"),
    ("outlet-after-inner", "The electoral commission said 58 percent of voters took part, AFP reported.", "58 percent", "electoral commission"),
]


@_rows(CHAINS)
def test_chains(text, figure, speaker):
    _check(text, figure, speaker)


def test_chain_keeps_the_relay():
    claim = _claim("Nine workers were hurt, the Daily Ledger reported, citing the fire service.", "Nine")
    assert [v.name for v in claim.via] == ["Daily Ledger"]


# ------------------------------------------------------------------ credit lines
def test_credit_line_covers_a_figure_no_cue_covers():
    text = ("Early reports suggested 5 homes had collapsed, but the newest information says that 900 homes were destroyed. "
            "(Via Radio Sur)")
    assert _claim(text, "900").speaker.name == "Radio Sur"


# ------------------------------------------------------------------ the subject of a speech verb
SUBJECTS = [
    # appositives between the subject and the verb
    ("appositive-article", "Bill Moran, an organizer of the strike, said 3,000 workers walked out.", "3,000", "Bill Moran"),
    ("appositive-long-role", "Ana Ruiz, a housing consultant whose firm advises the city, said rents rose 9 percent.", "9 percent", "Ana Ruiz"),
    ("appositive-title", "Senator Joe Hale of Ohio, the No. 2 Republican in the chamber, said 4 votes were missing.", "4", "Joe Hale"),
    ("party-tag", "Rep. Ann Cole, R-Ohio, says the bill would cost $2 billion.", "$2 billion", "Ann Cole"),
    ("relative-clause-then-role", "Ed Park, a buyer at the depot, which has 500 trucks, said 20 trucks were idle.", "20", "Ed Park"),
    # adverbs and time phrases between subject and verb
    ("time-phrase", "Governor Lena Ortiz on Friday announced that 600 homes would be rebuilt.", "600", "Lena Ortiz"),
    ("day-word", "The utility Tuesday said 12,000 customers were without power.", "12,000", "utility"),
    ("earlier-day", "Mayor Ivo Tal earlier Thursday said 7 roads were closed.", "7", "Ivo Tal"),
    # plural and group nouns
    ("campaign-aides", "Campaign aides said the average gift was $31.", "$31", "Campaign aides"),
    ("tech-executives", "Tech executives say 2 in 3 start-ups cut staff this year.", "3", "Tech executives"),
    ("advisers-to", "Advisers to the governor said 15 towns had asked for help.", "15", "Advisers to the governor"),
    ("the-magazine", "The magazine said its readers had sent 8,000 letters.", "8,000", "magazine"),
    # phrasal cues
    ("pointed-out", "The chairman pointed out that 40 percent of members had not paid.", "40 percent", "chairman"),
    ("pointed-to", "The mayor pointed to the 12 new clinics as proof of progress.", "12", "mayor"),
    ("points-out", "The treasurer points out that sales grew 5 percent.", "5 percent", "treasurer"),
]

NOT_CUES = [
    # "gave" reports only a figure it gives as one
    ("gave-money", "The donor gave $500,000 to the museum last year.", "$500,000", None),
    ("gave-a-word-answer", "The coach gave a 2 word answer to the question.", "2", None),
    ("give-seats", "The deal will give the party 14 seats in the cabinet.", "14", None),
    # "states" as a noun
    ("states-noun", "The chain opened stores in 4 Midwest states this spring.", "4", None),
    ("states-noun-2", "Flooding hit 6 Gulf Coast states over the weekend.", "6", None),
    ("states-noun-3", "The candidate campaigned in 11 Super Tuesday states.", "11", None),
]

FRAMES_WITH_FIGURES = [
    ("gave-the-toll-as", "The district office gave the toll as 45 on Sunday.", "45", "district office"),
    ("put-the-toll-at-with-modifiers", "The regional government put the officially registered death toll at 3,100.", "3,100", "regional government"),
    ("states-that", "The audit states that 14 contracts were never signed.", "14", "audit"),
]


@_rows(SUBJECTS + NOT_CUES + FRAMES_WITH_FIGURES)
def test_subjects_and_frames(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ cue words that do not report
NOT_REPORTING = [
    ("registered-voters", "Sixty percent of registered voters backed the plan in 2019.", "Sixty percent", None),
    ("registered-nurses", "About 900 registered nurses joined the strike on Monday.", "About 900", None),
    ("listed-without-figure", "The firm listed its shares in London last spring after a long delay, and 12 banks advised it.", "12", None),
    ("claiming-the-vote", "The challenger won the primary, claiming 41 percent of the vote.", "41 percent", None),
    ("claimed-seats", "The party claimed 88 seats in the new parliament.", "88", None),
    ("claims-delegates", "She claims 40 delegates after the caucus.", "40", None),
    ("added-jobs", "The economy added 292,000 jobs in December.", "292,000", None),
    ("adds-about-figure", "The plant adds about 300 workers each spring.", "about 300", None),
    ("add-up", "The promises add up to more than $8 million.", "more than $8 million", None),
    ("editors-note", "Editor's note: an earlier version misstated that 40 towns were flooded.", "40", None),
    ("agency-estimates-noun", "The agency's estimates vary widely, and 3 regions have no data.", "3", None),
    ("continues-to-lead", "The senator continues to lead with 40 percent support.", "40 percent", None),
]

REPORTING = [
    ("registered-cases", "The health ministry registered 312 new cases on Monday.", "312", "health ministry"),
    ("recorded-figure", "The weather service recorded 41 centimetres of snow in the capital.", "41 centimetres", "weather service"),
    ("lists-with-figure", "Forbes lists the two brothers with just under $40 billion each.", "just under $40 billion", "Forbes"),
    ("possessive-claim-that", "The mayor's claim that 90 percent of the roads were cleared drew laughter.", "90 percent", "mayor"),
    ("possessive-estimate-that", "The union's estimate that 4,000 jobs would go was disputed.", "4,000", "union"),
    ("possessive-statement-that", "Acme Corp's statement that 12 stores would close upset staff.", "12", "Acme Corp"),
    ("new-york-outlet", "The New York Times reported it obtained 72 emails.", "72", "New York Times"),
    ("new-jersey-office", "The New Jersey Treasury said revenue rose 4 percent.", "4 percent", "New Jersey Treasury"),
    ("initial-in-name", "President Vladimir V. Putin said 300 soldiers were sent.", "300", "Vladimir V. Putin"),
]


@_rows(NOT_REPORTING + REPORTING)
def test_reporting_uses(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a voice across sentences and paragraphs
def test_paragraph_after_a_colon_goes_on_in_that_voice():
    text = ("The two analysts wrote:\n\n"
            "Turnout in the northern districts fell to 41 percent. The south held steady at 55 percent.\n\n"
            "Officials will certify the count next week, and 3 recounts are pending.")
    claims = {c.quantity.text: c for c in claimdiff.check([claimdiff.Source(text, name="Test Wire", published=DATE)]).claims}
    assert claims["41 percent"].speaker is not None and claims["41 percent"].speaker.name == "two analysts"
    assert claims["55 percent"].speaker is not None and claims["55 percent"].speaker.name == "two analysts"
    assert claims["3"].speaker is None  # the paragraph after that is the narrator's again


# ------------------------------------------------------------------ commitments
COMMITMENTS = [
    ("pledged", "The governor pledged $40 million for flood defences.", "$40 million", "governor"),
    ("proposed", "The council proposed 300 new homes on the old airfield.", "300", "council"),
    ("vowed", "The airline vowed to restore 90 percent of its flights by June.", "90 percent", "airline"),
    ("promises", "The president promises 2 million new jobs.", "2 million", "president"),
    ("projects", "The central bank projects growth of 1.5 percent next year.", "1.5 percent", "central bank"),
    # inside what someone else reports, a commitment does not take the figure from them
    ("nested-commitment", "Officials said the mayor pledged $3 million to the shelters.", "$3 million", "officials"),
]


@_rows(COMMITMENTS)
def test_commitments(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ who speaks: relatives, questions, addressees, descriptions
WHO = [
    ("relative-who-says", "The plan is backed by 6 in 10 farmers who say prices are too low.", "10", None),
    ("relative-who-said-antecedent", "The banker who said 40 branches would close was promoted.", "40", "banker"),
    ("comma-who-said", "Ines Roca, who said 12 families were evacuated, runs the shelter.", "12", "Ines Roca"),
    ("question-who", "Who told you that 300 people came?", "300", None),
    ("question-who-2", "Who said the bridge could carry 40 tonnes?", "40 tonnes", None),
    ("told-outlet-is-addressee", "The party now polls at 14 percent, its leader told Radio Norte on Sunday.", "14 percent", "leader"),
    ("told-inverted-is-no-speaker", "Rents rose 9 percent, told Radio Norte listeners on Sunday.", "9 percent", None),
    ("number-title-is-no-speaker", "The film 13 Hours said little about the 4 guards.", "4", None),
    ("age-appositive", "Jon Lee, 39, a baker from Lyon, told reporters that 30 shops had closed.", "30", "Jon Lee"),
    ("the-company", "Acme Tools Corporation opened a plant in Ohio. The company said it would hire 250 workers.", "250", "Acme Tools Corporation"),
    ("the-group", "The Coastal Alliance said it would sue. The group said 14 beaches were polluted.", "14", "Coastal Alliance"),
    ("the-commission", "Officials met the Water Board on Monday. The commission said 9 wells were dry.", "9", "Water Board"),
    ("the-agency-not-a-ministry", "The Health Ministry issued a warning. The agency said 40 people were sick.", "40", "agency"),
    ("the-company-bare-name", "Acme Tools opened a plant in Ohio. The company said it would hire 250 workers.", "250", "Acme Tools"),
    ("the-group-bare-name", "Save the Coast filed a lawsuit on Monday. The group said 14 beaches were polluted.", "14", "Save the Coast"),
]


@_rows(WHO)
def test_who_speaks(text, figure, speaker):
    _check(text, figure, speaker)


# Known failures.
KNOWN_FAILURES = [
    # a fronted "in the poll" mid-sentence is left to the narrator, even where the poll is the source
    _xfail("mid-sentence-poll-source", "Clinton leads by 8 points, 49% to 41%, in the survey, taken July 11-14.", "49%", "survey"),
    # a belief verb is not a cue ("thinks", "wants", "plans")
    _xfail("belief-verb", "The union thinks 4,000 jobs are at risk.", "4,000", "union"),
]


@pytest.mark.parametrize("text,figure,speaker", KNOWN_FAILURES)
def test_known_failures(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ after a trailing cue: participles
PARTICIPLES = [
    ("speech-participle-goes-on", "\u201cIt was a good year,\u201d the owner said, referring to the 2 new hotels.", "2", "owner"),
    ("explaining-goes-on", "\u201cWe had no choice,\u201d the treasurer said, explaining why 40 posts were cut.", "40", "treasurer"),
    ("adding-goes-on", "\u201cThe roads are open,\u201d the mayor said, adding that 3 bridges remained shut.", "3", "mayor"),
    ("action-participle-is-narrators", "\u201cWe will win,\u201d the senator said, clutching the lectern with two hands.", "two", None),
    ("standing-is-narrators", "\u201cThe club is my life,\u201d the coach said, standing among his 30 players.", "30", None),
    ("waving-is-narrators", "\u201cNever again,\u201d the pilot said, waving to 200 fans.", "200", None),
    ("double-apostrophe-quotes", "''The plan works,'' the governor said at a rally of 500.", "500", None),
    ("at-first-told", "A senior police officer at first told reporters that 15 people had died.", "15", "senior police officer"),
    ("respondents-in-a-poll", "In a Harbor Times poll released Monday, 60 percent of voters said the tax was too high.", "60 percent",
        "Harbor Times poll"),
]


@_rows(PARTICIPLES)
def test_after_a_trailing_cue(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a document subject with a tail
DOCUMENT_TAILS = [
    ("poll-released-found", "A Metro Times poll released Saturday found that 28 percent of renters had moved twice.", "28 percent",
        "Metro Times poll"),
    ("poll-last-month-showed", "A Harbor/Vance poll last month showed the mayor ahead, 45 percent to 18 percent.", "45 percent", "Harbor/Vance poll"),
    ("polls-from-showed", "Exit polls from the northern districts showed that 65 percent backed the levy.", "65 percent", "Exit polls"),
    ("poll-by-showed", "The poll by the Lakeside Institute showed the incumbent at 46 percent.", "46 percent", "poll"),
    ("survey-aside-found", "A Delta survey of builders, who are hard hit by costs, found 19 firms had closed.", "19", "Delta survey"),
    ("files-from-show", "Audit files from the county show that 4 accounts were opened in one day.", "4", "Audit files"),
    ("projections-suggest", "Projections suggest the tax would raise $91 billion over a decade.", "$91 billion", "Projections"),
    ("poll-puts", "The Ridge tracking poll puts the governor's approval at 49 percent.", "49 percent", "Ridge tracking poll"),
    # the tail's own figures describe the document: they are the narrator's
    ("figure-in-the-tail", "A poll of 1,000 voters released Monday found most opposed the tax.", "1,000", None),
]


@_rows(DOCUMENT_TAILS)
def test_document_subject_with_a_tail(text, figure, speaker):
    _check(text, figure, speaker)


DOCUMENT_PARTICIPLES = [
    ("poll-showing", "After a new poll showing the mayor at 14 percent, her aides met on Sunday.", "14 percent", "poll"),
    ("survey-finding-that", "The race is close, with the new Harbor survey finding that 45 percent back the levy.", "45 percent", "Harbor survey"),
    ("estimates-are-showing", "The party's initial estimates are showing that 80,000 people voted.", "80,000", "estimates"),
]


@_rows(DOCUMENT_PARTICIPLES)
def test_document_participles(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ brackets, ages, coordination, object relatives
MORE_SUBJECTS = [
    ("party-tag-in-brackets", "Sen. Ann Cole (R-Ohio) said the bill would cost $4 billion.", "$4 billion", "Ann Cole"),
    ("acronym-in-brackets-2", "The Harbor Safety Office (HSO) said 7 ferries were cancelled.", "7", "Harbor Safety Office"),
    ("age-before-verb", "In his plea, Tom Vale, 44, said that he had taken nearly 100 cars.", "nearly 100", "Tom Vale"),
    ("object-relative", "The donor list, which the campaign says includes 2.7 million names, is for sale.", "2.7 million", "campaign"),
    ("object-relative-2", "The dam, which the utility says holds 40 million tonnes of water, is cracked.", "40 million tonnes", "utility"),
    ("coordinated-said", "Governor Ana Ruiz toured the site and said 12 homes were lost.", "12", "Ana Ruiz"),
    ("coordinated-told", "The fire chief arrived at noon and told reporters that 3 crews were on site.", "3", "fire chief"),
    ("coordinated-base-form-is-no-cue", "Mayor Ivo Tal spoke. \u201cThey run around and tell one group 2 things,\u201d he said.", "2", "Ivo Tal"),
]


@_rows(MORE_SUBJECTS)
def test_more_subjects(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ counts and descriptions of the speaker
SPEAKER_DESCRIPTIONS = [
    ("one-official-said", "\u201cThe talks are over,\u201d one senior trade official said.", "one", None),
    ("two-sources-said", "\u201cThe deal is done,\u201d two bank sources said on Monday.", "two", None),
    ("three-economists-said", "Prices will rise, three economists said in a joint letter.", "three", None),
    ("one-employee-saying", "One employee at the plant declined to give a name, saying 40 jobs would go.", "One", None),
    ("one-official-saying-content", "One official at the plant declined to give a name, saying 40 jobs would go.", "40", "One official"),
    ("opener-is-no-subject", "In three interviews, the judge spoke out, saying 2 rulings were wrong.", "three", None),
    ("inverted-with-description", "\u201cIt is a small town,\u201d said Ana Ruiz, 39, a waitress at a diner that serves a $4 breakfast.", "$4", None),
    ("inverted-with-role", "\u201cWe lost power,\u201d said Leo Brandt, an engineer at a plant that employs 300 people.", "300", None),
]


@_rows(SPEAKER_DESCRIPTIONS)
def test_speaker_descriptions(text, figure, speaker):
    _check(text, figure, speaker)


RELATIVE_SUBJECTS = [
    ("Those who organised the protest claimed up to 200,000 people had joined in.", "those who organised the protest"),
    ("Those who attended the meeting said 40 people were hurt.", "those who attended the meeting"),
    ("Organisers said 5,000 came, and those who stayed said 40 were hurt.", "those who stayed"),
]


@pytest.mark.parametrize("text,speaker", RELATIVE_SUBJECTS)
def test_a_pronoun_with_a_relative_clause_is_an_unnamed_source(text, speaker):
    claims = claimdiff.extract(text, published="2025-01-02")
    last = claims[-1]
    assert last.speaker is not None and last.speaker.name == speaker and last.speaker.kind == "unnamed"


def test_a_relative_clause_inside_the_content_is_not_a_source():
    claims = claimdiff.extract("Police said those who fled numbered 300.", published="2025-01-02")
    assert [c.speaker.name for c in claims if c.speaker] == ["Police"]


@pytest.mark.parametrize("text,speaker", [
    ("Delhi, as per the data collated by the newspaper, has 76 deaths.", "newspaper"),
    ("According to figures compiled by the agency, 40 people died.", "agency"),
    ("According to statistics gathered by the union, 300 workers struck.", "union"),
])
def test_a_document_speaks_for_its_agent(text, speaker):
    claims = claimdiff.extract(text, published="2025-01-02")
    assert claims and claims[0].speaker is not None and claims[0].speaker.name == speaker


@pytest.mark.parametrize("text,speaker", [
    ("That falls short of the numbers a newspaper collected from state officials, according to which 209 deaths were confirmed.", "newspaper"),
    ("The agency issued a report on Monday, according to which 40 people died.", "report"),
    ("The union kept its own tally, according to which 3,000 workers walked out.", "tally"),
])
def test_according_to_which_points_back_to_the_source(text, speaker):
    claims = claimdiff.extract(text, published="2025-01-02")
    figure = claims[-1]
    assert figure.speaker is not None and figure.speaker.name == speaker


def test_according_to_which_with_no_document_names_no_one():
    claims = claimdiff.extract("Police held a briefing on Friday, according to which 12 died.", published="2025-01-02")
    assert claims and claims[0].speaker is None


# ------------------------------------------------------------------ document names, long asides, dash asides
DOCUMENT_NAMES = [
    # a document noun inside a name ("Law School", "Research") is not the subject's head
    ("name-holds-a-document-noun", "A poll from Brookfield Law School released Monday found the levy ahead by 12 points.", "12", "poll"),
    ("long-comma-aside", "A Coastline News survey, carried out jointly with two research firms in the north, shows the governor with 41 percent.",
     "41 percent", "Coastline News survey"),
    ("time-word-inside-a-name", "A Harbor Today/Ridge College poll released this week found 58 percent of drivers back the toll.",
     "58 percent", "Harbor Today/Ridge College poll"),
    ("review-from-published", "A review from the Kessler Policy Institute published Friday found 30 clinics had closed.", "30", "review"),
    # a year may open a document's name after "according to"
    ("according-to-the-year-census", "About 8,000 families left the island, according to the 2019 census.", "About 8,000", "2019 census"),
    ("according-to-a-year-study", "The levy would raise $12 million a year, according to a 2018 study by the county.", "$12 million", "2018 study"),
    ("according-to-a-year-paper", "The fee would bring in $7 million, according to a 2015 paper.", "$7 million", "2015 paper"),
]

DASH_ASIDES = [
    # "according to X" after a dash that closes an aside trails what came before
    ("according-after-closing-dash", "The district spent $3.2 million on buses \u2014 most of it on fuel \u2014 according to the budget office.",
     "$3.2 million", "budget office"),
    ("according-after-closing-en-dash", "Rents rose 9 percent \u2013 the sharpest rise in a decade \u2013 according to the housing survey.",
     "9 percent", "housing survey"),
    ("according-after-closing-dash-records", "Exports fell to 1.1 million tonnes \u2014 the lowest level in years \u2014 according to port records.",
     "1.1 million tonnes", "port records"),
    # a cue inside a dash aside governs the aside, and only the aside
    ("cue-inside-an-aside", "Most renters - 61 percent, according to the city survey - want rent caps.", "61 percent", "city survey"),
    ("says-inside-an-aside", "The plant - which employs 900 people, the company says - will close in May.", "900", "company"),
    ("according-inside-an-aside", "Farm incomes - down 14 percent, according to the ministry - are the lowest since the drought.",
     "14 percent", "ministry"),
    ("figure-outside-the-aside", "The plant - which employs 900 people, the company says - will cost $40 million to close.", "$40 million", None),
]


@_rows(DOCUMENT_NAMES + DASH_ASIDES)
def test_document_names_and_dash_asides(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a subject across asides; counted speakers after the verb
ACROSS_ASIDES = [
    ("name-appositive-with-place", "One farmer from the valley, Ada Lind of Stone Creek Farm in Vale, said she had lost 300 sheep.",
     "300", "Ada Lind"),
    ("relative-and-adverb-asides", "Marsh, meanwhile, who chairs the budget panel, said the cuts would save $8 million.", "$8 million", "Marsh"),
    ("role-alias-and-dash-aside",
        "Lena Ortiz, director of the Harbor Renters League, or HRL - which was set up after the floods - said rents rose 11 percent.",
     "11 percent", "Lena Ortiz"),
    # an aside that opens a clause of its own ("..., and ...") is not crossed
    ("clause-is-not-an-aside", "Prices fell in May, and the board, which meets monthly, said output rose 3 percent.", "3 percent", "board"),
]

COUNTED_SPEAKERS = [
    ("said-one-official", "\u201cWe counted 45 boats,\u201d said one harbour official.", "45", "one harbour official"),
    ("said-another-analyst", "\u201cSales will fall by 6 percent,\u201d said another retail analyst.", "6 percent", "another retail analyst"),
    ("said-two-officials", "The levy would raise $9 million, said two county officials.", "$9 million", "two county officials"),
    # a count with no speaker noun after it is no speaker
    ("said-one-thing", "\u201cOne thing is clear: we need 20 nurses,\u201d the director said.", "20", "director"),
]


@_rows(ACROSS_ASIDES + COUNTED_SPEAKERS)
def test_subjects_across_asides_and_counted_speakers(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a participle after a cue: the same speaker, its own cue
PARTICIPLE_AFTER_CUE = [
    ("added-noting", "Ada Lind spoke first. \u201cThe talks are over,\u201d she added, noting that nearly 200 towns had signed.", "nearly 200",
        "Ada Lind", "noting"),
    ("said-adding-quote",
        "Tom Vale spoke on Monday. \u201cIt helps every race,\u201d he said, adding: \u201cA donor worth $10 billion owes nobody.\u201d",
     "$10 billion", "Tom Vale", "adding"),
    ("said-saying-clause", "The port authority said on Friday it was shutting two docks, saying 300 workers would be sent home.", "300",
     "port authority", "saying"),
]


@pytest.mark.parametrize("text,figure,speaker,cue", [row[1:] for row in PARTICIPLE_AFTER_CUE], ids=[row[0] for row in PARTICIPLE_AFTER_CUE])
def test_a_participle_after_a_cue_governs_what_follows_it(text, figure, speaker, cue):
    claim = _claim(text, figure)
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.attribution.cue == cue
    assert text[claim.attribution.span[0] : claim.attribution.span[1]] == cue


# ------------------------------------------------------------------ verbs of accusing and boasting
ACCUSING = [
    ("accused", "The union accused the firm of cutting 800 jobs in secret.", "800", "union"),
    ("blamed", "Governor Ana Ruiz blamed the storm for $40 million in road damage.", "$40 million", "Ana Ruiz"),
    ("blames", "The landlord group blames the new tax for a 12 percent rise in rents.", "12 percent", "landlord group"),
    ("boasted", "The mayor boasted that 5,000 new homes had been built.", "5,000", "mayor"),
    ("touts", "The airline touts 40 new routes in its spring schedule.", "40", "airline"),
    # a verb of accusing with no known speaker before it leaves the narrator's voice
    ("accused-passive", "The firm was accused of cutting 800 jobs in secret.", "800", None),
]


@_rows(ACCUSING)
def test_verbs_of_accusing_and_boasting(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ base forms after plural subjects; fronted frames over semicolons
BASE_FORM_CUES = [
    ("critics-argue", "Critics argue that the levy would cost renters $300 a year.", "$300", "Critics"),
    ("analysts-warn", "Analysts warn that as many as 2,000 stores could close.", "as many as 2,000", "Analysts"),
    ("unions-insist", "The unions insist 40 percent of the staff are on short contracts.", "40 percent", "unions"),
    ("makers-for-instance-argue", "Steel makers, for instance, argue that imports grew to 35 percent of the market.", "35 percent", "Steel makers"),
    ("candidate-pointed-out", "The candidate pointed out that her rival had won only 12 counties.", "12", "candidate"),
    # an infinitive is no report
    ("to-argue-is-no-cue", "It is hard to argue that 3 new buses will fix the service.", "3", None),
]

FRONTED_OVER_SEMICOLONS = [
    ("according-to-over-semicolon", "According to the ministry, 12 people died in Vale; 30 were hurt in Dorn.", "30", "ministry"),
    ("in-a-survey-over-semicolon", "In the Harbor Times survey, 44 percent backed the plan; 38 percent opposed it.", "38 percent",
        "Harbor Times survey"),
    ("as-per-over-semicolon", "As per the port authority, 9 ships were stuck on Monday; 14 tankers waited offshore.", "14", "port authority"),
    # a clause after the semicolon with a source of its own keeps it; a trailing verb cue does not reach over
    ("own-source-after-semicolon", "The ministry said 12 people died in Vale; police later put the toll at 30.", "30", "police"),
]


@_rows(BASE_FORM_CUES + FRONTED_OVER_SEMICOLONS)
def test_base_forms_and_fronted_frames(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "X put the figure at N" and its synonyms
FIGURE_FRAMES = [
    ("put-at-currency", "Forbes put her fortune at $2.9 billion.", "$2.9 billion", "Forbes"),
    ("pegged-at", "Analysts at the Harbor Bank pegged the cost at $4 billion.", "$4 billion", "Analysts at the Harbor Bank"),
    ("placed-at", "The agency placed the death toll at 41 on Sunday.", "41", "agency"),
    # without "at N" these verbs report nothing
    ("placed-workers", "The firm placed 200 workers on leave.", "200", None),
    ("gave-money", "The bank gave $500,000 to a charity.", "$500,000", None),
]


@_rows(FIGURE_FRAMES)
def test_figure_frames(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ documents named by a longer phrase
DOCUMENT_PHRASES = [
    # "according to" a phrase whose head is a document, whatever stands before it
    ("according-to-a-hyphenated-poll", "According to a newly released poll from Ridge College, 41 percent of drivers back the toll.",
     "41 percent", "newly released poll"),
    ("according-to-months-polling", "According to March's Harbor Times polling, 52 percent of renters want caps.", "52 percent",
     "March's Harbor Times polling"),
    ("according-to-early-results",
        "According to early results of a survey conducted for the city by Vale Research, 30 percent of homes lack heating.",
     "30 percent", "results"),
    # a document shows through a relative pronoun
    ("surveys-that-show", "The surveys that show the mayor at 12 percent were taken in May.", "12 percent", "surveys"),
    ("poll-which-found", "Officials cited a poll which found 60 percent backing the levy.", "60 percent", "poll"),
    ("studies-that-found", "The two studies that found 40 percent of buses ran late were published in May.", "40 percent", "two studies"),
    # a determiner such as "other" opens a document subject with a tail
    ("other-polls-respectively-show", "Other recent polls from Ridge College and Vale Research respectively show 44% and 47% support.",
     "44%", "polls from Ridge College and Vale Research"),
    # "stated" with a plain subject
    ("filing-stated", "The company's new annual filing stated that revenue rose to $4 billion.", "$4 billion", "company's new annual filing"),
    ("ruling-stated", "The court's written ruling stated that 14 tenants had been evicted.", "14", "court's written ruling"),
    # a document noun after "according to" that is part of a name is not read as a document
    ("according-to-a-person", "According to Ana Ruiz, 9 families were moved.", "9", "Ana Ruiz"),
]


@_rows(DOCUMENT_PHRASES)
def test_documents_named_by_a_longer_phrase(text, figure, speaker):
    _check(text, figure, speaker)


DOCUMENT_PHRASES_KNOWN_FAILURES = [
    # a document with a tail before the relative pronoun is not read yet
    _xfail("polls-by-that-showed", "The tracker follows polls by Ridge College that showed the mayor ahead in 3 districts.", "3", "polls"),
]


@pytest.mark.parametrize("text,figure,speaker", DOCUMENT_PHRASES_KNOWN_FAILURES)
def test_documents_named_by_a_longer_phrase_known_failures(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a verb of saying or finding coordinated with an earlier verb
COORDINATED = [
    ("and-found-that", "The auditors checked the books and found that 12 accounts were empty.", "12", "auditors"),
    ("and-found-that-outlet", "The Harbor Times reviewed the files and found that $3 million was missing.", "$3 million", "Harbor Times"),
    ("and-on-day-announced", "The council met on Friday and on Monday announced 40 new jobs.", "40", "council"),
    # finding things is no report
    ("and-found-hikers", "The crew searched the hills and found 12 hikers.", "12", None),
]


@_rows(COORDINATED)
def test_coordinated_verbs(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ wire-copy chains
WIRE_CHAINS = [
    ("quoted-by-agency-as-saying", "Emergency services were quoted by the Tass news agency as saying 5 people had died.", "5", "Emergency services"),
    ("quoted-by-radio-as-saying", "The mayor was quoted by local radio as saying 40 homes had flooded.", "40", "mayor"),
    ("quoted-by-paper-as-saying", "The coach was quoted by the Harbor Times as saying 3 players were injured.", "3", "coach"),
    # a modifier between the article and the document: the maker after "by"/"from" speaks
    ("preliminary-count-by", "Some 2,000 homes were damaged, according to a preliminary count by the Red Crescent.", "Some 2,000", "Red Crescent"),
    ("latest-figures-from", "According to the latest figures from the ministry, 12 people died.", "12", "ministry"),
    ("official-tally-by", "About 90 shops closed in May, according to an official tally by the chamber of commerce.", "About 90", "chamber"),
]


@_rows(WIRE_CHAINS)
def test_wire_chains(text, figure, speaker):
    _check(text, figure, speaker)


def test_quoted_by_an_agency_keeps_the_relay():
    claim = _claim("Emergency services were quoted by the Tass news agency as saying 5 people had died.", "5")
    assert [v.name for v in claim.via] == ["Tass news agency"]


# ------------------------------------------------------------------ verbs of estimating: expect, fear, believe
ESTIMATING = [
    ("officials-fear", "Officials fear the toll could rise above 100 as rescuers reach remote villages.", "above 100", "officials"),
    ("bank-expects", "The central bank expects growth of 1.5 percent next year.", "1.5 percent", "central bank"),
    ("police-believe", "Police believe 30 people were inside the building.", "30", "Police"),
    # wishes and plans stay the outlet's
    ("plans-stay-narrators", "The council plans to build 400 homes.", "400", None),
    ("wants-stays-narrators", "The club wants to sign 3 new players.", "3", None),
    # a currency sign opens what a cue reports
    ("announced-currency", "The governor freed up $26 million in May and on Monday announced $5 million more for the county.", "$26 million", None),
]


@_rows(ESTIMATING)
def test_verbs_of_estimating(text, figure, speaker):
    _check(text, figure, speaker)
