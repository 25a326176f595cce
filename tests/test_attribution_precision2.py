"""Attribution precision, part two: false speakers and wrong speakers (issue #11).

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own.  Each table has rows where the
rule fires and rows where it must not; known failures are marked ``xfail(strict=True)`` so that a fix shows up.
"""

from attribution_rows import _check, _rows, _xfail

# ------------------------------------------------------------------ an aside of the manner of saying
#: "The mayor, speaking at a briefing, said ...": the participle between the subject and its verb tells how the
#: subject spoke; it is no report of its own and it does not hide the subject.
MANNER_ASIDES = [
    ("speaking-at-briefing", "Hale, speaking at a briefing in Tampa, said 2 million homes were without power.", "2 million", "Hale"),
    ("speaking-anonymity", "A local official, speaking on condition of anonymity, said 5 of the dead were civilians.", "5", "local official"),
    ("speaking-to-reporters", "The coach, speaking to reporters after practice, said 3 players were injured.", "3", "coach"),
    ("speaking-by-phone", "Mona Reyes, speaking by telephone from the camp, told us that 400 families had arrived.", "400", "Mona Reyes"),
    # the audience in the aside stays the narrator's
    ("aside-audience-narrator", "The mayor, speaking to 300 supporters, said taxes would rise 5 percent.", "300", None),
    ("aside-audience-report", "The mayor, speaking to 300 supporters, said taxes would rise 5 percent.", "5 percent", "mayor"),
    # no subject to speak for: the participle opens the sentence, or stands alone
    ("fronted-speaking", "Speaking to reporters, the mayor said 40 people died.", "40", "mayor"),
    ("speaking-no-report", "The mayor spoke to 200 residents at the hall on Monday.", "200", None),
]


@_rows(MANNER_ASIDES)
def test_manner_aside(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "claimed" as taking
#: "The storm claimed 6 lives": a thing taken, not a statement; the figure stays the narrator's.  "claimed (that) X
#: were killed" is a statement.
CLAIMED_TAKINGS = [
    ("claimed-lives", "The storm claimed 6 lives in Cuba before it reached the coast.", "6", None),
    ("claimed-the-lives-of", "The virus has claimed the lives of more than 300 people in the province.", "more than 300", None),
    ("claimed-lives-relative", "The fire claimed the lives of 12 people who were trapped inside.", "12", None),
    ("claimed-responsibility", "A militant group claimed responsibility for the bombing that killed 40 people.", "40", None),
    ("claimed-victory", "The governing party claimed victory after winning 41 of the 60 seats.", "41", None),
    # statements
    ("claimed-clause", "The rebels claimed 30 soldiers were killed in the ambush.", "30", "rebels"),
    ("claimed-that-lives", "The rebels claimed that 30 lives were lost in the ambush.", "30", "rebels"),
    ("claimed-lives-clause", "The rebels claimed 30 lives were lost in the ambush.", "30", "rebels"),
    ("claimed-workers-joined", "The union claimed 8,000 workers joined the strike.", "8,000", "union"),
]


@_rows(CLAIMED_TAKINGS)
def test_claimed_as_taking(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ citing one's own material
#: "The ministry, citing its own data, said ...": what is cited is the subject's own; the subject speaks alone,
#: whatever other "it" the text named before.  Citing someone else still relays them.
OWN_MATERIAL = [
    ("comma-citing-its-own-data",
     "Ukraine's air force said 40 missiles were fired. It said 32 were shot down. "
     "The Russian defence ministry, citing its own data, said it had struck 18 military targets.", "18", "Russian defence ministry"),
    ("comma-quoting-its-figures",
     "The health agency said 40 people had died. The army, quoting its own casualty figures, said 14 soldiers were killed.",
     "14", "army"),
    ("trailing-citing-its-records",
     "The port authority said 3 ships had docked. The airline said it carried 2 million passengers, citing its own records.",
     "2 million", "airline"),
    # another's words are still relayed
    ("comma-citing-officials", "The Post, citing hospital officials, said 26 people had died.", "26", "hospital officials"),
    ("trailing-citing-commanders", "The mayor said 40 died. The rebels said 50 died, citing their commanders.", "50", "commanders"),
]


@_rows(OWN_MATERIAL)
def test_own_material(text, figure, speaker):
    _check(text, figure, speaker)


def test_own_material_has_no_relay():
    from attribution_rows import _claim

    claim = _claim(OWN_MATERIAL[2][1], "2 million")
    assert claim.attribution.via == ()


# ------------------------------------------------------------------ the head of a post-modified subject
#: "Economists surveyed by Bloomberg expect ...", "Donors in both parties said ...": the object of the preposition
#: is no speaker; the speaker is the whole subject, named from its head.  A document or statement of someone ("a
#: report by the UN", "a statement from the ministry") is that someone's.
POSTMODIFIED_HEADS = [
    ("surveyed-by", "Economists surveyed by Bloomberg had forecast a rate of 4.3 percent.", "4.3 percent", "Economists surveyed by Bloomberg"),
    ("appointed-by", "A panel appointed by the governor concluded that 300 homes were at risk.", "300", "panel appointed by the governor"),
    ("hired-by-agent", "Engineers hired by the city said the repairs would cost $12 million.", "$12 million", "Engineers hired by the city"),
    ("hired-by-singular", "A lawyer hired by the family said the company owed $2 million.", "$2 million", "lawyer hired by the family"),
    ("in-both-parties", "Donors in both parties said they gave 20 percent more this year.", "20 percent", "Donors in both parties"),
    ("in-several-states", "Nurses in several towns said 40 patients were moved.", "40", "Nurses in several towns"),
    ("two-modifiers", "Workers at the plant owned by Acme said 200 jobs would go.", "200", "Workers at the plant owned by Acme"),
    # the one after the preposition does speak
    ("statement-from", "A statement from the ministry said 12 soldiers died.", "12", "ministry"),
    ("officials-in", "Officials in the province said 12 soldiers died.", "12", "officials in the province"),
    ("spokesman-for", "A spokesman for the army said 12 soldiers died.", "12", "spokesman for the army"),
]


@_rows(POSTMODIFIED_HEADS)
def test_postmodified_head(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "he" in the sentence its own subject opens
#: "Dana Holt criticised the budget, which she said would cut 400 jobs": a person's full name (or a titled name) that
#: opens the sentence is the antecedent of the pronoun later in it, even when the text has not met the name.  A
#: single word ("Moscow", "Trump") may be a place or an unmet surname: the person named before stays the antecedent.
OWN_SUBJECT_PRONOUNS = [
    ("full-name-which-she-said",
     "Governor Ann Lind said 40 homes burned. Dana Holt criticised the budget, which she said would cut 400 jobs.", "400", "Dana Holt"),
    ("titled-name-which-he-said",
     "Governor Ann Lind said 40 homes burned. Mr. Hale attacked the levy, which he said would cost families $300 a year.", "$300", "Hale"),
    ("full-name-and-he-said",
     "The mayor said 40 homes burned. Omar Haddad toured the camp, and he said 900 people slept there.", "900", "Omar Haddad"),
    # not a person's name: the earlier speaker stays
    ("place-opener", "Governor Ann Lind said 40 homes burned. Moscow rejected the report, which she said overstated the toll of 40.",
     "40", "Ann Lind"),
    ("two-word-place-opener",
     "Governor Ann Lind said 40 homes burned. North Korea rejected the report, which she said had cost 400 lives.", "400", "Ann Lind"),
    ("opening-word", "Governor Ann Lind spoke on Monday. Asked about the fire, she said 40 homes burned.", "40", "Ann Lind"),
]


@_rows(OWN_SUBJECT_PRONOUNS)
def test_own_subject_pronoun(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ the speaker's name, whole and bare
#: "The bank itself said": the reflexive stresses the speaker and is no part of its name; "Council member Dana Ortiz"
#: is a person whose role names a body, and "she" may stand for her.
SPEAKER_NAMES = [
    ("itself", "The central bank said prices rose 9 percent. The bank itself has said prices rose 7.5 percent.", "7.5 percent", "central bank"),
    ("himself", "Mr. Cruz himself told reporters that he had won 12 counties.", "12", "Cruz"),
    ("themselves", "The organisers themselves said 2,000 people came.", "2,000", "organisers"),
    ("council-member-she",
     "The mayor said the plan would cost $40 million. Council member Dana Ortiz opposed it. "
     "\u201cWe have seen 3 projects like this fail,\u201d she said.", "3", "Dana Ortiz"),
    ("board-member", "Board member Jan Kowal said the firm lost $3 million.", "$3 million", "Jan Kowal"),
    # a reflexive alone is no speaker to strip
    ("itself-alone-object", "The company said it had cut 300 jobs to protect itself.", "300", "company"),
]


@_rows(SPEAKER_NAMES)
def test_speaker_names(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a cue inside a comparison
#: "Sales rose 12 percent, more than analysts had forecast": the clause after "than" (or "twice what") reports only
#: the elided level the figure is compared with; the figure is the narrator's.  A figure that the cue's own phrase
#: reports ("the 5 percent the bank had forecast") and a cue that closes the whole sentence keep their speakers.
COMPARATIVE_CLAUSES = [
    ("more-than-forecast", "Sales rose 12 percent, more than analysts had forecast.", "12 percent", None),
    ("more-than-first-reported", "The storm killed 40 people, far more than officials first reported.", "40", None),
    ("higher-than-predicted", "Turnout hit 61 percent, higher than pollsters predicted.", "61 percent", None),
    ("higher-than-studies-suggested", "The 125,000 suspensions are far higher than previous studies have suggested.", "125,000", None),
    ("twice-what-estimated", "The deficit hit $500 billion, twice what the budget office estimated.", "$500 billion", None),
    # the speakers' own figures
    ("reduced-relative-forecast", "Prices rose 4 percent, less than the 5 percent the bank had forecast.", "5 percent", "bank"),
    ("outer-cue-closes", "The toll rose to 40, more than officials had said on Monday, the ministry said.", "40", "ministry"),
    ("more-than-figure", "The ministry said more than 40 people died.", "more than 40", "ministry"),
    ("than-before-figure-cue", "More than 300 people were rescued, officials said.", "More than 300", "officials"),
]


@_rows(COMPARATIVE_CLAUSES)
def test_comparative_clause(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ the work a writer makes
#: "The author has published 12 novels", "The senator wrote three letters to the agency": a figure in the object of a
#: verb of writing or posting counts the works, and is the narrator's.  What the work says ("a letter saying ...", "a
#: story detailing ...", "wrote that ...") and what a picture shows ("an image of X beside $100 bills") are reported.
WORK_OBJECTS = [
    ("published-novels", "The author has published 12 novels since 1990.", "12", None),
    ("wrote-letters", "The senator wrote three letters to the agency last year.", "three", None),
    ("posted-words", "The minister posted just two words on her account after the vote.", "two", None),
    ("posted-photos-and-said", "Travelers posted photos of crowded terminals, and one passenger said she had waited 9 hours.", "one", None),
    ("relative-who-wrote", "The aide who wrote the speech for one of the candidates says she will vote for neither.", "one", None),
    # what the work says or shows
    ("letter-saying", "The governor wrote a letter to the agency saying 300 homes were lost.", "300", "governor"),
    ("message-saying", "The ministry posted a message on its channel saying 40 people had died.", "40", "ministry"),
    ("story-detailing", "The paper published a story detailing 14 complaints against the officer.", "14", "paper"),
    ("image-of", "The candidate tweeted an image of his rival beside $100 bills.", "$100", "candidate"),
    ("wrote-that", "The group wrote in a letter that 40 members had quit.", "40", "group"),
    ("posted-a-loss", "The company posted a loss of $5 million for the quarter.", "$5 million", "company"),
]


@_rows(WORK_OBJECTS)
def test_work_objects(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a second clause with its own speaker
#: "The mayor said 40 homes burned, and two firefighters said 12 were hurt": after ", and" a clause with a subject and
#: a verb of saying of its own is no part of the first report, so the count of the new speakers is no one's report.
#: "and that ..." coordinates a second complement of the first cue.
COORDINATED_REPORTS = [
    ("and-two-firefighters", "The mayor said 40 homes burned, and two firefighters said 12 were hurt.", "two", None),
    ("and-two-firefighters-own", "The mayor said 40 homes burned, and two firefighters said 12 were hurt.", "12", "two firefighters"),
    ("and-3-villagers", "The army reported 12 deaths, and 3 villagers said they saw the attack.", "3", None),
    ("and-one-commander", "The agency reported 9 new cases, and one doctor told us the ward was full.", "one", None),
    # the first report goes on
    ("and-that", "The mayor said 40 homes burned, and that 12 people were hurt.", "12", "mayor"),
    ("and-no-cue", "Officials said 40 homes burned, and 12 firefighters were hurt.", "12", "officials"),
]


@_rows(COORDINATED_REPORTS)
def test_coordinated_reports(text, figure, speaker):
    _check(text, figure, speaker)
