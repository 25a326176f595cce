"""claimdiff.numbers on running news text: short articles written for these tests, read whole.

Each article lists every figure quantities() must return, in order, as (text, low, high, unit, change),
and the movements it must link.  Around the figures stand the non-figures of running text: datelines
("Oct. 31"), years that modify a noun ("2024 sales"), product and model names ("iPhone 15", "Game 3",
"S&P 500"), labels, ordinals ("the first half"), "another" before no countable noun.

When the shared corpora are present (MEANTIME and the dev texts), every returned quantity is also checked
against claimdiff.dates(): no figure lies inside a date.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimdiff import dates
from claimdiff.numbers import movements, quantities

N = None
THIRD, TWO_THIRDS = 0.333333333333, 0.666666666667

ARTICLES = {
    "markets": (
        "LONDON, Oct. 31 (Wire) - The FTSE 100 rose 0.7 percent to 7,327.8 on Tuesday, its best day since '22, "
        "while the S&P 500 slipped 0.3%. Shares in the lender fell 4% to 212p after 2024 sales missed forecasts by "
        "a third. The bank, whose 2023 results were restated, said it would cut about 1,200 jobs, or roughly "
        "one-fifth of its staff. Oil traded at $81.40 a barrel, and the Nikkei 225 was flat.",
        [("0.7 percent", 0.7, 0.7, "percent", "up"), ("7,327.8", 7327.8, 7327.8, N, "up"), ("0.3%", 0.3, 0.3, "percent", "down"),
         ("4%", 4, 4, "percent", "down"), ("212p", 212, 212, "penny", "down"), ("a third", THIRD, THIRD, "fraction", N),
         ("about 1,200", 1080, 1320, N, N), ("roughly one-fifth", 0.18, 0.22, "fraction", N), ("$81.40", 81.4, 81.4, "USD", N)],
        [("up", None, "7,327.8", "0.7 percent"), ("down", None, "212p", "4%")],
    ),
    "storm": (
        "Storm Ida killed at least 14 people and left tens of thousands of homes without power, officials said on "
        "Sept. 4. Winds of up to 150 km/h (93 mph) tore roofs off 300 houses; temperatures dropped to -3C overnight. "
        "Another body was found on Monday, raising the toll from 13 to 14. A 65-year-old man and a boy aged 12 were "
        "among the dead. Nearly two-thirds of the region's 1.2m residents were told to leave.",
        [("at least 14", 14, N, N, N), ("tens of thousands", 10000, N, N, N), ("up to 150 km/h (93 mph)", N, 150, "km/h", N),
         ("300", 300, 300, N, N), ("-3C", -3, -3, "celsius", "down"), ("Another", 1, 1, N, N), ("13", 13, 13, N, N),
         ("14", 14, 14, N, "up"), ("65-year-old", 65, 65, "year", N), ("aged 12", 12, 12, "year", N),
         ("Nearly two-thirds", 0.6, TWO_THIRDS, "fraction", N), ("1.2m", 1.2e6, 1.2e6, N, N)],
        [("up", "13", "14", None)],
    ),
    "football": (
        "Madrid won 3-1 in Game 3 of the tie before 81,000 fans. The 19-year-old striker, who cost €120m, scored "
        "twice in the first half. Madrid lead the table by 4 points, with another match on Nov. 5. Ticket prices "
        "went from €45 to €60, a rise the club put at 33%.",
        [("3", 3, 3, N, N), ("1", 1, 1, N, N), ("81,000", 81000, 81000, N, N), ("19-year-old", 19, 19, "year", N),
         ("€120m", 1.2e8, 1.2e8, "EUR", N), ("4", 4, 4, N, N), ("€45", 45, 45, "EUR", N), ("€60", 60, 60, "EUR", "up"),
         ("33%", 33, 33, "percent", N)],
        [("up", "€45", "€60", None)],
    ),
    "tech": (
        "Apple sold 13.7 million iPhone 15 handsets in the quarter, up from 11.2 million a year earlier, and the "
        "iOS 17 update reached 500m devices. The new chip runs at 3.2GHz and draws 8W. The company's 2024 revenue "
        "was US$94.9bn, compared with US$89.5bn; profits rose by $1.1bn to $23bn. Analysts said two or three rivals "
        "would respond within weeks.",
        [("13.7 million", 1.37e7, 1.37e7, N, N), ("11.2 million", 1.12e7, 1.12e7, N, N), ("500m", 5e8, 5e8, N, N),
         ("3.2GHz", 3.2, 3.2, "gigahertz", N), ("8W", 8, 8, "watt", N), ("US$94.9bn", 9.49e10, 9.49e10, "USD", N),
         ("US$89.5bn", 8.95e10, 8.95e10, "USD", N), ("$1.1bn", 1.1e9, 1.1e9, "USD", "up"), ("$23bn", 2.3e10, 2.3e10, "USD", "up"),
         ("two or three", 2, 3, N, N)],
        [("up", "US$89.5bn", "US$94.9bn", None), ("up", None, "$23bn", "$1.1bn")],
    ),
    "health": (
        "The trial enrolled 2,400 adults aged 18 to 65 and gave each a 1/2 dose. Three quarters of the patients "
        "improved, against a third of those on the placebo; the virus load fell to 3.2e5 copies per millilitre. "
        "Covid-19 admissions fell 12% in a week, and the Rs 500 crore programme will run for three years.",
        [("2,400", 2400, 2400, N, N), ("aged 18 to 65", 18, 65, "year", N), ("1/2", 0.5, 0.5, "fraction", N),
         ("Three quarters", 0.75, 0.75, "fraction", N), ("a third", THIRD, THIRD, "fraction", N),
         ("3.2e5", 3.2e5, 3.2e5, N, "down"), ("12%", 12, 12, "percent", "down"), ("Rs 500 crore", 5e9, 5e9, "INR", N),
         ("three years", 3, 3, "year", N)],
        [],
    ),
    "politics": (
        "Turnout was 61.2 per cent, down from 64 per cent in 2019. The ruling party won 212 of the 350 seats, or "
        "60.6%, while the two smaller parties took 41 and 38 respectively. Voters over age 70 backed it. The new "
        "budget adds RM23.5bn in spending, and an estimated 400,000 civil servants will get a 5% raise by 2025.",
        [("61.2 per cent", 61.2, 61.2, "percent", N), ("64 per cent", 64, 64, "percent", N), ("212", 212, 212, N, N),
         ("350", 350, 350, N, N), ("60.6%", 60.6, 60.6, "percent", N), ("two", 2, 2, N, N), ("41", 41, 41, N, N),
         ("38", 38, 38, N, N), ("over age 70", 70, N, "year", N), ("RM23.5bn", 2.35e10, 2.35e10, "MYR", N),
         ("an estimated 400,000", 360000, 440000, N, N), ("5%", 5, 5, "percent", N)],
        [("down", "64 per cent", "61.2 per cent", None)],
    ),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_figure_of_an_article(name):
    text, expected, _ = ARTICLES[name]
    found = quantities(text)
    assert [(q.text, q.low, q.high, q.unit, q.change) for q in found] == expected
    for quantity in found:
        assert text[slice(*quantity.span)] == quantity.text


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_the_movements_of_an_article(name):
    text, _, expected = ARTICLES[name]
    assert [m.describe() for m in movements(text)] == expected


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_no_figure_inside_a_date_of_an_article(name):
    text = ARTICLES[name][0]
    spans = [m.span for m in dates(text)]
    for quantity in quantities(text):
        if quantity.dimension != "duration":  # "three years" may be the date's duration
            assert not any(a < quantity.span[1] and quantity.span[0] < b for a, b in spans), quantity


KNOWN_GAPS = [
    pytest.param("Oil traded at $81.40 a barrel, up from $79.90.", [("up", "$79.90", "$81.40", None)],
                 marks=pytest.mark.xfail(strict=True, reason="an old level after a per-unit phrase ('a barrel, up from') is not linked")),
    pytest.param("Shares rose, from 10 to 15.", [("up", "10", "15", None)],
                 marks=pytest.mark.xfail(strict=True, reason="a change word before a comma does not govern 'from X to Y'")),
]


@pytest.mark.parametrize("text, expected", KNOWN_GAPS)
def test_known_movement_gaps(text, expected):
    assert [m.describe() for m in movements(text)] == expected


# ------------------------------------------------------------ shared corpora
SHARED = Path(__file__).resolve().parents[2] / "shared"
MEANTIME = SHARED / "benchmarks" / "meantime-en" / "meantime_en_60docs.json"
DEV = SHARED / "dev" / "news_cases.json"
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")


def _shared_sentences():
    sentences = []
    if MEANTIME.exists():
        for doc in json.loads(MEANTIME.read_text(encoding="utf-8")):
            sentences.extend(line for line in doc["text"].split("\n") if line.strip())
    if DEV.exists():
        for case in json.loads(DEV.read_text(encoding="utf-8")).get("cases", []):
            sentences.extend(s for s in SENTENCE_END.split(case.get("text") or "") if s.strip())
    return sentences


@pytest.mark.skipif(not (MEANTIME.exists() or DEV.exists()), reason="shared corpora not present")
def test_no_figure_inside_a_date_in_the_shared_corpora():
    inside = []
    for sentence in _shared_sentences():
        spans = [m.span for m in dates(sentence)]
        for quantity in quantities(sentence):
            if quantity.dimension != "duration" and any(a < quantity.span[1] and quantity.span[0] < b for a, b in spans):
                inside.append((quantity.text, sentence[:80]))
    assert inside == []


@pytest.mark.skipif(not (MEANTIME.exists() or DEV.exists()), reason="shared corpora not present")
def test_no_bare_year_in_the_shared_corpora():
    years = [(q.text, s[:80]) for s in _shared_sentences() for q in quantities(s)
             if q.unit is None and re.fullmatch(r"(18|19|20)\d\d", q.text)]
    assert years == []


@pytest.mark.parametrize("text,expected", [
    # a spoken decimal: number words after "point", or digits on both sides
    ("The rate rose to two point five percent.", [("two point five percent", 2.5)]),
    ("It fell to 3 point 7 percent.", [("3 point 7 percent", 3.7)]),
    ("Turnout was one point two million.", [("one point two million", 1200000.0)]),
    # digits after a number word and "point" are a count, not decimals ("at one point 200 ...")
    ("At one point 200 people were stuck on the bridge.", [("one", 1.0), ("200", 200.0)]),
    ("At one point 45 trucks waited at the border.", [("one", 1.0), ("45", 45.0)]),
])
def test_spoken_decimals(text, expected):
    assert [(q.text, q.value) for q in quantities(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a lower-case word closing a heading before a colon is no label of the number after it
    ("Floods in Kaveri district: 14 dead, 30 injured.", ["14", "30"]),
    ("Strike in the port area, day two: 300 ships waiting.", ["two", "300"]),
    ("Results from the third round: 41 seats for the party.", ["41"]),
    # ... a capitalised label is one ("Section: 5", "Room: 12")
    ("See Section: 5 of the act.", []),
    ("Room: 12", []),
    ("Gate: 7 closes at noon.", []),
])
def test_a_colon_after_a_label_word(text, expected):
    assert [q.text for q in quantities(text)] == expected
