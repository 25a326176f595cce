"""Context checks that a regular expression alone cannot express.

Each check takes ``(text, c)`` (a candidate from :mod:`.forms`) and says
whether the match is a date: "in May" is, "May I" is not.  The words they
look for are in :mod:`claimdiff.rules.dates_en`.
"""
from __future__ import annotations

import re
from types import MappingProxyType
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
    """"in 2019", "mid-2011", "WWDC 2005"; not "from 2000 to 3000 people", "the 1800 workers", "S-2000"."""
    if modifier_before(text, c.start) is not None:
        return True
    if c.start and text[c.start - 1] == "-":
        return False
    w = word_before(text, c.start)
    after = text[c.end:c.end + 20]
    followed_by_word = _FOLLOWED_BY_WORD.match(after) is not None
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
_SEASON_SUBJECT_VERBS = frozenset(_R.SEASON_SUBJECT_VERBS)
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
    if s != m.group("s") and prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _YEAR_CUES:
        return False  # "Arab Spring" (a capitalised season after a capitalised word: a name)
    if s in _SEASONS_BARE_AFTER_CUE:
        if w in _SEASON_VERB_CUE_EXCLUSIONS:
            return False
        nxt = _NEXT_WORD.match(after)
        return w in _YEAR_CUES or w in _POSSESSIVES or (nxt is not None and nxt.group(1) in _SEASON_SUBJECT_VERBS)
    return True


def quarter(text: str, c: "Cand") -> bool:
    """"the third quarter", "third-quarter profit"; not "the second half of the match"."""
    m = c.m
    if m.group("qb"):
        return _word_after(text, c.end) in _BARE_QUARTER_NOUNS or word_before(text, c.start) in _BARE_QUARTER_AFTER
    if m.group("y") or m.group("det") or m.group("qh"):
        return True
    if _R.YEAR_PARTS[m.group("part").lower()] != "Q":
        return False
    if _OF_AFTER.match(text[c.end:c.end + 6]):
        return False
    return bool(m.group("the")) or "-" in m.group("sep")


# --------------------------------------------------------------------------- relative days and units

_DURATION_DETERMINERS = frozenset(_R.DURATION_DETERMINERS)
_BARE_QUARTER_NOUNS = frozenset(_R.BARE_QUARTER_NOUNS)
_BARE_QUARTER_AFTER = frozenset(_R.BARE_QUARTER_AFTER)
_RELATIVE_NEEDING_END = frozenset(_R.RELATIVE_NEEDING_END)
_PREVIOUS_ONLY = frozenset(_R.RELATIVE_TO_PREVIOUS_ONLY)
_PREVIOUS_ONLY_AFTER = frozenset(_R.PREVIOUS_ONLY_AFTER) | {""}


_THE_LAST_UNIT_AS_DATE = frozenset(_R.THE_LAST_UNIT_AS_DATE)
_BACKWARD_DETERMINERS = frozenset(_R.BACKWARD_DETERMINERS)


def relative_unit(text: str, c: "Cand") -> bool:
    """"last week", "past week", "the past decade"; not "for the next year", "over the last week" (durations)."""
    m = c.m
    if not (m.group("the1") and m.group("det").lower() in _DURATION_DETERMINERS):
        return True
    return m.group("unit").lower() in _THE_LAST_UNIT_AS_DATE and m.group("det").lower() in _BACKWARD_DETERMINERS


def relative(text: str, c: "Cand") -> bool:
    """"the day before"; not "the day before the vote" (relative to something else); "that night" only
    after a preposition, an adverb of time, a sentence start or a stop ("later that night", "That night,"),
    not "said that night raids ..."."""
    words = " ".join(c.m.group().lower().split())
    if words in _RELATIVE_NEEDING_END:
        return _WORD_AFTER.match(text[c.end:c.end + 3]) is None
    if words in _PREVIOUS_ONLY:
        return word_before(text, c.start) in _PREVIOUS_ONLY_AFTER
    return True


# --------------------------------------------------------------------------- reference values

_REFERENCE_ADJECTIVES = frozenset(_R.REFERENCE_ADJECTIVES)
_REFERENCE_PHRASES = frozenset(_R.REFERENCE_PHRASES)
_PHRASE_FOLLOWERS = frozenset(_R.REFERENCE_PHRASE_FOLLOWERS)
_NOT_A_NOUN = _PHRASE_FOLLOWERS | _FUNCTION_WORDS
_NOT_AFTER = MappingProxyType({k: frozenset(v) for k, v in _R.REFERENCE_NOT_AFTER.items()})
_NOT_BEFORE = MappingProxyType({k: frozenset(v) for k, v in _R.REFERENCE_NOT_BEFORE.items()})
_ANY_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)")
_LETTER_OR_DIGIT_AFTER = re.compile(r"[^\S\n]*[^\W_]")


def _word_after(text: str, end: int) -> str:
    """The word (lower-cased) right after ``end``, or "" (a stop, a digit or the end)."""
    m = _ANY_WORD_AFTER.match(text, end, end + 30)
    return m.group(1).lower() if m else ""


def reference_value(text: str, c: "Cand") -> bool:
    """"recently", "the recent downturn", "in the past,"; not "the most recent model", "the past
    decade", "now that", "as soon as", "current account"."""
    words = " ".join(c.m.group().lower().split())
    after = _word_after(text, c.end)
    if word_before(text, c.start) in _NOT_AFTER.get(words, ()) or after in _NOT_BEFORE.get(words, ()):
        return False
    if words in _REFERENCE_ADJECTIVES:
        return bool(after) and after not in _NOT_A_NOUN
    if words in _REFERENCE_PHRASES:
        if after:
            return after in _PHRASE_FOLLOWERS
        return _LETTER_OR_DIGIT_AFTER.match(text, c.end, c.end + 30) is None
    return True


# --------------------------------------------------------------------------- the day a text is about

_DAY_CLAUSE_WORDS = frozenset(_R.DAY_CLAUSE_WORDS)
_DAY_IDIOM_WORDS = frozenset(_R.DAY_IDIOM_WORDS)
_DAY_PARTS_BEFORE_OF = frozenset(_R.DAY_PARTS_BEFORE_OF)
_POSSESSIVE_AFTER = re.compile(rf"(?:{seq(_R.POSSESSIVE_SUFFIXES)})\b")
_OF = _R.DAY_PART_LINK


def day_anaphora(text: str, c: "Cand") -> bool:
    """"For the day, ...", "that same day", "the day's trading", "a third straight day"; not "the day
    of the vote", "the day he resigned", "saved the day", "two years to the day", "the question of the day"."""
    m = c.m
    if not m.group("det"):
        # "a second day" is consecutive; "the second day" only with "straight", "running"...
        return m.group("art").lower() != _R.DEFINITE_ARTICLE or bool(m.group("cons") or m.group("after"))
    if m.group("det").lower() == _R.DEFINITE_ARTICLE and not _POSSESSIVE_AFTER.match(text, c.end):
        # "the day he resigned" is a relative clause; "that day the mayor resigned" is not
        nxt = _ANY_WORD_AFTER.match(text, c.end, c.end + 30)
        if nxt and (nxt.group(1).lower() in _DAY_CLAUSE_WORDS or nxt.group(1)[0].isupper()):
            return False
    w = word_before(text, c.start)
    if w in _DAY_IDIOM_WORDS:
        return False
    if w == _OF and modifier_before(text, c.start) is None:
        return word_before(text, text.rfind(_OF, 0, c.start)) in _DAY_PARTS_BEFORE_OF
    return True


# --------------------------------------------------------------------------- counted from the last date

_LATER_NEEDING_END = frozenset(_R.LATER_NEEDING_END)
_LATER_NOT_BEFORE = frozenset(_R.LATER_NOT_BEFORE)


def later(text: str, c: "Cand") -> bool:
    """"two days later", "a year earlier"; not "three days later than planned", "two days after the vote"."""
    after = _word_after(text, c.end)
    if after in _LATER_NOT_BEFORE:
        return False
    if c.m.group("dir").lower() in _LATER_NEEDING_END:
        return _LETTER_OR_DIGIT_AFTER.match(text, c.end, c.end + 30) is None  # "two days after May 13" too
    return True

