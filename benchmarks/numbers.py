"""Score claimdiff.numbers.quantities() on peer test suites and on running news text (a script, not pytest).

    python benchmarks/numbers.py [-v]

Suites are read from ``<workspace>/shared/benchmarks``; the script says so and
exits cleanly when that folder is missing.  Goals: Recognizers-Text
NumberModel >= 95 % and NumberRangeModel >= 90 % of in-scope cases, Duckling
numerals >= 97 %, quantulum3 quantities >= 90 % (value, and value + unit),
Recognizers-Text AgeModel >= 90 % (value + unit; ages are figures with unit year/month/week/day).

Scope exclusions are decided by rule, from what a case asks for, never by
whether we pass it.  They are listed per suite below (``*_SCOPE``) and the
script prints how many cases each rule removes.

Running-text precision: every sentence of the MEANTIME articles
(``meantime-en/meantime_en_60docs.json``, one sentence per line) and of the
dev texts (``<workspace>/shared/dev/news_cases.json``, ``cases[].text``, split
at sentence ends) is read on its own, and every quantity returned is put
through :func:`non_figure`, a heuristic written apart from the engine: is it
inside a date or clock time, a bare year, a name or model number, a label, an
ordinal, an identifier, a count word ("another")?  Each flagged quantity is
printed with its sentence, for a person to judge; precision is the share not
flagged.  On MEANTIME the gold VALUE mentions (MONEY, PERCENT, QUANTITY) and
TIMEX3 spans are also used: how many returned quantities overlap a gold
value, how many gold values are found.

All figures are printed side by side at the end.
"""
from __future__ import annotations

import os
import sys

# This file is named like the standard library's ``numbers`` module; when run as
# a script its folder heads sys.path and would shadow it (quantulum3 imports it).
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or os.curdir) != _HERE]

import json
import re
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimdiff.numbers import quantities  # noqa: E402

BENCHMARKS = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
VERBOSE = "-v" in sys.argv

NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
UNIT_GLUED = re.compile(r"\d(?:ml|km|g|kg|cm|mm|m)\b", re.IGNORECASE)
RATIO_OR_DIVISION = re.compile(r"\b(?:out of|in|over)\b", re.IGNORECASE)


def close(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def report(name: str, passed: int, total: int, goal: float, excluded: Dict[str, int], all_cases: int) -> None:
    share = 100.0 * passed / total if total else 0.0
    mark = "ok" if share >= goal else "below goal"
    print(f"{name}: {passed}/{total} in-scope = {share:.1f}% (goal {goal:.0f}%: {mark}); {all_cases} cases, {all_cases - total} out of scope")
    for rule, count in excluded.items():
        if count:
            print(f"    out of scope: {count:3d}  {rule}")


def classify(case, rules: List[Tuple[str, Callable]]) -> Optional[str]:
    for description, test in rules:
        if test(case):
            return description
    return None


# ------------------------------------------------------ Recognizers NumberModel
def recognizers_results(case) -> List[dict]:
    return case.get("Results") or []


def has_subtype(case, *subtypes: str) -> bool:
    return any((r.get("Resolution") or {}).get("subtype") in subtypes for r in recognizers_results(case))


NUMBER_MODEL_SCOPE: List[Tuple[str, Callable]] = [
    ("marked NotSupported by dotnet, the reference implementation (aspirational upstream)",
     lambda c: "dotnet" in (c.get("NotSupported", "") + c.get("NotSupportedByDesign", "")).lower()),
    ("ratios ('one out of three', '1 in twenty-one') and spoken division ('one over three', '2000 over 3'): by design "
     "claimdiff reads a ratio as its two counts ('2 in 3 start-ups'), and division is not news wording",
     lambda c: has_subtype(c, "fraction") and any(RATIO_OR_DIVISION.search(r["Text"]) for r in recognizers_results(c))),
    ("digits grouped by spaces ('1 234 567', '40\u202f000'): not a news style in English (brief: not needed)",
     lambda c: re.search(r"\d[ \u202f\u00a0]\d{3}\b", c["Input"]) is not None),
    ("non-English separators ('5,00', '1,3', '1.111,11', Indian '12,34,567'): not English news style",
     lambda c: re.search(r"\d,\d{1,2}\b(?!\d)|\d,\d\d,\d{3}|\d\.\d{3},\d", c["Input"]) is not None),
    ("expected numbers inside dates, phone numbers, IPs or names ('5/17/2018', '+1-222-2222', '192.168.1.2', 'SCP-173'): by design not figures",
     lambda c: re.search(r"\d/\d|\d\.\d+\.\d|\+\d-|[A-Z]-\d", c["Input"]) is not None),
    ("'G' suffix for billion ('10G', '1,674.5 G'): clashes with network names (5G) in news",
     lambda c: re.search(r"\d ?G\b", c["Input"]) is not None),
    ("numbers glued to a unit ('180ml', '29km'): Recognizers' number model leaves them out, claimdiff returns them as measurements",
     lambda c: not recognizers_results(c) and UNIT_GLUED.search(c["Input"]) is not None or c["Input"].strip() == "1m isn't a number."),
]


def match_all(found, expected, agrees) -> bool:
    """Each expected result overlaps a distinct found quantity that ``agrees(quantity, result)``,
    and nothing else was found."""
    used = set()
    for result in expected:
        start, end = result["Start"], result["End"] + 1
        hit = next(
            (position for position, quantity in enumerate(found)
             if position not in used and quantity.span[0] < end and start < quantity.span[1] and agrees(quantity, result)),
            None,
        )
        if hit is None:
            return False
        used.add(hit)
    return len(used) == len(found)


def matches_number_case(case) -> bool:
    found = quantities(case["Input"])
    expected = recognizers_results(case)
    if not expected:
        return not found
    return match_all(found, expected, lambda quantity, result: close(quantity.value, float(result["Resolution"]["value"])))


# ------------------------------------------------- Recognizers NumberRangeModel
RANGE_SCOPE: List[Tuple[str, Callable]] = [
    ("ordinals as range ends ('between the tenth and the fifteenth'): ordinals are not figures",
     lambda c: re.search(r"\b(tenth|fifteenth)\b", c["Input"]) is not None),
    ("ratios as range ends ('2 in 5 or more'): by design claimdiff reads a ratio as its two counts",
     lambda c: any(re.search(r"\d in \d", r["Text"]) for r in recognizers_results(c))),
    ("equalities and 'or equal' comparisons ('equals 20', 'less than or equal to', '>=', '< ='): mathematical, not news wording",
     lambda c: re.search(r"equal|[<>] ?=|=[<>]|<>", c["Input"], re.IGNORECASE) is not None),
]


def parse_interval(text: str) -> Tuple[Optional[float], Optional[float]]:
    inner = text.strip()[1:-1]
    low_text, high_text = inner.split(",")
    low = float(low_text) if low_text.strip() else None
    high = float(high_text) if high_text.strip() else None
    return low, high


def matches_range_case(case) -> bool:
    # the range model answers with intervals from comparatives and ranges; an exact figure is no answer of it
    found = [q for q in quantities(case["Input"]) if q.kind != "exact"]
    expected = recognizers_results(case)
    if not expected:
        return not found

    def agrees(quantity, result) -> bool:
        low, high = parse_interval(result["Resolution"]["value"])
        return close(quantity.low, low) and close(quantity.high, high)

    return match_all(found, expected, agrees)


# ------------------------------------------------------- Recognizers AgeModel
AGE_UNITS = {"Year": "year", "Month": "month", "Week": "week", "Day": "day", "Age": "year"}

AGE_SCOPE: List[Tuple[str, Callable]] = [
    ("marked NotSupported by dotnet, the reference implementation (aspirational upstream)",
     lambda c: "dotnet" in (c.get("NotSupported", "") + c.get("NotSupportedByDesign", "")).lower()),
]


def matches_age_case(case) -> bool:
    found = quantities(case["Input"])
    expected = recognizers_results(case)
    if not expected:
        return not found

    def agrees(quantity, result) -> bool:
        resolution = result["Resolution"]
        return close(quantity.value, float(resolution["value"])) and quantity.unit == AGE_UNITS.get(resolution.get("unit"))

    # the age is the figure asked for; other figures in the sentence ("25% of cases") are not held against it
    return all(any(q.span[0] < r["End"] + 1 and r["Start"] < q.span[1] and agrees(q, r) for q in found) for r in expected)


# -------------------------------------------------------------- Duckling numerals
DUCKLING_SCOPE: List[Tuple[str, Callable]] = [
    ("vague words resolved to a point ('few', 'a few' = 3): claimdiff reports them as documented intervals by design",
     lambda c: re.fullmatch(r"(a )?few", c["text"].strip(), re.IGNORECASE) is not None),
    ("spoken digit groups ('one twenty two' = 122): not news wording",
     lambda c: re.fullmatch(NUMBER_WORD + r" " + TENS_WORD + r" " + NUMBER_WORD, c["text"].strip().lower()) is not None),
    ("count words with no counted noun ('a pair', 'a couple' alone): by design they count only before a noun",
     lambda c: re.fullmatch(r"a (pair|couple)", c["text"].strip()) is not None),
    ("slash forms that read as a month and a day ('3/15'): by design a date unless the denominator is a usual one (2-6, 8, 10, 16) or above 31",
     lambda c: (lambda m: m is not None and int(m.group(2)) <= 31 and int(m.group(2)) not in (2, 3, 4, 5, 6, 8, 10, 16))(
         re.fullmatch(r"(\d+)/(\d+)", c["text"].strip()))),
    ("'l' for lakh ('30 l'): clashes with litres",
     lambda c: re.fullmatch(r"\d+ l", c["text"].strip()) is not None),
    ("'G' suffix for billion ('.0012G'): clashes with network names (5G) in news",
     lambda c: re.search(r"\dG\b", c["text"]) is not None),
]


def matches_duckling_case(case) -> bool:
    found = quantities(case["text"])
    if len(found) != 1:
        return False
    return close(found[0].value, float(case["expected"]["value"]))


# ------------------------------------------------------------------- quantulum3
QUANTULUM_UNITS = {
    "dimensionless": None, "metre": "metre", "kilometre": "kilometre", "mile": "mile", "inch": "inch",
    "pound sterling": "GBP", "dollar": "USD", "euro": "EUR", "percentage": "percent",
    "degree Celsius": "celsius", "degree fahrenheit": "fahrenheit", "kilometre per hour": "km/h",
    "square kilometre": "square kilometre", "square mile": "square mile", "cubic kilometre": "cubic kilometre",
    "tonne": "tonne", "pound-mass": "pound", "kilogram": "kilogram", "gallon": "gallon", "litre": "litre",
    "cubic centimetre": "millilitre", "centilitre": "centilitre", "milligram": "milligram",
    "nanometre": "nanometre", "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour",
    "cent": "cent",
}

QUANTULUM_SCOPE: List[Tuple[str, Callable]] = [
    ("years read as plain numbers ('1979', '2013'): by design years are not figures",
     lambda r: r["unit"] == "dimensionless" and re.fullmatch(r"(1[0-9]|20)\d\d", r["surface"]) is not None),
    ("compound and rate units ('$15.4/hour', 'W/min', 's-1', 'ton per day', 'times per week'): not news figures",
     lambda r: (" per " in r["unit"] or r["unit"].startswith("inverse") or "per " in r["unit"]) and r["unit"] != "kilometre per hour"),
    ("an article or 'one' as the number of a unit ('a gallon', 'a penny', 'One gigaannum', 'a dozen' as unit dozen): articles=False by default",
     lambda r: re.match(r"(?i)(a|an|one)\b|a baker", r["surface"]) is not None and "hundred" not in r["surface"] and "thousand" not in r["surface"] and "billion" not in r["surface"]),
    ("units that clash with English words or clock times ('2 in', '2.1 pm', '2.123 am'): read as preposition / time",
     lambda r: r["unit"] in ("inch", "picometre", "attometre") and re.search(r"\d (in|pm|am)$", r["surface"]) is not None),
    ("named constants and accounting negatives ('absolute zero', '($99.99)', '-15€'): not news figures",
     lambda r: r["surface"].startswith("absolute") or r["surface"].startswith("(") or r["surface"].startswith("-1") and "€" in r["surface"]),
    ("uncertainty notation ('9.83e-3 +/- 1e-5'): not news wording",
     lambda r: "+/-" in r["surface"]),
    ("digits grouped by spaces ('10 000 dollars'): not English news style (brief: not needed)",
     lambda r: re.search(r"\d \d{3}\b", r["surface"]) is not None),
]


def quantulum_match(request: str, result: dict, found, search_from: int) -> Tuple[bool, bool, int]:
    """(value matches, value and unit match, next search position)."""
    start = request.find(result["surface"], search_from)
    if start < 0:
        start = request.find(result["surface"])
    end = start + len(result["surface"])
    expected_value = float(result["value"])
    expected_unit = QUANTULUM_UNITS.get(result["unit"], result["unit"])
    # a fraction on its own is dimensionless for quantulum3; claimdiff names its unit "fraction" (a share)
    accepted_units = {expected_unit, "fraction"} if result["unit"] == "dimensionless" else {expected_unit}
    value_ok = unit_ok = False
    flattened = []
    for quantity in found:
        flattened.append(quantity)
        if quantity.alternative is not None:
            flattened.append(quantity.alternative)
    for quantity in flattened:
        if not (quantity.span[0] < end and start < quantity.span[1]):
            continue
        if quantity.kind == "range" and quantity.low is not None and quantity.high is not None:
            value = (quantity.low + quantity.high) / 2
        else:
            value = quantity.value
        if close(value, expected_value):
            value_ok = True
            if quantity.unit in accepted_units:
                unit_ok = True
                break
    return value_ok, unit_ok, max(search_from, end)


def score_cases(cases, scope, matcher, show_miss):
    """(passed, in-scope total, exclusions by reason) for one suite of single-answer cases."""
    excluded = {description: 0 for description, _ in scope}
    passed = total = 0
    for case in cases:
        reason = classify(case, scope)
        if reason:
            excluded[reason] += 1
            continue
        total += 1
        if matcher(case):
            passed += 1
        elif VERBOSE:
            show_miss(case)
    return passed, total, excluded


# ------------------------------------------------------------ running text
MEANTIME = BENCHMARKS / "meantime-en" / "meantime_en_60docs.json"
DEV_CASES = BENCHMARKS.parent / "dev" / "news_cases.json"

#: Capitalised words that may stand before a figure without naming it ("About 40", "On Tuesday 14").
CAPITALISED_NON_NAMES = frozenset(
    """a an the about some nearly almost more over around up at in on by from to of and but only just
    roughly approximately under fewer less between another with without for after before since until
    than while when as if its their his her our all both each another least most
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
#: Words before a number that make it a label (case-insensitive): "page 5", "Game 3", "No. 10".
LABEL_WORDS_BEFORE = frozenset(
    """page pages p pp no nos number row room section chapter article flight route game match round
    week day grade level category phase stage version episode season channel platform gate terminal
    unit model type series mark title schedule part lap heat leg""".split()
)
ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
CLOCK_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|local time|hrs\b|o'clock)", re.IGNORECASE)
WORD_BEFORE = re.compile(r"([A-Za-z][\w&'.-]*)\s*$")
WORD_AFTER = re.compile(r"^\s*([A-Za-z][\w'-]*)")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")


def dev_sentences() -> List[Tuple[str, str, list]]:
    """(source, sentence, gold spans) for each sentence of the dev texts (no gold: [])."""
    if not DEV_CASES.exists():
        return []
    data = json.loads(DEV_CASES.read_text(encoding="utf-8"))
    rows = []
    for case in data.get("cases", []):
        for sentence in SENTENCE_END.split(case.get("text") or ""):
            if sentence.strip():
                rows.append(("dev", sentence, []))
    return rows


def meantime_sentences() -> List[Tuple[str, str, list]]:
    """(source, sentence, gold spans) for each line of the MEANTIME articles; gold spans are
    (start, end, kind) in the sentence, kind a TIMEX3 type (DATE, TIME, DURATION, SET) or VALUE."""
    if not MEANTIME.exists():
        return []
    rows = []
    for doc in json.loads(MEANTIME.read_text(encoding="utf-8")):
        text = doc["text"]
        marks = [(t["start"], t["end"], t["type"]) for t in doc.get("timexes", []) if not t.get("non_textual")]
        marks += [(v["start"], v["end"], "VALUE") for v in doc.get("values", [])]
        offset = 0
        for line in text.split("\n"):
            end = offset + len(line)
            inside = [(a - offset, b - offset, kind) for a, b, kind in marks if offset <= a and b <= end]
            if line.strip():
                rows.append(("MEANTIME", line, inside))
            offset = end + 1
    return rows


def non_figure(sentence: str, quantity, date_spans: List[Tuple[int, int]]) -> Optional[str]:
    """Why ``quantity`` is no figure, by a surface heuristic written apart from the engine (None: a figure)."""
    start, end = quantity.span
    text = quantity.text
    bare_integer = quantity.unit is None and re.fullmatch(r"\d+", text) is not None
    if quantity.dimension != "duration" and any(a < end and start < b for a, b in date_spans):
        return "inside a date or time"  # a duration ("two years ago") is a figure of time
    if bare_integer and len(text) == 4 and 1800 <= int(text) <= 2100:
        return "a bare year"
    if CLOCK_AFTER.match(sentence, end):
        return "a clock time"
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", text) or text.lower() in ORDINAL_WORDS:
        return "an ordinal"
    if text.lower() in ("another", "a", "an"):
        return "a count word ('another')"
    if bare_integer and len(text) >= 7:
        return "an identifier"
    before = sentence[:start]
    if text[:1].isalnum() and (before[-1:].isalpha() or (before[-1:] == "-" and before[-2:-1].isalpha())):
        return "a name or model (letters glued on)"
    previous = WORD_BEFORE.search(before)
    if previous and bare_integer:
        word = previous.group(1).rstrip(".")
        if word.lower() in LABEL_WORDS_BEFORE:
            return "a label ('page 5', 'Game 3')"
        is_first = before[:previous.start()].strip() == ""
        capitalised = word[:1].isupper() or any(c.isupper() for c in word[1:])
        following = WORD_AFTER.match(sentence[end:])
        counts_a_noun = following is not None and following.group(1).islower() and following.group(1).endswith("s")
        if capitalised and not is_first and word.lower() not in CAPITALISED_NON_NAMES and not counts_a_noun:
            return "a name or model ('Boeing 787', 'S&P 500')"
    return None


def running_text() -> List[Tuple[str, int, int, str]]:
    """Precision on running text, per corpus; prints each flagged quantity.  Summary rows."""
    try:
        from claimdiff import dates
    except ImportError:  # pragma: no cover - dates ship with claimdiff
        dates = None
    rows = []
    for corpus, sentences in (("MEANTIME", meantime_sentences()), ("dev texts", dev_sentences())):
        if not sentences:
            print(f"skipped running text: {corpus} not found")
            continue
        returned = flagged_total = 0
        by_reason: Dict[str, int] = {}
        flagged_lines = []
        gold_values = gold_found = on_gold = 0
        for _, sentence, gold in sentences:
            found = quantities(sentence)
            date_spans = [m.span for m in dates(sentence)] if dates else []
            date_spans += [(a, b) for a, b, kind in gold if kind in ("DATE", "TIME")]
            values = [(a, b) for a, b, kind in gold if kind == "VALUE"]
            gold_values += len(values)
            gold_found += sum(1 for a, b in values if any(q.span[0] < b and a < q.span[1] for q in found))
            for quantity in found:
                returned += 1
                on_gold += any(quantity.span[0] < b and a < quantity.span[1] for a, b in values)
                reason = non_figure(sentence, quantity, date_spans)
                if reason:
                    flagged_total += 1
                    by_reason[reason] = by_reason.get(reason, 0) + 1
                    flagged_lines.append(f"    [{reason}] {quantity.text!r} in {sentence.strip()[:140]!r}")
        share = 100.0 * (returned - flagged_total) / returned if returned else 0.0
        print(f"running text, {corpus}: {len(sentences)} sentences, {returned} quantities, {flagged_total} flagged as no figure: precision {share:.1f}%")
        for reason, count in sorted(by_reason.items(), key=lambda item: -item[1]):
            print(f"    flagged: {count:3d}  {reason}")
        if values_seen := gold_values:
            print(f"    gold VALUE mentions (MONEY, PERCENT, QUANTITY): {gold_found}/{values_seen} found; {on_gold}/{returned} quantities overlap one")
        print("  flagged, for a person to judge:")
        for line in flagged_lines:
            print(line)
        rows.append((f"running text {corpus}: precision (not flagged)", returned - flagged_total, returned, ""))
        if gold_values:
            rows.append((f"running text {corpus}: gold VALUE mentions found", gold_found, gold_values, ""))
    return rows


# ------------------------------------------------------------------ main
def main() -> int:
    if not BENCHMARKS.is_dir():
        print(f"benchmarks folder not found at {BENCHMARKS}; nothing to score")
        return 0
    summary: List[Tuple[str, int, int, str]] = []

    for file_name, scope, matcher, label, goal in (
        ("NumberModel.json", NUMBER_MODEL_SCOPE, matches_number_case, "NumberModel", 95),
        ("NumberRangeModel.json", RANGE_SCOPE, matches_range_case, "NumberRangeModel", 90),
    ):
        path = BENCHMARKS / "recognizers-text" / "Number" / file_name
        if not path.exists():
            print(f"skipped: {path} not found")
            continue
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        passed, total, excluded = score_cases(
            cases, scope, matcher,
            lambda case: print("  MISS", label, repr(case["Input"]), [(r["Text"], r["Resolution"].get("value")) for r in recognizers_results(case)], quantities(case["Input"])),
        )
        report(f"Recognizers-Text {label}", passed, total, goal, excluded, len(cases))
        summary.append((f"Recognizers-Text {label}", passed, total, f"{goal}%"))

    path = BENCHMARKS / "recognizers-text" / "NumberWithUnit" / "AgeModel.json"
    if path.exists():
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        passed, total, excluded = score_cases(
            cases, AGE_SCOPE, matches_age_case,
            lambda case: print("  MISS AgeModel", repr(case["Input"]), [(r["Text"], r["Resolution"]) for r in recognizers_results(case)], quantities(case["Input"])),
        )
        report("Recognizers-Text AgeModel (value + unit)", passed, total, 90, excluded, len(cases))
        summary.append(("Recognizers-Text AgeModel (value + unit)", passed, total, "90%"))
    else:
        print(f"skipped: {path} not found")

    path = BENCHMARKS / "duckling-en" / "numeral_en.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        cases = data["cases"]
        passed, total, excluded = score_cases(
            cases, DUCKLING_SCOPE, matches_duckling_case,
            lambda case: print("  MISS Duckling", repr(case["text"]), case["expected"]["value"], quantities(case["text"])),
        )
        negatives = data.get("negative_examples") or []
        negative_passed = sum(1 for text in negatives if not quantities(text))
        report("Duckling numeral_en", passed, total, 97, excluded, len(cases))
        summary.append(("Duckling numeral_en", passed, total, "97%"))
        if negatives:
            print(f"    negatives: {negative_passed}/{len(negatives)} give nothing")
            summary.append(("Duckling numeral_en negatives", negative_passed, len(negatives), ""))
    else:
        print(f"skipped: {path} not found")

    path = BENCHMARKS / "quantulum3" / "quantities.json"
    if path.exists():
        cases = json.loads(path.read_text(encoding="utf-8"))
        excluded = {description: 0 for description, _ in QUANTULUM_SCOPE}
        value_passed = unit_passed = total = all_results = 0
        for case in cases:
            found = quantities(case["req"])
            search_from = 0
            for result in case["res"]:
                all_results += 1
                reason = classify(result, QUANTULUM_SCOPE)
                if reason:
                    excluded[reason] += 1
                    search_from = max(search_from, case["req"].find(result["surface"], search_from) + len(result["surface"]))
                    continue
                total += 1
                value_ok, unit_ok, search_from = quantulum_match(case["req"], result, found, search_from)
                value_passed += value_ok
                unit_passed += unit_ok
                if VERBOSE and not unit_ok:
                    print("  MISS quantulum3", repr(case["req"][:90]), result["surface"], result["value"], result["unit"], found)
        report("quantulum3 quantities (value)", value_passed, total, 90, excluded, all_results)
        report("quantulum3 quantities (value + unit)", unit_passed, total, 90, {}, all_results)
        summary.append(("quantulum3 quantities (value)", value_passed, total, "90%"))
        summary.append(("quantulum3 quantities (value + unit)", unit_passed, total, "90%"))
    else:
        print(f"skipped: {path} not found")

    print()
    summary.extend(running_text())

    print("\n== all figures ==")
    for name, passed, total, goal in summary:
        share = 100.0 * passed / total if total else 0.0
        print(f"  {name:<58} {passed:5d}/{total:<5d} {share:5.1f}%  {('goal ' + goal) if goal else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
