"""Table-driven tests for claimdiff.dates.

Every table pins the reference: PUBLISHED is Friday 28 July 2023 and TODAY
(the bound for years inferred from weekdays) is 1 January 2025.  Sentences
are written for these tests.
"""
from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.dates import Reference, dates, dates_and_reference, reference

PUBLISHED = dt.date(2023, 7, 28)  # a Friday
TODAY = dt.date(2025, 1, 1)


def _one(sentence, published=PUBLISHED):
    found = dates(sentence, published=published, today=TODAY)
    assert len(found) == 1, found
    return found[0]


# (sentence, expected surface, expected value)
ABSOLUTE = [
    ("The bridge reopened on July 27, 2023 after repairs.", "July 27, 2023", "2023-07-27"),
    ("Officials met on 27 July 2023 in the capital.", "27 July 2023", "2023-07-27"),
    ("The decree dated 4 March 2019 was cancelled.", "4 March 2019", "2019-03-04"),
    ("Polling closed on Sept. 5, 2021 at dusk.", "Sept. 5, 2021", "2021-09-05"),
    ("The report of 2022-11-03 lists the losses.", "2022-11-03", "2022-11-03"),
    ("Filed on 27/07/2023 by the clerk.", "27/07/2023", "2023-07-27"),
    ("Filed on 12/31/2022 by the clerk.", "12/31/2022", "2022-12-31"),
    ("The talks ran July 27-28, 2023 in Geneva.", "July 27-28, 2023", "2023-07-27/2023-07-28"),
    ("The fair ran 3-5 June 2022 downtown.", "3-5 June 2022", "2022-06-03/2022-06-05"),
    ("The plant opened in March 2019 near the river.", "March 2019", "2019-03"),
    ("The dam was finished in 2019 after delays.", "2019", "2019"),
    ("Prices were lower in the 1990s, the survey found.", "the 1990s", "199"),
    ("Output fell in the first quarter of 2009 sharply.", "the first quarter of 2009", "2009-Q1"),
    ("The drought of summer 2018 hurt farmers.", "summer 2018", "2018-SU"),
    ("Unemployment has not been this high since '82.", "'82", "1982"),
    ("On Friday, July 28, 2023 the port closed.", "Friday, July 28, 2023", "2023-07-28"),
    ("It peaked on the 14th of February 2021, records show.", "the 14th of February 2021", "2021-02-14"),
    ("The invoice is dated 05-Aug-2016 in the file.", "05-Aug-2016", "2016-08-05"),
    ("The invoice is dated 5-Aug-16 in the file.", "5-Aug-16", "2016-08-05"),  # via dateparser
]

# relative to PUBLISHED (Friday 2023-07-28)
RELATIVE = [
    ("The minister resigned today.", "today", "2023-07-28"),
    ("Rescuers arrived yesterday.", "yesterday", "2023-07-27"),
    ("The court will rule tomorrow.", "tomorrow", "2023-07-29"),
    ("A curfew starts tonight in the city.", "tonight", "2023-07-28"),
    ("Drones struck the depot overnight Friday.", "overnight Friday", "2023-07-28"),
    ("Drones struck the depot on Friday night.", "Friday night", "2023-07-28"),
    ("Earlier on Friday, a second blast was heard.", "Earlier on Friday", "2023-07-28"),
    ("The ferry sank early Tuesday off the coast.", "early Tuesday", "2023-07-25"),
    ("Power was restored late Monday in most areas.", "late Monday", "2023-07-24"),
    ("The mayor spoke on Wednesday about the floods.", "Wednesday", "2023-07-26"),
    ("Talks collapsed last Friday.", "last Friday", "2023-07-21"),
    ("Voters go to the polls next Tuesday.", "next Tuesday", "2023-08-01"),
    ("The board will meet on Monday to decide.", "Monday", "2023-07-31"),
    ("On Monday, when the court will sit again, lawyers will appeal.", "Monday", "2023-07-31"),
    ("Exports dropped last week.", "last week", "2023-W29"),
    ("The storm hit the coast this week.", "this week", "2023-W30"),
    ("Sales rose last month.", "last month", "2023-06"),
    ("Crowds are expected this weekend.", "this weekend", "2023-W30-WE"),
    ("Inflation peaked last year.", "last year", "2022"),
    ("Fighting resumed in May along the border.", "May", "2023-05"),
    ("A vote is scheduled in October, officials said.", "October", "2023-10"),
    ("The ceasefire was signed on July 27.", "July 27", "2023-07-27"),
    ("The ceasefire was signed on 27 July.", "27 July", "2023-07-27"),
    ("The festival ended on December 30.", "December 30", "2022-12-30"),
    ("The summit will open on August 3.", "August 3", "2023-08-03"),
    ("Two people were hurt two days ago.", "two days ago", "2023-07-26"),
    ("The dam cracked three weeks ago.", "three weeks ago", "2023-W27"),
    ("The mine closed a year ago.", "a year ago", "2022"),
    ("Heat records fell in mid-July.", "mid-July", "2023-07"),
    ("Planting began in early May this season.", "early May", "2023-05"),
    ("A deal was struck the previous day.", "the previous day", "2023-07-27"),
    ("They said the plant had flooded the day before.", "the day before", "2023-07-27"),
    ("Markets rallied this morning.", "this morning", "2023-07-28"),
    ("The bill passed earlier this year.", "earlier this year", "2023"),
    ("Rates will be cut next month.", "next month", "2023-08"),
    ("Losses grew in the second half of last year.", "the second half of last year", "2022-H2"),
    ("Harvests are due in June next year.", "June next year", "2024-06"),
    ("Deliveries slipped to the end of the year.", "the end of the year", "2023"),
    # formerly known failures, now read
    ("Shops reopened on the first of May.", "the first of May", "2023-05-01"),
    ("The vote is on Tuesday the 1st.", "Tuesday the 1st", "2023-08-01"),
    ("Rain fell in the spring.", "the spring", "2023-SP"),
    # spelled ordinal days
    ("The embargo ends on August third.", "August third", "2023-08-03"),
    ("Tolls rose on the twenty-first of June.", "the twenty-first of June", "2023-06-21"),
    # ordinal weekday, day or week inside a month
    ("Markets slid on the last Friday of June.", "the last Friday of June", "2023-06-30"),
    ("The parliament will sit again on the first Monday in September.", "the first Monday in September", "2023-09-04"),
    ("Rents are due on the last day of the month.", "the last day of the month", "2023-07-31"),
    ("Orders picked up in the first week of July.", "the first week of July", "2023-W27"),
    ("Sales rebounded in the last week of June.", "the last week of June", "2023-W25"),
    ("Crowds thinned in the week of July 10.", "the week of July 10", "2023-W28"),
    # weekday inside a named week
    ("The inquiry opens on Wednesday of next week.", "Wednesday of next week", "2023-08-02"),
    ("Ministers met on Monday last week.", "Monday last week", "2023-07-17"),
    ("The ferry sails the Friday after next.", "Friday after next", "2023-08-11"),
    ("The vote moved to next week on Tuesday.", "next week on Tuesday", "2023-08-01"),
    # quarters, seasons and decades without a written year
    ("Profits jumped in the second quarter.", "the second quarter", "2023-Q2"),
    ("The firm reported weak fourth-quarter sales.", "fourth-quarter", "2022-Q4"),
    ("Reservoirs will refill over the winter.", "the winter", "2023-WI"),
    ("Hotels were full during summer.", "summer", "2023-SU"),
    ("Emissions must halve this decade.", "this decade", "202"),
    ("The index hit a record in the past decade.", "the past decade", "201"),  # the previous decade, as in TimeML
    # counted from today, tomorrow or yesterday
    ("The levy starts three weeks from tomorrow.", "three weeks from tomorrow", "2023-08-19"),
    ("A probe was opened two days before yesterday.", "two days before yesterday", "2023-07-25"),
    ("The rules take effect two years from now.", "two years from now", "2025"),
]

# (sentence, surface, value) relative to the previous day-date in the text
CHAINED = [
    ("The strike began on July 20. The same day, ports shut.", "The same day", "2023-07-20"),
    ("Troops moved in on 18 July. The next day, roads reopened.", "The next day", "2023-07-19"),
]

INTERVALS = [
    ("Flights were halted from July 27 to August 2, 2023.", "July 27 to August 2, 2023", "2023-07-27/2023-08-02"),
    ("The fair runs between 5 and 10 August.", "5 and 10 August", "2023-08-05/2023-08-10"),
    ("The show ran from the 3rd to the 6th of May 2021.", "the 3rd to the 6th of May 2021", "2021-05-03/2021-05-06"),
    ("Roadworks ran Nov 28 - Dec 3, 2021 on the bypass.", "Nov 28 - Dec 3, 2021", "2021-11-28/2021-12-03"),
    ("Stocks were thin Dec 28 - Jan 3, 2021 in the port.", "Dec 28 - Jan 3, 2021", "2020-12-28/2021-01-03"),
]

NOT_DATES = [
    "We counted 25 people at the gate.",
    "The S-200 missile was converted into a strike weapon.",
    "May I ask a question?",
    "Rain may be heavy later.",
    "The March of the workers filled the square.",
    "They march every spring to the square.",
    "The clock showed 10:30 when it stopped.",
    "The siege lasted two weeks.",
    "He was held for 3 days without charge.",
    "The 45-year-old driver was unhurt.",
    "She finished in the second row.",
    "Police seized 2019 rounds of ammunition and 300 rifles.",
    "The team scored 2000 points over the season.",
    "Black Friday sales were strong.",
    "The version 1.2.2023 update failed.",
    "Ambiguous 07/08/2023 stays unread.",
    "He was born on a Sunday in a small town.",
    "The Arab Spring began in Tunisia.",
    "The team collapsed in the second half of the match.",
    "Historians still argue about the fall of Rome.",
    "Athletes arrived for the Winter Olympics.",
    "Firms hope to spring a surprise.",
    "He paid $12 for 5 apples.",
]

# Known gaps: kept, marked, never deleted.
KNOWN_FAILURES = [
    ("Rates peaked in the second-to-last week of June.", "the second-to-last week of June", "2023-W24"),  # counted from the end
    ("The levy was paid in April of '87.", "April of '87", "1987-04"),  # month with a two-digit year
]


def test_currency_before_day_is_not_a_day():
    found = dates("I bought it for $12 December 27, 2022.", published=PUBLISHED, today=TODAY)
    assert [(m.text, m.value) for m in found] == [("December 27, 2022", "2022-12-27")]


def test_season_year_is_the_year_it_starts():
    # 10 February 2024 is in the winter that began in December 2023
    m = _one("Snow fell this winter.", published=dt.date(2024, 2, 10))
    assert m.value == "2023-WI"


@pytest.mark.parametrize("sentence,surface,value", ABSOLUTE)
def test_absolute(sentence, surface, value):
    m = _one(sentence)
    assert (m.text, m.value) == (surface, value)
    assert m.anchor == "absolute"
    assert sentence[m.span[0]:m.span[1]] == m.text


@pytest.mark.parametrize("sentence,surface,value", RELATIVE)
def test_relative_to_published(sentence, surface, value):
    m = _one(sentence)
    assert (m.text, m.value) == (surface, value)
    assert m.anchor == "published"
    assert m.inferred_year is True


@pytest.mark.parametrize("sentence,surface,value", CHAINED)
def test_relative_to_previous_date(sentence, surface, value):
    found = dates(sentence, published=PUBLISHED, today=TODAY)
    assert (found[-1].text, found[-1].value) == (surface, value)


@pytest.mark.parametrize("sentence,surface,value", INTERVALS)
def test_intervals(sentence, surface, value):
    m = _one(sentence)
    assert (m.text, m.value) == (surface, value)


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence):
    assert dates(sentence, published=PUBLISHED, today=TODAY) == []


@pytest.mark.parametrize(
    "sentence,surface,value",
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in KNOWN_FAILURES],
)
def test_known_failures(sentence, surface, value):
    m = _one(sentence)
    assert (m.text, m.value) == (surface, value)


# --------------------------------------------------------------------------- datelines and references

ANI = (
    "Moscow [Russia], July 28 (ANI): A drone was downed near the city on Friday, officials said.\n\n"
    "Earlier on Friday, another blast hit a refinery. Nobody was hurt, the governor said today."
)


def test_dateline_year_from_weekday():
    ref = reference(ANI, today=TODAY)
    assert ref == Reference(
        dt.date(2023, 7, 28), "weekday", (17, 24),
        "The year 2023 was inferred: July 28 falls on a Friday in 2023 and the text says Friday.",
        "2023-07-28",
    )
    found = dates(ANI, today=TODAY)
    assert [(m.text, m.value, m.anchor, m.inferred_year) for m in found] == [
        ("July 28", "2023-07-28", "weekday", True),
        ("Friday", "2023-07-28", "weekday", True),
        ("Earlier on Friday", "2023-07-28", "weekday", True),
        ("today", "2023-07-28", "weekday", True),
    ]


def test_dateline_weekday_respects_today():
    # July 28 was also a Friday in 2017: with today in 2020, 2017 is the most recent
    assert reference(ANI, today=dt.date(2020, 1, 1)).date == dt.date(2017, 7, 28)


def test_dateline_weekday_prefers_latest_of_mentioned_days():
    text = "KYIV, July 28 (Reuters) - Shelling on Thursday was followed by a drone attack on Friday."
    assert reference(text, today=TODAY).date == dt.date(2023, 7, 28)


def test_dateline_without_weekday_has_unknown_year():
    text = "LONDON, March 3 (Reuters) - The bank raised rates. Markets fell yesterday."
    ref = reference(text, today=TODAY)
    assert ref.date is None and ref.how == "dateline" and ref.value == "XXXX-03-03"
    assert "unknown" in ref.note
    assert [(m.text, m.value) for m in dates(text, today=TODAY)] == [
        ("March 3", "XXXX-03-03"), ("yesterday", "XXXX-03-02"),
    ]


@pytest.mark.parametrize(
    "text,date,how",
    [
        ("Kyiv, 12 June 2024: Air raid sirens sounded at dawn.", dt.date(2024, 6, 12), "dateline"),
        ("Storm damage report\n19 March 2010, 18:59 pm\nThe storm hit on Thursday.", dt.date(2010, 3, 19), "dateline"),
        ("Airline orders jets\nMarch 01 , 2008\nThe order was placed today .", dt.date(2008, 3, 1), "dateline"),
        ("WASHINGTON (AP) — Lawmakers voted on Tuesday.", None, None),
        ("No dateline here. The vote was on July 3.", None, None),
    ],
)
def test_reference_forms(text, date, how):
    ref = reference(text, today=TODAY)
    assert (ref.date, ref.how) == (date, how)


def test_dateline_span_without_date():
    text = "WASHINGTON (AP) — Lawmakers voted on Tuesday."
    ref = reference(text, today=TODAY)
    assert ref.dateline_span is not None and text[ref.dateline_span[0]:].startswith("WASHINGTON")
    assert [m.value for m in dates(text, today=TODAY)] == [None]


def test_published_wins_over_dateline():
    ref = reference(ANI, published="2023-07-29")
    assert (ref.date, ref.how, ref.note) == (dt.date(2023, 7, 29), "published", None)
    first = dates(ANI, published="2023-07-29")[0]
    assert (first.text, first.value, first.anchor) == ("July 28", "2023-07-28", "published")


def test_published_accepts_datetime_and_string():
    a = dates("It rained yesterday.", published=dt.datetime(2023, 7, 28, 9, 30))
    b = dates("It rained yesterday.", published="2023-07-28T09:30:00Z")
    assert a == b and a[0].value == "2023-07-27"


def test_weekday_attached_to_yearless_date_infers_year():
    m = _one("The raid came on Friday, July 28 before dawn.", published=None)
    assert (m.value, m.anchor, m.inferred_year) == ("2023-07-28", "weekday", True)


def test_no_reference_leaves_relative_unresolved():
    found = dates("The strike started yesterday, on July 27.", today=TODAY)
    assert [(m.text, m.value) for m in found] == [("yesterday", None), ("July 27", "XXXX-07-27")]


def test_errors_name_the_argument():
    with pytest.raises(TypeError, match="text must be a str, not int"):
        dates(5)
    with pytest.raises(TypeError, match="text must be a str, not NoneType"):
        reference(None)
    with pytest.raises(ValueError, match="published"):
        dates("today", published="yesterday-ish")
    with pytest.raises(TypeError, match="published"):
        dates("today", published=20230728)


def test_results_sorted_and_disjoint():
    text = ("On July 27 the talks began; yesterday they stalled. Last week, in May 2019 terms, "
            "the 1990s were recalled, and next Tuesday they resume.")
    found = dates(text, published=PUBLISHED)
    assert len(found) >= 5
    for a, b in zip(found, found[1:]):
        assert a.span[1] <= b.span[0]


def test_import_does_not_load_dateparser():
    import subprocess
    import sys

    from pathlib import Path

    # Import the module alone (not the package __init__, which loads the whole pipeline).
    pkg = str(Path(__file__).resolve().parents[1] / "claimdiff")
    code = (
        "import sys, types, time; p = types.ModuleType('claimdiff'); p.__path__ = [%r]; "
        "sys.modules['claimdiff'] = p; t = time.perf_counter(); import claimdiff.dates; "
        "print('dateparser' in sys.modules, time.perf_counter() - t)" % pkg
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, seconds = out.stdout.split()
    assert loaded == "False"
    assert float(seconds) < 0.5  # typically ~0.03 s; generous bound for slow CI


# --------------------------------------------------------------------------- structure


def _package_modules():
    import importlib
    import pkgutil
    import sys

    pkg = sys.modules["claimdiff.dates"]
    names = [info.name for info in pkgutil.iter_modules(pkg.__path__)]
    return [pkg] + [importlib.import_module(f"claimdiff.dates.{name}") for name in names if name != "_dateparser"]


def test_public_api():
    import sys

    pkg = sys.modules["claimdiff.dates"]
    assert set(pkg.__all__) == {"dates", "reference", "Reference"}
    assert callable(pkg.reference) and callable(pkg.dates) and callable(pkg.dates_and_reference)
    found, ref = dates_and_reference(ANI, today=TODAY)
    assert found == dates(ANI, today=TODAY) and ref == reference(ANI, today=TODAY)


def test_forms_table():
    from claimdiff.dates.forms import FORMS

    names = [f.name for f in FORMS]
    assert len(names) == len(set(names))
    for f in FORMS:
        assert hasattr(f.pattern, "finditer") and callable(f.resolve)
        assert f.triggers is None or (isinstance(f.triggers, tuple) and all(t == t.lower() for t in f.triggers))


def test_triggers_are_necessary():
    # a form is skipped when none of its triggers occurs: it must then have no match at all
    from claimdiff.dates.forms import FORMS

    texts = [row[0] for table in (ABSOLUTE, RELATIVE, CHAINED, INTERVALS, KNOWN_FAILURES) for row in table]
    texts += NOT_DATES + [ANI, HOSTILE]
    for f in FORMS:
        if f.triggers is None:
            continue
        for text in texts:
            if next(f.pattern.finditer(text), None) is not None:
                assert any(t in text.lower() for t in f.triggers), (f.name, text)


def _frozen(value) -> bool:
    from types import MappingProxyType

    if isinstance(value, (str, int, float, bool, type(None))):
        return True
    if isinstance(value, (tuple, frozenset)):
        return all(_frozen(v) for v in value)
    if isinstance(value, MappingProxyType):
        return all(_frozen(k) and _frozen(v) for k, v in value.items())
    return False


def test_rules_are_frozen_data():
    import types

    from claimdiff.rules import dates_en

    public = {k: v for k, v in vars(dates_en).items() if not k.startswith("_") and not isinstance(v, (types.ModuleType, type))}
    assert public
    for name, value in public.items():
        assert _frozen(value), name


def test_no_module_level_mutable_state():
    for module in _package_modules():
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            assert not isinstance(value, (list, dict, set, bytearray)), (module.__name__, name)


def test_templates_fill_every_slot():
    import re

    from claimdiff.dates.lexicon import SLOTS, fill
    from claimdiff.rules import dates_en

    for name, value in vars(dates_en).items():
        if name.isupper() and isinstance(value, str) and "{" in value:
            filled = fill(value, SLOTS)
            assert not re.search(r"\{[a-z_]+\}", filled), name
            re.compile(filled)


# --------------------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 /-.,:'MayJunFridaytoandlsewk\nThe(AP)—")), max_size=120) | st.text(max_size=80))
def test_never_raises_and_spans_match(text):
    for pub in (None, PUBLISHED):
        found = dates(text, published=pub, today=TODAY)
        last = -1
        for m in found:
            assert text[m.span[0]:m.span[1]] == m.text
            assert m.span[0] >= last
            last = m.span[1]
        reference(text, published=pub, today=TODAY)


HOSTILE = "May 5 May 5 2023 2023 the 1990s Friday, July 28, 2023 -- 27/07/2023 1/1/1 9999 " * 3 + "7" * 40 + " in " * 20


def _timed(n):
    text = HOSTILE * n
    t = time.process_time()
    dates(text, published=PUBLISHED)
    return time.process_time() - t


@pytest.mark.slow
def test_linear_growth():
    _timed(5)  # warm up
    n = 40
    t1 = min(_timed(n) for _ in range(3))
    t2 = min(_timed(2 * n) for _ in range(3))
    assert t2 < 3 * t1, (t1, t2)


# --------------------------------------------------------------------------- the first-character prefilter


def _plain_patterns():
    """Every form's pattern compiled as written, without the prefilter."""
    import re

    from claimdiff.dates.forms import FORMS
    from claimdiff.dates.prefilter import prefiltered

    out = []
    for f in FORMS:
        p = f.pattern.pattern
        # the prefilter only ever adds "(?=[...])(?:" ... ")" (after any global flags)
        head = re.match(r"\A(?:\(\?[aiLmsux]+\))?", p).group()
        rest = p[len(head):]
        if rest.startswith("(?=["):
            rest = rest[rest.index("])(?:") + 5:-1]
        plain = head + rest
        assert prefiltered(plain, f.pattern.flags & ~re.UNICODE) == p or not p.startswith(head + "(?=[")
        out.append((f, re.compile(plain, f.pattern.flags)))
    return out


_PLAIN = tuple(_plain_patterns())


def _table_texts():
    return [row[0] for table in (ABSOLUTE, RELATIVE, CHAINED, INTERVALS, KNOWN_FAILURES) for row in table] + NOT_DATES + [ANI, HOSTILE]


def test_prefilter_finds_the_same_matches():
    pairs = _plain_patterns()
    assert sum(f.pattern.pattern != plain.pattern for f, plain in pairs) >= len(pairs) - 2  # nearly every form gains one
    for text in _table_texts():
        for f, plain in pairs:
            assert [m.span() for m in f.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], (f.name, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -'’MayJunFrdtolsewkQHqhSumrWinAutıİKſ\nThe")), max_size=60))
def test_prefilter_finds_the_same_matches_on_any_text(text):
    for f, plain in _PLAIN:
        assert [m.span() for m in f.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], f.name


def test_prefilter_folds_are_pythons():
    import re
    import sys

    from claimdiff.dates.prefilter import _FOLDS

    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        extra = {m.group() for m in re.finditer("(?i)" + letter, every)} - {letter, letter.upper()}
        assert extra == set(_FOLDS.get(letter, "")), letter


def test_prefilter_gives_up_when_unsure():
    from claimdiff.dates.prefilter import first_chars, prefiltered

    assert first_chars(r"\b(?i:may|june)\b") == first_chars(r"[mMjJ](?:ay|une)")
    assert first_chars(r"(a)\1") == r"[\U00000061]"  # only what comes first counts
    for pattern in (r"a?", r".x", r"[^a]b", r"\W", r"a{0,2}|b?"):
        assert first_chars(pattern) is None and prefiltered(pattern) == pattern
    assert prefiltered(r"(?i)ab|c").startswith("(?i)(?=[")
