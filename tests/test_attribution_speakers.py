"""Speaker attribution: who of several candidate speakers is the source of a figure.

Each form in at least three wordings, on different topics (economy, elections, disasters,
business), with negative cases beside the positive ones.  Every sentence here is written for this
file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the expected speaker's name, or
``None`` when the figure is the narrator's own.  Known failures are ``xfail(strict=True)``.
"""
from test_attribution_corpus import _check, _rows

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


# ------------------------------------------------------------------ respondents of a poll are not its source
RESPONDENTS = [
    # the last of coordinated respondents ("X and Y said") answers the poll; the poll is the source
    ("respondents-coordinated-farmers",
     "In a national Ridge/Vance poll taken in May, 31% of farmers and ranchers said prices were too low, compared with 22% of grocers.",
     "22%", "Ridge/Vance poll"),
    ("respondents-coordinated-tenants",
     "In the Harbor Institute survey, 54 percent of owners and tenants said repairs were late, compared with 40 percent of landlords.",
     "40 percent", "Harbor Institute survey"),
    ("respondents-coordinated-voters",
     "In a Delta Times poll released Sunday, 18 percent of Democrats and independent voters said they would skip the vote, compared with 9 "
         "percent of Republicans.",
     "9 percent", "Delta Times poll"),
    # a month or "New" may open the poll's name
    ("poll-name-opens-with-month-september", "In a September Harbor Times poll, 47 percent of voters said the levy was too high.",
     "47 percent", "September Harbor Times poll"),
    ("poll-name-opens-with-month-october", "In an October Lakeside University survey, 61 percent of renters said they had missed a payment.",
     "61 percent", "October Lakeside University survey"),
    ("study-name-opens-with-month-january", "In a January Delta Institute study, 2,100 homes were found at risk of flooding.",
     "2,100", "January Delta Institute study"),
    ("poll-name-opens-with-new-register", "In a New Haven Register poll released Monday, 39 percent of voters backed the mayor.",
     "39 percent", "New Haven Register poll"),
    ("poll-name-opens-with-new-england", "In a New England Institute survey, 58 percent of fishermen said catches had fallen.",
     "58 percent", "New England Institute survey"),
    # negative: a month alone is a time, not a poll
    ("month-alone-is-no-poll", "In March, 62 percent of renters said rents were too high.", "62 percent", None),
    ("month-alone-then-speaker", "In September, the mayor said 40 homes had flooded.", "40", "mayor"),
    ("new-figures-are-not-a-name", "New figures show 300 jobs were lost.", "300", "figures"),
]


@_rows(RESPONDENTS)
def test_respondents_of_a_poll(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "X said, but added that ...": the same speaker goes on
CONTRASTIVE_COORDINATION = [
    ("but-added-after-pronoun", "Mayor Tom Hale spoke on Monday. \u201cThe dam held,\u201d he said, but added that 40 homes had flooded.",
     "40", "Tom Hale"),
    ("but-added-after-appositive", "\u201cSales were weak,\u201d the chief executive, Mark Lee, said, but added that the firm would hire 200 people.",
     "200", "Mark Lee"),
    ("yet-added-after-titled-name", "\u201cIt was a hard campaign,\u201d Senator Joan Park said, yet added that 58 percent had backed her.",
     "58 percent", "Joan Park"),
    ("but-said-after-other-verb", "The minister declined to give a toll, but said 12 villages were cut off.", "12", "minister"),
    ("but-said-after-negated-verb", "The company did not comment on the layoffs but said it would open 3 new stores.", "3", "company"),
    # negative: a new subject after "but" speaks for itself
    ("but-new-subject-speaks", "\u201cThe plan is sound,\u201d the mayor said, but critics said it would cost $3 million.", "$3 million", "critics"),
    ("but-figure-before-the-verb", "The firm cut 300 jobs last year but said nothing about pay.", "300", None),
]


@_rows(CONTRASTIVE_COORDINATION)
def test_contrastive_coordination(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a supposition or a generic "you" is no report
SUPPOSITIONS = [
    ("lets-say-seats", "\u201cLet's say they win 54 seats, or 56,\u201d said Senator Joan Park.", "54", "Joan Park"),
    ("lets-say-curly-jobs", "\u201cLet\u2019s say the plant hires 300 people next year,\u201d the mayor, Tom Hale, said.", "300", "Tom Hale"),
    ("let-me-put-toll", "\u201cLet me put it this way: 40 homes are gone,\u201d said Ana Ruiz, the fire chief.", "40", "Ana Ruiz"),
    ("generic-you-people-who-tell", "\u201cI have met brokers who tell you they can find 40 percent returns,\u201d said Mark Lee, a regulator.",
     "40 percent", "Mark Lee"),
    ("generic-you-it-tells", "\u201cIt tells you that 9 of 10 voters want change,\u201d Senator Joan Park said.", "9", "Joan Park"),
    ("generic-you-numbers-tell", "\u201cThe numbers tell you 300 farms are in trouble,\u201d said Ana Ruiz, a grower.", "300", "Ana Ruiz"),
    # negative: "tell" with a real addressee, and "told you", still report
    ("tells-residents-is-a-cue", "The council tells residents that 40 homes may flood.", "40", "council"),
    ("told-reporters-is-a-cue", "The chief executive, Mark Lee, told reporters that 200 jobs would go.", "200", "Mark Lee"),
]


@_rows(SUPPOSITIONS)
def test_suppositions_and_generic_you(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a bracketed tag in a subject read across asides
BRACKETED_TAGS = [
    ("party-tag-with-full-stop",
        "Professor Tim Vance spoke first. Rep. Ann Cole (D-Md.), chair of the Budget Committee, said the plan would cost $40 million.",
     "$40 million", "Ann Cole"),
    ("party-tag-not-in-name", "Sen. Ann Cole (R-Ohio), chair of the Budget Committee, said the plan would cost $40 million.",
     "$40 million", "Ann Cole"),
    ("party-tag-before-quote", "Rep. Dan Hale (R-Tex.), a member of the farm caucus, said the levy was \u201c100 percent fair.\u201d",
     "100 percent", "Dan Hale"),
    ("acronym-tag-organisation", "The Harbor Safety Board (HSB), which inspects the docks, said 300 ships were delayed.",
     "300", "Harbor Safety Board"),
    # negative: a figure in the aside is the narrator's description
    ("aside-figure-is-narrators", "The Harbor Safety Board (HSB), which employs 400 inspectors, said the docks were safe.", "400", None),
]


@_rows(BRACKETED_TAGS)
def test_bracketed_tag_in_subject(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "the company" after a bare name that opened the sentence before
BARE_NAMES = [
    ("the-firm-bare-name", "Delta Freight dropped four routes on Monday. The firm said 300 drivers would be laid off.", "300", "Delta Freight"),
    ("the-group-bare-name-election", "Fair Vote Now filed a complaint. The group said 2,000 ballots were rejected.", "2,000", "Fair Vote Now"),
    ("the-company-bare-name-after-org",
        "The Harbor Council met on Monday. Northwind Solar opened a plant. The company said it would hire 120 workers.",
     "120", "Northwind Solar"),
    ("the-organization-bare-name", "Clean Rivers Trust sued the county. The organization said 9 streams were polluted.", "9", "Clean Rivers Trust"),
    # negative: the bare name stood two sentences back, or the text has named it as a person, or the description is specific
    ("bare-name-too-far-back", "Delta Freight cut its routes. Fuel prices rose in May. The company said 300 drivers would go.", "300", "company"),
    ("bare-name-is-a-known-person", "Professor Ann Cole spoke on Monday. Ann Cole opened a clinic. The group said 40 nurses were hired.", "40",
        "group"),
    ("bare-name-not-the-agency", "Delta Freight cut its routes on Monday. The agency said 300 drivers would be laid off.", "300", "agency"),
    ("single-word-opener-is-skipped", "Northwind opened a plant. The company said it would hire 120 workers.", "120", "company"),
]


@_rows(BARE_NAMES)
def test_description_of_a_bare_name(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a cue inside brackets governs only the bracketed aside
BRACKETED_ASIDES = [
    ("bracket-according-to-stays-inside", "The mayor says that 300 homes flooded (the real figure is closer to 120, according to state records).",
     "300", "mayor"),
    ("bracket-according-to-governs-inside", "The mayor says that 300 homes flooded (the real figure is closer to 120, according to state records).",
     "closer to 120", "state records"),
    ("bracket-commitment-is-its-own", "The senator said the plan would cost $9 billion (Governor Ann Cole has proposed spending $2 billion).",
     "$2 billion", "Ann Cole"),
    ("bracket-commitment-outer-keeps", "The senator said the plan would cost $9 billion (Governor Ann Cole has proposed spending $2 billion).",
     "$9 billion", "senator"),
    ("bracket-said-inside", "The candidate said turnout reached 70 percent (the count stood at 61 percent, the election board said).",
     "70 percent", "candidate"),
    # negative: brackets with no cue inside stay in the outer cue's account
    ("bracket-without-cue-is-outer", "Sales rose 5 percent (to $3 million), the company said.", "$3 million", "company"),
    ("bracket-without-cue-leading", "The minister said 40 schools (and 12 clinics) were damaged.", "12", "minister"),
]


@_rows(BRACKETED_ASIDES)
def test_bracketed_asides(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "X's reported income": an adjective of hearsay, not X speaking
HEARSAY_ADJECTIVES = [
    ("possessive-reported-donations",
        "Nearly 60 percent of the senator's reported donations, totaling $7 million, came from farmers, according to Vote Ledger.",
     "$7 million", "Vote Ledger"),
    ("possessive-alleged-losses", "The firm's alleged losses of $40 million were never audited.", "$40 million", None),
    ("possessive-reported-income-curly", "The mayor\u2019s reported income of $310,000 drew criticism, county filings show.", "$310,000",
        "county filings"),
    # negative: a possessive subject with its own head still reports
    ("possessive-subject-reports", "The senator's aide reported that 40 donors had quit.", "40", "senator's aide"),
    ("possessive-agency-reported", "The agency's chief reported 300 new cases on Monday.", "300", "agency's chief"),
]


@_rows(HEARSAY_ADJECTIVES)
def test_hearsay_adjectives(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "the company" is not a union, a council or a board
COMMERCIAL_DESCRIPTIONS = [
    ("company-not-the-union", "The Dock Workers Union met on Monday. The company said 900 posts would go.", "900", "company"),
    ("firm-not-the-council", "The Harbor Council approved the plan. The firm said it would build 40 homes.", "40", "firm"),
    ("company-not-the-board", "The Water Board held a hearing. The company said 12 wells were dry.", "12", "company"),
    ("company-in-aside-not-the-union", "The union claims 4,000 jobs will go (the company has proposed cutting 900 posts).", "900", "company"),
    # negative: "the group" may mean a union, and "the company" a corporation
    ("group-is-the-union", "The Farm Workers Union met on Monday. The group said 900 members would strike.", "900", "Farm Workers Union"),
    ("company-is-the-corporation", "Northwind Energy Corporation met the union. The company said 900 posts would go.", "900",
        "Northwind Energy Corporation"),
]


@_rows(COMMERCIAL_DESCRIPTIONS)
def test_commercial_descriptions(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ an adverb of frequency is not part of the speaker's name
FREQUENCY_ADVERBS = [
    ("often-says", "The mayor often says that 300 homes flooded.", "300", "mayor"),
    ("once-told", "Senator Joan Park once told voters that 40 plants would close.", "40", "Joan Park"),
    ("sometimes-claims", "The union sometimes claims 4,000 jobs are at risk.", "4,000", "union"),
    # negative: a figure before the adverb and verb is the narrator's
    ("often-figure-before", "After 3 floods, the mayor often says the dam is safe.", "3", None),
]


@_rows(FREQUENCY_ADVERBS)
def test_frequency_adverbs(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "the 52 announced by X": the agent's figure is the noun phrase before it
AGENTS = [
    ("agent-figure-right-before", "Rescuers found 12 bodies on Monday, far from the 40 deaths reported by local media.", "40", "local media"),
    ("agent-time-not-in-name", "The toll rose to 52, a figure announced by the commission on Monday.", "52", "commission"),
    ("agent-estimated-by", "The tower is worth less than the $90 million estimated by Harbor Realty.", "$90 million", "Harbor Realty"),
    # negative: a figure far back in the sentence is not the agent's
    ("agent-far-figure-is-narrators", "The council approved a $3 million budget after long talks over the costs reported by the mayor last year.",
     "$3 million", None),
    ("agent-far-figure-election", "Voters rejected 2 of the 5 ballot questions on Tuesday because of the changes added by the legislature.",
     "5", None),
    ("agent-far-figure-before-others", "Rescuers found 12 bodies on Monday, far from the 40 deaths reported by local media.", "12", "rescuers"),
]


@_rows(AGENTS)
def test_agent_after_a_participle(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ where the speakers are is not who speaks
# "Doctors at a clinic in Gaza City said": a name after "in"/"near" right before the verb is a place; the people
# the head before it names speak (an unnamed source).  Organisations after "at"/"of" keep their own reading.
LOCATIVE_NAMES = [
    ("organisers-of-march-in-city", "Organisers of the march in Velnor said 75,000 people joined.", "75,000", "Organisers of the march in Velnor"),
    ("doctors-at-clinic-in-city", "Doctors at a clinic in Port Selim said 30 people were wounded.", "30", "Doctors at a clinic in Port Selim"),
    ("residents-near-town", "Residents of the village near Orsk said 40 homes were flooded.", "40", "Residents of the village near Orsk"),
    ("official-in-province", "Officials at the hospital in Tarsa said 12 patients died.", "12", "officials at the hospital in Tarsa"),
    # a named person or organisation before the verb stays the speaker
    ("named-person", "Rosa Lim said 49 people had died.", "49", "Rosa Lim"),
    ("organisation-after-in", "Officials in the Interior Ministry said 30 people were wounded.", "30", "officials in the Interior Ministry"),
]


@_rows(LOCATIVE_NAMES)
def test_a_place_before_the_verb_is_where_the_speakers_are(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "not N as X reported": the as-clause's own speaker
AS_CLAUSE = [
    ("not-as-police-reported", "The interior ministry said 31 people had been detained, not 23 as police first reported.", "23", "police"),
    ("not-as-mayor-said", "The ministry said 31 people had been detained, and not 23 as the mayor had said.", "23", "mayor"),
    ("the-rest-stays", "The interior ministry said 31 people had been detained, not 23 as police first reported.", "31", "interior ministry"),
    # a comma before "as": the as-clause is a parenthetical of the whole report, which stays its speaker's
    ("comma-as", "Hale said 12 people died, as Lind had predicted.", "12", "Hale"),
    # a relay of the same clause is no as-clause
    ("relay", "Fourteen people had been injured, the health ministry later said, Wire Four reported.", "Fourteen", "health ministry"),
]


@_rows(AS_CLAUSE)
def test_an_as_clause_after_a_figure(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ plural possessives and initials in names
PLURAL_POSSESSIVES = [
    ("teachers-federation", "According to the teachers' federation, 40 schools closed.", "40", "teachers' federation"),
    ("nurses-union-curly", "According to the nurses\u2019 union, 300 wards were short of staff.", "300", "nurses\u2019 union"),
    ("initial-kept-whole", "\u201cWe lost 12 contracts,\u201d said Marta J. Olsen, the firm's director.", "12", "Marta J. Olsen"),
    ("initials-and-suffix", "\u201cWe need 30 votes,\u201d said Sen. Ivo P. Marsh Jr. of Dorset.", "30", "Ivo P. Marsh Jr"),
    # "one of several ..." after an inverted speaker describes him: its figures are the narrator's
    ("one-of-several-after-name", "\u201cThe plan costs $40 billion,\u201d writes Tomas K. Berg, one of several critics on the magazine's staff.",
     "several", None),
    ("one-of-several-quote-kept", "\u201cThe plan costs $40 billion,\u201d writes Tomas K. Berg, one of several critics on the magazine's staff.",
     "$40 billion", "Tomas K. Berg"),
]


@_rows(PLURAL_POSSESSIVES)
def test_plural_possessives_and_initials(text, figure, speaker):
    _check(text, figure, speaker)
