"""Events: what happened, where and when, for each sentence of a text.

A text opens in one event.  A sentence that names an event kind together with
a new-event cue ("another explosion"), or a different kind of event in a place
not yet named, starts a new event; a sentence that names a place of an earlier
event returns to it; every other sentence continues the current event.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Set, Tuple

import regex

from .phrases import PhraseTable
from .rules import english as rules
from .segment import Sentence

_PLACE = regex.compile(
    r"""\b(?P<prep>in|at|near|of|from|outside|inside|across|around|over|on|into|towards?)\s+
        (?:the\s+)?(?:(?:southern|northern|eastern|western|central|north|south|east|west|north-eastern|north-western|south-eastern|south-western)\s+)?
        (?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'\u2019\-]*))*)
        (?:[ \t]+(?P<admin>region|province|district|oblast|city|town|village|county|state|prefecture|governorate|territory|area|municipality|krai)\b)?
        (?P<attributive>(?<=\bthe\s+\S+(?:\s+\S+){0,3})[ \t]+\p{Ll}[\p{L}\-]*)?
    """,
    regex.VERBOSE,
)
_ADMIN_BEFORE = regex.compile(
    r"\b(?:city|town|village|region|province|district|county|state|port|capital)\s+of\s+(?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'\u2019\-]*)*)"
)
_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}\-]*")


_KIND_PHRASES = PhraseTable.from_lists(rules.EVENT_KINDS)
_NEW_EVENT = PhraseTable((tuple(cue.split()), True) for cue in rules.NEW_EVENT_CUES)


@dataclass
class EventDraft:
    """An event as it is being read: mutable while one text is read, frozen into :class:`Event` after."""

    number: int
    kind: Optional[str] = None
    places: List[str] = field(default_factory=list)
    date: Optional[str] = None
    first_sentence: int = 0

    @property
    def place(self) -> Optional[str]:
        """The most specific place named: the first that is not a country or continent."""
        for name in self.places:
            if name.lower() not in rules.BROAD_PLACES:
                return name
        return self.places[0] if self.places else None

    def label(self) -> str:
        parts = [self.kind or "report"]
        if self.place:
            parts.append(f"in {self.place}")
        if self.date:
            parts.append(f"on {self.date}")
        return " ".join(parts)


def places(sentence_text: str) -> List[str]:
    """Capitalised place names in a sentence (after a place preposition, or "city of X")."""
    found: List[str] = []
    for pattern in (_ADMIN_BEFORE, _PLACE):
        for match in pattern.finditer(sentence_text):
            name = match.group("name")
            if match.group(0).startswith("of") and _after_organisation(sentence_text, match.start()):
                continue  # "Ministry of Health", "University of Leeds"
            if match.groupdict().get("attributive") and not match.group("admin") and match.group("attributive").strip() not in rules.PLACE_FOLLOWERS:
                continue  # "the Kuibyshev oil refinery", "the Kyiv regime": a modifier, not a place
            words = [_strip_possessive(w) for w in name.split()]
            if words and (words[-1].lower() in rules.ORGANISATION_HEADS or words[-1].lower() in rules.TITLES):
                continue  # "the Investigations Police", "the Health Ministry": an organisation, not a place
            if sentence_text[match.end("name"):match.end("name") + 2].strip()[:1].isdigit():
                continue  # "in Rs 4 lakh", "in US 5": a currency or label before a figure
            # trim words that are not part of a place (weekdays, months, sentence words)
            while words and words[-1].lower() in rules.NOT_NAMES:
                words.pop()
            while words and (words[0].lower() in rules.NOT_NAMES):
                words.pop(0)
            if not words or any(w.lower() in rules.ORGANISATION_HEADS or w.lower() in rules.TITLES or w.lower() in rules.OUTLETS for w in words):
                continue
            name = " ".join(words)
            if name.lower() in rules.NOT_PLACES:
                continue
            if "admin" in match.groupdict() and match.group("admin"):
                name = f"{name} {match.group('admin')}"
            if name not in found:
                found.append(name)
    return found


def _after_organisation(text: str, position: int) -> bool:
    before = text[max(0, position - 30):position].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() in rules.ORGANISATION_HEADS


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


def place_key(name: str) -> str:
    """A comparable key: lower-case, administrative word dropped ("Rostov Region" -> "rostov")."""
    words = [w for w in name.lower().split() if w not in rules.PLACE_WORDS]
    return " ".join(words) or name.lower()


def kinds(sentence_text: str) -> List[str]:
    """Event kinds named in a sentence, specific kinds before weak ones ("attack", "air defence")."""
    found = _kinds_in_order(sentence_text)
    return [k for k in found if k not in rules.WEAK_EVENT_KINDS] + [k for k in found if k in rules.WEAK_EVENT_KINDS]


def _kinds_in_order(sentence_text: str) -> List[str]:
    # a capitalised month name ("3 March", "in May") is a date, not an event word
    words = ["" if w[:1].isupper() and w.lower() in rules.MONTH_WORDS else w.lower() for w in _WORD.findall(sentence_text)]
    found: List[str] = []
    i = 0
    while i < len(words):
        hit = _KIND_PHRASES.match(words, i)
        if hit:
            if hit[0] not in found:
                found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return found


def _has_new_event_cue(sentence_text: str) -> bool:
    return _NEW_EVENT.first([w.lower() for w in _WORD.findall(sentence_text)]) is not None


def assign_events(sentences: Sequence[Sentence], sentence_dates: Sequence[Optional[str]], reference_year: Optional[int] = None) -> Tuple[List[EventDraft], List[int]]:
    """Event drafts of a text, and the draft index of each sentence.

    A sentence dated in another year than the reference ("In 1968, 589 people
    were arrested") is about an earlier event: it gets an event of its own
    (one per year) and does not change the current event.
    """
    drafts: List[EventDraft] = [EventDraft(1)]
    draft_keys: List[Set[str]] = [set()]
    owners: Dict[str, Set[int]] = {}  # place key -> drafts that name it
    current = 0
    assignment: List[int] = []
    by_year: Dict[str, int] = {}

    def add_draft(draft: EventDraft) -> int:
        drafts.append(draft)
        draft_keys.append({place_key(p) for p in draft.places})
        for key in draft_keys[-1]:
            owners.setdefault(key, set()).add(len(drafts) - 1)
        return len(drafts) - 1

    for sentence in sentences:
        date = sentence_dates[sentence.index] if sentence.index < len(sentence_dates) else None
        year = date[:4] if date and date[:4].isdigit() else None
        if reference_year is not None and year is not None and abs(int(year) - reference_year) >= 1:
            if year not in by_year:
                sentence_kinds = kinds(sentence.text)
                by_year[year] = add_draft(EventDraft(len(drafts) + 1, sentence_kinds[0] if sentence_kinds else None, places(sentence.text), date, sentence.index))
            assignment.append(by_year[year])
            continue
        text = sentence.text
        sentence_kinds = kinds(text)
        sentence_places = places(text)
        keys = {place_key(p) for p in sentence_places}
        event = drafts[current]
        event_keys = draft_keys[current]
        new_places = [p for p in sentence_places if place_key(p) not in event_keys]
        # return to an earlier event named by its place
        earlier = sorted({i for key in keys for i in owners.get(key, ()) if i != current})
        starts_new = False
        if sentence_kinds and event.kind is not None:
            if _has_new_event_cue(text) and (new_places or sentence_kinds[0] == event.kind or not earlier):
                starts_new = True
            elif new_places and not (keys & event_keys) and sentence_kinds[0] != event.kind and not _family(sentence_kinds, event.kind):
                starts_new = True
        if starts_new:
            current = add_draft(EventDraft(len(drafts) + 1, sentence_kinds[0], list(new_places or sentence_places), None, sentence.index))
        elif earlier and not (keys & event_keys):
            current = earlier[0]
        else:
            if event.kind is None and sentence_kinds:
                event.kind = sentence_kinds[0]
            for place in sentence_places:
                key = place_key(place)
                if key not in event_keys:
                    event.places.append(place)
                    event_keys.add(key)
                    owners.setdefault(key, set()).add(current)
        if drafts[current].date is None and date:
            drafts[current].date = date
        assignment.append(current)
    return drafts, assignment


def _family(sentence_kinds: Sequence[str], kind: Optional[str]) -> bool:
    """Kinds that describe one incident from two sides (a missile strike and its explosion)."""
    if kind is None or not sentence_kinds:
        return True
    primary = sentence_kinds[0]
    return primary == kind or any(kind in group and primary in group for group in rules.EVENT_FAMILIES)
