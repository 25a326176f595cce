"""Reading one figure at a token: a numeral (:mod:`numerals`) that is not a
non-figure (:mod:`filters`), with the currency before it and the unit after
it (:mod:`context`); or a special figure (:mod:`specials`).
"""
from __future__ import annotations

from typing import Optional, Tuple, Union

from claimdiff.numbers import context, filters, numerals
from claimdiff.numbers.numerals import Part
from claimdiff.numbers.specials import read_special
from claimdiff.numbers.tokens import DIGIT, GAP_NONE, GAP_SPACE, SYMBOL, WORD, Atom, Tokens, clean
from claimdiff.rules import numbers_en as rules

Read = Tuple[Optional[Atom], int]  # (atom, skip_to): atom None with skip_to > index means "not a figure, skip"


def read_figure(tokens: Tokens, index: int, floor: int, articles: bool) -> Read:
    """An atom at ``index`` with its currency and unit.  (atom, skip_to)."""
    if index >= tokens.count:
        return None, index
    special = read_special(tokens, index, articles)
    if special is not None:
        context.read_unit(tokens, special)
        return special, index
    raw = tokens.raw(index)
    if tokens.kind(index) == SYMBOL and raw not in rules.MINUS_SIGNS and raw != rules.DECIMAL_POINT and raw not in rules.PLUS_SIGNS:
        # a currency sign opening the figure: "$7m" in "$5m-$7m"
        for offset in range(1, rules.CURRENCY_PREFIX_MAX + 1):
            if tokens.kind(index + offset) == DIGIT:
                currency = context.currency_before(tokens, index + offset, index)
                if currency is not None and currency[1] == index:
                    index = index + offset
                break
    atom, skip_to = read_numeric_atom(tokens, index, floor)
    if atom is None:
        return None, skip_to
    context.read_unit(tokens, atom)
    if atom.fraction and atom.unit is None:
        atom.unit = rules.FRACTION_UNIT  # "two-thirds of voters": a share of a whole
    if atom.signed:
        if atom.unit is None and not filters.counts_noun_at(tokens, atom.end):
            return None, filters.skip_chain(tokens, atom.first + 1)  # "+44 20 7946": a phone number
        if atom.unit is None or atom.unit in rules.CHANGE_UNITS:
            # "+0.2%", "+15 points": a rise (the sign may follow a currency sign: "$+0")
            sign = next((tokens.raw(k) for k in range(atom.first, atom.end) if tokens.raw(k) in rules.PLUS_SIGNS), None)
            if sign is not None:
                atom.change = rules.PLUS_SIGNS[sign]
    return atom, index


def read_numeric_atom(tokens: Tokens, index: int, floor: int) -> Read:
    """A number at ``index``, in digits or words."""
    lower = tokens.lowers[index]
    start = index
    if lower in rules.MINUS_SIGNS and tokens.kind(index + 1) == DIGIT and tokens.gap(index + 1) == GAP_NONE:
        before = tokens.kind(index - 1)
        if tokens.gap(index) == GAP_NONE and before in (DIGIT, WORD):
            return None, index
        if before == DIGIT or tokens.lower(index - 1) in rules.NUMBER_WORDS:
            return None, index  # a range dash: "10 - 15"
        return _read_digit_atom(tokens, start, index + 1, floor, negative=True)
    if lower in rules.PLUS_SIGNS and tokens.kind(index + 1) == DIGIT and tokens.gap(index + 1) == GAP_NONE:
        if tokens.gap(index) == GAP_NONE and tokens.kind(index - 1) in (DIGIT, WORD):
            return None, index  # "30+", "A+1"
        return _read_digit_atom(tokens, start, index + 1, floor, negative=False, signed=True)
    if lower in rules.NEGATIVE_WORDS and tokens.gap(index + 1) <= GAP_SPACE and (
        tokens.kind(index + 1) == DIGIT or tokens.lower(index + 1) in rules.NUMBER_WORDS
    ):
        if tokens.kinds[index + 1] == DIGIT:
            return _read_digit_atom(tokens, start, index + 1, floor, negative=True)
        return _read_word_atom(tokens, start, index + 1, negative=True)
    if lower == rules.DECIMAL_POINT and tokens.kind(index + 1) == DIGIT and tokens.gap(index + 1) == GAP_NONE:
        if tokens.gap(index) == GAP_NONE and tokens.kind(index - 1) in (DIGIT, WORD):
            return None, index
        atom = Atom(start, index + 2, float("0." + tokens.texts[index + 1]), digits=True)
        return _finish_digit_atom(tokens, atom, floor, negative=False)
    if tokens.kinds[index] == DIGIT:
        return _read_digit_atom(tokens, start, index, floor, negative=False)
    if tokens.texts[index] in rules.VULGAR_FRACTIONS:
        return Atom(start, index + 1, rules.VULGAR_FRACTIONS[tokens.texts[index]], digits=True, fraction=True), index
    if tokens.kinds[index] != WORD:
        return None, index
    return _read_word_atom(tokens, start, index, negative=False)


def _read_digit_atom(tokens: Tokens, start: int, index: int, floor: int, *, negative: bool, signed: bool = False) -> Read:
    """Digits at ``index`` (after a minus sign or word at ``start`` when ``negative``, a plus sign when ``signed``)."""
    slash = numerals.read_slash_fraction(tokens, index)
    if slash is not None:
        atom = Atom(start, slash[1], -slash[0] if negative else slash[0], digits=True, fraction=True)
        return atom, start  # "1/2", "-4/5"
    numeral = numerals.read_digits(tokens, index)
    if numeral is None:
        return None, filters.skip_chain(tokens, index)
    value, end, integer_text = numeral
    atom = Atom(start, end, value, digits=True, integer_text=integer_text, digit_count=len(tokens.texts[index]), signed=signed)
    return _finish_digit_atom(tokens, atom, floor, negative=negative)


def _read_word_atom(tokens: Tokens, start: int, index: int, *, negative: bool) -> Read:
    """A number in words at ``index``: "forty-five", "a hundred", "half a million", "point 5", "nought point five"."""
    lower = tokens.lowers[index]
    if lower in rules.FRACTION_WORDS:
        atom = numerals.read_fraction_of_scale(tokens, index)
        if atom is None and lower in rules.HALF_WORDS:
            atom = numerals.read_half(tokens, index, bounded=rules.READ_BARE_HALF and context.bound_before(tokens, index, 0) is not None)
        return atom, index
    if lower in rules.POINT_WORDS:
        return numerals.read_point(tokens, index), index
    if lower in rules.ARTICLES:
        fraction = numerals.fraction_after(tokens, 1.0, index, index + 1, article=True)
        if fraction is not None:
            scale = numerals.fraction_of_scale_after(tokens, fraction[1])
            if scale is not None:  # "a quarter of a million", "a third of a billion"
                return Atom(start, scale[1], clean(fraction[0] * scale[0]), scaled=True), index
            return Atom(start, fraction[1], fraction[0], fraction=True), index  # "a third of voters"
    head = numerals.first_word_part(tokens, index)
    if head is None:
        return None, index
    value, part = head
    if part is None:  # a zero word
        value, end = numerals.read_zero(tokens, index)
        return Atom(start, end, -value if negative else value), index
    value, end, scaled = numerals.read_number_phrase(tokens, value, part, index + 1)
    if part is Part.ARTICLE and end == index + 1:
        return None, index
    fraction = numerals.fraction_after(tokens, value, index, end)
    if fraction is not None:
        value, end = fraction
        scale = numerals.fraction_of_scale_after(tokens, end)
        if scale is not None:  # "two thirds of a million"
            return Atom(start, scale[1], clean(-value * scale[0] if negative else value * scale[0]), scaled=True), index
        return Atom(start, end, -value if negative else value, fraction=True), index  # "two-thirds"
    ordinal_end = numerals.ordinal_after(tokens, value, end)
    if ordinal_end is not None:
        return None, ordinal_end  # "the one hundred fifth anniversary", "the two millionth visitor"
    atom = Atom(start, end, -value if negative else value, scaled=scaled)
    if rules.A_DOZEN_IS_APPROXIMATE and part is Part.ARTICLE and tokens.lowers[index + 1] == rules.DOZEN and end == index + 2:
        atom.kind = "approximate"
        atom.low, atom.high = numerals.approximate_interval(rules.DOZEN_VALUE)
    skip = filters.word_numeral_skip(tokens, index, end, negative)
    if skip is not None:
        return None, skip
    _read_age(tokens, atom, index)
    return atom, atom.first


def _finish_digit_atom(tokens: Tokens, atom: Atom, floor: int, *, negative: bool) -> Read:
    """Apply suffixes, scale words and non-figure filters to a digit numeral."""
    first_digit = atom.first + 1 if negative or atom.signed else atom.first
    skip = max(atom.end, first_digit + 1)
    if not negative and not atom.signed:
        # what touches the digits on the left: "MH17", "S-200", "#5", "+44"
        left = filters.left_touching_skip(tokens, first_digit)
        if left is not None:
            return None, left
    currency = context.currency_before(tokens, atom.first, floor)
    glued = _glued_suffix(tokens, atom, currency is not None)
    if isinstance(glued, int):
        return None, glued
    value, end, scaled = glued
    if not scaled:
        powered = numerals.read_power(tokens, value, end)
        if powered is not None:
            value, end = powered  # "3.2e5", "1.5 x 10^6"
            scaled = True
    plain = not scaled and currency is None
    not_figure = filters.dash_chain_skip(tokens, atom, end, first_digit, value, plain)
    if not_figure is None:
        not_figure = filters.clock_time_skip(tokens, atom, end, first_digit, value, scaled, currency is not None)
    if not_figure is not None:
        return None, not_figure
    atom.value = -value if negative else value
    atom.end = end
    atom.scaled = scaled
    atom.integer_text = atom.integer_text and not scaled
    if currency is not None:
        atom.unit, atom.first = currency[0], currency[1]
    if not scaled:
        _read_mixed_fraction(tokens, atom, negative)
        _read_scale_words(tokens, atom, first_digit, negative)
    if atom.unit is None and _read_age(tokens, atom, first_digit):
        return atom, atom.first
    if filters.is_label(tokens, atom, first_digit):
        return None, filters.skip_label_tail(tokens, max(atom.end, skip))
    return atom, atom.first


def _read_mixed_fraction(tokens: Tokens, atom: Atom, negative: bool) -> None:
    """A whole number and a fraction: "3 1/2", "2  1/4", "2½"."""
    end = atom.end
    if not atom.integer_text or atom.value is None:
        return
    raw = tokens.raw(end)
    if raw in rules.VULGAR_FRACTIONS and tokens.gap(end) == GAP_NONE:
        part, new_end = rules.VULGAR_FRACTIONS[raw], end + 1
    elif tokens.kind(end) == DIGIT and tokens.gap(end) == GAP_SPACE:
        slash = numerals.read_slash_fraction(tokens, end, lenient=True)
        if slash is None:
            return
        part, new_end = slash
    else:
        return
    atom.value = atom.value - part if negative else atom.value + part
    atom.end = new_end
    atom.integer_text = False


def _read_age(tokens: Tokens, atom: Atom, first_digit: int) -> bool:
    """Whether ``atom`` is an age ("a 65-year-old", "aged 15"); if so it takes the age's unit and span."""
    age = filters.age_reading(tokens, atom, first_digit)
    if age is None:
        return False
    atom.unit, atom.first, atom.end = age
    atom.age = True
    return True


def _glued_suffix(tokens: Tokens, atom: Atom, after_currency: bool) -> Union[int, Tuple[float, int, bool]]:
    """Letters written straight after the digits: a scale ("5k", "$2.5m") gives (value, end, scaled);
    an ordinal, decade, time or label ("3rd", "1990s", "3pm", "5G") gives the index to skip to."""
    value = atom.value or 0.0
    end = atom.end
    if tokens.gap(end) != GAP_NONE or tokens.kind(end) != WORD:
        return value, end, False
    if tokens.raw(end) in rules.EXPONENT_LETTERS and numerals.read_power(tokens, value, end) is not None:
        return value, end, False  # "3.2e5": read as a power
    if tokens.raw(end) in rules.TIMES_SIGNS and numerals.read_power(tokens, value, end) is not None:
        return value, end, False  # "1.3x10^6"
    scale = numerals.suffix_scale(tokens.raw(end), after_currency)
    if scale is None and tokens.raw(end) in rules.MILLION_OR_METRE_SUFFIXES and context.million_follows(tokens, end + 1):
        scale = rules.MILLION_OR_METRE_SUFFIXES[tokens.raw(end)]  # "1.2m tonnes", "5m people"
    if scale is not None:
        return value * scale, end + 1, True
    skip = filters.glued_letters_skip(tokens, end, atom.integer_text)
    if skip is None and not context.unit_word_at(tokens, end):
        skip = end + 1  # 5G, 3D, 06F6
    if skip is not None:
        return skip
    return value, end, False


def _read_scale_words(tokens: Tokens, atom: Atom, first_digit: int, negative: bool) -> None:
    """Scale words and mixed numbers after digits: "1.5 million", "3 hundred and 21", "2 dozen"."""
    end = atom.end
    if end >= tokens.count or tokens.gaps[end] > GAP_SPACE or atom.value is None:
        return
    word = tokens.lowers[end]
    symbol = tokens.texts[end]
    if symbol in rules.SPACED_SCALE_SYMBOLS and tokens.gaps[end] == GAP_SPACE and not (
        end + 1 < tokens.count and tokens.gaps[end + 1] == GAP_NONE and tokens.kinds[end + 1] in (WORD, DIGIT)
    ):
        scale = rules.SPACED_SCALE_SYMBOLS[symbol]  # "1,674,200.5 M", "2.33 k"
        atom.value = clean(atom.value * scale)
        atom.end = end + 1
        atom.scaled = True
        atom.integer_text = False
        return
    if word in rules.SCALE_WORDS or word in rules.HUNDRED_WORDS or word in rules.DOZEN_WORDS or word in rules.POINT_WORDS:
        value, phrase_end, scaled = numerals.read_number_phrase(tokens, abs(atom.value), Part.DIGITS, end)
        if phrase_end > end:
            atom.value = -value if negative else value
            atom.end = phrase_end
            atom.scaled = scaled
            atom.integer_text = False
