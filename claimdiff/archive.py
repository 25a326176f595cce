"""check_many: claimdiff over an archive too large to hold at once.

    >>> for result in claimdiff.check_many(read_archive(), workers=4):
    ...     if isinstance(result, claimdiff.archive.SourceResult):
    ...         store(result.claims)          # as each source is read
    ...     else:                             # once, after the last source
    ...         print(result.conflicts)

Each source is read with the same stage as :func:`claimdiff.check`
(``pipeline._read``); its text is dropped as soon as its claims are found, so
memory holds claims, never texts.  Events are merged across sources by a key,
``(place, date)`` (dates up to ``EVENT_WINDOW_DAYS`` apart) with kinds that
fit, looked up in a dictionary instead of scanned, so an archive of N sources costs O(N), not O(N^2).  After the last
source every event's claims go through :func:`claimdiff.compare.compare` on
their own.

How events merge in an archive (docs/scale.md):

* an event that names a specific place joins the earlier event with the same
  place key and a date at most ``EVENT_WINDOW_DAYS`` (3) days away (the date
  the text gives, else the publication date; the nearest date wins) whose kind
  fits (``pipeline._kinds_fit``);
* an event that names no specific place joins the last event of the previous
  source when both sources come from the same outlet (a story split into
  posts), else the first event of its own source whose kind fits, else it
  stays an event of its own source: in an archive a bare "the fire" is never
  matched with another outlet's fire.

For a handful of sources about one story this gives what :func:`check` gives;
across an archive it keeps separate the many fires of one city on different
days, which :func:`check`'s whole-report merge (same year) would join.
"""
from __future__ import annotations

import collections
import concurrent.futures
import datetime as _dt
import sys
import time
from dataclasses import dataclass, replace
from typing import Any, Deque, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

from . import compare as compare_stage
from . import pipeline
from .compare import Judgement, Summary
from .report import Report
from .types import Claim, Conflict, Event, Source

#: Sources sent to a worker process in one task.
BATCH = 8
#: Two placed events whose dates are this many days apart or less can be one event
#: (a report published the day after, or one that says "on Friday").
EVENT_WINDOW_DAYS = 3
#: Tasks in flight per worker: bounds the texts held in memory at once to about workers * BATCH * IN_FLIGHT.
IN_FLIGHT = 2

_SOURCE_FIELDS = ("text", "name", "published", "id")


@dataclass(frozen=True)
class SourceResult:
    """One source read: its claims, without its text.

    ``claims`` carry report-wide ids (``c1``, ``c2``... in input order, as in
    :func:`check`) and report-wide event ids.  An event's kind may still be
    filled in by a later source; :attr:`ArchiveResult.claims` carries the final
    events.
    """

    id: str
    name: Optional[str]
    published: Optional[_dt.date]
    position: int
    length: int
    claims: Tuple[Claim, ...]
    events: Tuple[Event, ...]
    notes: Tuple[str, ...]
    reference: Optional[str]
    #: Claims about the day an event happened (``d1``, ``d2``... across the archive).
    date_claims: Tuple[Claim, ...] = ()

    kind = "source"

    def __repr__(self) -> str:
        return f"<SourceResult {self.id} {self.name or '(unnamed)'}: {len(self.claims)} claim(s)>"


@dataclass(frozen=True)
class ArchiveResult:
    """What the whole archive yields once it is exhausted: the cross-source comparison."""

    sources: Tuple[Source, ...]  # id, name, published; ``text`` is empty
    claims: Tuple[Claim, ...]
    events: Tuple[Event, ...]
    conflicts: Tuple[Conflict, ...]
    updates: Tuple[Judgement, ...]
    summaries: Tuple[Summary, ...]
    notes: Tuple[str, ...]
    date_claims: Tuple[Claim, ...] = ()

    kind = "conflicts"

    def __repr__(self) -> str:
        return f"<ArchiveResult {len(self.sources)} source(s), {len(self.claims)} claim(s), {len(self.conflicts)} conflict(s)>"

    def to_report(self) -> Report:
        """A :class:`Report` (without source texts) for ``to_json``, ``to_table``, ``to_markdown``."""
        return Report(self.sources, self.claims, self.conflicts, self.updates, self.summaries, self.notes, self.date_claims)


Result = Union[SourceResult, ArchiveResult]


def check_many(sources: Iterable[Any], *, workers: Optional[int] = None, progress: bool = False) -> Iterator[Result]:
    """Read an archive source by source; yield each :class:`SourceResult`, then one :class:`ArchiveResult`.

    ``sources`` is any iterable (a generator is read lazily) of :class:`Source`,
    ``str``, or mappings with ``text`` and optional ``name``, ``published``,
    ``id``.  ``workers=N`` (N >= 2) reads sources in N processes, with a bounded
    number of sources in flight; results come back in input order either way.
    ``progress=True`` prints a counter to standard error when it is a terminal.
    """
    if isinstance(sources, (str, Source)):
        sources = [sources]
    elif isinstance(sources, Mapping) and "text" in sources:
        sources = [sources]
    try:
        iterator = iter(sources)
    except TypeError:
        raise TypeError(f"sources must be an iterable of Source, str or dict, not {type(sources).__name__}") from None
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int)):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if not isinstance(progress, bool):
        raise TypeError(f"progress must be a bool, not {type(progress).__name__}")
    total = len(sources) if hasattr(sources, "__len__") else None
    return _run(iterator, workers or 1, _Progress(total) if progress and _is_tty(sys.stderr) else None)


# ---------------------------------------------------------------- reading


def as_source(item: Any, position: int, argument: str = "sources") -> Source:
    """A Source from a Source, a str, or a mapping with ``text`` (and name, published, id)."""
    if isinstance(item, Source):
        return item
    if isinstance(item, str):
        return Source(item)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise TypeError(f"{argument}[{position}] must have a 'text' field")
        return Source(**{key: item[key] for key in _SOURCE_FIELDS if key in item})
    raise TypeError(f"{argument}[{position}] must be a Source, a str or a dict, not {type(item).__name__}")


def read_one(source: Source, source_id: str) -> "pipeline._Extraction":
    """``pipeline._read`` with the text dropped from the result (what a worker sends back)."""
    extraction = pipeline._read(source, source_id)
    return replace(extraction, source=Source("", source.name, source.published, source_id))


def _read_batch(batch: List[Tuple[Source, str]]) -> List[Tuple["pipeline._Extraction", int]]:
    return [(read_one(source, source_id), len(source.text)) for source, source_id in batch]


def _numbered(iterator: Iterator[Any]) -> Iterator[Tuple[Source, str, int]]:
    """Validated sources with ids as :func:`check` gives them (``s1``..., or their own id, made unique)."""
    seen = set()
    for position, item in enumerate(iterator):
        source = as_source(item, position)
        candidate = source.id if source.id is not None else f"s{position + 1}"
        while candidate in seen:
            candidate = f"{candidate}_{position + 1}"
        seen.add(candidate)
        yield source, candidate, position


def _extractions(numbered: Iterator[Tuple[Source, str, int]], workers: int) -> Iterator[Tuple["pipeline._Extraction", int, int]]:
    """(extraction without text, text length, position), in input order."""
    if workers <= 1:
        for source, source_id, position in numbered:
            yield read_one(source, source_id), len(source.text), position
        return
    pending: Deque[Tuple[concurrent.futures.Future, List[int]]] = collections.deque()
    limit = workers * IN_FLIGHT
    executor = concurrent.futures.ProcessPoolExecutor(max_workers=workers)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                batch: List[Tuple[Source, str]] = []
                positions: List[int] = []
                for source, source_id, position in numbered:
                    batch.append((source, source_id))
                    positions.append(position)
                    if len(batch) >= BATCH:
                        break
                else:
                    exhausted = True
                if batch:
                    pending.append((executor.submit(_read_batch, batch), positions))
                del batch
            if not pending:
                break
            future, positions = pending.popleft()
            for (extraction, length), position in zip(future.result(), positions):
                yield extraction, length, position
    finally:
        for future, _ in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------- merging events


class _EventIndex:
    """``pipeline._merge_events`` for a stream: one source at a time, looked up by (place, date)."""

    def __init__(self, prefix: str = "e") -> None:
        self.prefix = prefix
        self.merged: List[Event] = []
        self.by_key: Dict[Tuple[str, Optional[str]], List[int]] = {}
        self.previous_name: Optional[str] = None
        self.previous_last: Optional[int] = None

    def add(self, events: Sequence[Event], outlet: Optional[str], continues: bool = True) -> Dict[str, int]:
        """Map each local event id of one source to an index into ``merged``.

        ``continues=False`` turns off the rule that joins a source's bare first
        event to the previous source of the same outlet (no order to speak of).
        """
        mapping: Dict[str, int] = {}
        own: List[int] = []
        for event in events:
            place = pipeline._specific_place(event)
            places = pipeline._specific_places(event)
            target: Optional[int] = None
            if place:
                target = next(
                    (i for name in places for key in _nearby_keys(name, event.date) for i in self.by_key.get(key, ()) if pipeline._kinds_fit(self.merged[i].kind, event.kind)),
                    None,
                )
            elif continues and self.previous_last is not None and self.previous_name == outlet and event is events[0]:
                target = self.previous_last
            else:
                target = next((i for i in own if pipeline._fits(self.merged[i], event)), None)
            if target is None:
                self.merged.append(Event(f"{self.prefix}{len(self.merged) + 1}", event.label, event.kind, event.place, event.date, event.places))
                target = len(self.merged) - 1
            else:
                known = self.merged[target]
                places_now = tuple(dict.fromkeys(known.places + event.places))
                if (known.kind is None and event.kind) or places_now != known.places:
                    self.merged[target] = Event(known.id, known.label, known.kind or event.kind, known.place, known.date, places_now)
            if place:
                for name in places:
                    if target not in self.by_key.get((name, event.date), []):
                        self.by_key.setdefault((name, event.date), []).append(target)
            mapping[event.id] = target
            if target not in own:
                own.append(target)
        self.previous_name = outlet
        self.previous_last = mapping[events[-1].id] if events else None
        return mapping


def _nearby_keys(place: str, date: Optional[str]) -> Iterator[Tuple[str, Optional[str]]]:
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


# ---------------------------------------------------------------- the run


def _run(iterator: Iterator[Any], workers: int, bar: Optional["_Progress"]) -> Iterator[Result]:
    index = _EventIndex()
    groups: Dict[int, List[Claim]] = {}
    dated: Dict[int, List[Claim]] = {}  # event -> its date claims
    first_claim: Dict[Tuple[int, str], int] = {}  # (event, metric) -> number of its first claim, for check()'s order
    sources: List[Source] = []
    notes: List[str] = []
    count = 0
    dated_count = 0
    try:
        for extraction, length, position in _extractions(_numbered(iterator), workers):
            mapping = index.add(extraction.events, extraction.source.name)
            claims: List[Claim] = []
            for claim in extraction.claims:
                count += 1
                target = mapping[claim.event.id]
                claim = replace(claim, id=f"c{count}", event=index.merged[target])
                groups.setdefault(target, []).append(claim)
                first_claim.setdefault((target, claim.metric or ""), count)
                claims.append(claim)
            date_claims: List[Claim] = []
            for claim in getattr(extraction, "date_claims", ()):
                dated_count += 1
                target = mapping[claim.event.id]
                claim = replace(claim, id=f"d{dated_count}", event=index.merged[target])
                dated.setdefault(target, []).append(claim)
                date_claims.append(claim)
            source = extraction.source
            sources.append(source)
            notes.extend(extraction.notes)
            events = tuple(index.merged[i] for i in dict.fromkeys(mapping.values()))
            if bar is not None:
                bar.step(len(claims))
            yield SourceResult(source.id, source.name, source.published, position, length, tuple(claims), events,
                               extraction.notes, extraction.reference, tuple(date_claims))
    finally:
        if bar is not None:
            bar.close()
    yield _compare_groups(index, groups, dated, first_claim, sources, notes)


def _compare_groups(index: _EventIndex, groups: Dict[int, List[Claim]], dated: Dict[int, List[Claim]], first_claim: Dict[Tuple[int, str], int], sources: List[Source], notes: List[str]) -> ArchiveResult:
    conflicts: List[Tuple[int, Conflict]] = []
    updates: List[Tuple[int, Judgement]] = []
    summaries: List[Tuple[int, Summary]] = []
    everything: List[Claim] = []
    for target, members in groups.items():
        final = index.merged[target]
        if members[0].event != final:  # a later source filled in the event's kind
            members = [replace(c, event=final) for c in members]
        everything.extend(members)
        found, moved, summed = compare_stage.compare(members)
        conflicts.extend((first_claim[(target, c.metric)], c) for c in found)
        updates.extend((first_claim[(target, u.first.metric or "")], u) for u in moved)
        summaries.extend((first_claim[(target, s.metric)], s) for s in summed)
    conflicts.sort(key=lambda pair: pair[0])
    updates.sort(key=lambda pair: pair[0])
    summaries.sort(key=lambda pair: pair[0])
    everything.sort(key=lambda c: int(c.id[1:]))
    # date conflicts come after the figures' conflicts, in the order of each event's first date claim (as in check())
    date_claims: List[Claim] = []
    date_conflicts: List[Conflict] = []
    compare_dates = getattr(compare_stage, "compare_dates", None)
    for target, members in sorted(dated.items(), key=lambda item: int(item[1][0].id[1:])):
        final = index.merged[target]
        if members[0].event != final:
            members = [replace(c, event=final) for c in members]
        date_claims.extend(members)
        if compare_dates is not None:
            date_conflicts.extend(compare_dates(members))
    date_claims.sort(key=lambda c: int(c.id[1:]))
    ordered = [c for _, c in conflicts] + date_conflicts
    numbered = tuple(replace(c, id=f"x{n}") for n, c in enumerate(ordered, 1))
    return ArchiveResult(
        tuple(sources),
        tuple(everything),
        tuple(index.merged),
        numbered,
        tuple(u for _, u in updates),
        tuple(s for _, s in summaries),
        tuple(notes),
        tuple(date_claims),
    )


# ---------------------------------------------------------------- progress


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class _Progress:
    """``[#####.....] 50/100 sources, 312 claims`` (or a bare counter when the length is unknown), on stderr."""

    WIDTH = 30
    EVERY = 0.1  # seconds between redraws

    def __init__(self, total: Optional[int], stream: Any = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self.claims = 0
        self.last = 0.0

    def step(self, claims: int) -> None:
        self.done += 1
        self.claims += claims
        now = time.monotonic()
        if now - self.last >= self.EVERY or (self.total is not None and self.done == self.total):
            self.last = now
            self.draw()

    def draw(self) -> None:
        if self.total:
            filled = min(self.WIDTH, self.WIDTH * self.done // self.total)
            head = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total}"
        else:
            head = f"{self.done}"
        self.stream.write(f"\rclaimdiff: {head} sources, {self.claims} claims")
        self.stream.flush()

    def close(self) -> None:
        self.draw()
        self.stream.write("\n")
        self.stream.flush()
