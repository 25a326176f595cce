"""claimdiff's result types: frozen, typed, plain data.

Every object that points into a text carries ``span = (start, end)`` and
``text``/``quote`` such that ``source_text[start:end] == text``.  Nothing here
rewrites the input.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional, Tuple, Union

Span = Tuple[int, int]

#: The kinds a :class:`Quantity` may have.
QUANTITY_KINDS = (
    "exact",
    "approximate",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "range",
    "vague",
)


@dataclass(frozen=True)
class Quantity:
    """A figure found in text, as the interval it asserts.

    ``value`` is the stated figure (``None`` for a bare vague word such as
    "several"); ``low``/``high`` the interval it asserts in the stated unit
    (``None`` for an open side).  ``unit`` is a canonical unit name such as
    ``"kilometre"``, ``"USD"`` or ``"percent"`` (``None`` for a plain count);
    ``dimension`` its kind (``"length"``, ``"currency"``...).  ``base_low`` and
    ``base_high`` are the interval in the dimension's base unit (metres for
    lengths), so that 40 km and 25 miles compare as one distance.
    """

    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    kind: str
    unit: Optional[str]
    change: Optional[str]
    span: Span
    text: str
    dimension: Optional[str] = None
    base_low: Optional[float] = None
    base_high: Optional[float] = None
    #: A figure stated twice in two units, e.g. "40 kilometres (25 miles)": the second.
    alternative: Optional["Quantity"] = None

    def __repr__(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"<Quantity {self.text!r} {self.kind} [{_fmt(self.low)}, {_fmt(self.high)}]{unit} at {self.span[0]}:{self.span[1]}>"

    @property
    def approximate(self) -> bool:
        return self.kind in ("approximate", "vague")


@dataclass(frozen=True)
class DateMention:
    """A date expression, resolved to a TIMEX3-style value ("2023-07-28", "2023-07", "2023-W30")."""

    span: Span
    text: str
    value: Optional[str]
    #: True when the year was not written and was inferred (from a weekday or the published date).
    inferred_year: bool = False
    #: How the value was anchored: "absolute", "published", "dateline", "weekday".
    anchor: str = "absolute"

    def __repr__(self) -> str:
        return f"<DateMention {self.text!r} = {self.value} at {self.span[0]}:{self.span[1]}>"


@dataclass(frozen=True)
class Speaker:
    """Who asserted a figure: ``kind`` is person, organisation, outlet, document (a poll, survey, report or data set) or unnamed."""

    name: Optional[str]
    role: Optional[str] = None
    kind: str = "person"
    #: The entity's canonical name, the same for every form of it in one text ("Moscow Defence Ministry"
    #: for "the Defence Ministry" and "the Russian Ministry of Defense"); ``name`` is the form used here.
    entity: Optional[str] = None

    def __repr__(self) -> str:
        role = f", {self.role}" if self.role else ""
        return f"<Speaker {self.name or '(unnamed)'}{role} ({self.kind})>"

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role, "kind": self.kind, "entity": self.entity or self.name}


@dataclass(frozen=True)
class Attribution:
    """Who says a stretch of text, and how."""

    speaker: Optional[Speaker]
    via: Tuple[Speaker, ...] = ()
    mode: str = "unattributed"  # direct | indirect | unattributed
    cue: Optional[str] = None
    span: Optional[Span] = None


@dataclass(frozen=True)
class Event:
    """What happened, where and when: claims are compared only within one event."""

    id: str
    label: str
    kind: Optional[str] = None
    place: Optional[str] = None
    date: Optional[str] = None
    #: Every place the event's sentences name (``place`` is the most specific of them).
    places: Tuple[str, ...] = ()
    #: The country the text's first sentence names ("Mexican inflation", "Japan's economy"), lower case, or None:
    #: two placeless events of two texts are one only when their texts name the same country, or none.
    nation: Optional[str] = field(default=None, compare=False)

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "kind": self.kind, "place": self.place, "date": self.date, "places": list(self.places)}


#: The modalities of a figure: how it is put forward.
MODALITIES = ("count", "estimate", "projection", "target", "threshold", "hypothetical", "poll", "previous")


@dataclass(frozen=True)
class Identity:
    """What quantity a figure is a figure of; two claims are compared only when their identities agree.

    Facets: ``what`` (the counted noun with its modifiers, else the metric), ``named`` (the metric comes from the metric taxonomy,
    not from a bare noun or unit), ``holder`` (whose: "Trump has 221 delegates" -> "Trump"), ``where`` (a
    sub-area or beneficiary stated in the figure's clause), ``when`` (the date or period written in its
    sentence) and ``modality`` (one of :data:`MODALITIES`).  A facet is None when the text does not state it.
    """

    what: Optional[str]
    counted: Optional[str] = None
    named: bool = False
    holder: Optional[str] = None
    where: Optional[str] = None
    when: Optional[str] = None
    modality: str = "count"
    #: The words between the figure and its counted noun ("11 single seats" -> ("single",)).
    modifiers: Tuple[str, ...] = ()
    #: "rise" or "fall" when the figure is a change ("lost 350,000 jobs"), None for a level.
    direction: Optional[str] = None

    def to_dict(self) -> dict:
        return {"what": self.what, "counted": self.counted, "named": self.named, "holder": self.holder,
                "where": self.where, "when": self.when, "modality": self.modality, "modifiers": list(self.modifiers),
                "direction": self.direction}


@dataclass(frozen=True)
class Claim:
    """One figure, what it counts, who says it, about which event."""

    id: str
    source: str
    quantity: Quantity
    metric: Optional[str]
    qualifiers: Tuple[str, ...]
    attribution: Attribution
    event: Event
    date: Optional[str]
    quote: str
    span: Span
    sentence: str
    #: "rose to", "revised" ... when the sentence presents the figure as an update.
    update_cue: Optional[str] = None
    #: "corrected", "mistake" ... when the sentence presents the figure as a correction.
    correction_cue: Optional[str] = None
    #: True when the figure is part of another ("among them 9 firefighters").
    part_of: bool = False
    #: Where ``sentence`` sits in the source text.
    sentence_span: Optional[Span] = None
    #: When the speaker said it, where the cue carries a date ("confirmed on Friday").
    stated: Optional[str] = None
    #: The date written in the figure's own sentence, if any (the period a rate or level is for).
    sentence_date: Optional[str] = None
    #: What quantity the figure is of (metric, holder, place, period, modality): why it was or was not compared.
    identity: Optional[Identity] = None
    #: Who published the text the claim is in (the source's name).
    outlet: Optional[str] = None
    #: The day the figure was given: when its cue says it was said, else its source's date (ISO).
    reported: Optional[str] = None
    #: The publication time of its source (ISO date-time, see :attr:`Source.published_at`), when one was given.
    published_at: Optional[str] = None

    @property
    def speaker(self) -> Optional[Speaker]:
        return self.attribution.speaker

    @property
    def via(self) -> Tuple[Speaker, ...]:
        return self.attribution.via

    def __repr__(self) -> str:
        who = self.speaker.name if self.speaker and self.speaker.name else "(outlet)"
        return f"<Claim {self.id} {self.metric} {self.quote!r} [{_fmt(self.quantity.low)}, {_fmt(self.quantity.high)}] by {who}>"

    def to_dict(self) -> dict:
        q = self.quantity
        return {
            "id": self.id,
            "source": self.source,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "via": [v.name for v in self.via],
            "mode": self.attribution.mode,
            "cue": self.attribution.cue,
            "attribution_span": list(self.attribution.span) if self.attribution.span else None,
            "metric": self.metric,
            "qualifiers": list(self.qualifiers),
            "value": {
                "low": _json_number(q.low),
                "high": _json_number(q.high),
                "unit": q.unit,
                "approximate": q.approximate,
                "kind": q.kind,
                "text": q.text,
            },
            "date": self.date,
            "stated": self.stated,
            "event": self.event.to_dict(),
            "quote": self.quote,
            "span": list(self.span),
            "sentence": self.sentence,
            "sentence_span": list(self.sentence_span) if self.sentence_span else None,
            "identity": self.identity.to_dict() if self.identity else None,
            "outlet": self.outlet,
            "reported": self.reported,
        }


@dataclass(frozen=True)
class Conflict:
    """Two or more claims about one quantity of one event that cannot all hold."""

    id: str
    metric: str
    event: Event
    claims: Tuple[Claim, ...]
    kind: str  # contradiction | update | correction | subset
    explanation: str

    def __repr__(self) -> str:
        figs = " vs ".join(c.quantity.text for c in self.claims)
        return f"<Conflict {self.id} {self.kind} {self.metric}: {figs}>"

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "metric": self.metric,
            "event": self.event.to_dict(),
            "claims": [c.id for c in self.claims],
            "kind": self.kind,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Judgement:
    """The verdict on one pair of claims about one quantity."""

    kind: str  # contradiction | correction | subset | update
    first: Claim  # the earlier claim
    second: Claim  # the later claim
    reason: str

    def __repr__(self) -> str:
        return f"<Judgement {self.kind} {self.first.id} -> {self.second.id}: {self.reason}>"


@dataclass(frozen=True)
class Summary:
    """Per event and metric: the range of figures and who gave each, in time order."""

    event: Event
    metric: str
    low: Optional[float]
    high: Optional[float]
    claims: Tuple[Claim, ...]

    def __repr__(self) -> str:
        return f"<Summary {self.event.id} {self.metric} [{_fmt(self.low)}, {_fmt(self.high)}] {len(self.claims)} claim(s)>"

    def to_dict(self) -> dict:
        return {
            "event": self.event.id,
            "metric": self.metric,
            "min": _json_number(self.low),
            "max": _json_number(self.high),
            "claims": [c.id for c in self.claims],
        }


@dataclass(frozen=True)
class SourceReading:
    """One source read by :func:`claimdiff.read_source`: the per-source stage every executor runs.

    Ids are local to the source: claims ``<source id>-c<n>``, date claims ``<source id>-d<n>``,
    events ``<source id>-e<n>``.  Merging events across sources and comparing claims come after
    (:class:`claimdiff.pipeline.Comparison`, ``claimdiff.dask.compare_group``).
    """

    source: Source
    claims: Tuple[Claim, ...]
    events: Tuple[Event, ...]
    #: Claims about the day an event happened (metric "event date").
    date_claims: Tuple[Claim, ...] = ()
    notes: Tuple[str, ...] = ()
    #: The reference date relative dates were read against (ISO), if known.
    reference: Optional[str] = None

    def __repr__(self) -> str:
        return f"<SourceReading {self.source.id} {self.source.name or '(unnamed)'}: {len(self.claims)} claim(s), {len(self.events)} event(s)>"


def _fmt(x: Optional[float]) -> str:
    if x is None:
        return "-"
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return repr(x)


def _json_number(x: Optional[float]) -> Any:
    if x is None or x in (float("inf"), float("-inf")):
        return None
    if x == int(x) and abs(x) < 1e15:
        return int(x)
    return x


def as_date(value: Any, argument: str = "published") -> Optional[_dt.date]:
    """Turn a date, datetime or ISO string into a ``date``; a clear error otherwise."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return _dt.date.fromisoformat(text) if len(text) == 10 else _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            # a whole ISO date or date-time only: "2023-07-28garbage" is refused, not cut to its first ten characters
            raise ValueError(f"{argument}: cannot read {value!r} as an ISO date or date-time (expected e.g. '2023-07-28' or '2023-07-28T09:30+03:00')") from None
    raise TypeError(f"{argument} must be a date, a datetime or an ISO date string, not {type(value).__name__}")


def as_time(value: Any, argument: str = "published") -> Optional[_dt.datetime]:
    """The time of day a publication value carries, as a ``datetime`` (aware when it gives an offset), else None.

    An ISO date-time string ("2023-05-07T09:00", "2023-05-07 15:30:20", "2023-05-07T09:00Z", "...+03:00") and a
    ``datetime`` carry a time; a bare date does not, nor a naive ``datetime`` at exactly midnight (a day stored as a
    timestamp, as date columns of data frames are).  Bad values raise as :func:`as_date` does."""
    if value is None or (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)):
        return None
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None and value.time() == _dt.time(0):
            return None
        return value
    if isinstance(value, str):
        as_date(value, argument)  # the same checks and messages
        text = value.strip()
        if len(text) == 10:
            return None
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    raise TypeError(f"{argument} must be a date, a datetime or an ISO date string, not {type(value).__name__}")


def time_text(moment: Optional[_dt.datetime]) -> Optional[str]:
    """An ISO date-time as given (its offset kept), to the minute when it has no seconds: "2023-05-07T09:00+03:00"."""
    if moment is None:
        return None
    return moment.isoformat(timespec="minutes" if not moment.second and not moment.microsecond else "auto")


@dataclass(frozen=True)
class Source:
    """One text to check, with who published it and when.

    ``published`` takes a ``date``, a ``datetime`` or an ISO string (date or date-time, with or without seconds
    and a UTC offset); it is kept as a ``date`` (the day as written, in the publisher's own time zone), and a
    time it carries is kept in ``published_at`` (see :func:`as_time`), which orders two reports of one day.
    ``id`` defaults to the source's position in :func:`check`.
    """

    text: str
    name: Optional[str] = None
    published: Optional[_dt.date] = None
    id: Optional[str] = None
    #: The publication time, when ``published`` (or this argument) gave one; its day is ``published``.
    published_at: Optional[_dt.datetime] = None

    if TYPE_CHECKING:  # what callers may pass; the dataclass makes the real __init__ and keeps a date
        def __init__(self, text: str, name: Optional[str] = None,
                     published: Union[_dt.date, _dt.datetime, str, None] = None, id: Union[str, int, None] = None,
                     published_at: Union[_dt.datetime, str, None] = None) -> None: ...

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"text must be a str, not {type(self.text).__name__}")
        if self.name is not None and not isinstance(self.name, str):
            raise TypeError(f"name must be a str or None, not {type(self.name).__name__}")
        if self.id is not None and not isinstance(self.id, (str, int)):
            raise TypeError(f"id must be a str or None, not {type(self.id).__name__}")
        if self.id is not None and isinstance(self.id, int):
            object.__setattr__(self, "id", str(self.id))
        moment = as_time(self.published_at, "published_at") if self.published_at is not None else None
        if self.published_at is not None and moment is None:
            raise ValueError(f"published_at: {self.published_at!r} gives no time of day (pass the day as published)")
        day = as_date(self.published, "published")
        moment = moment or as_time(self.published, "published")
        if moment is not None and day is not None and moment.date() != day:
            raise ValueError(f"published_at: {moment.isoformat()} is not on the published day {day.isoformat()}")
        object.__setattr__(self, "published", day or (moment.date() if moment else None))
        object.__setattr__(self, "published_at", moment)

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        when = time_text(self.published_at) or self.published or ""
        return f"<Source {self.name or '(unnamed)'} {when} {len(self.text)} chars: {head!r}...>"
