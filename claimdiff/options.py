"""Rules: steer claimdiff without editing the package.

A :class:`Rules` is built from the defaults in ``claimdiff/rules/`` plus the user's own tables, and is
passed in explicitly (``check(sources, rules=...)``, ``check_many``, ``read_source``, ``claimdiff.dask``,
``claimdiff check --rules FILE``).  Nothing is global: two calls with two Rules never see each other's.

    >>> rules = Rules.from_dict({
    ...     "event_kinds": {"derailment": ["derailed", "derailment"]},
    ...     "metrics": {"killed": ["fatalities"]},
    ...     "places": {"Kreuzberg": "Berlin"},
    ...     "drop": [{"metric": "seats"}],
    ...     "updates": {"s2": "s1"},
    ... })
"""
from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Dict, FrozenSet, Iterable, Mapping, Optional, Tuple

from .phrases import PhraseTable
from .rules import english

_FIELDS = ("event_kinds", "metrics", "places", "drop", "updates")


def _frozen_lists(table: Mapping[str, Iterable[str]], argument: str) -> Mapping[str, Tuple[str, ...]]:
    if not isinstance(table, Mapping):
        raise TypeError(f"{argument} must be a mapping of name -> list of words, not {type(table).__name__}")
    out: Dict[str, Tuple[str, ...]] = {}
    for name, words in table.items():
        if not isinstance(name, str) or isinstance(words, str) or not all(isinstance(w, str) for w in words):
            raise TypeError(f"{argument}[{name!r}] must be a list of words (str)")
        out[name.lower()] = tuple(w.lower() for w in words)
    return MappingProxyType(out)


@dataclass(frozen=True)
class Drop:
    """Claims to leave out of the report: every claim of a ``metric``, or one figure (``quote``) of one ``source``."""

    metric: Optional[str] = None
    source: Optional[str] = None
    quote: Optional[str] = None

    def matches(self, metric: Optional[str], source: str, quote: str) -> bool:
        return ((self.metric is None or self.metric == metric) and (self.source is None or self.source == source)
                and (self.quote is None or self.quote == quote))


@dataclass(frozen=True)
class Rules:
    """The user's tables on top of the defaults.

    * ``event_kinds``: extra event kinds and the words that name them (``{"derailment": ["derailed"]}``);
    * ``metrics``: extra words for a metric, new or of the taxonomy (``{"killed": ["fatalities"]}``); a new
      metric is compared like the taxonomy's;
    * ``places``: a place hierarchy, place -> the place it lies in (``{"Kreuzberg": "Berlin"}``): an event in
      Kreuzberg is part of one in Berlin, and its figures are parts of Berlin's;
    * ``drop``: claims to leave out (``[{"metric": "seats"}, {"source": "s2", "quote": "40"}]``);
    * ``updates``: source id -> the source id it updates (``{"s2": "s1"}``): figures of the later source that
      differ from the earlier one's are updates, not conflicts.
    """

    event_kinds: Mapping[str, Tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    metrics: Mapping[str, Tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    places: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    drop: Tuple[Drop, ...] = ()
    updates: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # compiled once from the defaults and the user's tables
    metric_phrases: PhraseTable = field(init=False, repr=False, compare=False)
    kind_phrases: PhraseTable = field(init=False, repr=False, compare=False)
    metric_names: FrozenSet[str] = field(init=False, repr=False, compare=False)
    _parents: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "event_kinds", _frozen_lists(self.event_kinds, "event_kinds"))
        object.__setattr__(self, "metrics", _frozen_lists(self.metrics, "metrics"))
        if not isinstance(self.places, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in self.places.items()):
            raise TypeError("places must be a mapping of place -> the place it lies in (both str)")
        object.__setattr__(self, "places", MappingProxyType(dict(self.places)))
        if not isinstance(self.updates, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in self.updates.items()):
            raise TypeError("updates must be a mapping of source id -> source id (both str)")
        object.__setattr__(self, "updates", MappingProxyType(dict(self.updates)))
        object.__setattr__(self, "drop", tuple(_as_drop(d, i) for i, d in enumerate(self.drop)))
        metrics = _merged(english.METRICS, self.metrics)
        object.__setattr__(self, "metric_phrases", _table(self.metrics, english.METRICS))
        object.__setattr__(self, "kind_phrases", _table(self.event_kinds, english.EVENT_KINDS))
        object.__setattr__(self, "metric_names", frozenset(metrics))
        object.__setattr__(self, "_parents", MappingProxyType({_key(k): _key(v) for k, v in self.places.items()}))

    def __repr__(self) -> str:
        parts = [f"{name}={len(getattr(self, name))}" for name in _FIELDS if getattr(self, name)]
        return f"<Rules defaults{' + ' + ', '.join(parts) if parts else ''}>"

    def to_dict(self) -> Dict[str, Any]:
        """The user's tables as plain data (what :meth:`from_dict` reads)."""
        return {
            "event_kinds": {k: list(v) for k, v in self.event_kinds.items()},
            "metrics": {k: list(v) for k, v in self.metrics.items()},
            "places": dict(self.places),
            "drop": [{k: v for k, v in (("metric", d.metric), ("source", d.source), ("quote", d.quote)) if v is not None} for d in self.drop],
            "updates": dict(self.updates),
        }

    def __reduce__(self):  # worker processes get the plain tables and compile them again
        return (Rules.from_dict, (self.to_dict(),))

    # ------------------------------------------------------------ building
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Rules":
        """From a mapping with any of the keys ``event_kinds``, ``metrics``, ``places``, ``drop``, ``updates``."""
        if not isinstance(data, Mapping):
            raise TypeError(f"rules must be a mapping, not {type(data).__name__}")
        unknown = sorted(set(data) - set(_FIELDS))
        if unknown:
            raise ValueError(f"unknown rules key(s): {', '.join(unknown)} (known: {', '.join(_FIELDS)})")
        values = dict(data)
        values["drop"] = tuple(values.get("drop", ()))
        return cls(**values)

    @classmethod
    def from_file(cls, path: str) -> "Rules":
        """From a JSON file, or a TOML file (``.toml``), with the keys of :meth:`from_dict`."""
        if not isinstance(path, str):
            raise TypeError(f"path must be a str, not {type(path).__name__}")
        with open(path, "rb") as handle:
            raw = handle.read()
        if path.lower().endswith(".toml"):
            try:
                toml = importlib.import_module("tomllib")  # the standard library from Python 3.11
            except ImportError:
                raise ValueError(f"{path}: TOML rules need Python 3.11 or later; use JSON") from None
            return cls.from_dict(toml.loads(raw.decode("utf-8")))
        return cls.from_dict(json.loads(raw.decode("utf-8")))

    # ------------------------------------------------------------ used by the stages
    def parent(self, place_key: str) -> Optional[str]:
        """The key of the place a place lies in, if the hierarchy says."""
        return self._parents.get(place_key)

    def dropped(self, metric: Optional[str], source: str, quote: str) -> bool:
        return any(d.matches(metric, source, quote) for d in self.drop)

    def updates_source(self, later: str, earlier: str) -> bool:
        """Does the user say source ``later`` is an update of source ``earlier``?"""
        return self.updates.get(later) == earlier


def _as_drop(item: Any, position: int) -> Drop:
    if isinstance(item, Drop):
        return item
    if isinstance(item, Mapping) and set(item) <= {"metric", "source", "quote"} and item:
        return Drop(**{k: str(v) for k, v in item.items()})
    raise TypeError(f"drop[{position}] must be a mapping with metric, source and/or quote")


def _table(extra: Mapping[str, Tuple[str, ...]], defaults: Mapping[str, Iterable[str]]) -> PhraseTable:
    """A phrase table where the user's words come first: a word the user gives wins over the defaults' reading of it."""
    entries = [(tuple(p.split()), name) for name, phrases in extra.items() for p in phrases]
    entries += [(tuple(p.split()), name) for name, phrases in defaults.items() for p in phrases]
    return PhraseTable(entries)


def _merged(defaults: Mapping[str, Iterable[str]], extra: Mapping[str, Tuple[str, ...]]) -> Dict[str, Tuple[str, ...]]:
    merged = {name: tuple(words) for name, words in defaults.items()}
    for name, words in extra.items():
        merged[name] = tuple(dict.fromkeys(merged.get(name, ()) + words))
    return merged


def _key(place: str) -> str:
    from .events import place_key  # the events stage owns what a place key is

    return place_key(place)


#: The defaults alone (immutable).
DEFAULT_RULES = Rules()
