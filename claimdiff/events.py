"""Events: what happened, where and when, for each sentence of a text.

A text opens in one event.  A sentence that names an event kind together with
a new-event cue ("another explosion"), or a different kind of event in a place
not yet named, starts a new event; a sentence that names a place of an earlier
event returns to it; every other sentence continues the current event.
"""
from __future__ import annotations

import datetime as _dt

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Set, Tuple

import regex

from .phrases import PhraseTable
from .rules import dates_en as dates_rules
from .rules import english as rules
from .text import Document, Sentence
from .types import DateMention, Event

def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_NAME = r"\p{Lu}[\p{L}\p{M}'\u2019\-]*"
_BARE_NAME = r"\p{Lu}[\p{L}\p{M}\-]*"  # no possessive: "In Kresk's district" is no "In Kresk,"
_PLACE = regex.compile(
    rf"""\b(?P<prep>{_alternation(rules.PLACE_PREPOSITIONS)})\s+
        (?P<the>the\s+)?(?:(?:{_alternation(rules.COMPASS_WORDS)})\s+)?
        (?P<name>{_NAME}(?:[ \t]+(?:{_NAME}))*)
        (?:[ \t]+(?P<admin>{_alternation(rules.ADMIN_AFTER_NAME)})\b)?
        (?P<attributive>[ \t]+\p{{Ll}}[\p{{L}}\-]*)?
    """,
    regex.VERBOSE,
)
#: "In Kresk, 4 people were killed": a capitalised preposition opening the sentence, a name and a comma (the place
#: preposition pattern reads only lower-case prepositions, so "In Trump's view" or "At Trump Tower" name no place).
_FRONTED_PLACE = regex.compile(rf"^\s*(?:{_alternation(p.capitalize() for p in rules.FRONTED_PLACE_PREPOSITIONS)})\s+(?:the\s+)?(?:(?:{_alternation(c.capitalize() for c in rules.COMPASS_WORDS)}|{_alternation(rules.COMPASS_WORDS)})\s+)?"
                               rf"(?P<name>{_BARE_NAME}(?:[ \t]+(?:{_BARE_NAME}))*)(?:[ \t]+(?P<admin>{_alternation(rules.ADMIN_AFTER_NAME)}))?\s*,")
#: "a missile hit Taganrog", "the storm had hit Sela": a bare name after "hit" whose subject is a blow (not "the X refinery").
_BLOW_PLACE = regex.compile(rf"\b(?i:{_alternation(rules.BLOW_SUBJECTS)})\s+(?:(?:{_alternation(rules.BLOW_AUXILIARIES)})\s+)?"
                            rf"(?:{_alternation(rules.BLOW_VERBS)})\s+(?P<name>{_NAME}(?:[ \t]+(?:{_NAME}))*)")
#: "the ferry sank off Kesh", "drowned off the Varn Islands": "off" after a word of the sea is where it happened.
_OFF_PLACE = regex.compile(rf"\b(?i:{_alternation(rules.OFF_PLACE_WORDS)})\s+off\s+(?:the\s+)?(?P<name>{_NAME}(?:[ \t]+(?:{_NAME}))*)")
_OBJECT_PLACE = regex.compile(rf"\b(?:{_alternation(rules.PLACE_OBJECT_VERBS)})\s+(?:the\s+)?(?P<name>{_NAME}(?:[ \t]+(?:{_NAME}))*)")
#: "the Arlen flood", "the Tolva bus crash" anywhere in a sentence (a subject, an object): the name before an event noun,
#: with at most one modifier between, is where it happened.
_NAMED_EVENT_PLACE = regex.compile(rf"\b[Tt]he\s+(?P<name>{_NAME}(?:[ \t]+(?:{_NAME}))*)[ \t]+(?=(?:\p{{Ll}}+[ \t]+)?(?:{_alternation(sorted(rules.NAMED_EVENT_NOUNS))})\b)")
_ADMIN_BEFORE = regex.compile(rf"\b(?:{_alternation(rules.ADMIN_BEFORE_NAME)})\s+of\s+(?P<name>{_NAME}(?:[ \t]+{_NAME})*)")


_KIND_PHRASES = PhraseTable.from_lists(rules.EVENT_KINDS)
_NEW_EVENT = PhraseTable((tuple(cue.split()), True) for cue in rules.NEW_EVENT_CUES)
_PAST_OCCASION = PhraseTable((tuple(cue.split()), cue) for cue in rules.PAST_OCCASION_CUES)


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
        return event_label(self.kind, self.place, self.date)


def places(sentence_text: str, lede: bool = False) -> List[str]:
    """Capitalised place names in a sentence (after a place preposition, or "city of X"); ``lede``: the text's first
    sentence, whose opening "In Kresk," is the story's place (later, "In Ontario," is a part's, read by the claims)."""
    found: List[str] = []
    patterns = ((_FRONTED_PLACE,) if lede else ()) + (_ADMIN_BEFORE, _PLACE, _OFF_PLACE, _OBJECT_PLACE, _BLOW_PLACE, _NAMED_EVENT_PLACE)
    for pattern in patterns:
        for match in pattern.finditer(sentence_text):
            name = match.group("name")
            if match.group(0).startswith("of") and _after_organisation(sentence_text, match.start()):
                continue  # "Ministry of Health", "University of Leeds"
            attributive = (match.groupdict().get("attributive") or "").strip()
            if (match.groupdict().get("the") and attributive and not match.group("admin") and attributive not in rules.PLACE_FOLLOWERS
                    and attributive not in rules.EVENT_NOUNS_AFTER_PLACE and not _event_noun_follows(sentence_text, match.end())):
                continue  # "the Kuibyshev oil refinery", "the Kyiv regime": a modifier, not a place; "in the Belgorod attack" is one
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
            if len(words) == 1 and _month_abbreviation(words[0], sentence_text, match.end("name")):
                continue  # "meets on Sept. 17": a date, not a place
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


def _month_abbreviation(word: str, text: str, end: int) -> bool:
    """Is the word a month's abbreviation written before its day ("Sept. 17", "Oct 3")?"""
    if word.lower() not in dates_rules.MONTH_ABBREVIATIONS:
        return False
    following = text[end:end + 4].lstrip(". ")
    return following[:1].isdigit()


def _event_noun_follows(text: str, position: int) -> bool:
    """Is the word after a place name's modifier an event noun ("the Kalo warehouse fire": "fire")?"""
    following = text[position:position + 30].split()
    return bool(following) and following[0].lower().strip(".,;:") in rules.EVENT_NOUNS_AFTER_MODIFIER


def _after_organisation(text: str, position: int) -> bool:
    before = text[max(0, position - 30):position].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() in rules.ORGANISATION_HEADS


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


def event_label(kind: Optional[str], place: Optional[str], date: Optional[str]) -> str:
    """What happened, where and when, as a reader says it: "flood in Arlen on 2025-05-07" ("event" when the kind is unknown)."""
    parts = [kind or "event"]
    if place:
        parts.append(f"in {place}")
    if date:
        parts.append(f"on {date}")
    return " ".join(parts)


def place_key(name: str) -> str:
    """A comparable key: lower-case, administrative word dropped ("Rostov Region" -> "rostov")."""
    words = [w for w in name.lower().split() if w not in rules.PLACE_WORDS]
    return " ".join(words) or name.lower()


def event_words(document: Document, sentence: Sentence) -> List[str]:
    """The words of a sentence as the event rules read them: lower case, possessives dropped,
    a capitalised month name ("3 March", "in May") blanked (a date, not an event word)."""
    return [
        "" if token.capitalised and token.lower in rules.MONTH_WORDS else token.bare
        for token in document.tokens_in(*sentence.span)
        if token.shape == "word"
    ]


def kinds(words: Sequence[str], table: PhraseTable = _KIND_PHRASES) -> List[str]:
    """Event kinds named in a sentence's :func:`event_words`, specific kinds before weak ones ("attack", "air defence")."""
    found = _kinds_in_order(words, table)
    return [k for k in found if k not in rules.WEAK_EVENT_KINDS] + [k for k in found if k in rules.WEAK_EVENT_KINDS]


def _kinds_in_order(words: Sequence[str], table: PhraseTable) -> List[str]:
    found: List[str] = []
    i = 0
    while i < len(words):
        hit = table.match(words, i)
        if hit:
            if hit[0] not in found:
                found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return found


def _has_new_event_cue(words: Sequence[str]) -> bool:
    return _NEW_EVENT.first(list(words)) is not None


def assign_events(document: Document, sentence_dates: Sequence[Optional[str]], reference_year: Optional[int] = None,
                  kind_table: PhraseTable = _KIND_PHRASES, published: Optional[str] = None) -> Tuple[List[EventDraft], List[int]]:
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
    by_occasion: Dict[str, int] = {}
    lede_occasion: Optional[str] = None

    def add_draft(draft: EventDraft) -> int:
        drafts.append(draft)
        draft_keys.append({place_key(p) for p in draft.places})
        for key in draft_keys[-1]:
            owners.setdefault(key, set()).add(len(drafts) - 1)
        return len(drafts) - 1

    for sentence in document.sentences:
        words = event_words(document, sentence)
        date = sentence_dates[sentence.index] if sentence.index < len(sentence_dates) else None
        year = date[:4] if date and date[:4].isdigit() else None
        if reference_year is not None and year is not None and abs(int(year) - reference_year) >= 1:
            if year not in by_occasion:
                sentence_kinds = kinds(words, kind_table)
                by_occasion[year] = add_draft(EventDraft(len(drafts) + 1, sentence_kinds[0] if sentence_kinds else None, places(sentence.text), date, sentence.index))
            assignment.append(by_occasion[year])
            continue
        past = _PAST_OCCASION.first(list(words))
        if sentence.index == 0:
            lede_occasion = past[0] if past is not None else None  # "Floods last week killed 40": the story's own occasion
        if past is not None and sentence.index > 0 and past[0] != lede_occasion:
            # "Earlier this month, 60 drones were launched in one night", "Last year's march drew 80,000": an
            # earlier occasion, an event of its own that does not change the current one
            cue = past[0]
            if cue not in by_occasion:
                sentence_kinds = kinds(words, kind_table)
                by_occasion[cue] = add_draft(EventDraft(len(drafts) + 1, sentence_kinds[0] if sentence_kinds else None, places(sentence.text), None, sentence.index))
            assignment.append(by_occasion[cue])
            continue
        sentence_kinds = kinds(words, kind_table)
        sentence_places = places(sentence.text, lede=sentence.index == 0)
        keys = {place_key(p) for p in sentence_places}
        event = drafts[current]
        event_keys = draft_keys[current]
        new_places = [p for p in sentence_places if place_key(p) not in event_keys]
        # return to an earlier event named by its place
        earlier = sorted({i for key in keys for i in owners.get(key, ()) if i != current})
        starts_new = False
        if sentence_kinds and event.kind is not None:
            if _has_new_event_cue(words) and (new_places or sentence_kinds[0] == event.kind or not earlier):
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
        if drafts[current].date is None and date and not _after(date, published) and not _count_day(date, published, words):
            # a month after the publication ("a general strike in June") is a plan's, not the event's
            drafts[current].date = date
        assignment.append(current)
    return drafts, assignment


def _count_day(date: str, published: Optional[str], words: Sequence[str]) -> bool:
    """Is the date the publication day in a sentence where a count rises ("On Wednesday, the toll rose to 20", posted on
    Wednesday)?  It dates the count, not the event: the event stays dated by its publication."""
    return bool(published) and date == (published or "")[:10] and bool(rules.COUNT_RISE_WORDS.intersection(words))


def _after(date: str, published: Optional[str]) -> bool:
    """Is a date (a day, month or year) wholly after the publication day?"""
    if not published or not date[:4].isdigit() or not date.replace("-", "").isdigit():
        return False  # a quarter or week ("2025-Q2") is left alone
    return date[:10] > published[:len(date[:10])]


def _family(sentence_kinds: Sequence[str], kind: Optional[str]) -> bool:
    """Kinds that describe one incident from two sides (a missile strike and its explosion)."""
    if kind is None or not sentence_kinds:
        return True
    primary = sentence_kinds[0]
    return primary == kind or any(kind in group and primary in group for group in rules.EVENT_FAMILIES)


# ---------------------------------------------------------------- one text's events


@dataclass(frozen=True)
class TextEvents:
    """The events of one text: each sentence's event and the date written in it."""

    events: Tuple[Event, ...]
    #: For each sentence, the index into ``events`` of its event.
    assignment: Tuple[int, ...]
    #: For each sentence, the first calendar date written in it (TIMEX3 value), or None.
    sentence_dates: Tuple[Optional[str], ...]

    def of_sentence(self, index: int) -> Event:
        return self.events[self.assignment[index]]


def read_events(document: Document, mentions: Sequence[DateMention], published: Optional[_dt.date], source_id: str,
                kind_table: PhraseTable = _KIND_PHRASES) -> TextEvents:
    """The events of one text; event ids are ``<source id>-e<n>``; ``kind_table``: the event kinds to read."""
    sentence_dates: List[Optional[str]] = [None] * len(document.sentences)
    said_on: List[bool] = [False] * len(document.sentences)  # the date kept is the day a statement was made
    for mention in mentions:
        index = document.sentence_index_at(mention.span[0])
        if not (0 <= index < len(sentence_dates)) or not (mention.value or "")[:1].isdigit() or _compared_date(document.text, mention.span[0]):
            continue
        if _span_opening(document.text, mention.span[0]) and _recent(mention.value or "", published):
            continue  # "has killed 47 people since December": a period that runs to now, not an earlier occasion
        if sentence_dates[index] is None:
            sentence_dates[index] = mention.value
            said_on[index] = _statement_day(document.text, mention.span[0])
        elif said_on[index] and not _span_opening(document.text, mention.span[0]) \
                and not _after(mention.value or "", published.isoformat() if published else None):
            # "the institute said on Friday that the economy grew 1.1 percent in the second quarter": the quarter (a date
            # after the publication, "would eliminate 1,100 jobs by the end of next year", is a plan's horizon)
            sentence_dates[index], said_on[index] = mention.value, False
    drafts, assignment = assign_events(document, sentence_dates, published.year if published else None, kind_table,
                                       published.isoformat() if published else None)
    if document.dateline_place and not any(p.lower() not in rules.BROAD_PLACES for p in drafts[0].places):
        # the story is filed from its dateline's city: the main event's place when its sentences name none but a
        # country ("PARIS - ... marched across France")
        drafts[0].places.append(document.dateline_place)
    fallback = published.isoformat() if published else None
    nation = lede_nation(document)
    events = tuple(Event(f"{source_id}-e{d.number}", d.label(), d.kind, d.place, d.date or fallback, tuple(d.places), nation) for d in drafts)
    return TextEvents(events, tuple(assignment), tuple(sentence_dates))


# ---------------------------------------------------------------- one event merger for every executor

#: How many levels of a user's place hierarchy are followed ("Kreuzberg" -> "Berlin" -> "Germany").
PLACE_DEPTH = 4
#: Two placed events whose dates are this many days apart or less can be one event: a weekday
#: ("on Friday") reaches up to six days before the publication date that stands for an undated report.
EVENT_WINDOW_DAYS = 7
#: A span that opens this many days or fewer before the publication ("since December" in January) runs through the
#: story's own event; an older one ("since 2015") dates a quantity of its own.
RECENT_SPAN_DAYS = 92


def specific_place_keys(event: Event) -> List[str]:
    """Keys of every specific place (not a country or continent) an event names, its main place first."""
    keys = [place_key(p) for p in (event.place,) + tuple(event.places) if p and p.lower() not in rules.BROAD_PLACES]
    return list(dict.fromkeys(keys))


def kinds_fit(a: Optional[str], b: Optional[str]) -> bool:
    """Can two event kinds describe one incident (unknown fits anything)?"""
    if a is None or b is None or a == b:
        return True
    return _family([b], a)


class EventMerger:
    """Merges the events of sources, one source at a time, into report-wide events.

    The policy, the same for :func:`claimdiff.check`, :func:`claimdiff.check_many` and ``claimdiff.dask``:

    * an event that names a specific place joins the earlier merged event that names the same place
      (key: lower case, administrative words dropped), whose date is at most :data:`EVENT_WINDOW_DAYS`
      away (the nearest first; the date the text gives, else the publication date) and whose kind fits;
    * an event that names no specific place joins the last event of the previous source when both
      sources come from the same outlet and ``continues`` is true (a story split into posts), else an earlier
      placeless event of another outlet that its text dates to the same month (or day, both naming one kind of
      event) and whose lede names the same country or none (a national figure disputed by two outlets), else it
      stays an event of its own (the per-text stage already joined what its text joins).
      A bare "the fire" is never matched with another outlet's fire: when identity is uncertain, claims
      are not compared.

    Lookups are dictionary hits on ``(place, date)``: constant work per event, whatever the number of sources.
    """

    def __init__(self, prefix: str = "e", parent: Optional[Callable[[str], Optional[str]]] = None) -> None:
        """``parent``: the key of the place a place lies in (a user's place hierarchy), or None."""
        self.prefix = prefix
        self._parent = parent
        self.merged: List[Event] = []
        self._by_key: Dict[Tuple[str, Optional[str]], List[int]] = {}
        self._previous_outlet: Optional[str] = None
        self._previous_last: Optional[int] = None
        #: (date, countries, lede's country) -> merged placeless events their text dates, with the outlet of their first text
        self._placeless: Dict[Tuple[str, frozenset, Optional[str]], List[Tuple[int, Optional[str]]]] = {}

    def add(self, events: Sequence[Event], outlet: Optional[str], continues: bool = True) -> Dict[str, int]:
        """Map each event id of one source to an index into :attr:`merged`."""
        mapping: Dict[str, int] = {}
        for event in events:
            target = self._target(event, events, outlet, continues, frozenset(mapping.values()))
            if target is None:
                target = self._placeless_target(event, outlet, frozenset(mapping.values()))
            if target is None:
                self.merged.append(Event(f"{self.prefix}{len(self.merged) + 1}", event.label, event.kind, event.place, event.date, event.places,
                                         event.nation))
                target = len(self.merged) - 1
                placeless = placeless_key(event)
                if placeless is not None:
                    self._placeless.setdefault(placeless, []).append((target, outlet))
            else:
                self._absorb(target, event)
            for key in self._keys(event):
                listed = self._by_key.setdefault((key, event.date), [])
                if target not in listed:
                    listed.append(target)
            mapping[event.id] = target
        self._previous_outlet = outlet
        self._previous_last = mapping[events[-1].id] if events else None
        return mapping

    def _target(self, event: Event, events: Sequence[Event], outlet: Optional[str], continues: bool,
                taken: frozenset = frozenset()) -> Optional[int]:
        """The merged event this one joins, or None; ``taken``: merged events the same text's other events joined, which
        its text set apart from this one ("On Wednesday, another fire in Kalo ...")."""
        keys = self._keys(event)
        follows = continues and self._previous_last is not None and outlet is not None and self._previous_outlet == outlet and event is events[0]
        if follows and self._previous_last is not None and _happened_later(event, self.merged[self._previous_last]):
            follows = False  # "A fire at a warehouse killed 2 on Wednesday", after Tuesday's post of a nightclub fire: another fire
        if keys:
            found = next(
                (i for key in keys for near in _nearby_keys(key, event.date) for i in self._by_key.get(near, ())
                 if kinds_fit(self.merged[i].kind, event.kind) and i not in taken),
                None,
            )
            if found is None and follows and self._previous_last is not None:
                previous = self.merged[self._previous_last]
                if not specific_place_keys(previous) and kinds_fit(previous.kind, event.kind):
                    return self._previous_last  # the outlet's next post names the place its first post left out
            return found
        if follows:
            return self._previous_last
        return None  # the text itself set this event apart ("in a separate fire"): it stays its own

    def _placeless_target(self, event: Event, outlet: Optional[str], taken: frozenset) -> Optional[int]:
        """The merged event of another outlet that this placeless event is one with: both name no specific place,
        each text dates its event to the same month or day ("added 142,000 jobs in August"), they name the same
        countries, if any, and their kinds are the same or (for a month) unknown.  A national figure disputed by two outlets
        names no place; a bare "the fire" of another day or kind is never matched."""
        key = placeless_key(event)
        if key is None or self._parent is not None and self._keys(event):
            return None
        # a day ("on Tuesday") is shared by many unrelated stories: then both must name one kind of event (a strike);
        # a month ("added 142,000 jobs in August") is the period of a statistic, whose kind is seldom named
        day = len(key[0]) == 10
        return next((i for i, first_outlet in self._placeless.get(key, ())
                     if i not in taken and (outlet is None or first_outlet != outlet)
                     and (_same_known(self.merged[i].kind, event.kind) if day else _same_or_unknown(self.merged[i].kind, event.kind))), None)

    def _keys(self, event: Event) -> List[str]:
        """The event's place keys, then the places they lie in (up to :data:`PLACE_DEPTH` levels)."""
        keys = specific_place_keys(event)
        if self._parent is None:
            return keys
        for key in list(keys):
            for _ in range(PLACE_DEPTH):
                parent = self._parent(key)
                if parent is None or parent in keys:
                    break
                keys.append(parent)
                key = parent
        return keys

    def _absorb(self, target: int, event: Event) -> None:
        known = self.merged[target]
        places = tuple(dict.fromkeys(known.places + event.places))
        if (known.kind is None and event.kind) or places != known.places:
            kind = known.kind or event.kind
            label = event_label(kind, known.place, known.date) if kind != known.kind else known.label
            self.merged[target] = Event(known.id, label, kind, known.place, known.date, places, known.nation)


def _happened_later(event: Event, earlier: Event) -> bool:
    """Does an event's text date it to a day after the day of an earlier post's event (its text's day, else its
    publication)?  Then it is not what that post reported."""
    if not event.date or len(event.date) != 10 or not earlier.date or len(earlier.date) != 10:
        return False
    if not event.label.endswith(f" on {event.date}"):
        return False  # dated only by its publication: a later post of the same story
    return event.date > earlier.date


def placeless_key(event: Event) -> Optional[Tuple[str, frozenset, Optional[str]]]:
    """(date, countries, the lede's country) of an event that names no specific place and whose text gives its date to the month or
    the day (the label says the date only when the text gives it), else None."""
    if specific_place_keys(event) or not event.date or len(event.date) < 7 or not event.date[:4].isdigit():
        return None
    if not event.label.endswith(f" on {event.date}"):
        return None  # dated only by its publication
    return event.date, frozenset(place_key(p) for p in event.places), event.nation


def _statement_day(text: str, start: int) -> bool:
    """Is the date the day a statement was made ("said on Friday", "announced Monday")?"""
    return bool(_SAID_ON.search(text, max(0, start - _SAID_ON_REACH), start))


def _span_opening(text: str, start: int) -> bool:
    """Does the date open a span that runs to now ("since taking office in 2022")?"""
    return bool(set(text[max(0, start - _SPAN_OPENING_REACH):start].lower().split()) & rules.SPAN_START_WORDS)


_SAID_ON = regex.compile(rf"\b(?:{'|'.join(sorted(rules.STATEMENT_DAY_VERBS))})\s+(?:on\s+)?$", regex.IGNORECASE)
#: Characters before a date where its verb of saying, or a word opening a span, is looked for.
_SAID_ON_REACH = 24
_SPAN_OPENING_REACH = 30


def _recent(value: str, published: Optional[_dt.date]) -> bool:
    """Does a month or day (TIMEX3 value) begin at most ``RECENT_SPAN_DAYS`` before the publication day?"""
    parts = value.split("-")
    if published is None or len(parts) < 2 or not all(part.isdigit() for part in parts[:3]):
        return False
    try:
        begins = _dt.date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return 0 <= (published - begins).days <= RECENT_SPAN_DAYS


def _compared_date(text: str, start: int) -> bool:
    """Is a date the period a figure is compared with ("fewer than last year", "up from a year earlier"), not the
    period of the sentence?"""
    words = text[max(0, start - 48):start].lower().split()
    if _after_comparison(words):
        return True
    # "down from 67 percent in 2018", "up from $3.1 billion in the first quarter": the figure compared with, then its date
    if len(words) < 3 or words[-1] not in rules.COMPARED_FIGURE_DATE_PREPOSITIONS:
        return False
    for size in range(1, rules.COMPARED_FIGURE_WORDS + 1):
        figure = words[-1 - size : -1]
        if len(figure) == size and figure[0].lstrip("$£€")[:1].isdigit() and _after_comparison(words[: -1 - size]):
            return True
    return False


def _after_comparison(words: Sequence[str]) -> bool:
    return bool(words) and (words[-1] in rules.COMPARISON_BEFORE_DATE or " ".join(words[-2:]) in rules.COMPARISON_BEFORE_DATE)


def lede_nation(document: Document) -> Optional[str]:
    """The country the first sentence names, by name or adjective ("Mexican inflation rose", "Japan's economy"), in
    lower case; None when it names none."""
    if not document.sentences:
        return None
    for token in document.tokens_in(*document.sentences[0].span):
        if token.shape != "word" or not token.capitalised:
            continue
        for form in (token.lower, token.bare):
            if form in rules.NATION_OF_ADJECTIVE:
                return rules.NATION_OF_ADJECTIVE[form]
            if form in rules.BROAD_PLACES:
                return rules.NATION_OF_ADJECTIVE.get(form, form)
    return None


def _same_known(a: Optional[str], b: Optional[str]) -> bool:
    """Two event kinds that are known and the same."""
    return a is not None and a == b


def _same_or_unknown(a: Optional[str], b: Optional[str]) -> bool:
    """Two event kinds that are the same, or not both known."""
    return a is None or b is None or a == b


def _nearby_keys(place: str, date: Optional[str]):
    """(place, date) keys to look up, the same day first, then one day either side, and so on."""
    yield place, date
    try:
        day = _dt.date.fromisoformat(date) if date and len(date) == 10 else None
    except ValueError:
        day = None
    if day is None:
        return
    for offset in range(1, EVENT_WINDOW_DAYS + 1):
        for sign in (-1, 1):
            try:
                yield place, (day + _dt.timedelta(days=sign * offset)).isoformat()
            except OverflowError:
                continue
