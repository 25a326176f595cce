"""Attribution forms: who says the figure, through whom, and how.

Each row: (text, figure surface, expected speaker name or None, expected role or None,
expected kind or None, expected via names, expected mode).  Sentences are our own.
"""
import pytest

import claimdiff

DATE = "2024-03-15"

# (id, text, figure, name, kind, via, mode)
SPEAKER_CASES = [
    ("said-that", "The regional police chief, Anna Berg, said that 12 people were arrested overnight.",
     "12", "Anna Berg", "person", [], "indirect"),
    ("trailing-said", "Nine people were hurt in the crash, fire chief Tom Riley said.",
     "Nine", "Tom Riley", "person", [], "indirect"),
    ("inverted-said", "At least 30 homes were flooded, said Maria Lopez, the town's mayor.",
     "At least 30", "Maria Lopez", "person", [], "indirect"),
    ("told-reporters", "Interior Minister Karl Weiss told reporters that 25 protesters had been detained.",
     "25", "Karl Weiss", "person", [], "indirect"),
    ("according-to", "According to the Health Ministry, 41 patients were hospitalised.",
     "41", "Health Ministry", "organisation", [], "indirect"),
    ("quoted-as-saying", "Reuters quoted the Coast Guard as saying that 17 sailors were rescued.",
     "17", "Coast Guard", None, ["Reuters"], "indirect"),
    ("reported-citing", "Six miners were trapped, the BBC reported, citing the Mining Ministry.",
     "Six", "Mining Ministry", "organisation", ["BBC"], "indirect"),
    ("inner-and-outlet", "The Interior Ministry later said 22 people had been injured, AFP reported.",
     "22", "Interior Ministry", "organisation", ["AFP"], "indirect"),
    ("narrator", "The storm damaged 300 buildings along the coast.",
     "300", None, None, [], "unattributed"),
    ("direct-cue-after", "\u201cWe counted 18 dead in the village,\u201d said Omar Haddad, a local official.",
     "18", "Omar Haddad", "person", [], "direct"),
    ("direct-pronoun", "Governor Lena Ortiz spoke on Monday. \u201cSeven people are still missing,\u201d she said.",
     "Seven", "Lena Ortiz", "person", [], "direct"),
    ("straight-quotes", 'Police Commissioner Raj Patel said: "Fourteen suspects are in custody."',
     "Fourteen", "Raj Patel", "person", [], "direct"),
    ("pronoun-added", "Mayor Ivan Petrov said the fire started at night. No one was killed, he added.",
     "No one", "Ivan Petrov", "person", [], "indirect"),
    ("surname", "Senator Joan Mills visited the site. Mills said 40 families had lost their homes.",
     "40", "Joan Mills", "person", [], "indirect"),
    ("definite-description", "The Transport Ministry issued a statement. The ministry said 11 trains were cancelled.",
     "11", "Transport Ministry", "organisation", [], "indirect"),
    ("telegram-post", "Regional governor Pavel Sokolov wrote in a Telegram post that three drones were shot down.",
     "three", "Pavel Sokolov", "person", [], "indirect"),
    ("unnamed-official", "A senior UN official said about 2,000 families had fled the fighting.",
     "about 2,000", "senior UN official", "unnamed", [], "indirect"),
    ("compound-organisation", "The national election commission says 61 percent of voters took part.",
     "61 percent", "national election commission", "organisation", [], "indirect"),
    ("head-of-place", "The mayor of Corvo had said earlier that up to 300 people might have died.",
     "up to 300", "mayor of Corvo", "unnamed", [], "indirect"),
    ("group-plural", "Opposition parties say about 70 percent of ballots went to their candidate.",
     "about 70 percent", "Opposition parties", "organisation", [], "indirect"),
    ("parenthetical-adverb", "The district office, however, gave the death toll as 45 on Sunday night.",
     "45", "district office", "organisation", [], "indirect"),
    ("known-as-alias", "The Office for Relief Coordination, known as ORCA, said 900 people were still missing.",
     "900", "ORCA", "organisation", [], "indirect"),
    ("participle-saying", "The Green Party rejected the count, saying just 41 percent of voters had turned out.",
     "41 percent", "Green Party", "organisation", [], "indirect"),
    ("relative-clause", "Some residents who escaped had earlier said 16 neighbours were trapped.",
     "16", "residents", "unnamed", [], "indirect"),
    ("coordination", "Local medics and the civil defence volunteers reported that at least 12 people were killed.",
     "at least 12", "local medics and civil defence volunteers", "unnamed", [], "indirect"),
    ("figures-data", "According to the latest Red Cross data, 3,400 homes were destroyed.",
     "3,400", "Red Cross", "organisation", [], "indirect"),
    ("headline-credit", "At least 7 miners die in pit collapse: officials",
     "At least 7", "officials", "unnamed", [], "indirect"),
    ("possessive-affiliation", "Spokesman Sami Haddad visited the camp. The Red Crescent's Haddad said 60 tents had burned.",
     "60", "Sami Haddad", "person", [], "indirect"),
    ("quote-without-cue", "Mayor Elena Ruiz spoke to the crowd. \u201cWe lost 14 homes tonight.\u201d",
     "14", "Elena Ruiz", "person", [], "direct"),
    ("reported-as-saying", "The agency IRNA reported Health Minister Reza Tahmasbi as saying 48 patients had died.",
     "48", "Reza Tahmasbi", "person", ["IRNA"], "indirect"),
    ("cue-inside-quote", "\u201cThe fire brigade has told us that 23 flats burned,\u201d the housing office said.",
     "23", "fire brigade", "organisation", ["housing office"], "direct"),
    ("passive-is-outlet-voice", "Thousands of marchers were reported in the capital. About 300 people were arrested there.",
     "About 300", None, None, [], "unattributed"),
    ("credit-line", "Rescuers worked through the night and 85 people were pulled from the rubble. (Via Radio Norte)",
     "85", "Radio Norte", "outlet", [], "indirect"),
    ("image-credit-is-not-a-source", "Nearly 90 homes burned overnight. (Via Getty Images)",
     "Nearly 90", None, None, [], "unattributed"),
    ("dash-aside-cue-stays-in-aside", "About 4,000 marchers filled the square - the vote was rigged, they say - on Sunday.",
     "About 4,000", None, None, [], "unattributed"),
    ("video-shows-is-not-a-cue", "A video posted online shows 30 riot police at the gate.",
     "30", None, None, [], "unattributed"),
    ("compound-after-according-to", "According to the latest UN refugee agency data, 56,000 people have crossed the border.",
     "56,000", "UN refugee agency", "organisation", [], "indirect"),
    ("according-to-figures-from", "According to figures from the district councils, the toll mounts: 9 people drowned in Arlen.",
     "9", "district councils", "organisation", [], "indirect"),
    ("revised-its-toll", "The coroner's office posted a toll of 31. It later revised its toll to 28.",
     "28", "coroner's office", "organisation", [], "indirect"),
    ("changed-is-not-a-cue-without-a-figure", "The wind changed direction and 40 homes burned.",
     "40", None, None, [], "unattributed"),
    ("reported-plans-continue", "Local media say the new council will recount every ballot. The recount will need 40 clerks.",
     "40", "Local media", "outlet", [], "indirect"),
    ("past-narrative-does-not-continue", "Police said the road was closed. Later, 12 cars were towed away.",
     "12", None, None, [], "unattributed"),
    ("semicolon-keeps-cue-in-its-clause", "On Monday the official toll was 12; on the same day, a doctor in Varna said 50 had died.",
     "12", None, None, [], "unattributed"),
    ("whereas-clause-has-its-own-cue", "The firm estimates the line will add 9,000 jobs, whereas the true number is 2,000, Ana Berg said.",
     "2,000", "Ana Berg", "person", [], "indirect"),
    ("head-from-the-province", "A lawmaker from the province had said earlier that 80 people had died.",
     "80", "lawmaker from the province", "unnamed", [], "indirect"),
    ("pronoun-after-commission-role", "The commission's Ivo Marn said 40 homes were lost. He added that 12 families had left.",
     "12", "Ivo Marn", "person", [], "indirect"),
    ("hearsay-reports-that", "The mayor dismissed reports that the storm had killed more than 10 people.",
     "more than 10", "reports", "unnamed", [], "indirect"),
    ("staff-there", "The county coroner's office posted a toll of 30. Reached by phone, officials there confirmed 31 as the toll.",
     "31", "county coroner's office", "organisation", [], "indirect"),
    ("estimate-of-is-a-noun", "An aid official spoke to the press. That is double the official estimate of 900, which includes 50 children.",
     "50", None, None, [], "unattributed"),
    ("official-in-an-organisation", "An official in the local government told Reuters that 2,000 people had fled.",
     "2,000", "official in the local government", "unnamed", ["Reuters"], "indirect"),
    ("comma-citing-comma", "The Valley Post, citing hospital officials, said 26 people had died.",
     "26", "hospital officials", "unnamed", ["Valley Post"], "indirect"),
    ("lowercase-title-before-name", "Opposition leader Maria Duarte spoke. \u201cAt least 300 ballots were forged,\u201d she told supporters.",
     "At least 300", "Maria Duarte", "person", [], "direct"),
    ("passive-agent", "The party said it won 71 seats, not the 52 announced by the commission.",
     "52", "commission", "organisation", [], "indirect"),
    ("acronym-in-brackets", "The World Food Office (WFO) said more than 900 families had fled.",
     "more than 900", "World Food Office", "organisation", [], "indirect"),
    ("coast-guard", "At least 17 migrants drowned off the island, the coast guard said.",
     "At least 17", "coast guard", "organisation", [], "indirect"),
    ("signed-post", "Air defences shot down 23 drones over the region tonight.\n\n\u2014 Head of the regional administration Oleh Brik",
     "23", "Oleh Brik", "person", [], "indirect"),
    ("was-quoted-as-saying", "Mayor Ivo Tal was quoted as saying that 16 people died.",
     "16", "Ivo Tal", "person", [], "indirect"),
    ("is-reported-to-have-said", "Fire chief Ola Berg is reported to have said that 4 firefighters were hurt.",
     "4", "Ola Berg", "person", [], "indirect"),
    ("possessive-figures-show", "The Red Cross's figures show 1,400 homes were damaged.",
     "1,400", "Red Cross", "organisation", [], "indirect"),
    ("put-the-toll-at", "The health ministry put the toll at 31.",
     "31", "health ministry", "organisation", [], "indirect"),
    ("statement-cited-by", "The ministry said in a statement cited by RIA Novosti that 12 drones were downed.",
     "12", "ministry", "organisation", ["RIA Novosti"], "indirect"),
    ("reportedly-is-outlet-voice", "Police reportedly detained 50 protesters.",
     "50", None, None, [], "unattributed"),
    ("single-quotes", "'Four people died in the blaze,' a fire service spokesman said.",
     "Four", "fire service spokesman", "unnamed", [], "direct"),
    ("guillemets-and-role-before-name", "\u00abWe have 12 injured\u00bb, said the prefect, Jean Morel.",
     "12", "Jean Morel", "person", [], "direct"),
    ("apostrophes-are-not-quotes", "The boys' team lost 3 players to injury, the coach's assistant said.",
     "3", "coach's assistant", "unnamed", [], "indirect"),
    ("statement-from", "According to a statement from the fire department, 22 homes were destroyed.",
     "22", "fire department", "organisation", [], "indirect"),
    ("state-television", "Rescuers pulled 12 people alive from the rubble, state television reported.",
     "12", "state television", "outlet", [], "indirect"),
    ("doctor-abbreviation", "The hospital's director, Dr. Amira Saleh, said 19 patients were in intensive care.",
     "19", "Amira Saleh", "person", [], "indirect"),
    ("office-in-a-named-province", "The ministry announced a toll of 194, but the representative of the health minister in "
     "Kessa province said more than 200 had died in Kessa alone.",
     "more than 200", "representative of the health minister in Kessa province", "unnamed", [], "indirect"),
    ("citing-a-count-by", "A local official put the toll at 187, citing a count by community leaders.",
     "187", "community leaders", "unnamed", ["local official"], "indirect"),
    ("trailing-according-to-after-a-turn", "Insurers estimate insured losses at $1.1 billion, while total damage could reach "
     "$4 billion, according to a Moody's analysis.", "$4 billion", "Moody's analysis", None, [], "indirect"),
    ("earlier-cue-before-the-turn", "Insurers estimate insured losses at $1.1 billion, while total damage could reach "
     "$4 billion, according to a Moody's analysis.", "$1.1 billion", "Insurers", None, [], "indirect"),
    ("multi-paragraph-quote", "Chief Medical Officer Ada Kim said:\n\n\u201cThe wards are full.\n\n\u201cWe have treated 58 patients since dawn.\u201d",
     "58", "Ada Kim", "person", [], "direct"),
]


def _claim(report, figure):
    for claim in report.claims:
        if claim.quantity.text == figure:
            return claim
    raise AssertionError(f"no claim {figure!r} in {[c.quantity.text for c in report.claims]}")


@pytest.mark.parametrize("case_id,text,figure,name,kind,via,mode", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_speaker(case_id, text, figure, name, kind, via, mode):
    report = claimdiff.check([claimdiff.Source(text, name="Test Wire", published=DATE)])
    claim = _claim(report, figure)
    if name is None:
        assert claim.speaker is None
    else:
        assert claim.speaker is not None and claim.speaker.name == name
        if kind:
            assert claim.speaker.kind == kind
    assert [v.name for v in claim.via] == via
    assert claim.attribution.mode == mode


ROLE_CASES = [
    ("Five people were shot dead, said Johan Berg, a spokesman for the regional police.", "Five", "Johan Berg", "spokesman for the regional police"),
    ("Regional Governor, Marta Kovac said 5 people were hurt.", "5", "Marta Kovac", "regional governor"),
    ("Deputy Mayor Leo Brandt said 12 buses were damaged.", "12", "Leo Brandt", "deputy mayor"),
    ("Jerry Owusu, mayor of the district, said 17 people were found alive.", "17", "Jerry Owusu", "mayor of the district"),
]


@pytest.mark.parametrize("text,figure,name,role", ROLE_CASES)
def test_role_kept_apart_from_name(text, figure, name, role):
    claim = _claim(claimdiff.check([claimdiff.Source(text, published=DATE)]), figure)
    assert claim.speaker.name == name
    assert claim.speaker.role == role


NOT_CUES = [
    # a capitalised name that contains a reporting verb is not a cue
    "State Duma buildings were closed after 3 people fell ill.",
    # "report" as a noun is not a cue
    "A new report on the floods is due after 20 schools closed.",
]


@pytest.mark.parametrize("text", NOT_CUES)
def test_not_a_cue(text):
    report = claimdiff.check([claimdiff.Source(text, published=DATE)])
    assert report.claims
    assert all(c.speaker is None for c in report.claims)


def test_organisation_forms_are_one_entity():
    text = (
        "The Ministry of Defense said 9 missiles were launched. "
        "According to the Defence Ministry, 7 missiles were intercepted."
    )
    claims = claimdiff.check([claimdiff.Source(text, published=DATE)]).claims
    # one entity, each claim naming it as its own sentence does
    assert len({c.speaker.entity for c in claims}) == 1
    assert [c.speaker.name for c in claims] == ["Ministry of Defense", "Defence Ministry"]


def test_descriptions_take_the_latest_written_form():
    text = (
        "The Interior Ministry said 12 people were arrested. According to the Russian Interior Ministry, 30 more were held. "
        "The ministry added that 4 officers were hurt."
    )
    claims = claimdiff.check([claimdiff.Source(text, published=DATE)]).claims
    assert claims[-1].speaker.name == "Russian Interior Ministry"
    assert len({c.speaker.entity for c in claims}) == 1
