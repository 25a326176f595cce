"""Altered copies of the seed article (seeds/), as an editor or another outlet would produce them.

The seed's rules hold in every copy: the governor's four slightly injured against the health ministry's later 14 is
one conflict naming both (CNN in the chain where CNN relays); the refinery's "no victims" (another event), "several
civilians" (vague) and 40 km against 25 miles (one distance) are never conflicts.  Each row states what check()
must report: the conflicts in order as (metric, kind, {figure: speaker}), and the ministry's relay chain.  The copies
are made by replacing the seed's own sentences with wordings of our own.
"""
from pathlib import Path

import pytest

import claimdiff

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "ani_taganrog_missile_2023-07-28.txt").read_text(encoding="utf-8")

GOVERNOR_CUE = "Regional Governor, Vasily Golubev also said that there was a rocket explosion in the middle of the city on Friday in a Telegram post."
QUOTE = ("\u201cThere are several victims, ambulances are handling the victims. Four people were slightly injured by broken glass. "
         "Information about the damage is being specified,\u201d he said. There have been no deaths, he added.")
MINISTRY = "The Russian Ministry of Health later said 14 people had been injured, CNN reported."
FOUR = "Four people were slightly injured by broken glass."
DISTANCE = "some 40 kilometres (25 miles)"
REFINERY = "Khinshtein said that there were no victims or severe damage reported at the site."
ZAKHAROVA = "Russian Foreign Ministry spokeswoman"

GOLUBEV = "Vasily Golubev"
HEALTH = "Russian Ministry of Health"


def seed_conflict(ministry_figure=14, ministry=HEALTH, governor_figure=4, kind="subset", governor=GOLUBEV):
    return ("injured", kind, {governor_figure: governor, ministry_figure: ministry})


ONE = [seed_conflict()]


def variant(case_id, edits, conflicts=ONE, via=("CNN",), published="2023-07-28", marks=()):
    """A copy of the seed with ``edits`` ((old, new) pairs) applied in turn."""
    return pytest.param(edits, conflicts, via, published, id=case_id, marks=marks)


VARIANTS = [
    variant("as-is", []),
    # ---- paraphrased cues
    variant("told-state-tv", [(MINISTRY, "The Russian Ministry of Health later told state TV that 14 people had been injured, CNN reported.")],
            via=("state TV", "CNN")),
    variant("wrote-on-telegram", [(GOVERNOR_CUE, "Regional Governor Vasily Golubev wrote on Telegram that there was a rocket explosion in the middle "
                                                 "of the city on Friday.")]),
    variant("told-a-tv-channel", [(GOVERNOR_CUE, "Regional Governor Vasily Golubev told Rossiya-24 television that there was a rocket explosion in "
                                                 "the middle of the city on Friday.")]),
    variant("in-a-statement", [(MINISTRY, "In a statement, the Russian Ministry of Health later said 14 people had been injured, CNN reported.")]),
    variant("statement-trailing", [(MINISTRY, "Fourteen people were injured, the Russian Ministry of Health said later in a statement, CNN reported.")]),
    variant("according-to-ministry", [(MINISTRY, "According to the Russian Ministry of Health, 14 people were injured, CNN reported.")]),
    variant("according-to-later-found", [(MINISTRY, "According to the Russian Ministry of Health, 14 people were later found to have been "
                                                    "injured, CNN reported.")]),
    variant("no-relay", [(MINISTRY, "The Russian Ministry of Health later said 14 people had been injured.")], via=()),
    variant("tass-relay", [(MINISTRY, "The Russian Ministry of Health later said 14 people had been injured, TASS news agency reported.")],
            via=("TASS news agency",)),
    variant("reuters-citing", [(MINISTRY, "Reuters, citing the Russian Ministry of Health, later reported that 14 people had been injured.")],
            via=("Reuters",)),
    variant("translated-as-reported-by", [(MINISTRY, "As reported by the Ministry of Health of Russia, the number of injured later increased to "
                                                     "14 persons, CNN informs.")],
            [seed_conflict(ministry="Ministry of Health of Russia")]),
    variant("translated-updated-information", [(MINISTRY, "According to updated information from the Russian Ministry of Health, 14 people "
                                                          "were injured, CNN reported.")]),
    variant("translated-reported-in-the-ministry", [(MINISTRY, "As reported in the Russian Ministry of Health, 14 people were injured, CNN "
                                                               "reported.")]),
    variant("emergency-services", [(MINISTRY, "Emergency services later said 14 people had been injured, CNN reported.")],
            [seed_conflict(ministry="Emergency services")]),
    variant("told-a-news-agency", [(MINISTRY, "The Russian Ministry of Health later told RIA Novosti that 14 people had been injured.")],
            via=("RIA Novosti",)),
    variant("outlet-said-ministry-put", [(MINISTRY, "CNN said the Russian Ministry of Health later put the number of injured at 14.")]),
    variant("ministry-quoted", [(MINISTRY, "\u201cFourteen people have been injured,\u201d the Russian Ministry of Health later said, CNN reported.")]),
    variant("ministry-after-colon", [(MINISTRY, "The Russian Ministry of Health later gave a higher figure: 14 people injured, CNN reported.")]),
    variant("ministry-lowercase", [(MINISTRY, "Russia's health ministry later said 14 people had been injured, CNN reported.")],
            [seed_conflict(ministry="Russia's health ministry")]),
    variant("ministry-rose-to", [(MINISTRY, "The number of injured later rose to 14, the Russian Ministry of Health said, CNN reported.")]),
    # ---- the speaker after the quote, a pronoun, the name first, no name
    variant("speaker-after-quote", [(GOVERNOR_CUE + "\n\n" + QUOTE,
                                     "\u201cThere are several victims, ambulances are handling the victims. Four people were slightly injured by "
                                     "broken glass. Information about the damage is being specified,\u201d Regional Governor Vasily Golubev wrote "
                                     "on Telegram on Friday. There have been no deaths, he added.")]),
    variant("pronoun-indirect", [(QUOTE, "He said four people were slightly injured by broken glass and that there had been no deaths.")]),
    variant("name-before-title", [(GOVERNOR_CUE, "Vasily Golubev, the regional governor, also said that there was a rocket explosion in the middle "
                                                 "of the city on Friday in a Telegram post.")]),
    variant("governor-unnamed", [(GOVERNOR_CUE, "The regional governor also said that there was a rocket explosion in the middle of the city on "
                                                "Friday in a Telegram post.")], [seed_conflict(governor="regional governor")]),
    # ---- other numbers
    variant("digits-for-four", [(FOUR, "4 people were slightly injured by broken glass.")]),
    variant("fifteen-in-words", [("said 14 people", "said fifteen people")], [seed_conflict(15)]),
    variant("four-against-15", [(FOUR, "4 people were slightly injured by broken glass."), ("said 14 people", "said 15 people")],
            [seed_conflict(15)]),
    variant("fourteen-both", [(FOUR, "Fourteen people were slightly injured by broken glass.")], []),
    variant("more-than-a-dozen", [("said 14 people", "said more than a dozen people")], [seed_conflict(12)]),
    variant("a-dozen", [("said 14 people", "said a dozen people")], [seed_conflict(11)]),  # "a dozen" is read as 11 to 13
    variant("at-least-14", [("said 14 people", "said at least 14 people")]),
    variant("nearly-20", [("said 14 people", "said nearly 20 people")], [seed_conflict(18)]),
    variant("range-12-to-14", [("said 14 people", "said between 12 and 14 people")], [seed_conflict(12)]),
    variant("ministry-lower", [("said 14 people", "said two people")], [seed_conflict(2, kind="contradiction")]),
    variant("governor-unqualified", [(FOUR, "Four people were injured by broken glass.")], [seed_conflict(kind="contradiction")]),
    variant("hurt-and-wounded", [(FOUR, "Four people were slightly hurt by broken glass."), ("had been injured", "had been wounded")]),
    variant("several-only", [(FOUR, "")], []),
    variant("lightly-injured", [(FOUR, "Four people were lightly injured by broken glass.")]),
    variant("minor-injuries", [(FOUR, "Four people received minor injuries from broken glass.")]),
    variant("ministry-fourteen-with-children", [(MINISTRY, "The Russian Ministry of Health later said 14 people had been injured, including "
                                                           "two children, CNN reported.")]),
    variant("ministry-fourteen-four-seriously", [(MINISTRY, "The Russian Ministry of Health later said 14 people had been injured, four of "
                                                            "them seriously, CNN reported.")]),
    variant("ministry-no-one-killed", [(MINISTRY, "The Russian Ministry of Health later said 14 people had been injured and no one had been "
                                                  "killed, CNN reported.")]),
    # ---- the injured split; a death the governor denied
    variant("split-three-and-one", [(FOUR, "Three people were slightly injured by broken glass and one person was seriously injured.")],
            [("injured", "subset", {3: GOLUBEV, 1: GOLUBEV, 14: HEALTH})]),
    variant("split-two-sentences", [(FOUR, "Three people were slightly injured by broken glass. One more was seriously injured.")],
            [("injured", "subset", {3: GOLUBEV, 14: HEALTH})]),
    variant("ministry-adds-a-death", [(MINISTRY, "The Russian Ministry of Health later said 14 people had been injured and one person had died, "
                                                 "CNN reported.")],
            [seed_conflict(), ("killed", "contradiction", {0: GOLUBEV, 1: HEALTH})]),
    variant("hospitalised-part", [(MINISTRY, MINISTRY + " Six of them were taken to hospital, the ministry said.")]),
    # ---- a second, later update from the same ministry is an update, not a second conflict
    variant("ministry-raised-to-16", [(MINISTRY, MINISTRY + " The ministry later raised the number of injured to 16.")],
            [("injured", "subset", {4: GOLUBEV, 16: HEALTH})], via=()),
    variant("ministry-16-next-day", [(MINISTRY, MINISTRY + " On Saturday the ministry said the number of injured had risen to 16.")],
            [("injured", "subset", {4: GOLUBEV, 16: HEALTH})], via=(), published="2023-07-29"),
    # ---- other units, reordered and merged paragraphs, headline, dateline
    variant("miles-first", [(DISTANCE, "some 25 miles (40 kilometres)")]),
    variant("about-40-km", [(DISTANCE, "about 40 km")]),
    variant("abbreviated-units", [(DISTANCE, "some 40 km (about 25 mi)")]),
    variant("distance-again-in-miles", [(DISTANCE, "some 40 kilometres"),
                                        ("However, the fragments of the blast", "The city lies about 25 miles from the border. However, the "
                                                                                "fragments of the blast")]),
    variant("distance-repeated", [(ZAKHAROVA, "Taganrog lies 25 miles from the frontier.\n\n" + ZAKHAROVA)]),
    variant("ministry-moved-up", [(MINISTRY + "\n\n", ""), ("However, the fragments", MINISTRY.replace(" later", "") + "\n\nHowever, the fragments")],
            [("injured", "subset", {14: HEALTH, 4: GOLUBEV})]),
    variant("paragraphs-merged", [(GOVERNOR_CUE + "\n\n" + QUOTE + "\n\n" + MINISTRY, GOVERNOR_CUE + " " + QUOTE + " " + MINISTRY)]),
    variant("headline", [("Moscow [Russia]", "Missile strike on Taganrog injures 14, ministry says\n\nMoscow [Russia]")]),
    variant("cnn-dateline", [("Moscow [Russia], July 28 (ANI):", "TAGANROG, Russia (CNN) \u2014"), (MINISTRY, MINISTRY.replace(", CNN reported", ""))],
            via=()),
    # ---- unrelated figures, the refinery and the drone attack with figures of their own
    variant("unrelated-economy-paragraph", [(ZAKHAROVA, "Separately, Russia's central bank raised its key rate to 8.5 percent, and inflation "
                                                        "reached 4.3 percent in June, the statistics office said. Wheat exports rose 12 percent "
                                                        "to 3.1 million tonnes.\n\n" + ZAKHAROVA)]),
    variant("another-city-strike-paragraph", [(ZAKHAROVA, "In Kharkiv, Ukrainian officials said a Russian strike killed 2 people and injured "
                                                          "9.\n\n" + ZAKHAROVA)]),
    variant("another-region-shelling-paragraph", [(ZAKHAROVA, "Ukrainian officials said Russian shelling overnight killed 2 people and "
                                                              "injured 9 in the Kharkiv region.\n\n" + ZAKHAROVA)]),
    variant("war-figures-paragraph", [(ZAKHAROVA, "Ukraine's air force said it had shot down 15 of 17 drones overnight, while Russia said it "
                                                  "destroyed 9 Ukrainian drones over Crimea. Kyiv says more than 500 civilians have been "
                                                  "injured this month.\n\n" + ZAKHAROVA)]),
    variant("an-earlier-year-in-the-city", [(ZAKHAROVA, "In 2022, more than 40 people were injured in Taganrog by debris from downed drones, "
                                                        "local officials said.\n\n" + ZAKHAROVA)]),
    variant("neighbouring-region-injured", [(ZAKHAROVA, "In the neighbouring Rostov region, two people were injured by debris, the governor "
                                                        "said.\n\n" + ZAKHAROVA)]),
    variant("refinery-injured-and-evacuated", [(REFINERY, "Khinshtein said that two workers were injured at the site and that 30 people were "
                                                          "evacuated.")]),
    variant("refinery-slightly-injured", [(REFINERY, "Khinshtein said that three workers were slightly injured at the site.")]),
    variant("refinery-own-conflict", [(REFINERY, "Khinshtein said that three workers were injured at the site. The Samara regional health "
                                                 "department said eight workers were injured at the refinery.")],
            [seed_conflict(), ("injured", "contradiction", {3: "Alexander Khinshtein", 8: "Samara regional health department"})]),
    variant("refinery-local-media", [(REFINERY, "Khinshtein said that there were no victims. Local media said two workers were injured at "
                                                "the refinery.")]),
    variant("drones-destroyed", [("which did not cause any damage or casualties, CNN reported.",
                                  "which did not cause any damage or casualties, CNN reported. The ministry said 11 drones were destroyed.")]),
]


def _check(text, published="2023-07-28"):
    return claimdiff.check([claimdiff.Source(text, name="ANI", published=published)])


def _assert_conflicts(report, conflicts):
    assert [(c.metric, c.kind) for c in report.conflicts] == [(metric, kind) for metric, kind, _ in conflicts]
    for conflict, (_, _, speakers) in zip(report.conflicts, conflicts):
        found = {}
        for claim in conflict.claims:
            found.setdefault(claim.quantity.low, claim.speaker.name if claim.speaker else None)
        assert found == speakers
        for name in set(speakers.values()) if len(conflict.claims) == 2 else ():  # the explanation names the pair it gives
            assert name.split()[-1].lower() in conflict.explanation.lower()


@pytest.mark.parametrize("edits,conflicts,via,published", VARIANTS)
def test_seed_variant(edits, conflicts, via, published):
    text = SEED
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    report = _check(text, published)
    _assert_conflicts(report, conflicts)
    if conflicts and conflicts[0][2].get(14) == HEALTH:
        fourteen = next(c for c in report.conflicts[0].claims if c.quantity.low == 14)
        assert tuple(v.name for v in fourteen.via) == via
    for claim in report.claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote


#: The story from two outlets: the governor's channel relayed by one, the ministry by another.
GOVERNOR_WIRE = ("TAGANROG, Russia, July 28 \u2014 Regional Governor Vasily Golubev said on Telegram that four people were slightly "
                 "injured by broken glass when a missile exploded in Taganrog on Friday.")
MINISTRY_WIRE = "The Russian Ministry of Health said 14 people had been injured in the missile strike on Taganrog on Friday."


@pytest.mark.parametrize("sources,conflicts", [
    pytest.param([("Wire A", GOVERNOR_WIRE), ("Wire B", MINISTRY_WIRE)], ONE, id="two-wires"),
    pytest.param([("ANI", SEED), ("Brief", "The Russian Ministry of Health said 14 people were injured in Taganrog on Friday, state media "
                                           "reported.")], ONE, id="seed-and-a-brief"),
    pytest.param([("ANI", SEED), ("Copy", SEED)], ONE, id="seed-twice"),
    pytest.param([("ANI", SEED), ("Other", SEED.replace("said 14 people", "said 15 people"))],
                 [("injured", "contradiction", {4: GOLUBEV, 14: HEALTH, 15: HEALTH})], id="two-outlets-quote-the-ministry-apart"),
    pytest.param([("ANI", p) for p in SEED.split("\n\n") if p.strip()], ONE, id="paragraphs-as-posts"),
    pytest.param([("Telegram", "Regional Governor Vasily Golubev said on Telegram that a missile had hit Taganrog: \u201cFour people were "
                               "slightly injured by broken glass. There are no deaths.\u201d"),
                  ("CNN", "A missile hit the city of Taganrog on Friday. The Russian Ministry of Health later said 14 people had been injured.")],
                 ONE, id="governor-post-where-the-missile-hit"),
])
def test_seed_from_several_outlets(sources, conflicts):
    report = claimdiff.check([claimdiff.Source(text, name=name, published="2023-07-28") for name, text in sources])
    _assert_conflicts(report, conflicts)


@pytest.mark.parametrize("old,new,phrase", [
    # a severity read from an adjective is said with the adverb in the explanation
    pytest.param(FOUR, "Four people received minor injuries from broken glass.", "four were slightly injured", id="minor-injuries"),
    pytest.param(FOUR, "Four people suffered serious injuries from broken glass.", "four were seriously injured", id="serious-injuries"),
    pytest.param(FOUR, "Four people were slightly injured by broken glass.", "four were slightly injured", id="slightly-as-is"),
])
def test_explanation_reads_the_severity(old, new, phrase):
    report = _check(SEED.replace(old, new))
    assert len(report.conflicts) == 1 and phrase in report.conflicts[0].explanation


@pytest.mark.parametrize("sentence,speaker", [
    # "according to" reads past what a source passes on ("information", with or without a modifier) to the source
    pytest.param("According to information from the port authority, 40 containers fell overboard.", "port authority", id="information-from"),
    pytest.param("According to updated information from the electoral commission, 212 seats were counted.", "electoral commission",
                 id="updated-information-from"),
    pytest.param("According to preliminary data from the statistics office, 9,000 jobs were lost.", "statistics office",
                 id="preliminary-data-from"),
    # ... and information from no one names no one
    pytest.param("According to information, 40 containers fell overboard.", None, id="bare-information"),
    pytest.param("According to the information, 212 seats were counted.", None, id="the-information"),
])
def test_according_to_information_from(sentence, speaker):
    claim = claimdiff.extract(sentence, published="2025-06-10")[0]
    assert (claim.speaker.name if claim.speaker else None) == speaker
