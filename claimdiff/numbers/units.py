"""Unit table lookups, and a lazy fallback to quantulum3 for units we do not list.

Our own table (``rules/numbers_en.UNITS``) is tried first.  quantulum3 is
imported only inside :func:`quantulum_unit`, only when a unit-looking word
follows a number and is not in our table, and its answer is used only when it
names a real (non-dimensionless) unit for that very word.  Its warnings (such
as "Classifier dependencies not installed") never reach the user.
"""
from __future__ import annotations

import warnings
from typing import Optional, Tuple

from claimdiff.rules import numbers_en as rules


def dimension_of(unit: Optional[str]) -> Optional[str]:
    """The dimension ("length", "currency"...) of a canonical unit, or None."""
    if unit is None:
        return None
    entry = rules.UNITS.get(unit)
    return entry[0] if entry else None


def to_base(value: Optional[float], unit: Optional[str]) -> Optional[float]:
    """``value`` in the base unit of ``unit``'s dimension (metres for lengths); None when unknown."""
    if value is None or unit is None:
        return None
    entry = rules.UNITS.get(unit)
    if entry is None:
        return None
    _, factor, offset = entry
    if factor is None or offset is None:  # a unit with no base ("degree")
        return None
    return float(f"{value * factor + offset:.12g}")


def looks_like_unit(word: str) -> bool:
    """Whether a word after a number is worth asking quantulum3 about.

    Mixed-case or short upper-case symbols ("GHz", "MWh", "eV", "MB") and
    words built on an SI stem ("nanometers", "exabytes", "kilowatts") qualify;
    ordinary lower-case words ("people", "cars") never do.
    """
    if len(word) < 2 or not word.isalpha() or word in rules.QUANTULUM_STOP_TOKENS:
        return False
    lower = word.lower()
    if len(word) >= 5 and any(stem in lower for stem in rules.QUANTULUM_STEMS):
        return True
    for prefix in rules.SI_PREFIXES:
        if word.startswith(prefix) and word[len(prefix):] in rules.SI_SYMBOLS:
            return True
    return False


def quantulum_unit(number_text: str, word: str) -> Optional[Tuple[str, Optional[str]]]:
    """Ask quantulum3 what unit ``word`` is after ``number_text``: (name, dimension) or None.

    Returns None unless quantulum3 reads the word as a non-dimensionless unit
    whose surface covers the word.  Any failure inside quantulum3 is None.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Classifier dependencies not installed", and the like
        try:
            from quantulum3 import parser  # imported lazily: slow, and rarely needed
        except Exception:  # pragma: no cover - quantulum3 is a dependency
            return None
        try:
            found = parser.parse(f"{number_text} {word}")
        except Exception:
            return None
    for quantity in found:
        unit = getattr(quantity, "unit", None)
        name = getattr(unit, "name", None)
        if not name or name == "dimensionless":
            continue
        surface = getattr(quantity, "surface", "") or ""
        if word not in surface:
            continue
        entity = getattr(unit, "entity", None)
        return name, getattr(entity, "name", None)
    return None
