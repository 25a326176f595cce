"""Find numeric figures in English news text, as intervals.

:func:`quantities` scans the text token by token (one regex pass to split it,
then bounded look-ahead and look-behind from each token), so its time grows
linearly with the text.  All English lives in ``claimdiff/rules/numbers_en.py``.

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
* Zeros by negation: the span is the negating words only ("no", "no one",
  "nobody", "none", "without", "not ... any"), and only when a countable noun
  (listed in the rules) follows.
* "2.5m" is 2.5 million after a currency sign or written "M"; else metres.
  "pounds" is weight before "of" or after a weight verb, else GBP.
* Not figures: years, dates, clock times, ordinals, ages, addresses, phone
  numbers, version/IP chains, labels ("page 5", "No. 10") and model names
  ("S-200", "Boeing 737", "G7", "5G").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import List, Optional, Tuple

import regex

from claimdiff import units
from claimdiff.rules import numbers_en as rules
from claimdiff.types import Quantity

__all__ = ["quantities"]

#: Digit runs, letter runs (with inner apostrophes), or any other single non-space character.
TOKEN_PATTERN = regex.compile(r"[0-9]+|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\S")

GAP_NONE = 0  # tokens touch
GAP_SPACE = 1  # spaces or tabs between
GAP_BREAK = 2  # a line break (or start of text) between

DASHES = frozenset({"-", "–", "—", "‑"})
MINUS_SIGNS = frozenset({"-", "−", "–"})
NUMBER_WORDS = {**rules.ONES, **rules.TEENS, **rules.TENS}


class _Tokens:
    """The text split into tokens, with parallel lists for fast look-up."""

    __slots__ = ("text", "starts", "ends", "texts", "lowers", "kinds", "gaps", "count")

    def __init__(self, text: str) -> None:
        self.text = text
        starts: List[int] = []
        ends: List[int] = []
        texts: List[str] = []
        kinds: List[str] = []
        gaps: List[int] = []
        previous_end = 0
        for match in TOKEN_PATTERN.finditer(text):
            start, end = match.span()
            token = match.group()
            if not starts:
                gaps.append(GAP_BREAK)
            elif start == previous_end:
                gaps.append(GAP_NONE)
            elif "\n" in text[previous_end:start]:
                gaps.append(GAP_BREAK)
            else:
                gaps.append(GAP_SPACE)
            first = token[0]
            kinds.append("d" if "0" <= first <= "9" else ("w" if first.isalpha() else "s"))
            starts.append(start)
            ends.append(end)
            texts.append(token)
            previous_end = end
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self.lowers = [t.lower() for t in texts]
        self.kinds = kinds
        self.gaps = gaps
        self.count = len(texts)

    def lower(self, index: int) -> str:
        return self.lowers[index] if 0 <= index < self.count else ""

    def raw(self, index: int) -> str:
        return self.texts[index] if 0 <= index < self.count else ""

    def kind(self, index: int) -> str:
        return self.kinds[index] if 0 <= index < self.count else ""

    def gap(self, index: int) -> int:
        """Gap before token ``index`` (GAP_BREAK past either end)."""
        return self.gaps[index] if 0 <= index < self.count else GAP_BREAK

    def matches(self, index: int, phrase: Tuple[str, ...], *, max_gap: int = GAP_SPACE) -> bool:
        """Whether tokens from ``index`` spell ``phrase`` (lower-case), joined by at most ``max_gap``."""
        if index < 0 or index + len(phrase) > self.count:
            return False
        for offset, word in enumerate(phrase):
            if self.lowers[index + offset] != word:
                return False
            if offset and self.gaps[index + offset] > max_gap:
                return False
        return True

    def is_capitalised_word(self, index: int) -> bool:
        return self.kind(index) == "w" and self.texts[index][0].isupper()


@dataclass
class _Atom:
    """A bare figure before context is applied; token indices are [first, end)."""

    first: int
    end: int
    value: Optional[float]
    kind: str = "exact"
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    dimension: Optional[str] = None
    scaled: bool = False  # a scale word or suffix was applied
    digits: bool = False  # written with digits
    integer_text: bool = False  # a bare run of digits, no separators or decimals
    digit_count: int = 0
    special: bool = False  # vague word, zero by negation, count word: no bounds or ranges
    start_char: Optional[int] = None  # overrides tokens.starts[first] ("n't")


# --------------------------------------------------------------------- helpers
def _clean(number: float) -> float:
    return float(f"{number:.12g}")


def _approximate_interval(value: float, near: bool = False) -> Tuple[float, float]:
    """[X - d, X + d] (or [X - d, X] when ``near``), d = 10 % of X, at least 1 for whole numbers."""
    delta = abs(value) * rules.APPROXIMATE_FRACTION
    if value == int(value) and abs(value) >= 1:
        delta = max(1.0, float(round(delta)))
    low = _clean(value - delta)
    high = value if near else _clean(value + delta)
    return low, high


def _is_noun_like(tokens: _Tokens, index: int, *, capitalised: bool = False) -> bool:
    """Whether token ``index`` can be the noun a count word counts ("both sides", "another missile")."""
    if tokens.kind(index) != "w" or tokens.gap(index) > GAP_SPACE:
        return False
    lower = tokens.lowers[index]
    if lower in rules.FUNCTION_WORDS or lower in NUMBER_WORDS or lower in rules.SCALE_WORDS:
        return False
    if lower in rules.DOZEN_WORDS or lower.endswith("ly"):
        return False
    return capitalised or not tokens.texts[index][0].isupper()


# ------------------------------------------------------------------ numerals
def _read_digits(tokens: _Tokens, index: int) -> Optional[Tuple[float, int, bool]]:
    """A digit numeral at ``index``: (value, end index, integer-text flag); None for chains (dates, IPs, times)."""
    texts, gaps, kinds, count = tokens.texts, tokens.gaps, tokens.kinds, tokens.count
    pieces = [texts[index]]
    end = index + 1
    separators = False
    # thousands groups: 1,234,567
    while (
        end + 1 < count and texts[end] == "," and gaps[end] == GAP_NONE and kinds[end + 1] == "d"
        and gaps[end + 1] == GAP_NONE and len(texts[end + 1]) == 3 and len(pieces[0]) <= 3
    ):
        pieces.append(texts[end + 1])
        end += 2
        separators = True
    decimal = False
    if end + 1 < count and texts[end] == "." and gaps[end] == GAP_NONE and kinds[end + 1] == "d" and gaps[end + 1] == GAP_NONE:
        pieces.append(".")
        pieces.append(texts[end + 1])
        end += 2
        decimal = True
        if end + 1 < count and texts[end] == "." and gaps[end] == GAP_NONE and kinds[end + 1] == "d" and gaps[end + 1] == GAP_NONE:
            return None  # 192.168.1.2, 28.07.2023, version 1.2.3
    if end + 1 < count and gaps[end] == GAP_NONE and texts[end] in (":", "/") and kinds[end + 1] == "d" and gaps[end + 1] == GAP_NONE:
        return None  # 10:30, 7/28/2023, 3/4
    value = float("".join(pieces))
    return value, end, not (separators or decimal)


def _skip_chain(tokens: _Tokens, index: int) -> int:
    """End of a run of digits joined by punctuation without spaces (a date, time, phone number...)."""
    end = index + 1
    while (
        end + 1 < tokens.count and tokens.gaps[end] == GAP_NONE and tokens.kinds[end] == "s"
        and tokens.texts[end] in ".:/-,+" and tokens.kinds[end + 1] == "d" and tokens.gaps[end + 1] == GAP_NONE
    ):
        end += 2
    # "10:30 a.m.", "3pm"
    return _skip_clock_tail(tokens, end)


def _clock_tail_end(tokens: _Tokens, index: int) -> Optional[int]:
    """If an am/pm or o'clock marker starts at ``index``, the index after it."""
    if tokens.gap(index) > GAP_SPACE:
        return None
    lower = tokens.lower(index)
    if lower in ("am", "pm", "o'clock", "o’clock", "oclock"):
        end = index + 1
        if tokens.lower(end) == "." and tokens.gap(end) == GAP_NONE:
            end += 1
        return end
    if lower in ("a", "p") and tokens.lower(index + 1) == "." and tokens.gap(index + 1) == GAP_NONE and tokens.lower(index + 2) == "m" and tokens.gap(index + 2) == GAP_NONE:
        end = index + 3
        if tokens.lower(end) == "." and tokens.gap(end) == GAP_NONE:
            end += 1
        return end
    return None


def _skip_clock_tail(tokens: _Tokens, index: int) -> int:
    tail = _clock_tail_end(tokens, index)
    return tail if tail is not None else index


def _is_small_number_start(tokens: _Tokens, index: int) -> bool:
    lower = tokens.lower(index)
    if lower in NUMBER_WORDS and rules.ONES.get(lower, 1) != 0:
        return True
    return tokens.kind(index) == "d" and len(tokens.texts[index]) <= 3 and tokens.gap(index) <= GAP_SPACE and tokens.texts[index].strip("0") != ""


def _read_number_phrase(tokens: _Tokens, index: int, value: float, last: str, end: int) -> Tuple[float, int, bool]:
    """Continue a number from ``end``: words, scales, "and", "point", fractions.  Returns (value, end, scaled)."""
    lowers, count = tokens.lowers, tokens.count
    total = 0.0
    current = value
    largest_scale = 0.0
    last_scale = 0.0
    committed_value, committed_end = value, end
    scaled = False
    before_and = 0.0
    position = end
    while position < count and tokens.gaps[position] <= GAP_SPACE:
        word = lowers[position]
        # twenty-one, fifty - two
        if word in DASHES and last == "ten":
            following = tokens.lower(position + 1)
            if following in rules.ONES and rules.ONES[following] > 0 and tokens.gap(position + 1) <= GAP_SPACE:
                current += rules.ONES[following]
                last = "unit"
                position += 2
                committed_value, committed_end = total + current, position
                continue
            break
        if word in rules.ONES and rules.ONES[word] > 0:
            if last == "ten" or (last in ("hundred", "scale", "and") and current % 100 == 0):
                current += rules.ONES[word]
                last = "unit"
            else:
                break
        elif word in rules.TEENS or word in rules.TENS:
            if last in ("hundred", "scale", "and") and current % 100 == 0:
                current += NUMBER_WORDS[word]
                last = "teen" if word in rules.TEENS else "ten"
            else:
                break
        elif tokens.kinds[position] == "d":
            # "4 thousand 3 hundred and 21": digits after "and", or before "hundred"/a scale
            numeral = _read_digits(tokens, position)
            if numeral is None or not numeral[2] or numeral[0] >= 1000:
                break
            after = lowers[numeral[1]] if numeral[1] < count else ""
            if last == "and" and after in rules.HUNDRED_WORDS and current >= 100:
                break  # "3 hundred and 2 hundred" is two numbers
            if last == "and" or (last == "scale" and (after in rules.HUNDRED_WORDS or after in rules.SCALE_WORDS)):
                current += numeral[0]
                last = "digits"
                position = numeral[1]
                committed_value, committed_end = total + current, position
                continue
            break
        elif word in rules.HUNDRED_WORDS:
            if last in ("unit", "teen", "ten", "digits", "article", "point") and (current < 100 or (last == "digits" and position == end)):
                current = current * 100
                last = "hundred"
                scaled = True
            else:
                break
        elif word in rules.SCALE_WORDS:
            if last not in ("unit", "teen", "ten", "hundred", "digits", "article", "scale", "point", "fraction"):
                break
            if last == "article" and word in rules.PLURAL_SCALE_WORDS:
                break
            scale = rules.SCALE_WORDS[word]
            if last == "scale":
                if scale <= last_scale:
                    break
                total = (total + current) * scale
            elif scale > largest_scale:
                total = (total + current) * scale
            else:
                total += current * scale
            current = 0.0
            largest_scale = max(largest_scale, scale)
            last_scale = scale
            last = "scale"
            scaled = True
        elif word in rules.DOZEN_WORDS:
            if last not in ("unit", "teen", "ten", "hundred", "digits", "article"):
                break
            # "three hundred and two dozens" = 300 + 2 * 12
            current = before_and + (current - before_and) * 12
            position += 1
            if position < count and lowers[position] == "." and word in ("doz", "dz") and tokens.gaps[position] == GAP_NONE:
                position += 1
            committed_value, committed_end = total + current, position
            scaled = True
            break
        elif word == "and":
            following = tokens.lower(position + 1)
            fraction = _fraction_after_and(tokens, position + 1)
            if fraction is not None and last in ("unit", "teen", "ten", "digits", "hundred", "scale"):
                amount, after = fraction
                if last == "scale":
                    total += amount * last_scale
                else:
                    current += amount
                last = "fraction"
                position = after
                committed_value, committed_end = total + current, position
                continue
            if last in ("hundred", "scale") and (following in NUMBER_WORDS or tokens.kind(position + 1) == "d") and _is_small_number_start(tokens, position + 1):
                last = "and"
                before_and = current
            else:
                break
        elif word in rules.POINT_WORDS and last in ("unit", "teen", "ten", "digits", "hundred") and current == int(current):
            decimals = _read_spoken_decimals(tokens, position + 1)
            if decimals is None:
                break
            digits_text, after = decimals
            current += float("0." + digits_text)
            last = "point"
            position = after
            committed_value, committed_end = total + current, position
            continue
        else:
            break
        position += 1
        if last != "and":
            committed_value, committed_end = total + current, position
    return committed_value, committed_end, scaled


def _fraction_after_and(tokens: _Tokens, index: int) -> Optional[Tuple[float, int]]:
    """"a half", "one half", "a quarter", "three quarters" at ``index``: (amount, end)."""
    first, second = tokens.lower(index), tokens.lower(index + 1)
    if tokens.gap(index) > GAP_SPACE or tokens.gap(index + 1) > GAP_SPACE:
        return None
    if first in ("a", "one") and second in rules.FRACTION_WORDS:
        return rules.FRACTION_WORDS[second], index + 2
    if (first, second) == rules.THREE_QUARTERS:
        return 0.75, index + 2
    return None


def _read_spoken_decimals(tokens: _Tokens, index: int) -> Optional[Tuple[str, int]]:
    """Digits after "point": "point 77", "point zero three", "point seventy-one"."""
    if tokens.gap(index) > GAP_SPACE:
        return None
    if tokens.kind(index) == "d":
        return tokens.texts[index], index + 1
    digits = []
    position = index
    while position < tokens.count and tokens.gaps[position] <= GAP_SPACE and tokens.lowers[position] in rules.ONES:
        digits.append(str(rules.ONES[tokens.lowers[position]]))
        position += 1
    if digits:
        return "".join(digits), position
    word = tokens.lower(index)
    if word in rules.TEENS:
        return str(rules.TEENS[word]), index + 1
    if word in rules.TENS:
        value = rules.TENS[word]
        if tokens.lower(index + 1) in DASHES and tokens.lower(index + 2) in rules.ONES:
            return str(value + rules.ONES[tokens.lower(index + 2)]), index + 3
        return str(value), index + 1
    return None


def _phrases_before(tokens: _Tokens, index: int, floor: int, table: dict, longest: int):
    """Entries of ``table`` (keyed by lower-case token tuples) that end just before token
    ``index`` and start no earlier than ``floor``, longest first: (value, first index, key)."""
    if tokens.gap(index) > GAP_SPACE:
        return
    for length in range(longest, 0, -1):
        first = index - length
        if first < floor:
            continue
        key = tuple(tokens.lowers[first:index])
        value = table.get(key)
        if value is not None:
            yield value, first, key


def _currency_before(tokens: _Tokens, index: int, floor: int) -> Optional[Tuple[str, int]]:
    """A currency sign or code ending just before token ``index``: (unit, first index)."""
    for unit, first, key in _phrases_before(tokens, index, floor, rules.CURRENCY_PREFIXES, rules.CURRENCY_PREFIX_MAX):
        if any(tokens.gaps[k] != GAP_NONE for k in range(first + 1, index)):
            continue
        raw = tokens.texts[first]
        if raw[0].isalpha() and not (raw.isupper() or raw in ("Rs", "Ksh")):
            continue
        if len(key) == 1 and raw.isalpha() and tokens.gap(index) == GAP_NONE and raw not in ("Rs",):
            continue  # "USD5" is unusual; "MH17" is a label
        # "US$" not "the US $": a code must touch the sign
        return unit, first
    return None


# ------------------------------------------------------------------- atoms
def _read_numeric_atom(tokens: _Tokens, index: int, floor: int) -> Tuple[Optional[_Atom], int]:
    """A number at ``index`` (digits or words).  Returns (atom, skip_to); atom None with skip_to > index means "not a figure, skip"."""
    kind = tokens.kinds[index]
    lower = tokens.lowers[index]
    negative = False
    start = index
    if lower in MINUS_SIGNS and tokens.kind(index + 1) == "d" and tokens.gap(index + 1) == GAP_NONE:
        before = tokens.kind(index - 1)
        if tokens.gap(index) == GAP_NONE and before in ("d", "w"):
            return None, index
        if before == "d" or tokens.lower(index - 1) in NUMBER_WORDS:
            return None, index  # a range dash: "10 - 15"
        negative = True
        index += 1
        kind = "d"
    elif lower in rules.NEGATIVE_WORDS and tokens.gap(index + 1) <= GAP_SPACE and (
        tokens.kind(index + 1) == "d" or tokens.lower(index + 1) in NUMBER_WORDS
    ):
        negative = True
        index += 1
        kind = tokens.kinds[index]
        lower = tokens.lowers[index]
    elif lower == "." and tokens.kind(index + 1) == "d" and tokens.gap(index + 1) == GAP_NONE:
        if tokens.gap(index) == GAP_NONE and tokens.kind(index - 1) in ("d", "w"):
            return None, index
        value = float("0." + tokens.texts[index + 1])
        atom = _Atom(start, index + 2, value, digits=True)
        return _finish_digit_atom(tokens, atom, floor, negative=False)

    if kind == "d":
        numeral = _read_digits(tokens, index)
        if numeral is None:
            return None, _skip_chain(tokens, index)
        value, end, integer_text = numeral
        atom = _Atom(start, end, value, digits=True, integer_text=integer_text, digit_count=len(tokens.texts[index]))
        return _finish_digit_atom(tokens, atom, floor, negative=negative)

    if kind != "w":
        return None, index
    value: Optional[float] = None
    last = ""
    if lower in NUMBER_WORDS:
        value = float(NUMBER_WORDS[lower])
        last = "unit" if lower in rules.ONES else ("teen" if lower in rules.TEENS else "ten")
        if value == 0:
            last = "zero"
    elif lower in rules.ARTICLES:
        following = tokens.lower(index + 1)
        if tokens.gap(index + 1) <= GAP_SPACE and (
            following in rules.HUNDRED_WORDS or (following in rules.SCALE_WORDS and following not in rules.PLURAL_SCALE_WORDS) or following in ("dozen",)
        ):
            value, last = 1.0, "article"
    elif lower in rules.FRACTION_WORDS:
        return _read_fraction_of_scale(tokens, index), index
    elif lower in rules.POINT_WORDS:
        decimals = _read_spoken_decimals(tokens, index + 1)
        if decimals is not None and tokens.kind(index + 1) == "d":
            atom = _Atom(start, decimals[1], float("0." + decimals[0]))
            return atom, index
        return None, index
    if value is None:
        return None, index
    if last == "zero":
        end = index + 1
        if tokens.lower(end) in rules.POINT_WORDS:
            decimals = _read_spoken_decimals(tokens, end + 1)
            if decimals is not None:
                value = float("0." + decimals[0])
                end = decimals[1]
        atom = _Atom(start, end, -value if negative else value)
        return atom, index
    value, end, scaled = _read_number_phrase(tokens, index, value, last, index + 1)
    if last == "article" and end == index + 1:
        return None, index
    atom = _Atom(start, end, -value if negative else value, scaled=scaled)
    if last == "article" and tokens.lowers[index + 1] == "dozen" and end == index + 2:
        atom.kind = "approximate"
        atom.low, atom.high = _approximate_interval(12.0)
    # a capitalised number word inside a name: "the Chicago Seven", "Group of Eight"
    if tokens.texts[index][0].isupper() and not negative and tokens.gap(index) == GAP_SPACE and (
        tokens.is_capitalised_word(index - 1) or (tokens.lower(index - 1) == "of" and tokens.is_capitalised_word(index - 2))
    ):
        return None, end
        # "one" as a pronoun: "the one", "which one", "one another"
    if end == index + 1 and lower == "one":
        if tokens.lower(index - 1) in rules.ONE_PRONOUN_BEFORE or tokens.lower(index + 1) in rules.ONE_PRONOUN_AFTER:
            return None, index + 1
        if tokens.lower(index + 1) in ("'", "’") and tokens.lower(index + 2) == "s":
            return None, index + 1
    # hyphen idioms: "one-off", "two-way", "two-thirds"
    if tokens.lower(end) in DASHES and tokens.gap(end) == GAP_NONE and tokens.lower(end + 1) in rules.HYPHEN_IDIOM_TAILS and tokens.gap(end + 1) == GAP_NONE:
        return None, end + 2
    # "half a million" already handled; ages "two-year-old", "five years old"
    age_end = _age_tail_end(tokens, end)
    if age_end is not None:
        return None, age_end
    return atom, index


def _read_fraction_of_scale(tokens: _Tokens, index: int) -> Optional[_Atom]:
    """"half a million", "half million", "a quarter of a million", "half a dozen"."""
    fraction = rules.FRACTION_WORDS[tokens.lowers[index]]
    start = index
    if tokens.lower(index - 1) in rules.ARTICLES and tokens.gap(index) <= GAP_SPACE:
        start = index - 1
    position = index + 1
    if tokens.lower(position) == "of":
        position += 1
    if tokens.lower(position) in rules.ARTICLES:
        position += 1
    if any(tokens.gap(k) > GAP_SPACE for k in range(index + 1, position + 1)):
        return None
    word = tokens.lower(position)
    if word in rules.SCALE_WORDS and word not in rules.PLURAL_SCALE_WORDS:
        scale = rules.SCALE_WORDS[word]
    elif word == "dozen":
        scale = 12.0
    elif word in rules.HUNDRED_WORDS:
        scale = 100.0
    else:
        return None
    return _Atom(start, position + 1, fraction * scale, scaled=True)


def _age_tail_end(tokens: _Tokens, end: int) -> Optional[int]:
    """If "-year-old" / " years old" follows, the index after it."""
    position = end
    if tokens.lower(position) in DASHES and tokens.gap(position) == GAP_NONE:
        position += 1
    if tokens.lower(position) not in ("year", "years", "month", "months", "week", "weeks", "day", "days") or tokens.gap(position) > GAP_SPACE:
        return None
    position += 1
    if tokens.lower(position) in DASHES and tokens.gap(position) == GAP_NONE:
        position += 1
    if tokens.lower(position) in rules.AGE_TAILS and tokens.gap(position) <= GAP_SPACE:
        return position + 1
    return None


def _finish_digit_atom(tokens: _Tokens, atom: _Atom, floor: int, *, negative: bool) -> Tuple[Optional[_Atom], int]:
    """Apply suffixes, scale words and label filters to a digit numeral."""
    first_digit = atom.first + 1 if negative else atom.first
    end = atom.end
    value = atom.value or 0.0
    skip = max(end, first_digit + 1)
    # --- what touches the digits on the left: "MH17", "S-200", "#5", "+44"
    left = first_digit - 1
    if not negative and tokens.gap(first_digit) == GAP_NONE and left >= 0:
        left_text = tokens.texts[left]
        if tokens.kinds[left] == "w" and left_text not in ("Rs",) and tokens.lowers[left] not in rules.CURRENCY_CODE_PREFIXES:
            return None, _skip_chain(tokens, first_digit)
        if left_text in DASHES and tokens.gap(left) == GAP_NONE and tokens.kind(left - 1) == "w" and not (
            tokens.gap(left - 1) == GAP_NONE and tokens.kind(left - 2) == "d"  # "5k-20k": a suffix, not a name
        ):
            return None, _skip_chain(tokens, first_digit)
        if left_text in ("#", "+", "№"):
            return None, _skip_chain(tokens, first_digit)
    # --- what touches the digits on the right
    currency = _currency_before(tokens, atom.first, floor)
    scaled = False
    following = tokens.raw(end)
    if tokens.gap(end) == GAP_NONE and tokens.kind(end) == "w":
        if following in rules.SCALE_SUFFIXES:
            value *= rules.SCALE_SUFFIXES[following]
            end += 1
            scaled = True
        elif currency and following in rules.CURRENCY_ONLY_SCALE_SUFFIXES:
            value *= rules.CURRENCY_ONLY_SCALE_SUFFIXES[following]
            end += 1
            scaled = True
        elif following in rules.ORDINAL_SUFFIXES:
            return None, end + 1
        elif following == "s" and atom.integer_text:
            return None, end + 1  # 1990s
        elif _clock_tail_end(tokens, end) is not None:
            return None, _skip_clock_tail(tokens, end)
        elif not _unit_word_at(tokens, end):
            return None, end + 1  # 5G, 3D, 06F6
    # --- chains of digits joined by dashes: dates, phones, seasons
    if tokens.raw(end) in DASHES and tokens.gap(end) == GAP_NONE and tokens.kind(end + 1) == "d" and tokens.gap(end + 1) == GAP_NONE:
        next_numeral = _read_digits(tokens, end + 1)
        if next_numeral is None:
            return None, _skip_chain(tokens, end + 1)
        after = next_numeral[1]
        if tokens.raw(after) in DASHES and tokens.gap(after) == GAP_NONE and tokens.kind(after + 1) == "d":
            return None, _skip_chain(tokens, first_digit)  # 2023-07-28, 555-123-4567
        other = tokens.texts[end + 1]
        if atom.integer_text and atom.digit_count == 3 and len(other) == 4 and not scaled and not currency:
            return None, after  # a phone number: 555-0134
        if atom.integer_text and atom.digit_count == 4 and 1800 <= value <= 2100 and not scaled and not currency:
            other = tokens.texts[end + 1]
            if len(other) == 2 or (len(other) == 4 and 1800 <= float(other) <= 2100):
                return None, after  # 2019-20, 1995-01, 2010-2015
    # --- clock times: "3 pm", "0800 GMT"
    clock = _clock_tail_end(tokens, end)
    if clock is not None and value < 24.6 and not scaled and not currency:
        return None, clock
    if atom.integer_text and atom.digit_count == 4 and not scaled and value <= 2359 and tokens.texts[first_digit][0] in "012":
        zone = tokens.lower(end)
        if tokens.gap(end) <= GAP_SPACE and (zone in rules.TIME_ZONES and (zone != "local" or tokens.lower(end + 1) == "time")):
            if tokens.texts[first_digit][0] == "0" or zone != "hrs":
                return None, end + 1
    atom.value = -value if negative else value
    atom.end = end
    atom.scaled = scaled
    atom.integer_text = atom.integer_text and not scaled
    if currency is not None:
        atom.unit, atom.first = currency[0], currency[1]
    # --- scale words and mixed numbers: "1.5 million", "3 hundred and 21", "2 dozen"
    if not scaled and end < tokens.count:
        word = tokens.lowers[end]
        if tokens.gaps[end] <= GAP_SPACE and (word in rules.SCALE_WORDS or word in rules.HUNDRED_WORDS or word in rules.DOZEN_WORDS or word in rules.POINT_WORDS):
            phrase_value, phrase_end, phrase_scaled = _read_number_phrase(tokens, first_digit, abs(atom.value), "digits", end)
            if phrase_end > end:
                atom.value = -phrase_value if negative else phrase_value
                atom.end = phrase_end
                atom.scaled = phrase_scaled
                atom.integer_text = False
    if _is_label(tokens, atom, first_digit):
        return None, _skip_label_tail(tokens, max(atom.end, skip))
    age_end = _age_tail_end(tokens, atom.end)
    if age_end is not None:
        return None, age_end
    return atom, atom.first


def _unit_word_at(tokens: _Tokens, index: int) -> bool:
    """Whether a unit phrase starts at ``index`` (used for letters glued to digits)."""
    return _match_unit(tokens, index, adjacent=True) is not None or (
        units.looks_like_unit(tokens.raw(index))
    )


def _is_label(tokens: _Tokens, atom: _Atom, first_digit: int) -> bool:
    """Labels and names: "page 5", "No. 10", "Boeing 737", "ABC 7", "Smith, 45,", "10 Downing Street", "July 28"."""
    if atom.unit is not None:
        return False
    before = first_digit - 1
    previous = tokens.raw(before)
    previous_lower = tokens.lower(before)
    if tokens.gap(first_digit) <= GAP_SPACE:
        plain = atom.integer_text and not atom.scaled
        if plain and previous_lower in rules.NUMBER_LABEL_WORDS and tokens.kind(before) == "w":
            if previous_lower not in ("no", "p", "pp") or previous != previous_lower:
                return True
        if plain and previous in (".", ":") and tokens.gap(before) <= GAP_SPACE and tokens.lower(before - 1) in rules.NUMBER_LABEL_WORDS:
            return True
        if plain and previous in rules.DESIGNATOR_PREFIXES:
            return True
        if previous_lower in rules.AGE_WORDS:
            return True
        if previous_lower == "of" and tokens.lower(before - 1) in rules.AGE_WORDS:
            return True
        if (
            tokens.kind(before) == "w" and previous.isupper() and 2 <= len(previous) <= 5
            and previous not in rules.NON_DESIGNATOR_ACRONYMS and atom.integer_text and not atom.scaled
            and tokens.gap(first_digit) == GAP_SPACE
        ):
            return True  # ABC 7, CNN 10
    value = atom.value or 0.0
    small_integer = atom.integer_text and 1 <= value <= 31 and not atom.scaled
    # dates: "July 28", "28 July", "28 of July"
    if small_integer:
        if previous in rules.MONTHS and tokens.gap(first_digit) <= GAP_SPACE:
            return True
        after = tokens.raw(atom.end)
        if after in rules.MONTHS and tokens.gap(atom.end) <= GAP_SPACE:
            return True
        if tokens.lower(atom.end) == "of" and tokens.raw(atom.end + 1) in rules.MONTHS:
            return True
    # ages in a person description: "Smith, 45, said" / "Smith (45)"
    if atom.integer_text and 1 <= value <= 120:
        if previous == "," and tokens.is_capitalised_word(before - 1) and tokens.raw(atom.end) in (",", ")", ";"):
            return True
    # addresses: "10 Downing Street", "1600 Pennsylvania Avenue"
    if atom.integer_text:
        position = atom.end
        for _ in range(rules.ADDRESS_MAX_NAME_WORDS):
            if not tokens.is_capitalised_word(position) or tokens.gap(position) > GAP_SPACE:
                break
            position += 1
            if tokens.raw(position) in rules.STREET_WORDS and tokens.gap(position) <= GAP_SPACE and position - atom.end >= 1:
                return True
    return False


def _skip_label_tail(tokens: _Tokens, end: int) -> int:
    """After a label or date, also skip "-28" / "to 30" of the same label ("pages 5-10", "July 27-28")."""
    if tokens.raw(end) in DASHES or tokens.lower(end) in ("to", "and"):
        if tokens.kind(end + 1) == "d" and tokens.gap(end + 1) <= GAP_SPACE and tokens.gap(end) <= GAP_SPACE:
            return end + 2
    return end


def _year_like(atom: _Atom) -> bool:
    value = atom.value or 0.0
    return atom.integer_text and atom.digit_count == 4 and 1800 <= value <= 2100 and atom.unit is None and not atom.scaled


def _is_year(tokens: _Tokens, atom: _Atom, bounded: bool) -> bool:
    """A bare four-digit number is a year unless it counts a following noun ("2000 people")."""
    if not _year_like(atom):
        return False
    after = atom.end
    if tokens.raw(after) in ("'", "’") and tokens.lower(after + 1) == "s":
        return True
    previous = tokens.lower(atom.first - 1)
    counts_noun = (
        tokens.kind(after) == "w" and tokens.gap(after) == GAP_SPACE and not tokens.texts[after][0].isupper()
        and tokens.lowers[after] not in rules.FUNCTION_WORDS
        and (tokens.lowers[after].endswith("s") or tokens.lowers[after] in rules.COUNTABLE_NOUNS)
    )
    if bounded and counts_noun:
        return False
    if counts_noun and previous not in rules.YEAR_PREPOSITIONS and tokens.raw(atom.first - 1) not in rules.MONTHS:
        return False
    return True


# ----------------------------------------------------------------- special atoms
def _read_special(tokens: _Tokens, index: int, articles: bool) -> Optional[_Atom]:
    """Zeros by negation, vague quantifiers and count words starting at ``index``."""
    lower = tokens.lowers[index]
    # zeros: "no one", "nobody", "no deaths", "none of the passengers", "without casualties", "not ... any"
    for phrase in rules.ZERO_PERSON_PHRASES:
        if tokens.matches(index, phrase, max_gap=GAP_SPACE):
            end = index + len(phrase)
            if tokens.lower(end) != "of" and not (tokens.raw(end) in DASHES and tokens.gap(end) == GAP_NONE):
                return _zero(index, end)
    if lower in rules.NEGATION_WORDS and lower != "zero":
        start_noun = index + 1
        if lower == "without" and tokens.lower(start_noun) == "any":
            start_noun += 1
        if tokens.raw(index + 1) != "." and _countable_follows(tokens, start_noun):
            return _zero(index, index + 1)
    if lower in rules.NONE_WORDS and tokens.lower(index + 1) == "of":
        position = index + 2
        if tokens.lower(position) in rules.NONE_OF_PRONOUNS:
            return _zero(index, index + 1)
        if tokens.lower(position) in ("the", "these", "those", "its", "their", "our", "his", "her"):
            position += 1
        if _countable_follows(tokens, position):
            return _zero(index, index + 1)
    if lower == "not" or lower.endswith("n't") or lower.endswith("n’t") or (lower.endswith("not") and lower in ("cannot",)):
        for position in range(index + 1, min(index + 2 + rules.NOT_ANY_GAP, tokens.count)):
            if tokens.gaps[position] > GAP_SPACE or tokens.kinds[position] == "s":
                break
            if tokens.lowers[position] == "any":
                if _countable_follows(tokens, position + 1):
                    token_start = tokens.starts[index]
                    if lower != "not":
                        token_start = tokens.ends[index] - 3  # the "n't" of "didn't", the "not" of "cannot"
                    atom = _zero(index, position + 1)
                    atom.start_char = token_start
                    return atom
                break
    # vague quantifiers with a multiplier: "several hundred", "a few thousand"
    for phrase, multiplier in rules.VAGUE_MULTIPLIERS.items():
        if tokens.matches(index, phrase):
            position = index + len(phrase)
            low = float(multiplier)
            while tokens.lower(position) in rules.VAGUE_MULTIPLIABLE and tokens.gap(position) <= GAP_SPACE:
                low *= rules.VAGUE_MULTIPLIABLE[tokens.lower(position)]
                position += 1
            if position > index + len(phrase):
                return _Atom(index, position, None, kind="vague", low=_clean(low), high=None, special=True)
    # vague quantifiers: "several", "dozens", "tens of thousands"
    best: Optional[Tuple[Tuple[str, ...], Tuple[Optional[float], Optional[float]]]] = None
    for phrase, interval in rules.VAGUE_PHRASES.items():
        if phrase[0] == lower and tokens.matches(index, phrase) and (best is None or len(phrase) > len(best[0])):
            best = (phrase, interval)
    if best is not None:
        phrase, (low, high) = best
        end = index + len(phrase) - (1 if phrase[-1] == "of" else 0)
        if phrase[0] in ("hundreds", "thousands", "millions", "billions", "trillions") and tokens.lower(index - 1) in NUMBER_WORDS:
            return None
        return _Atom(index, end, None, kind="vague", low=None if low is None else float(low), high=None if high is None else float(high), special=True)
    # count words: "both sides", "another missile", "a pair of", "a couple of"
    for phrase, (value, kind, low, high) in rules.COUNT_PHRASES.items():
        if phrase[0] == lower and tokens.matches(index, phrase):
            end = index + len(phrase)
            if phrase[-1] == "of" or _is_noun_like(tokens, end, capitalised=phrase != ("both",)) or (phrase == ("both",) and tokens.lower(end) == "of"):
                if phrase == ("another",) and tokens.lower(index - 1) == "one":
                    return None
                span_end = end - 1 if phrase[-1] == "of" else end
                return _Atom(index, span_end, value, kind=kind, low=low, high=high, special=True)
    if articles and lower in rules.ARTICLES:
        following = tokens.lower(index + 1)
        if following not in rules.ARTICLE_NON_COUNTS and _is_noun_like(tokens, index + 1, capitalised=True) and following != "one":
            return _Atom(index, index + 1, 1.0, kind="exact", low=1.0, high=1.0, special=True)
    return None


def _zero(first: int, end: int) -> _Atom:
    return _Atom(first, end, 0.0, kind="exact", low=0.0, high=0.0, special=True)


def _countable_follows(tokens: _Tokens, index: int) -> bool:
    """Whether a countable noun follows within a short noun phrase ("no serious injuries", "any damage or casualties")."""
    position = index
    for _ in range(6):
        if position >= tokens.count or tokens.gaps[position] > GAP_SPACE:
            return False
        lower = tokens.lowers[position]
        if lower in rules.COUNTABLE_NOUNS:
            return True
        if lower in rules.NEGATION_JOINERS or lower in rules.NEGATION_FILLERS:
            position += 1
            continue
        if tokens.kinds[position] != "w" or lower in rules.FUNCTION_WORDS:
            return False
        position += 1
    return False


# ----------------------------------------------------------------- context
def _match_unit(tokens: _Tokens, index: int, *, adjacent: bool = False) -> Optional[Tuple[str, int]]:
    """A unit phrase starting at ``index``: (canonical unit, end index)."""
    if index >= tokens.count or tokens.gaps[index] > GAP_SPACE:
        return None
    gap = tokens.gaps[index]
    for length in range(min(rules.UNIT_PHRASE_MAX, tokens.count - index), 0, -1):
        key = tuple(tokens.lowers[index:index + length])
        unit = rules.UNIT_PHRASES.get(key)
        if unit is None:
            continue
        if any(tokens.gaps[k] > GAP_SPACE for k in range(index + 1, index + length)):
            continue
        if key in rules.CASE_SENSITIVE_UNITS:
            required = rules.CASE_SENSITIVE_UNITS[key]
            if required is not None and tokens.texts[index] != required:
                continue
        if key in rules.ADJACENT_ONLY_UNITS and gap != GAP_NONE:
            continue
        if adjacent and gap != GAP_NONE:
            continue
        if length == 1 and tokens.kinds[index] == "w" and index + 1 < tokens.count and tokens.gaps[index + 1] == GAP_NONE and tokens.kinds[index + 1] == "w":
            continue
        return unit, index + length
    return None


def _read_unit(tokens: _Tokens, atom: _Atom) -> None:
    """Attach the unit written after the figure ("40 kilometres", "5%", "27-kilometre", "3 GHz")."""
    end = atom.end
    if atom.special:
        # "billions of dollars"
        if atom.kind == "vague" and tokens.lower(end) == "of":
            found = _match_unit(tokens, end + 1)
            if found and found[0] in rules.VAGUE_OF_UNITS:
                atom.unit, atom.end = _resolve_pounds(tokens, atom, found[0], found[1])
        return
    found = _match_unit(tokens, end)
    if found is None and tokens.raw(end) in DASHES and tokens.gap(end) == GAP_NONE and tokens.gap(end + 1) == GAP_NONE and tokens.kind(end + 1) == "w":
        hyphenated = _match_unit(tokens, end + 1)
        if hyphenated is not None and hyphenated[0] not in ("percent",):
            found = hyphenated
    if found is not None:
        unit, unit_end = found
        if atom.unit is not None:
            # "$5 million dollars" keeps the prefix currency; a different unit is not ours
            if unit == atom.unit:
                atom.end = unit_end
            return
        atom.unit, atom.end = _resolve_pounds(tokens, atom, unit, unit_end)
        return
    if atom.unit is None and atom.value is not None and tokens.gap(end) <= GAP_SPACE and tokens.kind(end) == "w":
        word = tokens.texts[end]
        if units.looks_like_unit(word) and not (tokens.gap(end + 1) == GAP_NONE and tokens.kind(end + 1) in ("w", "d")):
            number_text = tokens.text[tokens.starts[atom.first]:tokens.ends[atom.end - 1]]
            answer = units.quantulum_unit(number_text, word)
            if answer is not None:
                atom.unit, atom.dimension = answer
                atom.end = end + 1


def _resolve_pounds(tokens: _Tokens, atom: _Atom, unit: str, unit_end: int) -> Tuple[str, int]:
    """"pounds" is weight before "of" or after a weight word; else sterling."""
    if unit != "pound" or tokens.lower(unit_end - 1) not in ("pound", "pounds"):
        return unit, unit_end
    if tokens.lower(unit_end) == "of" or atom.kind == "vague":
        if atom.kind == "vague":
            return "GBP", unit_end
        return "pound", unit_end
    for position in range(max(0, atom.first - 4), atom.first):
        if tokens.lowers[position] in rules.WEIGHT_CONTEXT:
            return "pound", unit_end
    return "GBP", unit_end


def _bound_before(tokens: _Tokens, index: int, floor: int) -> Optional[Tuple[str, int]]:
    """A bound or hedge phrase ending just before ``index``: (kind, first index)."""
    for kind, first, _key in _phrases_before(tokens, index, floor, rules.BOUND_PREFIXES, rules.BOUND_PREFIX_MAX):
        if any(tokens.gaps[k] > GAP_SPACE for k in range(first + 1, index + 1)):
            continue
        return kind, first
    return None


def _bound_after(tokens: _Tokens, index: int) -> Optional[Tuple[str, int]]:
    """"or more", "or so", "-odd", "+" after a figure: (kind, end index)."""
    for phrase, kind in rules.BOUND_SUFFIXES.items():
        if tokens.matches(index, phrase) and tokens.gap(index) <= GAP_SPACE:
            if phrase in (("+",), ("-", "plus"), ("-", "odd")) and tokens.gap(index) != GAP_NONE:
                continue
            if phrase in (("plus",), ("odd",)) and tokens.gap(index) != GAP_SPACE:
                continue
            return kind, index + len(phrase)
    return None


def _change_before(tokens: _Tokens, index: int, floor: int, unit: Optional[str]) -> Optional[str]:
    """"rose 3%", "fell by 2", "up 5 percent", "a drop of 10", "increased to 500"."""
    position = index - 1
    links = 0
    while position >= floor and links < 3:
        if tokens.gaps[position + 1] > GAP_SPACE:
            return None
        lower = tokens.lowers[position]
        if lower in rules.CHANGE_WORDS:
            if unit not in rules.CHANGE_UNITS:
                # counts change only with a link ("rose to 14", "fell by 2"), never with "lost"/"cut"
                linked = any(tokens.lowers[k] in ("to", "by", "of") for k in range(position + 1, index))
                if lower in rules.AMBIGUOUS_CHANGE_WORDS or not linked:
                    return None
            return rules.CHANGE_WORDS[lower]
        if lower in rules.CHANGE_LINKS or (lower.endswith("ly") and len(lower) > 4):
            position -= 1
            links += 1
            continue
        return None
    return None


def _read_figure(tokens: _Tokens, index: int, floor: int, articles: bool) -> Tuple[Optional[_Atom], int]:
    """An atom with its currency and unit.  (atom, skip_to)."""
    if index >= tokens.count:
        return None, index
    special = _read_special(tokens, index, articles)
    if special is not None:
        _read_unit(tokens, special)
        return special, index
    if tokens.kind(index) == "s" and tokens.raw(index) not in MINUS_SIGNS and tokens.raw(index) != ".":
        # a currency sign opening the figure: "$7m" in "$5m-$7m"
        for offset in range(1, rules.CURRENCY_PREFIX_MAX + 1):
            if tokens.kind(index + offset) == "d":
                currency = _currency_before(tokens, index + offset, index)
                if currency is not None and currency[1] == index:
                    index = index + offset
                break
    atom, skip_to = _read_numeric_atom(tokens, index, floor)
    if atom is None:
        return None, skip_to
    _read_unit(tokens, atom)
    return atom, index


def _quantity(tokens: _Tokens, atom: _Atom, kind: str, low: Optional[float], high: Optional[float],
              first: int, end: int, change: Optional[str], alternative: Optional[Quantity] = None,
              start_char: Optional[int] = None) -> Quantity:
    start = tokens.starts[first] if start_char is None else start_char
    stop = tokens.ends[end - 1]
    unit = atom.unit
    dimension = atom.dimension or units.dimension_of(unit)
    return Quantity(
        value=atom.value, low=low, high=high, kind=kind, unit=unit, change=change,
        span=(start, stop), text=tokens.text[start:stop], dimension=dimension,
        base_low=units.to_base(low, unit), base_high=units.to_base(high, unit), alternative=alternative,
    )


def _interval(atom: _Atom, bound: Optional[str]) -> Tuple[str, Optional[float], Optional[float]]:
    """Kind and interval of a single figure under an optional bound phrase."""
    value = atom.value
    if atom.special or value is None:
        return atom.kind, atom.low, atom.high
    if bound is None:
        if atom.kind == "approximate":
            return "approximate", atom.low, atom.high
        return "exact", value, value
    if bound in ("at_least", "more_than"):
        return bound, value, None
    if bound in ("at_most", "less_than"):
        return bound, None, value
    low, high = _approximate_interval(value, near=(bound == "near"))
    return "approximate", low, high


def _try_range(tokens: _Tokens, atom: _Atom, floor: int, opener: Optional[str], score_context: bool) -> Optional[Tuple[str, _Atom, int]]:
    """A second figure joined by a range connector: ("range"|"score", second atom, end)."""
    position = atom.end
    connector = tokens.lower(position)
    if connector not in rules.RANGE_CONNECTORS or tokens.gap(position) > GAP_SPACE:
        return None
    if connector == "and" and opener not in rules.RANGE_OPENERS_FOR_AND:
        return None
    if connector not in ("and", "to") and connector not in DASHES and opener == "between":
        return None  # "between 10 and 15", "between 10-15" (loose but common), not "between 10 or 15"
    if connector in DASHES and tokens.gap(position) != tokens.gap(position + 1):
        return None  # "5 -3" is not a range
    second, _ = _read_figure(tokens, position + 1, position + 1, False)
    if second is None or second.special or second.value is None or atom.value is None:
        return None
    if connector in DASHES and tokens.gap(position) == GAP_NONE and tokens.kind(position - 1) == "d" and tokens.raw(position + 1)[:1].isupper():
        return None  # "7-Eleven": digits glued to a capitalised number word make a name, not a range
    if _year_like(second) and not _year_like(atom):
        return None
    first_value, second_value = atom.value, second.value
    if atom.unit and second.unit and atom.unit != second.unit:
        return None
    if connector in DASHES and (atom.value == 0 or second.value == 0) and not (atom.digits and second.digits):
        return None  # "three-nought-four" reads digit by digit
    if connector in DASHES and (score_context or first_value >= second_value) and atom.unit is None and second.unit is None and atom.integer_text and second.integer_text:
        return "score", second, second.end
    # "5 to 7 million": the first side takes the scale of the second
    if not atom.scaled and second.scaled and (atom.unit is None or second.unit is None or atom.unit == second.unit):
        for scale in (1e12, 1e9, 1e7, 1e6, 1e5, 1e3, 100.0):
            if second_value >= scale and first_value * scale <= second_value and first_value < 1000:
                first_value = _clean(first_value * scale)
                break
    if first_value >= second_value:
        return None
    atom.value = first_value
    unit = atom.unit or second.unit
    atom.unit = second.unit = unit
    if atom.dimension is None:
        atom.dimension = second.dimension
    return "range", second, second.end


def _scan(tokens: _Tokens, index: int, floor: int, articles: bool) -> Tuple[List[Quantity], int]:
    """Quantities starting at token ``index``; returns them and the index to continue from."""
    atom, skip_to = _read_figure(tokens, index, floor, articles)
    if atom is None:
        return [], max(skip_to, index + 1)
    first = atom.first
    end = atom.end
    if atom.special:
        kind, low, high = _interval(atom, None)
        change = _change_before(tokens, first, floor, atom.unit) if atom.kind == "vague" else None
        return [_quantity(tokens, atom, kind, low, high, first, end, change, start_char=atom.start_char)], end

    bound = _bound_before(tokens, first, floor)
    bound_kind, span_first = (bound[0], bound[1]) if bound else (None, first)
    if _is_year(tokens, atom, bounded=bound is not None):
        return [], _skip_label_tail(tokens, end)

    # range openers: "between 10 and 15", "from 10 to 15", "ranging from"
    opener = None
    opener_first = first
    if tokens.lower(first - 1) in rules.RANGE_OPENERS and first - 1 >= floor and tokens.gap(first) <= GAP_SPACE:
        opener = tokens.lower(first - 1)
        opener_first = first - 1
        if tokens.lower(first - 2) in rules.RANGE_OPENER_LEADS and first - 2 >= floor:
            opener_first = first - 2
    change_before_from = opener == "from" and _change_before(tokens, first - 1, floor, atom.unit or "percent") is not None
    score_context = any(tokens.lower(k) in rules.SCORE_VERBS for k in range(max(floor, first - 3), first))
    joined = None if atom.special else _try_range(tokens, atom, floor, opener, score_context)
    if joined is not None and joined[0] == "score":
        second = joined[1]
        return [
            _quantity(tokens, atom, "exact", atom.value, atom.value, first, atom.end, None),
            _quantity(tokens, second, "exact", second.value, second.value, second.first, second.end, None),
        ], second.end
    if joined is not None and change_before_from:
        # "rose from 10 to 15": the old level, then the new level as a change
        second = joined[1]
        direction = _change_before(tokens, first - 1, floor, atom.unit or "percent")
        return [
            _quantity(tokens, atom, "exact", atom.value, atom.value, first, atom.end, None),
            _quantity(tokens, second, "exact", second.value, second.value, second.first, second.end, direction),
        ], second.end
    if joined is not None:
        second = joined[1]
        kind, low, high = "range", atom.value, second.value
        end = joined[2]
        span_first = min(span_first, opener_first) if opener else span_first
    else:
        suffix = _bound_after(tokens, end)
        if suffix is not None and (bound is None or bound_kind == "approximate"):
            bound_kind = suffix[0]
            end = suffix[1]
        kind, low, high = _interval(atom, bound_kind)
    change = _change_before(tokens, span_first, floor, atom.unit)
    # a figure stated twice: "40 kilometres (25 miles)", "forty-five (45)"
    alternative = None
    if tokens.raw(end) == "(" and tokens.gap(end) <= GAP_SPACE:
        inner, _ = _read_figure(tokens, end + 1, end + 1, False)
        if inner is not None and not inner.special and tokens.raw(inner.end) == ")":
            same_measure = atom.unit and inner.unit and atom.unit != inner.unit and units.dimension_of(atom.unit) == units.dimension_of(inner.unit) and units.dimension_of(atom.unit) is not None
            same_number = inner.value == atom.value and kind == "exact" and inner.unit == atom.unit
            if same_measure or same_number:
                inner_kind, inner_low, inner_high = _interval(inner, None)
                alternative = _quantity(tokens, inner, inner_kind, inner_low, inner_high, inner.first, inner.end, None)
                end = inner.end + 1
    return [_quantity(tokens, atom, kind, low, high, span_first, end, change, alternative)], end


def quantities(text: str, *, articles: bool = False) -> List[Quantity]:
    """All figures in ``text``, sorted by position, non-overlapping.

    ``articles=True`` also counts a bare "a"/"an" before a noun as one.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    tokens = _Tokens(text)
    found: List[Quantity] = []
    floor = 0
    index = 0
    lowers, kinds = tokens.lowers, tokens.kinds
    while index < tokens.count:
        lower = lowers[index]
        if kinds[index] == "w" and lower not in _TRIGGER_WORDS and not lower.endswith("n't") and not lower.endswith("n’t") and not (articles and lower in rules.ARTICLES):
            index += 1
            continue
        if kinds[index] == "s" and lower not in _TRIGGER_SYMBOLS:
            index += 1
            continue
        results, next_index = _scan(tokens, index, floor, articles)
        if results:
            found.extend(results)
            floor = next_index
        index = max(next_index, index + 1)
    return _join_two_sided(text, found)


def _join_two_sided(text: str, found: List[Quantity]) -> List[Quantity]:
    """"more than 10 but fewer than 20" -> one range [10, 20]."""
    joined: List[Quantity] = []
    for quantity in found:
        if joined:
            previous = joined[-1]
            between = text[previous.span[1]:quantity.span[0]].strip().lower()
            kinds = {previous.kind, quantity.kind}
            lower = previous if previous.kind in ("at_least", "more_than") else quantity
            upper = quantity if lower is previous else previous
            if (
                between in rules.TWO_SIDED_JOINERS and previous.change is None and quantity.change is None
                and lower.kind in ("at_least", "more_than") and upper.kind in ("at_most", "less_than")
                and len(kinds) == 2 and lower.unit == upper.unit and lower.low is not None and upper.high is not None
                and lower.low < upper.high
            ):
                start, end = previous.span[0], quantity.span[1]
                joined[-1] = replace(
                    lower, value=lower.low, high=upper.high, kind="range", span=(start, end), text=text[start:end],
                    base_high=upper.base_high,
                )
                continue
        joined.append(quantity)
    return joined


#: Words at which a figure can start (everything else is skipped quickly).
_TRIGGER_WORDS = frozenset(
    set(NUMBER_WORDS) | set(rules.ARTICLES) | set(rules.FRACTION_WORDS) | set(rules.POINT_WORDS)
    | set(rules.NEGATIVE_WORDS) | {phrase[0] for phrase in rules.VAGUE_PHRASES} | {phrase[0] for phrase in rules.VAGUE_MULTIPLIERS}
    | {phrase[0] for phrase in rules.COUNT_PHRASES} | {phrase[0] for phrase in rules.ZERO_PERSON_PHRASES}
    | set(rules.NEGATION_WORDS) | set(rules.NONE_WORDS) | {"not", "cannot"}
)
_TRIGGER_SYMBOLS = frozenset(set(MINUS_SIGNS) | {"."})
