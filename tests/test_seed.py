"""The seed article (seeds/): the report an editor expects from it."""
from pathlib import Path

import pytest

import claimdiff

SEED = Path(__file__).resolve().parents[1] / "seeds" / "ani_taganrog_missile_2023-07-28.txt"


@pytest.fixture(scope="module")
def text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report(text):
    return claimdiff.check([claimdiff.Source(text, name="ANI", published="2023-07-28")])


def find(report, surface, metric=None):
    hits = [c for c in report.claims if c.quantity.text.lower() == surface.lower() and (metric is None or c.metric == metric)]
    assert hits, f"no claim {surface!r} ({metric}) among {[(c.quantity.text, c.metric) for c in report.claims]}"
    return hits[0]


def test_one_conflict_on_injured(report):
    assert len(report.conflicts) == 1
    conflict = report.conflicts[0]
    assert conflict.metric == "injured"
    figures = sorted(c.quantity.low for c in conflict.claims)
    assert figures == [4, 14]
    speakers = {c.quantity.low: c.speaker.name for c in conflict.claims}
    assert speakers[4] == "Vasily Golubev"
    assert "Ministry of Health" in speakers[14]
    explanation = conflict.explanation.lower()
    assert "later" in explanation and "slightly" in explanation
    assert "golubev" in explanation and "ministry of health" in explanation


def test_four_slightly_injured_by_the_governor(report):
    claim = find(report, "Four")
    assert (claim.quantity.low, claim.quantity.high) == (4, 4)
    assert claim.metric == "injured"
    assert "slightly" in claim.qualifiers
    assert claim.speaker.name == "Vasily Golubev"
    assert claim.speaker.role == "regional governor"
    assert claim.attribution.mode == "direct"


def test_fourteen_injured_by_the_health_ministry_via_cnn(report):
    claim = find(report, "14")
    assert claim.metric == "injured"
    assert claim.speaker.name == "Russian Ministry of Health"
    assert claim.speaker.kind == "organisation"
    assert [v.name for v in claim.via] == ["CNN"]


def test_several_civilians_in_the_outlets_voice(report):
    claim = next(c for c in report.claims if c.quantity.kind == "vague" and "civilians" in c.qualifiers)
    assert claim.speaker is None
    assert claim.metric == "injured"
    assert claim.quantity.low == 3 and claim.quantity.high is None


def test_golubev_several_victims_and_no_deaths(report):
    victims = next(c for c in report.claims if c.metric == "victims" and c.quantity.kind == "vague")
    assert victims.speaker.name == "Vasily Golubev"
    deaths = next(c for c in report.claims if c.metric == "killed" and c.quantity.low == 0)
    assert deaths.speaker.name == "Vasily Golubev"
    assert deaths.attribution.cue == "added"


def test_distance_is_one_quantity(report, text):
    distances = [c for c in report.claims if c.quantity.dimension == "length"]
    assert len(distances) == 1
    quantity = distances[0].quantity
    assert quantity.value == 40 and quantity.unit == "kilometre"
    assert quantity.alternative is not None and quantity.alternative.value == 25
    assert text[quantity.span[0]:quantity.span[1]] == quantity.text


def test_another_missile_downed_by_the_ministry(report):
    claim = next(c for c in report.claims if c.metric and c.metric.startswith("missiles") and c.quantity.low == 1)
    assert claim.metric == "missiles downed"
    assert "Defen" in claim.speaker.name and "Ministry" in claim.speaker.name


def test_drone_attack_zero_is_its_own_event(report):
    zero = next(c for c in report.claims if c.metric == "casualties" and c.quantity.low == 0)
    assert zero.speaker.name == "Russian defence ministry"  # as that sentence names it
    assert zero.speaker.entity == find(report, "Another").speaker.entity  # one ministry throughout
    taganrog = find(report, "Four").event
    assert zero.event.id != taganrog.id
    assert "moscow" in (zero.event.place or "").lower()


def test_refinery_no_victims_is_another_event(report):
    zero = next(c for c in report.claims if c.metric == "victims" and c.quantity.low == 0)
    assert zero.speaker.name == "Alexander Khinshtein"
    assert zero.event.id != find(report, "Four").event.id
    assert zero.event.place == "Samara"


def test_s200_and_dates_are_not_figures(report):
    surfaces = {c.quantity.text for c in report.claims}
    assert not any("200" in s for s in surfaces)
    assert not any("28" in s for s in surfaces)


def test_spans_index_the_text(report, text):
    for claim in report.claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote


def test_year_inferred_from_weekday_without_published(text):
    report = claimdiff.check([claimdiff.Source(text, name="ANI")])
    assert any("2023" in note and "Friday" in note for note in report.notes)
    four = find(report, "Four")
    assert four.event.date == "2023-07-28"
    assert len(report.conflicts) == 1


def test_to_dict_schema(report):
    d = report.to_dict()
    assert d["schema"] == "claimdiff/1"
    assert d["sources"] == [{"id": "s1", "name": "ANI", "published": "2023-07-28"}]
    claim = next(c for c in d["claims"] if c["value"]["text"] == "14")
    assert claim["speaker"]["name"] == "Russian Ministry of Health"
    assert claim["via"] == ["CNN"]
    assert claim["value"]["low"] == 14 and claim["value"]["high"] == 14
    assert claim["source"] == "s1"
    conflict = d["conflicts"][0]
    assert set(conflict) >= {"id", "metric", "event", "claims", "kind", "explanation"}
    ids = {c["id"] for c in d["claims"]}
    assert set(conflict["claims"]) <= ids


def test_paragraphs_as_separate_sources(text):
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    sources = [claimdiff.Source(p, name="ANI", published="2023-07-28", id=f"p{i}") for i, p in enumerate(paragraphs)]
    report = claimdiff.check(sources)
    injured = [c for c in report.conflicts if c.metric == "injured"]
    assert len(injured) == 1
    assert {c.quantity.low for c in injured[0].claims} == {4, 14}
    # consecutive paragraphs of one outlet are one story: "he said" still finds the governor
    assert {c.quantity.low: c.speaker.name for c in injured[0].claims}[4] == "Vasily Golubev"
    assert len(report.conflicts) == 1


MINISTRY = "The Russian Ministry of Health later said 14 people had been injured, CNN reported."
GOVERNOR = "Four people were slightly injured by broken glass."
#: Altered copies of the seed: (id, old, new, the ministry's speaker name, its via chain).  In every one the
#: four-against-14 conflict is the only conflict, and it names the governor and the ministry.
ALTERED = [
    ("citing", MINISTRY, "CNN, citing the Russian Ministry of Health, later said 14 people had been injured.",
     "Russian Ministry of Health", ["CNN"]),
    ("according-to-outlet", MINISTRY, "According to CNN, the Russian Ministry of Health later said 14 people had been injured.",
     "Russian Ministry of Health", ["CNN"]),
    ("statement-hurt", MINISTRY, "Russia's Health Ministry said in a statement later on Friday that 14 people were hurt.",
     "Russia's Health Ministry", []),
    ("trailing-cue", MINISTRY, "Fourteen people had been injured, the Russian Ministry of Health later said, CNN reported.",
     "Russian Ministry of Health", ["CNN"]),
    ("digits-for-governor", GOVERNOR, "4 people were slightly injured by broken glass.", "Russian Ministry of Health", ["CNN"]),
    ("ministry-moved-up", MINISTRY + "\n\n", "", "Russian Ministry of Health", ["CNN"]),
]


@pytest.mark.parametrize("case_id,old,new,ministry,via", ALTERED, ids=[row[0] for row in ALTERED])
def test_altered_seed_keeps_its_one_conflict(text, case_id, old, new, ministry, via):
    assert old in text
    altered = text.replace(old, new)
    if case_id == "ministry-moved-up":
        altered = altered.replace("However, the fragments", MINISTRY + "\n\nHowever, the fragments")
    report = claimdiff.check([claimdiff.Source(altered, name="ANI", published="2023-07-28")])
    assert len(report.conflicts) == 1
    conflict = report.conflicts[0]
    assert conflict.metric == "injured" and {c.quantity.low for c in conflict.claims} == {4, 14}
    speakers = {c.quantity.low: c for c in conflict.claims}
    assert speakers[4].speaker.name == "Vasily Golubev"
    assert speakers[14].speaker.name == ministry and [v.name for v in speakers[14].via] == via
