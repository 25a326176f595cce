"""The dateline and the reference date relative expressions are read against.

The reference is the ``published`` argument, else a dateline at the top of
the text ("LONDON, March 3 (Reuters) -").  A dateline without a year
("Moscow, July 28 (ANI):") gets its year from a weekday the text names ("on
Friday"): the most recent year, not after ``today``, in which July 28 is a
Friday.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from claimdiff.rules import dates_en as _R
from claimdiff.types import Span, as_date

from .arithmetic import fmt_day, infer_year_from_weekday, safe_date
from .forms import WEEKDAY, Cand
from .lexicon import SLOTS, compile_template, fill, month_name, weekday_name, weekday_of
from .scan import candidates, check_text
from .tense import tense

_DATELINE_PREFIX = re.compile(fill(_R.DATELINE_PREFIX, SLOTS))
_DATELINE_SUFFIX = re.compile(fill(_R.DATELINE_SUFFIX, SLOTS))
_DATELINE_WITHOUT_DATE = compile_template(_R.DATELINE_WITHOUT_DATE)
_NOTES = _R.NOTES


@dataclass(frozen=True)
class Reference:
    """The date relative expressions in a text are read against.

    ``date`` is the reference day (``None`` if unknown or yearless); ``how`` is
    "published" (the argument), "dateline" (a dated dateline in the text),
    "weekday" (a yearless dateline whose year was inferred from a weekday) or
    ``None``.  ``dateline_span`` points at the dateline's date (or at the whole
    dateline when it carries no date).  ``note`` explains an inferred or
    missing year in a sentence.  ``value`` is the TIMEX3 value of the
    reference, "XXXX-07-28" when only the month and day are known.
    """

    date: Optional[_dt.date]
    how: Optional[str]
    dateline_span: Optional[Span] = None
    note: Optional[str] = None
    value: Optional[str] = None


@dataclass(frozen=True)
class Anchor:
    """What the resolvers read dates against: the reference day (with a placeholder
    year when ``year_known`` is false), its label, and the dateline's candidate with
    the year inferred for it from a weekday."""

    date: Optional[_dt.date]
    year_known: bool
    how: Optional[str]
    dateline: Optional[Cand] = None
    dateline_year: Optional[int] = None


_NO_ANCHOR = Anchor(None, False, None)


def reference(text: str, published=None, today=None) -> Reference:
    """The reference date of ``text``: ``published``, else its dateline (see :class:`Reference`).

    ``today`` (a date or ISO string; default: the real today) bounds the year
    inferred for a yearless dateline from a weekday.
    """
    check_text(text)
    return resolve_reference(text, candidates(text), published, today)[0]


def resolve_reference(text: str, cands: List[Cand], published, today) -> Tuple[Reference, Anchor]:
    """The :class:`Reference` of ``text`` and the :class:`Anchor` its dates are resolved against."""
    pub = as_date(published, "published")
    tod = as_date(today, "today") or _dt.date.today()
    dl, dl_span = find_dateline(text, cands)
    if pub is not None:
        return Reference(pub, "published", dl_span, None, pub.isoformat()), Anchor(pub, True, "published", dl)
    if dl is None:
        note = _NOTES["no_date"] if dl_span is not None else None
        return Reference(None, None, dl_span, note, None), _NO_ANCHOR
    read = dl.form.dateline
    assert read is not None  # find_dateline picks only forms with a dateline reader
    parts = read(dl.m)
    if parts is None:
        return _undated(dl_span)
    y, mon, day, wd = parts
    if y is None:
        return _yearless(text, cands, dl, dl_span, (mon, day, wd), tod)
    d = safe_date(y, mon, day)
    if d is None:
        return _undated(dl_span)
    return Reference(d, "dateline", dl_span, None, d.isoformat()), Anchor(d, True, "dateline", dl)


def _undated(dl_span: Optional[Span]) -> Tuple[Reference, Anchor]:
    return Reference(None, None, dl_span, None, None), _NO_ANCHOR


def _yearless(text: str, cands: List[Cand], dl: Cand, dl_span: Optional[Span], mdw, today: _dt.date) -> Tuple[Reference, Anchor]:
    """A dateline "July 28": the year from the dateline's weekday or the text's, else unknown."""
    mon, day, wd = mdw
    source = _NOTES["source_dateline"]
    if wd is None:
        wd = _choose_weekday(_past_weekdays(text, cands))
        source = _NOTES["source_text"]
    label = _NOTES["label"].format(month=month_name(mon), day=day)
    if wd is not None:
        y = infer_year_from_weekday(mon, day, wd, today)
        if y is not None:
            d = _dt.date(y, mon, day)
            note = _NOTES["weekday_year"].format(year=y, label=label, weekday=weekday_name(wd), source=source)
            return Reference(d, "weekday", dl_span, note, d.isoformat()), Anchor(d, True, "weekday", dl, y)
    placeholder = safe_date(2001, mon, day) or safe_date(2000, mon, day)
    if placeholder is None:
        return _undated(dl_span)
    note = _NOTES["year_unknown"].format(label=label)
    val = fmt_day(placeholder, False)
    return Reference(None, "dateline", dl_span, note, val), Anchor(placeholder, False, "dateline", dl)


# --------------------------------------------------------------------------- the dateline


def _line_bounds(text: str, pos: int) -> Tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _early_lines_end(text: str, lines: int = 3, limit: int = 600) -> int:
    """Where the first ``lines`` non-blank lines end (at most ``limit``)."""
    n, i = 0, 0
    while i < len(text) and i < limit:
        j = text.find("\n", i)
        if j < 0:
            return min(len(text), limit)
        if text[i:j].strip():
            n += 1
            if n >= lines:
                return j
        i = j + 1
    return min(len(text), limit)


def find_dateline(text: str, cands: List[Cand]) -> Tuple[Optional[Cand], Optional[Span]]:
    """The dateline's date candidate (or ``None``) and the dateline span."""
    limit = _early_lines_end(text)
    for c in cands:
        if c.start >= limit:
            break
        if c.form.dateline is None or c.is_range:
            continue
        a, b = _line_bounds(text, c.start)
        after = text[c.end:b + 1] if b < len(text) else text[c.end:b]
        if _DATELINE_PREFIX.match(text[a:c.start]) and _DATELINE_SUFFIX.match(after):
            return c, (c.start, c.end)
    return None, _dateline_without_date(text, limit)


def _dateline_without_date(text: str, limit: int) -> Optional[Span]:
    """"WASHINGTON (AP) —": the span of a dateline that carries no date."""
    i = 0
    while i < limit:
        j = text.find("\n", i)
        j = len(text) if j < 0 else j
        m = _DATELINE_WITHOUT_DATE.match(text[i:j])
        if m:
            return i + m.start(), i + m.end()
        i = j + 1
    return None


def _past_weekdays(text: str, cands: List[Cand]) -> List[Tuple[int, int]]:
    """(weekday, position) of plain weekday mentions that are not future."""
    out = []
    for c in cands:
        if c.form is WEEKDAY and c.m.group("det") is None:
            if tense(text, c.start, c.end) != "future":
                out.append((weekday_of(c.m.group("wd")), c.start))
    return out


def _choose_weekday(wds: List[Tuple[int, int]]) -> Optional[int]:
    """The weekday most likely to be the dateline day: the one after which the others
    fall in the shortest window of preceding days (news looks back, not forward)."""
    if not wds:
        return None
    days = sorted({w for w, _ in wds})
    counts = {w: sum(1 for x, _ in wds if x == w) for w in days}
    first: Dict[int, int] = {}
    for w, p in wds:
        first.setdefault(w, p)

    def spread(w):
        return max((w - x) % 7 for x in days)

    return min(days, key=lambda w: (spread(w), -counts[w], first[w]))
