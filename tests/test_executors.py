"""check(), check_many() and claimdiff.dask are executors over the same stages: the same input gives the same conflicts."""
import json
from pathlib import Path

import pytest

import claimdiff
from claimdiff.archive import ArchiveResult

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "news_cases.json"

STORIES = [
    [claimdiff.Source("Police said 15 people were killed when a building collapsed in Tarvo on Friday.", name="A", published="2024-04-10"),
     claimdiff.Source("The mayor of Tarvo said two people were killed in the building collapse.", name="B", published="2024-04-10")],
    [claimdiff.Source("At least 30 protesters were arrested in Lisbon on Friday, police said.", name="Agency A", published="2024-06-01"),
     claimdiff.Source("Organisers said 12 protesters were arrested in Lisbon.", name="Paper B", published="2024-06-01")],
    [claimdiff.Source("The governor said four people were slightly injured in the blast in Orel.", name="Wire", published="2024-02-02"),
     claimdiff.Source("The health ministry later said the blast in Orel injured 14 people.", name="Wire", published="2024-02-02")],
]


def _signature(conflicts):
    return sorted((c.kind, c.metric, tuple(sorted(claim.quote for claim in c.claims))) for c in conflicts)


def _by_every_road(sources):
    checked = _signature(claimdiff.check(sources).conflicts)
    final = list(claimdiff.check_many(sources))[-1]
    assert isinstance(final, ArchiveResult)
    return checked, _signature(final.conflicts)


@pytest.mark.parametrize("sources", STORIES, ids=["placed-toll", "arrests", "one-outlet-story"])
def test_check_and_check_many_agree(sources):
    checked, streamed = _by_every_road(sources)
    assert checked == streamed and checked


def _dev_sources():
    if not DEV.exists():
        return []
    cases = json.loads(DEV.read_text(encoding="utf-8"))["cases"]
    # the dev set may annotate a date ("2003-11-20 (inferred: ...)"): its ISO day is the date
    return [claimdiff.Source(c["text"], name=c["outlet"], published=(c["published"] or "")[:10] or None, id=c["id"]) for c in cases]


@pytest.mark.skipif(not DEV.exists(), reason="../shared/dev is not here")
def test_every_road_gives_the_same_conflicts_on_the_dev_texts():
    sources = _dev_sources()
    for source in sources:
        checked, streamed = _by_every_road([source])
        assert checked == streamed, source.id
    together = list(claimdiff.check_many(sources, workers=2))[-1]
    assert _signature(together.conflicts) == _signature(claimdiff.check(sources).conflicts)


@pytest.mark.skipif(not DEV.exists(), reason="../shared/dev is not here")
def test_dask_gives_the_same_conflicts_on_the_dev_texts():
    bag = pytest.importorskip("dask.bag")
    from claimdiff import dask as cd

    sources = _dev_sources()
    found = cd.conflicts(cd.extract_bag(bag.from_sequence(sources, npartitions=3))).compute(scheduler="sync")
    assert _signature(found) == _signature(claimdiff.check(sources).conflicts)


ROLLING = [
    claimdiff.Source("Police said 12 people were killed in the flood in Arlen.", name="Wire", published="2025-05-07"),
    claimdiff.Source("Police said 31 people were killed in the flood in Arlen.", name="Daily", published="2025-05-08"),
    claimdiff.Source("The mayor of Arlen said 9 people were killed in the flood.", name="Radio", published="2025-05-08"),
]


@pytest.mark.parametrize("sources", STORIES + [ROLLING], ids=["placed-toll", "arrests", "one-outlet-story", "rolling"])
def test_dask_agrees_with_check_on_several_sources(sources):
    bag = pytest.importorskip("dask.bag")
    from claimdiff import dask as cd

    found = cd.conflicts(cd.extract_bag(bag.from_sequence(sources, npartitions=2))).compute(scheduler="sync")
    assert _signature(found) == _signature(claimdiff.check(sources).conflicts)
