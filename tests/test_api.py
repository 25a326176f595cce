"""The public contract: types, errors, determinism, any input, the CLI."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "ani_taganrog_missile_2023-07-28.txt"


def test_public_names():
    for name in ("Source", "check", "extract", "quantities", "dates", "Report", "Claim", "Conflict", "Quantity"):
        assert name in claimdiff.__all__
        assert hasattr(claimdiff, name)


@pytest.mark.parametrize("published,expected", [
    (dt.date(2023, 7, 28), dt.date(2023, 7, 28)),
    (dt.datetime(2023, 7, 28, 14, 5), dt.date(2023, 7, 28)),
    ("2023-07-28", dt.date(2023, 7, 28)),
    ("2023-07-28T09:30:00Z", dt.date(2023, 7, 28)),
    (None, None),
])
def test_published_forms(published, expected):
    assert claimdiff.Source("x", published=published).published == expected


@pytest.mark.parametrize("kwargs,error,word", [
    ({"text": 42}, TypeError, "text"),
    ({"text": b"bytes"}, TypeError, "text"),
    ({"text": "x", "published": "28th of Julember"}, ValueError, "published"),
    ({"text": "x", "published": "2023-13-45"}, ValueError, "published"),
    ({"text": "x", "published": 20230728}, TypeError, "published"),
    ({"text": "x", "name": 7}, TypeError, "name"),
])
def test_bad_arguments_name_the_argument(kwargs, error, word):
    with pytest.raises(error, match=word):
        claimdiff.Source(**kwargs)


def test_check_rejects_non_sources():
    with pytest.raises(TypeError, match="sources"):
        claimdiff.check([3])
    with pytest.raises(TypeError, match="sources"):
        claimdiff.check(12)


def test_extract_rejects_non_str():
    with pytest.raises(TypeError, match="text"):
        claimdiff.extract(None)


def test_bare_strings_are_sources():
    report = claimdiff.check(["Police said 12 people were arrested.", "Organisers said 40 people were arrested."])
    assert [s.id for s in report.sources] == ["s1", "s2"]
    assert {c.source for c in report.claims} == {"s1", "s2"}


def test_extract_returns_claims():
    claims = claimdiff.extract("Officials said 7 people were killed.", source="Wire", published="2024-01-02")
    assert len(claims) == 1
    assert claims[0].metric == "killed"
    assert claims[0].speaker.kind == "unnamed"


def test_json_round_trip_and_determinism():
    text = SEED.read_text(encoding="utf-8")
    first = claimdiff.check([claimdiff.Source(text, name="ANI", published="2023-07-28")]).to_json()
    second = claimdiff.check([claimdiff.Source(text, name="ANI", published="2023-07-28")]).to_json()
    assert first == second
    assert json.loads(first)["schema"] == "claimdiff/1"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_str_gives_a_report(text):
    report = claimdiff.check([text])
    for claim in report.claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote
    json.dumps(report.to_dict())


NEWSY = st.lists(
    st.sampled_from([
        "Police said 12 people were killed.", "“Four were hurt,” he said.", "At least 30 were injured, officials said.",
        "According to the ministry, no one died.", "several", "said", "“", "”", "\n\n", "Another missile was downed.",
        "between 10 and 15", "1,234,567", "S-200", "on Friday", "in Kyiv region", ",", " ", "The governor said:",
    ]),
    max_size=25,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_newsy_fragments_never_crash(text):
    report = claimdiff.check([text])
    for claim in report.claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote


def test_source_order_does_not_change_conflicts():
    a = claimdiff.Source("Police said 15 people were killed in the collapse in Tarvo.", name="A", published="2024-05-01", id="a")
    b = claimdiff.Source("The mayor said two people were killed in the collapse in Tarvo.", name="B", published="2024-05-01", id="b")
    one = claimdiff.check([a, b]).conflicts
    two = claimdiff.check([b, a]).conflicts
    assert len(one) == len(two) == 1
    assert {c.quantity.low for c in one[0].claims} == {c.quantity.low for c in two[0].claims} == {2, 15}


def test_cli_table(capsys):
    code = main(["check", str(SEED), "--source", "ANI", "--published", "2023-07-28"])
    out = capsys.readouterr().out
    assert code == 0
    assert "injured" in out and "Golubev" in out and "Ministry of Health" in out


def test_cli_json_and_fail_on_conflict(capsys):
    code = main(["check", str(SEED), "--source", "ANI", "--format", "json", "--fail-on-conflict"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert data["conflicts"]


def test_cli_bad_date(capsys):
    code = main(["check", str(SEED), "--published", "yesterday-ish"])
    assert code == 2
    assert "published" in capsys.readouterr().err


def test_cli_stdin():
    result = subprocess.run(
        [sys.executable, "-m", "claimdiff", "check", "-", "--format", "markdown"],
        input="Police said 12 people were hurt. Medics said 30 people were hurt.",
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "# claimdiff report" in result.stdout


def test_no_network_and_no_writes(monkeypatch, tmp_path):
    """The quantulum3 and dateparser adapters run offline and write nothing."""
    import builtins
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("claimdiff tried to open a network connection")

    real_open = builtins.open

    def read_only_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"claimdiff tried to write {file!r}")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(builtins, "open", read_only_open)
    text = "The plant, opened on 5-Aug-16, produces 40 gigawatts; officials said 3 people were hurt on Friday."
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2024-03-15")])
    # both adapters were used: quantulum3 for the unit, dateparser for the compact date
    assert ("40 gigawatts", "gigawatt") in [(c.quantity.text, c.quantity.unit) for c in report.claims]
    assert "2016-08-05" in [m.value for m in claimdiff.dates(text, published="2024-03-15")]
