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
