"""Contracts a machine can check: the claimdiff/1 JSON Schema, types (mypy) and lint (ruff).

The schema test needs no conftest: it gathers the texts the other test modules are
written with (module-level strings, Sources and parametrize cases), the seed, and the
shared dev set when it is there, makes reports from them by every road (check,
check_many, a JSON round trip, hand-built reports) and validates each against the
schema shipped in the package.
"""
import copy
import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import claimdiff
from claimdiff.report import SCHEMA_FILE, Report, json_schema

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
SEED = ROOT / "seeds" / "ani_taganrog_missile_2023-07-28.txt"
DEV = ROOT.parent / "shared" / "dev" / "news_cases.json"
#: Files wholly owned by the report/CLI work: they must be ruff-clean (the whole package must be mypy-clean).
CLEAN = ["claimdiff/cli.py", "claimdiff/report.py", "claimdiff/view.py", "claimdiff/dask.py",
         "tests/test_report.py", "tests/test_cli.py", "tests/test_schema.py"]
#: Test modules whose texts are not articles (growth tests build huge inputs).
SKIP_MODULES = {"test_schema", "test_growth"}

jsonschema = pytest.importorskip("jsonschema")


# ---------------------------------------------------------------- the schema file
def test_schema_is_shipped_and_valid():
    path = ROOT / "claimdiff" / SCHEMA_FILE
    assert path.is_file()
    schema = json_schema()
    assert schema == json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"] == {"const": "claimdiff/1"}
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'claimdiff = \[[^\]]*"schema/\*\.json"', pyproject), "the schema must be package data"
    test_extra = re.search(r"\ntest = \[(.*?)\n\]", pyproject, re.S).group(1)
    for needed in ("jsonschema", "pyarrow", "mypy", "ruff"):
        assert needed in test_extra


def _strict(schema):
    """The schema with every declared object closed: a field the schema does not name fails."""
    strict = copy.deepcopy(schema)

    def close(node):
        if isinstance(node, dict):
            if "properties" in node and node.get("additionalProperties") is True and "allOf" not in node:
                node["additionalProperties"] = False
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(strict)
    # a date claim is a claim: its own "properties" only narrow the claim's
    strict["$defs"]["date_claim"]["unevaluatedProperties"] = False
    return strict


# ---------------------------------------------------------------- the reports the test suite makes
def _texts_in(value, depth=0):
    if depth > 5:
        return
    if isinstance(value, claimdiff.Source):
        yield value
    elif isinstance(value, str):
        if len(value) >= 20 and " " in value and any(ch.isdigit() for ch in value) or len(value) >= 60:
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts_in(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _texts_in(item, depth + 1)
    elif type(value).__name__ == "ParameterSet":  # pytest.param(...)
        yield from _texts_in(tuple(value.values), depth + 1)


def _corpora():
    """(module name, [Source or str]) for every test module's texts."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    found = []
    for path in sorted(TESTS.glob("test_*.py")):
        if path.stem in SKIP_MODULES:
            continue
        try:
            module = importlib.import_module(path.stem)
        except (ImportError, pytest.skip.Exception):  # a module that needs what is not installed
            continue
        texts = []
        for name, value in vars(module).items():
            if name.startswith("__") or callable(value) and not isinstance(value, claimdiff.Source):
                continue
            texts.extend(_texts_in(value))
        for function in vars(module).values():  # parametrize cases live on the test functions
            for mark in getattr(function, "pytestmark", ()):
                if mark.name == "parametrize":
                    texts.extend(_texts_in(list(mark.args[1:])))
        unique = list({(t.text, t.name, t.published) if isinstance(t, claimdiff.Source) else t: t for t in texts}.values())
        if unique:
            found.append((path.stem, unique))
    return found


def _as_source(item):
    return item if isinstance(item, claimdiff.Source) else claimdiff.Source(item)


def _reports():
    """Reports made the ways the test suite makes them."""
    seed = claimdiff.Source(SEED.read_text(encoding="utf-8"), name="ANI", published="2023-07-28")
    yield "seed", claimdiff.check([seed])
    yield "empty", claimdiff.check([claimdiff.Source("")])
    for module, texts in _corpora():
        sources = [_as_source(t) for t in texts]
        for number, source in enumerate(sources):
            yield f"{module}[{number}]", claimdiff.check([source])
        yield f"{module} together", claimdiff.check(sources)
        final = list(claimdiff.check_many(sources))[-1]
        yield f"{module} check_many", final.to_report()
    import test_report  # reports built by hand: markup in every field, overlapping spans

    yield "hostile", test_report.make_hostile()
    yield "overlapping", test_report._overlapping_report()[1]
    if DEV.exists():
        cases = json.loads(DEV.read_text(encoding="utf-8"))["cases"]
        dev = [claimdiff.Source(c["text"], name=c["outlet"], published=(c["published"] or "")[:10] or None, id=c["id"]) for c in cases]
        yield "dev set", claimdiff.check(dev)


@pytest.fixture(scope="module")
def reports():
    made = list(_reports())
    assert len(made) > 200, len(made)  # many texts, from many modules
    return made


def test_every_report_validates(reports):
    validator = jsonschema.Draft202012Validator(json_schema())
    seen_claims = seen_conflicts = seen_updates = seen_date_claims = 0
    for name, report in reports:
        data = report.to_dict()
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        assert not errors, f"{name}: {errors[0].json_path}: {errors[0].message}"
        again = Report.from_dict(data).to_dict()  # what is read back is the same report
        assert again == data, name
        seen_claims += len(data["claims"])
        seen_conflicts += len(data["conflicts"])
        seen_updates += len(data["updates"])
        seen_date_claims += len(data["date_claims"])
    assert seen_claims > 300 and seen_conflicts > 30 and seen_updates > 3 and seen_date_claims > 10


def test_the_schema_names_every_field_the_reports_have(reports):
    """Closed objects: a new field must be added to claimdiff/schema/claimdiff-1.json (and docs/schema.md)."""
    validator = jsonschema.Draft202012Validator(_strict(json_schema()))
    for name, report in reports:
        errors = list(validator.iter_errors(report.to_dict()))
        assert not errors, (f"{name}: {errors[0].json_path}: {errors[0].message} -- add the field to "
                            f"claimdiff/{SCHEMA_FILE} and docs/schema.md")


def test_the_schema_refuses_what_is_wrong():
    validator = jsonschema.Draft202012Validator(json_schema())
    data = claimdiff.check([claimdiff.Source(SEED.read_text(encoding="utf-8"), name="ANI", published="2023-07-28")]).to_dict()
    for path, bad in ((("schema",), "claimdiff/2"), (("claims", 0, "value", "kind"), "lots"), (("claims", 0, "span"), [1]),
                      (("sources", 0, "published"), "28/07/2023"), (("conflicts", 0, "kind"), "disagreement"),
                      (("claims", 0, "mode"), "shouted"), (("date_claims", 0, "metric"), "killed")):
        broken = copy.deepcopy(data)
        target = broken
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = bad
        assert list(validator.iter_errors(broken)), path
    missing = copy.deepcopy(data)
    del missing["claims"][0]["identity"]
    assert list(validator.iter_errors(missing))


# ---------------------------------------------------------------- types and lint
def _mypy(args, cwd=ROOT):
    api = pytest.importorskip("mypy.api")
    out, err, _ = api.run(args)
    return [line for line in out.splitlines() if ": error:" in line], out + err


def test_mypy_is_clean_on_the_whole_package(tmp_path):
    """mypy with the project's configuration ([tool.mypy] in pyproject.toml): no error anywhere in claimdiff/."""
    errors, output = _mypy(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "cache"),
                            str(ROOT / "claimdiff")])
    assert "Success:" in output or "Found " in output, output[-2000:]  # mypy ran
    assert not errors, "\n".join(errors)
    assert "Success:" in output, output[-2000:]


def _readme_code():
    """The README's Python examples as one module: doctest lines, prompts removed, outputs dropped."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith(">>> ") or line.startswith("... "):
                lines.append(line[4:])
            elif line in (">>>", "..."):
                lines.append("")
    return "\n".join(lines) + "\n"


def test_readme_code_passes_mypy_strict(tmp_path):
    code = _readme_code()
    assert "claimdiff.check(" in code and "claimdiff.Source(" in code
    path = tmp_path / "readme_examples.py"
    path.write_text(code, encoding="utf-8")
    errors, output = _mypy(["--strict", "--follow-imports=silent", "--cache-dir", str(tmp_path / "cache"),
                            "--python-version", "3.10", str(path)])
    assert not errors, "\n".join(errors)


def test_ruff_is_clean_on_the_rendering_and_cli_files():
    pytest.importorskip("ruff")
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *CLEAN], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
