"""Date mentions: candidates resolved against the reference, widened and joined into intervals."""
from __future__ import annotations

import datetime as _dt
import re
from types import MappingProxyType
from typing import List, Optional, Tuple

from claimdiff.rules import dates_en as _R
from claimdiff.types import DateMention, as_date

from .arithmetic import safe_date, week
from .forms import NUMERIC, Cand
from .lexicon import alt, modifier_before, seq
from .reference import Reference, resolve_reference
from .resolve import Env, Resolved, numeric_order, numeric_parts
from .scan import candidates, check_text
from .tense import tense

_PART_OF_DAY_AFTER = re.compile(rf"[^\S\n]+(?:{alt(_R.PARTS_OF_DAY)})\b")
_JOIN = re.compile(rf"\s*(?:(?P<dash>-|–|—)|(?P<word>{seq(_R.INTERVAL_FRAMES)}))\s*\Z")
_INTERVAL_OPENERS = MappingProxyType(
    {word: re.compile(rf"\b{re.escape(opener)}\s*\Z") for word, opener in _R.INTERVAL_FRAMES.items()}
)
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d\d){1,2}")
#: A calendar value with a known year (not an interval, not a reference value).
_CALENDAR = re.compile(r"\d{4}(?:-[0-9A-Z-]+)?")


def dates(text: str, *, published=None, today=None) -> List[DateMention]:
    """All date mentions in ``text``, sorted by start, non-overlapping.

    ``published`` (date, datetime or ISO string) is the reference for relative
    dates; without it a dateline at the top of the text is used (see
    :func:`reference`).  ``today`` (default: the real today) bounds a year
    inferred from a weekday.  Besides calendar dates the mentions include
    TIMEX3 reference values: "recently" is "PAST_REF", "currently" "PRESENT_REF",
    "in the future" "FUTURE_REF" (their anchor is "absolute").
    """
    return dates_and_reference(text, published=published, today=today, reference_values=True)[0]


def dates_and_reference(text: str, *, published=None, today=None,
                        reference_values: bool = False) -> Tuple[List[DateMention], Reference]:
    """:func:`dates` and :func:`reference` in one pass over the text (the pipeline needs both).

    Only calendar dates unless ``reference_values``: the stages after it read every
    value that does not start with "XXXX" as a date, so "PAST_REF" must not reach them.
    """
    check_text(text)
    cands = candidates(text, reference_values)
    ref, anchor = resolve_reference(text, cands, published, today)
    tod = as_date(today, "today") or _dt.date.today()
    cands = _numeric_filter(cands)
    env = Env(text, anchor.date, anchor.year_known, anchor.how or "unresolved", tod,
              anchor.dateline, anchor.dateline_year)
    out: List[DateMention] = []
    prev_end = 0
    for i, c in enumerate(cands):
        nxt = cands[i + 1].start if i + 1 < len(cands) else len(text)
        value, inferred, how, day = _resolve(env, c)
        s, e = _extend(text, c, prev_end, nxt)
        out.append(DateMention((s, e), text[s:e], value, inferred, how))
        if value and _CALENDAR.fullmatch(value):
            env.history.append((value, (True, inferred, how)))
        if day is not None:
            assert value is not None  # a resolver names a day only with its value
            env.prev_day = day
            env.prev_label = (not value.startswith("XXXX"), inferred, how)
        prev_end = e
    return _join_intervals(text, out), ref


def _resolve(env: Env, c: Cand) -> Resolved:
    """The candidate's form resolves it; "the week of March 10" is the ISO week that holds the day."""
    out = c.form.resolve(env, c)
    if c.week_of:
        value, inferred, anchor, day = out
        if day is None:
            return None, False, "unresolved", None
        return week(day), inferred, anchor, None
    return out


def _numeric_filter(cands: List[Cand]) -> List[Cand]:
    """Drop numeric dates whose day/month order is ambiguous, unless the text's
    unambiguous numeric dates all use one order ("27/07/2023 ... 07/08/2023")."""
    orders = {numeric_order(c.m) for c in cands if c.form is NUMERIC} - {None}
    order = orders.pop() if len(orders) == 1 else None
    out = []
    for c in cands:
        if c.form is NUMERIC:
            if numeric_parts(c.m, order) is None:
                continue
            c.order = order
        out.append(c)
    return out


def _extend(text: str, c: Cand, lo: int, hi: int) -> Tuple[int, int]:
    """Widen a span over a modifier before it ("early May") and a part of day after it ("Friday night")."""
    s, e = c.start, c.end
    if c.form.modifiers:
        ms = modifier_before(text, s)
        if ms is not None and ms >= lo:
            s = ms
    if c.form.part_of_day and not c.is_range and not c.week_of:
        pm = _PART_OF_DAY_AFTER.match(text, e)
        if pm and pm.end() <= hi:
            e = pm.end()
    return s, e


# --------------------------------------------------------------------------- intervals


def _join_intervals(text: str, ms: List[DateMention]) -> List[DateMention]:
    """"from July 27 to August 2", "July 30 - August 2": one interval mention."""
    if len(ms) < 2:
        return ms
    out: List[DateMention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if i + 1 < len(ms):
            b = ms[i + 1]
            gap = text[a.span[1]:b.span[0]]
            j = _JOIN.match(gap) if len(gap) <= 12 else None
            if j:
                a = _borrow_year(a, b)
                joined = _interval(text, *_start_before_end(text, a, b), j)
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _borrow_year(a: DateMention, b: DateMention) -> DateMention:
    """"Nov 18 - Dec 19, 2015": the first date takes the second's year (the one before, across a new year)."""
    if a.value and b.value and len(a.value) == len(b.value) == 10 and "X" not in b.value \
            and b.anchor == "absolute" and (a.value.startswith("XXXX") or a.anchor != "absolute") \
            and a.value[5:7] != b.value[5:7]:
        ya = int(b.value[:4]) - (1 if a.value[5:] > b.value[5:] else 0)
        if safe_date(ya, int(a.value[5:7]), int(a.value[8:10])):
            return DateMention(a.span, a.text, f"{ya}{a.value[4:]}", False, "absolute")
    return a


def _start_before_end(text: str, a: DateMention, b: DateMention) -> Tuple[DateMention, DateMention]:
    """"from March to May", both read against the reference: when the start came out after the end (March this
    year, May last year), a past tense puts the start in the year before, any other the end in the year after."""
    if not (a.value and b.value and len(a.value) == len(b.value) and len(a.value) in (7, 10)
            and _CALENDAR_VALUE.fullmatch(a.value) and _CALENDAR_VALUE.fullmatch(b.value)
            and a.anchor != "absolute" and b.anchor != "absolute" and a.value >= b.value):
        return a, b
    past = tense(text, a.span[0], b.span[1]) == "past"
    moved = a if past else b
    old = a.value if past else b.value
    value = f"{int(old[:4]) + (-1 if past else 1):04d}{old[4:]}"
    if len(value) == 10 and safe_date(int(value[:4]), int(value[5:7]), int(value[8:10])) is None:
        return a, b
    shifted = DateMention(moved.span, moved.text, value, moved.inferred_year, moved.anchor)
    return (shifted, b) if past else (a, shifted)


def _interval(text: str, a: DateMention, b: DateMention, j: "re.Match[str]") -> Optional[DateMention]:
    """The interval from ``a`` to ``b`` joined by ``j`` (a dash between days, "from ... to", "between ... and")."""
    if not (a.value and b.value and "/" not in a.value and "/" not in b.value
            and len(a.value) == len(b.value) and "X" not in a.value + b.value
            and _CALENDAR_VALUE.fullmatch(a.value) and a.value < b.value):
        return None
    word = (j.group("word") or "").lower()
    before = text[max(0, a.span[0] - 12):a.span[0]].lower()
    ok = bool(j.group("dash")) and len(a.value) == 10
    opener = _INTERVAL_OPENERS.get(word)
    if opener is not None and opener.search(before):
        ok = True
    if not ok:
        return None
    s, e = a.span[0], b.span[1]
    return DateMention((s, e), text[s:e], f"{a.value}/{b.value}", a.inferred_year or b.inferred_year,
                       a.anchor if a.anchor != "absolute" else b.anchor)
