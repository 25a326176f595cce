"""check_many: claimdiff over an archive too large to hold at once.

    >>> for result in claimdiff.check_many(read_archive(), workers=4):
    ...     if isinstance(result, claimdiff.archive.SourceResult):
    ...         store(result.claims)          # as each source is read
    ...     else:                             # once, after the last source
    ...         print(result.conflicts)

Each source is read with the same public stage as :func:`claimdiff.check`
(:func:`claimdiff.read_source`) and added to the same merge-and-compare step
(:class:`claimdiff.pipeline.Comparison`), so an archive gives the conflicts
:func:`check` gives on the same input.  A source's text is dropped as soon as
its claims are found, so memory holds claims, never texts.  Events merge by the
one policy of :class:`claimdiff.events.EventMerger`: a dictionary lookup on
``(place, date)``, so an archive of N sources costs O(N), not O(N^2).

Consecutive texts of one outlet are read as one story (they share their
speakers), also with worker processes: such a run is sent to one worker.
"""
from __future__ import annotations

import collections
import concurrent.futures
import datetime as _dt
import sys
import time
from dataclasses import dataclass, replace
from typing import Any, Deque, Iterable, Iterator, List, Mapping, Optional, Sequence, Sized, Tuple, Union

from . import events as events_stage
from . import pipeline
from .options import DEFAULT_RULES, Rules
from .report import Report
from .types import Claim, Event, Source, SourceReading

#: Sources sent to a worker process in one task (a run of one outlet's consecutive texts may make it longer).
BATCH = 8
#: Tasks in flight per worker: bounds the texts held in memory at once to about workers * BATCH * IN_FLIGHT.
IN_FLIGHT = 2
#: The longest run of one outlet's consecutive texts kept in one task; a longer run starts a new story there.
MAX_STORY = BATCH
#: Kept for compatibility: the event window of :class:`claimdiff.events.EventMerger`.
EVENT_WINDOW_DAYS = events_stage.EVENT_WINDOW_DAYS

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
class ArchiveResult(Report):
    """What the whole archive yields once it is exhausted: a :class:`Report` without the texts, plus its events."""

    events: Tuple[Event, ...] = ()

    kind = "conflicts"

    def __repr__(self) -> str:
        return f"<ArchiveResult {len(self.sources)} source(s), {len(self.claims)} claim(s), {len(self.conflicts)} conflict(s)>"

    def to_report(self) -> Report:
        """A plain :class:`Report` (without source texts) for ``to_json``, ``to_table``, ``to_markdown``."""
        return Report(self.sources, self.claims, self.conflicts, self.updates, self.summaries, self.notes, self.date_claims)


Result = Union[SourceResult, ArchiveResult]


def check_many(sources: Iterable[Any], *, workers: Optional[int] = None, progress: bool = False,
               rules: Optional[Rules] = None) -> Iterator[Result]:
    """Read an archive source by source; yield each :class:`SourceResult`, then one :class:`ArchiveResult`.

    ``sources`` is any iterable (a generator is read lazily) of :class:`Source`,
    ``str``, or mappings with ``text`` and optional ``name``, ``published``,
    ``id``.  ``workers=N`` (N >= 2) reads sources in N processes, with a bounded
    number of sources in flight; results come back in input order either way.
    ``progress=True`` prints a counter to standard error when it is a terminal.
    ``rules``: the user's tables on top of the defaults (:class:`claimdiff.Rules`).
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
    if rules is not None and not isinstance(rules, Rules):
        raise TypeError(f"rules must be a claimdiff.Rules, not {type(rules).__name__}")
    total = len(sources) if isinstance(sources, Sized) else None
    return _run(iterator, workers or 1, _Progress(total) if progress and _is_tty(sys.stderr) else None, rules or DEFAULT_RULES)


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


#: One source to read: (source, its id, its position, whether it continues the story of the one before).
_Task = Tuple[Source, str, int, bool]


def _read_stories(tasks: Iterable[_Task], rules: Rules) -> Iterator[Tuple[SourceReading, int]]:
    """Read tasks in order, sharing speakers along runs of one outlet; texts dropped from the readings."""
    context: Optional[pipeline.Context] = None
    for source, source_id, _, continues in tasks:
        context = context.copy() if continues and context is not None else pipeline.Context()
        reading = pipeline.read_source(source, source_id, context=context, rules=rules)
        yield replace(reading, source=replace(reading.source, text="")), len(source.text)


def _read_batch(batch: Sequence[_Task], rules: Rules) -> List[Tuple[SourceReading, int]]:
    return list(_read_stories(batch, rules))


def _tasks(iterator: Iterator[Any]) -> Iterator[_Task]:
    """Validated sources with ids as :func:`check` gives them, and whether each continues the one before."""
    previous: Optional[Source] = None
    story = 0
    validated = (as_source(item, position) for position, item in enumerate(iterator))
    for position, (source, candidate) in enumerate(pipeline.with_ids(validated)):
        continues = pipeline.continues_story(previous, source)
        story = story + 1 if continues else 1
        yield source, candidate, position, continues and story <= MAX_STORY
        previous = source


def _batches(tasks: Iterator[_Task]) -> Iterator[List[_Task]]:
    """Batches of about BATCH tasks that never split a story (up to MAX_STORY texts)."""
    batch: List[_Task] = []
    for task in tasks:
        if len(batch) >= BATCH and not task[3]:
            yield batch
            batch = []
        batch.append(task)
    if batch:
        yield batch


def _readings(tasks: Iterator[_Task], workers: int, rules: Rules) -> Iterator[Tuple[SourceReading, int, int]]:
    """(reading without text, text length, position), in input order."""
    if workers <= 1:
        for position, (reading, length) in enumerate(_read_stories(tasks, rules)):
            yield reading, length, position
        return
    pending: Deque[Tuple[concurrent.futures.Future, List[int]]] = collections.deque()
    limit = workers * IN_FLIGHT
    batches = _batches(tasks)
    executor = concurrent.futures.ProcessPoolExecutor(max_workers=workers)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                pending.append((executor.submit(_read_batch, batch, rules), [task[2] for task in batch]))
                del batch
            if not pending:
                break
            future, positions = pending.popleft()
            for (reading, length), position in zip(future.result(), positions):
                yield reading, length, position
    finally:
        for future, _ in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------- the run


def _run(iterator: Iterator[Any], workers: int, bar: Optional["_Progress"], rules: Rules) -> Iterator[Result]:
    comparison = pipeline.Comparison(rules)
    sources: List[Source] = []
    try:
        for reading, length, position in _readings(_tasks(iterator), workers, rules):
            claims, date_claims, events = comparison.add(reading)
            source = reading.source
            sources.append(source)
            if bar is not None:
                bar.step(len(claims))
            yield SourceResult(source.id or "", source.name, source.published, position, length, claims, events,
                               reading.notes, reading.reference, date_claims)
    finally:
        if bar is not None:
            bar.close()
    done = comparison.finish()
    yield ArchiveResult(tuple(sources), done.claims, done.conflicts, done.updates, done.summaries, done.notes,
                        done.date_claims, done.events)


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
