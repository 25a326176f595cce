"""Score claimdiff.dates on public date corpora (a script, not a pytest test).

    python benchmarks/dates.py        # figures and the first misses
    python benchmarks/dates.py -v     # every miss, MEANTIME misses grouped by category

Data is read from ``<workspace>/shared/benchmarks`` (next to the repository);
when a corpus is absent the script says so and skips it.

1. MEANTIME (English Wikinews, TIMEX3 gold).  Every gold DATE with a textual
   extent is scored.  Each document is run twice: with ``published`` = its
   creation time (DCT), and with no ``published`` (the dateline in the text
   must then supply the reference).  Figures:
   - the headline: value accuracy over all DATE gold (unmatched gold counts as
     wrong), and the same over the body only, that is with the creation-time
     dateline left out (every article opens with one, and it is the easiest
     date of all);
   - span recall: gold DATE overlapped by a predicted mention; value accuracy
     on matched: of those, the share whose value equals gold;
   - subsets: the "calendar" gold (values that are calendar dates, not
     PRESENT_REF/PAST_REF/FUTURE_REF, not "XXXX-XX-XX" for "a later time",
     not durations such as "PXD"), and the reference values PAST_REF,
     PRESENT_REF and FUTURE_REF, which ``dates()`` returns too.  The other
     non-calendar gold ("XXXX-XX-XX", durations) is out of scope by design;
   - precision: MEANTIME annotates only the title and the first five sentences
     of each article (the dateline is the second; the first six lines of the
     text), so predicted mentions there are checked against gold TIMEX3s of
     any type; past them nothing is annotated and the overlap count over the
     whole texts is not a precision figure.
   Comparison rule: the gold is compared with the predicted mention that
   overlaps it most.  MEANTIME (TimeML) has no interval value, so "between
   April and June" is two gold TIMEX3s, and each of an interval's endpoints
   counts as one gold: when the mention is an interval "A/B" and the gold lies
   inside it, the gold is compared with the endpoint on its side (A when the
   gold starts where the mention starts, B when it ends where the mention
   ends).  TimeML also annotates a nested expression apart ("October of next
   year" is "October" and "next year"); ``dates()`` does the same.  With -v
   the misses outside the dateline are grouped: reference values, other
   non-calendar gold (out of scope), no mention, wrong granularity (value of
   another length), wrong value at the right granularity (anchor or
   direction).  Two of those are gold errors we do not follow: "this week" in
   an article of Thursday 9 October 2008 is ISO week 41 (gold: W42), and "the
   weekend" before Monday 13 October 2008 is the weekend of week 41 (gold:
   W42-WE).  "mid-2011" is read "2011" like "early 2009" (gold: "2011-06-XX",
   where "early 2009" is "2009").

2. Duckling (time_en.json).  In scope: cases whose grain is day, week,
   month, quarter or year, from the main corpus and "default_extra" corpus.
   Out of scope, and why:
   - grain hour/minute/second: clock times (claimdiff keeps only dates);
   - holidays ("thanksgiving", "Good Friday"): a calendar of movable feasts
     is not needed to compare news claims and is not implemented;
   - open intervals ("before 2013", "after 5pm"): not a date but a bound;
   - the "latent" corpus: bare numbers ("1974") that Duckling itself only
     reads as dates on request; our grammar deliberately does not either;
   - intervals that Duckling builds from durations ("next 3 days", "last 2
     weeks"): those are durations, which are out of scope.
   Duckling inputs are lower-case chat queries ("march 3", "monday").  Our
   grammar reads month and weekday names only when capitalised (news
   orthography: "march" and "may" are words), so the inputs are also scored
   with month and weekday names capitalised; both figures are printed.
   Duckling resolves a bare weekday or month to the *next* one (an assistant
   plans ahead); news text, and claimdiff, default to the most recent one.
   Cases where only that convention differs are counted separately: a text
   without a written year whose value is ours moved one year (a yearless date,
   month, quarter or season) or one week (a weekday) forward.
   Comparison rules (Duckling values are instants with a grain, ours TIMEX3
   values; the reference time's zone is dropped, both sides use its date):
   - a value is reduced to its grain ("2013-02-18T00:00-02:00", grain week ->
     "2013-W08"); an interval with grain day is "first/last" day, its "to"
     being exclusive;
   - a season is an interval of about three months from the solstice or
     equinox; it is compared as "<year it starts in>-SU" etc.;
   - "early/mid/late X", "the beginning/end of X": Duckling slices a
     ten-day (or three-day) interval; claimdiff reports X (TIMEX3 keeps the
     part in a MOD attribute, not in the value).  Correct when the slice lies
     inside our X; counted and printed separately;
   - "<n> <unit>s ago/hence/from now": Duckling gives the instant at one
     grain finer than the unit ("two years ago" -> a month); claimdiff gives
     the unit ("2011").  Correct when the instant lies inside our unit;
     counted and printed separately;
   - "upcoming two weeks", "2 upcoming days" are durations like "next 3 days"
     and are out of scope.

3. Microsoft Recognizers-Text (DateTime/DateTimeModel.json).  In scope:
   results typed ``datetimeV2.date`` or ``datetimeV2.daterange`` whose timex
   is a calendar unit (day, month, year, ISO week, weekend, quarter/half as a
   3- or 6-month range, decade) or an interval between two such days.
   Out of scope, and why: times, date-times, durations, sets and time zones
   (not dates); open ranges ("before 2018", "since this August": a bound);
   duration-anchored ranges ("next 3 days", "last 3 months": durations);
   holidays; week-of-month and centuries (not needed for news claims);
   PRESENT_REF-style values.  A yearless expression ("Oct/2") is resolved by
   the reference with past or future preference; any of the resolutions the
   gold lists counts as correct.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimdiff.dates import dates  # noqa: E402

VERBOSE = "-v" in sys.argv[1:]
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
TODAY = _dt.date(2024, 1, 1)  # pinned: bounds years inferred from weekdays

REFERENCE_VALUES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
CALENDAR = re.compile(r"^(?:\d{3,4}(?:-\d\d(?:-\d\d)?)?|\d{4}-W\d\d(?:-WE)?|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI))$")


def _pct(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a (0/0)"


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _value_at(m, span):
    """The value a gold span inside mention ``m`` is compared with (an interval's endpoint on its side)."""
    v = m.value
    if v and "/" in v and m.span[0] <= span[0] and span[1] <= m.span[1] and (span[0], span[1]) != m.span:
        a, b = v.split("/", 1)
        if span[0] == m.span[0]:
            return a
        if span[1] == m.span[1]:
            return b
    return v


def _category(gv, v):
    if gv in REFERENCE_VALUES:
        return "reference value (PAST_REF, PRESENT_REF, FUTURE_REF)"
    if not CALENDAR.match(gv):
        return "other non-calendar gold: 'XXXX-XX-XX', durations (out of scope)"
    if v is None:
        return "no mention / no value"
    if len(v) != len(gv) or v[4:5] != gv[4:5] or v[5:6] != gv[5:6]:
        return "granularity"
    return "wrong value (anchor/direction)"


def _best(mentions, span):
    best, size = None, 0
    for m in mentions:
        o = _overlap(m.span, span)
        if o > size:
            best, size = m, o
    return best


# --------------------------------------------------------------------------- MEANTIME


#: MEANTIME annotates the title and the first five sentences of each article (the dateline is
#: the second of them): the first six lines of its text.  Past them nothing is annotated.
ANNOTATED_LINES = 6


def _annotated_end(text: str) -> int:
    end = 0
    for _ in range(ANNOTATED_LINES):
        j = text.find("\n", end)
        if j < 0:
            return len(text)
        end = j + 1
    return end


def meantime():
    """MEANTIME figures; returns {mode: (all right, all n, body right, body n)} for the headline."""
    path = SHARED / "meantime-en" / "meantime_en_60docs.json"
    if not path.exists():
        print(f"MEANTIME: skipped ({path} not found)")
        return {}
    docs = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for mode in ("published=DCT", "dateline only"):
        n = found = right = 0
        cal_n = cal_found = cal_right = 0
        ref_n = ref_found = ref_right = 0
        body_n = body_right = 0
        pred = pred_ok = region_pred = region_ok = 0
        misses = []
        body_miss = []
        wrong_refs = []
        t0 = time.perf_counter()
        for doc in docs:
            pub = None
            if mode == "published=DCT":
                try:
                    pub = _dt.date.fromisoformat(doc["dct"])
                except ValueError:
                    pub = None  # one DCT is written "03-02-2009": fall back to the dateline
            ms = dates(doc["text"], published=pub, today=TODAY)
            gold_all = [g for g in doc["timexes"] if not g.get("non_textual")]
            region = _annotated_end(doc["text"])
            for m in ms:
                hit = any(_overlap(m.span, (g["start"], g["end"])) for g in gold_all)
                pred += 1
                pred_ok += hit
                if m.span[0] < region:
                    region_pred += 1
                    region_ok += hit
                    if not hit and m.value in REFERENCE_VALUES:
                        wrong_refs.append((doc["doc_id"], m.text, m.value))
            for g in gold_all:
                if g["type"] != "DATE":
                    continue
                gv = g["value"]
                if g.get("functionInDocument") == "CREATION_TIME" and not CALENDAR.match(gv):
                    continue  # malformed DCT value in one document
                cal = bool(CALENDAR.match(gv))
                ref = gv in REFERENCE_VALUES
                m = _best(ms, (g["start"], g["end"]))
                n += 1
                cal_n += cal
                ref_n += ref
                mv = _value_at(m, (g["start"], g["end"])) if m is not None else None
                ok = m is not None and mv == gv
                if g.get("functionInDocument") != "CREATION_TIME":
                    body_n += 1
                    body_right += ok
                    if not ok:
                        body_miss.append((_category(gv, mv), doc["doc_id"], g["text"], gv, mv))
                if m is not None:
                    found += 1
                    cal_found += cal
                    ref_found += ref
                right += ok
                cal_right += ok and cal
                ref_right += ok and ref
                if cal and not ok:
                    misses.append((doc["doc_id"], g["text"], gv, mv))
        dt = time.perf_counter() - t0
        out[mode] = (right, n, body_right, body_n)
        print(f"MEANTIME ({len(docs)} docs, {mode}, {dt * 1000:.0f} ms):")
        print(f"  HEADLINE value accuracy over all DATE gold {_pct(right, n)}; "
              f"body only (the creation-time dateline left out) {_pct(body_right, body_n)}")
        print(f"  DATE gold: {n}  span recall {_pct(found, n)}  value accuracy on matched {_pct(right, found)}")
        print(f"  subset, calendar DATE gold: {cal_n}  span recall {_pct(cal_found, cal_n)}  "
              f"value accuracy on matched {_pct(cal_right, cal_found)}; over all {_pct(cal_right, cal_n)}")
        print(f"  subset, reference values (PAST_REF, PRESENT_REF, FUTURE_REF): {ref_n}  span recall "
              f"{_pct(ref_found, ref_n)}  value accuracy over all {_pct(ref_right, ref_n)}")
        print(f"  precision in the annotated part (title and first five sentences): {_pct(region_ok, region_pred)} "
              f"of predicted mentions overlap a gold TIMEX3 (any type); over the whole texts {pred_ok}/{pred}, "
              f"but MEANTIME leaves the rest of each article unannotated")
        if VERBOSE and mode == "published=DCT":
            cats = {}
            for row in body_miss:
                cats.setdefault(row[0], []).append(row[1:])
            print("  misses outside the dateline, by category:")
            for cat, rows in sorted(cats.items(), key=lambda kv: -len(kv[1])):
                print(f"   {cat}: {len(rows)}")
                for r in rows:
                    print("      ", r)
            print(f"  reference values predicted in the annotated part where no TIMEX3 is: {wrong_refs}")
        elif mode == "published=DCT":
            for miss in misses[:12]:
                print("    miss:", miss)
    return out


# --------------------------------------------------------------------------- Duckling


_SEASON_WORDS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_BY_START = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def _duck_season(text, e):
    """The season code of a Duckling season interval ("this summer", "last season"), else None."""
    if e.get("type") != "interval" or not re.search(r"\b(?:season|spring|summer|autumn|fall|winter)s?\b", text, re.I):
        return None
    a = _dt.date.fromisoformat(e["from"][:10])
    b = _dt.date.fromisoformat(e["to"][:10])
    if not 80 <= (b - a).days <= 100:
        return None
    w = re.search(r"\b(spring|summer|autumn|fall|winter)\b", text, re.I)
    return _SEASON_WORDS[w.group(1).lower()] if w else _SEASON_BY_START.get(a.month)


def _bounds(v):
    """(first day, last day) of a claimdiff value, or None."""
    try:
        if "/" in v:
            a, b = v.split("/", 1)
            return _bounds(a)[0], _bounds(b)[1]
        if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
            d = _dt.date.fromisoformat(v)
            return d, d
        if re.fullmatch(r"\d{4}-\d\d", v):
            y, m = int(v[:4]), int(v[5:])
            nxt = _dt.date(y + m // 12, m % 12 + 1, 1)
            return _dt.date(y, m, 1), nxt - _dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", v):
            return _dt.date(int(v), 1, 1), _dt.date(int(v), 12, 31)
        m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v)
        if m:
            mon = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return (mon + _dt.timedelta(days=5), mon + _dt.timedelta(days=6)) if m.group(3) else (mon, mon + _dt.timedelta(days=6))
        m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            return _bounds(f"{y}-{3 * q - 2:02d}")[0], _bounds(f"{y}-{3 * q:02d}")[1]
    except (ValueError, TypeError):
        return None
    return None


_PART_OF_UNIT = re.compile(r"\b(?:early|mid|late|beginning|start|end|middle|EOM|BOM)\b", re.I)
_FROM_NOW = re.compile(r"\b(?:ago|hence|from now|back)\b", re.I)


def _inside(gv, v):
    g, o = _bounds(gv), _bounds(v or "")
    return bool(g and o and o[0] <= g[0] and g[1] <= o[1])


def _forward(gv, v):
    """True when ``gv`` is ``v`` read one year (or, for a weekday, one week) later:
    the same month, week or season of the next year ("the last Monday of March"
    may fall on another day), or a slice inside ``v`` moved one year."""
    if not v or "X" in v or "/" in v:
        return False
    m = re.fullmatch(r"(\d{4})(-.+)?", v)
    if not m:
        return False
    nxt = f"{int(m.group(1)) + 1}{m.group(2) or ''}"
    if nxt == gv or ("/" in gv and _inside(gv, nxt)):
        return True
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        if gv[:7] == nxt[:7]:
            return True
        return (_dt.date.fromisoformat(v) + _dt.timedelta(days=7)).isoformat() == gv
    w = re.fullmatch(r"(\d{4})-W(\d\d)", v)
    g = re.fullmatch(r"(\d{4})-W(\d\d)", gv)
    return bool(w and g and int(g.group(1)) == int(w.group(1)) + 1 and abs(int(g.group(2)) - int(w.group(2))) <= 1)


def _duck_gold(e, text=""):
    """TIMEX-style gold value of a Duckling case, or None when out of scope."""
    if e.get("holiday") or e.get("open"):
        return None
    grain = e.get("grain")
    if grain not in ("day", "week", "month", "quarter", "year"):
        return None
    if any(str(e.get(k, "2000"))[:1] == "-" for k in ("value", "from", "to")):
        return None  # years BC ("500 BC")
    season = _duck_season(text, e)
    if e["type"] == "value":
        d = _dt.date.fromisoformat(e["value"][:10])
        return _unit(d, grain)
    a = _dt.date.fromisoformat(e["from"][:10])
    b = _dt.date.fromisoformat(e["to"][:10])  # exclusive
    if grain == "day" and season:
        return f"{a.year}-{season}"
    if grain == "day":
        last = b - _dt.timedelta(days=1)
        return f"{a}/{last}" if last != a else a.isoformat()
    return None  # multi-unit intervals built from durations


def _unit(d: _dt.date, grain: str) -> str:
    if grain == "day":
        return d.isoformat()
    if grain == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if grain == "month":
        return f"{d.year}-{d.month:02d}"
    if grain == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return str(d.year)


_NAMES = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
          "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun")
_NAME_RX = re.compile(rf"\b(?:{_NAMES})\b")


def _recase(s: str) -> str:
    return _NAME_RX.sub(lambda m: m.group().capitalize(), s)


_DURATION_RANGE = re.compile(r"\b(?:next|last|past|coming|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple)\b", re.I)
_UPCOMING_N = re.compile(r"\bupcoming\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
                         r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+upcoming\b", re.I)
_BARE = re.compile(rf"^(?:on\s+)?(?:{_NAMES})\.?$|^in\s+(?:{_NAMES})$", re.I)


def duckling():
    """Duckling figures; returns {label: (right, found, n)} for the headline."""
    path = SHARED / "duckling-en" / "time_en.json"
    if not path.exists():
        print(f"Duckling: skipped ({path} not found)")
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    cases = []
    skipped = 0
    for c in data["cases"]:
        if c["corpus"] not in ("corpus", "default_extra"):
            skipped += 1
            continue
        gv = _duck_gold(c["expected"], c["text"])
        if gv is None or _DURATION_RANGE.search(c["text"]) or _UPCOMING_N.search(c["text"]):
            skipped += 1
            continue
        cases.append((c["text"], gv, c["reference_time"][:10]))
    print(f"Duckling time_en: {len(cases)} in-scope cases ({skipped} out of scope)")
    out = {}
    for label, fn in (("as written", lambda s: s), ("names capitalised", _recase)):
        found = right = conv = part = grain = 0
        wrong = []
        missed = []
        for text, gv, ref in cases:
            t = fn(text)
            ms = dates(t, published=ref, today=TODAY)
            m = _best(ms, (0, len(t)))
            if m is None:
                missed.append((text, gv))
                continue
            found += 1
            if m.value == gv:
                right += 1
            elif "/" in gv and _PART_OF_UNIT.search(text) and _inside(gv, m.value):
                right += 1
                part += 1
            elif _FROM_NOW.search(text) and _inside(gv, m.value):
                right += 1
                grain += 1
            elif not re.search(r"\d{4}", text) and (_BARE.match(text.strip()) or _forward(gv, m.value)):
                conv += 1
            else:
                wrong.append((text, gv, m.value))
        n = len(cases)
        out[label] = (right, found, n)
        print(f"  {label}: span recall {_pct(found, n)}; value accuracy on matched {_pct(right, found)}; "
              f"over all {_pct(right, n)}")
        print(f"    correct by the part-of-unit rule: {part}; by the ago/hence grain rule: {grain}")
        print(f"    of the wrong values, {conv} are a yearless date/weekday/month that Duckling resolves forward "
              f"(value accuracy on matched without them: {_pct(right, found - conv)})")
        if label != "as written":
            for w in (wrong if VERBOSE else wrong[:10]):
                print("    wrong:", w)
            if VERBOSE:
                for w in missed:
                    print("    missed:", w)
    negs = data.get("negative_examples", [])
    fp = sum(1 for s in negs if dates(s, published="2013-02-12", today=TODAY))
    print(f"  negative examples producing a date: {fp}/{len(negs)}")
    return out


# --------------------------------------------------------------------------- Recognizers-Text

_RT_UNIT = re.compile(r"^(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?$|^\d{4}-W\d\d(?:-WE)?$")
_RT_RANGE = re.compile(r"^\((\d{4}|XXXX)-(\d\d)-(\d\d),(\d{4}|XXXX)-(\d\d)-(\d\d),P(\d+)([DMYW])\)$")
_HOLIDAY = re.compile(r"christmas|easter|thanksgiving|new year|labor day|independence|halloween|valentine|"
                      r"memorial day|mother|father|eid|diwali|juneteenth|yuandan|holiday|black friday|day of", re.I)


def _rt_accept(res):
    """Acceptable claimdiff values for one Recognizers-Text result, or None if out of scope."""
    tn = (res.get("TypeName") or res.get("Typename") or "")
    if tn not in ("datetimeV2.date", "datetimeV2.daterange"):
        return None
    if _HOLIDAY.search(res["Text"]) or _DURATION_RANGE.search(res["Text"]):
        return None
    vals = res.get("Resolution", {}).get("values", [])
    if not vals:
        return None
    ok = set()
    for v in vals:
        tx = v.get("timex", "")
        if "start" in v or "end" in v:
            if not v.get("start") or not v.get("end"):
                return None  # open range
        if _RT_UNIT.match(tx):
            if tx.startswith("XXXX"):
                if v.get("value"):
                    ok.add(v["value"])
                elif v.get("start"):
                    ok.add(v["start"][: len(tx)])
            else:
                ok.add(tx)
            continue
        m = _RT_RANGE.match(tx)
        if m and v.get("start") and v.get("end"):
            a = _dt.date.fromisoformat(v["start"])
            b = _dt.date.fromisoformat(v["end"])
            n, u = int(m.group(7)), m.group(8)
            if u == "M" and a.day == 1 and b.day == 1:
                if n == 3 and a.month % 3 == 1:
                    ok.add(f"{a.year}-Q{(a.month - 1) // 3 + 1}")
                elif n == 6 and a.month in (1, 7):
                    ok.add(f"{a.year}-H{1 if a.month == 1 else 2}")
                elif n == 1:
                    ok.add(f"{a.year}-{a.month:02d}")
                else:
                    return None  # month-to-month spans: not scored
            elif u == "Y" and n == 10 and a.year % 10 == 0:
                ok.add(str(a.year)[:3])
            elif u == "D":
                ok.add(f"{a}/{b}")
                ok.add(f"{a}/{b - _dt.timedelta(days=1)}")
            else:
                return None
            continue
        return None
    return ok or None


def recognizers():
    """Recognizers-Text figures; returns (right, found, n) for the headline."""
    path = SHARED / "recognizers-text" / "DateTime" / "DateTimeModel.json"
    if not path.exists():
        print(f"Recognizers-Text: skipped ({path} not found)")
        return None
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    n = found = right = skipped = 0
    neg = neg_fp = 0
    wrong = []
    for case in data:
        text = case["Input"]
        ref = case.get("Context", {}).get("ReferenceDateTime", "2016-11-07")[:10]
        results = case["Results"]
        if not results:
            neg += 1
            neg_fp += bool(dates(text, published=ref, today=TODAY))
            continue
        ms = None
        for r in results:
            acc = _rt_accept(r)
            if acc is None:
                skipped += 1
                continue
            if ms is None:
                ms = dates(text, published=ref, today=TODAY)
            n += 1
            m = _best(ms, (r["Start"], r["End"] + 1))
            if m is None:
                continue
            found += 1
            if m.value in acc:
                right += 1
            else:
                wrong.append((text[:60], r["Text"], sorted(acc)[:2], m.value))
    print(f"Recognizers-Text DateTimeModel: {n} in-scope results ({skipped} out of scope)")
    print(f"  span recall {_pct(found, n)}; value accuracy on matched {_pct(right, found)}; over all {_pct(right, n)}")
    print(f"  negative cases producing a date: {_pct(neg_fp, neg)}")
    for w in (wrong if VERBOSE else wrong[:10]):
        print("    wrong:", w)
    return right, found, n


def main() -> None:
    if not SHARED.exists():
        print(f"benchmarks: {SHARED} not found; nothing to score")
        return
    mt = meantime()
    duck = duckling()
    rt = recognizers()
    print("HEADLINE (value accuracy over all in-scope gold; unmatched gold counts as wrong):")
    for mode, (right, n, body_right, body_n) in mt.items():
        print(f"  MEANTIME {mode}: all DATE gold {_pct(right, n)}; body only {_pct(body_right, body_n)}")
    for label, (right, found, n) in duck.items():
        print(f"  Duckling {label}: {_pct(right, n)} (on matched {_pct(right, found)})")
    if rt:
        right, found, n = rt
        print(f"  Recognizers-Text: {_pct(right, n)} (on matched {_pct(right, found)})")


if __name__ == "__main__":
    main()
