"""Dates as news writes them: datelines of several styles, relative days and weeks.

The reference is pinned: PUBLISHED is Thursday 14 March 2024 and TODAY (the bound for years
inferred from weekdays) is 1 January 2026.  Sentences are written for these tests (fictional
names and places).
"""
from __future__ import annotations

import datetime as dt

import pytest

from claimdiff.dates import dates, reference

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday
TODAY = dt.date(2026, 1, 1)
BODY = "\nThe Vessa council met on Friday and approved the budget."


# (first line, the reference day it gives)
DATELINES = [
    ("Posted: Mar 3, 2024", "2024-03-03"),
    ("Published 14 March 2024", "2024-03-14"),
    ("Last updated on 9 February 2024", "2024-02-09"),
    ("First published: 2 January 2024", "2024-01-02"),
    ("Updated 10:02 AM ET, Thu March 14, 2024", "2024-03-14"),
    ("Published: 10:02 GMT, 14 March 2024", "2024-03-14"),
    ("Thursday 14 March 2024 10.02 GMT", "2024-03-14"),
    ("Wed 13 Mar 2024 18.40 CET", "2024-03-13"),
    ("Mar. 12, 2024 at 9:15 a.m. EDT", "2024-03-12"),
    ("2024-03-11T08:30:00Z", "2024-03-11"),
    ("TAVEL (AFP), 14 March 2024 - The Vessa council met on Friday.", "2024-03-14"),
    ("ORLAN (Reuters), March 10, 2024 — The Vessa council met on Friday.", "2024-03-10"),
]


@pytest.mark.parametrize("line, value", DATELINES)
def test_dateline_styles(line, value):
    r = reference(line + BODY, today=TODAY)
    assert r.how == "dateline"
    assert r.value == value


# dateline styles read before, kept beside the new ones
DATELINES_ALREADY_READ = [
    ("March 14, 2024 | 10:02 AM", "2024-03-14"),
    ("KESSA, Marl, Mar 14 2024 (IPS) - The Vessa council met on Friday.", "2024-03-14"),
    ("By Ana Dorin, March 8, 2024", "2024-03-08"),
]


@pytest.mark.parametrize("line, value", DATELINES_ALREADY_READ)
def test_dateline_styles_read_before(line, value):
    assert reference(line + BODY, today=TODAY).value == value


# first lines that are no dateline: the date is part of a sentence
NOT_DATELINES = [
    "Updated figures released on March 3, 2024 show a rise in Vessa.",
    "Police in Tavel said on March 3, 2024 that the road was closed.",
    "The Orlan mayor, elected March 3, 2024, resigned.",
    "Published reports from March 3, 2024 describe the flood.",
]


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_first_lines_that_are_no_dateline(line):
    r = reference(line + BODY, today=TODAY)
    assert r.how is None and r.date is None


def test_dateline_anchors_relative_days():
    text = "Published: 10:02 GMT, 14 March 2024\nThe Vessa dam burst on Tuesday, officials said."
    found = [d for d in dates(text, today=TODAY) if d.text == "Tuesday"]
    assert [d.value for d in found] == ["2024-03-12"]


def _values(text, published=PUBLISHED):
    return [(d.text, d.value) for d in dates(text, published=published, today=TODAY)]


# (text, surface, value): "the following/previous year|month|week" count from the date mentioned last
FOLLOWING_AND_PREVIOUS = [
    ("The Orlan mill closed in 2011. The following year it reopened.", "The following year", "2012"),
    ("Tavel exported grain in 2019, up from the previous year.", "the previous year", "2018"),
    ("The Kessa bridge shut in May 2016; the following month it was rebuilt.", "the following month", "2016-06"),
    ("Marl voted in October 2015, and the previous month the mayor quit.", "the previous month", "2015-09"),
    ("The dam at Vessa burst on May 3, 2019; the following week it was repaired.", "the following week", "2019-W19"),
    ("Dorin flooded on 10 June 2020. The previous week, engineers had warned.", "The previous week", "2020-W23"),
]


@pytest.mark.parametrize("text, surface, value", FOLLOWING_AND_PREVIOUS)
def test_following_and_previous_count_from_the_last_date(text, surface, value):
    assert (surface, value) in _values(text)


# with no date before, from the reference; after a coarser date, no value
FOLLOWING_WITHOUT_ANCHOR = [
    ("Sales in Ostra rose from the previous year.", "the previous year", "2023"),
    ("The Vessa law takes effect the following month.", "the following month", "2024-04"),
    ("The Tavel port opened in 2010. In the following month it flooded.", "the following month", None),
    ("Marl held a vote in 2012, and the following week the council resigned.", "the following week", None),
]


@pytest.mark.parametrize("text, surface, value", FOLLOWING_WITHOUT_ANCHOR)
def test_following_and_previous_without_a_fine_enough_date(text, surface, value):
    assert (surface, value) in _values(text)


# (text, surface, value): fortnights, "the week before last", parts of the day around the day mentioned last
RELATIVE_NEWS = [
    ("The Vessa ferry sank a fortnight ago.", "a fortnight ago", "2024-W09"),
    ("Tavel police reopened the road two fortnights ago.", "two fortnights ago", "2024-W07"),
    ("The Orlan dam burst on Monday; a fortnight later it was mended.", "a fortnight later", "2024-W13"),
    ("The Kessa council met the week before last.", "the week before last", "2024-W09"),
    ("Marl prices peaked the month before last.", "the month before last", "2024-01"),
    ("Dorin held its census the year before last.", "the year before last", "2022"),
    ("The Ostra vote is set for the week after next.", "the week after next", "2024-W13"),
    ("The Vessa dam burst on Monday. The next morning, rescuers arrived.", "The next morning", "2024-03-12"),
    ("The Tavel strike began on 4 March; the following evening talks broke down.", "the following evening", "2024-03-05"),
    ("Orlan voted on Tuesday, a day after riots the previous night.", "the previous night", "2024-03-11"),
    ("The Kessa mill burned on 2 March. That night, crews fought the fire.", "That night", "2024-03-02"),
    ("Marl flooded on Friday, and rescuers arrived later that night.", "later that night", "2024-03-08"),
    ("Dorin held a vote on 5 March; on that morning the polls opened late.", "that morning", "2024-03-05"),
]


@pytest.mark.parametrize("text, surface, value", RELATIVE_NEWS)
def test_relative_phrases_of_news(text, surface, value):
    assert (surface, value) in _values(text)


# not these readings: a clause "that", "before last year's", another anchor, no day mentioned before
RELATIVE_NEWS_NEGATIVE = [
    ("The Vessa dam burst on Monday. The mayor said that night raids would go on.", "that night"),
    ("The Tavel council met the week before last year's vote.", "the week before last"),
    ("Orlan rebels met the week before last Friday's summit.", "the week before last"),
    ("Kessa troops left the night before the vote.", "the night before"),
    ("That night, the Marl crews fought the fire.", "That night"),
]


@pytest.mark.parametrize("text, surface", RELATIVE_NEWS_NEGATIVE)
def test_relative_phrases_not_read(text, surface):
    assert not [v for s, v in _values(text) if s == surface and v is not None]


# (text, surface, value): a yearless day shortly after the reference, in a past-tense sentence, is in the
# reference's year (news leaves the current year out); further ahead it is the year before
YEARLESS_AHEAD = [
    ("The Vessa council offered to hold the vote on April 2.", "April 2", "2024-04-02"),
    ("The Tavel port reopened its gates ahead of the March 30 festival.", "March 30", "2024-03-30"),
    ("Orlan police closed roads for the May 10 parade.", "May 10", "2024-05-10"),
    ("Marl wanted talks before the March 20 deadline.", "March 20", "2024-03-20"),
]
YEARLESS_BEHIND = [
    ("The Dorin mill burned on August 3.", "August 3", "2023-08-03"),
    ("Ostra voters rejected the plan on March 2.", "March 2", "2024-03-02"),
    ("The Vessa bridge was closed on December 28.", "December 28", "2023-12-28"),
]


@pytest.mark.parametrize("text, surface, value", YEARLESS_AHEAD)
def test_yearless_day_shortly_ahead_is_this_year(text, surface, value):
    assert (surface, value) in _values(text)


@pytest.mark.parametrize("text, surface, value", YEARLESS_BEHIND)
def test_yearless_day_in_the_past(text, surface, value):
    assert (surface, value) in _values(text)


# (text, surface, value): a month name up to two months ahead with no tense cue is this year's (news leaves
# the current year out), and so is one after "can"; further ahead with no cue, a past tense, or "since" keep
# the last one
MONTHS_AHEAD = [
    ("The Vessa primary in April decides the race.", "April", "2024-04"),
    ("Tavel's harvest fair in May draws crowds from Orlan.", "May", "2024-05"),
    ("The Kessa run-off is in April, a month after the first round.", "April", "2024-04"),
    ("Can the Marl mayor win in November?", "November", "2024-11"),
    ("The Dorin party can pick a leader in August.", "August", "2024-08"),
    ("Ostra can hold its census in October, officials hope.", "October", "2024-10"),
]
MONTHS_BEHIND = [
    ("The Marl mill closed in April.", "April", "2023-04"),
    ("Dorin's fair drew crowds in May.", "May", "2023-05"),
    ("The Ostra vote in February is a test for the mayor.", "February", "2024-02"),
    ("Prices in Vessa have doubled since November.", "November", "2023-11"),
    ("Tavel has had no rain since August, farmers say.", "August", "2023-08"),
    ("Economists put Vessa inflation at 3.1% in November.", "November", "2023-11"),
]

# (text, surface, value): "this summer", "this fall" are the reference year's, whatever the tense
THIS_SEASON = [
    ("Delegates went to the Orlan convention this summer.", "this summer", "2024-SU"),
    ("The Kessa council said the vote this fall was decisive.", "this fall", "2024-FA"),
    ("Marl farmers planted late this autumn, the board said.", "late this autumn", "2024-FA"),
]


@pytest.mark.parametrize("text, surface, value", THIS_SEASON)
def test_this_season_is_this_year(text, surface, value):
    assert (surface, value) in _values(text)


@pytest.mark.parametrize("text, surface, value", MONTHS_AHEAD)
def test_month_without_tense_is_this_year(text, surface, value):
    assert (surface, value) in _values(text)


@pytest.mark.parametrize("text, surface, value", MONTHS_BEHIND)
def test_month_in_the_past(text, surface, value):
    assert (surface, value) in _values(text)


# (text, surface, value): the full stop of a title does not end the sentence the tense is read in
TITLES_IN_SENTENCE = [
    ("On Monday, Dr. Vale will open the Tavel clinic.", "Monday", "2024-03-18"),
    ("On Saturday, Mr. Ruiz will speak in Dorin.", "Saturday", "2024-03-16"),
    ("On Friday, Gov. Orlo of Kessa is expected to sign the bill.", "Friday", "2024-03-15"),
]


@pytest.mark.parametrize("text, surface, value", TITLES_IN_SENTENCE)
def test_titles_do_not_end_the_sentence(text, surface, value):
    assert (surface, value) in _values(text)


# (text, surface, value): a bare quarter before a noun of results, or after a preposition
BARE_QUARTERS = [
    ("The Vessa brewer's Q3 profit fell by half.", "Q3", "2023-Q3"),
    ("Tavel Mining said Q1 sales rose 5%.", "Q1", "2024-Q1"),
    ("Orlan exports dropped in Q2.", "Q2", "2023-Q2"),
]
# not a quarter: a model name, a glued or slashed code
NOT_BARE_QUARTERS = [
    "The Kessa dealer sold the new Audi Q3 in red.",
    "Marl drivers prefer a Q5 estate.",
    "The Dorin plant switched to Q4-grade steel.",
]


@pytest.mark.parametrize("text, surface, value", BARE_QUARTERS)
def test_bare_quarter(text, surface, value):
    assert (surface, value) in _values(text)


@pytest.mark.parametrize("text", NOT_BARE_QUARTERS)
def test_not_a_bare_quarter(text):
    assert not [s for s, v in _values(text) if s.startswith("Q")]


HOSTILE = [
    "the week before " * 5000 + "last",
    "Mrs. " * 5000 + "on Monday",
    "Published: 10:02 GMT, " * 2000 + "14 March 2024\nIt rose on Friday.",
    "that night " * 5000,
    "On March\u200b 3, 2024 \u0422avel \u200d3\u6708 4\u65e5, \ufeffQ3 Q3 Q3 " * 500,
    "2024-03-11T" * 3000,
    "(" * 3000 + "March 3" + ")" * 3000,
    "a fortnight " * 4000 + "ago",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_does_not_crash(text):
    for d in dates(text, today=TODAY):
        assert text[d.span[0]:d.span[1]] == d.text
    reference(text, today=TODAY)


# (text, surface, value): in a future-tense sentence, a yearless day up to 30 days before the reference is
# this year's (the future cue is another verb's); a month name is not
FUTURE_SENTENCE_RECENT_PAST = [
    ("The Vessa inquiry into the March 2 blast will report soon.", "March 2", "2024-03-02"),
    ("Relief for the February 20 storm in Tavel will arrive next week.", "February 20", "2024-02-20"),
    ("Orlan voters, angry since the March 10 vote, will march on Sunday.", "March 10", "2024-03-10"),
]
FUTURE_SENTENCE_AHEAD = [
    ("The Kessa fair will open on January 5.", "January 5", "2025-01-05"),
    ("Marl will hold its next census in December.", "December", "2024-12"),
    ("The Dorin port will reopen in January.", "January", "2025-01"),
]


@pytest.mark.parametrize("text, surface, value", FUTURE_SENTENCE_RECENT_PAST)
def test_future_sentence_recent_past(text, surface, value):
    assert (surface, value) in _values(text)


@pytest.mark.parametrize("text, surface, value", FUTURE_SENTENCE_AHEAD)
def test_future_sentence_ahead(text, surface, value):
    assert (surface, value) in _values(text)


# (text, surface, value): a span of two yearless months or days ends after it starts
SPANS_IN_ORDER = [
    ("Vessa talks ran from March to May.", "March to May", "2023-03/2023-05"),
    ("The Tavel strike lasted from March to April, unions said.", "March to April", "2023-03/2023-04"),
    ("Orlan's rainy season is between March and October.", "March and October", "2024-03/2024-10"),
]


@pytest.mark.parametrize("text, surface, value", SPANS_IN_ORDER)
def test_span_ends_after_it_starts(text, surface, value):
    assert (surface, value) in _values(text)


def test_two_months_without_a_span_keep_their_values():
    assert _values("Kessa sales rose in March and May.") == [("March", "2024-03"), ("May", "2023-05")]


# (text, surface, value): "in N units' time" counts forward from the reference (a day for days and weeks)
IN_TIME = [
    ("The Vessa vote is in two weeks' time.", "in two weeks' time", "2024-03-28"),
    ("Tavel's mill closes in ten days' time.", "in ten days' time", "2024-03-24"),
    ("The Orlan report is due in three months' time.", "in three months' time", "2024-06"),
    ("Kessa will decide in a fortnight's time.", "in a fortnight's time", "2024-03-28"),
]
# a duration without the possessive "time" is not read
NOT_IN_TIME = [
    "Prices in Marl rose 10% in two weeks.",
    "The Dorin crew worked in two weeks time slots.",
]


@pytest.mark.parametrize("text, surface, value", IN_TIME)
def test_in_units_time(text, surface, value):
    assert (surface, value) in _values(text)


@pytest.mark.parametrize("text", NOT_IN_TIME)
def test_durations_without_time_are_not_dates(text):
    assert _values(text) == []
