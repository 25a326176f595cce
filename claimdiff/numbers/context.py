"""What surrounds a numeral: currencies and units, bounds and hedges ("at
least", "nearly", "or more"), changes ("rose by"), ranges ("10 to 15",
"between 10 and 15", scores "won 3-1") and restatements ("40 km (25 miles)").
"""
from __future__ import annotations

from typing import Optional, Tuple

from claimdiff.numbers import units
from claimdiff.numbers.filters import counts_noun_at, year_like
from claimdiff.numbers.numerals import approximate_interval
from claimdiff.numbers.tokens import DIGIT, GAP_NONE, GAP_SPACE, WORD, Atom, Tokens, by_first_word, clean, phrases_before
from claimdiff.rules import numbers_en as rules


# ------------------------------------------------------------- currencies
def currency_before(tokens: Tokens, index: int, floor: int) -> Optional[Tuple[str, int]]:
    """A currency sign or code ending just before token ``index``: (unit, first index)."""
    for unit, first, key in phrases_before(tokens, index, floor, rules.CURRENCY_PREFIXES, rules.CURRENCY_PREFIX_MAX):
        if any(tokens.gaps[k] != GAP_NONE for k in range(first + 1, index)):
            continue
        raw = tokens.texts[first]
        if raw[0].isalpha() and not (raw.isupper() or raw in rules.MIXED_CASE_CURRENCY_CODES):
            continue
        if len(key) == 1 and raw.isalpha() and tokens.gap(index) == GAP_NONE and raw not in rules.GLUED_CURRENCY_CODES:
            continue  # "USD5" is unusual; "MH17" is a label
        # "US$" not "the US $": a code must touch the sign
        return unit, first
    return None


# ------------------------------------------------------------------ units
def match_unit(tokens: Tokens, index: int, *, adjacent: bool = False) -> Optional[Tuple[str, int]]:
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
        if length == 1 and tokens.kinds[index] == WORD and index + 1 < tokens.count and tokens.gaps[index + 1] == GAP_NONE and tokens.kinds[index + 1] == WORD:
            continue
        return unit, index + length
    return None


def million_follows(tokens: Tokens, index: int) -> bool:
    """Whether what follows "1.2m" at ``index`` makes the "m" a million: a unit ("1.2m tonnes", "2m euros")
    or a counted noun ("5m people"), not a length's context ("10m high", "the 400m hurdles")."""
    if tokens.gap(index) != GAP_SPACE:
        return False
    if match_unit(tokens, index) is not None:
        return True
    return counts_noun_at(tokens, index) and tokens.lowers[index] not in rules.METRE_NOUNS


def unit_word_at(tokens: Tokens, index: int) -> bool:
    """Whether a unit phrase starts at ``index`` (used for letters glued to digits)."""
    return match_unit(tokens, index, adjacent=True) is not None or units.looks_like_unit(tokens.raw(index))


def read_unit(tokens: Tokens, atom: Atom) -> None:
    """Attach the unit written after the figure ("40 kilometres", "5%", "27-kilometre", "3 GHz")."""
    end = atom.end
    if atom.special:
        # "billions of dollars"
        if atom.kind == "vague" and tokens.lower(end) == rules.OF:
            found = match_unit(tokens, end + 1)
            if found and found[0] in rules.VAGUE_OF_UNITS:
                atom.unit, atom.end = _resolve_pounds(tokens, atom, found[0], found[1])
        return
    found = match_unit(tokens, end)
    if found is None and tokens.raw(end) in rules.DASHES and tokens.gap(end) == GAP_NONE and tokens.gap(end + 1) == GAP_NONE and tokens.kind(end + 1) == WORD:
        hyphenated = match_unit(tokens, end + 1)
        if hyphenated is not None and hyphenated[0] not in rules.NO_HYPHEN_UNITS:
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
    if atom.unit is None and atom.value is not None and tokens.gap(end) <= GAP_SPACE and tokens.kind(end) == WORD:
        _ask_quantulum(tokens, atom, end)


def _ask_quantulum(tokens: Tokens, atom: Atom, end: int) -> None:
    """A unit word our table lacks ("3 GHz"), read by quantulum3."""
    word = tokens.texts[end]
    if units.looks_like_unit(word) and not (tokens.gap(end + 1) == GAP_NONE and tokens.kind(end + 1) in (WORD, DIGIT)):
        number_text = tokens.text[tokens.starts[atom.first]:tokens.ends[atom.end - 1]]
        answer = units.quantulum_unit(number_text, word)
        if answer is not None:
            atom.unit, atom.dimension = answer
            atom.end = end + 1


def _resolve_pounds(tokens: Tokens, atom: Atom, unit: str, unit_end: int) -> Tuple[str, int]:
    """"pounds" is weight before "of" or after a weight word; else sterling."""
    if unit != rules.POUND_WEIGHT or tokens.lower(unit_end - 1) not in rules.POUND_WORDS:
        return unit, unit_end
    if atom.kind == "vague":
        return rules.POUND_MONEY, unit_end
    if tokens.lower(unit_end) == rules.OF:
        return rules.POUND_WEIGHT, unit_end
    for position in range(max(0, atom.first - rules.WEIGHT_CONTEXT_WINDOW), atom.first):
        if tokens.lowers[position] in rules.WEIGHT_CONTEXT:
            return rules.POUND_WEIGHT, unit_end
    return rules.POUND_MONEY, unit_end


# ------------------------------------------------------------------ bounds
def bound_before(tokens: Tokens, index: int, floor: int) -> Optional[Tuple[str, int]]:
    """A bound or hedge phrase ending just before ``index``: (kind, first index)."""
    for kind, first, _key in phrases_before(tokens, index, floor, rules.BOUND_PREFIXES, rules.BOUND_PREFIX_MAX):
        if any(tokens.gaps[k] > GAP_SPACE for k in range(first + 1, index + 1)):
            continue
        return kind, first
    return None


#: BOUND_SUFFIXES by their first word, in table order.
_BOUND_SUFFIXES_BY_FIRST = by_first_word(rules.BOUND_SUFFIXES)


def bound_after(tokens: Tokens, index: int) -> Optional[Tuple[str, int]]:
    """"or more", "or so", "-odd", "+" after a figure: (kind, end index)."""
    gap = tokens.gap(index)
    if gap > GAP_SPACE:
        return None
    for phrase in _BOUND_SUFFIXES_BY_FIRST.get(tokens.lower(index), ()):
        kind = rules.BOUND_SUFFIXES[phrase]
        if tokens.matches(index, phrase):
            if phrase in rules.GLUED_BOUND_SUFFIXES and gap != GAP_NONE:
                continue
            if phrase in rules.SPACED_BOUND_SUFFIXES and gap != GAP_SPACE:
                continue
            return kind, index + len(phrase)
    return None


def interval(atom: Atom, bound: Optional[str]) -> Tuple[str, Optional[float], Optional[float]]:
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
    low, high = approximate_interval(value, near=(bound == "near"))
    return "approximate", low, high


# ------------------------------------------------------------------ changes
def change_before(tokens: Tokens, index: int, floor: int, unit: Optional[str], *, any_unit: bool = False) -> Optional[str]:
    """"rose 3%", "fell by 2", "up 5 percent", "a drop of 10", "increased to 500": "up", "down" or None.

    ``any_unit``: read the figure as one that changes with any change word
    (as percentages and money do).
    """
    position = index - 1
    links = 0
    while position >= floor and links < rules.CHANGE_MAX_LINKS:
        if tokens.gaps[position + 1] > GAP_SPACE:
            return None
        lower = tokens.lowers[position]
        if lower in rules.CHANGE_WORDS:
            if not any_unit and unit not in rules.CHANGE_UNITS:
                # counts change only with a link ("rose to 14", "fell by 2"), never with "lost"/"cut"
                linked = any(tokens.lowers[k] in rules.CHANGE_COUNT_LINKS for k in range(position + 1, index))
                if lower in rules.AMBIGUOUS_CHANGE_WORDS or not linked:
                    return None
            return rules.CHANGE_WORDS[lower]
        if lower in rules.CHANGE_LINKS or (lower.endswith(rules.ADVERB_ENDING) and len(lower) >= rules.CHANGE_ADVERB_MIN_LENGTH):
            position -= 1
            links += 1
            continue
        return None
    return None


# ------------------------------------------------------------------ ranges
def range_opener(tokens: Tokens, first: int, floor: int) -> Tuple[Optional[str], int]:
    """"between", "from" (and "ranging from") before a figure: (opener, first index of the span)."""
    if tokens.lower(first - 1) in rules.RANGE_OPENERS and first - 1 >= floor and tokens.gap(first) <= GAP_SPACE:
        opener_first = first - 1
        if tokens.lower(first - 2) in rules.RANGE_OPENER_LEADS and first - 2 >= floor:
            opener_first = first - 2
        return tokens.lower(first - 1), opener_first
    return None, first


def in_score_context(tokens: Tokens, first: int, floor: int) -> bool:
    """Whether a score verb stands just before the figure ("won 3-1")."""
    return any(tokens.lower(k) in rules.SCORE_VERBS for k in range(max(floor, first - rules.SCORE_VERB_WINDOW), first))


def range_connector(tokens: Tokens, atom: Atom, opener: Optional[str]) -> Optional[Tuple[str, int]]:
    """The connector after ``atom`` that may join a second figure ("to", "-", "and" after "between"):
    (connector, where the second figure starts)."""
    position = atom.end
    if (
        tokens.raw(position) in rules.DASHES and tokens.gap(position) == GAP_NONE
        and tokens.lower(position + 1) in rules.SUSPENDED_HYPHEN_CONNECTORS and tokens.gap(position + 1) == GAP_SPACE
        and tokens.kind(position + 2) == DIGIT
    ):
        return tokens.lower(position + 1), position + 2  # "8- to 16-metre", "18- to 25-year-olds"
    connector = tokens.lower(position)
    if connector not in rules.RANGE_CONNECTORS or tokens.gap(position) > GAP_SPACE:
        return None
    if connector in rules.AND_CONNECTORS and opener not in rules.RANGE_OPENERS_FOR_AND:
        return None
    allowed = rules.RANGE_OPENER_CONNECTORS.get(opener) if opener is not None else None
    if allowed is not None and connector not in allowed:
        return None  # "between 10 and 15", "between 10-15" (loose but common), not "between 10 or 15"
    if connector in rules.DASHES and tokens.gap(position) != tokens.gap(position + 1):
        return None  # "5 -3" is not a range
    return connector, position + 1


def join_range(tokens: Tokens, atom: Atom, connector: str, second: Optional[Atom], score_context: bool,
               explicit: bool = False) -> Optional[str]:
    """Join ``atom`` and the figure after its connector: "range" (both atoms updated), "score" or None.
    ``explicit``: an opener says it is a range ("between", "ranged from"), whichever side is larger
    ("ranged from -18 °C to -34 °C")."""
    if second is None or second.special or second.value is None or atom.value is None:
        return None
    position = atom.end
    dashed = connector in rules.DASHES
    if dashed and tokens.gap(position) == GAP_NONE and tokens.kind(position - 1) == DIGIT and tokens.raw(position + 1)[:1].isupper():
        return None  # "7-Eleven": digits glued to a capitalised number word make a name, not a range
    if year_like(second) and not year_like(atom):
        return None
    if atom.unit and second.unit and atom.unit != second.unit:
        return None
    if dashed and (atom.value == 0 or second.value == 0) and not (atom.digits and second.digits):
        return None  # "three-nought-four" reads digit by digit
    if dashed and (score_context or atom.value >= second.value) and atom.unit is None and second.unit is None and atom.integer_text and second.integer_text:
        return "score"
    first_value = _borrow_scale(atom, second, atom.value, second.value)
    if first_value > second.value and explicit and not dashed:
        first_value, second.value = second.value, first_value
    if first_value >= second.value:
        return None
    atom.value = first_value
    _share_unit(atom, second)
    return "range"


def _share_unit(atom: Atom, second: Atom) -> None:
    """Give both figures the unit either names, and ``atom`` the second's dimension when it has none."""
    unit = atom.unit or second.unit
    atom.unit = second.unit = unit
    if atom.dimension is None:
        atom.dimension = second.dimension


def movement_from(tokens: Tokens, atom: Atom, opener: Optional[str], opener_first: int, floor: int) -> Optional[tuple]:
    """Whether "from" before ``atom`` opens a movement: "rose from 10" (its direction, "up"), "went from 240"
    ((None,): the direction comes from the two levels); None when "from" opens a range or is absent.
    A change word further back ("cut its forecast from") gives (direction, True): a movement only when
    the two levels go that way ("reduced from 44 mg to 50 mg" is a range)."""
    if opener not in rules.CHANGE_RANGE_OPENERS:
        return None
    change = change_before(tokens, atom.first - 1, floor, atom.unit, any_unit=atom.unit is None)
    if change is not None:
        return (change,)
    # a verb a few words before "from", with its object between: "raising the toll from 13 to 14",
    # "cut its forecast from 3% to 2%", "went from 240 to 273"
    position = atom.first - 2
    for _ in range(rules.MOVEMENT_VERB_WINDOW):
        if position < floor or tokens.kind(position) != WORD or tokens.gap(position + 1) > GAP_SPACE:
            return None
        word = tokens.lowers[position]
        if word in rules.CHANGE_WORDS:
            return (rules.CHANGE_WORDS[word], True)  # its direction, to be checked against the two levels
        if word in rules.MOVEMENT_VERBS:
            return (None,)
        position -= 1
    return None


def level_after_change(tokens: Tokens, atom: Atom, second: Atom, span_first: int, floor: int) -> Optional[str]:
    """The direction when "X to Y" is a change and the level it reached, not a range: "rose 0.7 percent to
    6,327.8" (the change has a unit the level lacks), "fell by 3 to 15" (a "by" marks the change)."""
    direction = change_before(tokens, span_first, floor, atom.unit)
    if direction is None:
        return None
    if atom.unit is not None and atom.unit != second.unit:
        return direction
    by = tokens.lower(span_first - 1) in rules.CHANGE_BY_LINKS
    if by and not (atom.unit is None and second.unit is not None):
        return direction  # "by 10 to 15 percent" is a range of the change
    return None


def direction_between(old: float, new: float) -> Optional[str]:
    """Which way a level moved from ``old`` to ``new``."""
    if new > old:
        return rules.RISE
    if new < old:
        return rules.FALL
    return None


def join_levels(atom: Atom, second: Atom) -> bool:
    """Let two figures that are not a range share a unit and a scale ("from 10 to 15%", "from 7 to 5 million",
    "3 or 4 percent respectively"); False when their units differ."""
    if atom.unit and second.unit and atom.unit != second.unit:
        return False
    if not atom.scaled and second.scaled and atom.value is not None and atom.value < 1000 and second.value:
        for scale in rules.RANGE_SCALES:
            if second.value >= scale:
                scaled = atom.value * scale
                if second.value / rules.LEVEL_SCALE_SPREAD <= scaled <= second.value * rules.LEVEL_SCALE_SPREAD:
                    atom.value = clean(scaled)
                break
    _share_unit(atom, second)
    return True


def respectively_follows(tokens: Tokens, index: int) -> bool:
    """Whether "respectively" comes within a few tokens of ``index``, in the same clause."""
    for position in range(index, min(index + rules.RESPECTIVELY_WINDOW, tokens.count)):
        if tokens.gaps[position] > GAP_SPACE:
            return False
        lower = tokens.lowers[position]
        if lower in rules.RESPECTIVELY_WORDS:
            return True
        if lower in rules.CLAUSE_END_MARKS:
            return False
    return False


def _borrow_scale(atom: Atom, second: Atom, first_value: float, second_value: float) -> float:
    """"5 to 7 million": the first side takes the scale of the second (``first_value`` and ``second_value``
    are the two atoms' values, both known)."""
    if not atom.scaled and second.scaled and (atom.unit is None or second.unit is None or atom.unit == second.unit):
        for scale in rules.RANGE_SCALES:
            if second_value >= scale and first_value * scale <= second_value and first_value < 1000:
                return clean(first_value * scale)
    return first_value


# ------------------------------------------------------------- restatements
def restatement_opens(tokens: Tokens, end: int) -> bool:
    """Whether a bracket that may restate the figure opens at ``end`` ("40 kilometres (25 miles)")."""
    return tokens.raw(end) == rules.RESTATEMENT_OPEN and tokens.gap(end) <= GAP_SPACE


def is_restatement(tokens: Tokens, atom: Atom, kind: str, inner: Optional[Atom]) -> bool:
    """Whether ``inner``, read inside the bracket, states ``atom`` again in another unit or as digits."""
    if inner is None or inner.special or tokens.raw(inner.end) != rules.RESTATEMENT_CLOSE:
        return False
    dimension = units.dimension_of(atom.unit)
    same_measure = atom.unit and inner.unit and atom.unit != inner.unit and dimension == units.dimension_of(inner.unit) and dimension is not None
    same_number = inner.value == atom.value and kind == "exact" and inner.unit == atom.unit
    return bool(same_measure or same_number)
