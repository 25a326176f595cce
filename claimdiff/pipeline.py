"""The pipeline: Source -> segment -> mentions -> attribution -> claims -> events -> compare -> Report.

Each stage is its own module; this one only wires them, one way.
"""
from __future__ import annotations

import bisect
from datetime import date
from dataclasses import dataclass, replace
from typing import Dict, Iterable, List, Optional, Sequence, Tuple, Union

import regex

from . import attribution as attribution_stage
from . import claims as claims_stage
from . import compare as compare_stage
from .dates import dates_and_reference
from . import events as events_stage
from .numbers import quantities as find_quantities
from . import segment
from .report import Report
from .rules import english
from .types import Attribution, Claim, Event, Quantity, Source


@dataclass(frozen=True)
class _Extraction:
    """One source read: its claims (events still local to it) and notes."""

    source: Source
    claims: Tuple[Claim, ...]
    events: Tuple[Event, ...]
    notes: Tuple[str, ...]
    reference: Optional[str]
    #: Claims about when an event happened ("the attack took place on Thursday").
    date_claims: Tuple[Claim, ...] = ()


def _read(source: Source, source_id: str, context: Optional[attribution_stage.EntityRegistry] = None,
          latest: Optional[date] = None) -> _Extraction:
    """Read one source.  ``context``: the speakers of the text this one continues (updated in place);
    ``latest``: the latest publication date of the other sources, which bounds a year inferred from a weekday."""
    text = source.text
    mentions, reference = dates_and_reference(text, published=source.published, today=latest)
    published = reference.date
    notes: List[str] = []
    if reference.note and reference.how == "weekday":
        notes.append(f"{source.name or source_id}: {reference.note}")
    date_spans = [m.span for m in mentions]
    mention_starts = [m.span[0] for m in mentions]
    sentences = segment.sentences(text)
    quotations = segment.quotations(text)
    attributed = attribution_stage.attribute(text, sentences, quotations, outlet=source.name, registry=context)
    starts = [s.span[0] for s in sentences]

    sentence_dates: List[Optional[str]] = [None] * len(sentences)
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.span[0]) - 1
        if 0 <= index < len(sentences) and sentence_dates[index] is None and mention.value and not mention.value.startswith("XXXX"):
            sentence_dates[index] = mention.value
    drafts, assignment = events_stage.assign_events(sentences, sentence_dates, published.year if published else None)
    events = tuple(
        Event(f"{source_id}-e{d.number}", d.label(), d.kind, d.place, d.date or (published.isoformat() if published else None), tuple(d.places))
        for d in drafts
    )

    found: List[Claim] = []
    for quantity in find_quantities(text):
        if _overlaps_any(quantity.span, date_spans, mention_starts):
            continue
        index = bisect.bisect_right(starts, quantity.span[0]) - 1
        if index < 0 or quantity.span[0] >= sentences[index].span[1]:
            continue
        sentence = sentences[index]
        event = events[assignment[index]]
        previous_metric = None
        if found:
            # an elided count may continue the metric of the claim just before it, in the same paragraph
            last = found[-1]
            last_index = bisect.bisect_right(starts, last.span[0]) - 1
            if sentences[last_index].paragraph == sentence.paragraph and index - last_index <= 2 and (last.metric or "").split(" ")[0] in english.METRICS:
                previous_metric = last.metric
        reading = claims_stage.read(sentence.text, sentence.span[0], quantity, event.place, previous_metric)
        if previous_metric and reading.metric and reading.metric.split(" ")[0] == previous_metric.split(" ")[0] and not reading.named:
            reading = replace(reading, qualifiers=reading.qualifiers + tuple(q for q in found[-1].qualifiers if q in english.STATUS_QUALIFIERS and q not in reading.qualifiers))
        if not reading.keep or reading.metric is None:
            continue
        if sentence_dates[index] and len(sentence_dates[index]) < 10 and event.date and len(event.date) == 10 and "total" not in reading.qualifiers:
            # "more than 1,200 have died so far this year": a figure for a year or month around a one-day event
            reading = replace(reading, qualifiers=reading.qualifiers + ("total",))
        if reading.postfix_bound == "at_most":
            quantity = replace(quantity, kind="at_most", low=None, base_low=None)
        elif reading.postfix_bound == "at_least":
            quantity = replace(quantity, kind="at_least", high=None, base_high=None)
        who: Attribution = attributed.at(index, quantity.span[0])
        stated = _stated_date(who, mentions, mention_starts)
        found.append(
            Claim(
                id="",
                source=source_id,
                quantity=quantity,
                metric=reading.metric,
                qualifiers=reading.qualifiers,
                attribution=who,
                event=event,
                date=sentence_dates[index] or event.date,
                quote=quantity.text,
                span=quantity.span,
                sentence=sentence.text,
                sentence_span=sentence.span,
                update_cue=reading.update_cue,
                correction_cue=reading.correction_cue,
                part_of=reading.part_of,
                stated=stated,
                sentence_date=sentence_dates[index],
            )
        )
    dated = _date_claims(source_id, [m for m in mentions if not _inside(m.span, reference.dateline_span)], sentences, starts, attributed, events, assignment)
    return _Extraction(source, tuple(found), events, tuple(notes), published.isoformat() if published else None, tuple(dated))


def _inside(span, outer) -> bool:
    return outer is not None and outer[0] <= span[0] and span[1] <= outer[1]


def _overlaps_any(span, spans, starts: List[int]) -> bool:
    """Does ``span`` overlap one of the sorted, non-overlapping ``spans`` (``starts`` their starts)?"""
    index = bisect.bisect_left(starts, span[1]) - 1
    return index >= 0 and spans[index][1] > span[0]


_STATED_REACH = 30  # characters after a cue where its date may stand ("said on Friday")
_OCCURRENCE = regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in english.OCCURRENCE_WORDS) + r")\b", regex.IGNORECASE)


def _date_claims(source_id, mentions, sentences, starts, attributed, events, assignment) -> List[Claim]:
    """Claims about the day an event happened: a day-precise date in a sentence that names the
    event and says it happened ("The blast occurred on Thursday"), not the day something was said."""
    found: List[Claim] = []
    for mention in mentions:
        if not mention.value or len(mention.value) != 10 or mention.value.startswith("XXXX"):
            continue
        index = bisect.bisect_right(starts, mention.span[0]) - 1
        if index < 0 or mention.span[0] >= sentences[index].span[1]:
            continue
        sentence = sentences[index]
        if not events_stage.kinds(sentence.text) or not _OCCURRENCE.search(sentence.text):
            continue
        who = attributed.at(index, mention.span[0])
        if who.span is not None and who.span[0] <= mention.span[0] <= who.span[1] + _STATED_REACH:
            continue  # "police said on Friday": when it was said
        quantity = Quantity(None, None, None, "exact", "date", None, mention.span, mention.text, "date")
        found.append(Claim("", source_id, quantity, "event date", (), who, events[assignment[index]], mention.value,
                           mention.text, mention.span, sentence.text, sentence_span=sentence.span))
    return found


def _stated_date(who: Attribution, mentions, starts: List[int]) -> Optional[str]:
    """The date a cue carries: a date mention inside the attribution or just after its cue."""
    if who.span is None:
        return None
    index = bisect.bisect_left(starts, who.span[0])
    while index < len(mentions) and starts[index] <= who.span[1] + _STATED_REACH:
        value = mentions[index].value
        if value and not value.startswith("XXXX"):
            return value
        index += 1
    return None


def _coerce_sources(sources) -> List[Source]:
    if isinstance(sources, (str, Source)):
        sources = [sources]
    try:
        items = list(sources)
    except TypeError:
        raise TypeError(f"sources must be an iterable of Source or str, not {type(sources).__name__}") from None
    out: List[Source] = []
    for position, item in enumerate(items):
        if isinstance(item, str):
            item = Source(item)
        elif not isinstance(item, Source):
            raise TypeError(f"sources[{position}] must be a Source or a str, not {type(item).__name__}")
        out.append(item)
    return out


def _source_ids(sources: Sequence[Source]) -> List[str]:
    ids: List[str] = []
    for position, source in enumerate(sources):
        candidate = source.id if source.id is not None else f"s{position + 1}"
        while candidate in ids:
            candidate = f"{candidate}_{position + 1}"
        ids.append(candidate)
    return ids


def _specific_place(event: Event) -> Optional[str]:
    if event.place and event.place.lower() not in english.BROAD_PLACES:
        return events_stage.place_key(event.place)
    return None


def _specific_places(event: Event) -> List[str]:
    """Keys of every specific place an event names, its main place first."""
    keys = [events_stage.place_key(p) for p in (event.place,) + tuple(event.places) if p and p.lower() not in english.BROAD_PLACES]
    return list(dict.fromkeys(keys))


def _merge_events(extractions: Sequence[_Extraction]) -> dict:
    """Map each source-local event id to a report-wide Event.

    Events merge when they name the same place and their kinds fit.  An event
    that names no specific place joins the last event of the previous source
    from the same outlet (a story split into paragraphs or posts), else the
    report's first event whose kind fits.
    """
    merged: List[Event] = []
    keys: List[set] = []
    by_place: Dict[str, List[int]] = {}  # place key -> merged events naming it
    placeless: List[int] = []  # merged events that name no place yet
    mapping: dict = {}
    previous: Optional[_Extraction] = None
    for extraction in extractions:
        for event in extraction.events:
            place = _specific_place(event)
            all_places = _specific_places(event)
            target = None
            if place:
                target = next((i for key in all_places for i in by_place.get(key, ()) if _fits(merged[i], event)), None)
                if target is None and len(extraction.events) == 1:
                    # a one-event source whose place the main event has not named yet
                    target = next((i for i in placeless if not keys[i] and _fits(merged[i], event)), None)
            elif merged:
                if previous is not None and previous.events and previous.source.name == extraction.source.name and event is extraction.events[0]:
                    target = mapping[previous.events[-1].id]
                else:
                    target = next((i for i, m in enumerate(merged) if _fits(m, event)), None)
            if target is None:
                merged.append(Event(f"e{len(merged) + 1}", event.label, event.kind, event.place, event.date, event.places))
                keys.append(set())
                target = len(merged) - 1
                if not place:
                    placeless.append(target)
            else:
                known = merged[target]
                if (known.kind is None and event.kind) or (not keys[target] and place):
                    better = event if place and not keys[target] else known
                    merged[target] = Event(known.id, better.label, known.kind or event.kind, better.place or known.place, known.date or event.date,
                                           tuple(dict.fromkeys(known.places + event.places)))
            for key in all_places:
                if key not in keys[target]:
                    keys[target].add(key)
                    by_place.setdefault(key, []).append(target)
            mapping[event.id] = target
        previous = extraction
    return {local: merged[index] for local, index in mapping.items()}


def _fits(known: Event, event: Event) -> bool:
    """Can two events be one: kinds that fit and dates in the same year (or unknown)."""
    same_year = not known.date or not event.date or known.date[:4] == event.date[:4]
    return same_year and _kinds_fit(known.kind, event.kind)


def _kinds_fit(a: Optional[str], b: Optional[str]) -> bool:
    if a is None or b is None or a == b:
        return True
    return events_stage._family([b], a)


def check(sources: Union[Iterable[Union[Source, str]], Source, str]) -> Report:
    """Read every source, group claims into events, and report where figures disagree."""
    items = _coerce_sources(sources)
    ids = _source_ids(items)
    extractions = []
    context: Optional[attribution_stage.EntityRegistry] = None
    # a text without a date of its own reads a weekday's year against the other sources' dates
    latest = max((s.published for s in items if s.published is not None), default=None)
    for position, (source, source_id) in enumerate(zip(items, ids)):
        # consecutive texts of one outlet are read as one story: "he" in a later post finds the governor
        continues = position > 0 and source.name is not None and source.name == items[position - 1].name
        context = context.copy() if continues and context is not None else attribution_stage.EntityRegistry()
        extractions.append(_read(source, source_id, context, None if source.published else latest))
    events = _merge_events(extractions)
    claims: List[Claim] = []
    for extraction in extractions:
        for claim in extraction.claims:
            claims.append(replace(claim, id=f"c{len(claims) + 1}", event=events[claim.event.id]))
    dated: List[Claim] = []
    for extraction in extractions:
        for claim in extraction.date_claims:
            dated.append(replace(claim, id=f"d{len(dated) + 1}", event=events[claim.event.id]))
    conflicts, updates, summaries = compare_stage.compare(claims)
    conflicts += compare_stage.compare_dates(dated, first_number=len(conflicts) + 1)
    notes = tuple(note for extraction in extractions for note in extraction.notes)
    stored = tuple(Source(s.text, s.name, s.published, source_id) for s, source_id in zip(items, ids))
    return Report(stored, tuple(claims), tuple(conflicts), tuple(updates), tuple(summaries), notes, tuple(dated))


def extract(text: str, *, source: Optional[str] = None, published=None) -> List[Claim]:
    """The claims of one text, with speakers, events and dates (no comparison)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return list(check([Source(text, name=source, published=published)]).claims)


