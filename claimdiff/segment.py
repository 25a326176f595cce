"""Segmentation: paragraphs, sentences and quotations, as spans of the original text.

Nothing is rewritten: every unit is a ``(start, end)`` pair into the input.
Runs in one left-to-right pass per layer (linear time).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple

import regex

from .rules import english
from .types import Span


@dataclass(frozen=True)
class Sentence:
    index: int
    span: Span
    paragraph: int
    text: str


@dataclass(frozen=True)
class Quotation:
    """A stretch of direct speech, from its opening to its closing mark (marks excluded)."""

    span: Span
    #: Paragraph index where the quotation closes (it may open earlier).
    closes_in: int


_BLANK_LINE = regex.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_BOUNDARY = regex.compile(
    r"""(?<=[.!?]["'\u201d\u2019)\]]{0,3})   # a sentence end, maybe after a closing quote
        [ \t\u00a0]+                       # then horizontal space
        (?=["'\u201c\u2018(\[]*[\p{Lu}\p{N}])  # then a capital or digit, maybe after an opening quote
    """,
    regex.VERBOSE,
)
_LINE_END_TERMINAL = regex.compile(r"""[.!?:;"'\u201d\u2019)\]]\s*$""")
_WORD_BEFORE = regex.compile(r"(\S+)\s*$")


def paragraphs(text: str) -> List[Span]:
    """Paragraph spans: text between blank lines; a single newline ends a
    paragraph when the line before it is complete (ends like a sentence or is
    a short headline line), so hard-wrapped wire copy stays one paragraph."""
    spans: List[Span] = []
    start = 0
    for match in _BLANK_LINE.finditer(text):
        _add_paragraph_lines(text, start, match.start(), spans)
        start = match.end()
    _add_paragraph_lines(text, start, len(text), spans)
    return spans


def _add_paragraph_lines(text: str, start: int, end: int, spans: List[Span]) -> None:
    line_start = start
    position = start
    while True:
        newline = text.find("\n", position, end)
        if newline < 0:
            break
        line = text[line_start:newline]
        if line.strip() and (_LINE_END_TERMINAL.search(line) or len(line.strip()) < 40 and not line.rstrip().endswith(",")):
            _push(text, line_start, newline, spans)
            line_start = newline + 1
        position = newline + 1
    _push(text, line_start, end, spans)


def _push(text: str, start: int, end: int, spans: List[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentences(text: str) -> List[Sentence]:
    """Sentence spans inside each paragraph; abbreviations ("Mr.", "U.S.",
    "Jan.") do not end a sentence."""
    result: List[Sentence] = []
    for paragraph_index, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            word = _WORD_BEFORE.search(text, start, match.start())
            if word and _is_abbreviation(word.group(1)):
                continue
            _add_sentence(text, start, match.start(), paragraph_index, result)
            start = match.end()
        _add_sentence(text, start, p_end, paragraph_index, result)
    return result


def _is_abbreviation(word: str) -> bool:
    core = word.strip("\"'\u201c\u201d\u2018\u2019([").rstrip(".")
    if not core:
        return False
    if core.lower() in english.ABBREVIATIONS:
        return True
    # initials and dotted acronyms: "J.", "U.S.", "a.m."
    return len(core) == 1 and core.isalpha() and core.isupper() or ("." in core and len(core) <= 5)


def _add_sentence(text: str, start: int, end: int, paragraph: int, out: List[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), (start, end), paragraph, text[start:end]))


_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019", '"': '"', "\u201e": "\u201c", "'": "'"}


def quotations(text: str, paragraph_spans: Optional[List[Span]] = None) -> List[Quotation]:
    """Direct-speech spans in any common quote style.

    A quotation opened in a paragraph that does not close it continues into
    the next paragraph when that one opens with a quote mark again (the
    newspaper convention for multi-paragraph quotes).  Straight quotes pair
    left to right; apostrophes inside words are not quote marks.
    """
    if paragraph_spans is None:
        paragraph_spans = paragraphs(text)
    found: List[Quotation] = []
    pending_start: Optional[int] = None  # an unclosed quote carried over paragraphs
    pending_closer: Optional[str] = None
    for index, (p_start, p_end) in enumerate(paragraph_spans):
        position = p_start
        if pending_start is not None:
            first = text[p_start] if p_start < p_end else ""
            if first not in _OPENERS:
                pending_start = None
            else:
                position = p_start + 1
        open_at: Optional[int] = pending_start
        closer = pending_closer
        while position < p_end:
            char = text[position]
            if open_at is None:
                if char in _OPENERS and _can_open(text, position, char):
                    open_at, closer = position + 1, _OPENERS[char]
            elif char == closer and _can_close(text, position, char):
                if position > open_at:
                    found.append(Quotation((open_at, position), index))
                open_at, closer = None, None
            position += 1
        pending_start, pending_closer = (open_at, closer) if open_at is not None else (None, None)
    return found


def _can_open(text: str, position: int, char: str) -> bool:
    if char in ("'", "\u2018"):
        before = text[position - 1] if position else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        return not before.isalnum() and after.isalpha()
    return True


def _can_close(text: str, position: int, char: str) -> bool:
    if char in ("'", "\u2019"):
        after = text[position + 1] if position + 1 < len(text) else " "
        return not after.isalpha()
    return True


def enclosing(spans: List[Tuple[int, int]], start: int, end: int) -> Optional[int]:
    """Index of the span that contains ``[start, end)``, or None."""
    for index, (s, e) in enumerate(spans):
        if s <= start and end <= e:
            return index
        if s > start:
            break
    return None
