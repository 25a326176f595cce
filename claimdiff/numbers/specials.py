"""Figures that are not numerals: zeros by negation ("no deaths", "nobody",
"not ... any"), vague quantifiers ("several", "tens of thousands", "a few
hundred") and count words ("both", "another", "a pair of"; "a"/"an" when
``articles`` is on).  They take no bounds and make no ranges.
"""
from __future__ import annotations

from typing import Optional, Tuple, Union

from claimdiff.numbers.tokens import GAP_NONE, GAP_SPACE, SYMBOL, WORD, Atom, Tokens, by_first_word, clean
from claimdiff.rules import numbers_en as rules


class _NotAFigure:
    """What a reader returns when the words it knows are there but make no figure."""


NOT_A_FIGURE = _NotAFigure()
_Found = Union[Atom, _NotAFigure, None]


_ZERO_PERSON = by_first_word(rules.ZERO_PERSON_PHRASES)
_VAGUE_MULTIPLIERS = by_first_word(rules.VAGUE_MULTIPLIERS)
_VAGUE_PHRASES = by_first_word(rules.VAGUE_PHRASES)
_COUNT_PHRASES = by_first_word(rules.COUNT_PHRASES)
#: Every word a special figure can start with (besides the words ending in a negation, "didn't").
STARTS = frozenset(
    set(_ZERO_PERSON) | rules.NEGATION_WORDS | rules.NONE_WORDS | rules.NOT_WORDS | rules.NOT_COMPOUNDS
    | set(_VAGUE_MULTIPLIERS) | set(_VAGUE_PHRASES) | set(_COUNT_PHRASES) | rules.ARTICLES
)


def _zero(first: int, end: int) -> Atom:
    return Atom(first, end, 0.0, kind="exact", low=0.0, high=0.0, special=True)


# ------------------------------------------------------------------ zeros
def _zero_person(tokens: Tokens, index: int, lower: str, articles: bool) -> _Found:
    """"no one", "nobody", "no-one" (not "no one of", not "no-one-"...)."""
    for phrase in _ZERO_PERSON.get(lower, ()):
        if tokens.matches(index, phrase, max_gap=GAP_SPACE):
            end = index + len(phrase)
            if tokens.lower(end) != rules.OF and not (tokens.raw(end) in rules.DASHES and tokens.gap(end) == GAP_NONE):
                return _zero(index, end)
    return None


def _negated_noun(tokens: Tokens, index: int, lower: str, articles: bool) -> _Found:
    """"no deaths", "without (any) casualties": the negating word is the span."""
    if lower not in rules.NEGATION_WORDS:
        return None
    start_noun = index + 1
    if lower in rules.NEGATION_WORDS_TAKING_ANY and tokens.lower(start_noun) in rules.ANY_WORDS:
        start_noun += 1
    if tokens.raw(index + 1) != rules.FULL_STOP and countable_follows(tokens, start_noun):
        return _zero(index, index + 1)
    return None


def _none_of(tokens: Tokens, index: int, lower: str, articles: bool) -> _Found:
    """"none of them", "none of the passengers"."""
    if lower not in rules.NONE_WORDS or tokens.lower(index + 1) != rules.OF:
        return None
    position = index + 2
    if tokens.lower(position) in rules.NONE_OF_PRONOUNS:
        return _zero(index, index + 1)
    if tokens.lower(position) in rules.NONE_OF_DETERMINERS:
        position += 1
    return _zero(index, index + 1) if countable_follows(tokens, position) else None


def _not_any(tokens: Tokens, index: int, lower: str, articles: bool) -> _Found:
    """"not ... any casualties", "didn't report any deaths": the span is "not" / "n't" ... "any"."""
    if not (lower in rules.NOT_WORDS or lower.endswith(rules.NOT_ENDINGS) or lower in rules.NOT_COMPOUNDS):
        return None
    for position in range(index + 1, min(index + 2 + rules.NOT_ANY_GAP, tokens.count)):
        if tokens.gaps[position] > GAP_SPACE or tokens.kinds[position] == SYMBOL:
            break
        if tokens.lowers[position] in rules.ANY_WORDS:
            if not countable_follows(tokens, position + 1):
                break
            atom = _zero(index, position + 1)
            atom.start_char = tokens.starts[index] if lower in rules.NOT_WORDS else tokens.ends[index] - rules.NOT_TAIL_LENGTH
            return atom
    return None


def countable_follows(tokens: Tokens, index: int) -> bool:
    """Whether a countable noun follows within a short noun phrase ("no serious injuries", "any damage or casualties")."""
    position = index
    for _ in range(rules.NEGATION_NOUN_WINDOW):
        if position >= tokens.count or tokens.gaps[position] > GAP_SPACE:
            return False
        lower = tokens.lowers[position]
        if lower in rules.COUNTABLE_NOUNS:
            return True
        if lower in rules.NEGATION_JOINERS or lower in rules.NEGATION_FILLERS:
            position += 1
            continue
        if tokens.kinds[position] != WORD or lower in rules.FUNCTION_WORDS:
            return False
        position += 1
    return False


# ------------------------------------------------------------------ vague
def _vague_multiple(tokens: Tokens, index: int, lower: str, articles: bool) -> _Found:
    """A vague multiplier before scale words: "several hundred", "a few thousand" = [300, None)."""
    for phrase in _VAGUE_MULTIPLIERS.get(lower, ()):
        if tokens.matches(index, phrase):
            position = index + len(phrase)
            low = float(rules.VAGUE_MULTIPLIERS[phrase])
            while tokens.lower(position) in rules.VAGUE_MULTIPLIABLE and tokens.gap(position) <= GAP_SPACE:
                low *= rules.VAGUE_MULTIPLIABLE[tokens.lower(position)]
                position += 1
            if position > index + len(phrase):
                return Atom(index, position, None, kind="vague", low=clean(low), high=None, special=True)
    return None


def _vague_phrase(tokens: Tokens, index: int, lower: str, articles: bool) -> _Found:
    """The longest vague quantifier at ``index``: "several", "dozens", "tens of thousands"."""
    best: Optional[Tuple[str, ...]] = None
    for phrase in _VAGUE_PHRASES.get(lower, ()):
        if tokens.matches(index, phrase) and (best is None or len(phrase) > len(best)):
            best = phrase
    if best is None:
        return None
    if best[0] in rules.VAGUE_SCALE_PLURALS and tokens.lower(index - 1) in rules.NUMBER_WORDS:
        return NOT_A_FIGURE  # "three hundreds"
    low, high = rules.VAGUE_PHRASES[best]
    end = index + len(best) - (1 if best[-1] == rules.OF else 0)
    return Atom(index, end, None, kind="vague", low=None if low is None else float(low), high=None if high is None else float(high), special=True)


# ------------------------------------------------------------------ counts
def _count_phrase(tokens: Tokens, index: int, lower: str, articles: bool) -> _Found:
    """Count words before a noun: "both sides", "another missile" (not "another official"), "a pair of", "a couple of"."""
    for phrase in _COUNT_PHRASES.get(lower, ()):
        if not tokens.matches(index, phrase):
            continue
        end = index + len(phrase)
        takes_of = phrase[-1] == rules.OF
        if phrase in rules.NOUN_AFTER_OF_COUNT_PHRASES and not is_noun_like(tokens, end, capitalised=True):
            return NOT_A_FIGURE  # "a score of 85", "a score of the match"
        if takes_of or is_noun_like(tokens, end, capitalised=phrase not in rules.LOWER_CASE_NOUN_COUNT_PHRASES) or (
            phrase in rules.OF_COUNT_PHRASES and tokens.lower(end) == rules.OF
        ):
            if tokens.lower(index - 1) in rules.COUNT_PHRASE_BLOCKERS_BEFORE.get(phrase, ()):
                return NOT_A_FIGURE  # "one another"
            if phrase in rules.COUNTABLE_ONLY_COUNT_PHRASES and not countable_follows(tokens, end):
                return NOT_A_FIGURE  # "another official said"
            value, kind, low, high = rules.COUNT_PHRASES[phrase]
            return Atom(index, end - 1 if takes_of else end, value, kind=kind, low=low, high=high, special=True)
    return None


def _article(tokens: Tokens, index: int, lower: str, articles: bool) -> _Found:
    """With ``articles``: "a"/"an" before a noun is one ("an explosion")."""
    if articles and lower in rules.ARTICLES:
        following = tokens.lower(index + 1)
        if following not in rules.ARTICLE_NON_COUNTS and is_noun_like(tokens, index + 1, capitalised=True):
            return Atom(index, index + 1, 1.0, kind="exact", low=1.0, high=1.0, special=True)
    return None


def is_noun_like(tokens: Tokens, index: int, *, capitalised: bool = False) -> bool:
    """Whether token ``index`` can be the noun a count word counts ("both sides", "another missile")."""
    if tokens.kind(index) != WORD or tokens.gap(index) > GAP_SPACE:
        return False
    lower = tokens.lowers[index]
    if lower in rules.FUNCTION_WORDS or lower in rules.NUMBER_WORDS or lower in rules.SCALE_WORDS:
        return False
    if lower in rules.DOZEN_WORDS or lower.endswith(rules.ADVERB_ENDING):
        return False
    return capitalised or not tokens.texts[index][0].isupper()


_READERS = (_zero_person, _negated_noun, _none_of, _not_any, _vague_multiple, _vague_phrase, _count_phrase, _article)


def read_special(tokens: Tokens, index: int, articles: bool) -> Optional[Atom]:
    """A zero by negation, a vague quantifier or a count word starting at ``index``, or None."""
    lower = tokens.lowers[index]
    if lower not in STARTS and not lower.endswith(rules.NOT_ENDINGS):
        return None
    for reader in _READERS:
        found = reader(tokens, index, lower, articles)
        if found is not None:
            return found if isinstance(found, Atom) else None  # NOT_A_FIGURE: the words make no figure
    return None
