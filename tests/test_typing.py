"""Typing contracts beside the mypy run in test_schema.py: the package is clean without silencing mypy.

mypy itself runs in ``test_schema.test_mypy_is_clean_on_the_whole_package``; these tests keep that run
meaningful: no ``# type: ignore`` in the package (unless a third-party stub is missing, said in a comment
that names the stub), and no loosening of the project's mypy configuration.
"""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "claimdiff"
#: The [tool.mypy] settings the package is checked with: each must stay as it is.
REQUIRED_SETTINGS = [
    ("check_untyped_defs", "true"),
    ("no_implicit_optional", "true"),
    ("strict_equality", "true"),
    ("warn_redundant_casts", "true"),
    ("warn_unused_ignores", "true"),
]
#: Settings that would quiet errors package-wide.
FORBIDDEN_SETTINGS = ["ignore_errors", "follow_imports", "disable_error_code", "allow_untyped_globals"]


def _mypy_section():
    """The [tool.mypy] table and its overrides, as text."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    start = text.index("[tool.mypy]")
    end = text.find("\n[tool.", start + 1)
    return text[start:] if end < 0 else text[start:end]


def test_no_type_ignore_in_the_package():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"#\s*type:\s*ignore", line) and "stub" not in line.lower():
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize(("setting", "value"), REQUIRED_SETTINGS, ids=[s for s, _ in REQUIRED_SETTINGS])
def test_mypy_setting_is_kept(setting, value):
    assert re.search(rf"^{setting}\s*=\s*{value}\s*$", _mypy_section(), re.M), f"[tool.mypy] must keep {setting} = {value}"


@pytest.mark.parametrize("setting", FORBIDDEN_SETTINGS)
def test_mypy_is_not_loosened(setting):
    assert not re.search(rf"^{setting}\s*=", _mypy_section(), re.M), f"[tool.mypy] must not set {setting}"


def test_the_mypy_run_covers_the_package():
    assert re.search(r'^files\s*=\s*\["claimdiff"\]', _mypy_section(), re.M)
