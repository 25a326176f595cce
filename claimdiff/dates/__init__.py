"""Find date expressions in English news text and resolve them to TIMEX3-style values.

Public API::

    dates(text, *, published=None, today=None) -> list[DateMention]
    reference(text, published=None, today=None) -> Reference

The grammar is our own: a handful of linear-time regular expressions built from
the word lists and templates in :mod:`claimdiff.rules.dates_en`, then plain Python to check
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
"XXXX-07-28" (a day whose year is unknown), and the TIMEX3 reference values
"PAST_REF" ("recently", "the recent downturn", "in the past"), "PRESENT_REF"
("currently", "now", "for the time being") and "FUTURE_REF" ("soon", "in the
future"), which only :func:`dates` returns (``dates_and_reference``, which the
pipeline uses, keeps to calendar values).  Besides calendar dates the grammar
reads ordinal positions in a month ("the last Friday of June", "the first week
of July": full Monday-Sunday weeks), weekdays in a named week ("Wednesday of
next week", "Friday after next"), "Tuesday the 1st", spelled ordinal days
("the first of May"), "the week of July 10", bare quarters and seasons ("the
third quarter", "in summer") and counts from a day ("three weeks from
tomorrow", "two years from now").  A text's earlier dates anchor its later
ones: "the day", "that day" and "a second consecutive day" are the day mentioned
last (else, but for "that day", the reference day); "two days later" and "a year
earlier" count from the date mentioned last; "the same month a year ago" is the
month mentioned last, a year before.  "the following year" and "the previous month" count from the date mentioned
last ("closed in 2011; the following year it reopened": 2012); "a fortnight
ago", "the week before last", "the next morning", "that night" (after a day
was mentioned) and bare quarters ("Q3 profit") are read.  A yearless day or
month is read in the tense of its sentence, leaning to the reference's year
as news does: "offered to debate April 14", written on April 5, is nine days
ahead.  Datelines may carry a label, a clock time or an agency ("Published:
10:02 GMT, 14 March 2024", "PARIS (AFP), 14 March 2024 -").  "October of next year" is two mentions,
"October" (its year read from the phrase) and "next year", as TimeML annotates a
nested expression.  Clock times, durations, holidays and sets ("every Monday")
are out of scope and yield nothing.

Layout::

    forms.py      the table of date forms (pattern, triggers, context check, resolver)
    scan.py       runs the table over a text; the longest of overlapping candidates wins
    context.py    the context checks
    resolve.py    one resolver per form
    arithmetic.py calendar arithmetic (no text, no words)
    tense.py      the tense around a mention ("will", "was")
    reference.py  the dateline and the reference date
    mentions.py   ``dates()``: resolution, widening ("early May"), intervals
    lexicon.py    regex fragments and lookups built from the rules
    prefilter.py  a first-character lookahead for each pattern (same matches, found faster)
    _dateparser.py  adapter for two-digit years (imports ``dateparser`` lazily)

Every English word and pattern is in :mod:`claimdiff.rules.dates_en`.
"""
from .mentions import dates, dates_and_reference
from .reference import Reference, reference

__all__ = ("dates", "reference", "Reference")
