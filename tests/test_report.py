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
    assert injured[1:3] == ["3", "14"]
    figures = injured[3]
    order = [figures.index(s) for s in ("several", "Four", "14")]
    assert order == sorted(order), figures
    for who in ("ANI (own voice)", "Vasily Golubev", "Russian Ministry of Health via CNN", "2023-07-28"):
        assert who in figures
    victims = next(row for row in rows if row[0] == "victims")
    assert victims[1:3] == ["3", "—"]  # "several": no upper bound


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
    assert cells[2:4] == ["3", "14"]
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
    assert {"nearly 40 36–40", "more than 1,200 > 1,200", "$5 million = 5,000,000 USD", "$9 million = 9,000,000 USD"} <= cells
    md = report.to_markdown()
    assert "| **nearly 40** (36–40) |" in md and r"| **more than 1,200** (\> 1,200) |" in md


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
    assert "injured: 3 to 14  [conflict]" in block and "victims: 3 or more" in block
    assert block.index("several  ANI (own voice)") < block.index("Four     Vasily Golubev") < block.index("14       Russian Ministry of Health via CNN")


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
    frame = seed.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(PANDAS_COLUMNS)
    assert list(frame["id"]) == [c.id for c in seed.claims]
    row = frame.set_index("text").loc["14"]
    assert row["speaker"] == "Russian Ministry of Health" and row["speaker_kind"] == "organisation"
    assert row["via"] == "CNN" and row["metric"] == "injured" and row["low"] == 14 and row["high"] == 14
    assert row["conflicts"] == "x1" and row["source_name"] == "ANI"
    four = frame.set_index("text").loc["Four"]
    assert four["qualifiers"] == "slightly" and four["speaker_role"] == "regional governor"
    empty = claimdiff.check([claimdiff.Source("Nothing to count here.")]).to_pandas()
    assert empty.empty and list(empty.columns) == list(PANDAS_COLUMNS)


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


def _chromium_run(binary, tmp_path, *args):
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", f"--user-data-dir={profile}", "--window-size=1280,1000", *args,
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
