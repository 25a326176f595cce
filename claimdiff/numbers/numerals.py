"""Reading numerals into values: digits ("1,234.5"), number words ("three
hundred and twenty-one"), scale words and suffixes ("2.5 million", "5k"),
spoken decimals ("two point five") and fractions ("one and a half").

A spoken number is read part by part.  Each part (a unit word, a teen, a
scale word, "and"...) is a :class:`Part`; :data:`MAY_FOLLOW` lists, as data,
which parts each part may follow, and one small step function per part does
the arithmetic.  The reader keeps the value and end of the longest complete
number read so far, so a dangling "and" is never part of the figure.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum
from types import MappingProxyType
from typing import Callable, Optional, Tuple

from claimdiff.numbers.tokens import DIGIT, GAP_NONE, GAP_SPACE, WORD, Atom, Tokens, clean
from claimdiff.rules import numbers_en as rules


class Part(IntEnum):
    """What the last word read of a spoken number was."""

    ONE = 1  # "one" .. "nine" (also the "one" of "twenty-one")
    TEEN = 2  # "ten" .. "nineteen"
    TEN = 3  # "twenty" .. "ninety"
    DIGITS = 4  # digits inside words: "4 thousand", "3 hundred and 21"
    ARTICLE = 5  # "a" before "hundred", a scale word or "dozen"
    HUNDRED = 6
    SCALE = 7  # "thousand", "million", "lakh"...
    AND = 8  # "and" before a small number
    FRACTION = 9  # "and a half"
    POINT = 10  # "two point five"
    DOZEN = 11  # ends the number
    DASH = 12  # the dash of "twenty-one"


_WORDS_AND_DIGITS = frozenset({Part.ONE, Part.TEEN, Part.TEN, Part.DIGITS})

#: The transitions: for each part, the parts it may follow.
MAY_FOLLOW = MappingProxyType({
    Part.DASH: frozenset({Part.TEN}),
    Part.ONE: frozenset({Part.TEN, Part.HUNDRED, Part.SCALE, Part.AND}),
    Part.TEEN: frozenset({Part.HUNDRED, Part.SCALE, Part.AND}),
    Part.TEN: frozenset({Part.HUNDRED, Part.SCALE, Part.AND}),
    Part.DIGITS: frozenset({Part.SCALE, Part.AND}),
    Part.HUNDRED: _WORDS_AND_DIGITS | {Part.ARTICLE, Part.POINT},
    Part.SCALE: _WORDS_AND_DIGITS | {Part.ARTICLE, Part.POINT, Part.HUNDRED, Part.SCALE, Part.FRACTION},
    Part.DOZEN: _WORDS_AND_DIGITS | {Part.ARTICLE, Part.HUNDRED},
    Part.FRACTION: _WORDS_AND_DIGITS | {Part.HUNDRED, Part.SCALE},
    Part.AND: frozenset({Part.HUNDRED, Part.SCALE}),
    Part.POINT: _WORDS_AND_DIGITS | {Part.HUNDRED},
})


def _word_parts() -> MappingProxyType:
    """Each word that can continue a spoken number, and its part (zero words continue nothing)."""
    parts = {}
    for words, part in (
        (rules.DASHES, Part.DASH), (rules.POINT_WORDS, Part.POINT), (rules.NUMBER_JOINERS, Part.AND),
        (rules.DOZEN_WORDS, Part.DOZEN), (rules.SCALE_WORDS, Part.SCALE), (rules.HUNDRED_WORDS, Part.HUNDRED),
        (rules.TENS, Part.TEN), (rules.TEENS, Part.TEEN), ([w for w, v in rules.ONES.items() if v > 0], Part.ONE),
    ):
        parts.update(dict.fromkeys(words, part))
    return MappingProxyType(parts)


_WORD_PARTS = _word_parts()


# ------------------------------------------------------------------ values
def approximate_interval(value: float, near: bool = False) -> Tuple[float, float]:
    """[X - d, X + d] (or [X - d, X] when ``near``), d = 10 % of X, at least 1 for whole numbers."""
    if not math.isfinite(value):
        return value, value  # beyond floating point: no interval to give
    delta = abs(value) * rules.APPROXIMATE_FRACTION
    if value == int(value) and abs(value) >= 1:
        delta = max(1.0, float(round(delta)))
    low = clean(value - delta)
    high = value if near else clean(value + delta)
    return low, high


def _glued_digits_after(tokens: Tokens, index: int, sign: str) -> bool:
    """Whether ``sign`` then a digit run follow token ``index - 1`` with nothing between."""
    return (
        index + 1 < tokens.count and tokens.texts[index] == sign and tokens.gaps[index] == GAP_NONE
        and tokens.kinds[index + 1] == DIGIT and tokens.gaps[index + 1] == GAP_NONE
    )


def read_digits(tokens: Tokens, index: int) -> Optional[Tuple[float, int, bool]]:
    """A digit numeral at ``index``: (value, end index, integer-text flag); None for chains (dates, IPs, times)."""
    texts = tokens.texts
    pieces = [texts[index]]
    end = index + 1
    separators = False
    # thousands groups: 1,234,567
    while _glued_digits_after(tokens, end, rules.THOUSANDS_SEPARATOR) and len(texts[end + 1]) == 3 and len(pieces[0]) <= 3:
        pieces.append(texts[end + 1])
        end += 2
        separators = True
    decimal = False
    if _glued_digits_after(tokens, end, rules.DECIMAL_POINT):
        pieces.append(".")
        pieces.append(texts[end + 1])
        end += 2
        decimal = True
        if _glued_digits_after(tokens, end, rules.DECIMAL_POINT):
            return None  # 192.168.1.2, 28.07.2023, version 1.2.3
    if end + 1 < tokens.count and texts[end] in rules.DIGIT_CHAIN_SEPARATORS and _glued_digits_after(tokens, end, texts[end]):
        return None  # 10:30, 7/28/2023, 3/4
    value = float("".join(pieces))
    if not math.isfinite(value):
        return None  # a digit run longer than any figure (over 300 digits): not a number
    return value, end, not (separators or decimal)


def suffix_scale(suffix: str, after_currency: bool) -> Optional[float]:
    """The scale of letters written straight after digits ("5k", "$2.5m"), or None."""
    scale = rules.SCALE_SUFFIXES.get(suffix)
    if scale is None and after_currency:
        scale = rules.CURRENCY_ONLY_SCALE_SUFFIXES.get(suffix)
    return scale


def is_small_number_start(tokens: Tokens, index: int) -> bool:
    """Whether a non-zero number word, or up to three digits, starts at ``index`` ("and 21", "and two")."""
    lower = tokens.lower(index)
    if lower in rules.NUMBER_WORDS and rules.ONES.get(lower, 1) != 0:
        return True
    return tokens.kind(index) == DIGIT and len(tokens.texts[index]) <= 3 and tokens.gap(index) <= GAP_SPACE and tokens.texts[index].strip("0") != ""


# ------------------------------------------------------- spoken numbers
@dataclass
class _Reading:
    """A spoken number being read.  ``value``/``end``: the longest complete number so far."""

    start: int  # where the continuation began
    position: int  # the next token to read
    last: Part
    current: float  # the group below the last scale word
    value: float
    end: int
    total: float = 0.0  # everything up to the last scale word
    largest_scale: float = 0.0
    last_scale: float = 0.0
    before_and: float = 0.0  # the value before a joining "and" ("three hundred and two dozen")
    scaled: bool = False
    done: bool = False

    def take(self, part: Part, end: int) -> bool:
        """Record that ``part`` was read up to ``end``; a joining "and" alone completes nothing."""
        self.last = part
        self.position = end
        if part is not Part.AND:
            self.value = self.total + self.current
            self.end = end
        return True


def _step_word(tokens: Tokens, reading: _Reading, part: Part) -> bool:
    """"one", "fifteen", "forty": after a ten ("twenty-one" spelt "twenty one") or a round group."""
    if reading.last not in MAY_FOLLOW[part]:
        return False
    if reading.last is not Part.TEN and reading.current % 100 != 0:
        return False
    reading.current += rules.NUMBER_WORDS[tokens.lowers[reading.position]]
    return reading.take(part, reading.position + 1)


def _step_dash(tokens: Tokens, reading: _Reading, part: Part) -> bool:
    """The dash of "twenty-one", "fifty - two"."""
    following = tokens.lower(reading.position + 1)
    if reading.last not in MAY_FOLLOW[part] or rules.ONES.get(following, 0) <= 0 or tokens.gap(reading.position + 1) > GAP_SPACE:
        return False
    reading.current += rules.ONES[following]
    return reading.take(Part.ONE, reading.position + 2)


def _step_digits(tokens: Tokens, reading: _Reading, part: Part) -> bool:
    """"4 thousand 3 hundred and 21": digits after "and", or after a scale word before "hundred"/a scale word."""
    if reading.last not in MAY_FOLLOW[part]:
        return False
    numeral = read_digits(tokens, reading.position)
    if numeral is None or not numeral[2] or numeral[0] >= 1000:
        return False
    after = tokens.lower(numeral[1])
    if reading.last is Part.AND:
        if after in rules.HUNDRED_WORDS and reading.current >= 100:
            return False  # "3 hundred and 2 hundred" is two numbers
    elif after not in rules.HUNDRED_WORDS and after not in rules.SCALE_WORDS:
        return False
    reading.current += numeral[0]
    return reading.take(part, numeral[1])


def _step_hundred(tokens: Tokens, reading: _Reading, part: Part) -> bool:
    """"hundred" multiplies the group below a thousand ("3 hundred" also after digits)."""
    if reading.last not in MAY_FOLLOW[part]:
        return False
    if not (reading.current < 100 or (reading.last is Part.DIGITS and reading.position == reading.start)):
        return False
    reading.current = reading.current * 100
    reading.scaled = True
    return reading.take(part, reading.position + 1)


def _step_scale(tokens: Tokens, reading: _Reading, part: Part) -> bool:
    """"thousand", "million": multiply what came before (a larger scale multiplies the total)."""
    word = tokens.lowers[reading.position]
    if reading.last not in MAY_FOLLOW[part] or (reading.last is Part.ARTICLE and word in rules.PLURAL_SCALE_WORDS):
        return False
    scale = rules.SCALE_WORDS[word]
    if reading.last is Part.SCALE:
        if scale <= reading.last_scale:
            return False
        reading.total = (reading.total + reading.current) * scale
    elif scale > reading.largest_scale:
        reading.total = (reading.total + reading.current) * scale
    else:
        reading.total += reading.current * scale
    reading.current = 0.0
    reading.largest_scale = max(reading.largest_scale, scale)
    reading.last_scale = scale
    reading.scaled = True
    return reading.take(part, reading.position + 1)


def _step_dozen(tokens: Tokens, reading: _Reading, part: Part) -> bool:
    """"two dozen", "three hundred and two dozens" (= 300 + 2 * 12), "3 doz.": ends the number."""
    if reading.last not in MAY_FOLLOW[part]:
        return False
    word = tokens.lowers[reading.position]
    reading.current = reading.before_and + (reading.current - reading.before_and) * rules.DOZEN_VALUE
    end = reading.position + 1
    if end < tokens.count and tokens.lowers[end] == rules.FULL_STOP and word in rules.DOZEN_ABBREVIATIONS and tokens.gaps[end] == GAP_NONE:
        end += 1
    reading.scaled = True
    reading.done = True
    return reading.take(part, end)


def _step_and(tokens: Tokens, reading: _Reading, part: Part) -> bool:
    """"and a half" (a fraction), or "and" before a small number after "hundred"/a scale word."""
    following = reading.position + 1
    if reading.last in MAY_FOLLOW[Part.FRACTION]:
        fraction = fraction_after_and(tokens, following)
        if fraction is not None:
            amount, after = fraction
            smaller = tokens.lower(after)
            if reading.last is Part.SCALE and smaller in rules.SCALE_WORDS and smaller not in rules.PLURAL_SCALE_WORDS and (
                rules.SCALE_WORDS[smaller] < reading.last_scale and tokens.gap(after) <= GAP_SPACE
            ):
                reading.total += amount * rules.SCALE_WORDS[smaller]  # "one billion and a half million"
                return reading.take(Part.FRACTION, after + 1)
            if reading.last is Part.SCALE:
                reading.total += amount * reading.last_scale
            else:
                reading.current += amount
            return reading.take(Part.FRACTION, after)
    if reading.last in MAY_FOLLOW[part] and is_small_number_start(tokens, following):
        reading.before_and = reading.current
        return reading.take(part, following)
    return False


def _step_point(tokens: Tokens, reading: _Reading, part: Part) -> bool:
    """"two point five", "3 point 7": decimals after a whole number."""
    if reading.last not in MAY_FOLLOW[part] or reading.current != int(reading.current):
        return False
    if reading.last != Part.DIGITS and tokens.kind(reading.position + 1) == DIGIT:
        return False  # "at one point 200 people": digits after a number word are no decimals
    decimals = read_spoken_decimals(tokens, reading.position + 1)
    if decimals is None:
        return False
    reading.current += float("0." + decimals[0])
    return reading.take(part, decimals[1])


_Step = Callable[[Tokens, _Reading, Part], bool]
_STEPS: "MappingProxyType[Part, _Step]" = MappingProxyType({
    Part.ONE: _step_word, Part.TEEN: _step_word, Part.TEN: _step_word, Part.DASH: _step_dash,
    Part.DIGITS: _step_digits, Part.HUNDRED: _step_hundred, Part.SCALE: _step_scale,
    Part.DOZEN: _step_dozen, Part.AND: _step_and, Part.POINT: _step_point,
})


def read_number_phrase(tokens: Tokens, value: float, last: Part, end: int) -> Tuple[float, int, bool]:
    """Continue a number whose first part (``last``, worth ``value``) ends at ``end``:
    words, scales, "and", "point", fractions.  Returns (value, end, scaled)."""
    reading = _Reading(start=end, position=end, last=last, current=value, value=value, end=end)
    while not reading.done and reading.position < tokens.count and tokens.gaps[reading.position] <= GAP_SPACE:
        position = reading.position
        part = Part.DIGITS if tokens.kinds[position] == DIGIT else _WORD_PARTS.get(tokens.lowers[position])
        if part is None or not _STEPS[part](tokens, reading, part):
            break
    return reading.value, reading.end, reading.scaled


def first_word_part(tokens: Tokens, index: int) -> Optional[Tuple[float, Optional[Part]]]:
    """The first word of a spoken number: (value, part); part None for a zero word ("nought")."""
    lower = tokens.lowers[index]
    if lower in rules.NUMBER_WORDS:
        value = float(rules.NUMBER_WORDS[lower])
        return value, (None if value == 0 else _WORD_PARTS[lower])
    if lower in rules.ARTICLES and tokens.gap(index + 1) <= GAP_SPACE:
        following = tokens.lower(index + 1)
        if following in rules.HUNDRED_WORDS or following == rules.DOZEN or (
            following in rules.SCALE_WORDS and following not in rules.PLURAL_SCALE_WORDS
        ):
            return 1.0, Part.ARTICLE
    return None


# ------------------------------------------------------ scientific notation
def _exponent_at(tokens: Tokens, index: int) -> Optional[Tuple[int, int]]:
    """An exponent glued at ``index``: [sign] digits, or superscript digits ("6", "-4", "+14", "⁶", "⁻³"): (exponent, end)."""
    sign = 1
    position = index
    if tokens.gap(position) != GAP_NONE:
        return None
    raw = tokens.raw(position)
    if raw in rules.EXPONENT_SIGNS:
        sign = rules.EXPONENT_SIGNS[raw]
        position += 1
    elif raw in rules.SUPERSCRIPT_MINUS:
        sign = -1
        position += 1
    if tokens.kind(position) == DIGIT and tokens.gap(position) == GAP_NONE:
        exponent = int(tokens.texts[position])
        position += 1
    else:
        digits = []
        while position < tokens.count and tokens.gaps[position] == GAP_NONE and tokens.texts[position] in rules.SUPERSCRIPT_DIGITS:
            digits.append(str(rules.SUPERSCRIPT_DIGITS[tokens.texts[position]]))
            position += 1
        if not digits:
            return None
        exponent = int("".join(digits))
    if exponent > rules.LARGEST_EXPONENT:
        return None
    return sign * exponent, position


def read_power(tokens: Tokens, value: float, end: int) -> Optional[Tuple[float, int]]:
    """What follows digits that raises them: "3.2e5" (an exponent letter), "1.5 x 10^6", "1.3x10^6",
    "2.48×10−5", "10⁶", "1.1^23": (value, end), or None.  A whole number, an exponent letter and one
    digit make a model name ("the 7E7"), not a power."""
    raw = tokens.raw(end)
    if raw in rules.EXPONENT_LETTERS and tokens.gap(end) == GAP_NONE:
        exponent = _exponent_at(tokens, end + 1)
        if exponent is None:
            return None
        decimal = tokens.raw(end - 2) == rules.DECIMAL_POINT and tokens.gap(end - 1) == GAP_NONE
        signed = tokens.raw(end + 1) in rules.EXPONENT_SIGNS
        if not (decimal or signed or len(tokens.raw(exponent[1] - 1)) >= rules.BARE_EXPONENT_DIGITS):
            return None
        return clean(value * 10.0 ** exponent[0]), exponent[1]
    if raw in rules.POWER_SIGNS and tokens.gap(end) == GAP_NONE:
        exponent = _exponent_at(tokens, end + 1)
        if exponent is not None:
            try:
                return clean(value ** exponent[0]), exponent[1]
            except (OverflowError, ZeroDivisionError):
                return None
        return None
    if raw in rules.SUPERSCRIPT_DIGITS or raw in rules.SUPERSCRIPT_MINUS:
        exponent = _exponent_at(tokens, end)
        if exponent is not None and tokens.raw(end - 1) == rules.POWER_BASE:
            return clean(value ** exponent[0]), exponent[1]
        return None
    if raw in rules.TIMES_SIGNS and tokens.gap(end) <= GAP_SPACE and tokens.kind(end + 1) == DIGIT and tokens.gap(end + 1) <= GAP_SPACE:
        base = tokens.raw(end + 1)
        after = end + 2
        if tokens.raw(after) in rules.POWER_SIGNS and tokens.gap(after) == GAP_NONE:
            after += 1
        elif base != rules.POWER_BASE:
            return None  # "3 x 4": a power needs "^" unless the base is ten ("2.48×10−5", "10⁶")
        exponent = _exponent_at(tokens, after)
        if exponent is not None and len(base) <= rules.POWER_BASE_DIGITS:
            try:
                return clean(value * float(base) ** exponent[0]), exponent[1]
            except OverflowError:
                return None
    return None


def fraction_of_scale_after(tokens: Tokens, end: int) -> Optional[Tuple[float, int]]:
    """"of a million" after a fraction ("two thirds of a million"): (scale, end)."""
    if not tokens.matches(end, rules.FRACTION_OF_SCALE) or tokens.gap(end) > GAP_SPACE:
        return None
    position = end + len(rules.FRACTION_OF_SCALE)
    if tokens.lower(position) in rules.ARTICLES:
        position += 1
    word = tokens.lower(position)
    if word in rules.SCALE_WORDS and word not in rules.PLURAL_SCALE_WORDS and tokens.gap(position) <= GAP_SPACE:
        return rules.SCALE_WORDS[word], position + 1
    return None


# ------------------------------------------------- decimals and fractions
def fraction_after_and(tokens: Tokens, index: int) -> Optional[Tuple[float, int]]:
    """The fraction after the "and" of a number, at ``index``: "a half", "one half", "a fourth", "three
    quarters", "two thirds", "fifty-four hundredths": (amount, end)."""
    first, second = tokens.lower(index), tokens.lower(index + 1)
    if tokens.gap(index) > GAP_SPACE or tokens.gap(index + 1) > GAP_SPACE:
        return None
    if first in rules.FRACTION_ARTICLES:
        denominator = read_denominator(tokens, index + 1)
        if denominator is not None and not _compound_follows(tokens, denominator[1]):
            return 1.0 / denominator[0], denominator[1]
    if (first, second) == rules.THREE_QUARTERS:
        return rules.THREE_QUARTERS_VALUE, index + 2
    small = _small_number(tokens, index)
    if small is None:
        return None
    fraction = fraction_after(tokens, small[0], index, small[1], inside_number=True)
    if fraction is not None and fraction[0] >= 1:
        return None  # "one hundred and thirty-two fifths" is 132/5: the fraction after "and" is a proper one
    return fraction


def _small_number(tokens: Tokens, index: int) -> Optional[Tuple[float, int]]:
    """A number below a hundred in words at ``index`` ("three", "fifty-four", "fifty four"): (value, end).
    Read without the full reader, so that a fraction after "and" never reads the rest of the text again."""
    word = tokens.lower(index)
    if word in rules.TENS:
        value, end = float(rules.TENS[word]), index + 1
        position = end + 1 if tokens.raw(end) in rules.DASHES and tokens.gap(end) <= GAP_SPACE else end
        if rules.ONES.get(tokens.lower(position), 0) > 0 and tokens.gap(position) <= GAP_SPACE:
            return value + rules.ONES[tokens.lower(position)], position + 1
        return value, end
    if word in rules.TEENS or rules.ONES.get(word, 0) > 0:
        return float(rules.NUMBER_WORDS[word]), index + 1
    return None


def read_denominator(tokens: Tokens, index: int) -> Optional[Tuple[float, int, str]]:
    """A denominator at ``index``: "third", "fifths", "hundredths", "twenty-fifth", "twenty fifths":
    (what it divides by, end, its last word)."""
    if tokens.gap(index) > GAP_SPACE:
        return None
    word = tokens.lower(index)
    if word in rules.FRACTION_DENOMINATORS:
        return float(rules.FRACTION_DENOMINATORS[word]), index + 1, word
    if word in rules.TENS:
        position = index + 1
        if tokens.raw(position) in rules.DASHES and tokens.gap(position) == GAP_NONE and tokens.gap(position + 1) == GAP_NONE:
            position += 1
        elif tokens.gap(position) > GAP_SPACE:
            return None
        ordinal = tokens.lower(position)
        if ordinal in rules.ONES_ORDINALS:
            return float(rules.TENS[word] + rules.ONES_ORDINALS[ordinal]), position + 1, ordinal
    return None


def _compound_follows(tokens: Tokens, end: int) -> bool:
    """Whether a hyphen and a word are glued after a denominator ("fifth-graders", "third-party"): no fraction."""
    return tokens.raw(end) in rules.DASHES and tokens.gap(end) == GAP_NONE and tokens.gap(end + 1) == GAP_NONE and tokens.kind(end + 1) == WORD


def _clause_goes_on(tokens: Tokens, end: int) -> bool:
    """Whether a word follows ``end`` in the same clause (not "of", a clause end or the end of the text)."""
    if end >= tokens.count or tokens.gap(end) > GAP_SPACE:
        return False
    return tokens.raw(end) not in rules.FRACTION_CLAUSE_ENDS


def fraction_after(tokens: Tokens, numerator: float, first: int, end: int, *, article: bool = False,
                   inside_number: bool = False) -> Optional[Tuple[float, int]]:
    """A fraction whose numerator [first, end) was read: "two thirds", "one-half", "a third of",
    "three-quarters", "one twenty-fifth": (value, end), or None ("a third term", "the last three quarters",
    "two fifth-graders")."""
    position = end
    hyphen = False
    if tokens.raw(position) in rules.DASHES and tokens.gap(position) <= GAP_SPACE and tokens.gap(position + 1) == tokens.gap(position):
        hyphen, position = True, position + 1
    denominator = read_denominator(tokens, position)
    if denominator is None:
        return None
    divisor, after, word = denominator
    if _compound_follows(tokens, after):
        return None
    if word in rules.SINGULAR_DENOMINATORS and numerator != 1:
        return None  # "the one hundred fifth anniversary", "the two millionth visitor": an ordinal (see ordinal_after)
    tens_index = position - 2 if hyphen else position - 1
    if (
        word in rules.ONES_ORDINALS and tokens.lower(tens_index) in rules.TENS and tens_index > first
        and (not hyphen or tokens.gap(position) == GAP_NONE) and tokens.lower(tens_index - 1) not in rules.NUMBER_JOINERS
    ):
        # "one hundred thirty-fifths", "one hundred thirty fifths": the tens word before a unit ordinal is the
        # ordinal's ("thirty-fifth"), when a numerator is left before it (100/35; "twenty fifths" is 20/5, and
        # "one hundred and thirty fifths", with "and", 130/5)
        tens = rules.TENS[tokens.lower(tens_index)]
        if numerator > tens:
            numerator, divisor = numerator - tens, divisor + tens
    if not inside_number:
        continues = tokens.lower(after) != rules.OF and tokens.lower(after) not in rules.FRACTION_FOLLOWERS and _clause_goes_on(tokens, after)
        if article and continues:
            return None  # "a third term", "a fifth day"
        if article and tokens.lower(first - 1) in rules.NUMBER_JOINERS:
            return None  # "an hour and a half"
        if word in rules.PERIOD_DENOMINATORS and (
            tokens.lower(first - 1) in rules.PERIOD_WORDS_BEFORE or (continues and not hyphen)
        ):
            return None  # "the last three quarters", "three quarters in a row"
    return clean(numerator / divisor), after


def ordinal_after(tokens: Tokens, numerator: float, end: int) -> Optional[int]:
    """Where a spoken ordinal ends when the number before ``end`` is its first part ("one hundred fifth",
    "two millionth", "twenty-first"): the number is a rank, not a figure.  None when no ordinal follows."""
    position = end + 1 if tokens.raw(end) in rules.DASHES and tokens.gap(end) == GAP_NONE else end
    if tokens.gap(position) > GAP_SPACE:
        return None
    word = tokens.lower(position)
    if (word in rules.SINGULAR_DENOMINATORS or word in rules.ONES_ORDINALS) and not word.endswith(rules.PLURAL_ENDING) and numerator != 1:
        return position + 1
    return None


def read_slash_fraction(tokens: Tokens, index: int, *, lenient: bool = False) -> Optional[Tuple[float, int]]:
    """A written fraction at ``index``: "1/2", "3/4", "20/100": (value, end).  Not a chain ("7/28/2023"),
    not a numerator as large as the denominator ("24/7"), not a month and a day ("9/11") unless
    ``lenient`` (a whole number before it, "3 1/2") or a unit follows ("3/16 inch")."""
    if not (tokens.raw(index + 1) == rules.FRACTION_SLASH and _glued_digits_after(tokens, index + 1, rules.FRACTION_SLASH)):
        return None
    end = index + 3
    if tokens.raw(end) in _CHAIN_GLUE and tokens.gap(end) == GAP_NONE and tokens.kind(end + 1) == DIGIT:
        return None  # "7/28/2023", "1/2-3", "3/4.5"
    numerator, denominator = int(tokens.texts[index]), int(tokens.texts[index + 2])
    if denominator == 0 or numerator >= denominator:
        return None
    date_like = denominator <= rules.LAST_DAY_OF_MONTH and denominator not in rules.WRITTEN_DENOMINATORS
    if date_like and not lenient and tokens.lower(end) not in _UNIT_FIRST_WORDS:
        return None
    return clean(numerator / denominator), end


_CHAIN_GLUE = rules.DIGIT_CHAIN_SEPARATORS | rules.DASHES | {rules.DECIMAL_POINT, rules.THOUSANDS_SEPARATOR}
#: The first words of unit phrases ("3/16 inch": a unit follows the fraction).
_UNIT_FIRST_WORDS = frozenset(key[0] for key in rules.UNIT_PHRASES)


def read_half(tokens: Tokens, index: int, bounded: bool) -> Optional[Atom]:
    """"half" with no number before it: "half of the town", "half the homes", "more than half", "cut by
    half", "half an hour" (0.5, with the unit read after it); not "the first half", "half-time"."""
    if tokens.lower(index) not in rules.HALF_WORDS or _compound_follows(tokens, index + 1):
        return None
    previous = tokens.lower(index - 1)
    if previous in rules.HALF_BLOCKERS_BEFORE and tokens.gap(index) <= GAP_SPACE:
        return None
    following = tokens.lower(index + 1) if tokens.gap(index + 1) <= GAP_SPACE else ""
    value = rules.FRACTION_WORDS[tokens.lower(index)]
    if following in rules.ARTICLES and tokens.lower(index + 2) in _UNIT_FIRST_WORDS:
        return Atom(index, index + 2, value)  # "half an hour": the unit is read after it
    if not rules.READ_BARE_HALF:
        return None
    if following == rules.OF or following in rules.HALF_DETERMINERS_AFTER or bounded or (
        previous in rules.HALF_LINKS_BEFORE and tokens.gap(index) <= GAP_SPACE
    ):
        return Atom(index, index + 1, value, fraction=True)
    return None


def read_spoken_decimals(tokens: Tokens, index: int) -> Optional[Tuple[str, int]]:
    """Digits after "point": "point 77", "point zero three", "point seventy-one": (digits, end)."""
    if tokens.gap(index) > GAP_SPACE:
        return None
    if tokens.kind(index) == DIGIT:
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
        if tokens.lower(index + 1) in rules.DASHES and tokens.lower(index + 2) in rules.ONES:
            return str(value + rules.ONES[tokens.lower(index + 2)]), index + 3
        return str(value), index + 1
    return None


def read_zero(tokens: Tokens, index: int) -> Tuple[float, int]:
    """A zero word, and decimals after it ("nought point five"): (value, end)."""
    end = index + 1
    if tokens.lower(end) in rules.POINT_WORDS:
        decimals = read_spoken_decimals(tokens, end + 1)
        if decimals is not None:
            return float("0." + decimals[0]), decimals[1]
    return 0.0, end


def read_point(tokens: Tokens, index: int) -> Optional[Atom]:
    """"point 5" (digits after the point word) at ``index``."""
    if index > 0 and tokens.lower(index - 1) in rules.ONES:
        return None  # "at one point 200 people": the point of an idiom, then a count
    decimals = read_spoken_decimals(tokens, index + 1)
    if decimals is not None and tokens.kind(index + 1) == DIGIT:
        return Atom(index, decimals[1], float("0." + decimals[0]))
    return None


def read_fraction_of_scale(tokens: Tokens, index: int) -> Optional[Atom]:
    """"half a million", "half million", "a quarter of a million", "half a dozen"."""
    fraction = rules.FRACTION_WORDS[tokens.lowers[index]]
    start = index
    if tokens.lower(index - 1) in rules.ARTICLES and tokens.gap(index) <= GAP_SPACE:
        start = index - 1
    position = index + 1
    if tokens.raw(position) in rules.DASHES and tokens.gap(position) == GAP_NONE and tokens.gap(position + 1) == GAP_NONE:
        position += 1  # "a quarter-million", "a half-dozen"
    elif tokens.lower(position) == rules.OF:
        position += 1
        if tokens.lower(position) in rules.ARTICLES:
            position += 1
    elif tokens.lower(position) in rules.ARTICLES:
        position += 1
    if any(tokens.gap(k) > GAP_SPACE for k in range(index + 1, position + 1)):
        return None
    word = tokens.lower(position)
    if word in rules.SCALE_WORDS and word not in rules.PLURAL_SCALE_WORDS:
        scale = rules.SCALE_WORDS[word]
    elif word == rules.DOZEN:
        scale = rules.DOZEN_VALUE
    elif word in rules.HUNDRED_WORDS:
        scale = 100.0
    else:
        return None
    return Atom(start, position + 1, fraction * scale, scaled=True)
