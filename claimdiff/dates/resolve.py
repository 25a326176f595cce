"""One resolver per date form: a candidate and its context in, a value out.

Every resolver takes ``(env, c)`` (the :class:`Env` of the text and a
candidate from :mod:`.forms`) and returns ``(value, inferred_year, anchor,
day)``: the TIMEX3-style value or ``None``, whether the year was inferred,
how the value was anchored ("absolute", "published", "dateline", "weekday",
"unresolved") and the day it names (``None`` unless it names one day; the
next "the same day" is counted from it).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, List, Optional, Tuple

from claimdiff.rules import dates_en as _R

from .arithmetic import (fmt_day, in_month as _in_month, infer_year_from_weekday, month_days, month_year as _month_year,
                         safe_date, season_year, shift_month, week, weekday_date, yearless_day)
from .lexicon import REFERENCE_WORDS, RELATIVE_WORDS, day_of, month_of, offset_of, unit_of, weekday_of, word_before
from .tense import tense

if TYPE_CHECKING:  # pragma: no cover
    from .forms import Cand

Resolved = Tuple[Optional[str], bool, str, Optional[_dt.date]]
UNRESOLVED: Resolved = (None, False, "unresolved", None)

_DAYS_PER_UNIT = MappingProxyType({"D": 1, "W": 7})
_MONTHS_PER_UNIT = MappingProxyType({"M": 1, "Y": 12, "DE": 120})
_BACKWARD = frozenset(_R.BACKWARD_WORDS)

#: (year known, year inferred, anchor label) of a value.
Label = Tuple[bool, bool, str]

#: The grain of a calendar value, by unit code ("P": a period, any grain finer than a year).
_GRAIN = MappingProxyType({
    "D": re.compile(r"\d{4}-\d\d-\d\d"),
    "W": re.compile(r"\d{4}-W\d\d"),
    "M": re.compile(r"\d{4}-\d\d"),
    "Q": re.compile(r"\d{4}-Q[1-4]"),
    "P": re.compile(r"\d{4}-(?:\d\d(?:-\d\d)?|W\d\d(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)"),
    "Y": re.compile(r"\d{4}(?:-.+)?"),
})
_WITH_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


@dataclass
class Env:
    """What resolvers read: the text, its reference day and the day mentioned last.

    ``ref`` is the reference day (a placeholder year when ``year_known`` is
    false), ``how`` the anchor label of values read against it, ``dateline``
    the dateline's candidate when ``dateline_year`` was inferred for it.
    ``prev_day`` changes as the mentions are resolved in order (``prev_label``:
    how its value was read); ``history`` holds the calendar values read so far
    (with their labels), for "the same month a year ago" and "two days later".
    """

    text: str
    ref: Optional[_dt.date]
    year_known: bool
    how: str
    today: _dt.date
    dateline: Optional["Cand"] = None
    dateline_year: Optional[int] = None
    prev_day: Optional[_dt.date] = None
    prev_label: Label = (False, False, "unresolved")
    history: List[Tuple[str, Label]] = field(default_factory=list)

    @property
    def anchored(self) -> bool:
        """A reference day with a known year: relative dates can be read."""
        return self.ref is not None and self.year_known

    @property
    def anchor(self) -> Optional[_dt.date]:
        """The reference day when it is :attr:`anchored` (its year is known), else ``None``."""
        return self.ref if self.year_known else None

    def tense(self, c: "Cand") -> Optional[str]:
        return tense(self.text, c.start, c.end)

    def ref_label(self) -> Label:
        return self.year_known, self.year_known, self.how

    def last_value(self, unit: str) -> Optional[Tuple[str, Label]]:
        """The last calendar value read with the grain of ``unit`` (see ``_GRAIN``)."""
        grain = _GRAIN[unit]
        for value, label in reversed(self.history):
            if grain.fullmatch(value):
                return value, label
        return None


def _absolute(d: Optional[_dt.date]) -> Resolved:
    return (d.isoformat(), False, "absolute", d) if d else UNRESOLVED


# --------------------------------------------------------------------------- numeric forms


def numeric_order(m: "re.Match[str]") -> Optional[str]:
    """"dmy" or "mdy" when the numbers of "27/07/2023" alone decide it, else ``None``."""
    a, b = int(m.group("a")), int(m.group("b"))
    if a > 12 and 1 <= b <= 12:
        return "dmy"
    if b > 12 and 1 <= a <= 12:
        return "mdy"
    return None


def numeric_parts(m: "re.Match[str]", order: Optional[str] = None) -> Optional[Tuple[int, int, int]]:
    """(year, month, day) of "27/07/2023"; an ambiguous "07/08/2023" only with a
    document-level ``order`` taken from the text's unambiguous numeric dates."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if not 1000 <= y <= 2999 or not (1 <= a <= 31 and 1 <= b <= 31):
        return None
    if a == b and a <= 12:
        return y, a, a
    order = numeric_order(m) or order
    if order == "dmy" and b <= 12:
        return y, b, a
    if order == "mdy" and a <= 12:
        return y, a, b
    return None  # ambiguous or impossible


def iso(env: Env, c: "Cand") -> Resolved:
    m = c.m
    return _absolute(safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))


def numeric(env: Env, c: "Cand") -> Resolved:
    p = numeric_parts(c.m, c.order)
    return _absolute(safe_date(*p) if p else None)


def compact(env: Env, c: "Cand") -> Resolved:
    """"05-Aug-2016"; a two-digit year ("5-Aug-16") goes to the dateparser adapter."""
    m = c.m
    mon, day, y = month_of(m.group("mon")), int(m.group("d")), m.group("y")
    if len(y) == 4:
        return _absolute(safe_date(int(y), mon, day))
    from . import _dateparser  # slow import, deferred on purpose

    base = env.ref if (env.ref and env.year_known) else env.today
    d = _dateparser.resolve(m.group(), base=base, prefer="past")
    if d is not None and (d.month, d.day) != (mon, day):
        d = None
    return _absolute(d)


# --------------------------------------------------------------------------- month and day


def month_day(env: Env, c: "Cand") -> Resolved:
    """"July 28, 2023", "27-28 July", "Friday, July 28", "the first of May"."""
    m = c.m
    mon, d1 = month_of(m.group("mon")), day_of(m.group("d1"))
    d2 = day_of(m.group("d2")) if m.group("d2") else None
    if m.group("y"):
        return _written_year(int(m.group("y")), mon, d1, d2)
    if env.dateline_year is not None and c is env.dateline:
        a = _dt.date(env.dateline_year, mon, d1)
        return a.isoformat(), True, "weekday", a
    if m.group("wd") and not env.anchored:
        out = _year_from_weekday(env, weekday_of(m.group("wd")), mon, d1, d2)
        if out is not None:
            return out
    if env.ref is None:
        return _yearless_unanchored(mon, d1, d2)
    return _yearless_anchored(env, c, env.ref, mon, d1, d2)


def _written_year(y: int, mon: int, d1: int, d2: Optional[int]) -> Resolved:
    a = safe_date(y, mon, d1)
    if a is None:
        return UNRESOLVED
    if d2:
        b = safe_date(y, mon, d2)
        return (f"{a}/{b}", False, "absolute", None) if b else UNRESOLVED
    return a.isoformat(), False, "absolute", a


def _year_from_weekday(env: Env, wd: int, mon: int, d1: int, d2: Optional[int]) -> Optional[Resolved]:
    """"Friday, July 28" without a usable reference: the latest such Friday up to today."""
    y = infer_year_from_weekday(mon, d1, wd, env.today)
    if y is None:
        return None
    a = _dt.date(y, mon, d1)
    if d2:
        b = safe_date(y, mon, d2)
        return (f"{a}/{b}", True, "weekday", None) if b else UNRESOLVED
    return a.isoformat(), True, "weekday", a


def _yearless_unanchored(mon: int, d1: int, d2: Optional[int]) -> Resolved:
    """"July 20" with no reference: "XXXX-07-20" (its day, for "the day after", in a leap year)."""
    day = safe_date(2000, mon, d1)
    if day is None:
        return UNRESOLVED
    v = f"XXXX-{mon:02d}-{d1:02d}"
    if d2:
        return f"{v}/XXXX-{mon:02d}-{d2:02d}", False, "unresolved", None
    return v, False, "unresolved", day


def _yearless_anchored(env: Env, c: "Cand", R: _dt.date, mon: int, d1: int, d2: Optional[int]) -> Resolved:
    """"July 20" read against the reference day ``R`` (``env.ref``; its year a placeholder unless known)."""
    yk = env.year_known
    a: Optional[_dt.date] = None
    if c.m.group("wd") and yk:
        # "Friday, July 28": the year near the reference in which July 28 is a Friday
        wd = weekday_of(c.m.group("wd"))
        fits = [d for d in (safe_date(R.year + k, mon, d1) for k in (0, -1, 1)) if d and d.weekday() == wd]
        a = min(fits, key=lambda d: abs((d - R).days)) if fits else None
    if a is None:
        a = yearless_day(mon, d1, R, yk, env.tense(c))
    if a is None:
        return UNRESOLVED
    if d2:
        b = safe_date(a.year, mon, d2)
        if b is None:
            return UNRESOLVED
        return f"{fmt_day(a, yk)}/{fmt_day(b, yk)}", yk, env.how, None
    return fmt_day(a, yk), yk, env.how, a


def month_year(env: Env, c: "Cand") -> Resolved:
    """"May 2019"."""
    return f"{int(c.m.group('y')):04d}-{month_of(c.m.group('mon')):02d}", False, "absolute", None


def month_relative_year(env: Env, c: "Cand") -> Resolved:
    """"October of next year"."""
    R = env.anchor
    if R is None:
        return UNRESOLVED
    return f"{R.year + offset_of(c.m.group('det'))}-{month_of(c.m.group('mon')):02d}", True, env.how, None


def month_alone(env: Env, c: "Cand") -> Resolved:
    """"in May", "next March"."""
    mon = month_of(c.m.group("mon"))
    R = env.anchor
    if R is None:
        return f"XXXX-{mon:02d}", False, env.how if env.ref is not None else "unresolved", None
    det = c.m.group("det")
    offset = offset_of(det) if det else None
    t = None if det else env.tense(c)
    return f"{_month_year(mon, offset, t, R)}-{mon:02d}", True, env.how, None


def in_month(env: Env, c: "Cand") -> Resolved:
    """"the last Friday of June", "the first week of July", "the last day of the month"."""
    m = c.m
    if m.group("yonly"):
        return _week_of_year(m)
    if m.group("mon") and m.group("y"):
        v, d = _in_month_of(m, int(m.group("y")), month_of(m.group("mon")))
        return (v, False, "absolute", d) if v else UNRESOLVED
    R = env.anchor
    if R is None:
        return UNRESOLVED
    if m.group("mon"):
        mon = month_of(m.group("mon"))
        y = _month_year(mon, None, env.tense(c), R)
    else:
        words = m.group("rel").lower().split()
        off = _R.RELATIVE_DETERMINERS.get(words[-2], 0) if len(words) > 1 else 0
        y, mon = shift_month(R.year, R.month, off)
    v, d = _in_month_of(m, y, mon)
    return (v, True, env.how, d) if v else UNRESOLVED


def _in_month_of(m: "re.Match[str]", y: int, mon: int) -> Tuple[Optional[str], Optional[_dt.date]]:
    n = _R.ORDINAL_IN_MONTH[m.group("ord").lower()]
    wd = weekday_of(m.group("wd")) if m.group("wd") else None
    return _in_month(n, wd, unit_of(m.group("unit")), y, mon)


def _week_of_year(m: "re.Match[str]") -> Resolved:
    """"the first week of 2021": ISO weeks; other units of a year are not read."""
    if unit_of(m.group("unit")) != "W":
        return UNRESOLVED
    y, n = int(m.group("yonly")), _R.ORDINAL_IN_MONTH[m.group("ord").lower()]
    if n == -1:
        n = _dt.date(y, 12, 28).isocalendar()[1]
    return f"{y}-W{n:02d}", False, "absolute", None


# --------------------------------------------------------------------------- weekdays


def weekday(env: Env, c: "Cand") -> Resolved:
    """"Friday", "last Friday", "this coming Friday"."""
    R = env.anchor
    if R is None:
        return UNRESOLVED
    det = c.m.group("det")
    offset = offset_of(det) if det else None
    t = None if det else env.tense(c)
    d = weekday_date(weekday_of(c.m.group("wd")), offset, t, R)
    return d.isoformat(), True, env.how, d


def weekday_of_week(env: Env, c: "Cand") -> Resolved:
    """"Wednesday of next week", "Friday after next", "last week's Sunday"."""
    R = env.anchor
    if R is None:
        return UNRESOLVED
    m = c.m
    if m.group("wd2"):
        wd = weekday_of(m.group("wd2"))
        d = R + _dt.timedelta(days=(wd - R.weekday() - 1) % 7 + 1 + 7)
        return d.isoformat(), True, env.how, d
    wd = weekday_of(m.group("wd") or m.group("wd3"))
    off = offset_of(m.group("det") or m.group("det2"))
    monday = R - _dt.timedelta(days=R.weekday()) + _dt.timedelta(days=7 * off)
    d = monday + _dt.timedelta(days=wd)
    return d.isoformat(), True, env.how, d


def weekday_day(env: Env, c: "Cand") -> Resolved:
    """"Tuesday the 1st": the month near the reference in which the 1st is a Tuesday."""
    R = env.anchor
    if R is None:
        return UNRESOLVED
    wd = weekday_of(c.m.group("wd"))
    day = day_of(c.m.group("d") or c.m.group("dw"))
    opts = []
    for off in range(-7, 8):
        y, mo = shift_month(R.year, R.month, off)
        d = safe_date(y, mo, day)
        if d is not None and d.weekday() == wd:
            opts.append(d)
    if not opts:
        return UNRESOLVED
    t = env.tense(c)
    pool = [d for d in opts if (d >= R if t == "future" else d <= R if t == "past" else True)] or opts
    d = min(pool, key=lambda d: abs((d - R).days))
    return d.isoformat(), True, env.how, d


# --------------------------------------------------------------------------- years and decades


def year(env: Env, c: "Cand") -> Resolved:
    return c.m.group("y"), False, "absolute", None


def short_year(env: Env, c: "Cand") -> Resolved:
    """"'82": the latest such year up to today's."""
    yy = int(c.m.group("yy"))
    y = (2000 if yy <= env.today.year % 100 else 1900) + yy
    return str(y), True, "absolute", None


def decade(env: Env, c: "Cand") -> Resolved:
    """"the 1990s" ("199"), "the '90s"."""
    if c.m.group("dec"):
        return c.m.group("dec")[:3], False, "absolute", None
    dd = int(c.m.group("dec2"))
    century = 20 if dd <= env.today.year % 100 - 10 else 19
    return f"{century}{dd // 10}", True, "absolute", None


# --------------------------------------------------------------------------- relative to the reference


def relative(env: Env, c: "Cand") -> Resolved:
    """"yesterday", "the day after tomorrow", "the next day" (after the previous day mentioned)."""
    base, off = RELATIVE_WORDS[" ".join(c.m.group().lower().split())]
    start, label = _previous_day(env, base == "prev") if base != "ref" else (env.ref, env.ref_label())
    if start is None:
        return UNRESOLVED
    return _day_from(start + _dt.timedelta(days=off), label)


def _previous_day(env: Env, or_reference: bool) -> Tuple[Optional[_dt.date], Label]:
    """The day mentioned last and how it was read; else (``or_reference``) the reference day."""
    if env.prev_day is not None:
        return env.prev_day, env.prev_label
    if or_reference and env.ref is not None:
        return env.ref, env.ref_label()
    return None, env.ref_label()


def _day_from(d: _dt.date, label: Label) -> Resolved:
    known, inferred, how = label
    return fmt_day(d, known), inferred, how, d


def day_anaphora(env: Env, c: "Cand") -> Resolved:
    """"the day", "that same day", "a second consecutive day": the day mentioned last (else, but for
    "that day", the reference day)."""
    det = c.m.group("det")
    d, label = _previous_day(env, _R.DAY_ANAPHORA_DETERMINERS[det.lower()] if det else True)
    return _day_from(d, label) if d is not None else UNRESOLVED


def same_unit(env: Env, c: "Cand") -> Resolved:
    """"the same month a year ago": the month mentioned last, a year before; "the same quarter of 2008"."""
    m = c.m
    unit = _R.SAME_UNITS[m.group("unit").lower()]
    last = env.last_value(unit)
    R = env.anchor
    if last is not None:
        base, (known, _inferred, how) = last
    elif R is not None and unit != "P":
        this_unit = R.isoformat() if unit == "D" else _unit_value(unit, R, 0)
        if this_unit is None:  # not a unit _unit_value reads (SAME_UNITS has none such)
            return UNRESOLVED
        base, how = this_unit, env.how
    else:
        return UNRESOLVED
    if m.group("y"):
        y, inferred, how = int(m.group("y")), False, "absolute"
    else:
        y, inferred = int(base[:4]) + _R.YEAR_SHIFTS[" ".join(m.group("shift").lower().split())], True
    value = f"{y:04d}{base[4:]}"
    day = None
    if unit == "D" or _GRAIN["D"].fullmatch(value):
        day = safe_date(y, int(value[5:7]), int(value[8:10]))
        if day is None:
            return UNRESOLVED
    elif "-W" in value and _iso_week_missing(y, int(value[6:8])):
        return UNRESOLVED
    return value, inferred, how, day


def _iso_week_missing(y: int, w: int) -> bool:
    try:
        _dt.date.fromisocalendar(y, w, 1)
    except ValueError:
        return True
    return False


def later(env: Env, c: "Cand") -> Resolved:
    """"two days later", "a year earlier": counted from the date mentioned last, in the unit's grain."""
    m = c.m
    n_raw = m.group("n").lower()
    n = int(n_raw) if n_raw.isdigit() else _R.NUMBER_WORDS.get(n_raw)
    unit = unit_of(m.group("unit"))
    if n is None or unit == "DE":
        return UNRESOLVED
    n *= _R.UNIT_MULTIPLES.get(m.group("unit").lower(), 1)
    k = n * _R.LATER_WORDS[m.group("dir").lower()]
    try:
        if unit in _DAYS_PER_UNIT:
            d, label = _previous_day(env, False)
            if d is None or not label[0]:
                return UNRESOLVED
            d = d + _dt.timedelta(days=k * _DAYS_PER_UNIT[unit])
            return (d.isoformat() if unit == "D" else week(d)), True, label[2], (d if unit == "D" else None)
        last = env.last_value("Y")
        if last is None:
            return UNRESOLVED
        base, label = last
        if unit == "Y":
            return str(int(base[:4]) + k), True, label[2], None
        if not _WITH_MONTH.fullmatch(base):
            return UNRESOLVED
        y, mo = shift_month(int(base[:4]), int(base[5:7]), k)
        return f"{y:04d}-{mo:02d}", True, label[2], None
    except (OverflowError, ValueError):
        return UNRESOLVED


def reference_value(env: Env, c: "Cand") -> Resolved:
    """"recently" (PAST_REF), "currently" (PRESENT_REF), "in the future" (FUTURE_REF): no calendar date."""
    return REFERENCE_WORDS[" ".join(c.m.group().lower().split())], False, "absolute", None


def _unit_value(unit: str, R: _dt.date, off: int) -> Optional[str]:
    """The value of the unit ``off`` units away from the one that holds ``R``."""
    if unit == "W":
        return week(R + _dt.timedelta(days=7 * off))
    if unit == "WE":
        return week(R + _dt.timedelta(days=7 * off)) + "-WE"
    if unit == "M":
        y, mo = shift_month(R.year, R.month, off)
        return f"{y}-{mo:02d}"
    if unit == "Y":
        return str(R.year + off)
    if unit == "DE":
        return str(R.year // 10 + off)
    if unit == "Q":
        q = (R.month - 1) // 3 + off
        return f"{R.year + q // 4}-Q{q % 4 + 1}"
    return None


def relative_unit(env: Env, c: "Cand") -> Resolved:
    """"last week", "this weekend", "the weekend", "the end of the year"."""
    R = env.anchor
    if R is None:
        return UNRESOLVED
    m = c.m
    if m.group("unit4"):
        unit, off = unit_of(m.group("unit4")), _R.BEYOND_OFFSETS[m.group("beyond").lower().split()[0]]
    elif m.group("unit3"):
        unit, off = unit_of(m.group("unit3")), 0
    elif m.group("unit2"):
        unit, off = unit_of(m.group("unit2")), None
    else:
        unit, off = unit_of(m.group("unit")), offset_of(m.group("det"))
        if (
            m.group("the1") and m.group("det").lower() in _R.ANAPHORIC_DETERMINERS
            and m.group("unit").lower() in _R.ANAPHORIC_UNITS and word_before(env.text, c.start) != _R.NESTED_YEAR_LINK
        ):
            counted = _from_last_mention(env, unit, off)
            if counted is not None:
                return counted
    if off is None:
        # "the weekend": this one at a weekend or ahead of it in the future tense, else the last one
        off = 0 if R.weekday() >= 5 or env.tense(c) == "future" else -1
    v = _unit_value(unit, R, off)
    return (v, True, env.how, None) if v is not None else UNRESOLVED


def _from_last_mention(env: Env, unit: str, off: int) -> Optional[Resolved]:
    """"the following year", "the previous month": the unit ``off`` units from the date mentioned last;
    ``None`` when no date was mentioned before, unresolved when the last one is coarser than the unit
    ("In 2010 ... the following month")."""
    if not env.history:
        return None
    base, label = env.history[-1]
    try:
        if unit == "W":
            if _GRAIN["W"].fullmatch(base):
                d = _dt.date.fromisocalendar(int(base[:4]), int(base[6:8]), 1)
            elif _GRAIN["D"].fullmatch(base):
                d = _dt.date.fromisoformat(base)
            else:
                return UNRESOLVED
            return week(d + _dt.timedelta(days=7 * off)), True, label[2], None
        if not _GRAIN["Y"].fullmatch(base):
            return UNRESOLVED
        if unit == "Y":
            return str(int(base[:4]) + off), True, label[2], None
        if not _WITH_MONTH.fullmatch(base):
            return UNRESOLVED
        y, mo = shift_month(int(base[:4]), int(base[5:7]), off)
        return f"{y:04d}-{mo:02d}", True, label[2], None
    except (OverflowError, ValueError):
        return UNRESOLVED


def ago(env: Env, c: "Cand") -> Resolved:
    """"two days ago", "a year hence", "three weeks from tomorrow"."""
    ref = env.anchor
    if ref is None:
        return UNRESOLVED
    m = c.m
    ahead = m.group("n2") is not None  # "in two weeks' time"
    n_raw = m.group("n2" if ahead else "n").lower()
    unit_word = m.group("unit2" if ahead else "unit")
    n = int(n_raw) if n_raw.isdigit() else _R.NUMBER_WORDS.get(n_raw)
    unit = unit_of(unit_word)
    if n is None:
        return UNRESOLVED
    n *= _R.UNIT_MULTIPLES.get(unit_word.lower(), 1)
    words = ["hence"] if ahead else m.group("dir").lower().split()
    k = -n if words[0] in _BACKWARD else n
    shift = _R.RELATIVE_DAYS.get(words[-1])
    R = ref if shift is None else ref + _dt.timedelta(days=shift)
    try:
        # "in two weeks' time" names the day two weeks ahead; "two weeks ago" the week
        by_day = shift is not None or (ahead and unit in _DAYS_PER_UNIT)
        d, v = _count_from_day(R, k, unit) if by_day else _count_from_ref(R, k, unit)
    except (OverflowError, ValueError):
        return UNRESOLVED
    return (v, True, env.how, d) if v is not None else UNRESOLVED


def _count_from_day(R: _dt.date, k: int, unit: str) -> Tuple[_dt.date, str]:
    """"three years from today": the day ``k`` units from ``R``."""
    if unit in _DAYS_PER_UNIT:
        d = R + _dt.timedelta(days=k * _DAYS_PER_UNIT[unit])
    else:
        y, mo = shift_month(R.year, R.month, k * _MONTHS_PER_UNIT[unit])
        d = _dt.date(y, mo, min(R.day, month_days(y, mo)))
    return d, d.isoformat()


def _count_from_ref(R: _dt.date, k: int, unit: str) -> Tuple[Optional[_dt.date], Optional[str]]:
    """"two weeks ago": the unit ``k`` units from the one that holds ``R`` (a day for days)."""
    if unit == "D":
        d = R + _dt.timedelta(days=k)
        return d, d.isoformat()
    if unit == "W":
        return None, week(R + _dt.timedelta(days=7 * k))
    if unit == "M":
        y, mo = shift_month(R.year, R.month, k)
        return None, f"{y}-{mo:02d}"
    if unit == "Y":
        return None, str(R.year + k)
    if unit == "DE":
        return None, str(R.year + 10 * k)
    return None, None


# --------------------------------------------------------------------------- parts of a year


def quarter(env: Env, c: "Cand") -> Resolved:
    """"the first quarter of 2009", "Q3 2022", "the second half of last year", "the third quarter"."""
    m = c.m
    if m.group("qh"):
        letter, n, y = m.group("qh"), int(m.group("qn")), int(m.group("y2"))
        if letter == "H" and n > 2:
            return UNRESOLVED
        return f"{y}-{letter}{n}", False, "absolute", None
    if m.group("qb"):
        n, letter = int(m.group("qbn")), "Q"
    else:
        n = _R.ORDINAL_WORDS[m.group("ord").lower()]
        letter = _R.YEAR_PARTS[m.group("part").lower()]
    if letter == "H" and n > 2:
        return UNRESOLVED
    if m.group("y"):
        return f"{m.group('y')}-{letter}{n}", False, "absolute", None
    R = env.anchor
    if R is None:
        return UNRESOLVED
    if m.group("det"):
        return f"{R.year + offset_of(m.group('det'))}-{letter}{n}", True, env.how, None
    # "the third quarter", "Q3": this year's, unless the tense points past or ahead of it
    cur = (R.month - 1) // 3 + 1
    t = env.tense(c)
    y = R.year
    if t == "future" and n < cur:
        y += 1
    elif t != "future" and n > cur:
        y -= 1
    return f"{y}-Q{n}", True, env.how, None


def season(env: Env, c: "Cand") -> Resolved:
    """"summer 2018", "this winter", "the spring"."""
    m = c.m
    code = _R.SEASONS[m.group("s").lower()]
    if m.group("y"):
        return f"{m.group('y')}-{code}", False, "absolute", None
    R = env.anchor
    if R is None:
        return UNRESOLVED
    words = (m.group("det") or "").lower().split()
    det = words[-1] if words and words[-1] != _R.DEFINITE_ARTICLE else None
    offset = _R.RELATIVE_DETERMINERS[det] if det else None
    t = env.tense(c) if not offset else None  # "this winter" in July: the one the tense points at
    return f"{season_year(code, offset, t, R)}-{code}", True, env.how, None
