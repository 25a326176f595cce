"""Find numeric figures in English news text, as intervals.

:func:`quantities` scans the text token by token (one regex pass to split it,
then bounded look-ahead and look-behind from each token), so its time grows
linearly with the text.  All English lives in ``claimdiff/rules/numbers_en.py``.

The package:

* :mod:`.tokens` -- the text split into tokens; the shared :class:`Atom`;
* :mod:`.numerals` -- digits and number words into values (a spoken number
  is read part by part, with its transitions as data);
* :mod:`.specials` -- zeros by negation, vague quantifiers, count words;
* :mod:`.filters` -- non-figures: years, dates, times, labels, names, ages;
* :mod:`.context` -- currencies and units, bounds, changes, ranges;
* :mod:`.units` -- the unit table, and a lazy quantulum3 fallback;
* :mod:`.atoms` -- one figure at a token; :mod:`.scan` -- :func:`quantities`;
* :mod:`.movements` -- :func:`movements`: which figures are one change
  ("rose from 240 to 273", "rose 0.7 percent to 6,327.8"), and its direction.

Conventions (documented choices):

* Digits, number words, scale words and suffixes give an ``exact`` figure;
  "a dozen" is ``approximate`` 12 ([11, 13]); "two dozen" is exact 24.
* Hedges ("about", "some", "an estimated") give ``approximate`` with
  [X - d, X + d], d = 10 % of X, at least 1 for whole numbers; "nearly",
  "almost", "close to", "just under" give [X - d, X].
* Bounds: "at least" -> at_least [X, None]; "more than"/"over" -> more_than
  [X, None]; "up to"/"as many as" -> at_most [None, X]; "fewer than"/"under"
  -> less_than [None, X].  The bound phrase is part of the span.
* Ranges "10 to 15", "10-15", "between 10 and 15", "10 or 11" -> range;
  value = low.  A dashed pair after a sports verb, or with low >= high
  ("won 3-1", "a 2-2 draw"), is a score: two exact figures.
* Not ranges, two figures: "X or Y ... respectively", "either X or Y" (the
  first takes the second's unit); a change and the level it reached, "rose 0.7 percent to
  6,327.8", "fell by 3 to 15" (both carry the change's direction); an old and
  a new level, "rose from 240 to 273", "went from 240 to 273" (the new level
  carries the direction).  :func:`movements` links them into one change.
* A plus sign marks a rise: "+0.2%" is 0.2 percent with change "up".
* Zeros by negation: the span is the negating words only ("no", "no one",
  "nobody", "none", "without", "not ... any"), and only when a countable noun
  (listed in the rules) follows.
* "2.5m" is 2.5 million after a currency sign, written "M", or before a unit
  or a counted noun ("1.2m tonnes", "5m users"); else metres ("a 10m wall").
  "pounds" is weight before "of" or after a weight verb, else GBP.
* Fractions: a fraction on its own ("a third of", "two-thirds", "three
  quarters of", "1/2", "⅔") has the unit "fraction" (a share of a whole; its
  base is in percent, so "a third" and "33 percent" compare); with a unit
  after it, that unit ("1/2 pound", "half an hour"); with a whole number, a
  plain number ("3 1/2", "one and a half").  "a third term", "the last three
  quarters", "9/11", "24/7" are not fractions; a bare "half" ("half the town")
  is read only with ``rules.READ_BARE_HALF``.  "2 in 3 start-ups" is two counts.
* Ages are figures: "a 65-year-old", "aged 15", "29 years old", "Smith, 45,"
  have the unit year (month, week, day), whose dimension is a duration.
* "tens of thousands" is vague from 10,000; "3.2e5", "1.5 x 10^6" are read.
* Not figures: years (also "2024 sales", "whose 1968 arrest", "Paris 2024"),
  dates ("Oct. 31"), clock times, ordinals ("its one hundred fifth
  anniversary"), addresses, phone numbers, version/IP chains, labels ("page
  5", "No. 10", "number one", "round two") and model names ("S-200", "Boeing
  737", "Game 3", "iOS 5", "iPhone 2.0", "S&P 500", "the 7E7", "G7", "5G",
  and a number the text named so before: "the 787" after "Boeing 787");
  "another" before no countable noun ("another official said").
"""
from __future__ import annotations

from claimdiff.numbers.movements import Movement, movements
from claimdiff.numbers.scan import quantities

__all__ = ["Movement", "movements", "quantities"]
