"""Non-figures: numerals that are not amounts.

Years, dates, clock times, ordinals, ages, addresses, phone numbers,
version/IP chains, labels ("page 5", "No. 10"), model names ("S-200",
"Boeing 737", "G7", "5G"), numbers inside names ("the Chicago Seven") and
idioms ("one-off").  Each test says whether, or up to where, to skip.
"""
from __future__ import annotations

from typing import Optional, Tuple

from claimdiff.numbers import units
from claimdiff.numbers.numerals import read_digits
from claimdiff.numbers.tokens import DIGIT, GAP_BREAK, GAP_NONE, GAP_SPACE, SYMBOL, WORD, Atom, Tokens
from claimdiff.rules import numbers_en as rules

YEAR_FIRST, YEAR_LAST = 1800, 2100  # four-digit numbers that read as years
LAST_DAY = 31  # the largest day of a month ("July 28")
OLDEST_AGE = 120  # "Smith, 45, said"
LAST_HOUR = 24.6  # below this, an am/pm marker makes a time ("3 pm", "10.30 am")
LAST_MINUTE_OF_DAY = 2359  # "0800 GMT"
HOUR_FIRST_DIGITS = "012"  # a four-digit time starts with one of these


# ------------------------------------------------------------- chains
def skip_chain(tokens: Tokens, index: int) -> int:
    """End of a run of digits joined by punctuation without spaces (a date, time, phone number...)."""
    end = index + 1
    while (
        end + 1 < tokens.count and tokens.gaps[end] == GAP_NONE and tokens.kinds[end] == SYMBOL
        and tokens.texts[end] in rules.CHAIN_PUNCTUATION and tokens.kinds[end + 1] == DIGIT and tokens.gaps[end + 1] == GAP_NONE
    ):
        end += 2
    # "10:30 a.m.", "3pm"
    return skip_clock_tail(tokens, end)


def dash_chain_skip(tokens: Tokens, atom: Atom, end: int, first_digit: int, value: float, plain: bool) -> Optional[int]:
    """Digits joined by dashes that make a date, a phone number or a season ("2023-07-28", "555-0134", "2019-20").

    ``plain``: no scale and no currency.  Where to skip to, or None.
    """
    if not (tokens.raw(end) in rules.DASHES and tokens.gap(end) == GAP_NONE and tokens.kind(end + 1) == DIGIT and tokens.gap(end + 1) == GAP_NONE):
        return None
    next_numeral = read_digits(tokens, end + 1)
    if next_numeral is None:
        return skip_chain(tokens, end + 1)
    after = next_numeral[1]
    if tokens.raw(after) in rules.DASHES and tokens.gap(after) == GAP_NONE and tokens.kind(after + 1) == DIGIT:
        return skip_chain(tokens, first_digit)  # 2023-07-28, 555-123-4567
    other = tokens.texts[end + 1]
    if atom.integer_text and atom.digit_count == 3 and len(other) == 4 and plain:
        return after  # a phone number: 555-0134
    if atom.integer_text and atom.digit_count == 4 and YEAR_FIRST <= value <= YEAR_LAST and plain:
        if len(other) == 2 or (len(other) == 4 and YEAR_FIRST <= float(other) <= YEAR_LAST):
            return after  # 2019-20, 1995-01, 2010-2015
    return None


# ------------------------------------------------------------- clock times
def clock_tail_end(tokens: Tokens, index: int) -> Optional[int]:
    """If an am/pm or o'clock marker starts at ``index``, the index after it."""
    if tokens.gap(index) > GAP_SPACE:
        return None
    lower = tokens.lower(index)
    if lower in rules.CLOCK_MARKERS:
        end = index + 1
    elif (
        lower in rules.CLOCK_DOTTED_LETTERS and tokens.lower(index + 1) == rules.FULL_STOP and tokens.gap(index + 1) == GAP_NONE
        and tokens.lower(index + 2) == rules.CLOCK_DOTTED_TAIL and tokens.gap(index + 2) == GAP_NONE
    ):
        end = index + 3
    else:
        return None
    if tokens.lower(end) == rules.FULL_STOP and tokens.gap(end) == GAP_NONE:
        end += 1
    return end


def skip_clock_tail(tokens: Tokens, index: int) -> int:
    tail = clock_tail_end(tokens, index)
    return tail if tail is not None else index


def clock_time_skip(tokens: Tokens, atom: Atom, end: int, first_digit: int, value: float, scaled: bool, currency: bool) -> Optional[int]:
    """A time of day: "3 pm", "10.30 a.m.", "0800 GMT", "0600 hrs".  Where to skip to, or None."""
    clock = clock_tail_end(tokens, end)
    if clock is not None and value < LAST_HOUR and not scaled and not currency:
        return clock
    first = tokens.texts[first_digit][0]
    if atom.integer_text and atom.digit_count == 4 and not scaled and value <= LAST_MINUTE_OF_DAY and first in HOUR_FIRST_DIGITS:
        zone = tokens.lower(end)
        if tokens.gap(end) <= GAP_SPACE and zone in rules.TIME_ZONES and (
            zone not in rules.TIME_ZONES_NEEDING_NEXT or tokens.lower(end + 1) == rules.TIME_ZONES_NEEDING_NEXT[zone]
        ):
            if first == "0" or zone not in rules.TIME_ZONES_NEEDING_LEADING_ZERO:
                return end + 1
    return None


# ------------------------------------------------------ what touches the digits
def left_touching_skip(tokens: Tokens, first_digit: int) -> Optional[int]:
    """Digits glued to a name or sign on the left: "MH17", "S-200", "#5", "+44".  Where to skip to, or None."""
    left = first_digit - 1
    if tokens.gap(first_digit) != GAP_NONE or left < 0:
        return None
    left_text = tokens.texts[left]
    if tokens.kinds[left] == WORD and left_text not in rules.GLUED_CURRENCY_CODES and tokens.lowers[left] not in rules.CURRENCY_CODE_PREFIXES:
        return skip_chain(tokens, first_digit)
    if left_text in rules.DASHES and tokens.gap(left) == GAP_NONE and tokens.kind(left - 1) == WORD and not (
        tokens.gap(left - 1) == GAP_NONE and tokens.kind(left - 2) == DIGIT  # "5k-20k": a suffix, not a name
    ) and tokens.lower(left - 1) not in rules.MEASURE_WORDS_BEFORE_HYPHEN:
        return skip_chain(tokens, first_digit)
    if left_text in rules.DESIGNATOR_SIGNS:
        return skip_chain(tokens, first_digit)
    if left_text in rules.APOSTROPHES and len(tokens.texts[first_digit]) == rules.SHORT_YEAR_DIGITS and tokens.gap(left) > GAP_NONE:
        return first_digit + 1  # a year written short: "since '82", "iLife '11"
    return None


def glued_letters_skip(tokens: Tokens, end: int, integer_text: bool) -> Optional[int]:
    """Letters glued to the digits that make them an ordinal, a decade or a time ("3rd", "1990s", "3pm")."""
    following = tokens.raw(end)
    if following in rules.ORDINAL_SUFFIXES:
        return end + 1
    if following == rules.DECADE_SUFFIX and integer_text:
        return end + 1
    if clock_tail_end(tokens, end) is not None:
        return skip_clock_tail(tokens, end)
    return None


def age_tail(tokens: Tokens, end: int) -> Optional[Tuple[str, int]]:
    """An age written after the number at ``end``: "-year-old", " years old", "-month-olds", " years of age",
    " yo": (unit, index after it), or None."""
    position = end
    if tokens.lower(position) in rules.AGE_SHORT_TAILS and tokens.gap(position) == GAP_SPACE:
        return rules.AGE_DEFAULT_UNIT, position + 1
    if tokens.lower(position) in rules.DASHES and tokens.gap(position) == GAP_NONE:
        position += 1
    word = tokens.lower(position)
    if word not in rules.AGE_UNITS or tokens.gap(position) > GAP_SPACE:
        return None
    unit = rules.UNIT_PHRASES[(word,)]
    position += 1
    if tokens.matches(position, rules.AGE_OF_PHRASE) and tokens.gap(position) <= GAP_SPACE:
        return unit, position + len(rules.AGE_OF_PHRASE)
    if tokens.lower(position) in rules.DASHES and tokens.gap(position) == GAP_NONE:
        position += 1
    if tokens.lower(position) in rules.AGE_TAILS and tokens.gap(position) <= GAP_SPACE:
        return unit, position + 1
    return None


def age_reading(tokens: Tokens, atom: Atom, first_digit: int) -> Optional[Tuple[str, int, int]]:
    """An age: "a 65-year-old", "29 years old", "aged 15", "age 87", "Smith, 45, said".
    (unit, first index, end index) of the age figure, or None."""
    tail = age_tail(tokens, atom.end)
    if tail is not None:
        return tail[0], atom.first, tail[1]
    before = atom.first - 1
    if tokens.lower(before) in rules.AGE_WORDS and tokens.gap(atom.first) <= GAP_SPACE and tokens.kind(before) == WORD:
        return rules.AGE_DEFAULT_UNIT, before, atom.end
    if atom.digits and _is_age_in_description(tokens, atom, first_digit):
        return rules.AGE_DEFAULT_UNIT, atom.first, atom.end
    return None


# ------------------------------------------------------------- number words
def word_numeral_skip(tokens: Tokens, index: int, end: int, negative: bool) -> Optional[int]:
    """A number word [index, end) in a name, a pronoun, an idiom or an age.  Where to skip to, or None."""
    # a capitalised number word inside a name: "the Chicago Seven", "Group of Eight"
    if tokens.texts[index][0].isupper() and not negative and tokens.gap(index) == GAP_SPACE and (
        tokens.is_capitalised_word(index - 1) or (tokens.lower(index - 1) == rules.OF and tokens.is_capitalised_word(index - 2))
    ):
        return end
    # a number word after a label word: "number one", "round two", "Game three", "No two"
    before = index - 1
    if not negative and tokens.kind(before) == WORD and tokens.gap(index) == GAP_SPACE and tokens.lowers[before] in rules.NUMBER_LABEL_WORDS:
        if tokens.lowers[before] not in rules.CAPITALISED_ONLY_LABEL_WORDS or tokens.texts[before] != tokens.lowers[before]:
            return end
    # "one" as a pronoun: "the one", "which one", "one another"
    if end == index + 1 and tokens.lowers[index] in rules.PRONOUN_NUMBER_WORDS:
        if tokens.lower(index - 1) in rules.ONE_PRONOUN_BEFORE or tokens.lower(index + 1) in rules.ONE_PRONOUN_AFTER:
            return index + 1
        if tokens.lower(index + 1) in rules.APOSTROPHES and tokens.lower(index + 2) == rules.POSSESSIVE_S:
            return index + 1
    # hyphen idioms: "one-off", "two-way", "two-thirds"
    if (
        tokens.lower(end) in rules.DASHES and tokens.gap(end) == GAP_NONE
        and tokens.lower(end + 1) in rules.HYPHEN_IDIOM_TAILS and tokens.gap(end + 1) == GAP_NONE
    ):
        return end + 2
    return None


# ------------------------------------------------------------- labels
#: The first words of unit phrases: a unit may start at a token spelt so ("GDP 2.5%" is a rate, not a version).
_UNIT_FIRST_WORDS = frozenset(key[0] for key in rules.UNIT_PHRASES)


def is_label(tokens: Tokens, atom: Atom, first_digit: int) -> bool:
    """Labels and names: "page 5", "No. 10", "Boeing 737", "iOS 5", "ABC 7", "Smith, 45,", "10 Downing Street",
    "July 28"; a number the text named before ("the 787" after "Boeing 787")."""
    if atom.unit is not None:
        return False
    unit_follows = tokens.lower(atom.end) in _UNIT_FIRST_WORDS
    if tokens.designated and atom.integer_text and not atom.scaled and not unit_follows and tokens.texts[first_digit] in tokens.designated:
        return True
    return (
        (tokens.gap(first_digit) <= GAP_SPACE and _is_designated(tokens, atom, first_digit, unit_follows))
        or _is_day_of_month(tokens, atom, first_digit)
        or _is_address(tokens, atom)
    )


def is_product_name(word: str) -> bool:
    """A product name written in mixed case: a small letter then a capital ("iPhone", "iOS", "eBay"), or a capital
    after a run of two small letters ("PlayStation", "MacBook"); never a unit symbol ("GHz", "kWh")."""
    if len(word) < 3 or not word.isalpha():
        return False
    if word[0].islower() and word[1].isupper():
        return not units.looks_like_unit(word) and (word.lower(),) not in rules.UNIT_PHRASES
    return word[0].isupper() and any(word[k].isupper() and word[k - 1].islower() and word[k - 2].islower() for k in range(3, len(word)))


def _is_designated(tokens: Tokens, atom: Atom, first_digit: int, unit_follows: bool) -> bool:
    """A label word, designator, age word or acronym just before the number ("page 5", "Boeing 737", "iOS 4.2",
    "Boeing's 787", "aged 45", "ABC 7")."""
    before = first_digit - 1
    previous = tokens.raw(before)
    previous_lower = tokens.lower(before)
    plain = atom.integer_text and not atom.scaled
    # a version after a name: "iPhone 2.0", "Web 2.0", "iOS 4.2" (never with a unit: "GDP 2.5%")
    version = plain or (not atom.scaled and not unit_follows and atom.value is not None and atom.digits)
    if plain and previous_lower in rules.NUMBER_LABEL_WORDS and tokens.kind(before) == WORD:
        if previous_lower not in rules.CAPITALISED_ONLY_LABEL_WORDS or previous != previous_lower:
            return True
    if plain and previous in rules.LABEL_PUNCTUATION and tokens.gap(before) <= GAP_SPACE and tokens.lower(before - 1) in rules.NUMBER_LABEL_WORDS:
        # "No. 10", "Section: 5"; not a lower-case word closing a heading ("Floods in the district: 14 dead")
        if previous != ":" or tokens.texts[before - 1][:1].isupper():
            return True
    if version and (previous in rules.DESIGNATOR_PREFIXES or is_product_name(previous)) and tokens.gap(first_digit) == GAP_SPACE:
        return True
    if plain and possessive_stem(tokens, before) in rules.DESIGNATOR_PREFIXES and not counts_noun_at(tokens, atom.end):
        return True  # "Boeing's 787", not "Boeing's 300 employees"
    if previous_lower == rules.OF and tokens.lower(before - 1) in rules.AGE_WORDS:
        return True  # "the age of 12" is read as a label; "aged 12" is an age (age_reading)
    return (
        tokens.kind(before) == WORD and previous.isupper() and 2 <= len(previous) <= 5
        and previous not in rules.NON_DESIGNATOR_ACRONYMS and plain and tokens.gap(first_digit) == GAP_SPACE
    )  # ABC 7, CNN 10


def possessive_stem(tokens: Tokens, index: int) -> Optional[str]:
    """The name a possessive ending at token ``index`` is of: "Boeing" for "Boeing's" or "Boeing 's"; else None."""
    raw = tokens.raw(index)
    if len(raw) > 2 and raw[-2] in rules.APOSTROPHES and raw[-1:].lower() in rules.POSSESSIVE_AFTER_NAMES:
        return raw[:-2]
    if raw.lower() in rules.POSSESSIVE_AFTER_NAMES and tokens.raw(index - 1) in rules.APOSTROPHES and tokens.gap(index) == GAP_NONE:
        return tokens.raw(index - 2) or None
    return None


def counts_noun_at(tokens: Tokens, index: int) -> bool:
    """Whether token ``index`` is a noun a number before it would count: lower case, plural or a countable noun
    ("2000 people", "300 employees"; not "787 flew", "2019 in")."""
    return (
        tokens.kind(index) == WORD and tokens.gap(index) == GAP_SPACE and not tokens.texts[index][0].isupper()
        and tokens.lowers[index] not in rules.FUNCTION_WORDS
        and (tokens.lowers[index].endswith(rules.PLURAL_ENDING) or tokens.lowers[index] in rules.COUNTABLE_NOUNS)
    )


def designated_numbers(tokens: Tokens) -> frozenset:
    """Numbers of at least DESIGNATED_NUMBER_MIN_DIGITS digits the text writes after a designator or a product
    name ("Boeing 787", "Xbox 360"): the text's later bare "787" names the same thing."""
    found = set()
    texts, kinds = tokens.texts, tokens.kinds
    for index in tokens.digit_indices:
        if index == 0 or len(texts[index]) < rules.DESIGNATED_NUMBER_MIN_DIGITS or tokens.gaps[index] != GAP_SPACE:
            continue
        previous = texts[index - 1]
        if previous in rules.DESIGNATOR_PREFIXES or is_product_name(previous):
            end = index + 1
            if not (end + 1 < tokens.count and tokens.gaps[end] == GAP_NONE and texts[end] in (rules.THOUSANDS_SEPARATOR, rules.DECIMAL_POINT)
                    and kinds[end + 1] == DIGIT):
                found.add(texts[index])
    return frozenset(found)


def _is_day_of_month(tokens: Tokens, atom: Atom, first_digit: int) -> bool:
    """"July 28", "28 July", "28 of July"."""
    value = atom.value or 0.0
    if not (atom.integer_text and 1 <= value <= LAST_DAY and not atom.scaled):
        return False
    if tokens.raw(first_digit - 1) in rules.MONTHS and tokens.gap(first_digit) <= GAP_SPACE:
        return True
    if (
        tokens.raw(first_digit - 1) == rules.FULL_STOP and tokens.gap(first_digit - 1) == GAP_NONE
        and tokens.raw(first_digit - 2) in rules.MONTH_ABBREVIATIONS and tokens.gap(first_digit) <= GAP_SPACE
    ):
        return True  # "Oct. 31"
    if tokens.raw(atom.end) in rules.MONTHS and tokens.gap(atom.end) <= GAP_SPACE:
        return True
    return tokens.lower(atom.end) == rules.OF and tokens.raw(atom.end + 1) in rules.MONTHS


def _is_age_in_description(tokens: Tokens, atom: Atom, first_digit: int) -> bool:
    """An age in a person description: "Smith, 45, said"."""
    value = atom.value or 0.0
    before = first_digit - 1
    return (
        atom.integer_text and 1 <= value <= OLDEST_AGE and tokens.raw(before) == rules.AGE_OPENER
        and tokens.is_capitalised_word(before - 1) and tokens.raw(atom.end) in rules.AGE_CLOSERS
    )


def _is_address(tokens: Tokens, atom: Atom) -> bool:
    """"10 Downing Street", "1600 Pennsylvania Avenue"."""
    if not atom.integer_text:
        return False
    position = atom.end
    for _ in range(rules.ADDRESS_MAX_NAME_WORDS):
        if not tokens.is_capitalised_word(position) or tokens.gap(position) > GAP_SPACE:
            break
        position += 1
        if tokens.raw(position) in rules.STREET_WORDS and tokens.gap(position) <= GAP_SPACE and position - atom.end >= 1:
            return True
    return False


def count_follows_day(word: str) -> bool:
    """Does ``word``, after the second day of "Aug. 21 and 23", open a clause that number counts ("were missing",
    "people were hurt", "schools remained shut")?  The date scanner asks the same."""
    low = word.lower()
    if low in rules.COUNT_AFTER_DAY:
        return True
    plural = len(low) > 3 and low.endswith(rules.PLURAL_ENDING) and not low.endswith(rules.NOT_PLURAL_ENDING) and word[:1].islower()
    return plural and low not in rules.DAY_LIST_CONTINUATIONS


def _after_month(tokens: Tokens, digit: int) -> bool:
    """Does a month name ("July 21", "Aug. 21") stand before the number at ``digit``?"""
    if tokens.raw(digit - 1) in rules.MONTHS:
        return True
    return tokens.raw(digit - 1) == rules.FULL_STOP and tokens.raw(digit - 2) in rules.MONTH_ABBREVIATIONS


def skip_label_tail(tokens: Tokens, end: int) -> int:
    """After a label or date, also skip "-28" / "to 30" of the same label ("pages 5-10", "July 27-28")."""
    if tokens.raw(end) in rules.DASHES or tokens.lower(end) in rules.LABEL_RANGE_WORDS:
        if tokens.kind(end + 1) == DIGIT and tokens.gap(end + 1) <= GAP_SPACE and tokens.gap(end) <= GAP_SPACE:
            if tokens.lower(end) == rules.LABEL_AND and _after_month(tokens, end - 1) and count_follows_day(tokens.raw(end + 2)):
                return end  # "since Aug. 21 and 23 were missing": 23 counts the missing
            return end + 2
    return end


# ------------------------------------------------------------- years
def year_like(atom: Atom) -> bool:
    value = atom.value or 0.0
    return atom.integer_text and atom.digit_count == 4 and YEAR_FIRST <= value <= YEAR_LAST and atom.unit is None and not atom.scaled


def is_year(tokens: Tokens, atom: Atom, bounded: bool) -> bool:
    """A bare four-digit number is a year unless it counts a following noun ("2000 people")."""
    if not year_like(atom):
        return False
    after = atom.end
    if tokens.raw(after) in rules.APOSTROPHES and tokens.lower(after + 1) == rules.POSSESSIVE_S:
        return True
    counts_noun = counts_noun_at(tokens, after)
    if bounded and counts_noun:
        return False
    if counts_noun and tokens.lowers[after] not in rules.YEAR_MODIFIED_NOUNS and not _year_context_before(tokens, atom.first):
        return False
    return True


def _year_context_before(tokens: Tokens, first: int) -> bool:
    """Whether the words before a four-digit number make it a year: "in 2019", "its 2024", "Boeing's 2023",
    "Paris 2024" (a name written before it), "July 2020"."""
    previous = tokens.lower(first - 1)
    if previous in rules.YEAR_PREPOSITIONS or previous in rules.YEAR_DETERMINERS or tokens.raw(first - 1) in rules.MONTHS:
        return True
    if possessive_stem(tokens, first - 1) is not None:
        return True  # "the company's 2024 results"
    return tokens.is_capitalised_word(first - 1) and not is_sentence_start(tokens, first - 1)


def is_sentence_start(tokens: Tokens, index: int) -> bool:
    """Whether token ``index`` opens a sentence (text start, a line break, or after an end mark or opening quote)."""
    if tokens.gap(index) == GAP_BREAK or index == 0:
        return True
    return tokens.raw(index - 1) in rules.SENTENCE_OPENERS_BEFORE
