"""Rendering a Report: the notebook HTML, Markdown, the terminal table, pandas, and the CLI around them."""
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import claimdiff
from claimdiff import cli
from claimdiff.cli import main
from claimdiff.compare import Judgement, Summary
from claimdiff.report import PANDAS_COLUMNS, Report
from claimdiff.types import Attribution, Claim, Conflict, Event, Quantity, Speaker

SEED = Path(__file__).resolve().parents[1] / "seeds" / "ani_taganrog_missile_2023-07-28.txt"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# Test sentences written for this file.
FERRY_A = "Harbour master Lena Ostrova said 40 sailors were rescued from the ferry near Brisk on Tuesday."
FERRY_B = "The navy said 12 sailors were rescued from the ferry near Brisk."
FIRE = (
    "Firefighters said 5 people were killed in the warehouse fire in Kestrel on Monday. "
    "By evening, firefighters said the toll had risen to 9 people killed in the fire in Kestrel."
)
CALM = "The council said 3 bridges were repaired in Ostrava this spring."


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return claimdiff.check([claimdiff.Source(text, name="ANI", published="2023-07-28")])


@pytest.fixture(scope="module")
def ferry():
    a = claimdiff.Source(FERRY_A, name="Coast Daily", published="2024-09-10")
    b = claimdiff.Source(FERRY_B, name="Northern Post", published="2024-09-11")
    return claimdiff.check([a, b])


@pytest.fixture(scope="module")
def fire():
    return claimdiff.check([claimdiff.Source(FIRE, name="Courier", published="2024-03-04")])


HOSTILE = '<script>alert("x")</script> & \'q\' | *b* _u_ `c` [l](x) # \x1b[31mred\x1b[0m'


def _claim(cid, source, figure, low, sentence, speaker, via=(), date="2024-01-02", qualifiers=()):
    at = sentence.index(figure)
    event = Event("e1", "collapse in " + HOSTILE, "collapse", HOSTILE, "2024-01-02")
    quantity = Quantity(low, low, low, "exact", None, None, (at, at + len(figure)), figure)
    return Claim(
        id=cid, source=source, quantity=quantity, metric="killed " + HOSTILE, qualifiers=tuple(qualifiers),
        attribution=Attribution(speaker, tuple(via), "indirect", "said", None), event=event, date=date,
        quote=figure, span=(at, at + len(figure)), sentence=sentence, sentence_span=(0, len(sentence)),
    )


@pytest.fixture(scope="module")
def hostile():
    return make_hostile()


def make_hostile():
    """A report built by hand, with markup, Markdown, pipes and an escape sequence in every text field."""
    s1 = f"Chief {HOSTILE} said 15 were killed. {HOSTILE}"
    s2 = f"A second {HOSTILE} text said 2 were killed <b>today</b>."
    one = _claim("c1", "s1", "15", 15.0, s1, Speaker(HOSTILE, HOSTILE + " role", "person"), via=(Speaker("Wire " + HOSTILE),))
    two = _claim("c2", "s2", "2", 2.0, s2, None, qualifiers=("<i>civilians</i>",))
    conflict = Conflict("x1", "killed " + HOSTILE, one.event, (one, two), "contradiction", "Why: " + HOSTILE)
    summary = Summary(one.event, "killed " + HOSTILE, 2.0, 15.0, (one, two))
    update = Judgement("update", two, one, "reason " + HOSTILE)
    sources = (
        claimdiff.Source(s1, name="Outlet " + HOSTILE, published="2024-01-02", id="s1"),
        claimdiff.Source(s2, name="Other " + HOSTILE, published="2024-01-03", id="s2"),
    )
    return Report(sources, (one, two), (conflict,), (update,), (summary,), ("Note " + HOSTILE,))


# ---------------------------------------------------------------- an HTML reader for the tests
class Tree(HTMLParser):
    """Tags seen, attributes, the text of every <mark>, and every table as rows of cell texts."""

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.marks, self.tables, self.text = [], [], [], [], []
        self._cell = None
        self._mark = None
        self._style = False
        self.style = ""
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if self._cell is not None and tag in ("span", "li", "ol"):
            self._cell.append(" ")  # what a browser shows as a line break or a gap
        self.attrs.extend(attrs)
        if tag == "table":
            self.tables.append({"class": dict(attrs).get("class", ""), "head": [], "rows": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "mark":
            self._mark = []
        elif tag == "style":
            self._style = True

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self.tables:
            self.tables[-1]["rows"][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "mark" and self._mark is not None:
            self.marks.append("".join(self._mark))
            self._mark = None
        elif tag == "style":
            self._style = False

    def handle_data(self, data):
        if self._style:
            self.style += data
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._mark is not None:
            self._mark.append(data)

    @property
    def all_text(self):
        return " ".join(" ".join(self.text).split())


def conflict_tables(tree):
    return [t for t in tree.tables if t["class"] == "cd-table"]


def summary_table(tree):
    (table,) = [t for t in tree.tables if "cd-summary" in t["class"]]
    return table


# ---------------------------------------------------------------- notebook HTML
def test_html_seed_conflict_table(seed):
    tree = Tree(seed._repr_html_())
    (table,) = conflict_tables(tree)
    header, *rows = table["rows"]
    assert header == ["figure", "metric", "who", "via", "when", "quote"]
    assert len(rows) == 2
    by_figure = {row[0].split()[0]: dict(zip(header, row)) for row in rows}
    four, fourteen = by_figure["Four"], by_figure["14"]
    assert four["who"].startswith("Vasily Golubev") and "regional governor" in four["who"]
    assert fourteen["who"] == "Russian Ministry of Health"
    assert fourteen["via"] == "CNN" and four["via"] == "—"
    assert four["metric"] == "injured slightly" and fourteen["metric"] == "injured"
    assert four["when"] == fourteen["when"] == "2023-07-28"
    assert "= 4" in four["figure"]  # the value read from the word
    assert four["quote"] == "Four people were slightly injured by broken glass."
    assert fourteen["quote"] == "The Russian Ministry of Health later said 14 people had been injured, CNN reported."
    # the figure is marked inside its quote, once per row, and nothing else is
    assert tree.marks == ["Four", "14"]
    assert seed.conflicts[0].explanation in html.unescape(seed._repr_html_())


def test_html_seed_summaries_in_time_order(seed):
    tree = Tree(seed._repr_html_())
    table = summary_table(tree)
    header, *rows = table["rows"]
    assert header[:3] == ["metric", "min", "max"]
    events = [row[0] for row in rows if len(row) == 1]
    assert events[0] == "missile strike in Taganrog on 2023-07-28"
    assert len(events) == len({s.event.id for s in seed.summaries})
    injured = next(row for row in rows if row[0].startswith("injured"))
    assert injured[0] == "injured conflict"  # flagged: this metric is in dispute
    assert injured[1:3] == ["4", "14"]  # the lowest and highest figure given ("several" gives none)
    figures = injured[3]
    order = [figures.index(s) for s in ("several", "Four", "14")]
    assert order == sorted(order), figures
    for who in ("ANI (own voice)", "Vasily Golubev", "Russian Ministry of Health via CNN", "2023-07-28"):
        assert who in figures
    victims = next(row for row in rows if row[0] == "victims")
    assert victims[1:3] == ["—", "—"]  # "several" alone: no figure given, and 3 (its reading) is not shown as one


def test_html_is_self_contained_and_scoped(seed, ferry, fire, hostile):
    for report in (seed, ferry, fire, hostile):
        out = report._repr_html_()
        tree = Tree(out)
        assert out.startswith('<div class="claimdiff-report">') and out.rstrip().endswith("</div>")
        assert "script" not in tree.tags and "link" not in tree.tags and "img" not in tree.tags
        assert not [name for name, _ in tree.attrs if name.startswith("on") or name in ("src", "href", "style")]
        lowered = tree.style.lower()
        assert "url(" not in lowered and "@import" not in lowered and "http" not in lowered and "expression(" not in lowered
        # every CSS rule is scoped to the report
        for rule in filter(None, (r.strip() for r in tree.style.split("}"))):
            selectors = rule.split("{")[0]
            for selector in selectors.split(","):
                assert selector.strip().startswith(".claimdiff-report"), selector


def test_html_escapes_every_field(hostile):
    out = hostile._repr_html_()
    tree = Tree(out)
    assert set(tree.tags) <= {"div", "style", "span", "table", "thead", "tbody", "tr", "th", "td", "mark", "p", "ul", "li", "ol", "b"}
    assert "<script" not in out and "<b>today</b>" not in out and "<i>civilians" not in out
    assert "\x1b" not in out
    text = tree.all_text
    shown = HOSTILE.replace("\x1b", "\ufffd")
    for field in ("Chief " + shown, "Wire " + shown, "collapse in " + shown, "killed " + shown, "Why: " + shown,
                  "reason " + shown, "Note " + shown, "Outlet " + shown, "<b>today</b>", "<i>civilians</i>"):
        assert " ".join(field.split()) in text, field
    assert tree.marks == ["15", "2"]
    (table,) = conflict_tables(tree)
    assert table["rows"][0] == ["figure", "metric", "who", "via", "source", "when", "quote"]  # two sources
    assert "own voice" in table["rows"][2][2] and table["rows"][2][2].startswith("Other")


def test_html_without_conflicts_and_with_updates(fire):
    assert not fire.conflicts and fire.updates
    tree = Tree(fire._repr_html_())
    assert not conflict_tables(tree)
    text = tree.all_text
    assert "No conflicts among 2 claims." in text
    assert "Updates (not conflicts)" in text and "5 → 9" in text and "risen to" in text


def test_html_empty_report():
    report = claimdiff.check([claimdiff.Source("Nothing to count here.", name="Quiet")])
    tree = Tree(report._repr_html_())
    assert "No conflicts among 0 claims." in tree.all_text
    assert not tree.tables


# ---------------------------------------------------------------- Markdown
def _md_cells(line):
    """Cells of a Markdown table row, split on unescaped pipes."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def test_markdown_seed(seed):
    md = seed.to_markdown()
    assert md.startswith("# claimdiff report\n\n1 source, 9 claims, 1 conflict.")
    lines = md.splitlines()
    at = lines.index("| figure | metric | who | via | when | quote |")
    assert lines[at + 1] == "|---|---|---|---|---|---|"
    four, fourteen = _md_cells(lines[at + 2]), _md_cells(lines[at + 3])
    assert four[0] == "**Four** (= 4)" and four[1] == "injured, slightly" and four[2] == "Vasily Golubev, regional governor"
    assert fourteen[:5] == ["**14**", "injured", "Russian Ministry of Health", "CNN", "2023-07-28"]
    assert fourteen[5] == "The Russian Ministry of Health later said **14** people had been injured, CNN reported."
    assert "## Figures by event and metric" in md
    injured = next(line for line in lines if "| injured (conflict) |" in line)
    cells = _md_cells(injured)
    assert cells[2:4] == ["4", "14"]
    assert cells[4].index("**several**") < cells[4].index("**Four**") < cells[4].index("**14**")
    assert "Vasily Golubev, regional governor, 2023-07-28" in cells[4]


def test_markdown_escapes_and_keeps_table_shape(hostile):
    md = hostile.to_markdown()
    assert "<script>" not in md and "<b>today" not in md and "\x1b" not in md
    lines = md.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("| figure |"))
    header = _md_cells(lines[at])
    rows = [_md_cells(line) for line in lines[at + 2:at + 4]]
    assert all(len(row) == len(header) == 7 for row in rows)
    assert rows[0][6].count("**") == 2 and "**15**" in rows[0][6]
    assert r"\<script\>" in md and r"\*b\*" in md and r"\_u\_" in md and r"\|" in md
    summary = next(line for line in lines if line.startswith("| collapse in"))
    assert len(_md_cells(summary)) == 5


def test_figures_show_the_interval_they_assert():
    text = ("Police said nearly 40 homes were destroyed in the flood in Tirel. "
            "Officials said more than 1,200 homes were destroyed in the flood in Tirel. "
            "The mayor said damage was $5 million in the flood in Tirel. The governor said damage was $9 million in the flood in Tirel.")
    report = claimdiff.check([claimdiff.Source(text, name="Valley News")])
    cells = {row[0] for table in conflict_tables(Tree(report._repr_html_())) for row in table["rows"][1:]}
    assert {"nearly 40 read as 36–40", "more than 1,200 > 1,200", "$5 million = 5,000,000 USD", "$9 million = 9,000,000 USD"} <= cells
    md = report.to_markdown()
    assert "| **nearly 40** (read as 36–40) |" in md and r"| **more than 1,200** (\> 1,200) |" in md


# ---------------------------------------------------------------- terminal table
def test_table_plain_has_no_escapes_and_colour_only_adds_them(seed, ferry, fire, hostile):
    for report in (seed, ferry, fire, hostile):
        plain = report.to_table()
        assert plain == report.to_table(colour=False)
        assert "\x1b" not in plain  # not even from the input
        coloured = report.to_table(colour=True)
        assert "\x1b[" in coloured
        assert ANSI.sub("", coloured) == plain


def test_table_seed_layout(seed):
    out = seed.to_table()
    lines = out.splitlines()
    assert lines[0] == "claimdiff: 1 source, 9 claims, 1 conflict"
    at = next(i for i, line in enumerate(lines) if line.startswith("CONFLICT x1 [subset] injured"))
    header, four, fourteen = lines[at + 1], lines[at + 2], lines[at + 3]
    for column in ("who", "via", "when", "quote"):
        start = header.index(column)
        assert four[start - 2:start] == "  " and four[start] != " "  # every column starts at its header
    assert "Vasily Golubev, regional governor" in four and "Four people were slightly injured" in four
    assert "Russian Ministry of Health" in fourteen and "  CNN  " in fourteen and "said 14 people" in fourteen
    assert lines[at + 4].startswith("  why: ")
    block = out[out.index("FIGURES BY EVENT AND METRIC"):]
    assert "injured: 4 to 14  [conflict]" in block and "victims: -" in block
    assert (block.index("several  ANI (own voice)") < block.index("Four     Vasily Golubev")
            < block.index("14       Russian Ministry of Health via CNN"))


def test_table_keeps_the_figure_of_a_long_sentence_in_view():
    sentence = (
        "After a night of searching through the flooded lower streets, the wide river banks, the old mill and "
        "every cellar of the eastern quarter, rescue coordinator Hana Vesel said that 27 people were killed "
        "in the flood in Lonmore."
    )
    report = claimdiff.check([claimdiff.Source(sentence + " Police said 4 people were killed in the flood in Lonmore.", name="Gazette")])
    assert report.conflicts, report.claims
    out = report.to_table()
    row = next(line for line in out.splitlines() if line.lstrip().startswith("27 "))
    assert "Hana Vesel said that 27 people were killed in the flood in Lonmore." in row and "\u2026" in row
    assert len(row) < len(sentence) + 80


def test_table_colour_marks_the_figure(seed):
    coloured = seed.to_table(colour=True)
    assert "\x1b[1;4m14\x1b[0m people had been injured" in coloured
    assert "CONFLICT x1 [subset]" in ANSI.sub("", coloured)


def test_table_several_sources_shows_the_outlet(ferry):
    out = ferry.to_table()
    assert "claimdiff: 2 sources, 2 claims, 1 conflict" in out
    header = next(line for line in out.splitlines() if line.lstrip().startswith("figure"))
    assert "source" in header.split()
    assert re.search(r"40 +rescued +Lena Ostrova +- +Coast Daily +2024-09-10", out)
    assert re.search(r"12 +rescued +navy +- +Northern Post +2024-09-11", out)


def test_unnamed_speaker_is_not_repeated():
    report = claimdiff.check([claimdiff.Source(
        "A senior police officer said 15 people were killed in the collapse in Varna. "
        "Officials said 3 people were killed in the collapse in Varna.", name="Wire")])
    out = report.to_table()
    assert "senior police officer" in out and "senior police officer, senior police officer" not in out
    assert "unnamed source" in report._repr_html_()


# ---------------------------------------------------------------- pandas
def test_to_pandas(seed):
    pandas = pytest.importorskip("pandas")
    from claimdiff import dask as cd

    frame = seed.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(PANDAS_COLUMNS) == [name for name, _ in cd.COLUMNS]  # one set of names
    assert list(frame["claim"]) == [c.id for c in seed.claims]
    row = frame.set_index("text").loc["14"]
    assert row["speaker"] == "Russian Ministry of Health" and row["speaker_kind"] == "organisation"
    assert row["via"] == ["CNN"] and row["metric"] == "injured" and row["low"] == 14 and row["high"] == 14
    assert row["conflicts"] == ["x1"] and row["source_name"] == "ANI"
    assert row["start"] == 1129 and row["event_label"] == "missile strike in Taganrog on 2023-07-28"
    four = frame.set_index("text").loc["Four"]
    assert four["qualifiers"] == ["slightly"] and four["speaker_role"] == "regional governor"
    several = frame.set_index("text").loc["several"].iloc[0]
    assert pandas.isna(several["high"]) and several["low"] == 3  # an open side is <NA>, not NaN or ''
    assert pandas.isna(several["speaker"]) and several["via"] == [] and several["conflicts"] == []


def test_to_pandas_dtypes(seed):
    pandas = pytest.importorskip("pandas")
    numpy = pytest.importorskip("numpy")
    from claimdiff.report import COLUMNS, CONFLICT_COLUMNS

    frame = seed.to_pandas()
    for name, dtype in COLUMNS:
        got = frame[name].dtype
        if dtype == "list":
            assert got == numpy.dtype(object) and all(isinstance(v, list) for v in frame[name]), name
        elif dtype == "string":
            assert isinstance(got, pandas.StringDtype), (name, got)
        else:
            assert str(got) == dtype, (name, got)
    assert frame["date"].iloc[0] == pandas.Timestamp("2023-07-28")
    assert frame["published"].iloc[0] == pandas.Timestamp("2023-07-28")
    assert frame["date_value"].iloc[0] == "2023-07-28"
    assert str(frame["low"].dtype) == "Float64" and str(frame["start"].dtype) == "Int64"
    assert not (frame.select_dtypes("string") == "").any().any()  # NA, never ''
    # coarser dates than a day are NaT in ``date`` and kept as written in ``date_value``
    month = claimdiff.check([claimdiff.Source("Officials said 12 people were killed in the flood in Arlen in March 2024.")])
    mframe = month.to_pandas()
    assert pandas.isna(mframe["date"].iloc[0]) and mframe["date_value"].iloc[0] == "2024-03"
    assert pandas.isna(mframe["published"].iloc[0])

    conflicts = seed.to_pandas(what="conflicts")
    assert list(conflicts.columns) == [name for name, _ in CONFLICT_COLUMNS]
    (row,) = conflicts.to_dict("records")
    assert row["conflict"] == "x1" and row["kind"] == "subset" and row["metric"] == "injured"
    assert row["claims"] == [c.id for c in seed.conflicts[0].claims] and row["sources"] == ["s1"]
    assert row["event_date"] == pandas.Timestamp("2023-07-28") and row["explanation"] == seed.conflicts[0].explanation
    dated = seed.to_pandas("date_claims")
    assert list(dated.columns) == list(PANDAS_COLUMNS)
    assert list(dated["claim"]) == [c.id for c in seed.date_claims] and set(dated["metric"]) == {"event date"}
    exploded = frame.explode("conflicts")  # lists behave as pandas users expect
    assert list(exploded.dropna(subset=["conflicts"])["text"]) == ["Four", "14"]
    with pytest.raises(ValueError, match="what must be one of"):
        seed.to_pandas("events")


def test_to_pandas_empty_frames_keep_their_dtypes():
    pytest.importorskip("pandas")
    from claimdiff.report import CONFLICT_COLUMNS

    empty = claimdiff.check([claimdiff.Source("Nothing to count here.")])
    frame = empty.to_pandas()
    assert frame.empty and list(frame.columns) == list(PANDAS_COLUMNS)
    assert str(frame["low"].dtype) == "Float64" and str(frame["date"].dtype) == "datetime64[ns]"
    assert list(empty.to_pandas("conflicts").columns) == [name for name, _ in CONFLICT_COLUMNS]


def test_to_pandas_without_pandas(seed, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'claimdiff\[pandas\]'"):
        seed.to_pandas()


# ---------------------------------------------------------------- CLI
def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


SEED_ARGS = ["check", str(SEED), "--source", "ANI", "--published", "2023-07-28"]


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "html"])
def test_cli_formats(fmt, capsys, seed):
    code, out, err = run(SEED_ARGS + ["--format", fmt], capsys)
    assert code == 0 and not err
    if fmt == "json":
        assert json.loads(out) == seed.to_dict()
    elif fmt == "markdown":
        assert out == seed.to_markdown()
    elif fmt == "table":
        assert out == seed.to_table()
    else:
        assert out.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in out
        assert seed._repr_html_() in out


def test_cli_fail_on_conflict(tmp_path, capsys):
    assert run(SEED_ARGS + ["--fail-on-conflict"], capsys)[0] == 1
    assert run(SEED_ARGS + ["--fail-on-conflict", "--format", "markdown"], capsys)[0] == 1
    assert run(SEED_ARGS, capsys)[0] == 0  # a conflict alone is not a failure
    calm = tmp_path / "calm.txt"
    calm.write_text(CALM, encoding="utf-8")
    code, out, _ = run(["check", str(calm), "--fail-on-conflict"], capsys)
    assert code == 0 and "No conflicts" in out


def test_cli_several_files(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FERRY_A, encoding="utf-8")
    b.write_text(FERRY_B, encoding="utf-8")
    args = ["check", str(a), str(b), "--source", "Coast Daily", "--source", "Northern Post",
            "--published", "2024-09-10", "--published", "2024-09-11", "--fail-on-conflict"]
    code, out, _ = run(args, capsys)
    assert code == 1 and "Coast Daily" in out and "Northern Post" in out


def test_cli_bad_input_exits_2(tmp_path, capsys):
    code, out, err = run(["check", str(tmp_path / "missing.txt")], capsys)
    assert (code, out) == (2, "") and "cannot read" in err
    code, out, err = run(["check", str(SEED), str(SEED), "--source", "A", "--source", "B", "--source", "C"], capsys)
    assert (code, out) == (2, "") and "--source" in err
    code, _, err = run(["check", str(SEED), "--published", "the other day"], capsys)
    assert code == 2 and "published" in err
    for bad in (["check", str(SEED), "--format", "pdf"], ["check", str(SEED), "--colour", "sometimes"], ["check"]):
        with pytest.raises(SystemExit) as exit_info:
            main(bad)
        assert exit_info.value.code == 2
    capsys.readouterr()


def test_cli_colour_options(capsys, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, auto, _ = run(SEED_ARGS, capsys)  # captured output is not a terminal
    assert "\x1b" not in auto
    _, always, _ = run(SEED_ARGS + ["--colour", "always"], capsys)
    assert "\x1b[" in always and ANSI.sub("", always) == auto
    _, never, _ = run(SEED_ARGS + ["--color", "never"], capsys)
    assert never == auto
    # colour is for the table only
    _, md, _ = run(SEED_ARGS + ["--colour", "always", "--format", "markdown"], capsys)
    _, js, _ = run(SEED_ARGS + ["--colour", "always", "--format", "json"], capsys)
    assert "\x1b" not in md and "\x1b" not in js


class FakeStream:
    def __init__(self, tty):
        self.tty = tty

    def isatty(self):
        return self.tty


def test_use_colour_rules():
    tty, pipe = FakeStream(True), FakeStream(False)
    assert cli.use_colour("auto", tty, {}) is True
    assert cli.use_colour("auto", pipe, {}) is False
    assert cli.use_colour("auto", tty, {"NO_COLOR": "1"}) is False
    assert cli.use_colour("auto", tty, {"NO_COLOR": ""}) is True  # no-color.org: empty means unset
    assert cli.use_colour("auto", object(), {}) is False  # no isatty at all
    assert cli.use_colour("always", pipe, {"NO_COLOR": "1"}) is True  # an explicit option wins
    assert cli.use_colour("never", tty, {}) is False


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("no_color, expect_colour", [(None, True), ("1", False)])
def test_cli_colours_on_a_real_terminal(no_color, expect_colour):
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    if no_color:
        env["NO_COLOR"] = no_color
    try:
        process = subprocess.run(
            [sys.executable, "-m", "claimdiff", "check", str(SEED), "--source", "ANI", "--published", "2023-07-28"],
            stdout=follower, stderr=subprocess.PIPE, env=env, timeout=120, check=False,
        )
        os.close(follower)
        follower = None
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # Linux: EIO once the terminal is drained
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if follower is not None:
            os.close(follower)
        os.close(leader)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 0, process.stderr
    assert "CONFLICT x1" in out
    assert ("\x1b[" in out) is expect_colour


# ---------------------------------------------------------------- a real browser
def _chromium():
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _chromium_run(binary, tmp_path, *args, window="1280,1000"):
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", f"--user-data-dir={profile}", f"--window-size={window}", *args,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    if result.returncode != 0:
        pytest.fail(f"chromium failed ({result.returncode}): {result.stderr[-2000:]}")
    return result


#: Run by the test page only (the report itself has no script): measures what the browser laid out.
PROBE = """<script>
(function () {
  var report = document.querySelector('.claimdiff-report');
  var table = report.querySelector('table.cd-table');
  var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
    return Array.prototype.map.call(row.cells, function (cell) {
      var box = cell.getBoundingClientRect();
      return {text: cell.innerText.replace(/\\s+/g, ' ').trim(), top: Math.round(box.top), width: box.width};
    });
  });
  var marks = Array.prototype.map.call(table.querySelectorAll('mark'), function (mark) {
    var box = mark.getBoundingClientRect();
    return {text: mark.innerText, width: box.width, height: box.height,
            background: getComputedStyle(mark).backgroundColor};
  });
  var probe = document.createElement('pre');
  probe.id = 'probe';
  probe.textContent = JSON.stringify({
    text: report.innerText, rows: rows, marks: marks,
    align: getComputedStyle(table.querySelector('td')).textAlign,
    overflow: document.documentElement.scrollWidth > window.innerWidth
  });
  document.body.appendChild(probe);
})();
</script>"""


@pytest.fixture(scope="module")
def seed_page(seed):
    return cli.html_page(seed._repr_html_())


def test_html_renders_in_headless_chromium(seed_page, tmp_path):
    binary = _chromium()
    if binary is None:
        pytest.skip("no chromium binary (apt-get install chromium)")
    page = tmp_path / "report.html"
    page.write_text(seed_page.replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    result = _chromium_run(binary, tmp_path, "--dump-dom", page.as_uri())
    match = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    assert match, result.stdout[-2000:]
    probe = json.loads(html.unescape(match.group(1)))
    text = probe["text"]
    for expected in ("1 conflict", "Vasily Golubev", "Russian Ministry of Health", "CNN", "2023-07-28",
                     "Figures by event and metric"):
        assert expected in text, expected
    rows = probe["rows"]
    assert len(rows) == 2
    cells = [{c["text"] for c in row} for row in rows]
    assert any(c.startswith("Four") for c in cells[0]) and "14" in cells[1]
    for row in rows:
        assert len({c["top"] for c in row}) == 1  # laid out as a table row, cells side by side
        assert all(c["width"] > 0 for c in row)
    assert [m["text"] for m in probe["marks"]] == ["Four", "14"]
    for mark in probe["marks"]:
        assert mark["width"] > 0 and mark["height"] > 0
        assert mark["background"] == "rgb(255, 212, 59)"  # the report's own highlight
    assert probe["align"] == "left"
    assert probe["overflow"] is False  # fits a 1280-pixel window


def _png_pixels(data):
    """(width, height, distinct byte values in the image data) of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    at, idat = 8, b""
    while at < len(data):
        length = struct.unpack(">I", data[at:at + 4])[0]
        if data[at + 4:at + 8] == b"IDAT":
            idat += data[at + 8:at + 8 + length]
        at += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def test_html_screenshot_in_headless_chromium(seed_page, tmp_path):
    binary = _chromium()
    if binary is None:
        pytest.skip("no chromium binary (apt-get install chromium)")
    page = tmp_path / "report.html"
    page.write_text(seed_page, encoding="utf-8")
    shot = tmp_path / "report.png"
    _chromium_run(binary, tmp_path, f"--screenshot={shot}", page.as_uri())
    width, height, values = _png_pixels(shot.read_bytes())
    assert (width, height) == (1280, 1000)
    assert values > 16  # not a blank page


# ---------------------------------------------------------------- the extraction in its text
class ViewTree(HTMLParser):
    """Elements of a text view: each with tag, attributes, its own text (labels excluded) and its whole text."""

    LABELS = ("cdt-tag", "cdt-who")

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.elements, self.stack, self.style, self.tags = [], [], "", []
        self.feed(source)
        self.close()
        assert not self.stack, [e["tag"] for e in self.stack]  # every element closed: valid nesting

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        element = {"tag": tag, "attrs": dict(attrs), "own": [], "all": [], "label": False}
        classes = element["attrs"].get("class", "").split()
        element["label"] = any(c in self.LABELS for c in classes) or any(e["label"] for e in self.stack)
        self.elements.append(element)
        self.stack.append(element)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1]["tag"] == tag, (tag, [e["tag"] for e in self.stack])
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1]["tag"] == "style":
            self.style += data
            return
        label = bool(self.stack) and self.stack[-1]["label"]
        for element in self.stack:
            element["all"].append(data)
            if not label:
                element["own"].append(data)

    def by_id(self):
        return {e["attrs"]["id"]: e for e in self.elements if "id" in e["attrs"]}

    def having(self, cls):
        return [e for e in self.elements if cls in e["attrs"].get("class", "").split()]


def own(element):
    return "".join(element["own"])


def test_text_view_marks_every_claim_in_its_text(seed):
    out = seed.to_html_text()
    tree = ViewTree(out)
    ids = tree.by_id()
    for claim in seed.claims + seed.date_claims:
        mark = ids[f"cdt-s1-{claim.id}"]
        assert mark["tag"] == "mark", claim
        assert own(mark) == claim.quote
        assert ("cdt-date" in mark["attrs"]["class"]) is (claim.metric == "event date")
    # without its labels, the body is the article, character for character
    (body,) = tree.having("cdt-body")
    assert own(body) == SEED.read_text(encoding="utf-8")
    four, fourteen = ids["cdt-s1-c4"], ids["cdt-s1-c6"]
    assert "cdt-hot" in four["attrs"]["class"] and "cdt-hot" in fourteen["attrs"]["class"]
    title = four["attrs"]["title"]
    for expected in ("\u201cFour\u201d \u2014 injured, slightly", "value read: = 4", "Vasily Golubev, regional governor (person)",
                     "cue: said (direct)", "event: missile strike in Taganrog on 2023-07-28", "conflict x1 (subset)"):
        assert expected in title, (expected, title)
    assert "via: CNN" in fourteen["attrs"]["title"]
    # the label names the metric and the speaker, and links the speaker's words and the conflict
    tags = ["".join(e["all"]) for e in tree.having("cdt-tag")]
    assert "injured, slightly \u00b7 Vasily Golubev x1" in tags and "injured \u00b7 Russian Ministry of Health x1" in tags
    links = {"".join(e["all"]): e["attrs"]["href"] for e in tree.elements if e["tag"] == "a" and "cdt-xlink" not in e["attrs"]["class"]}
    assert links["Russian Ministry of Health"] in {"#" + v["attrs"]["id"] for v in tree.having("cdt-voice") if "id" in v["attrs"]}
    assert {e["attrs"]["href"] for e in tree.having("cdt-xlink")} == {"#cdt-s1-x1"}
    # the speaker's words are underlined, the cue in them solidly, with the speaker named in a label
    voices = {own(v): v for v in tree.having("cdt-voice") if "id" in v["attrs"]}
    ministry = voices["The Russian Ministry of Health later said"]
    assert "speaker: Russian Ministry of Health" in ministry["attrs"]["title"] and "figures: 14" in ministry["attrs"]["title"]
    assert "he said" in voices and "cue: said (direct)" in voices["he said"]["attrs"]["title"]
    cues = [own(u) for u in tree.having("cdt-cue") if u["tag"] == "u"]
    assert cues.count("said") >= 3 and "as per" in cues
    assert "Vasily Golubev" in ["".join(w["all"]) for w in tree.having("cdt-who")]  # "he" resolved, in a label
    # the conflict is listed under the text and linked to both its claims
    conflict = ids["cdt-s1-x1"]
    assert conflict["tag"] == "li" and "subset" in "".join(conflict["all"])
    hrefs_inside = [e["attrs"]["href"] for e in tree.elements if e["tag"] == "a" and e["attrs"].get("href") in ("#cdt-s1-c4", "#cdt-s1-c6")]
    assert set(hrefs_inside) == {"#cdt-s1-c4", "#cdt-s1-c6"}
    # every link points inside the fragment
    for element in tree.elements:
        href = element["attrs"].get("href")
        if href is not None:
            assert href.startswith("#") and href[1:] in ids, href


def test_text_view_says_derived_bounds_are_not_figures_given():
    text = "Officials said about 3,000 people were evacuated from the flood in Arlen. Police said 5,000 people were evacuated."
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2024-01-01")])
    tree = ViewTree(report.to_html_text())
    about = next(m for m in tree.having("cdt-mark") if own(m) == "about 3,000")
    assert "value read: 2,700\u20133,300 (bounds implied by the wording, not figures given)" in about["attrs"]["title"]
    five = next(m for m in tree.having("cdt-mark") if own(m) == "5,000")
    assert "implied" not in five["attrs"]["title"]


def test_text_view_is_escaped_self_contained_and_scoped(hostile):
    for source in ("s1", "s2"):
        out = hostile.to_html_text(source)
        tree = ViewTree(out)
        assert out.startswith('<div class="claimdiff-text">')
        assert set(tree.tags) <= {"div", "style", "span", "mark", "u", "a", "b", "ol", "li", "p"}
        assert "<script" not in out and "<b>today</b>" not in out and "\x1b" not in out
        for element in tree.elements:
            assert set(element["attrs"]) <= {"class", "id", "title", "href"}, element["attrs"]
            assert element["attrs"].get("href", "#").startswith("#")
        lowered = tree.style.lower()
        assert "url(" not in lowered and "@import" not in lowered and "http" not in lowered
        for rule in filter(None, (r.strip() for r in tree.style.split("}"))):
            for selector in rule.split("{")[0].split(","):
                assert selector.strip().startswith(".claimdiff-text"), selector
        (body,) = tree.having("cdt-body")
        assert own(body) == next(s.text for s in hostile.sources if s.id == source).replace("\x1b", "\ufffd")
    # the conflict of s1 lists the claim of s2 by its outlet, as text
    tree = ViewTree(hostile.to_html_text("s1"))
    item = tree.by_id()["cdt-s1-x1"]
    assert "in Other " in "".join(item["all"])


def _overlapping_report():
    text = "Two officials said 15 people and 15 more were killed in the blast in Orel, the governor said."
    event = Event("e1", "report in Orel", "blast", "Orel", None)

    def claim(cid, start, end, attribution_span, cue="said"):
        quote = text[start:end]
        quantity = Quantity(15.0, 15.0, 15.0, "exact", None, None, (start, end), quote)
        speaker = Speaker("officials", None, "person")
        return Claim(cid, "s1", quantity, "killed", (), Attribution(speaker, (), "indirect", cue, attribution_span), event,
                     None, quote, (start, end), text, sentence_span=(0, len(text)))

    two = text.index("Two officials said")
    fifteen = text.index("15 people")
    more = text.index("15 more")
    claims = (
        claim("c1", two, two + 3, (two, two + 18)),                     # a figure inside its own speaker's words
        claim("c2", fifteen, fifteen + 9, (two + 4, fifteen + 2)),       # speaker's words running into a figure
        claim("c3", fifteen + 3, more + 7, (text.index("the governor"), len(text) - 1)),  # overlapping figures
    )
    return text, Report((claimdiff.Source(text, name="Orel Daily", id="s1"),), claims, ())


def test_text_view_nests_overlapping_spans():
    text, report = _overlapping_report()
    tree = ViewTree(report.to_html_text())  # the parser asserts that every element closes in order
    (body,) = tree.having("cdt-body")
    assert own(body) == text
    ids = tree.by_id()
    assert {"cdt-s1-c1", "cdt-s1-c2", "cdt-s1-c3"} <= set(ids)
    marks = [e for e in tree.having("cdt-mark") if "id" in e["attrs"]]
    assert [own(m) for m in marks] == ["Two", "15 people and 15 more"]  # overlapping figures share one mark
    assert "\n\n" in marks[1]["attrs"]["title"]  # both claims described


def test_text_view_needs_its_text_and_a_source(ferry):
    with pytest.raises(ValueError, match="2 sources; say which one"):
        ferry.to_html_text()
    with pytest.raises(ValueError, match="no source 'nope'"):
        ferry.to_html_text("nope")
    assert ferry.to_html_text("Coast Daily") == ferry.to_html_text("s1")  # by name or by id
    streamed = list(claimdiff.check_many([FERRY_A, FERRY_B]))[-1].to_report()
    with pytest.raises(ValueError, match="check_many"):
        streamed.to_html_text("s1")
    from claimdiff.view import TextView

    view = TextView(ferry, "s2")
    assert repr(view) == "<TextView Northern Post: 1 figure(s), 0 date claim(s), 1 conflict(s)>"
    assert view._repr_html_() == ferry.to_html_text("s2")
    odd = claimdiff.check([claimdiff.Source("Police said 4 people were hurt.", id="https://x.test/a b")])
    assert 'id="cdt-https---x-test-a-b-' in odd.to_html_text()  # ids stay valid HTML ids


# ---------------------------------------------------------------- labels and figures given
def test_event_labels_never_say_report_for_a_flood():
    a = claimdiff.Source("Officials said 12 people died in Arlen.", name="A", published="2024-05-06")
    b = claimdiff.Source("Rescuers said 30 people were killed in the flood in Arlen.", name="B", published="2024-05-06")
    report = claimdiff.check([a, b])
    (conflict,) = report.conflicts
    assert conflict.event.kind == "flood"
    outputs = [report.to_table(), report.to_markdown(), html.unescape(report._repr_html_()), html.unescape(report.to_html_text("s1"))]
    for out in outputs:
        assert "flood in Arlen" in out and "report in Arlen" not in out
    from claimdiff.report import event_label

    assert event_label(Event("e1", "report in Arlen", "flood", "Arlen")) == "flood in Arlen"
    assert event_label(Event("e1", "report in Arlen", None, "Arlen")) == "event in Arlen"
    assert event_label(Event("e1", "report", None)) == "event"
    assert event_label(Event("e1", "reported blast in Orel", "blast")) == "reported blast in Orel"


def test_derived_bounds_are_never_shown_as_figures_given():
    text = ("Officials said about 3,000 people were evacuated from the flood in Arlen. "
            "Police said 5,000 people were evacuated from the flood in Arlen.")
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2024-01-01")])
    assert report.conflicts
    table, md, page = report.to_table(), report.to_markdown(), html.unescape(report._repr_html_())
    assert "evacuated: 3,000 to 5,000" in table
    assert "| evacuated (conflict) | 3,000 | 5,000 |" in md
    for out in (table, md, page):
        assert "3,300" not in out.replace("2,700–3,300", "")  # the reading is labelled as one, never a min or max
        assert "2,700 to" not in out and "| 2,700 |" not in out
    assert "**about 3,000** (read as 2,700–3,300)" in md
    summary = summary_table(Tree(report._repr_html_()))
    row = next(r for r in summary["rows"] if r[0].startswith("evacuated"))
    assert row[1:3] == ["3,000", "5,000"]
    assert report.to_dict()["summaries"][0]["min"] == 2700  # the data keeps the interval


# ---------------------------------------------------------------- reading a report back
def test_from_dict_round_trip(seed, ferry, fire, hostile):
    for report in (seed, ferry, fire, hostile):
        data = report.to_dict()
        again = Report.from_dict(data)
        assert again.to_dict() == data
        assert Report.from_json(report.to_json()).to_dict() == data
        assert again.to_table() == report.to_table()
        assert again.to_markdown() == report.to_markdown()
        assert again._repr_html_() == report._repr_html_()
        assert all(s.text == "" for s in again.sources)


def test_from_dict_keeps_what_renderings_need(seed):
    again = Report.from_dict(seed.to_dict())
    by_id = {c.id: c for c in again.claims}
    assert by_id["c2"].quantity.value == 40  # "some 40 kilometres": the figure given, read again from its text
    assert again.conflicts[0].claims[0] is by_id[again.conflicts[0].claims[0].id]
    with pytest.raises(ValueError, match="no text for source"):
        again.to_html_text()


def test_from_dict_names_what_is_wrong(seed):
    data = seed.to_dict()
    with pytest.raises(ValueError, match="not a claimdiff/1 report"):
        Report.from_dict({**data, "schema": "claimdiff/9"})
    with pytest.raises(ValueError, match="JSON object"):
        Report.from_dict([])
    broken = json.loads(json.dumps(data))
    broken["claims"][2]["value"]["low"] = "four"
    with pytest.raises(ValueError, match=r"claims\[2\]\.value\.low must be a number"):
        Report.from_dict(broken)
    broken = json.loads(json.dumps(data))
    broken["conflicts"][0]["claims"].append("c99")
    with pytest.raises(ValueError, match=r'conflicts\[0\]\.claims\[2\]: no claim "c99"'):
        Report.from_dict(broken)
    with pytest.raises(ValueError, match="not JSON"):
        Report.from_json("{")


def test_updates_and_conflicts_give_the_event_in_one_form(fire, seed):
    update = fire.to_dict()["updates"][0]
    conflict = seed.to_dict()["conflicts"][0]
    assert set(update["event"]) == set(conflict["event"]) == {"id", "label", "kind", "place", "date", "places"}
    assert update["event"] == fire.to_dict()["claims"][0]["event"]
    old = fire.to_dict()
    old["updates"][0]["event"] = old["updates"][0]["event"]["id"]  # the form before 0.2 still reads
    assert Report.from_dict(old).to_dict() == fire.to_dict()


#: Measures, in the test page only, whether anything spills out of its box.
SPILL_PROBE = """<script>
(function () {
  var out = {width: window.innerWidth, scroll: document.documentElement.scrollWidth, spills: [], scrolls: [],
             marks: [], links: [], missing: [], boxes: 0};
  var boxes = document.querySelectorAll('.claimdiff-report, .claimdiff-text');
  Array.prototype.forEach.call(boxes, function (box) {
    out.boxes += 1;
    var outer = box.getBoundingClientRect();
    if (outer.right > window.innerWidth + 1 || outer.left < -1) out.spills.push('box ' + box.className);
    Array.prototype.forEach.call(box.querySelectorAll('*'), function (el) {
      if (el.tagName === 'STYLE') return;
      var r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return;
      if (r.right > outer.right + 1 || r.left < outer.left - 1)
        out.spills.push(el.tagName + '.' + el.className + ' ' + Math.round(r.left) + '-' + Math.round(r.right) +
                        ' of ' + Math.round(outer.left) + '-' + Math.round(outer.right) + ': ' + (el.textContent || '').slice(0, 40));
    });
    Array.prototype.forEach.call(box.querySelectorAll('.cd-scroll'), function (el) {
      if (el.scrollWidth > el.clientWidth + 1) out.scrolls.push(el.scrollWidth + ' > ' + el.clientWidth);
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('.claimdiff-text .cdt-body mark'), function (m) {
    var r = m.getBoundingClientRect();
    out.marks.push({text: m.childNodes.length ? m.innerText : '', width: r.width, background: getComputedStyle(m).backgroundColor,
                    title: m.getAttribute('title') || ''});
  });
  Array.prototype.forEach.call(document.querySelectorAll('.claimdiff-text a[href]'), function (a) {
    var target = document.getElementById(a.getAttribute('href').slice(1));
    out.links.push(a.getAttribute('href'));
    if (!target) out.missing.push(a.getAttribute('href'));
  });
  var cue = document.querySelector('.claimdiff-text u.cdt-cue');
  out.cue = cue ? getComputedStyle(cue).textDecorationLine : null;
  var probe = document.createElement('pre');
  probe.id = 'probe';
  probe.textContent = JSON.stringify(out);
  document.body.appendChild(probe);
})();
</script>"""

LONG_WORD = "https://example.test/" + "a" * 180


def _spill_probe(binary, tmp_path, page_html, window):
    page = tmp_path / "page.html"
    page.write_text(page_html.replace("</body>", SPILL_PROBE + "\n</body>"), encoding="utf-8")
    result = _chromium_run(binary, tmp_path, "--dump-dom", page.as_uri(), window=window)
    match = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    assert match, result.stdout[-2000:]
    return json.loads(html.unescape(match.group(1)))


@pytest.mark.parametrize("width", [600, 1280])
def test_text_view_and_report_fit_a_narrow_window_in_chromium(width, seed, ferry, hostile, tmp_path):
    binary = _chromium()
    if binary is None:
        pytest.skip("no chromium binary (apt-get install chromium)")
    long_text = (f"Police chief Ana Ruiz said 15 people were killed in the collapse in Varna, see {LONG_WORD} . "
                 f"Mayor Piotr Nowak said two people had died in the collapse in Varna ({LONG_WORD}).")
    long = claimdiff.check([claimdiff.Source(long_text, name="Wire " + LONG_WORD, published="2024-05-03")])
    assert long.conflicts
    pages = {
        "seed": cli.report_page(seed),  # one text: its text view, then the report
        "hostile": cli.html_page(hostile.to_html_text("s1") + hostile._repr_html_()),
        "long words": cli.report_page(long),
        "two sources": cli.html_page(ferry.to_html_text("s1") + ferry._repr_html_()),  # spilled at 600 px before
    }
    for name, page_html in pages.items():
        probe = _spill_probe(binary, tmp_path, page_html, f"{width},1000")
        assert probe["width"] == width
        assert probe["boxes"] == 2, name
        assert probe["scroll"] <= width, (name, probe["scroll"])  # no sideways scrolling of the page
        assert probe["spills"] == [], (name, probe["spills"][:5])  # nothing out of its box
        assert probe["scrolls"] == [], (name, probe["scrolls"])  # the tables fit without their scroll bars
        assert probe["missing"] == [], name  # every anchor link finds its target
    probe = _spill_probe(binary, tmp_path, pages["seed"], f"{width},1000")
    texts = {m["text"].split("\n")[0].strip(): m for m in probe["marks"]}
    assert any(key.startswith("14") for key in texts) and any(key.startswith("Four") for key in texts)
    for mark in probe["marks"]:
        assert mark["width"] > 0 and mark["title"]
    hot = next(m for key, m in texts.items() if key.startswith("14"))
    plain = next(m for key, m in texts.items() if key.startswith("Another"))
    assert hot["background"] == "rgb(255, 168, 168)" and plain["background"] == "rgb(255, 224, 102)"
    assert "#cdt-s1-x1" in probe["links"] and "#cdt-s1-c6" in probe["links"]
    assert probe["cue"] == "underline"


def test_the_spill_probe_sees_a_spill(ferry, tmp_path):
    """The probe above would see a table wider than its window (as the report's was at 600 px before 0.2)."""
    binary = _chromium()
    if binary is None:
        pytest.skip("no chromium binary (apt-get install chromium)")
    wide = ferry._repr_html_().replace('<div class="cd-scroll">', "<div>").replace(
        "</style>", ".claimdiff-report table.cd-table{min-width:900px}</style>", 1)
    probe = _spill_probe(binary, tmp_path, cli.html_page(wide), "600,1000")
    assert probe["spills"] and probe["scroll"] > 600
