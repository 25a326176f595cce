"""A narrow adapter around the third-party ``dateparser`` package.

claimdiff's own grammar (:mod:`claimdiff.dates`) finds date candidates and
resolves the common forms itself.  This module is only called for a candidate
string that the grammar has already delimited but does not resolve itself (for
example a two-digit year: "July 28, '23").  It never scans free text (no
``search_dates``: it reads "We" and "25" as dates), imports ``dateparser``
lazily (the import costs about a second) and passes every setting explicitly.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional


def resolve(candidate: str, *, base: _dt.date, prefer: str = "past") -> Optional[_dt.date]:
    """Read one delimited date string, relative to ``base``; ``None`` if unreadable.

    ``prefer`` is ``"past"``, ``"future"`` or ``"current_period"`` (dateparser's
    PREFER_DATES_FROM).  Only English is tried; nothing touches the network.
    """
    if not isinstance(candidate, str):
        raise TypeError(f"candidate must be a str, not {type(candidate).__name__}")
    if prefer not in ("past", "future", "current_period"):
        raise ValueError(f"prefer must be 'past', 'future' or 'current_period', not {prefer!r}")
    if not candidate.strip() or len(candidate) > 64:
        return None
    import dateparser  # slow import, deferred on purpose

    settings = {
        "RELATIVE_BASE": _dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["absolute-time"],
    }
    try:
        result = dateparser.parse(candidate, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return result.date() if result is not None else None
