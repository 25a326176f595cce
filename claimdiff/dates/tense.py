"""The tense around a date mention: the nearest future or past cue in its sentence."""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from claimdiff.rules import dates_en as _R
from claimdiff.rules import text_en as _T

from .lexicon import compile_template, word_before

_FUTURE = compile_template(_R.FUTURE)
_PAST = compile_template(_R.PAST)
_NOT_PAST = frozenset(_R.NOT_PAST_ED)
_FUTURE_PREPOSITIONS = frozenset(_R.FUTURE_PREPOSITIONS)
_PAST_PREPOSITIONS = frozenset(_R.PAST_PREPOSITIONS)
_SENTENCE_END = re.compile(r"[.!?;\n]\s|\n")
_WORD_BEFORE_STOP = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\Z")
_ABBREVIATIONS = _T.ABBREVIATIONS


def _ends_sentence(text: str, m: "re.Match[str]") -> bool:
    """Whether a stop found by ``_SENTENCE_END`` ends a sentence: not the full stop of "Mrs." or "Jan."."""
    if text[m.start()] != ".":
        return True
    w = _WORD_BEFORE_STOP.search(text, max(0, m.start() - 12), m.start())
    return w is None or w.group(1).lower() not in _ABBREVIATIONS


def sentence_bounds(text: str, start: int, end: int) -> Tuple[int, int]:
    """The sentence around ``start:end``, looking at most 200 characters either side."""
    lo = max(0, start - 200)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if _ends_sentence(text, m):
            s = m.end()
    hi = min(len(text), end + 200)
    e = hi
    for stop in _SENTENCE_END.finditer(text, end, hi):
        if _ends_sentence(text, stop):
            e = stop.start() + 1
            break
    return s, e


def _cues(text: str, start: int, end: int) -> List[Tuple[int, int, str]]:
    """Tense cues in the sentence outside the mention: future ones first, then past ones
    (a past cue inside a future one, "will have ended", does not count)."""
    s, e = sentence_bounds(text, start, end)
    cues: List[Tuple[int, int, str]] = []
    fut_spans = []
    for m in _FUTURE.finditer(text, s, e):
        if m.start() >= start and m.end() <= end:
            continue
        cues.append((m.start(), m.end(), "future"))
        fut_spans.append((m.start(), m.end()))
    for m in _PAST.finditer(text, s, e):
        if m.start() >= start and m.end() <= end:
            continue
        w = m.group().lower()
        if w.endswith(_R.PAST_SUFFIX) and w in _NOT_PAST:
            continue
        if any(a <= m.start() < b for a, b in fut_spans):
            continue
        cues.append((m.start(), m.end(), "past"))
    return cues


def tense(text: str, start: int, end: int) -> Optional[str]:
    """"future", "past" or ``None``: the tense cue nearest the mention in its sentence."""
    before_word = word_before(text, start)
    if before_word in _FUTURE_PREPOSITIONS:
        return "future"  # "closed until Friday"
    if before_word in _PAST_PREPOSITIONS:
        return "past"  # "up since December"
    cues = _cues(text, start, end)
    before = [c for c in cues if c[1] <= start]
    if before:
        return max(before, key=lambda c: c[1])[2]
    after = [c for c in cues if c[0] >= end]
    if after:
        return min(after, key=lambda c: c[0])[2]
    return None
