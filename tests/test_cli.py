"""The command line: subcommands, archive input (JSON Lines, CSV), output formats, render, and bad input."""
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimdiff
from claimdiff import cli
from claimdiff.cli import main
from claimdiff.report import COLUMNS, Report

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "ani_taganrog_missile_2023-07-28.txt"
SEED_ARGS = ["check", str(SEED), "--source", "ANI", "--published", "2023-07-28"]

# Test sentences written for this file.
BRIDGE_A = "Rescuers said 9 people were killed when a footbridge collapsed in Tarnow on Sunday."
BRIDGE_B = "The regional governor said 4 people died in the footbridge collapse in Tarnow."
CALM = "The council said 3 bridges were repaired in Ostrava this spring."
ROWS = [
    {"name": "Daily Courier", "published": "2024-03-10", "text": BRIDGE_A},
    {"name": "Radio South", "published": "2024-03-11", "text": BRIDGE_B},  # a lower toll a day later: a conflict
    {"name": "Town Hall", "published": "2024-03-09", "text": CALM},
]


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def expected_report():
    return claimdiff.check([claimdiff.Source(r["text"], name=r["name"], published=r["published"]) for r in ROWS])


@pytest.fixture
def archive_jsonl(tmp_path):
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS) + "\n", encoding="utf-8")  # a blank line is skipped
    return path


@pytest.fixture
def archive_csv(tmp_path):
    path = tmp_path / "archive.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["name", "published", "text"])
        writer.writeheader()
        writer.writerows(ROWS)
    return path


# ---------------------------------------------------------------- version, help
def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"claimdiff {claimdiff.__version__}"


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("check", "extract", "quantities", "dates", "render"):
        assert command in out


# ---------------------------------------------------------------- archives in, one command
@pytest.mark.parametrize("fixture", ["archive_jsonl", "archive_csv"])
def test_check_reads_an_archive(fixture, request, capsys):
    path = request.getfixturevalue(fixture)
    code, out, err = run(["check", str(path), "--format", "json", "--fail-on-conflict"], capsys)
    assert code == 1 and not err
    data = json.loads(out)
    assert data == expected_report().to_dict() | {"sources": data["sources"]}
    assert [(s["name"], s["published"]) for s in data["sources"]] == [(r["name"], r["published"]) for r in ROWS]
    (conflict,) = data["conflicts"]
    assert conflict["metric"] == "killed" and conflict["kind"] == "contradiction"


def test_archive_input_format_by_option_and_stdin(archive_jsonl):
    result = subprocess.run([sys.executable, "-m", "claimdiff", "check", "-", "--input-format", "jsonl", "--format", "markdown"],
                            input=archive_jsonl.read_text(encoding="utf-8"), capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Daily Courier" in result.stdout and "Radio South" in result.stdout and "## Conflict x1" in result.stdout


def test_archive_rows_take_defaults_and_ids(tmp_path, capsys):
    path = tmp_path / "rows.data"
    path.write_text(json.dumps({"text": BRIDGE_A, "id": "https://a.test/1"}) + "\n"
                    + json.dumps({"text": BRIDGE_B, "name": "Radio South", "published": "2024-03-10"}) + "\n", encoding="utf-8")
    code, out, _ = run(["check", str(path), "--input-format", "jsonl", "--source", "Wire", "--published", "2024-03-11",
                        "--format", "json"], capsys)
    assert code == 0
    sources = json.loads(out)["sources"]
    assert sources == [{"id": "https://a.test/1", "name": "Wire", "published": "2024-03-11"},
                       {"id": "s2", "name": "Radio South", "published": "2024-03-10"}]


def test_archive_with_workers(archive_csv, capsys):
    one = run(["check", str(archive_csv), "--format", "json"], capsys)[1]
    two = run(["check", str(archive_csv), "--format", "json", "--workers", "2"], capsys)[1]
    assert json.loads(one) == json.loads(two)
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(archive_csv), "--workers", "0"])
    assert exit_info.value.code == 2
    capsys.readouterr()


def test_csv_cells_may_span_lines_and_be_long(tmp_path, capsys):
    long_text = ("Officials said 120 homes were flooded in Ghent. " * 4000)  # longer than csv's default cell limit
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "name"])
        writer.writerow(["Rescuers said 9 people were killed\nwhen a footbridge collapsed in Tarnow.", "A"])
        writer.writerow([long_text, "B"])
    code, out, err = run(["extract", str(path), "--format", "jsonl"], capsys)
    assert code == 0, err
    claims = [json.loads(line) for line in out.splitlines()]
    assert claims[0]["quote"] == "9" and len(claims) > 4000


# ---------------------------------------------------------------- output formats
def test_check_csv_output(capsys):
    code, out, err = run(SEED_ARGS + ["--format", "csv"], capsys)
    assert code == 0 and not err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [name for name, _ in COLUMNS]
    seed = claimdiff.check([claimdiff.Source(SEED.read_text(encoding="utf-8"), name="ANI", published="2023-07-28")])
    assert [r["claim"] for r in rows] == [c.id for c in seed.claims + seed.date_claims]
    fourteen = next(r for r in rows if r["quote"] == "14")
    assert fourteen["conflicts"] == "x1" and fourteen["via"] == "CNN" and fourteen["low"] == "14"
    several = next(r for r in rows if r["quote"] == "several")
    assert several["high"] == "" and several["speaker"] == ""  # missing is empty, not "None"


def test_check_jsonl_output_renders_back(capsys, tmp_path):
    code, out, _ = run(SEED_ARGS + ["--format", "jsonl"], capsys)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0] == {"record": "report", "schema": "claimdiff/1"}
    kinds = [r["record"] for r in records]
    assert kinds.count("claim") == 9 and kinds.count("conflict") == 1 and kinds.count("source") == 1
    saved = tmp_path / "report.jsonl"
    saved.write_text(out, encoding="utf-8")
    code, table, _ = run(["render", str(saved)], capsys)
    assert code == 0 and "CONFLICT x1 [subset] injured" in table


@pytest.mark.parametrize("fmt", ["table", "markdown", "json", "csv", "jsonl", "html"])
def test_render_a_saved_report(fmt, capsys, tmp_path):
    code, saved, _ = run(SEED_ARGS + ["--format", "json"], capsys)
    path = tmp_path / "report.json"
    path.write_text(saved, encoding="utf-8")
    code, direct, _ = run(SEED_ARGS + ["--format", fmt], capsys)
    code, rendered, err = run(["render", str(path), "--format", fmt], capsys)
    assert code == 0 and not err
    if fmt == "html":  # a saved report has no texts: the report without the text view
        report = Report.from_json(saved)
        assert rendered == cli.html_page(report._repr_html_())
        assert report._repr_html_() in direct
    else:
        assert rendered == direct
    assert run(["render", str(path), "--fail-on-conflict"], capsys)[0] == 1


def test_render_refuses_what_is_not_a_report(tmp_path, capsys):
    path = tmp_path / "other.json"
    path.write_text('{"schema": "something/else"}', encoding="utf-8")
    code, out, err = run(["render", str(path)], capsys)
    assert (code, out) == (2, "") and "not a claimdiff/1 report" in err and str(path) in err
    path.write_text("not json at all", encoding="utf-8")
    assert run(["render", str(path)], capsys)[0] == 2


def test_html_for_one_text_shows_the_text_view(capsys):
    code, out, _ = run(SEED_ARGS + ["--format", "html"], capsys)
    assert code == 0
    seed = claimdiff.check([claimdiff.Source(SEED.read_text(encoding="utf-8"), name="ANI", published="2023-07-28", id="s1")])
    assert seed.to_html_text() in out and seed._repr_html_() in out
    assert out.index('<div class="claimdiff-text">') < out.index('<div class="claimdiff-report">')
    assert "<title>claimdiff: ANI</title>" in out


def test_html_for_several_texts_shows_the_report(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BRIDGE_A, encoding="utf-8")
    b.write_text(BRIDGE_B, encoding="utf-8")
    code, out, _ = run(["check", str(a), str(b), "--format", "html"], capsys)
    assert code == 0 and '<div class="claimdiff-report">' in out and '<div class="claimdiff-text">' not in out


# ---------------------------------------------------------------- extract, quantities, dates
def test_extract(capsys, tmp_path):
    code, out, _ = run(["extract", str(SEED), "--source", "ANI", "--published", "2023-07-28", "--format", "json"], capsys)
    assert code == 0
    claims = json.loads(out)
    seed = claimdiff.check([claimdiff.Source(SEED.read_text(encoding="utf-8"), name="ANI", published="2023-07-28")])
    assert [(c["quote"], c["metric"], c["speaker"] and c["speaker"]["name"]) for c in claims] == [
        (c.quote, c.metric, c.speaker and c.speaker.name) for c in seed.claims + seed.date_claims]
    assert claims[0]["id"] == "s1-c1"
    code, table, _ = run(["extract", str(SEED), "--source", "ANI"], capsys)
    assert table.startswith("claimdiff: 12 claims from 1 text\nfigure")
    assert "Vasily Golubev, regional governor" in table
    # several texts: ids and a source column keep them apart
    other = tmp_path / "b.txt"
    other.write_text(BRIDGE_B, encoding="utf-8")
    code, out, _ = run(["extract", str(SEED), str(other), "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[-1]["claim"] == "s2-c1" and rows[-1]["source_name"] == "b.txt" and rows[-1]["conflicts"] == ""


def test_quantities(capsys, tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("Nearly 40 homes and several shops burned; the river rose 2.5 metres.", encoding="utf-8")
    code, out, _ = run(["quantities", str(path), "--format", "json"], capsys)
    assert code == 0
    found = json.loads(out)
    assert [(q["text"], q["kind"], q["low"], q["high"]) for q in found] == [
        (q.text, q.kind, q.low, q.high) for q in claimdiff.quantities(path.read_text(encoding="utf-8"))]
    assert found[0] == {"source": "s1", "source_name": "q.txt", "text": "Nearly 40", "kind": "approximate", "value": 40,
                        "low": 36, "high": 40, "unit": None, "dimension": None, "change": None, "start": 0, "end": 9}
    code, table, _ = run(["quantities", str(path)], capsys)
    assert table.splitlines()[0] == "claimdiff: 3 figures" and "Nearly 40" in table and "metre" in table
    code, out, _ = run(["quantities", str(path), "--format", "csv"], capsys)
    assert list(csv.DictReader(io.StringIO(out)))[1]["high"] == ""


def test_dates(capsys, tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("The blast happened on Friday. Officials met on 3 May 2024.", encoding="utf-8")
    code, out, _ = run(["dates", str(path), "--published", "2023-07-28", "--format", "jsonl"], capsys)
    assert code == 0
    found = [json.loads(line) for line in out.splitlines()]
    assert [(d["text"], d["value"]) for d in found] == [("Friday", "2023-07-28"), ("3 May 2024", "2024-05-03")]
    code, table, _ = run(["dates", str(path), "--published", "2023-07-28"], capsys)
    assert "Friday" in table and "2023-07-28" in table


def test_source_defaults_to_the_file_name(tmp_path, capsys):
    path = tmp_path / "courier_2024-03-11.txt"
    path.write_text(BRIDGE_A, encoding="utf-8")
    code, out, _ = run(["check", str(path), "--format", "json"], capsys)
    assert json.loads(out)["sources"][0]["name"] == "courier_2024-03-11.txt"
    code, out, _ = run(["check", str(path), "--source", "Daily Courier", "--format", "json"], capsys)
    assert json.loads(out)["sources"][0]["name"] == "Daily Courier"


# ---------------------------------------------------------------- bad input gets a clear word
def test_binary_file_exits_2_naming_it(tmp_path, capsys):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    code, out, err = run(["check", str(path)], capsys)
    assert (code, out) == (2, "")
    assert str(path) in err and "binary" in err


def test_not_utf8_names_encoding(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("Police said 5 people were killed in the café fire in Kestrel.".encode("cp1252"))
    code, out, err = run(["check", str(path)], capsys)
    assert (code, out) == (2, "")
    assert str(path) in err and "UTF-8" in err and "--encoding" in err
    code, out, err = run(["check", str(path), "--encoding", "cp1252", "--format", "json"], capsys)
    assert code == 0 and not err
    assert "café fire" in json.loads(out)["claims"][0]["sentence"]
    code, _, err = run(["check", str(path), "--encoding", "klingon"], capsys)
    assert code == 2 and "--encoding" in err


def test_not_utf8_in_an_archive_names_the_file(tmp_path, capsys):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(json.dumps({"text": "x"}).encode() + b"\n" + '{"text": "caf\u00e9"}'.encode("cp1252") + b"\n")
    code, out, err = run(["check", str(path)], capsys)
    assert (code, out) == (2, "") and str(path) in err and "--encoding" in err


def test_utf8_bom_and_utf16_texts_read(tmp_path, capsys):
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + BRIDGE_A.encode("utf-8"))
    wide = tmp_path / "wide.txt"
    wide.write_text(BRIDGE_A, encoding="utf-16")
    for path in (bom, wide):
        code, out, err = run(["check", str(path), "--format", "json"], capsys)
        assert code == 0, err
        assert json.loads(out)["claims"][0]["span"] == [BRIDGE_A.index("9"), BRIDGE_A.index("9") + 1]


def test_empty_text_warns(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    code, out, err = run(["check", str(path)], capsys)
    assert code == 0 and "0 claims" in out
    assert err.startswith("claimdiff: warning:") and str(path) in err and "empty" in err
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": ""}) + "\n" + json.dumps({"text": BRIDGE_A}) + "\n", encoding="utf-8")
    code, _, err = run(["check", str(rows)], capsys)
    assert code == 0 and f"{rows}:1: the text is empty" in err


def test_stdin_twice_is_refused(capsys):
    code, out, err = run(["check", "-", "-"], capsys)
    assert (code, out) == (2, "") and "standard input" in err


@pytest.mark.parametrize("bad", ["2023-07-28garbage", "2023-7-28", "28/07/2023", "yesterday", "2023-02-30"])
def test_bad_published_is_refused(bad, capsys):
    code, out, err = run(["check", str(SEED), "--published", bad], capsys)
    assert (code, out) == (2, "") and "--published" in err and repr(bad) in err


def test_good_published_forms(capsys):
    for good in ("2023-07-28", "2023-07-28T09:30:00Z", "2023-07-28 09:30:00+03:00"):
        code, out, _ = run(["check", str(SEED), "--published", good, "--format", "json"], capsys)
        assert code == 0 and json.loads(out)["sources"][0]["published"] == "2023-07-28"


@pytest.mark.parametrize("content, message", [
    ('{"name": "A"}\n', "no 'text' field"),
    ("[1, 2]\n", "JSON object"),
    ("{broken\n", "not a JSON object"),
    ('{"text": "x", "published": "2023-07-28garbage"}\n', "published: cannot read"),
    ('{"text": 5}\n', "text must be a string"),
])
def test_bad_jsonl_rows_name_file_and_line(content, message, tmp_path, capsys):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"text": BRIDGE_A}) + "\n" + content, encoding="utf-8")
    code, out, err = run(["check", str(path)], capsys)
    assert (code, out) == (2, "")
    assert f"{path}:2:" in err and message in err


def test_csv_without_a_text_column(tmp_path, capsys):
    path = tmp_path / "rows.csv"
    path.write_text("title,body\nA,B\n", encoding="utf-8")
    code, _, err = run(["check", str(path)], capsys)
    assert code == 2 and "no 'text' column" in err and "title, body" in err


def test_missing_file_and_bad_counts_still_exit_2(tmp_path, capsys):
    code, out, err = run(["quantities", str(tmp_path / "missing.txt")], capsys)
    assert (code, out) == (2, "") and "cannot read" in err
    code, _, err = run(["dates", str(SEED), str(SEED), "--published", "2023-07-28", "--published", "2023-07-29",
                        "--published", "2023-07-30"], capsys)
    assert code == 2 and "--published" in err


def _python(*args, **kwargs):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONWARNINGS",)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False, env=env, cwd=ROOT, **kwargs)


def test_warnings_never_reach_the_user_and_W_error_changes_nothing():
    seed = ["seeds/ani_taganrog_missile_2023-07-28.txt"]
    for command in (["check", *seed, "--source", "ANI", "--published", "2023-07-28"], ["quantities", *seed],
                    ["dates", *seed], ["extract", *seed]):
        plain = _python("-m", "claimdiff", *command)
        strict = _python("-W", "error", "-m", "claimdiff", *command)
        assert plain.returncode == strict.returncode == 0, strict.stderr
        assert plain.stderr == strict.stderr == ""  # nothing from quantulum3 (or anyone) on stderr
        assert plain.stdout == strict.stdout and plain.stdout
