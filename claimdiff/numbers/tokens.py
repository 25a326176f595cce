"""The text split into tokens, and the shapes the readers share.

:class:`Tokens` splits the text once (one regex pass) into parallel lists, so
every reader looks tokens up by index.  :class:`Atom` is a bare figure before
its context (bounds, ranges, changes) is applied.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, TypeVar

import regex

from claimdiff.rules import numbers_en as rules

TOKEN_PATTERN = regex.compile(rules.TOKEN_PATTERN)

GAP_NONE = 0  # tokens touch
GAP_SPACE = 1  # spaces or tabs between
GAP_BREAK = 2  # a line break (or start of text) between

DIGIT, WORD, SYMBOL = "d", "w", "s"  # token kinds

_V = TypeVar("_V")  # what a phrase table maps its keys to


class Tokens:
    """The text split into tokens, with parallel lists for fast look-up."""

    __slots__ = ("text", "starts", "ends", "texts", "lowers", "kinds", "gaps", "count", "designated", "digit_indices")

    def __init__(self, text: str) -> None:
        self.text = text
        starts: List[int] = []
        ends: List[int] = []
        texts: List[str] = []
        for match in TOKEN_PATTERN.finditer(text):
            start, end = match.span()
            starts.append(start)
            ends.append(end)
            texts.append(text[start:end])
        kinds = [DIGIT if "0" <= token[0] <= "9" else (WORD if token[0].isalpha() else SYMBOL) for token in texts]
        gaps = [GAP_BREAK] if texts else []
        gaps += [
            GAP_NONE if start == previous_end else (GAP_BREAK if "\n" in text[previous_end:start] else GAP_SPACE)
            for start, previous_end in zip(starts[1:], ends)
        ]
        self.starts = starts
        self.ends = ends
        self.texts = texts
        # one string for a token already in lower case, not two equal ones
        self.lowers = [lower if lower != token else token for token in texts for lower in (token.lower(),)]
        self.kinds = kinds
        self.gaps = gaps
        self.count = len(texts)
        #: Where the digit runs are (readers that look only at numbers skip the rest).
        self.digit_indices: Tuple[int, ...] = tuple(index for index, kind in enumerate(kinds) if kind == DIGIT)
        #: Numbers the text uses as names ("787" after "Boeing 787"), set by the scan.
        self.designated: frozenset = frozenset()

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
        return self.kind(index) == WORD and self.texts[index][0].isupper()


@dataclass
class Atom:
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
    signed: bool = False  # written with a plus sign ("+0.2%")
    age: bool = False  # an age ("a 65-year-old", "aged 15"): unit year/month/week/day
    fraction: bool = False  # a fraction on its own ("two-thirds", "1/2", "one in five")
    change: Optional[str] = None  # the change the figure's own writing gives ("+0.2%": "up")
    start_char: Optional[int] = None  # overrides tokens.starts[first] ("n't")


def clean(number: float) -> float:
    """``number`` rounded to 12 significant digits (no float noise in the output)."""
    return float(f"{number:.12g}")


def by_first_word(phrases: Iterable[Tuple[str, ...]]) -> MappingProxyType[str, Tuple[Tuple[str, ...], ...]]:
    """Phrase keys of a rules table grouped by their first word, in table order."""
    grouped: Dict[str, List[Tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return MappingProxyType({word: tuple(group) for word, group in grouped.items()})


def phrases_before(
    tokens: Tokens, index: int, floor: int, table: Mapping[Tuple[str, ...], _V], longest: int,
) -> Iterator[Tuple[_V, int, Tuple[str, ...]]]:
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
