"""The table of date forms.

Each :class:`Form` is one shape a date takes in text ("July 28, 2023", "last
week", "the third quarter"): its compiled pattern, the trigger strings one of
which must occur in the lower-cased text for the pattern to be worth running,
an optional context check (:mod:`.context`), its resolver (:mod:`.resolve`)
and how a mention of it may be widened.  :func:`claimdiff.dates.scan.candidates`
runs the table in order; the order matters only for ties between overlapping
candidates of the same length and start (the earlier form wins).

The English patterns are templates in :mod:`claimdiff.rules.dates_en`; the
numeric ones (ISO, "27/07/2023", years) are here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional, Tuple

from claimdiff.rules import dates_en as _R

from . import context, resolve
from .lexicon import compile_template, day_of, month_of, weekday_of
from .resolve import numeric_parts
from claimdiff.numbers.filters import count_follows_day

#: (year or None, month, day, weekday or None) of a dateline's date, or None if it has none.
DatelineDate = Optional[Tuple[Optional[int], int, int, Optional[int]]]


@dataclass(frozen=True, eq=False)
class Form:
    """One date form; see the module docstring."""

    name: str
    pattern: "re.Pattern[str]"
    #: ``(env, cand) -> (value, inferred_year, anchor, day)``; see :mod:`.resolve`.
    resolve: Callable
    #: Lower-case strings one of which must occur in the lower-cased text (``None``: always run).
    triggers: Optional[Tuple[str, ...]] = None
    #: ``(text, cand) -> bool``: whether the match is a date in its context.
    check: Optional[Callable] = None
    #: ``(form, text, match) -> Cand or None``: a candidate from a match (default: the match as it is).
    build: Optional[Callable] = None
    #: Widened over a modifier before it ("early May", "mid-July").
    modifiers: bool = True
    #: Widened over a part of the day after it ("Friday night"), unless it is a range.
    part_of_day: bool = False
    #: ``match -> DatelineDate`` when a mention of this form may be the date of a dateline.
    dateline: Optional[Callable[["re.Match[str]"], DatelineDate]] = None
    #: Its values are TIMEX3 reference values ("PAST_REF"), not calendar dates: left out where
    #: only calendar dates are wanted (:func:`claimdiff.dates.mentions.dates_and_reference`).
    reference_value: bool = False


class Cand:
    """A candidate mention: a match ``m`` of ``form`` at ``start:end`` (``start`` may lie
    before the match: "the week of July 10").

    ``week_of``: the value is the week that holds the day; ``is_range``: two
    days ("July 27-28"); ``order``: "dmy" or "mdy", the day/month order of the
    text's numeric dates (set on numeric candidates before they are resolved).
    """

    __slots__ = ("start", "end", "form", "m", "week_of", "is_range", "order")

    def __init__(self, start: int, end: int, form: Form, m: "re.Match[str]", *,
                 week_of: bool = False, is_range: bool = False) -> None:
        self.start, self.end, self.form, self.m = start, end, form, m
        self.week_of, self.is_range = week_of, is_range
        self.order: Optional[str] = None

    def __repr__(self) -> str:
        return f"<Cand {self.form.name} {self.m.group()!r} at {self.start}:{self.end}>"


# --------------------------------------------------------------------------- builders and dateline readers

_WEEK_OF_BEFORE = compile_template(_R.WEEK_OF_BEFORE)
_SPELLED_DAY_LINK = re.compile(rf"\s{re.escape(_R.SPELLED_DAY_LINK)}\s")
_LETTER_AFTER = re.compile(r"[^\S\n]*[A-Za-z]")
_WORD_AFTER = re.compile(r"[^\S\n]+([A-Za-z]+)")


def _days_ok(m) -> bool:
    d1 = day_of(m.group("d1"))
    d2 = day_of(m.group("d2")) if m.group("d2") else None
    if not 1 <= d1 <= 31 or (d2 is not None and not (d1 < d2 <= 31)):
        return False
    y = m.group("y")
    return not (y and not 1000 <= int(y) <= 2999)


def _count_after_joined_day(text: str, m) -> bool:
    """Is the second day of "Aug. 21 and 23" joined by "and" and followed by a verb or counted noun of a new
    clause ("and 23 were missing", "and 5 people gathered")?"""
    joiner = text[m.end("d1"):m.start("d2")].strip().lower()
    if joiner not in _R.COUNT_DAY_JOINERS:
        return False
    following = _WORD_AFTER.match(text, m.end("d2"))
    if not following:
        return False
    return count_follows_day(following.group(1))


def _day_cand(form: Form, text: str, m) -> Cand:
    c = Cand(m.start(), m.end(), form, m, is_range=bool(m.group("d2")))
    if not c.is_range:
        w = _WEEK_OF_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if w:
            c.start = w.start()
            c.week_of = True
    return c


def _build_month_day(form: Form, text: str, m) -> Optional[Cand]:
    """"July 28", "March third" (a spelled day: not "March first quarter")."""
    if not _days_ok(m):
        return None
    if m.group("d2") and not m.group("y") and _count_after_joined_day(text, m):
        # "since Aug. 21 and 23 were missing": the second number is a count of the next clause, not a day
        m = form.pattern.match(text, m.start(), m.end("d1"))
        if m is None:
            return None
    spelled = not m.group("d1")[:1].isdigit()
    if spelled and not m.group("y") and _LETTER_AFTER.match(text[m.end():m.end() + 3]):
        return None
    return _day_cand(form, text, m)


def _build_day_month(form: Form, text: str, m) -> Optional[Cand]:
    """"28 July", "the first of May" (a spelled day: not "first May")."""
    if not _days_ok(m):
        return None
    if not m.group("d1")[:1].isdigit() and not _SPELLED_DAY_LINK.search(m.group()):
        return None
    return _day_cand(form, text, m)


def _build_nested_year(form: Form, text: str, m) -> Cand:
    """"October of next year": the mention is "October" (its year read from the phrase) and "next
    year" is a mention of its own, as TimeML annotates a nested expression; "June this year" is one."""
    c = Cand(m.start(), m.end(), form, m)
    if m.group("of"):
        c.end = m.end("mon")
    return c


def _dateline_month_day(m) -> DatelineDate:
    y = int(m.group("y")) if m.group("y") else None
    wd = weekday_of(m.group("wd")) if m.group("wd") else None
    return y, month_of(m.group("mon")), day_of(m.group("d1")), wd


def _dateline_iso(m) -> DatelineDate:
    return int(m.group("y")), int(m.group("m")), int(m.group("d")), None


def _dateline_numeric(m) -> DatelineDate:
    p = numeric_parts(m)
    return (p[0], p[1], p[2], None) if p else None


# --------------------------------------------------------------------------- the table

# a timestamp's clock may follow ("2024-03-14T10:00:00Z")
_ISO = r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:(?=T\d\d:\d\d)|(?![\w/]|[.-]\d))"
_NUMERIC = r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/]|[.-]\d)"
# "05-Aug-2016", "23/Sep/2020", "5-Aug-16"
_COMPACT = (
    r"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<mon>(?:{month_abbr})|(?:{month_full}))(?P=sep)(?P<y>\d{4}|\d\d)"
    r"(?![\w/]|[.-]\d)"
)
# after a hyphen only behind a modifier ("mid-2011"; the context check decides)
_YEAR = r"(?<![\w$£€¥#.,/'’])(?P<y>1[6-9]\d\d|20\d\d)(?![\w%/-]|[.,]\d)"
_SHORT_YEAR = r"(?<!\w)['’](?P<yy>\d\d)(?![\w'’%])"
_RELATIVE = r"\b(?i:{relative_phrases})\b"

_WEEKDAYS = tuple(_R.WEEKDAYS)
_SEASONS = tuple(_R.SEASONS)


def _form(name, template, resolver, **kw) -> Form:
    return Form(name, compile_template(template), resolver, **kw)


MONTH_DAY = _form("month_day", _R.MONTH_DAY, resolve.month_day, build=_build_month_day,
                  part_of_day=True, dateline=_dateline_month_day)
DAY_MONTH = _form("day_month", _R.DAY_MONTH, resolve.month_day, build=_build_day_month,
                  part_of_day=True, dateline=_dateline_month_day)
IN_MONTH = _form("in_month", _R.IN_MONTH, resolve.in_month)
WEEKDAY_OF_WEEK = _form("weekday_of_week", _R.WEEKDAY_OF_WEEK, resolve.weekday_of_week, triggers=_WEEKDAYS,
                        part_of_day=True)
WEEKDAY_DAY = _form("weekday_day", _R.WEEKDAY_DAY, resolve.weekday_day, triggers=_WEEKDAYS,
                    check=context.weekday_day, part_of_day=True)
MONTH_YEAR = _form("month_year", _R.MONTH_YEAR, resolve.month_year, check=context.month_year)
MONTH_RELATIVE_YEAR = _form("month_relative_year", _R.MONTH_RELATIVE_YEAR, resolve.month_relative_year,
                            build=_build_nested_year)
MONTH_ALONE = _form("month_alone", _R.MONTH_ALONE, resolve.month_alone, check=context.month_alone)
ISO = _form("iso", _ISO, resolve.iso, modifiers=False, dateline=_dateline_iso)
COMPACT = _form("compact", _COMPACT, resolve.compact, modifiers=False)
NUMERIC = _form("numeric", _NUMERIC, resolve.numeric, modifiers=False, dateline=_dateline_numeric)
YEAR = _form("year", _YEAR, resolve.year, check=context.year)
SHORT_YEAR = _form("short_year", _SHORT_YEAR, resolve.short_year, check=context.short_year, modifiers=False)
DECADE = _form("decade", _R.DECADE, resolve.decade, triggers=_R.DECADE_TRIGGERS)
WEEKDAY = _form("weekday", _R.WEEKDAY, resolve.weekday, triggers=_WEEKDAYS, check=context.weekday,
                part_of_day=True)
RELATIVE = _form("relative", _RELATIVE, resolve.relative, check=context.relative, part_of_day=True)
RELATIVE_UNIT = _form("relative_unit", _R.RELATIVE_UNIT, resolve.relative_unit, check=context.relative_unit)
AGO = _form("ago", _R.AGO, resolve.ago, triggers=_R.AGO_TRIGGERS, modifiers=False)
QUARTER = _form("quarter", _R.QUARTER, resolve.quarter, triggers=_R.QUARTER_TRIGGERS, check=context.quarter)
SEASON = _form("season", _R.SEASON, resolve.season, triggers=_SEASONS, check=context.season)
DAY_ANAPHORA = _form("day_anaphora", _R.DAY_ANAPHORA, resolve.day_anaphora, check=context.day_anaphora)
SAME_UNIT = _form("same_unit", _R.SAME_UNIT, resolve.same_unit, triggers=_R.SAME_UNIT_TRIGGERS, modifiers=False)
LATER = _form("later", _R.LATER, resolve.later, triggers=_R.LATER_TRIGGERS, check=context.later, modifiers=False)
REFERENCE_VALUE = _form("reference_value", _R.REFERENCE_VALUE, resolve.reference_value, check=context.reference_value,
                        modifiers=False, reference_value=True)

#: Every form, in scanning order.
FORMS: Tuple[Form, ...] = (
    MONTH_DAY, DAY_MONTH, IN_MONTH, WEEKDAY_OF_WEEK, WEEKDAY_DAY, MONTH_YEAR, MONTH_RELATIVE_YEAR,
    MONTH_ALONE, ISO, COMPACT, NUMERIC, YEAR, SHORT_YEAR, DECADE, WEEKDAY, RELATIVE, RELATIVE_UNIT,
    AGO, QUARTER, SEASON, DAY_ANAPHORA, SAME_UNIT, LATER, REFERENCE_VALUE,
)
