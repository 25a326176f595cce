"""Movements: figures that together say one change.

:func:`quantities` keeps the figures a claim needs ("from 240 to 273" gives
240 and 273; "rose 0.7 percent to 6,327.8" gives 0.7 percent and 6,327.8);
:func:`movements` says which of them are one movement, and which way it went:

>>> [m.describe() for m in movements("The toll rose from 240 to 273.")]
[('up', '240', '273', None)]
>>> [m.describe() for m in movements("The index rose 0.7 percent to 6,327.8.")]
[('up', None, '6,327.8', '0.7 percent')]
>>> [m.describe() for m in movements("Exports fell 5% to $45bn from $47bn.")]
[('down', '$47bn', '$45bn', '5%')]

A movement is read from "from X to Y" after a change word or a movement verb
("rose", "went", "was revised"), from a change and the level it reached
("rose 0.7 percent to 6,327.8", "fell by 3 to 15"), and from an old level
written after the new one ("rose to 273 from 240", "273, up from 240").
The direction is the change word's, else the two levels' order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from claimdiff.numbers import context, scan
from claimdiff.numbers.tokens import TOKEN_PATTERN
from claimdiff.rules import numbers_en as rules
from claimdiff.types import Quantity, Span


@dataclass(frozen=True)
class Movement:
    """One change: the level it started from, the level it reached, its size, and its direction.

    ``start``, ``end`` and ``by`` are quantities :func:`quantities` returns for the same text (any of them
    None when the text does not give it); ``direction`` is "up", "down" or None (the levels are equal and
    no change word says).  ``span``/``text`` cover the figures of the movement.
    """

    direction: Optional[str]
    start: Optional[Quantity]
    end: Optional[Quantity]
    by: Optional[Quantity]
    span: Span
    text: str

    def describe(self) -> Tuple[Optional[str], Optional[str], Optional[str], Optional[str]]:
        """(direction, start text, end text, by text): a compact view for reading and tests."""
        return (self.direction, _text(self.start), _text(self.end), _text(self.by))

    def __repr__(self) -> str:
        return f"<Movement {self.direction} from {_text(self.start)!r} to {_text(self.end)!r} by {_text(self.by)!r} at {self.span[0]}:{self.span[1]}>"


def _text(quantity: Optional[Quantity]) -> Optional[str]:
    return None if quantity is None else quantity.text


def movements(text: str, *, articles: bool = False) -> List[Movement]:
    """Every movement in ``text``, in the order of its last figure."""
    found, links = scan.read(text, articles=articles)
    at = {quantity.span: quantity for quantity in found}
    # end span -> [direction, start, end, by]
    parts: Dict[Span, list] = {}
    starts = set()
    for first_span, second_span, role, direction in links:
        first, second = at.get(first_span), at.get(second_span)
        if first is None or second is None:
            continue  # joined into a two-sided range after the scan
        if role == rules.MOVEMENT_FROM_TO:
            parts[second.span] = [direction, first, second, None]
            starts.add(first.span)
        else:
            parts[second.span] = [direction, None, second, first]
    for new, old in zip(found, found[1:]):
        # "rose to 273 from 240", "273, up from 240": the old level after the new one
        if new.span in starts or old.span in parts or old.span in starts:
            continue
        between = tuple(word.lower() for word in TOKEN_PATTERN.findall(text[new.span[1]:old.span[0]]))
        if between not in rules.MOVEMENT_FROM_LINKS:
            continue
        stated = rules.MOVEMENT_FROM_LINKS[between]
        entry = parts.get(new.span)
        if stated is None and new.change is None and entry is None and len(between) == 1:
            continue  # "20 from the army": a bare "from" needs a change word before the new level
        if entry is None:
            entry = parts[new.span] = [None, None, new, None]
        entry[1] = old
        if entry[0] is None:
            entry[0] = stated or new.change or _direction(old, new)
        starts.add(old.span)
    result = []
    for direction, start, end, by in parts.values():
        if direction is None and start is not None:
            direction = _direction(start, end)
        members = [q for q in (start, end, by) if q is not None]
        first = min(q.span[0] for q in members)
        last = max(q.span[1] for q in members)
        result.append(Movement(direction, start, end, by, (first, last), text[first:last]))
    return sorted(result, key=lambda movement: movement.end.span if movement.end else movement.span)


def _direction(old: Quantity, new: Quantity) -> Optional[str]:
    if old.value is None or new.value is None:
        return None
    return context.direction_between(old.value, new.value)
