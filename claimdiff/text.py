"""The document: one tokenized text that every stage reads.

:func:`read` runs the only tokenizer of the package, once per text, and
segments the text into paragraphs, sentences and quotations.  Nothing is
rewritten: every unit is a ``(start, end)`` pair into the input, and lookups
by offset are binary searches.  Each layer is one left-to-right pass
(linear time).

Layers:

* ``tokens``: words, numbers and marks, each with its offsets, lower-case
  forms, shape and whether it stands inside a quotation;
* ``paragraphs``: text between blank lines; a single newline ends a
  paragraph when the line before it is complete (hard-wrapped wire copy stays
  one paragraph);
* ``sentences``: abbreviation-aware sentence spans inside each paragraph;
* ``quotations``: direct speech in any common quote style, across paragraphs
  when each new paragraph opens with a quote mark again;
* ``masked``: the text with every quotation blanked out (same length, same
  offsets), for rules that must not look inside direct speech;
* ``markup``: spans of markup tags and web addresses (``<div data-id="…">``,
  ``https://…``), whose digits are identifiers, never figures.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

import regex

from .rules import text_en as rules
from .rules.attribution_en import QUOTE_MIXED_CLOSERS
from .types import Span

_TOKEN = regex.compile(
    r"(?:\p{Lu}\.){2,}"  # dotted acronyms: U.S., U.N.
    r"|(?:" + "|".join(regex.escape(t) for t in rules.DOTTED_TITLES) + r")\.(?=\s)"  # Dr. Gen. Sen.
    r"|[\p{L}\p{M}][\p{L}\p{M}\p{N}\-]*(?:['\u2019](?:s|ve|re|ll|d)\b)?"  # words, with a possessive 's or a contracted auxiliary
    r"|\p{N}[\p{N}.,]*"  # numbers with their separators
    r"|[^\s\p{L}\p{N}]"  # one mark
)
_NAME_PARTICLE = regex.compile(r"^(?:" + "|".join(rules.NAME_PARTICLES) + r")-\p{Lu}")


class Token(NamedTuple):
    """A word, number or mark of the text, with its lower-case forms computed once.

    A named tuple, not a dataclass: a text has one per word, and a tuple is built faster and holds less
    memory (no ``__dict__``); it is immutable all the same.
    """

    text: str
    start: int
    end: int
    lower: str
    #: Lower case without a possessive 's or a title's full stop.
    bare: str
    capitalised: bool
    #: "word", "number" or "mark".
    shape: str = "word"
    #: Inside a quotation (direct speech).
    quoted: bool = False


def make_token(text: str, start: int, end: int, quoted: bool = False) -> Token:
    """A token from its written form (also for a synthetic token a rule adds, such as an implied "said")."""
    lower = text.lower()
    if lower == text:
        lower = text  # one string, not two equal ones (most words are written in lower case)
    if lower.endswith(("'s", "\u2019s")):
        bare = lower[:-2]
    elif lower.endswith(".") and len(lower) > 2:
        bare = lower.rstrip(".")
    else:
        bare = lower
    first = text[:1]
    shape = "word" if first.isalpha() else "number" if first.isdigit() else "mark"
    # a particle name ("al-Assad") has a hyphen: most lower-case words are never matched against the pattern
    capitalised = first.isupper() or "-" in text and bool(_NAME_PARTICLE.match(text))
    return Token(text, start, end, lower, bare, capitalised, shape, quoted)


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


@dataclass(frozen=True)
class Document:
    """One text, tokenized and segmented once; every stage of the pipeline reads it."""

    text: str
    tokens: Tuple[Token, ...]
    paragraphs: Tuple[Span, ...]
    sentences: Tuple[Sentence, ...]
    quotations: Tuple[Quotation, ...]
    #: The text with each quotation blanked (spaces; newlines kept): same offsets as ``text``.
    masked: str
    #: Markup tags and web addresses, in text order.
    markup: Tuple[Span, ...] = ()
    #: The place a dateline opening the text names ("LODZ, Poland, March 2 (Wire) - " -> "Lodz"), if any.
    dateline_place: Optional[str] = None
    _token_starts: Tuple[int, ...] = field(repr=False, default=())
    _token_ends: Tuple[int, ...] = field(repr=False, default=())
    _sentence_starts: Tuple[int, ...] = field(repr=False, default=())
    _markup_starts: Tuple[int, ...] = field(repr=False, default=())

    def __repr__(self) -> str:
        return f"<Document {len(self.text)} chars, {len(self.tokens)} tokens, {len(self.sentences)} sentences, {len(self.quotations)} quotations>"

    def tokens_in(self, start: int, end: int, *, quoted: Optional[bool] = None) -> List[Token]:
        """The tokens wholly inside ``[start, end)``; ``quoted=False`` leaves out direct speech, ``True`` keeps only it."""
        # tokens never overlap and come in text order, so both their starts and their ends are sorted:
        # the tokens wholly inside are one run, from the first starting at or after ``start`` to the last
        # ending at or before ``end``
        first = bisect.bisect_left(self._token_starts, start)
        last = bisect.bisect_right(self._token_ends, end, first)
        if quoted is None:
            return list(self.tokens[first:last])
        return [token for token in self.tokens[first:last] if token.quoted == quoted]

    def words(self, start: int, end: int) -> List[str]:
        """Lower-case words, numbers and clause marks (``, ; : ( ) – —``) inside ``[start, end)``, apostrophes straightened.

        The view the claim and event rules read: other marks are left out.
        """
        return [
            token.lower.replace("\u2019", "'")
            for token in self.tokens_in(start, end)
            if token.shape != "mark" or token.text in rules.CLAUSE_MARKS
        ]

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        """The sentence holding ``offset``, or None between sentences."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if 0 <= index < len(self.sentences) and offset < self.sentences[index].span[1]:
            return self.sentences[index]
        return None

    def in_markup(self, span: Span) -> bool:
        """Does ``span`` overlap a markup tag or a web address?"""
        index = bisect.bisect_right(self._markup_starts, span[0]) - 1
        if index >= 0 and self.markup[index][1] > span[0]:
            return True
        return index + 1 < len(self.markup) and self.markup[index + 1][0] < span[1]

    def sentence_index_at(self, offset: int) -> int:
        """Index of the last sentence starting at or before ``offset`` (-1 before the first)."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1


def read(text: str) -> Document:
    """Tokenize and segment ``text`` (any str) into a :class:`Document`."""
    paragraph_spans = _paragraphs(text)
    quotation_list = _quotations(text, paragraph_spans)
    masked = _mask(text, quotation_list)
    sentence_list = _sentences(text, paragraph_spans)
    tokens = tuple(_tokens(text, masked))
    markup = tuple(m.span() for m in _MARKUP.finditer(text))
    return Document(
        text,
        tokens,
        tuple(paragraph_spans),
        tuple(sentence_list),
        tuple(quotation_list),
        masked,
        markup,
        _dateline_place(text, paragraph_spans),
        tuple(t.start for t in tokens),
        tuple(t.end for t in tokens),
        tuple(s.span[0] for s in sentence_list),
        tuple(start for start, _ in markup),
    )


#: A markup tag (``<p>``, ``</div>``, ``<tweet id="…">``, ``<!-- … -->``) or a web address; bounded, so linear.
_MARKUP = regex.compile(r"<[A-Za-z/!][^<>\n]{0,2000}>|\bhttps?://[^\s<>\"']{1,2000}|\bwww\.[^\s<>\"']{1,2000}")


def _dateline_at(text: str, start: int, end: int):
    """The dateline opening the paragraph ``[start, end)``, if one does (and text follows it)."""
    match = _DATELINE.match(text, start, min(end, start + _DATELINE_REACH))
    if match is None or match.end() >= end or match.group("city").strip().lower() in rules.NOT_DATELINE_WORDS:
        return None
    return match


def _dateline_place(text: str, paragraph_spans: Sequence[Span]) -> Optional[str]:
    """The city of a dateline opening the text, written as a name ("MOSCOW" -> "Moscow")."""
    for start, end in paragraph_spans[:_DATELINE_PARAGRAPHS]:
        match = _dateline_at(text, start, end)
        if match is not None:
            city = " ".join(match.group("city").split()).strip(" .'-")
            return city.title() if city.isupper() else city
    return None


#: A dateline opens one of the first paragraphs (a headline may stand before it).
_DATELINE_PARAGRAPHS = 2


def _tokens(text: str, masked: str) -> Iterator[Token]:
    # the forms of each written word are made once per text: its tokens share one string for each form
    # (a text has a few thousand distinct words and a hundred times as many tokens)
    forms: Dict[str, Token] = {}
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        # a token is quoted when the masked text blanked it
        quoted = masked[start] == " " and not text[start].isspace()
        word = text[start:end]
        known = forms.get(word)
        if known is None:
            known = forms[word] = make_token(word, start, end, quoted)
            yield known
        else:
            yield Token(known.text, start, end, known.lower, known.bare, known.capitalised, known.shape, quoted)


def _mask(text: str, quotations: Sequence[Quotation]) -> str:
    if not quotations:
        return text
    pieces: List[str] = []
    position = 0
    for quotation in quotations:
        start, end = quotation.span
        pieces.append(text[position:start])
        pieces.append(regex.sub(r"[^\n]", " ", text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


# ---------------------------------------------------------------- paragraphs

_BLANK_LINE = regex.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_LINE_END_TERMINAL = regex.compile(r"""[.!?:;"'\u201d\u2019)\]]\s*$""")
#: A line shorter than this ends its paragraph even without a full stop (a headline, a dateline).
_SHORT_LINE = 40


def _paragraphs(text: str) -> List[Span]:
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
        if line.strip() and (_LINE_END_TERMINAL.search(line) or len(line.strip()) < _SHORT_LINE and not line.rstrip().endswith(",")):
            _push(text, line_start, newline, spans)
            line_start = newline + 1
        position = newline + 1
    _push(text, line_start, end, spans)


def _push(text: str, start: int, end: int, spans: List[Span]) -> None:
    start, end = _trimmed(text, start, end)
    if end > start:
        spans.append((start, end))


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------- sentences

_BOUNDARY = regex.compile(
    r"""(?<=[.!?]["'\u201d\u2019)\]]{0,3})   # a sentence end, maybe after a closing quote
        [ \t\u00a0]+                       # then horizontal space
        (?=["'\u201c\u2018(\[]*[\p{Lu}\p{N}])  # then a capital or digit, maybe after an opening quote
    """,
    regex.VERBOSE,
)
_WORD_BEFORE = regex.compile(r"(\S+)\s*$")
#: Characters at the start of a paragraph where a dateline may stand.
_DATELINE_REACH = 120


_DATELINE = regex.compile(rules.DATELINE)


def _sentences(text: str, paragraph_spans: Sequence[Span]) -> List[Sentence]:
    result: List[Sentence] = []
    for paragraph_index, (p_start, p_end) in enumerate(paragraph_spans):
        start = p_start
        dateline = _dateline_at(text, p_start, p_end)
        if dateline is not None:
            # "MOSCOW, July 28 (Wire) - Police said ...": the dateline is a sentence of its own
            _add_sentence(text, start, dateline.end(), paragraph_index, result)
            start = dateline.end()
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            word = _WORD_BEFORE.search(text, start, match.start())
            if word and _is_abbreviation(word.group(1)):
                continue
            _add_sentence(text, start, match.start(), paragraph_index, result)
            start = match.end()
        _add_sentence(text, start, p_end, paragraph_index, result)
    return result


def _is_abbreviation(word: str) -> bool:
    core = word.strip(rules.QUOTE_AND_BRACKET_OPENERS).rstrip(".")
    if not core:
        return False
    if core.lower() in rules.ABBREVIATIONS:
        return True
    # initials and dotted acronyms: "J.", "U.S.", "a.m."
    return len(core) == 1 and core.isalpha() and core.isupper() or ("." in core and len(core) <= 5)


def _add_sentence(text: str, start: int, end: int, paragraph: int, out: List[Sentence]) -> None:
    start, end = _trimmed(text, start, end)
    if end > start:
        out.append(Sentence(len(out), (start, end), paragraph, text[start:end]))


# ---------------------------------------------------------------- quotations


def _quotations(text: str, paragraph_spans: Sequence[Span]) -> List[Quotation]:
    """Straight quotes pair left to right; apostrophes inside words are not quote marks."""
    openers = rules.QUOTE_PAIRS
    found: List[Quotation] = []
    pending_start: Optional[int] = None  # an unclosed quote carried over paragraphs
    pending_closer: Optional[str] = None
    for index, (p_start, p_end) in enumerate(paragraph_spans):
        position = p_start
        if pending_start is not None:
            first = text[p_start] if p_start < p_end else ""
            if openers.get(first) != pending_closer:
                pending_start = None  # a quotation goes on only where the next paragraph opens it again, in its own style
            else:
                position = p_start + 1
        open_at: Optional[int] = pending_start
        closer = pending_closer
        # only quote marks open or close a quotation: jump from one to the next
        for mark in _QUOTE_MARK.finditer(text, position, p_end):
            position = mark.start()
            char = text[position]
            if open_at is None:
                if char in openers and _can_open(text, position, char):
                    open_at, closer = position + 1, openers[char]
            elif (char == closer or _mixed_close(text, position, closer)) and _can_close(text, position, char):
                if position > open_at:
                    found.append(Quotation((open_at, position), index))
                open_at, closer = None, None
        pending_start, pending_closer = (open_at, closer) if open_at is not None else (None, None)
    return found


#: Every mark that may open or close a quotation (the pairs' openers and closers, and the mixed closers).
_QUOTE_MARK = regex.compile("[" + "".join(regex.escape(mark) for mark in sorted(
    set(rules.QUOTE_PAIRS) | set(rules.QUOTE_PAIRS.values()) | {mark for marks in QUOTE_MIXED_CLOSERS.values() for mark in marks})) + "]")


def _mixed_close(text: str, position: int, closer: Optional[str]) -> bool:
    """Does the mark at ``position`` close, in mixed typography, a quotation whose own closer is ``closer``
    ("“We lost 300 homes," she said")?  It must end a word or a comma and be followed by a space or the end."""
    opener = next((o for o, c in rules.QUOTE_PAIRS.items() if c == closer and o != c), None)
    if opener is None or text[position] not in QUOTE_MIXED_CLOSERS.get(opener, ""):
        return False
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;")


def _can_open(text: str, position: int, char: str) -> bool:
    if char in rules.SINGLE_QUOTE_OPENERS:
        before = text[position - 1] if position else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        return not before.isalnum() and after.isalpha()
    return True


def _can_close(text: str, position: int, char: str) -> bool:
    if char in rules.SINGLE_QUOTE_CLOSERS:
        after = text[position + 1] if position + 1 < len(text) else " "
        return not after.isalpha()
    return True
