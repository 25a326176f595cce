"""check_many (streaming an archive) and the optional Dask module."""
import datetime as dt
import io
import pickle
from pathlib import Path

import pytest

import claimdiff
from claimdiff import archive, pipeline
from claimdiff.archive import ArchiveResult, SourceResult

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "ani_taganrog_missile_2023-07-28.txt"

BRIDGE_A = claimdiff.Source(
    "Rescuers said 9 people were killed when a footbridge collapsed in Tarnow on Sunday.",
    name="Daily Courier", published="2024-03-11")
BRIDGE_B = claimdiff.Source(
    "The regional governor said 4 people died in the footbridge collapse in Tarnow.",
    name="Radio South", published="2024-03-11")
FLOOD = claimdiff.Source(
    "Officials in Ghent said 120 homes were flooded after the river burst its banks. "
    "A city spokesman later said 300 homes had been flooded.",
    name="Flanders Post", published="2024-02-02")


def _split(results):
    *per_source, final = list(results)
    assert all(isinstance(r, SourceResult) for r in per_source)
    assert isinstance(final, ArchiveResult)
    return per_source, final


def _conflict_quotes(conflicts):
    return {frozenset((c.source, c.quote) for c in conflict.claims) for conflict in conflicts}


def test_yields_each_source_then_the_comparison():
    per_source, final = _split(claimdiff.check_many([BRIDGE_A, BRIDGE_B, FLOOD]))
    assert [r.id for r in per_source] == ["s1", "s2", "s3"]
    assert [r.name for r in per_source] == ["Daily Courier", "Radio South", "Flanders Post"]
    assert [r.position for r in per_source] == [0, 1, 2]
    assert per_source[0].length == len(BRIDGE_A.text)
    assert [c.quote for c in per_source[0].claims] == ["9"]
    assert [c.quote for c in per_source[1].claims] == ["4"]
    # claim ids run across the archive as in check()
    assert [c.id for r in per_source for c in r.claims] == [f"c{n}" for n in range(1, len(final.claims) + 1)]
    assert _conflict_quotes(final.conflicts) == _conflict_quotes(claimdiff.check([BRIDGE_A, BRIDGE_B, FLOOD]).conflicts)
    assert ({("s1", "9"), ("s2", "4")}) in [set(q) for q in _conflict_quotes(final.conflicts)]


@pytest.mark.parametrize("sources", [
    [BRIDGE_A, BRIDGE_B],
    [FLOOD],
    [BRIDGE_A, FLOOD, BRIDGE_B],
    "seed",
])
def test_same_report_as_check_for_one_story(sources):
    if sources == "seed":
        sources = [claimdiff.Source(SEED.read_text(encoding="utf-8"), name="ANI", published="2023-07-28")]
    expected = claimdiff.check(sources).to_dict()
    _, final = _split(claimdiff.check_many(sources))
    assert final.to_report().to_dict() == expected


def test_texts_are_not_kept():
    _, final = _split(claimdiff.check_many([BRIDGE_A, BRIDGE_B]))
    assert [s.text for s in final.sources] == ["", ""]
    assert [s.id for s in final.sources] == ["s1", "s2"]
    for result in claimdiff.check_many([BRIDGE_A]):
        assert not any(getattr(result, field, None) == BRIDGE_A.text for field in ("text", "source"))


def test_reads_a_generator_lazily():
    pulled = []

    def archive_of(n):
        for i in range(n):
            pulled.append(i)
            yield BRIDGE_A

    stream = claimdiff.check_many(archive_of(5))
    first = next(stream)
    assert isinstance(first, SourceResult) and pulled == [0]
    rest = list(stream)
    assert len(rest) == 5 and pulled == [0, 1, 2, 3, 4]


def test_same_place_far_apart_in_time_is_two_events():
    spring = claimdiff.Source("Police said 3 people were killed in a fire in Aarhus.", name="A", published="2023-04-02")
    autumn = claimdiff.Source("Police said 11 people were killed in a fire in Aarhus.", name="B", published="2023-10-19")
    _, final = _split(claimdiff.check_many([spring, autumn]))
    assert final.conflicts == ()
    assert len({c.event.id for c in final.claims}) == 2
    # check() merges events by the same policy
    assert claimdiff.check([spring, autumn]).conflicts == ()


def test_dates_a_few_days_apart_are_one_event():
    monday = claimdiff.Source("Police said 3 people were killed in a fire in Aarhus.", name="A", published="2023-04-03")
    wednesday = claimdiff.Source("Police said 11 people were killed in a fire in Aarhus.", name="B", published="2023-04-05")
    _, final = _split(claimdiff.check_many([monday, wednesday]))
    assert len({c.event.id for c in final.claims}) == 1
    # a higher toll two days later is counting going on: an update, not a conflict
    assert final.conflicts == () and len(final.updates) == 1
    falling = _split(claimdiff.check_many([wednesday, claimdiff.Source(monday.text, name="A", published="2023-04-06")]))[1]
    assert [c.kind for c in falling.conflicts] == ["contradiction"]


def test_sources_may_be_str_dict_or_source_and_ids_are_unique():
    per_source, final = _split(claimdiff.check_many([
        {"text": BRIDGE_A.text, "name": "Daily Courier", "published": "2024-03-11", "id": "a"},
        BRIDGE_B.text,
        claimdiff.Source(FLOOD.text, id="a"),
    ]))
    assert [r.id for r in per_source] == ["a", "s2", "a_3"]
    assert per_source[0].published == dt.date(2024, 3, 11)
    assert per_source[1].published is None


def test_a_single_source_or_str_is_one_source():
    per_source, _ = _split(claimdiff.check_many(BRIDGE_A))
    assert len(per_source) == 1
    per_source, _ = _split(claimdiff.check_many(BRIDGE_A.text))
    assert len(per_source) == 1 and per_source[0].claims[0].quote == "9"


def test_empty_archive():
    assert _split(claimdiff.check_many([]))[1].claims == ()


@pytest.mark.parametrize("kwargs,error,word", [
    ({"sources": 12}, TypeError, "sources"),
    ({"sources": [], "workers": "4"}, TypeError, "workers"),
    ({"sources": [], "workers": 2.0}, TypeError, "workers"),
    ({"sources": [], "workers": True}, TypeError, "workers"),
    ({"sources": [], "workers": 0}, ValueError, "workers"),
    ({"sources": [], "progress": "yes"}, TypeError, "progress"),
])
def test_bad_arguments_raise_at_call_time(kwargs, error, word):
    with pytest.raises(error, match=word):
        claimdiff.check_many(**kwargs)


def test_bad_items_name_their_position():
    stream = claimdiff.check_many([BRIDGE_A, 42])
    assert isinstance(next(stream), SourceResult)
    with pytest.raises(TypeError, match=r"sources\[1\]"):
        next(stream)
    with pytest.raises(TypeError, match=r"sources\[0\].*'text'"):
        list(claimdiff.check_many([{"title": "no text"}]))
    with pytest.raises(ValueError, match="published"):
        list(claimdiff.check_many([{"text": "x", "published": "last Julember"}]))


def test_results_pickle():
    per_source, final = _split(claimdiff.check_many([BRIDGE_A, BRIDGE_B]))
    assert pickle.loads(pickle.dumps(per_source[0])) == per_source[0]
    assert pickle.loads(pickle.dumps(final)) == final


def test_workers_give_the_same_results_in_order():
    sources = [BRIDGE_A, BRIDGE_B, FLOOD] * 7  # more than BATCH * workers, so batches queue
    serial = list(claimdiff.check_many(sources))
    parallel = list(claimdiff.check_many(sources, workers=2))
    assert parallel == serial


def test_workers_bound_the_work_in_flight():
    pulled = []

    def archive_of(n):
        for i in range(n):
            pulled.append(i)
            yield FLOOD

    stream = claimdiff.check_many(archive_of(200), workers=2)
    next(stream)
    # one outlet's consecutive texts are one story and stay in one batch, up to MAX_STORY of them
    assert len(pulled) <= 2 * archive.IN_FLIGHT * (archive.BATCH + archive.MAX_STORY) + 1
    stream.close()  # shuts the pool down


def test_progress_only_on_a_terminal(capsys):
    list(claimdiff.check_many([BRIDGE_A], progress=True))
    assert capsys.readouterr().err == ""  # pytest's stderr is not a terminal


def test_progress_bar_text():
    stream = io.StringIO()
    bar = archive._Progress(4, stream)
    bar.EVERY = 0
    bar.step(3)
    bar.close()
    assert "1/4" in stream.getvalue() and "3 claims" in stream.getvalue()
    assert stream.getvalue().endswith("\n")


def test_grouping_is_not_all_pairs(monkeypatch):
    """Each compare() call sees one event's claims, never the whole archive."""
    seen = []
    real = pipeline.compare_stage.compare

    def spy(claims, *args, **kwargs):
        seen.append(len(claims))
        return real(claims, *args, **kwargs)

    monkeypatch.setattr(pipeline.compare_stage, "compare", spy)
    towns = ["Aalborg", "Bergen", "Cork", "Dundee", "Essen", "Faro", "Gdynia", "Hilo"]
    sources = [
        claimdiff.Source(f"Police said {n + 2} people were killed in a fire in {town}.", published="2023-05-01")
        for n, town in enumerate(towns)
    ] * 2
    _, final = _split(claimdiff.check_many(sources))
    assert len(final.claims) == 16
    assert seen and max(seen) == 2
    assert len(final.conflicts) == 0  # each town's two reports agree


# ---------------------------------------------------------------- Dask


def test_dask_module_imports_without_dask():
    import claimdiff.dask as cd  # importing the module never needs dask

    assert cd.EXTRA == "pip install 'claimdiff[dask]'"


def test_missing_dask_names_the_extra(monkeypatch):
    import builtins

    import claimdiff.dask as cd

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name == "dask" or name.startswith("dask."):
            raise ImportError("No module named 'dask'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(ImportError, match=r"claimdiff\[dask\]"):
        cd.extract_bag([])


@pytest.fixture
def dask_sync():
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    with dask.config.set(scheduler="synchronous"):
        yield dask


def test_extract_bag_and_conflicts(dask_sync):
    import dask.bag as db

    import claimdiff.dask as cd

    items = [
        {"text": BRIDGE_A.text, "name": BRIDGE_A.name, "published": "2024-03-11"},
        BRIDGE_B,
        FLOOD.text,
        {"text": "Police said 11 people were killed in a fire in Aarhus.", "published": "2023-10-19"},
    ]
    claims = cd.extract_bag(db.from_sequence(items, npartitions=3)).compute()
    assert sorted(c.quote for c in claims if c.metric != cd.DATE_METRIC) == sorted(["9", "4", "120", "300", "11"])
    assert [(c.quote, c.date) for c in claims if c.metric == cd.DATE_METRIC] == [("Sunday", "2024-03-10")]
    assert len({c.id for c in claims}) == len(claims)
    found = cd.conflicts(cd.extract_bag(db.from_sequence(items, npartitions=3))).compute()
    assert {frozenset(c.quote for c in x.claims) for x in found} == {frozenset({"9", "4"}), frozenset({"120", "300"})}
    tarnow = next(x for x in found if x.claims[0].quote in ("9", "4"))
    assert tarnow.event.place == "Tarnow" and tarnow.kind == "contradiction"


def test_dask_partitioning_does_not_change_conflicts(dask_sync):
    import dask.bag as db

    import claimdiff.dask as cd

    items = [BRIDGE_A, BRIDGE_B, FLOOD, BRIDGE_B]  # a duplicate source adds nothing
    results = []
    for parts in (1, 2, 4):
        found = cd.conflicts(cd.extract_bag(db.from_sequence(items, npartitions=parts))).compute()
        results.append(sorted((x.id, tuple(c.id for c in x.claims)) for x in found))
    assert results[0] == results[1] == results[2]
    assert len(results[0]) == 2


def test_dask_bad_arguments(dask_sync):
    import claimdiff.dask as cd

    with pytest.raises(TypeError, match="bag_of_sources"):
        cd.extract_bag([BRIDGE_A])
    with pytest.raises(TypeError, match="bag_of_claims"):
        cd.conflicts([])


def test_extract_dataframe_pandas_and_dask(dask_sync):
    pandas = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")

    import claimdiff.dask as cd

    df = pandas.DataFrame({
        "body": [BRIDGE_A.text, FLOOD.text, "No figures here at all."],
        "outlet": ["Daily Courier", "Flanders Post", None],
        "day": ["2024-03-11", "2024-02-02", None],
    })
    out = cd.extract_dataframe(df, text="body", name="outlet", published="day")
    assert isinstance(out, pandas.DataFrame)
    assert list(out.columns) == [name for name, _ in cd.COLUMNS]
    # figures, then the day the event happened ("on Sunday"), per source
    assert list(out["quote"]) == ["9", "Sunday", "120", "300"]
    assert list(out["metric"]) == ["killed", cd.DATE_METRIC, "buildings", "buildings"]
    assert list(out["source_name"]) == ["Daily Courier", "Daily Courier", "Flanders Post", "Flanders Post"]
    assert list(out["low"][[0, 2, 3]]) == [9.0, 120.0, 300.0]
    assert out["date"][1] == pandas.Timestamp("2024-03-10") and out["date_value"][1] == "2024-03-10"
    assert all(df["body"][0][s:e] == q for s, e, q in zip(out["start"][:2], out["end"][:2], out["quote"][:2]))

    lazy = cd.extract_dataframe(dd.from_pandas(df, npartitions=2), text="body", name="outlet", published="day")
    assert isinstance(lazy, dd.DataFrame)
    computed = lazy.compute()
    assert list(computed["quote"]) == ["9", "Sunday", "120", "300"]
    assert list(computed["claim"]) == list(out["claim"])


def test_extract_dataframe_errors(dask_sync):
    pandas = pytest.importorskip("pandas")

    import claimdiff.dask as cd

    with pytest.raises(ValueError, match="'body'"):
        cd.extract_dataframe(pandas.DataFrame({"text": ["x"]}), text="body")
    with pytest.raises(TypeError, match="text"):
        cd.extract_dataframe(pandas.DataFrame({"text": ["x"]}), text=3)
    with pytest.raises(TypeError, match="df"):
        cd.extract_dataframe([{"text": "x"}])


def test_date_claims_stream_and_conflict_like_check():
    a = claimdiff.Source("The warehouse fire in Pordenone broke out on Monday, firefighters said. "
                         "Firefighters said 6 workers were injured.", name="Veneto Today", published="2024-09-12")
    b = claimdiff.Source("The warehouse fire in Pordenone broke out on Tuesday, according to the prefect. "
                         "The prefect said 6 workers were injured.", name="Alpine Wire", published="2024-09-12")
    expected = claimdiff.check([a, b])
    per_source, final = _split(claimdiff.check_many([a, b]))
    assert final.to_report().to_dict() == expected.to_dict()
    assert [c.id for r in per_source for c in r.date_claims] == [c.id for c in expected.date_claims]


def test_dask_date_claims_and_conflicts(dask_sync):
    import dask.bag as db

    import claimdiff.dask as cd

    a = claimdiff.Source("The warehouse fire in Pordenone broke out on Monday, firefighters said.", name="Veneto Today", published="2024-09-12")
    b = claimdiff.Source("The warehouse fire in Pordenone broke out on Tuesday, according to the prefect.",
                         name="Alpine Wire", published="2024-09-12")
    expected = claimdiff.check([a, b])
    claims = cd.extract_bag(db.from_sequence([a, b])).compute()
    assert sorted(c.quote for c in claims if c.metric == cd.DATE_METRIC) == sorted(c.quote for c in expected.date_claims)
    found = cd.conflicts(cd.extract_bag(db.from_sequence([a, b]))).compute()
    assert [(x.metric, sorted(c.quote for c in x.claims)) for x in found] == [
        (x.metric, sorted(c.quote for c in x.claims)) for x in expected.conflicts
    ]


def test_extract_dataframe_has_real_dtypes(dask_sync):
    pandas = pytest.importorskip("pandas")

    import claimdiff.dask as cd
    from claimdiff.report import COLUMNS

    assert cd.COLUMNS == COLUMNS  # the names and dtypes of Report.to_pandas()
    df = pandas.DataFrame({"text": [BRIDGE_A.text, "No figures here at all."], "name": [BRIDGE_A.name, None]})
    out = cd.extract_dataframe(df)
    for name, dtype in cd.COLUMNS:
        got = out[name].dtype
        if dtype in ("string", "list"):  # lists are joined by "; " here, so that Parquet can hold them
            assert isinstance(got, pandas.StringDtype), (name, got)
        else:
            assert str(got) == dtype, (name, got)
    assert "object" not in {str(t) for t in out.dtypes}
    row = out.iloc[0]
    assert row["speaker"] == "rescuers" and row["source_name"] == "Daily Courier"
    assert pandas.isna(row["conflicts"])  # not known at extraction: conflicts() compares
    assert pandas.isna(row["published"]) and pandas.isna(row["stated"])
    assert row["low"] == 9 and row["start"] == BRIDGE_A.text.index("9")


def test_dask_dataframe_to_parquet(dask_sync, tmp_path):
    """docs/scale.md: rows.to_parquet("claims/") used to crash with ArrowInvalid on the object meta."""
    pandas = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    pytest.importorskip("pyarrow")

    import claimdiff.dask as cd

    df = pandas.DataFrame({
        "body": [BRIDGE_A.text, FLOOD.text, "No figures here at all.", BRIDGE_B.text],
        "outlet": ["Daily Courier", "Flanders Post", None, BRIDGE_B.name],
        "day": ["2024-03-11", "2024-02-02", None, "2024-03-10"],
    })
    source = tmp_path / "archive"
    dd.from_pandas(df, npartitions=3).to_parquet(source)  # the archive, as in docs/scale.md
    frame = dd.read_parquet(source)
    rows = cd.extract_dataframe(frame, text="body", name="outlet", published="day")
    target = tmp_path / "claims"
    rows.to_parquet(target)  # on the local (synchronous) scheduler
    back = pandas.read_parquet(target)  # any pandas reads it back, no special options
    expected = cd.extract_dataframe(df, text="body", name="outlet", published="day")
    assert list(back.columns) == [name for name, _ in cd.COLUMNS]
    assert list(back["quote"]) == list(expected["quote"]) == ["9", "Sunday", "120", "300", "4"]
    assert list(back["low"].astype("float64").fillna(-1)) == list(expected["low"].astype("float64").fillna(-1))
    assert str(back["date"].dtype).startswith("datetime64") and back["date"].iloc[1] == pandas.Timestamp("2024-03-10")
    assert list(back["published"].dt.strftime("%Y-%m-%d")) == ["2024-03-11", "2024-03-11", "2024-02-02", "2024-02-02", "2024-03-10"]
    lazy = dd.read_parquet(target).compute()
    assert list(lazy["claim"]) == list(expected["claim"])


# Two outlets' placeless figures for one dated month (a national figure disputed) merge by the same
# EventMerger policy in check() and check_many(); unrelated months and kinds stay apart in both.
PLACELESS_STORIES = [
    ("inflation-disputed", 1, [
        ("Agency A", "2025-06-12", "Inflation was 3.1 percent in May, the statistics office said."),
        ("Paper B", "2025-06-12", "Independent economists said inflation was 7 percent in May."),
    ]),
    ("jobless-two-months", 0, [
        ("Agency A", "2025-06-12", "Unemployment was 5.2 percent in May, the labour office said."),
        ("Paper B", "2025-06-12", "Unemployment was 4.1 percent in April, the labour office said."),
    ]),
    ("strike-turnout-disputed", 1, [
        ("Agency A", "2025-03-08", "The union said 80 percent of teachers joined the strike on Friday."),
        ("Paper B", "2025-03-08", "The ministry said 30 percent of teachers joined the strike on Friday."),
    ]),
]


@pytest.mark.parametrize("expected,items", [row[1:] for row in PLACELESS_STORIES], ids=[row[0] for row in PLACELESS_STORIES])
def test_placeless_stories_merge_alike_in_check_and_check_many(expected, items):
    sources = [claimdiff.Source(text, name=name, published=day) for name, day, text in items]
    whole = claimdiff.check(sources)
    assert len(whole.conflicts) == expected
    _, final = _split(claimdiff.check_many(sources))
    assert _conflict_quotes(final.conflicts) == _conflict_quotes(whole.conflicts)
