"""The pipeline: Source -> text -> mentions -> attribution -> claims -> events -> compare -> Report.

Two public steps, which every executor (:func:`check`, :func:`claimdiff.check_many`,
``claimdiff.dask``) runs in the same way:

* :func:`read_source`: one source through the per-source stages, giving a
  :class:`~claimdiff.types.SourceReading` with source-local ids;
* :class:`Comparison`: readings added one at a time, their events merged by the
  one :class:`~claimdiff.events.EventMerger`, report-wide ids given; then each
  merged event's claims compared on their own.

This module only wires the stages; each decision is made in its stage.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from . import attribution as attribution_stage
from . import claims as claims_stage
from . import compare as compare_stage
from . import events as events_stage
from . import text as text_stage
from .dates import dates_and_reference
from .numbers import quantities as find_quantities
from .options import DEFAULT_RULES, Rules
from .report import Report
from .types import Claim, Conflict, Event, Judgement, Source, SourceReading, Summary, time_text

#: A story's speakers, carried from one text to the next text of the same outlet.
Context = attribution_stage.EntityRegistry


def read_source(source: Source, source_id: Optional[str] = None, *, context: Optional[Context] = None,
                latest: Optional[date] = None, rules: Optional[Rules] = None) -> SourceReading:
    """Read one source: its claims, date claims and events, with ids local to it.

    ``source_id``: the id to give it (default: its own ``id``, else ``"s1"``).
    ``context``: the speakers of the text this one continues (a story split into posts); it is updated
    in place, so pass a copy to keep the original.  ``latest``: the latest publication date of the other
    sources, which bounds a year inferred from a weekday when this source has no date of its own.
    ``rules``: the user's tables on top of the defaults (:class:`claimdiff.Rules`).
    """
    if not isinstance(source, Source):
        raise TypeError(f"source must be a Source, not {type(source).__name__}")
    rules = _checked_rules(rules)
    source_id = source_id or source.id or "s1"
    # figures and dates read the text itself, each with its own short-lived tokens: read them before the
    # document is built, so that their working memory and the document's are never held at once
    quantities = find_quantities(source.text)
    mentions, reference = dates_and_reference(source.text, published=source.published, today=latest)
    document = text_stage.read(source.text)
    published = reference.date
    notes: Tuple[str, ...] = ()
    if reference.note and reference.how == "weekday":
        notes = (f"{source.name or source_id}: {reference.note}",)
    attributed = attribution_stage.attribute(document, outlet=source.name, registry=context)
    text_events = events_stage.read_events(document, mentions, published, source_id, rules.kind_phrases)
    claims, date_claims = claims_stage.assemble(document, quantities, mentions, reference.dateline_span,
                                                attributed, text_events, source_id, rules)
    day = published.isoformat() if published else None
    moment = time_text(source.published_at)
    claims = [_with(c, outlet=source.name, reported=c.stated or day, published_at=moment) for c in claims]
    date_claims = [_with(c, outlet=source.name, reported=c.stated or day, published_at=moment) for c in date_claims]
    return SourceReading(
        Source(source.text, source.name, source.published, source_id, source.published_at),
        tuple(claims),
        text_events.events,
        tuple(date_claims),
        notes,
        published.isoformat() if published else None,
    )


def _with(claim: Claim, **changes: Any) -> Claim:
    """``dataclasses.replace(claim, **changes)``, several times faster (a claim is copied twice per source).

    A :class:`Claim` has no ``__post_init__`` and only init fields, so a copy of its fields with the changed
    ones is what ``replace`` would build; a record that gains a ``__post_init__`` goes through ``replace``.
    """
    if hasattr(claim, "__post_init__"):
        return replace(claim, **changes)
    unknown = changes.keys() - claim.__dict__.keys()
    if unknown:
        raise TypeError(f"Claim has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(type(claim))
    copy.__dict__.update(claim.__dict__)
    copy.__dict__.update(changes)
    return copy


@dataclass(frozen=True)
class Compared:
    """What :meth:`Comparison.finish` returns: everything a :class:`Report` holds but the texts."""

    claims: Tuple[Claim, ...]
    date_claims: Tuple[Claim, ...]
    events: Tuple[Event, ...]
    conflicts: Tuple[Conflict, ...]
    updates: Tuple[Judgement, ...]
    summaries: Tuple[Summary, ...]
    notes: Tuple[str, ...]


def _checked_rules(rules: Optional[Rules]) -> Rules:
    if rules is None:
        return DEFAULT_RULES
    if not isinstance(rules, Rules):
        raise TypeError(f"rules must be a claimdiff.Rules, not {type(rules).__name__}")
    return rules


@dataclass
class Comparison:
    """The merge-and-compare step: add readings in order, then :meth:`finish`.

    Each added reading's claims get report-wide ids (``c1``, ``c2``...; ``d1``... for date claims) and
    report-wide events (``e1``...).  Memory holds claims and events, never texts.
    """

    rules: Rules = DEFAULT_RULES
    merger: events_stage.EventMerger = field(init=False)
    _groups: Dict[int, List[Claim]] = field(default_factory=dict)
    _dated: Dict[int, List[Claim]] = field(default_factory=dict)
    _notes: List[str] = field(default_factory=list)
    _claims: int = 0
    _date_claims: int = 0

    def __post_init__(self) -> None:
        self.rules = _checked_rules(self.rules)
        self.merger = events_stage.EventMerger(parent=self.rules.parent if self.rules.places else None)

    def add(self, reading: SourceReading) -> Tuple[Tuple[Claim, ...], Tuple[Claim, ...], Tuple[Event, ...]]:
        """Merge one reading's events; its claims and date claims with report-wide ids, and its merged events."""
        mapping = self.merger.add(reading.events, reading.source.name)
        claims = tuple(self._place(claim, mapping, self._groups, "c") for claim in reading.claims)
        dated = tuple(self._place(claim, mapping, self._dated, "d") for claim in reading.date_claims)
        self._notes.extend(reading.notes)
        return claims, dated, tuple(self.merger.merged[i] for i in dict.fromkeys(mapping.values()))

    def _place(self, claim: Claim, mapping: Dict[str, int], groups: Dict[int, List[Claim]], prefix: str) -> Claim:
        if prefix == "c":
            self._claims += 1
            number = self._claims
        else:
            self._date_claims += 1
            number = self._date_claims
        target = mapping[claim.event.id]
        placed = _with(claim, id=f"{prefix}{number}", event=self.merger.merged[target])
        if self.rules.places:
            placed = _within(placed, claim.event, self.rules)
        groups.setdefault(target, []).append(placed)
        return placed

    def finish(self) -> Compared:
        """Compare each merged event's claims on their own; conflicts in the order of their first claim."""
        conflicts: List[Tuple[int, Conflict]] = []
        updates: List[Tuple[int, Judgement]] = []
        summaries: List[Tuple[int, Summary]] = []
        claims: List[Claim] = []
        for target, members in self._groups.items():
            members = self._final(target, members)
            claims.extend(members)
            first: Dict[str, int] = {}
            for claim in members:
                first.setdefault(claim.metric or "", _number(claim))
            found, moved, summed = compare_stage.compare(members, declared_updates=self.rules.updates)
            conflicts.extend((first[c.metric], c) for c in found)
            updates.extend((first[u.first.metric or ""], u) for u in moved)
            summaries.extend((first[s.metric], s) for s in summed)
        date_claims: List[Claim] = []
        date_conflicts: List[Conflict] = []
        for target, members in sorted(self._dated.items(), key=lambda item: _number(item[1][0])):
            members = self._final(target, members)
            date_claims.extend(members)
            date_conflicts.extend(compare_stage.compare_dates(members))
        ordered = [c for _, c in sorted(conflicts, key=_first)] + date_conflicts
        return Compared(
            tuple(sorted(claims, key=_number)),
            tuple(sorted(date_claims, key=_number)),
            tuple(self.merger.merged),
            tuple(replace(c, id=f"x{n}") for n, c in enumerate(ordered, 1)),
            tuple(u for _, u in sorted(updates, key=_first)),
            tuple(s for _, s in sorted(summaries, key=_first)),
            tuple(self._notes),
        )

    def _final(self, target: int, members: List[Claim]) -> List[Claim]:
        final = self.merger.merged[target]
        if members[0].event != final:  # a later source filled in the event's kind or places
            return [replace(c, event=final) for c in members]
        return members


def _within(claim: Claim, local: Event, rules: Rules) -> Claim:
    """A figure of a place that lies in the merged event's place (the user's hierarchy) is a part of it: "in Kreuzberg"."""
    merged_main = events_stage.place_key(claim.event.place) if claim.event.place else None
    merged_keys = set(events_stage.specific_place_keys(claim.event))
    place = local.place
    if not place or events_stage.place_key(place) == merged_main:
        return claim
    parent, depth = rules.parent(events_stage.place_key(place)), 0
    while parent is not None and depth < events_stage.PLACE_DEPTH:
        if parent in merged_keys:
            where = f"in {place}"
            if where in claim.qualifiers:
                return claim
            identity = replace(claim.identity, where=where) if claim.identity else None
            return replace(claim, qualifiers=claim.qualifiers + (where,), identity=identity)
        parent, depth = rules.parent(parent), depth + 1
    return claim


def _number(claim: Claim) -> int:
    return int(claim.id[1:])


def _first(pair: Tuple[int, object]) -> int:
    return pair[0]


def coerce_sources(sources, argument: str = "sources") -> List[Source]:
    """A list of Source from a Source, a str, or an iterable of them; a wrong type names ``argument``."""
    if isinstance(sources, (str, Source)):
        sources = [sources]
    try:
        items = list(sources)
    except TypeError:
        raise TypeError(f"{argument} must be an iterable of Source or str, not {type(sources).__name__}") from None
    out: List[Source] = []
    for position, item in enumerate(items):
        if isinstance(item, str):
            item = Source(item)
        elif not isinstance(item, Source):
            raise TypeError(f"{argument}[{position}] must be a Source or a str, not {type(item).__name__}")
        out.append(item)
    return out


def with_ids(sources: Iterable[Source]) -> Iterator[Tuple[Source, str]]:
    """Each source with its id: its own, else ``s<position>``, made unique with ``_<position>`` (lazily)."""
    seen = set()
    for position, source in enumerate(sources):
        candidate = source.id if source.id is not None else f"s{position + 1}"
        while candidate in seen:
            candidate = f"{candidate}_{position + 1}"
        seen.add(candidate)
        yield source, candidate


def continues_story(previous: Optional[Source], source: Source) -> bool:
    """Consecutive texts of one named outlet are read as one story ("he" in a later post finds the governor)."""
    return previous is not None and source.name is not None and source.name == previous.name


def check(sources: Union[Iterable[Union[Source, str]], Source, str], *, rules: Optional[Rules] = None) -> Report:
    """Read every source, group claims into events, and report where figures disagree.

    ``rules``: the user's tables on top of the defaults (:class:`claimdiff.Rules`).
    """
    items = coerce_sources(sources)
    rules = _checked_rules(rules)
    # a text without a date of its own reads a weekday's year against the other sources' dates
    latest = max((s.published for s in items if s.published is not None), default=None)
    comparison = Comparison(rules)
    stored: List[Source] = []
    context: Optional[Context] = None
    previous: Optional[Source] = None
    for source, source_id in with_ids(items):
        context = context.copy() if context is not None and continues_story(previous, source) else Context()
        reading = read_source(source, source_id, context=context, latest=None if source.published else latest, rules=rules)
        comparison.add(reading)
        stored.append(reading.source)
        previous = source
    done = comparison.finish()
    return Report(tuple(stored), done.claims, done.conflicts, done.updates, done.summaries, done.notes, done.date_claims)


def extract(text: str, *, source: Optional[str] = None, published=None, rules: Optional[Rules] = None) -> List[Claim]:
    """The claims of one text, with speakers, events and dates (no comparison)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return list(check([Source(text, name=source, published=published)], rules=rules).claims)
