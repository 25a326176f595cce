"""Context checks that a regular expression alone cannot express.

Each check takes ``(text, c)`` (a candidate from :mod:`.forms`) and says
whether the match is a date: "in May" is, "May I" is not.  The words they
look for are in :mod:`claimdiff.rules.dates_en`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimdiff.rules import dates_en as _R

from .lexicon import MONTH_FULL, modifier_before, seq, word_before

if TYPE_CHECKING:  # pragma: no cover
    from .forms import Cand

_YEAR_CUES = frozenset(_R.YEAR_CUES)
_POSSESSIVES = frozenset(_R.POSSESSIVES)
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)")
_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]")
_OF_AFTER = re.compile(rf"[^\S\n]+(?:{seq(_R.NOT_BEFORE_OF)})\b")


# --------------------------------------------------------------------------- months

_MONTH_CUES = (frozenset(_R.DATE_PREPOSITIONS) - frozenset(_R.MONTH_CUE_EXCLUSIONS)) | _POSSESSIVES
_MONTH_JOINERS = frozenset(_R.MONTH_LIST_JOINERS)
_MONTH_BEFORE_JOINER = re.compile(rf"(?:{MONTH_FULL})\s+(?:{seq(_R.MONTH_LIST_JOINERS)})\s*\Z")
_MONTH_VERB_AFTER = re.compile(rf"\s+(?:{seq(_R.MONTH_NOT_BEFORE)})\b")


def month_alone(text: str, c: "Cand") -> bool:
    """"in May", "early May", "their January sales", "between April and June"; not "May I"."""
    if c.m.group("det") or modifier_before(text, c.start) is not None:
        return True
    w = word_before(text, c.start)
    if w in _MONTH_JOINERS:
        # "between April and June": the word before the connective must be a month
        return _MONTH_BEFORE_JOINER.search(text[max(0, c.start - 20):c.start]) is not None
    if w not in _MONTH_CUES:
        return False
    return not _MONTH_VERB_AFTER.match(text[c.end:c.end + 3])


def month_year(text: str, c: "Cand") -> bool:
    return 1000 <= int(c.m.group("y")) <= 2999


# --------------------------------------------------------------------------- years

_WEAK_YEAR = frozenset(_R.WEAK_YEAR_WORDS)
_YEAR_RANGE_OPENERS = frozenset(_R.YEAR_RANGE_OPENERS)
_FOLLOWED_BY_WORD = re.compile(r"\s+[a-z]")
_AFTER_WEAK = re.compile(rf"\s+(?:{seq(_R.YEAR_AFTER_WEAK_WORDS)})\b")
_RANGE_AFTER = re.compile(rf"\s*(?:-|–|{seq(_R.YEAR_RANGE_WORDS)})\s*\d")
_NAME_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+)[ \t]\Z")
_SHORT_YEAR_CUES = frozenset(_R.SHORT_YEAR_PREPOSITIONS)


def year(text: str, c: "Cand") -> bool:
    """"in 2019", "WWDC 2005"; not "from 2000 to 3000 people", "the 1800 workers"."""
    if c.start and text[c.start - 1] == "-":
        return False
    w = word_before(text, c.start)
    after = text[c.end:c.end + 20]
    followed_by_word = _FOLLOWED_BY_WORD.match(after) is not None
    if modifier_before(text, c.start) is not None:
        return True
    if w in _WEAK_YEAR:
        if followed_by_word and not _AFTER_WEAK.match(after):
            return False  # a count
        if _RANGE_AFTER.match(after) and w in _YEAR_RANGE_OPENERS:
            return int(c.m.group("y")) >= 1600
        return True
    if w in _YEAR_CUES:
        return True
    # "WWDC 2005", "Conference 2010": a capitalised name followed by a year
    nm = _NAME_BEFORE.search(text[max(0, c.start - 30):c.start])
    return bool(nm) and not followed_by_word


def short_year(text: str, c: "Cand") -> bool:
    """"since '82"."""
    return word_before(text, c.start) in _SHORT_YEAR_CUES


# --------------------------------------------------------------------------- weekdays

_NOT_DATE_BEFORE_WEEKDAY = frozenset(_R.WEEKDAY_NAME_PREFIXES) | frozenset(_R.WEEKDAY_SET_WORDS)
_INDEFINITE = frozenset(_R.INDEFINITE_ARTICLES)
_FUNCTION_WORDS = frozenset(_R.FUNCTION_WORDS)


def weekday(text: str, c: "Cand") -> bool:
    """"on Friday", "in a Wednesday media event"; not "Black Friday", "every Monday", "on Sundays"."""
    w = word_before(text, c.start)
    if c.m.group("det") is None and w in _NOT_DATE_BEFORE_WEEKDAY:
        if w not in _INDEFINITE:
            return False
        # "born on a Sunday" is any Sunday; "in a Wednesday media event" is a date
        nxt = _NEXT_WORD.match(text[c.end:c.end + 20])
        if nxt is None or nxt.group(1) in _FUNCTION_WORDS:
            return False
    if text.startswith(_R.PLURAL_SUFFIX, c.end) and not text.startswith(_R.PLURAL_POSSESSIVE, c.end):
        return False  # "on Sundays": a set
    return True


def weekday_day(text: str, c: "Cand") -> bool:
    """"Tuesday the 1st", "Sunday 3rd"; not "Tuesday 1" (a count or a clock time)."""
    return bool(c.m.group("the") or c.m.group("suf"))


# --------------------------------------------------------------------------- seasons and parts of a year

_SEASON_BLOCKERS = frozenset(_R.SEASON_BLOCKERS)
_SEASON_THE_CUES = frozenset(_R.SEASON_THE_CUES)
_SEASONS_NEVER_BARE = frozenset(_R.SEASONS_NEVER_BARE)
_SEASONS_BARE_AFTER_CUE = frozenset(_R.SEASONS_BARE_AFTER_CUE)
_SEASON_VERB_CUE_EXCLUSIONS = frozenset(_R.SEASON_VERB_CUE_EXCLUSIONS)
_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z]")
_PREV_WORD = re.compile(r"([A-Za-z]+)[^\S\n]+\Z")


def season(text: str, c: "Cand") -> bool:
    """"this summer", "in spring", "over the winter"; not "the fall of Rome", "Arab Spring", "to spring"."""
    m = c.m
    det = (m.group("det") or "").lower()
    if m.group("y") is not None or det not in ("", _R.DEFINITE_ARTICLE):
        return True
    s = m.group("s").lower()
    after = text[c.end:c.end + 20]
    if _OF_AFTER.match(after) or _CAPITAL_AFTER.match(after):
        return False  # "the fall of Rome", "Winter Olympics"
    w = word_before(text, m.start())
    if w in _SEASON_BLOCKERS:
        return False
    if det == _R.DEFINITE_ARTICLE:
        return w in _YEAR_CUES or w in _SEASON_THE_CUES
    if s in _SEASONS_NEVER_BARE:
        return False  # a verb
    prev = _PREV_WORD.search(text[max(0, c.start - 30):c.start])
    if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _YEAR_CUES:
        return False  # "Arab Spring"
    if s in _SEASONS_BARE_AFTER_CUE:
        return (w in _YEAR_CUES or w in _POSSESSIVES) and w not in _SEASON_VERB_CUE_EXCLUSIONS
    return True


def quarter(text: str, c: "Cand") -> bool:
    """"the third quarter", "third-quarter profit"; not "the second half of the match"."""
    m = c.m
    if m.group("y") or m.group("det") or m.group("qh"):
        return True
    if _R.YEAR_PARTS[m.group("part").lower()] != "Q":
        return False
    if _OF_AFTER.match(text[c.end:c.end + 6]):
        return False
    return bool(m.group("the")) or "-" in m.group("sep")


# --------------------------------------------------------------------------- relative days and units

_DURATION_DETERMINERS = frozenset(_R.DURATION_DETERMINERS)
_RELATIVE_NEEDING_END = frozenset(_R.RELATIVE_NEEDING_END)


def relative_unit(text: str, c: "Cand") -> bool:
    """"last week"; not "for the next year", "over the last week" (durations)."""
    return not (c.m.group("the1") and c.m.group("det").lower() in _DURATION_DETERMINERS)


def relative(text: str, c: "Cand") -> bool:
    """"the day before"; not "the day before the vote" (relative to something else)."""
    if " ".join(c.m.group().lower().split()) in _RELATIVE_NEEDING_END:
        return _WORD_AFTER.match(text[c.end:c.end + 3]) is None
    return True
