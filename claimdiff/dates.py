"""Find date expressions in English news text and resolve them to TIMEX3-style values.

Public API::

    dates(text, *, published=None, today=None) -> list[DateMention]
    reference(text, published=None, today=None) -> Reference

The grammar is our own: a handful of linear-time regular expressions built from
the word lists in :mod:`claimdiff.rules.dates_en`, then plain Python to check
context ("in May" is a month, "May I" is not) and to resolve values against a
reference date.  The reference is the ``published`` argument, else a dateline
at the top of the text ("LONDON, March 3 (Reuters) -").  A dateline without a
year ("Moscow, July 28 (ANI):") gets its year from a weekday the text names
("on Friday"): the most recent year, not after ``today``, in which July 28 is a
Friday.

Values: "2023-07-28" (day), "2023-07" (month), "2023" (year), "199" (decade),
"2023-W30" (ISO week), "2023-W30-WE" (weekend), "2023-Q1", "2023-H2",
"2023-SU" (season; a season's year is the year it starts in, so the winter
of Dec 2023 - Mar 2024 is "2023-WI"), "2023-07-27/2023-07-28" (interval),
"XXXX-07-28" (a day whose year is unknown).  Besides calendar dates the grammar
reads ordinal positions in a month ("the last Friday of June", "the first week
of July": full Monday-Sunday weeks), weekdays in a named week ("Wednesday of
next week", "Friday after next"), "Tuesday the 1st", spelled ordinal days
("the first of May"), "the week of July 10", bare quarters and seasons ("the
third quarter", "in summer") and counts from a day ("three weeks from
tomorrow", "two years from now").  Clock times, durations, holidays and sets ("every
Monday") are out of scope and yield nothing.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from claimdiff.rules import dates_en as _R
from claimdiff.types import DateMention, Span, as_date

__all__ = ["dates", "reference", "Reference"]


# --------------------------------------------------------------------------- patterns


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cased(words) -> str:
    """Capitalised and upper-case forms only ("March", "MARCH", not "march")."""
    forms = []
    for w in words:
        forms += [w[:1].upper() + w[1:], w.upper()]
    return _alt(forms)


def _phrase(p: str) -> str:
    return r"[^\S\n]+".join(re.escape(w) for w in p.split())


_MONTH_FULL = _cased(_R.MONTHS)
_MONTH_ABBR = _cased(_R.MONTH_ABBREVIATIONS)
_MONTH = rf"(?:(?:{_MONTH_FULL})|(?:{_MONTH_ABBR})\.?)(?![A-Za-z])"
_WEEKDAY_FULL = _cased(_R.WEEKDAYS)
_WEEKDAY_ANY = rf"(?:(?:{_WEEKDAY_FULL})|(?:{_cased(_R.WEEKDAY_ABBREVIATIONS)})\.?)(?![A-Za-z])"
_DAY_NUM = r"(?<!\d)[0-3]?\d(?!\d)(?:st|nd|rd|th|ST|ND|RD|TH)?(?![\w%])"
_ORD_DAY_WORD = rf"\b(?:{_alt(list(_R.ORDINAL_DAYS) + [w.capitalize() for w in _R.ORDINAL_DAYS])})(?![\w-])"
_DAY = rf"(?:{_DAY_NUM}|{_ORD_DAY_WORD})"
_YEAR = r"(?<!\d)\d{4}(?![\d%])"
_S = r"[^\S\n]"  # whitespace, but a date never spans a line break
_RANGE = rf"{_S}*(?:-|–|—|(?i:to|through|thru|till|until)|and|&){_S}*(?:the{_S}+)?"
_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY_ANY}){_S}*,?{_S}+(?:the{_S}+)?)?"
_YEAR_TAIL = rf"(?:(?:{_S}*,{_S}*|{_S}+)(?P<y>{_YEAR}))?"

_MONTH_NUM: Dict[str, int] = {m: i + 1 for i, m in enumerate(_R.MONTHS)}
_MONTH_NUM.update(_R.MONTH_ABBREVIATIONS)
_WEEKDAY_NUM: Dict[str, int] = {w: i for i, w in enumerate(_R.WEEKDAYS)}
_WEEKDAY_NUM.update(_R.WEEKDAY_ABBREVIATIONS)

# "Friday, July 28, 2023", "July 27-28", "March 01 , 2008"
_MDY = re.compile(
    rf"\b{_WD_PREFIX}(?P<mon>{_MONTH}){_S}*(?:the{_S}+)?(?P<d1>{_DAY})(?:{_RANGE}(?P<d2>{_DAY}))?{_YEAR_TAIL}"
)
# "28 July 2023", "the 27th of July", "27-28 July"
_DMY = re.compile(
    rf"(?<![\w/.$£€¥#-])(?<![$£€¥][^\S\n]){_WD_PREFIX}(?:the{_S}+)?(?P<d1>{_DAY})(?:{_RANGE}(?P<d2>{_DAY}))?{_S}*(?:of{_S}+)?(?P<mon>{_MONTH}){_YEAR_TAIL}"
)
# "May 2019", "October of 2010"
_MY = re.compile(rf"\b(?P<mon>{_MONTH}){_S}*,?{_S}*(?:of{_S}+)?(?P<y>{_YEAR})")
# "October of next year", "June this year"
_MONTH_REL_YEAR = re.compile(
    rf"\b(?P<mon>{_MONTH_FULL}){_S}+(?:of{_S}+)?(?P<det>(?i:last|this|next|the{_S}+previous|the{_S}+following)){_S}+(?i:year)\b"
)
# "in May" (a full month name; its context is checked in code)
_MONTH_ALONE = re.compile(rf"\b(?:(?P<det>(?i:this|last|next)){_S}+)?(?P<mon>{_MONTH_FULL})\b")
# "2023-07-28"
_ISO = re.compile(r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/]|[.-]\d)")
# "27/07/2023", "27.07.2023", "27-07-2023"
_NUMERIC = re.compile(r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/]|[.-]\d)")
# "05-Aug-2016", "23/Sep/2020", "5-Aug-16" (a two-digit year goes to the dateparser adapter)
_COMPACT = re.compile(
    rf"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<mon>(?:{_MONTH_ABBR})|(?:{_MONTH_FULL}))(?P=sep)(?P<y>\d{{4}}|\d\d)(?![\w/]|[.-]\d)"
)
# "in 2019", "since '82"
_YEAR_ALONE = re.compile(r"(?<![\w$£€¥#.,/'’-])(?P<y>1[6-9]\d\d|20\d\d)(?![\w%/-]|[.,]\d)")
_YEAR_SHORT = re.compile(r"(?<!\w)['’](?P<yy>\d\d)(?![\w'’%])")
# "the 1990s", "the '90s"
_DECADE = re.compile(r"(?<!\w)(?:(?i:the)[^\S\n]+)?(?:(?P<dec>1[0-9]\d0|20\d0)|['’](?P<dec2>\d0))['’]?s\b")
# weekdays: "last Friday", "Friday", "this coming Friday"
_WEEKDAY = re.compile(
    rf"\b(?:(?P<det>(?i:last|next|this{_S}+(?:coming|past)|this|coming|past)){_S}+)?(?P<wd>{_WEEKDAY_FULL})\b"
)
_REL_WORDS = {**{k: ("ref", v) for k, v in _R.RELATIVE_DAYS.items()},
              **{k: ("ref", v) for k, v in _R.RELATIVE_DAY_PHRASES.items()},
              **{k: ("prev", v) for k, v in _R.RELATIVE_TO_PREVIOUS.items()}}
_RELATIVE = re.compile(rf"\b(?i:{'|'.join(_phrase(p) for p in sorted(_REL_WORDS, key=len, reverse=True))})\b")
_DETS = _alt(d for d in _R.RELATIVE_DETERMINERS if d != "past")
_UNITS = _alt(_R.RELATIVE_UNITS)
# "last week", "the previous year", "this weekend", "the weekend"
_REL_UNIT = re.compile(
    rf"\b(?i:(?P<the1>the{_S}+)?(?P<det>{_DETS}){_S}+(?P<unit>{_UNITS})|(?P<the>the){_S}+(?P<unit2>weekend)"
    rf"|(?P<part>(?:the{_S}+)?(?:beginning|start|end|middle|close){_S}+of{_S}+)the{_S}+(?P<unit3>year|month|week))\b(?!-)"
)
_NUMWORDS = _alt(_R.NUMBER_WORDS)
# "two days ago", "a year ago"
_AGO = re.compile(
    rf"\b(?i:(?P<n>\d{{1,3}}|{_NUMWORDS})[^\S\n]+(?P<unit>{_alt(_R.AGO_UNITS)})s?[^\S\n]+"
    rf"(?P<dir>ago|hence|from[^\S\n]+now|(?:from|after|before)[^\S\n]+(?:today|tomorrow|yesterday)))\b"
)
# "the first quarter of 2009", "the second half of last year", "Q3 2022"
_ORDS = _alt(_R.ORDINAL_WORDS)
_QUARTER = re.compile(
    rf"\b(?i:(?P<the>the[^\S\n]+)?(?P<ord>{_ORDS})(?P<sep>(?:[^\S\n]|-)+)(?P<part>quarter|half)\b)(?:(?i:(?:[^\S\n]*,?[^\S\n]*of)?[^\S\n]+)"
    rf"(?:(?P<y>{_YEAR})|(?i:(?P<det>last|this|next|the[^\S\n]+previous|the[^\S\n]+current|the[^\S\n]+following)[^\S\n]+year)))?"
    rf"|\b(?P<qh>[QH])(?P<qn>[1-4])[^\S\n]*(?P<y2>{_YEAR})"
)
# "this summer", "spring 2009", "the summer of 2008"
_SEASON = re.compile(
    rf"\b(?i:(?:(?P<det>last|this|next|the[^\S\n]+previous|the[^\S\n]+following|the)[^\S\n]+)?(?P<s>{_alt(_R.SEASONS)}))"
    rf"(?:[^\S\n]+(?i:of[^\S\n]+)?(?P<y>{_YEAR}))?\b"
)

_ORD_IN_MONTH = _alt(_R.ORDINAL_IN_MONTH)
_MONTH_SPEC = (
    rf"(?:(?P<mon>{_MONTH})(?:{_S}*,?{_S}*(?:of{_S}+)?(?P<y>{_YEAR}))?"
    rf"|(?i:(?P<rel>(?:(?:the{_S}+)?(?:this|next|last|previous|following|current|coming){_S}+|the{_S}+)month))\b"
    rf"|(?P<yonly>{_YEAR}))"
)
# "the last Friday of October", "the first day of March 2024", "the last week of March"
_IN_MONTH = re.compile(
    rf"\b(?i:(?:the{_S}+)?(?P<ord>{_ORD_IN_MONTH}){_S}+)(?:(?P<wd>{_WEEKDAY_FULL})|(?i:(?P<unit>day|week|weekend)))"
    rf"{_S}+(?i:of|in){_S}+{_MONTH_SPEC}"
)
# "Wednesday of next week", "Monday last week", "Friday after next", "last week's Sunday"
_WD_WEEK = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_FULL})(?:{_S}+of)?{_S}+(?i:(?P<det>this|next|last|the{_S}+following|the{_S}+previous|coming){_S}+week)\b(?![-'’])"
    rf"|\b(?P<wd2>{_WEEKDAY_FULL}){_S}+(?i:after{_S}+next)\b"
    rf"|\b(?i:(?P<det2>this|next|last){_S}+week(?:['’]s|{_S}*,?{_S}+on|{_S}*,)?){_S}+(?P<wd3>{_WEEKDAY_FULL})\b"
)
# "Tuesday the 19th", "Sunday 3rd": a weekday and a day of the month
_WD_DOM = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_FULL}){_S}*,?{_S}+(?P<the>the{_S}+)?(?:(?P<d>(?<!\d)[0-3]?\d)(?P<suf>st|nd|rd|th)?(?![\w%:])|(?P<dw>{_ORD_DAY_WORD}))"
)
_WEEK_OF_BEFORE = re.compile(rf"\b(?i:(?:the{_S}+)?week{_S}+(?:of|beginning|commencing|starting(?:{_S}+on)?|ending)){_S}+\Z")

_MODIFIER_BEFORE = re.compile(
    rf"(?i:\b(?:(?:early|late|earlier|later)(?:[^\S\n]+on)?|overnight(?:[^\S\n]+on)?|mid|"
    rf"{'|'.join(_phrase(m) for m in _R.MODIFIERS if ' ' in m and 'half' not in m)})[^\S\n]*-?[^\S\n]*)\Z"
)
_PART_OF_DAY_AFTER = re.compile(rf"[^\S\n]+(?:{_alt(_R.PARTS_OF_DAY)})\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*\Z")
_JOIN = re.compile(r"\s*(?:(?P<dash>-|–|—)|(?P<word>to|until|till|through|and))\s*\Z")

_FUTURE = re.compile(
    r"(?i)(?:\b(?:will|shall|won't|wo\s+n't)|'ll)(?:\s+(?:" + _alt(_R.FUTURE_AUXILIARY_FILLERS) + r")){0,3}(?:\s+[a-z]+)?"
    r"|\b(?:has|have|had|is|are|was|were)?\s*(?:been\s+)?(?:scheduled|slated|planned)\b"
    r"|\b(?:" + "|".join(c for c in _R.FUTURE_CUES if not c.startswith("'") and c not in ("will", "shall", "won't", "wo n't")) + r")\b"
)
_PAST = re.compile(r"(?i)\b(?:" + _alt(_R.PAST_CUES) + r"|[a-z]{2,}ed)\b")
_NOT_PAST = frozenset(_R.NOT_PAST_ED)
_SENTENCE_END = re.compile(r"[.!?;\n]\s|\n")

_DATELINE_PREFIX = re.compile(
    r"\A[ \t]*(?:[A-Z][^\n,:;()\[\]]{0,40}?(?:\s*\[[^\]\n]{0,40}\])?\s*,\s*(?:[A-Z][^\n,:;()]{0,30}?\s*,\s*)?)?\Z"
)
_DATELINE_SUFFIX = re.compile(r"\A\s*(?:\([^)\n]{1,40}\)\s*)?(?:[:,|]|[-–—]|\Z|\n)")
_DATELINE_NO_DATE = re.compile(
    r"\A[ \t]*[A-Z][A-Za-z .,'’\[\]-]{1,60}?\s*\((?:AP|AFP|Reuters|ANI|PTI|IANS|UPI|dpa|Xinhua|CNN|BBC|Bloomberg|[A-Z][A-Za-z]{1,12})\)\s*(?:[:|]|[-–—]+)"
)

_MAX_WEEKDAY_YEARS = 400


# --------------------------------------------------------------------------- public types


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


# --------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    m: "re.Match"
    extra: dict


def _check_text(text) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def _modifier_before(text: str, start: int) -> Optional[int]:
    m = _MODIFIER_BEFORE.search(text, max(0, start - 24), start)
    return m.start() if m else None


def _valid_day(d: str) -> int:
    m = re.match(r"\d+", d)
    return int(m.group()) if m else _R.ORDINAL_DAYS[d.lower()]


def _month_of(name: str) -> int:
    return _MONTH_NUM[name.lower().rstrip(".")]


def _weekday_of(name: str) -> int:
    return _WEEKDAY_NUM[name.lower().rstrip(".")]


#: Words one of which must occur (lower-cased) for a pattern to be worth running over a text.
_TRIGGERS = {
    "weekday": tuple(_R.WEEKDAYS),
    "ago": ("ago", "hence", " now", "today", "tomorrow", "yesterday"),
    "season": tuple(_R.SEASONS),
    "quarter": ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"),
    "decade": ("0s", "0's", "0\u2019s"),
}


def _candidates(text: str) -> List[_Cand]:
    out: List[_Cand] = []
    add = out.append
    lowered = text.lower()
    present = {name: any(word in lowered for word in words) for name, words in _TRIGGERS.items()}

    for rx, kind in ((_MDY, "md"), (_DMY, "dm")):
        for m in rx.finditer(text):
            d1 = _valid_day(m.group("d1"))
            d2 = _valid_day(m.group("d2")) if m.group("d2") else None
            if not 1 <= d1 <= 31 or (d2 is not None and not (d1 < d2 <= 31)):
                continue
            y = m.group("y")
            if y and not 1000 <= int(y) <= 2999:
                continue
            if not m.group("d1")[:1].isdigit():
                # spelled days: "the first of May", "March third" (not "first March", "March first quarter")
                if kind == "dm" and not re.search(r"\sof\s", m.group()):
                    continue
                if kind == "md" and not y and re.match(r"[^\S\n]*[A-Za-z]", text[m.end():m.end() + 3]):
                    continue
            c = _Cand(m.start(), m.end(), "md", m, {})
            if not m.group("d2"):
                w = _WEEK_OF_BEFORE.search(text, max(0, m.start() - 24), m.start())
                if w:
                    c.start = w.start()
                    c.extra["week_of"] = True
            add(c)
    for m in _IN_MONTH.finditer(text):
        add(_Cand(m.start(), m.end(), "inmonth", m, {}))
    for m in (_WD_WEEK.finditer(text) if present["weekday"] else ()):
        add(_Cand(m.start(), m.end(), "wdweek", m, {}))
    for m in (_WD_DOM.finditer(text) if present["weekday"] else ()):
        if m.group("the") or m.group("suf"):
            add(_Cand(m.start(), m.end(), "wddom", m, {}))
    for m in _MY.finditer(text):
        if 1000 <= int(m.group("y")) <= 2999:
            add(_Cand(m.start(), m.end(), "my", m, {}))
    for m in _MONTH_REL_YEAR.finditer(text):
        add(_Cand(m.start(), m.end(), "monthrel", m, {}))
    for m in _MONTH_ALONE.finditer(text):
        add(_Cand(m.start(), m.end(), "month", m, {}))
    for m in _ISO.finditer(text):
        add(_Cand(m.start(), m.end(), "iso", m, {}))
    for m in _COMPACT.finditer(text):
        add(_Cand(m.start(), m.end(), "compact", m, {}))
    for m in _NUMERIC.finditer(text):
        add(_Cand(m.start(), m.end(), "numeric", m, {}))
    for m in _YEAR_ALONE.finditer(text):
        add(_Cand(m.start(), m.end(), "year", m, {}))
    for m in _YEAR_SHORT.finditer(text):
        add(_Cand(m.start(), m.end(), "yearshort", m, {}))
    for m in (_DECADE.finditer(text) if present["decade"] else ()):
        add(_Cand(m.start(), m.end(), "decade", m, {}))
    for m in (_WEEKDAY.finditer(text) if present["weekday"] else ()):
        add(_Cand(m.start(), m.end(), "weekday", m, {}))
    for m in _RELATIVE.finditer(text):
        add(_Cand(m.start(), m.end(), "relative", m, {}))
    for m in _REL_UNIT.finditer(text):
        add(_Cand(m.start(), m.end(), "relunit", m, {}))
    for m in (_AGO.finditer(text) if present["ago"] else ()):
        add(_Cand(m.start(), m.end(), "ago", m, {}))
    for m in (_QUARTER.finditer(text) if present["quarter"] else ()):
        add(_Cand(m.start(), m.end(), "quarter", m, {}))
    for m in (_SEASON.finditer(text) if present["season"] else ()):
        add(_Cand(m.start(), m.end(), "season", m, {}))

    kept = [c for c in out if _context_ok(text, c)]
    return _select(kept)


_MONTH_CUES = (frozenset(_R.DATE_PREPOSITIONS) - {"year", "fiscal", "for", "on", "at"}) | frozenset(_R.POSSESSIVES)
_YEAR_CUES = frozenset(_R.DATE_PREPOSITIONS) | {"the", "in", "since"}
_WEAK_YEAR = frozenset(_R.WEAK_YEAR_PREPOSITIONS)


def _context_ok(text: str, c: _Cand) -> bool:
    """Context checks that a regex alone cannot express."""
    m = c.m
    if c.kind == "month":
        if m.group("det") or _modifier_before(text, c.start) is not None:
            return True
        w = _word_before(text, c.start)
        if w in ("and", "or", "to"):
            # "between April and June": the word before the connective must be a month
            prev = re.search(rf"(?:{_MONTH_FULL})\s+(?:and|or|to)\s*\Z", text[max(0, c.start - 20):c.start])
            return prev is not None
        if w not in _MONTH_CUES:
            return False
        nxt = text[c.end:c.end + 3]
        return not re.match(r"\s+I\b", nxt)
    if c.kind == "year":
        if c.start and text[c.start - 1] == "-":
            return False
        w = _word_before(text, c.start)
        after = text[c.end:c.end + 20]
        followed_by_word = re.match(r"\s+[a-z]", after) is not None
        if _modifier_before(text, c.start) is not None:
            return True
        if w in _WEAK_YEAR or w == "the":
            # "from 2000 to 3000 people", "the 1800 workers": a count
            if followed_by_word and not re.match(r"\s+(?:and|or|to|when|as|that|the|version|season|election|edition|model|census|budget|games|olympics|world|summit)\b", after):
                return False
            if re.match(r"\s*(?:-|–|to)\s*\d", after) and w in ("from", "between"):
                return int(m.group("y")) >= 1600
            return True
        if w in _YEAR_CUES:
            return True
        # "WWDC 2005", "Conference 2010": a capitalised name followed by a year
        before = text[max(0, c.start - 30):c.start]
        nm = re.search(r"\b([A-Z][A-Za-z]+)[ \t]\Z", before)
        return bool(nm) and not followed_by_word
    if c.kind == "yearshort":
        w = _word_before(text, c.start)
        return w in ("in", "since", "of", "until", "from", "before", "after", "by", "during")
    if c.kind == "weekday":
        w = _word_before(text, c.start)
        if m.group("det") is None and (w in _R.WEEKDAY_NAME_PREFIXES or w in _R.WEEKDAY_SET_WORDS):
            if w not in ("a", "an"):
                return False
            # "born on a Sunday" is any Sunday; "in a Wednesday media event" is a date
            nxt = re.match(r"[^\S\n]+([a-z]+)", text[c.end:c.end + 20])
            if nxt is None or nxt.group(1) in _R.FUNCTION_WORDS:
                return False
        if text[c.end:c.end + 1] == "s" and text[c.end:c.end + 2] != "s'":
            return False  # "on Sundays": a set
        return True
    if c.kind == "season":
        det = (m.group("det") or "").lower()
        if m.group("y") is not None or det not in ("", "the"):
            return True
        s = m.group("s").lower()
        after = text[c.end:c.end + 20]
        if re.match(r"[^\S\n]+of\b", after) or re.match(r"[^\S\n]+[A-Z]", after):
            return False  # "the fall of Rome", "Winter Olympics"
        w = _word_before(text, m.start())
        if w in _R.SEASON_BLOCKERS:
            return False
        if det == "the":
            return w in _YEAR_CUES or w in ("over", "throughout")
        if s == "fall":
            return False  # a verb
        prev = re.search(r"([A-Za-z]+)[^\S\n]+\Z", text[max(0, c.start - 30):c.start])
        if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _YEAR_CUES:
            return False  # "Arab Spring"
        if s == "spring":
            return (w in _YEAR_CUES or w in _R.POSSESSIVES) and w != "to"  # "spring" is also a verb
        return True
    if c.kind == "quarter":
        if m.group("y") or m.group("det") or m.group("qh"):
            return True
        # "the third quarter", "third-quarter profit" (not "the second half of the match")
        if m.group("part").lower() != "quarter":
            return False
        if re.match(r"[^\S\n]+of\b", text[c.end:c.end + 6]):
            return False
        return bool(m.group("the")) or "-" in m.group("sep")
    if c.kind == "relunit":
        # "for the next year", "over the last week": durations, not dates
        if m.group("the1") and m.group("det").lower() in ("next", "last", "coming", "upcoming"):
            return False
        return True
    if c.kind == "relative":
        key = " ".join(m.group().lower().split())
        if key in ("the day before", "the day after"):
            # "the day before the vote", "the day after airing": relative to something else
            return re.match(r"[^\S\n]+[a-z]", text[c.end:c.end + 3]) is None
        return True
    return True


def _select(cands: List[_Cand]) -> List[_Cand]:
    """Keep the longest of overlapping candidates; result sorted by start."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: List[Tuple[int, int]] = []
    chosen: List[_Cand] = []

    for c in cands:
        i = bisect.bisect_left(taken, (c.start, c.start))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# --------------------------------------------------------------------------- tense


def _sentence_bounds(text: str, start: int, end: int) -> Tuple[int, int]:
    lo = max(0, start - 200)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    hi = min(len(text), end + 200)
    m = _SENTENCE_END.search(text, end, hi)
    e = m.start() + 1 if m else hi
    return s, e


def _tense(text: str, start: int, end: int) -> Optional[str]:
    """"future", "past" or ``None``: the tense cue nearest the mention in its sentence."""
    s, e = _sentence_bounds(text, start, end)
    cues: List[Tuple[int, int, str]] = []
    fut_spans = []
    for m in _FUTURE.finditer(text, s, e):
        if m.start() >= start and m.end() <= end:
            continue
        cues.append((m.start(), m.end(), "future"))
        fut_spans.append((m.start(), m.end()))
    for m in _PAST.finditer(text, s, e):
        if m.start() >= start and m.end() <= end:
            continue
        w = m.group().lower()
        if w.endswith("ed") and w in _NOT_PAST:
            continue
        if any(a <= m.start() < b for a, b in fut_spans):
            continue
        cues.append((m.start(), m.end(), "past"))
    if _word_before(text, start) in _R.FUTURE_PREPOSITIONS:
        return "future"
    before = [c for c in cues if c[1] <= start]
    if before:
        return max(before, key=lambda c: c[1])[2]
    after = [c for c in cues if c[0] >= end]
    if after:
        return min(after, key=lambda c: c[0])[2]
    return None


# --------------------------------------------------------------------------- helpers


def _shift_month(y: int, m: int, k: int) -> Tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _safe_date(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month_name(m: int) -> str:
    return _R.MONTHS[m - 1].capitalize()


def _fmt_day(d: _dt.date, year_known: bool) -> str:
    return d.isoformat() if year_known else f"XXXX-{d.month:02d}-{d.day:02d}"


class _Ctx:
    """Resolution context: the reference day, whether its year is known, and the anchor label."""

    def __init__(self, ref: Optional[_dt.date], year_known: bool, how: Optional[str]):
        self.ref = ref
        self.year_known = year_known
        self.how = how


def _yearless_day(mon: int, day: int, ctx: _Ctx, tense: Optional[str]) -> Optional[_dt.date]:
    """The year of "July 27" relative to the reference: past, future or nearest."""
    R = ctx.ref
    if R is None:
        return None
    if not ctx.year_known:
        return _safe_date(R.year, mon, day) or _safe_date(2000, mon, day)
    opts = [d for d in (_safe_date(R.year + k, mon, day) for k in (-1, 0, 1)) if d]
    if not opts:
        return None
    if tense == "future":
        fut = [d for d in opts if d >= R]
        return min(fut) if fut else max(opts)
    if tense == "past":
        past = [d for d in opts if d <= R]
        return max(past) if past else min(opts)
    return min(opts, key=lambda d: (abs((d - R).days), d > R))


def _weekday_date(wd: int, det: Optional[str], tense: Optional[str], R: _dt.date) -> _dt.date:
    cur = R.weekday()
    det = (det or "").lower().split()
    if det[:1] == ["last"] or det[-1:] == ["past"]:
        back = (cur - wd - 1) % 7 + 1
        return R - _dt.timedelta(days=back)
    if det[:1] in (["next"], ["coming"]) or det[-1:] == ["coming"]:
        fwd = (wd - cur - 1) % 7 + 1
        return R + _dt.timedelta(days=fwd)
    if wd == cur:
        return R
    if tense == "future":
        return R + _dt.timedelta(days=(wd - cur) % 7)
    return R - _dt.timedelta(days=(cur - wd) % 7)


def _infer_year_from_weekday(mon: int, day: int, wd: int, today: _dt.date) -> Optional[int]:
    for y in range(today.year, today.year - _MAX_WEEKDAY_YEARS, -1):
        d = _safe_date(y, mon, day)
        if d is not None and d <= today and d.weekday() == wd:
            return y
    return None


# --------------------------------------------------------------------------- reference


def _line_bounds(text: str, pos: int) -> Tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _early_lines_end(text: str, lines: int = 3, limit: int = 600) -> int:
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


def _find_dateline(text: str, cands: List[_Cand]) -> Tuple[Optional[_Cand], Optional[Span]]:
    """The dateline's date candidate (or ``None``) and the dateline span."""
    limit = _early_lines_end(text)
    for c in cands:
        if c.start >= limit:
            break
        if c.kind not in ("md", "iso", "numeric"):
            continue
        if c.kind == "md" and c.m.group("d2"):
            continue
        a, b = _line_bounds(text, c.start)
        if _DATELINE_PREFIX.match(text[a:c.start]) and _DATELINE_SUFFIX.match(text[c.end:b + 1] if b < len(text) else text[c.end:b]):
            return c, (c.start, c.end)
    i = 0
    while i < limit:
        j = text.find("\n", i)
        j = len(text) if j < 0 else j
        m = _DATELINE_NO_DATE.match(text[i:j])
        if m:
            return None, (i + m.start(), i + m.end())
        i = j + 1
    return None, None


def _past_weekdays(text: str, cands: List[_Cand]) -> List[Tuple[int, int]]:
    """(weekday, position) of plain weekday mentions that are not future."""
    out = []
    for c in cands:
        if c.kind == "weekday" and c.m.group("det") is None:
            if _tense(text, c.start, c.end) != "future":
                out.append((_weekday_of(c.m.group("wd")), c.start))
    return out


def _choose_weekday(wds: List[Tuple[int, int]]) -> Optional[int]:
    """The weekday most likely to be the dateline day: the one after which the others
    fall in the shortest window of preceding days (news looks back, not forward)."""
    if not wds:
        return None
    days = sorted({w for w, _ in wds})
    counts = {w: sum(1 for x, _ in wds if x == w) for w in days}
    first = {}
    for w, p in wds:
        first.setdefault(w, p)

    def spread(w):
        return max((w - x) % 7 for x in days)

    return min(days, key=lambda w: (spread(w), -counts[w], first[w]))


def _resolve_reference(text: str, cands: List[_Cand], published, today) -> Tuple[Reference, _Ctx, Optional[_Cand], Optional[dict]]:
    pub = as_date(published, "published")
    tod = as_date(today, "today") or _dt.date.today()
    dl, dl_span = _find_dateline(text, cands)
    if pub is not None:
        ref = Reference(pub, "published", dl_span, None, pub.isoformat())
        return ref, _Ctx(pub, True, "published"), dl, None
    if dl is None:
        if dl_span is not None:
            note = "The dateline gives no date and no published date was given, so relative dates are unresolved."
            return Reference(None, None, dl_span, note, None), _Ctx(None, False, None), None, None
        return Reference(None, None, None, None, None), _Ctx(None, False, None), None, None
    m = dl.m
    if dl.kind == "iso":
        d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d:
            return Reference(d, "dateline", dl_span, None, d.isoformat()), _Ctx(d, True, "dateline"), dl, None
        return Reference(None, None, dl_span, None, None), _Ctx(None, False, None), None, None
    if dl.kind == "numeric":
        dm = _numeric_parts(m)
        if dm:
            d = _safe_date(*dm)
            if d:
                return Reference(d, "dateline", dl_span, None, d.isoformat()), _Ctx(d, True, "dateline"), dl, None
        return Reference(None, None, dl_span, None, None), _Ctx(None, False, None), None, None
    mon = _month_of(m.group("mon"))
    day = _valid_day(m.group("d1"))
    if m.group("y"):
        d = _safe_date(int(m.group("y")), mon, day)
        if d:
            return Reference(d, "dateline", dl_span, None, d.isoformat()), _Ctx(d, True, "dateline"), dl, None
        return Reference(None, None, dl_span, None, None), _Ctx(None, False, None), None, None
    # yearless dateline: look for the weekday
    if m.group("wd"):
        wd = _weekday_of(m.group("wd"))
        said = "the dateline says"
    else:
        wd = _choose_weekday(_past_weekdays(text, cands))
        said = "the text says"
    label = f"{_month_name(mon)} {day}"
    if wd is not None:
        y = _infer_year_from_weekday(mon, day, wd, tod)
        if y is not None:
            d = _dt.date(y, mon, day)
            wname = _R.WEEKDAYS[wd].capitalize()
            note = (f"The year {y} was inferred: {label} falls on a {wname} in {y} "
                    f"and {said} {wname}.")
            return (Reference(d, "weekday", dl_span, note, d.isoformat()), _Ctx(d, True, "weekday"), dl,
                    {"year": y})
    placeholder = _safe_date(2001, mon, day) or _safe_date(2000, mon, day)
    if placeholder is None:
        return Reference(None, None, dl_span, None, None), _Ctx(None, False, None), None, None
    note = (f"The dateline gives {label} without a year and no published date was given; "
            f"no weekday in the text fixes the year, so it is unknown.")
    val = _fmt_day(placeholder, False)
    return Reference(None, "dateline", dl_span, note, val), _Ctx(placeholder, False, "dateline"), dl, None


def reference(text: str, published=None, today=None) -> Reference:
    """The reference date of ``text``: ``published``, else its dateline (see :class:`Reference`).

    ``today`` (a date or ISO string; default: the real today) bounds the year
    inferred for a yearless dateline from a weekday.
    """
    _check_text(text)
    cands = _candidates(text)
    return _resolve_reference(text, cands, published, today)[0]


# --------------------------------------------------------------------------- resolution


def _numeric_order(m) -> Optional[str]:
    """"dmy" or "mdy" when the numbers alone decide it, else ``None``."""
    a, b = int(m.group("a")), int(m.group("b"))
    if a > 12 and 1 <= b <= 12:
        return "dmy"
    if b > 12 and 1 <= a <= 12:
        return "mdy"
    return None


def _numeric_parts(m, order: Optional[str] = None) -> Optional[Tuple[int, int, int]]:
    """(year, month, day) of "27/07/2023"; an ambiguous "07/08/2023" only with a
    document-level ``order`` taken from the text's unambiguous numeric dates."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if not 1000 <= y <= 2999 or not (1 <= a <= 31 and 1 <= b <= 31):
        return None
    if a == b and a <= 12:
        return y, a, a
    order = _numeric_order(m) or order
    if order == "dmy" and b <= 12:
        return y, b, a
    if order == "mdy" and a <= 12:
        return y, a, b
    return None  # ambiguous or impossible


def _resolve(text: str, c: _Cand, ctx: _Ctx, prev_day: Optional[_dt.date], today: _dt.date,
             dateline: Optional[_Cand], dl_extra: Optional[dict]):
    """(value, inferred_year, anchor, day_or_None)."""
    out = _resolve_one(text, c, ctx, prev_day, today, dateline, dl_extra)
    if c.extra.get("week_of"):
        # "the week of March 10": the ISO week that holds the day
        value, inferred, anchor, day = out
        if day is None:
            return None, False, "unresolved", None
        return _week(day), inferred, anchor, None
    return out


def _month_year(mon: int, det: str, tense: Optional[str], R: _dt.date) -> int:
    """The year of a yearless month name ("in May", "next March") read against ``R``."""
    y = R.year
    if det == "last":
        y -= 1 if mon >= R.month else 0
    elif det == "next":
        y += 1 if mon <= R.month else 0
    elif det == "this":
        pass
    elif tense == "future":
        if mon < R.month:
            y += 1
    elif mon > R.month:
        y -= 1
    return y


def _month_days(y: int, mon: int) -> int:
    return ((_dt.date(y + mon // 12, mon % 12 + 1, 1)) - _dt.date(y, mon, 1)).days


def _in_month(m, y: int, mon: int):
    """Value and day of "the last Friday" / "the first day" / "the first week" of month ``mon`` of ``y``."""
    n = _R.ORDINAL_IN_MONTH[m.group("ord").lower()]
    last = _month_days(y, mon)
    first = _dt.date(y, mon, 1)
    end = _dt.date(y, mon, last)
    if m.group("wd"):
        wd = _weekday_of(m.group("wd"))
        if n == -1:
            d = end - _dt.timedelta(days=(end.weekday() - wd) % 7)
        else:
            d = first + _dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        return (d.isoformat(), d) if d.month == mon else (None, None)
    unit = m.group("unit").lower()
    if unit == "day":
        d = end if n == -1 else _safe_date(y, mon, n)
        return (d.isoformat(), d) if d else (None, None)
    # weeks are the month's full Monday-Sunday weeks
    if n == -1:
        sunday = end - _dt.timedelta(days=(end.weekday() - 6) % 7)
        monday = sunday - _dt.timedelta(days=6)
    else:
        monday = first + _dt.timedelta(days=(0 - first.weekday()) % 7 + 7 * (n - 1))
        if unit == "weekend":
            # the weekend whose Saturday is the month's n-th
            sat = first + _dt.timedelta(days=(5 - first.weekday()) % 7 + 7 * (n - 1))
            monday = sat - _dt.timedelta(days=5)
        if monday.month != mon and (monday + _dt.timedelta(days=5)).month != mon:
            return None, None
    return _week(monday) + ("-WE" if unit == "weekend" else ""), None


def _season_year(code: str, det: str, tense: Optional[str], R: _dt.date) -> int:
    """The year of a season read against ``R``; a season's year is the year it starts in."""
    def start(y):
        mo, d = _R.SEASON_STARTS[code]
        return _dt.date(y, mo, d)

    def end(y):
        nxt = {"SP": "SU", "SU": "FA", "FA": "WI", "WI": "SP"}[code]
        mo, d = _R.SEASON_STARTS[nxt]
        return _dt.date(y + (1 if code == "WI" else 0), mo, d)

    cur = R.year - 1 if (code == "WI" and R < start(R.year)) else R.year
    if det in ("last", "previous"):
        return cur - 1 if R >= start(cur) else cur - 1
    if det in ("next", "following"):
        return cur + 1
    if det == "this":
        return cur
    years = (R.year - 1, R.year, R.year + 1)
    for y in years:
        if start(y) <= R < end(y):
            return y
    if tense == "future":
        return min(y for y in years if start(y) > R)
    if tense == "past":
        return max(y for y in years if start(y) <= R)
    return min(years, key=lambda y: min(abs((start(y) - R).days), abs((end(y) - R).days)))


def _resolve_one(text: str, c: _Cand, ctx: _Ctx, prev_day: Optional[_dt.date], today: _dt.date,
                 dateline: Optional[_Cand], dl_extra: Optional[dict]):
    m = c.m
    k = c.kind
    R = ctx.ref
    how = ctx.how or "unresolved"
    yk = ctx.year_known

    def rel_none():
        return None, False, "unresolved", None

    if k == "iso":
        d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return (d.isoformat(), False, "absolute", d) if d else rel_none()
    if k == "compact":
        mon, day, y = _month_of(m.group("mon")), int(m.group("d")), m.group("y")
        if len(y) == 4:
            d = _safe_date(int(y), mon, day)
        else:
            from claimdiff import _dateparser

            d = _dateparser.resolve(m.group(), base=R if (R and yk) else today, prefer="past")
            if d is not None and (d.month, d.day) != (mon, day):
                d = None
        return (d.isoformat(), False, "absolute", d) if d else rel_none()
    if k == "numeric":
        p = _numeric_parts(m, c.extra.get("order"))
        d = _safe_date(*p) if p else None
        return (d.isoformat(), False, "absolute", d) if d else rel_none()
    if k == "md":
        mon = _month_of(m.group("mon"))
        d1 = _valid_day(m.group("d1"))
        d2 = _valid_day(m.group("d2")) if m.group("d2") else None
        if m.group("y"):
            y = int(m.group("y"))
            a = _safe_date(y, mon, d1)
            if a is None:
                return rel_none()
            if d2:
                b = _safe_date(y, mon, d2)
                return (f"{a}/{b}", False, "absolute", None) if b else rel_none()
            return a.isoformat(), False, "absolute", a
        # no year
        if dateline is not None and c is dateline and dl_extra:
            a = _dt.date(dl_extra["year"], mon, d1)
            return a.isoformat(), True, "weekday", a
        if m.group("wd") and (R is None or not yk):
            y = _infer_year_from_weekday(mon, d1, _weekday_of(m.group("wd")), today)
            if y is not None:
                a = _dt.date(y, mon, d1)
                if d2:
                    b = _safe_date(y, mon, d2)
                    return (f"{a}/{b}", True, "weekday", None) if b else rel_none()
                return a.isoformat(), True, "weekday", a
        if R is None:
            if _safe_date(2000, mon, d1) is None:
                return rel_none()
            v = f"XXXX-{mon:02d}-{d1:02d}"
            if d2:
                v += f"/XXXX-{mon:02d}-{d2:02d}"
            return v, False, "unresolved", None
        a = None
        if m.group("wd") and yk:
            # "Friday, July 28": the year near the reference in which July 28 is a Friday
            wd = _weekday_of(m.group("wd"))
            fits = [d for d in (_safe_date(R.year + k, mon, d1) for k in (0, -1, 1)) if d and d.weekday() == wd]
            a = min(fits, key=lambda d: abs((d - R).days)) if fits else None
        if a is None:
            a = _yearless_day(mon, d1, ctx, _tense(text, c.start, c.end))
        if a is None:
            return rel_none()
        if d2:
            b = _safe_date(a.year, mon, d2)
            if b is None:
                return rel_none()
            return f"{_fmt_day(a, yk)}/{_fmt_day(b, yk)}", yk, how, None
        return _fmt_day(a, yk), yk, how, a
    if k == "my":
        return f"{int(m.group('y')):04d}-{_month_of(m.group('mon')):02d}", False, "absolute", None
    if k == "monthrel":
        if R is None or not yk:
            return rel_none()
        off = _R.RELATIVE_DETERMINERS[m.group("det").lower().split()[-1]]
        return f"{R.year + off}-{_month_of(m.group('mon')):02d}", True, how, None
    if k == "month":
        mon = _month_of(m.group("mon"))
        if R is None or not yk:
            return f"XXXX-{mon:02d}", False, how if R is not None else "unresolved", None
        det = (m.group("det") or "").lower()
        tense = _tense(text, c.start, c.end) if not det else None
        y = _month_year(mon, det, tense, R)
        return f"{y}-{mon:02d}", True, how, None
    if k == "inmonth":
        if m.group("yonly"):
            # "the first week of 2021": ISO weeks; other units of a year are not read
            if (m.group("unit") or "").lower() != "week":
                return rel_none()
            y, n = int(m.group("yonly")), _R.ORDINAL_IN_MONTH[m.group("ord").lower()]
            if n == -1:
                n = _dt.date(y, 12, 28).isocalendar()[1]
            return f"{y}-W{n:02d}", False, "absolute", None
        if m.group("mon"):
            mon = _month_of(m.group("mon"))
            if m.group("y"):
                v, d = _in_month(m, int(m.group("y")), mon)
                return (v, False, "absolute", d) if v else rel_none()
            if R is None or not yk:
                return rel_none()
            y = _month_year(mon, "", _tense(text, c.start, c.end), R)
        else:
            if R is None or not yk:
                return rel_none()
            words = m.group("rel").lower().split()
            off = _R.RELATIVE_DETERMINERS.get(words[-2], 0) if len(words) > 1 else 0
            y, mon = _shift_month(R.year, R.month, off)
        v, d = _in_month(m, y, mon)
        return (v, True, how, d) if v else rel_none()
    if k == "wdweek":
        if R is None or not yk:
            return rel_none()
        if m.group("wd2"):
            wd = _weekday_of(m.group("wd2"))
            d = R + _dt.timedelta(days=(wd - R.weekday() - 1) % 7 + 1 + 7)
            return d.isoformat(), True, how, d
        wd = _weekday_of(m.group("wd") or m.group("wd3"))
        det = (m.group("det") or m.group("det2")).lower().split()[-1]
        monday = R - _dt.timedelta(days=R.weekday()) + _dt.timedelta(days=7 * _R.RELATIVE_DETERMINERS[det])
        d = monday + _dt.timedelta(days=wd)
        return d.isoformat(), True, how, d
    if k == "wddom":
        if R is None or not yk:
            return rel_none()
        wd = _weekday_of(m.group("wd"))
        day = _valid_day(m.group("d") or m.group("dw"))
        opts = []
        for off in range(-7, 8):
            y, mo = _shift_month(R.year, R.month, off)
            d = _safe_date(y, mo, day)
            if d is not None and d.weekday() == wd:
                opts.append(d)
        if not opts:
            return rel_none()
        tense = _tense(text, c.start, c.end)
        pool = [d for d in opts if (d >= R if tense == "future" else d <= R if tense == "past" else True)] or opts
        d = min(pool, key=lambda d: abs((d - R).days))
        return d.isoformat(), True, how, d
    if k == "year":
        return m.group("y"), False, "absolute", None
    if k == "yearshort":
        yy = int(m.group("yy"))
        base = today.year % 100
        y = (2000 if yy <= base else 1900) + yy
        return str(y), True, "absolute", None
    if k == "decade":
        if m.group("dec"):
            return m.group("dec")[:3], False, "absolute", None
        dd = int(m.group("dec2"))
        century = 20 if dd <= today.year % 100 - 10 else 19
        return f"{century}{dd // 10}", True, "absolute", None
    if k == "weekday":
        if R is None or not yk:
            return rel_none()
        det = m.group("det")
        tense = None if det else _tense(text, c.start, c.end)
        d = _weekday_date(_weekday_of(m.group("wd")), det, tense, R)
        return d.isoformat(), True, how, d
    if k == "relative":
        key = " ".join(m.group().lower().split())
        base, off = _REL_WORDS[key]
        start = R if base == "ref" else (prev_day or R)
        if start is None:
            return rel_none()
        d = start + _dt.timedelta(days=off)
        return _fmt_day(d, yk), yk, how, d
    if k == "relunit":
        if R is None or not yk:
            return rel_none()
        if m.group("unit3"):
            unit, off = m.group("unit3").lower(), 0
        elif m.group("unit2"):
            unit, off = "weekend", None
        else:
            unit = m.group("unit").lower()
            det = m.group("det").lower()
            off = _R.RELATIVE_DETERMINERS[det]
        if unit == "weekend" and off is None:
            tense = _tense(text, c.start, c.end)
            if R.weekday() >= 5:
                off = 0
            else:
                off = 0 if tense == "future" else -1
        if unit == "week":
            return _week(R + _dt.timedelta(days=7 * off)), True, how, None
        if unit == "weekend":
            return _week(R + _dt.timedelta(days=7 * off)) + "-WE", True, how, None
        if unit == "month":
            y, mo = _shift_month(R.year, R.month, off)
            return f"{y}-{mo:02d}", True, how, None
        if unit == "year":
            return str(R.year + off), True, how, None
        if unit == "decade":
            return str(R.year // 10 + off), True, how, None
        if unit == "quarter":
            q = (R.month - 1) // 3 + off
            y = R.year + q // 4
            return f"{y}-Q{q % 4 + 1}", True, how, None
        return rel_none()
    if k == "ago":
        if R is None or not yk:
            return rel_none()
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _R.NUMBER_WORDS.get(n_raw)
        unit = m.group("unit").lower()
        if n is None:
            return rel_none()
        direction = " ".join(m.group("dir").lower().split())
        sign = -1 if direction.split()[0] in ("ago", "before") else 1
        base = direction.split()[-1]
        if base in _R.RELATIVE_DAYS:
            R = R + _dt.timedelta(days=_R.RELATIVE_DAYS[base])
        try:
            if base in _R.RELATIVE_DAYS:
                # "three years from today": a day
                if unit in ("day", "week"):
                    d = R + _dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
                else:
                    y, mo = _shift_month(R.year, R.month, sign * n * {"month": 1, "year": 12, "decade": 120}[unit])
                    d = _dt.date(y, mo, min(R.day, _month_days(y, mo)))
                return d.isoformat(), True, how, d
            if unit == "day":
                d = R + _dt.timedelta(days=sign * n)
                return d.isoformat(), True, how, d
            if unit == "week":
                return _week(R + _dt.timedelta(days=sign * 7 * n)), True, how, None
            if unit == "month":
                y, mo = _shift_month(R.year, R.month, sign * n)
                return f"{y}-{mo:02d}", True, how, None
            if unit == "year":
                return str(R.year + sign * n), True, how, None
            if unit == "decade":
                return str(R.year + sign * 10 * n), True, how, None
        except (OverflowError, ValueError):
            return rel_none()
        return rel_none()
    if k == "quarter":
        if m.group("qh"):
            letter, n, y = m.group("qh"), int(m.group("qn")), int(m.group("y2"))
            if letter == "H" and n > 2:
                return rel_none()
            return f"{y}-{letter}{n}", False, "absolute", None
        n = _R.ORDINAL_WORDS[m.group("ord").lower()]
        letter = "Q" if m.group("part").lower() == "quarter" else "H"
        if letter == "H" and n > 2:
            return rel_none()
        if m.group("y"):
            return f"{m.group('y')}-{letter}{n}", False, "absolute", None
        if R is None or not yk:
            return rel_none()
        if not m.group("det"):
            # "the third quarter": this year's, unless the tense points past or ahead of it
            cur = (R.month - 1) // 3 + 1
            tense = _tense(text, c.start, c.end)
            y = R.year
            if tense == "future" and n < cur:
                y += 1
            elif tense != "future" and n > cur:
                y -= 1
            return f"{y}-Q{n}", True, how, None
        det = m.group("det").lower().split()[-1]
        off = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "following": 1}[det]
        return f"{R.year + off}-{letter}{n}", True, how, None
    if k == "season":
        code = _R.SEASONS[m.group("s").lower()]
        if m.group("y"):
            return f"{m.group('y')}-{code}", False, "absolute", None
        if R is None or not yk:
            return rel_none()
        det = (m.group("det") or "").lower().split()
        det = det[-1] if det and det[-1] != "the" else ""
        tense = None if det else _tense(text, c.start, c.end)
        return f"{_season_year(code, det, tense, R)}-{code}", True, how, None
    return rel_none()


def _extend(text: str, c: _Cand, lo: int, hi: int) -> Tuple[int, int]:
    """Widen a span over a modifier before it ("early May") and a part of day after it."""
    s, e = c.start, c.end
    if c.kind in ("month", "my", "monthrel", "year", "md", "weekday", "relative", "relunit", "decade", "season", "quarter",
                  "inmonth", "wdweek", "wddom"):
        ms = _modifier_before(text, s)
        if ms is not None and ms >= lo:
            s = ms
    if c.kind in ("weekday", "relative", "wdweek", "wddom") or (c.kind == "md" and not c.m.group("d2") and not c.extra.get("week_of")):
        pm = _PART_OF_DAY_AFTER.match(text, e)
        if pm and pm.end() <= hi:
            e = pm.end()
    return s, e


def dates(text: str, *, published=None, today=None) -> List[DateMention]:
    """All date mentions in ``text``, sorted by start, non-overlapping.

    ``published`` (date, datetime or ISO string) is the reference for relative
    dates; without it a dateline at the top of the text is used (see
    :func:`reference`).  ``today`` (default: the real today) bounds a year
    inferred from a weekday.
    """
    return dates_and_reference(text, published=published, today=today)[0]


def dates_and_reference(text: str, *, published=None, today=None) -> Tuple[List[DateMention], Reference]:
    """:func:`dates` and :func:`reference` in one pass over the text (the pipeline needs both)."""
    _check_text(text)
    cands = _candidates(text)
    ref, ctx, dl, dl_extra = _resolve_reference(text, cands, published, today)
    tod = as_date(today, "today") or _dt.date.today()
    cands = _numeric_filter(cands)

    out: List[DateMention] = []
    prev_day: Optional[_dt.date] = None
    prev_end = 0
    for i, c in enumerate(cands):
        nxt = cands[i + 1].start if i + 1 < len(cands) else len(text)
        value, inferred, anchor, day = _resolve(text, c, ctx, prev_day, tod, dl, dl_extra)
        s, e = _extend(text, c, prev_end, nxt)
        out.append(DateMention((s, e), text[s:e], value, inferred, anchor))
        if day is not None:
            prev_day = day
        prev_end = e
    return _join_intervals(text, out), ref


def _numeric_filter(cands: List[_Cand]) -> List[_Cand]:
    """Drop numeric dates whose day/month order is ambiguous, unless the text's
    unambiguous numeric dates all use one order ("27/07/2023 ... 07/08/2023")."""
    orders = {_numeric_order(c.m) for c in cands if c.kind == "numeric"} - {None}
    order = orders.pop() if len(orders) == 1 else None
    out = []
    for c in cands:
        if c.kind == "numeric":
            if _numeric_parts(c.m, order) is None:
                continue
            c.extra["order"] = order
        out.append(c)
    return out


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
            if j and a.value and b.value and len(a.value) == len(b.value) == 10 and "X" not in b.value \
                    and b.anchor == "absolute" and (a.value.startswith("XXXX") or a.anchor != "absolute") \
                    and a.value[5:7] != b.value[5:7]:
                # "Nov 18 - Dec 19, 2015": the first date takes the second's year
                ya = int(b.value[:4]) - (1 if a.value[5:] > b.value[5:] else 0)
                if _safe_date(ya, int(a.value[5:7]), int(a.value[8:10])):
                    a = DateMention(a.span, a.text, f"{ya}{a.value[4:]}", False, "absolute")
            if j and a.value and b.value and "/" not in a.value and "/" not in b.value \
                    and len(a.value) == len(b.value) and "X" not in a.value + b.value \
                    and re.fullmatch(r"\d{4}(?:-\d\d){1,2}", a.value) and a.value < b.value:
                word = (j.group("word") or "").lower()
                before = text[max(0, a.span[0] - 12):a.span[0]].lower()
                ok = bool(j.group("dash")) and len(a.value) == 10
                if word in ("to", "until", "till", "through") and re.search(r"\bfrom\s*\Z", before):
                    ok = True
                if word == "and" and re.search(r"\bbetween\s*\Z", before):
                    ok = True
                if ok:
                    s, e = a.span[0], b.span[1]
                    out.append(DateMention((s, e), text[s:e], f"{a.value}/{b.value}",
                                           a.inferred_year or b.inferred_year,
                                           a.anchor if a.anchor != "absolute" else b.anchor))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out
