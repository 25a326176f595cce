"""Phrase tables: find multi-word phrases from the rules in a list of words, longest first.

Built once from inert rule data and indexed by first word, so a lookup costs
one dictionary access plus the few phrases that start with that word.
"""
from __future__ import annotations

from typing import Dict, Generic, Iterable, List, Mapping, Optional, Sequence, Tuple, TypeVar

V = TypeVar("V")


class PhraseTable(Generic[V]):
    """Immutable lookup of word tuples to values (``PhraseTable[str]``: a table of labels)."""

    __slots__ = ("_by_first",)

    def __init__(self, entries: Iterable[Tuple[Tuple[str, ...], V]]) -> None:
        by_first: Dict[str, List[Tuple[Tuple[str, ...], V]]] = {}
        for phrase, value in entries:
            if phrase:
                by_first.setdefault(phrase[0], []).append((phrase, value))
        for candidates in by_first.values():
            candidates.sort(key=lambda entry: -len(entry[0]))
        self._by_first: Dict[str, Tuple[Tuple[Tuple[str, ...], V], ...]] = {
            word: tuple(candidates) for word, candidates in by_first.items()}

    @staticmethod
    def from_lists(table: Mapping[str, Iterable[str]]) -> PhraseTable[str]:
        """From ``{value: ("phrase one", "phrase two")}``."""
        return PhraseTable((tuple(phrase.split()), value) for value, phrases in table.items() for phrase in phrases)

    def match(self, words: Sequence[str], index: int) -> Optional[Tuple[V, int]]:
        """(value, length) of the longest phrase starting at ``words[index]``, or None."""
        for phrase, value in self._by_first.get(words[index], ()):
            end = index + len(phrase)
            if end <= len(words) and tuple(words[index:end]) == phrase:
                return value, len(phrase)
        return None

    def first(self, words: Sequence[str]) -> Optional[Tuple[V, int, int]]:
        """(value, position, length) of the first phrase in ``words``."""
        for index in range(len(words)):
            hit = self.match(words, index)
            if hit:
                return hit[0], index, hit[1]
        return None

    def last(self, words: Sequence[str]) -> Optional[Tuple[V, int, int]]:
        """(value, position, length) of the last phrase starting in ``words``."""
        for index in range(len(words) - 1, -1, -1):
            hit = self.match(words, index)
            if hit:
                return hit[0], index, hit[1]
        return None
