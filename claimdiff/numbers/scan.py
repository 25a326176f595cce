"""The scan: :func:`quantities` walks the tokens once, reads a figure where
one can start, and applies its context (bounds, ranges, changes, a
restatement in brackets).  Each figure is read with bounded look-ahead and
look-behind from its token, so time grows linearly with the text.
"""
from __future__ import annotations

from dataclasses import replace
from typing import List, Optional, Tuple

from claimdiff.numbers import context, filters, units
from claimdiff.numbers.atoms import read_figure
from claimdiff.numbers.specials import STARTS as SPECIAL_STARTS
from claimdiff.numbers.tokens import DIGIT, GAP_SPACE, SYMBOL, WORD, Atom, Tokens
from claimdiff.rules import numbers_en as rules
from claimdiff.types import Quantity

#: Words at which a figure can start (everything else is skipped quickly).
TRIGGER_WORDS = frozenset(
    set(rules.NUMBER_WORDS) | rules.ARTICLES | set(rules.FRACTION_WORDS) | rules.POINT_WORDS
    | rules.NEGATIVE_WORDS | SPECIAL_STARTS
)
TRIGGER_SYMBOLS = frozenset(rules.MINUS_SIGNS | {rules.DECIMAL_POINT} | set(rules.PLUS_SIGNS) | set(rules.VULGAR_FRACTIONS))


#: A link the scan found between the two figures it returned: (role, direction); role "from_to" ("rose
#: from 240 to 273") or "by_to" ("rose 0.7 percent to 6,327.8").
Link = Tuple[str, Optional[str]]
#: A link in the text: (first figure's span, second figure's span, role, direction).
SpanLink = Tuple[Tuple[int, int], Tuple[int, int], str, Optional[str]]


def quantities(text: str, *, articles: bool = False) -> List[Quantity]:
    """All figures in ``text``, sorted by position, non-overlapping.

    ``articles=True`` also counts a bare "a"/"an" before a noun as one.
    """
    return read(text, articles=articles)[0]


def read(text: str, *, articles: bool = False) -> Tuple[List[Quantity], List[SpanLink]]:
    """:func:`quantities`, and the links between figures the scan read as one movement (see ``movements``)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    tokens = Tokens(text)
    tokens.designated = filters.designated_numbers(tokens)
    found: List[Quantity] = []
    links: List[SpanLink] = []
    floor = 0
    index = 0
    lowers, kinds = tokens.lowers, tokens.kinds
    while index < tokens.count:
        lower = lowers[index]
        if kinds[index] == WORD and lower not in TRIGGER_WORDS and not lower.endswith(rules.NOT_ENDINGS):
            index += 1
            continue
        if kinds[index] == SYMBOL and lower not in TRIGGER_SYMBOLS:
            index += 1
            continue
        results, next_index, link = _scan(tokens, index, floor, articles)
        if results:
            found.extend(results)
            floor = next_index
            if link is not None:
                links.append((results[0].span, results[1].span, link[0], link[1]))
        index = max(next_index, index + 1)
    return _join_two_sided(text, found), links


def _quantity(tokens: Tokens, atom: Atom, kind: str, low: Optional[float], high: Optional[float],
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


def _exact(tokens: Tokens, atom: Atom, change: Optional[str] = None) -> Quantity:
    return _quantity(tokens, atom, "exact", atom.value, atom.value, atom.first, atom.end, change)


def _scan(tokens: Tokens, index: int, floor: int, articles: bool) -> Tuple[List[Quantity], int, Optional[Link]]:
    """Quantities starting at token ``index``; returns them, the index to continue from and a link between them."""
    atom, skip_to = read_figure(tokens, index, floor, articles)
    if atom is None:
        return [], max(skip_to, index + 1), None
    first = atom.first
    if atom.special:
        kind, low, high = context.interval(atom, None)
        change = context.change_before(tokens, first, floor, atom.unit) if atom.kind == "vague" else None
        return [_quantity(tokens, atom, kind, low, high, first, atom.end, change, start_char=atom.start_char)], atom.end, None
    bound = context.bound_before(tokens, first, floor)
    if filters.is_year(tokens, atom, bounded=bound is not None):
        return [], filters.skip_label_tail(tokens, atom.end), None
    span_first = bound[1] if bound else first
    opener, opener_first = context.range_opener(tokens, first, floor)
    # "rose from 10 to 15", "went from 240 to 273": a movement (decided before a range would give the first
    # figure the second's unit)
    movement = context.movement_from(tokens, atom, opener, opener_first, floor)
    joined = _second_figure(tokens, atom, floor, opener, span_first, movement)
    if joined is None:
        kind, low, high, end = _single(tokens, atom, bound)
        found, end = _finish(tokens, atom, kind, low, high, span_first, end, floor)
        return found, end, None
    how, second, direction = joined
    if how == "range":
        if opener:
            span_first = min(span_first, opener_first)
        found, end = _finish(tokens, atom, "range", atom.value, second.value, span_first, second.end, floor)
        return found, end, None
    return _pair(tokens, atom, second, how, direction, bound, span_first, floor)


def _second_figure(tokens: Tokens, atom: Atom, floor: int, opener: Optional[str], span_first: int,
                   movement: Optional[tuple]) -> Optional[Tuple[str, Atom, Optional[str]]]:
    """A second figure joined to ``atom``: (how, second atom, direction), how one of "range", "score",
    "pair" ("$3m or $4m respectively"), "level" ("rose 0.7 percent to 6,327.8") and "movement"
    ("rose from 240 to 273")."""
    alternative = _alternative_second(tokens, atom, span_first)
    if alternative is not None:
        return "pair", alternative, context.change_before(tokens, span_first, floor, atom.unit)
    joint = context.range_connector(tokens, atom, opener)
    if joint is None:
        return None
    connector, second_first = joint
    score_context = context.in_score_context(tokens, atom.first, floor)
    second, _ = read_figure(tokens, second_first, second_first, False)
    if second is None or second.special or second.value is None or atom.value is None:
        return None
    if connector in rules.CHANGE_LEVEL_CONNECTORS:
        if movement is not None and len(movement) > 1 and context.direction_between(atom.value, second.value) != movement[0]:
            movement = None  # "reduced from 44 mg to 50 mg": the levels do not go the change word's way
        if movement is not None:
            if context.join_levels(atom, second):
                return "movement", second, movement[0] or context.direction_between(atom.value, second.value)
            return None
        direction = context.level_after_change(tokens, atom, second, span_first, floor)
        if direction is not None:
            return "level", second, direction
    explicit = opener in rules.RANGE_OPENERS_FOR_AND or (opener is not None and tokens.lower(atom.first - 2) in rules.RANGE_OPENER_LEADS)
    how = context.join_range(tokens, atom, connector, second, score_context, explicit)
    return None if how is None else (how, second, None)


def _alternative_second(tokens: Tokens, atom: Atom, span_first: int) -> Optional[Atom]:
    """The second of two figures that are alternatives, not a range: "X or Y ... respectively", "either X or Y"
    (each its own figure; the first takes the second's unit)."""
    position = atom.end
    if tokens.lower(position) not in rules.RESPECTIVELY_CONNECTORS or tokens.gap(position) > GAP_SPACE:
        return None
    either = tokens.lower(span_first - 1) in rules.EITHER_WORDS
    if not either and tokens.lower(position) not in rules.RESPECTIVELY_CONNECTORS:
        return None
    second, _ = read_figure(tokens, position + 1, position + 1, False)
    if second is None or second.special or second.value is None or atom.value is None:
        return None
    shared = (
        tokens.lower(position) in rules.SHARED_UNIT_CONNECTORS and atom.unit is None and second.unit is not None
        and (second.dimension or units.dimension_of(second.unit)) not in rules.SHARED_UNIT_EXCLUDED_DIMENSIONS
        and tokens.lower(span_first - 1) not in rules.RANGE_OPENERS_FOR_AND
        and tokens.kind(atom.first) == DIGIT and tokens.kind(position + 1) == DIGIT and not atom.scaled
    )  # "45 and 50 mg", "2.5 and 3 per cent": the first figure takes the unit written once after the second
    if not (either or shared or context.respectively_follows(tokens, second.end)) or not context.join_levels(atom, second):
        return None
    return second


def _pair(tokens: Tokens, atom: Atom, second: Atom, how: str, direction: Optional[str], bound: Optional[Tuple[str, int]],
          span_first: int, floor: int) -> Tuple[List[Quantity], int, Optional[Link]]:
    """Two figures, not a range: a score ("won 3-1"), two figures for two things ("$3m or $4m respectively"),
    a change and the level it reached ("rose 0.7 percent to 6,327.8"), an old and a new level ("rose from 10 to 15")."""
    if how == "score":
        return [_exact(tokens, atom), _exact(tokens, second)], second.end, None
    kind, low, high = context.interval(atom, bound[0] if bound else None)
    first_change = None if how == "movement" else direction
    first_quantity = _quantity(tokens, atom, kind, low, high, span_first, atom.end, first_change)
    second_change = None if how == "pair" and direction is None else direction
    pair = [first_quantity, _exact(tokens, second, second_change)]
    link = None
    if how == "movement":
        link = (rules.MOVEMENT_FROM_TO, direction)
    elif how == "level":
        link = (rules.MOVEMENT_BY_TO, direction)
    return pair, second.end, link


def _single(tokens: Tokens, atom: Atom, bound: Optional[Tuple[str, int]]) -> Tuple[str, Optional[float], Optional[float], int]:
    """One figure under its bound ("at least 14", "14 or more", "about 40"): (kind, low, high, end)."""
    bound_kind = bound[0] if bound else None
    end = atom.end
    suffix = context.bound_after(tokens, end)
    if suffix is not None and (bound is None or bound_kind == "approximate"):
        bound_kind, end = suffix
    kind, low, high = context.interval(atom, bound_kind)
    return kind, low, high, end


def _finish(tokens: Tokens, atom: Atom, kind: str, low: Optional[float], high: Optional[float],
            span_first: int, end: int, floor: int) -> Tuple[List[Quantity], int]:
    """The quantity with its change ("rose by", "+0.2%") and a restatement in brackets ("40 kilometres (25 miles)")."""
    change = atom.change or context.change_before(tokens, span_first, floor, atom.unit)
    alternative = None
    if context.restatement_opens(tokens, end):
        inner, _ = read_figure(tokens, end + 1, end + 1, False)
        if inner is not None and context.is_restatement(tokens, atom, kind, inner):
            inner_kind, inner_low, inner_high = context.interval(inner, None)
            alternative = _quantity(tokens, inner, inner_kind, inner_low, inner_high, inner.first, inner.end, None)
            end = inner.end + 1
    return [_quantity(tokens, atom, kind, low, high, span_first, end, change, alternative)], end


def _join_two_sided(text: str, found: List[Quantity]) -> List[Quantity]:
    """"more than 10 but fewer than 20" -> one range [10, 20]."""
    joined: List[Quantity] = []
    for quantity in found:
        if joined and _two_sided(text, joined[-1], quantity):
            previous = joined[-1]
            lower = previous if previous.kind in ("at_least", "more_than") else quantity
            upper = quantity if lower is previous else previous
            start, end = previous.span[0], quantity.span[1]
            joined[-1] = replace(
                lower, value=lower.low, high=upper.high, kind="range", span=(start, end), text=text[start:end],
                base_high=upper.base_high,
            )
            continue
        joined.append(quantity)
    return joined


def _two_sided(text: str, previous: Quantity, quantity: Quantity) -> bool:
    """Whether a lower and an upper bound next to each other make one range."""
    between = text[previous.span[1]:quantity.span[0]].strip().lower()
    lower = previous if previous.kind in ("at_least", "more_than") else quantity
    upper = quantity if lower is previous else previous
    return (
        between in rules.TWO_SIDED_JOINERS and previous.change is None and quantity.change is None
        and lower.kind in ("at_least", "more_than") and upper.kind in ("at_most", "less_than")
        and len({previous.kind, quantity.kind}) == 2 and lower.unit == upper.unit and lower.low is not None
        and upper.high is not None and lower.low < upper.high
    )
