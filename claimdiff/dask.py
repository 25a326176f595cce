"""claimdiff on Dask: extraction mapped over a bag or a dataframe, comparison grouped by event.

Needs the ``dask`` extra (``pip install 'claimdiff[dask]'``); Dask is imported
only when one of these functions is called.

    >>> import dask.bag as db
    >>> from claimdiff import dask as cd
    >>> sources = db.from_sequence([{"text": ..., "name": "Wire", "published": "2024-05-03"}, ...])
    >>> claims = cd.extract_bag(sources)        # a bag of Claim
    >>> found = cd.conflicts(claims).compute()  # a list of Conflict

Each source goes through :func:`claimdiff.read_source`, the stage every
executor runs.  Without a global order of sources, ids come from the data: a
source's id is its own ``id`` or ``s`` + a hash of its text, name and date;
claim ids are ``<source>-c<n>`` (as ``read_source`` gives them); events and
conflicts are named after their group.  Claims are grouped by an event key,
``(place, year)`` for figures about a named place and the source itself for the
others, with ``foldby`` (no shuffle of whole groups before reduction); within a
group events merge by the one policy of :class:`claimdiff.events.EventMerger`
and each merged event's claims go through :func:`claimdiff.compare.compare`.
A bag has no order, so two things that need one are not done here: a bare
event is never joined to the previous post of the same outlet, and
consecutive posts of one outlet do not share their speakers.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import replace
from typing import Any, Dict, Iterable, List, Optional, Tuple

from . import archive, pipeline
from . import compare as compare_stage
from . import report as report_module
from .claims import DATE_METRIC
from .events import EventMerger, placeless_key, specific_place_keys
from .options import DEFAULT_RULES, Rules
from .types import Claim, Conflict, Source

EXTRA = "pip install 'claimdiff[dask]'"

#: The columns of :func:`extract_dataframe`'s result, with their dtypes: the same as ``Report.to_pandas()``'s
#: (:data:`claimdiff.report.COLUMNS`).  Strings are pandas' ``string`` dtype, numbers ``Float64``/``Int64``,
#: days ``datetime64[ns]``.  The ``"list"`` columns (qualifiers, via, conflicts) are strings joined by
#: ``"; "`` here, so that the frame writes to Parquet and reads back with any pandas (``to_pandas()``
#: keeps Python lists).  ``conflicts`` is ``<NA>`` here: extraction compares nothing (:func:`conflicts` does).
COLUMNS: Tuple[Tuple[str, str], ...] = report_module.COLUMNS


def _require(what: str = "dask.bag") -> Any:
    try:
        if what == "dask.dataframe":
            import dask.dataframe as frames

            return frames
        import dask.bag as bags

        return bags
    except ImportError as error:
        raise ImportError(f"claimdiff.dask needs Dask ({what}): {EXTRA}") from error


# ---------------------------------------------------------------- extraction


def source_id(source: Source) -> str:
    """The source's own id, else one made from its content (stable across processes and runs)."""
    if source.id is not None:
        return source.id
    digest = hashlib.blake2b(digest_size=6)
    for part in (source.text, source.name or "", source.published.isoformat() if source.published else ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return "s" + digest.hexdigest()


def extract_source(item: Any, rules: Optional[Rules] = None) -> List[Claim]:
    """The claims of one source (a Source, a str or a dict with text/name/published/id); ``rules``: a :class:`claimdiff.Rules`.

    Events are merged within the source only (a bare "the fire" joins the
    source's own event about the fire); claim ids are ``<source id>-c<n>``,
    and ``<source id>-d<n>`` for claims about the day an event happened
    (metric ``"event date"``, after the figures).
    """
    source = archive.as_source(item, 0, "item") if not isinstance(item, Source) else item
    sid = source_id(source)
    reading = pipeline.read_source(source, sid, rules=rules)
    merger = EventMerger(prefix=f"{sid}-e")
    mapping = merger.add(reading.events, source.name, continues=False)
    return [replace(claim, event=merger.merged[mapping[claim.event.id]]) for claim in reading.claims + reading.date_claims]


def extract_bag(bag_of_sources: Any, rules: Optional[Rules] = None) -> Any:
    """A bag of :class:`Claim` from a bag of sources (Source, str or dict with text/name/published/id)."""
    _check_bag(bag_of_sources, "bag_of_sources")
    _check_rules(rules)
    return bag_of_sources.map(extract_source, rules=rules).flatten()


def _check_rules(rules: Optional[Rules]) -> None:
    if rules is not None and not isinstance(rules, Rules):
        raise TypeError(f"rules must be a claimdiff.Rules, not {type(rules).__name__}")


def _check_bag(bag: Any, argument: str) -> None:
    module = _require("dask.bag")
    if not isinstance(bag, module.Bag):
        raise TypeError(f"{argument} must be a dask.bag.Bag, not {type(bag).__name__}")


# ---------------------------------------------------------------- comparison


def event_key(claim: Claim) -> Tuple[str, str]:
    """The group a claim is compared in: ("place", "<place>|<year>"), ("placeless", "<date>|<countries>") for an
    event with no place that its text dates to the month or day, or ("source", "<source id>")."""
    places = specific_place_keys(claim.event)
    if places:
        return ("place", f"{places[0]}|{(claim.event.date or '')[:4]}")
    placeless = placeless_key(claim.event)
    if placeless is not None:
        date, countries, nation = placeless
        return ("placeless", "|".join([date, nation or ""] + sorted(countries)))
    return ("source", claim.source)


def _append(group: List[Claim], claim: Claim) -> List[Claim]:
    group.append(claim)
    return group


def _concat(a: List[Claim], b: List[Claim]) -> List[Claim]:
    a.extend(b)
    return a


def compare_group(key: Tuple[str, str], claims: Iterable[Claim], rules: Optional[Rules] = None) -> List[Conflict]:
    """Merge the events of one group's claims and compare each event's claims (by the same ``rules`` as the reading)."""
    rules = rules or DEFAULT_RULES
    unique: Dict[str, Claim] = {}
    for claim in claims:
        unique.setdefault(claim.id, claim)  # the same source twice adds nothing
    ordered = sorted(unique.values(), key=lambda c: (c.event.date or "", c.source, c.span, c.id))
    by_source: Dict[str, List[Claim]] = {}
    for claim in ordered:
        by_source.setdefault(claim.source, []).append(claim)
    label = key[1]
    index = EventMerger(prefix=f"{label}#e", parent=rules.parent if rules.places else None)
    members: Dict[int, List[Claim]] = {}
    for own in by_source.values():
        events = list({c.event.id: c.event for c in own}.values())
        mapping = index.add(events, None, continues=False)
        for claim in own:
            members.setdefault(mapping[claim.event.id], []).append(claim)
    found: List[Conflict] = []
    for target, group in members.items():
        final = index.merged[target]
        group = [replace(c, event=final) for c in group]
        figures = [c for c in group if c.metric != DATE_METRIC]
        days = [c for c in group if c.metric == DATE_METRIC]
        conflicts, _, _ = compare_stage.compare(figures, declared_updates=rules.updates)
        if days:
            conflicts = list(conflicts) + list(compare_stage.compare_dates(days))
        found.extend(replace(c, id=f"{label}#x{len(found) + 1}") for c in conflicts)
    return found


def conflicts(bag_of_claims: Any, rules: Optional[Rules] = None) -> Any:
    """A bag of :class:`Conflict` from a bag of claims (what :func:`extract_bag` gives); ``rules``: the same as the reading's."""
    _check_bag(bag_of_claims, "bag_of_claims")
    _check_rules(rules)
    grouped = bag_of_claims.foldby(event_key, _append, list, _concat, list)
    return grouped.map(_compare_pair, rules=rules).flatten()


def _compare_pair(pair: Tuple[Tuple[str, str], List[Claim]], rules: Optional[Rules] = None) -> List[Conflict]:
    return compare_group(pair[0], pair[1], rules)


# ---------------------------------------------------------------- dataframes


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        import pandas

        return bool(pandas.isna(value))
    except (ImportError, TypeError, ValueError):
        return isinstance(value, float) and math.isnan(value)


def _row_source(row: Dict[str, Any], columns: Dict[str, Optional[str]]) -> Source:
    values: Dict[str, Any] = {}
    for field, column in columns.items():
        if column is None:
            continue
        value = row.get(column)
        values[field] = None if _missing(value) else value
    return Source(values.get("text") or "", name=values.get("name"), published=values.get("published"), id=values.get("id"))


def _extract_frame(frame: Any, columns: Dict[str, Optional[str]], rules: Optional[Rules] = None) -> Any:
    import pandas

    rows: List[Dict[str, Any]] = []
    for record in frame.to_dict("records"):
        source = _row_source(record, columns)
        rows.extend(report_module.claim_row(claim, source.name, source.published, None) for claim in extract_source(source, rules))
    return _frame(pandas, rows)


def _frame(pandas: Any, rows: List[Dict[str, Any]]) -> Any:
    return report_module.frame(pandas, rows, COLUMNS, flat_lists=True)


def extract_dataframe(df: Any, text: str = "text", name: str = "name", published: str = "published", id: str = "id",
                      rules: Optional[Rules] = None) -> Any:
    """One row per claim (columns :data:`COLUMNS`) from a pandas or Dask dataframe of sources.

    ``text`` names the column with the texts; ``name``, ``published`` and ``id``
    name optional columns (absent columns are treated as empty).  A pandas
    dataframe gives a pandas dataframe; a Dask dataframe a Dask dataframe,
    computed partition by partition.  ``rules``: a :class:`claimdiff.Rules`.
    """
    _check_rules(rules)
    for argument, value in (("text", text), ("name", name), ("published", published), ("id", id)):
        if not isinstance(value, str):
            raise TypeError(f"{argument} must be a column name (str), not {type(value).__name__}")
    try:
        import pandas
    except ImportError as error:
        raise ImportError(f"extract_dataframe needs pandas: {EXTRA}") from error
    if isinstance(df, pandas.DataFrame):
        frame_columns = list(df.columns)
    else:
        ddf = _require("dask.dataframe")
        if not isinstance(df, ddf.DataFrame):
            raise TypeError(f"df must be a pandas or Dask DataFrame, not {type(df).__name__}")
        frame_columns = list(df.columns)
    if text not in frame_columns:
        raise ValueError(f"df has no text column {text!r} (columns: {', '.join(map(str, frame_columns))})")
    columns = {
        "text": text,
        "name": name if name in frame_columns else None,
        "published": published if published in frame_columns else None,
        "id": id if id in frame_columns else None,
    }
    if isinstance(df, pandas.DataFrame):
        return _extract_frame(df, columns, rules)
    meta = _frame(pandas, [])
    return df.map_partitions(_extract_frame, columns, rules, meta=meta)
