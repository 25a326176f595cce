"""Calendar arithmetic for resolving dates: no text, no English, only numbers and codes.

Offsets are -1 (last, previous), 0 (this) and 1 (next, following), or
``None`` when no determiner was written (the tense then decides); tenses are
"future", "past" or ``None``.
"""
from __future__ import annotations

import datetime as _dt
from types import MappingProxyType
from typing import Optional, Tuple

from claimdiff.rules.dates_en import SEASON_STARTS

#: How far back a year is searched for a weekday ("Friday, July 28" without a year).
MAX_WEEKDAY_YEARS = 400

#: Season codes in order, for the end of a season (the start of the next).
_NEXT_SEASON = MappingProxyType({"SP": "SU", "SU": "FA", "FA": "WI", "WI": "SP"})


def shift_month(y: int, m: int, k: int) -> Tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def safe_date(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def week(d: _dt.date) -> str:
    """The ISO week value of ``d`` ("2023-W30")."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month_days(y: int, mon: int) -> int:
    return ((_dt.date(y + mon // 12, mon % 12 + 1, 1)) - _dt.date(y, mon, 1)).days


def fmt_day(d: _dt.date, year_known: bool) -> str:
    return d.isoformat() if year_known else f"XXXX-{d.month:02d}-{d.day:02d}"


#: How far ahead of the reference a yearless day in a past-tense sentence may be and still be read in the
#: reference's year ("scheduled a debate for April 14" on April 5); further ahead, the year before.
YEARLESS_AHEAD_DAYS = 60
#: How far before the reference a yearless day in a future-tense sentence may be and still be read in the
#: reference's year (a month name is not: "will reopen in January", written in March, is next January).
YEARLESS_BEHIND_DAYS = 30
#: How many months after the reference's month a month name with no tense cue may be and still be this year's.
YEARLESS_AHEAD_MONTHS = 2


def yearless_day(mon: int, day: int, ref: Optional[_dt.date], year_known: bool,
                 tense: Optional[str]) -> Optional[_dt.date]:
    """The year of "July 27" relative to the reference: past, future or nearest."""
    if ref is None:
        return None
    if not year_known:
        return safe_date(ref.year, mon, day) or safe_date(2000, mon, day)
    opts = [d for d in (safe_date(ref.year + k, mon, day) for k in (-1, 0, 1)) if d]
    if not opts:
        return None
    if tense == "future":
        fut = [d for d in opts if d >= ref]
        same_year = safe_date(ref.year, mon, day)
        if fut and min(fut).year > ref.year and same_year is not None and (ref - same_year).days <= YEARLESS_BEHIND_DAYS:
            # "the speech, after the attack on June 12, is expected to ...", written on June 21: nine days
            # ago, not next June (the future cue is another verb's)
            return same_year
        return min(fut) if fut else max(opts)
    if tense == "past":
        past = [d for d in opts if d <= ref]
        same_year = safe_date(ref.year, mon, day)
        if past and max(past).year < ref.year and same_year is not None and (same_year - ref).days <= YEARLESS_AHEAD_DAYS:
            # news leaves the year out of a date in the current year: "offered to debate on April 14",
            # written on April 5, is nine days ahead, not a year ago
            return same_year
        return max(past) if past else min(opts)
    return min(opts, key=lambda d: (abs((d - ref).days), d > ref))


def weekday_date(wd: int, offset: Optional[int], tense: Optional[str], ref: _dt.date) -> _dt.date:
    """The day of weekday ``wd``: the last or next one, or (no offset) the nearest in the tense's direction."""
    cur = ref.weekday()
    if offset == -1:
        return ref - _dt.timedelta(days=(cur - wd - 1) % 7 + 1)
    if offset == 1:
        return ref + _dt.timedelta(days=(wd - cur - 1) % 7 + 1)
    if wd == cur:
        return ref
    if tense == "future":
        return ref + _dt.timedelta(days=(wd - cur) % 7)
    return ref - _dt.timedelta(days=(cur - wd) % 7)


def infer_year_from_weekday(mon: int, day: int, wd: int, today: _dt.date) -> Optional[int]:
    """The most recent year, not after ``today``, in which ``mon``/``day`` falls on weekday ``wd``."""
    for y in range(today.year, today.year - MAX_WEEKDAY_YEARS, -1):
        d = safe_date(y, mon, day)
        if d is not None and d <= today and d.weekday() == wd:
            return y
    return None


def month_year(mon: int, offset: Optional[int], tense: Optional[str], ref: _dt.date) -> int:
    """The year of a yearless month name ("in May", "next March") read against ``ref``."""
    y = ref.year
    if offset == -1:
        y -= 1 if mon >= ref.month else 0
    elif offset == 1:
        y += 1 if mon <= ref.month else 0
    elif offset == 0:
        pass
    elif tense == "future":
        if mon < ref.month:
            y += 1
    elif mon > ref.month and (tense is not None or mon - ref.month > YEARLESS_AHEAD_MONTHS):
        # with no tense, a month shortly ahead is the reference year's ("the convention in July", in May); one
        # further ahead is last year's ("put inflation at 3.1% in November", in April)
        y -= 1
    return y


def in_month(n: int, wd: Optional[int], unit: Optional[str], y: int, mon: int) -> Tuple[Optional[str], Optional[_dt.date]]:
    """Value and day of the ``n``-th (-1: last) weekday ``wd``, or day/week/weekend (``unit``
    "D"/"W"/"WE"), of month ``mon`` of ``y``; (None, None) when there is none."""
    last = month_days(y, mon)
    first = _dt.date(y, mon, 1)
    end = _dt.date(y, mon, last)
    if wd is not None:
        if n == -1:
            d = end - _dt.timedelta(days=(end.weekday() - wd) % 7)
        else:
            d = first + _dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        return (d.isoformat(), d) if d.month == mon else (None, None)
    if unit == "D":
        day = end if n == -1 else safe_date(y, mon, n)
        return (day.isoformat(), day) if day else (None, None)
    monday = _nth_week_monday(n, unit, mon, first, end)
    if monday is None:
        return None, None
    return week(monday) + ("-WE" if unit == "WE" else ""), None


def _nth_week_monday(n: int, unit: Optional[str], mon: int, first: _dt.date, end: _dt.date) -> Optional[_dt.date]:
    """The Monday of a month's n-th full Monday-Sunday week (or of the week of its n-th Saturday, for a weekend)."""
    if n == -1:
        sunday = end - _dt.timedelta(days=(end.weekday() - 6) % 7)
        return sunday - _dt.timedelta(days=6)
    monday = first + _dt.timedelta(days=(0 - first.weekday()) % 7 + 7 * (n - 1))
    if unit == "WE":
        sat = first + _dt.timedelta(days=(5 - first.weekday()) % 7 + 7 * (n - 1))
        monday = sat - _dt.timedelta(days=5)
    if monday.month != mon and (monday + _dt.timedelta(days=5)).month != mon:
        return None
    return monday


def season_year(code: str, offset: Optional[int], tense: Optional[str], ref: _dt.date) -> int:
    """The year of a season read against ``ref``; a season's year is the year it starts in.

    Inside the season, "this" (or no determiner) is this one, "last"/"next" the one a year away.
    Outside it, "last" is the latest one that has ended, "next" the first that has not begun, "this"
    the one of the reference's year (but for winter, which straddles two years), and no determiner
    (or "this winter") the one the tense points at, else the nearer of those two.
    """
    def start(y):
        mo, d = SEASON_STARTS[code]
        return _dt.date(y, mo, d)

    def end(y):
        mo, d = SEASON_STARTS[_NEXT_SEASON[code]]
        return _dt.date(y + (1 if code == "WI" else 0), mo, d)

    years = (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)
    inside = next((y for y in years if start(y) <= ref < end(y)), None)
    if inside is not None:
        return inside + (offset or 0)
    ended = max(y for y in years if end(y) <= ref)
    ahead = min(y for y in years if start(y) > ref)
    if offset == 0 and code != "WI":
        return ref.year  # "this summer" in March is the coming one, whatever the tense
    if offset == -1 or (offset != 1 and tense == "past"):
        return ended
    if offset == 1 or tense == "future":
        return ahead
    return min((ended, ahead), key=lambda y: min(abs((start(y) - ref).days), abs((end(y) - ref).days)))
