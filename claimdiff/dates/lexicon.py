"""Regex fragments and word lookups built from :mod:`claimdiff.rules.dates_en`.

This module turns the English data into what the engine uses: alternations
("March|MARCH|..."), the slots that fill the rules' pattern templates, and
lookups from a word to a number or an offset.  It holds no words of its own.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Iterable, Optional, overload

from claimdiff.rules import dates_en as _R

from .prefilter import prefiltered

#: Whitespace, but a date never spans a line break.
S = r"[^\S\n]"

_SLOT = re.compile(r"\{([a-z_]+)\}")


def alt(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first (then alphabetical: the same pattern in every run)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def seq(words: Iterable[str]) -> str:
    """An alternation of ``words`` in the order given."""
    return "|".join(re.escape(w) for w in words)


def cased(words: Iterable[str]) -> str:
    """Capitalised and upper-case forms only ("March", "MARCH", not "march")."""
    forms = []
    for w in words:
        forms += [w[:1].upper() + w[1:], w.upper()]
    return alt(forms)


def phrase(p: str) -> str:
    """A single-spaced phrase, matching any whitespace but a line break between its words."""
    return r"[^\S\n]+".join(re.escape(w) for w in p.split())


def fill(template: str, slots) -> str:
    """``template`` with each ``{slot}`` replaced by its fragment (regex quantifiers such as ``{1,3}`` stay)."""
    return _SLOT.sub(lambda m: slots[m.group(1)], template)


# --------------------------------------------------------------------------- fragments

MONTH_FULL = cased(_R.MONTHS)
MONTH_ABBR = cased(_R.MONTH_ABBREVIATIONS)
MONTH = rf"(?:(?:{MONTH_FULL})|(?:{MONTH_ABBR})\.?)(?![A-Za-z])"
WEEKDAY_FULL = cased(_R.WEEKDAYS)
WEEKDAY_ANY = rf"(?:(?:{WEEKDAY_FULL})|(?:{cased(_R.WEEKDAY_ABBREVIATIONS)})\.?)(?![A-Za-z])"
ORDINAL_DAY_WORD = rf"\b(?:{alt(list(_R.ORDINAL_DAYS) + [w.capitalize() for w in _R.ORDINAL_DAYS])})(?![\w-])"
DAY = rf"(?:{_R.DAY_NUMBER}|{ORDINAL_DAY_WORD})"
YEAR = r"(?<!\d)\d{4}(?![\d%])"
YEAR_TAIL = rf"(?:(?:{S}*,{S}*|{S}+)(?P<y>{YEAR}))?"

#: Day phrases relative to the reference ("ref") or to the previous day mentioned ("prev", else the reference;
#: "prev_only", never the reference): (base, offset in days).
RELATIVE_WORDS = MappingProxyType({
    **{k: ("ref", v) for k, v in _R.RELATIVE_DAYS.items()},
    **{k: ("ref", v) for k, v in _R.RELATIVE_DAY_PHRASES.items()},
    **{k: ("prev", v) for k, v in _R.RELATIVE_TO_PREVIOUS.items()},
    **{k: ("prev_only", v) for k, v in _R.RELATIVE_TO_PREVIOUS_ONLY.items()},
})


#: Every phrase with a TIMEX3 reference value ("recently" -> "PAST_REF"), lower-case and single-spaced.
REFERENCE_WORDS = MappingProxyType({**_R.REFERENCE_ADVERBS, **_R.REFERENCE_ADJECTIVES, **_R.REFERENCE_PHRASES})

#: Spelled and written ordinals past the first ("second", "3rd"): "a second consecutive day".
_LATER_ORDINALS = alt(w for w, n in _R.ORDINAL_DAYS.items() if n > 1) + r"|(?<!\d)[2-9](?:st|nd|rd|th)|[1-9]\d(?:st|nd|rd|th)"


def _phrases(words: Iterable[str]) -> str:
    """An alternation of single-spaced phrases, longest first, each matching any whitespace but a line break."""
    return "|".join(phrase(p) for p in sorted(set(words), key=lambda w: (-len(w), w)))


def _slots():
    base = {
        "s": S, "month": MONTH, "month_full": MONTH_FULL, "month_abbr": MONTH_ABBR,
        "weekday_full": WEEKDAY_FULL, "weekday_any": WEEKDAY_ANY, "day": DAY,
        "ordinal_day_word": ORDINAL_DAY_WORD, "year": YEAR, "year_tail": YEAR_TAIL,
        "unit_dets": alt(_R.UNIT_DETERMINERS), "units": alt(_R.RELATIVE_UNITS),
        "number_words": alt(_R.NUMBER_WORDS), "ago_units": alt(_R.AGO_UNITS),
        "ordinals": alt(_R.ORDINAL_WORDS), "year_parts": seq(_R.YEAR_PARTS),
        "seasons": alt(_R.SEASONS), "ordinals_in_month": alt(_R.ORDINAL_IN_MONTH),
        "in_month_units": seq(_R.IN_MONTH_UNITS),
        "modifier_phrases": "|".join(phrase(m) for m in _R.MODIFIER_PHRASES),
        "future_fillers": alt(_R.FUTURE_AUXILIARY_FILLERS),
        "future_cues": "|".join(c for c in _R.FUTURE_CUES if c not in _R.FUTURE_MODALS),
        "past_cues": alt(_R.PAST_CUES),
        "agencies": seq(_R.DATELINE_AGENCIES),
        "relative_phrases": "|".join(phrase(p) for p in sorted(RELATIVE_WORDS, key=len, reverse=True)),
        "reference_words": _phrases(REFERENCE_WORDS),
        "day_determiners": alt(_R.DAY_ANAPHORA_DETERMINERS), "day_inserts": alt(_R.DAY_ANAPHORA_INSERTS),
        "consecutive_ordinals": _LATER_ORDINALS, "consecutive_words": alt(_R.CONSECUTIVE_WORDS),
        "consecutive_after": _phrases(_R.CONSECUTIVE_AFTER),
        "same_units": alt(_R.SAME_UNITS), "year_shifts": _phrases(_R.YEAR_SHIFTS),
        "later_words": alt(_R.LATER_WORDS),
        "dateline_labels": _phrases(_R.DATELINE_LABELS),
    }
    # templates built from other templates
    for name, template in (("range", _R.RANGE), ("wd_prefix", _R.WEEKDAY_PREFIX), ("month_spec", _R.MONTH_SPEC),
                           ("clock", _R.DATELINE_CLOCK)):
        base[name] = fill(template, base)
    return MappingProxyType(base)


SLOTS = _slots()


def compile_template(template: str, flags: int = 0) -> "re.Pattern[str]":
    """A rules template (or any pattern with ``{slot}``s), filled and compiled behind its
    first-character prefilter (:mod:`.prefilter`: the same matches, found faster)."""
    return re.compile(prefiltered(fill(template, SLOTS), flags), flags)


# --------------------------------------------------------------------------- lookups

_MONTH_NUM = MappingProxyType({**{m: i + 1 for i, m in enumerate(_R.MONTHS)}, **_R.MONTH_ABBREVIATIONS})
_WEEKDAY_NUM = MappingProxyType({**{w: i for i, w in enumerate(_R.WEEKDAYS)}, **_R.WEEKDAY_ABBREVIATIONS})
_DIGITS = re.compile(r"\d+")


def month_of(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return _MONTH_NUM[name.lower().rstrip(".")]


def weekday_of(name: str) -> int:
    """0 (Monday) to 6 for a weekday name or abbreviation."""
    return _WEEKDAY_NUM[name.lower().rstrip(".")]


def day_of(d: str) -> int:
    """The day number of "28", "28th" or "twenty-eighth"."""
    m = _DIGITS.match(d)
    return int(m.group()) if m else _R.ORDINAL_DAYS[d.lower()]


def offset_of(det: str) -> int:
    """The offset of a determiner phrase by its last word ("the following" -> 1, "last" -> -1)."""
    return _R.RELATIVE_DETERMINERS[det.lower().split()[-1]]


@overload
def unit_of(word: str) -> str: ...
@overload
def unit_of(word: None) -> None: ...
def unit_of(word: Optional[str]) -> Optional[str]:
    """The unit code ("W", "M"...) of a unit word, ``None`` for no word (a group that did not match)."""
    return _R.UNIT_CODES[word.lower()] if word else None


def month_name(m: int) -> str:
    return _R.MONTHS[m - 1].capitalize()


def weekday_name(wd: int) -> str:
    return _R.WEEKDAYS[wd].capitalize()


# --------------------------------------------------------------------------- probes

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*\Z")
_MODIFIER_BEFORE = compile_template(_R.MODIFIER_BEFORE)


def word_before(text: str, start: int) -> str:
    """The word (lower-cased) right before ``start``, or ""."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def modifier_before(text: str, start: int) -> Optional[int]:
    """Where a modifier right before ``start`` begins ("early", "mid-"), or ``None``."""
    m = _MODIFIER_BEFORE.search(text, max(0, start - 24), start)
    return m.start() if m else None
