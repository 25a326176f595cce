"""The Report: claims, conflicts, updates and summaries, as data and as text.

``to_dict``/``to_json`` give the documented ``claimdiff/1`` schema (docs/schema.md),
``from_dict``/``from_json`` read it back; ``to_table`` a terminal table,
``to_markdown`` Markdown, ``_repr_html_`` a notebook table, ``to_html_text`` one
source's text with its extraction marked, ``to_pandas`` data frames.  Rendering
never changes the data.
"""
from __future__ import annotations

import dataclasses
import html
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .types import Attribution, Claim, Conflict, Event, Identity, Judgement, Quantity, Source, Speaker, Summary, time_text

if TYPE_CHECKING:  # pragma: no cover
    import pandas

SCHEMA = "claimdiff/1"
#: Where the JSON Schema of ``claimdiff/1`` is shipped, inside the package.
SCHEMA_FILE = "schema/claimdiff-1.json"


@dataclass(frozen=True)
class Report:
    """What :func:`claimdiff.check` found."""

    sources: Tuple[Source, ...]
    claims: Tuple[Claim, ...]
    conflicts: Tuple[Conflict, ...]
    updates: Tuple["Judgement", ...] = ()
    summaries: Tuple["Summary", ...] = ()
    notes: Tuple[str, ...] = ()
    #: Claims about the day an event happened; date conflicts point to them.
    date_claims: Tuple[Claim, ...] = ()

    def __repr__(self) -> str:
        return f"<Report {len(self.sources)} source(s), {len(self.claims)} claim(s), {len(self.conflicts)} conflict(s)>"

    # ------------------------------------------------------------ data
    def to_dict(self) -> Dict[str, Any]:
        """The report as plain JSON data: the ``claimdiff/1`` schema (docs/schema.md, :func:`json_schema`)."""
        return {
            "schema": SCHEMA,
            "sources": [_source_dict(s) for s in self.sources],
            "claims": [c.to_dict() for c in self.claims],
            "date_claims": [c.to_dict() for c in self.date_claims],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "updates": [
                {"metric": u.first.metric, "event": u.first.event.to_dict(), "claims": [u.first.id, u.second.id],
                 "explanation": u.reason}
                for u in self.updates
            ],
            "summaries": [s.to_dict() for s in self.summaries],
            "notes": list(self.notes),
        }

    def to_json(self, indent: Any = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Report":
        """A report read back from :meth:`to_dict`'s data; ``from_dict(r.to_dict()).to_dict() == r.to_dict()``.

        The sources come back without their texts (the schema holds none).  Data that is
        not a ``claimdiff/1`` report raises ``ValueError`` saying where it is wrong.
        """
        return _Reader(data).report(cls)

    @classmethod
    def from_json(cls, text: str) -> "Report":
        """A report read back from :meth:`to_json`'s text (see :meth:`from_dict`)."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"not JSON: {error}") from None
        return cls.from_dict(data)

    def to_pandas(self, what: str = "claims") -> "pandas.DataFrame":
        """A data frame: ``what="claims"`` (default), ``"date_claims"`` or ``"conflicts"``; needs the ``pandas`` extra.

        Claims and date claims have the columns of :data:`COLUMNS` (the same as
        ``claimdiff.dask.COLUMNS``), conflicts those of :data:`CONFLICT_COLUMNS`: strings
        as pandas' ``string`` dtype, numbers as ``Float64``/``Int64``, days as
        ``datetime64[ns]``, lists (qualifiers, via, conflicts, claims) as Python lists;
        a missing value is ``<NA>``/``NaT``, never ``''``.
        """
        if what not in FRAMES:
            raise ValueError(f"what must be one of {', '.join(repr(f) for f in FRAMES)}, not {what!r}")
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install 'claimdiff[pandas]'") from None
        names = self._source_names()
        published = {s.id: s.published for s in self.sources if s.id is not None}
        if what == "conflicts":
            return frame(pandas, [conflict_row(c) for c in self.conflicts], CONFLICT_COLUMNS)
        in_conflict: Dict[str, List[str]] = {}
        for conflict in self.conflicts:
            for claim in conflict.claims:
                in_conflict.setdefault(claim.id, []).append(conflict.id)
        claims = self.claims if what == "claims" else self.date_claims
        rows = [claim_row(c, names.get(c.source), published.get(c.source), in_conflict.get(c.id, [])) for c in claims]
        return frame(pandas, rows, COLUMNS)

    def to_html_text(self, source: Optional[str] = None) -> str:
        """One source's text with its extraction marked, as an HTML fragment (see :class:`claimdiff.view.TextView`).

        ``source``: a source id or name; may be left out when the report has one source.
        """
        from .view import TextView

        return TextView(self, source).html

    # ------------------------------------------------------------ text
    def _source_names(self) -> Dict[str, Optional[str]]:
        return {s.id: s.name for s in self.sources if s.id is not None}

    def _headline(self) -> str:
        return (
            f"{_count(len(self.sources), 'source')}, {_count(len(self.claims), 'claim')}, "
            f"{_count(len(self.conflicts), 'conflict')}"
        )

    def to_table(self, colour: bool = False) -> str:
        """A plain-text report for a terminal: conflicts, updates, figures by event and metric, notes.

        ``colour=True`` adds ANSI colour; the text is the same either way.
        """
        paint = _Paint(colour)
        names = self._source_names()
        several = len(self.sources) > 1
        lines: List[str] = [paint("bold", "claimdiff") + ": " + self._headline()]
        if not self.conflicts:
            lines.append(f"No conflicts among {_count(len(self.claims), 'claim')} from {_count(len(self.sources), 'source')}.")
        for conflict in self.conflicts:
            lines.append("")
            lines.append(
                paint(_KIND_COLOUR.get(conflict.kind, "red"), f"CONFLICT {_t(conflict.id)} [{_t(conflict.kind)}]")
                + " " + paint("bold", _t(conflict.metric)) + " - " + _t(event_label(conflict.event))
            )
            header = ["figure", "metric", "who", "via"] + (["source"] if several else []) + ["when", "quote"]
            rows = []
            for claim in conflict.claims:
                row = [_t(_figure_text(claim)), _t(_metric(claim)), _t(_who(claim, names)), _t(_via(claim)) or "-"]
                if several:
                    row.append(_t(_source_label(claim, names)))
                row.append(_t(claim.date or "-"))
                rows.append((row, claim))
            widths = [max(len(cell) for cell in [header[i]] + [r[i] for r, _ in rows]) for i in range(len(header) - 1)]
            lines.append("  " + paint("dim", "  ".join(h.ljust(widths[i]) for i, h in enumerate(header[:-1])) + "  " + header[-1]))
            for row, claim in rows:
                cells = [cell.ljust(widths[i]) for i, cell in enumerate(row)]
                cells[0] = paint("figure", cells[0])
                lines.append("  " + "  ".join(cells) + "  " + _excerpt_terminal(claim, paint))
            lines.append("  " + paint("dim", "why:") + " " + _t(conflict.explanation))
        if self.updates:
            lines.append("")
            lines.append(paint("bold", "UPDATES") + " (not conflicts)")
            for update in self.updates:
                lines.append(
                    f"  {_t(update.first.metric or '')}: {_t(update.first.quantity.text)} -> {_t(update.second.quantity.text)}"
                    f" ({_t(_who(update.second, names))}): {_t(update.reason)}"
                )
        if self.summaries:
            lines.append("")
            lines.append(paint("bold", "FIGURES BY EVENT AND METRIC") + " (in time order)")
            disputed = self._disputed()
            for label, summaries in _by_event(self.summaries):
                lines.append("  " + paint("bold", _t(label)))
                for summary in summaries:
                    flag = "  " + paint("red", "[conflict]") if (summary.event.id, summary.metric) in disputed else ""
                    lines.append(f"    {_t(summary.metric)}: {_range(*_given(summary))}{flag}")
                    width = max(len(_t(c.quantity.text)) for c in summary.claims) if summary.claims else 0
                    for claim in summary.claims:
                        who = _who(claim, names) + (f" via {_via(claim)}" if claim.via else "")
                        lines.append(
                            f"      {_t(claim.date or '-'):<10}  {paint('figure', _t(claim.quantity.text).ljust(width))}  {_t(who)}"
                        )
        if self.notes:
            lines.append("")
        for note in self.notes:
            lines.append(paint("dim", "note:") + " " + _t(note))
        return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"

    def to_markdown(self) -> str:
        """GitHub-flavoured Markdown: a table per conflict, updates, figures by event and metric, notes."""
        names = self._source_names()
        several = len(self.sources) > 1
        out: List[str] = [f"# claimdiff report\n\n{self._headline()}.\n"]
        if several or any(s.name or s.published for s in self.sources):
            out.append("Sources: " + "; ".join(_md(_source_line(s)) for s in self.sources) + ".\n")
        if not self.conflicts:
            out.append(f"No conflicts among {_count(len(self.claims), 'claim')}.\n")
        for conflict in self.conflicts:
            out.append(f"## Conflict {_md(conflict.id)}: {_md(conflict.metric)} ({_md(conflict.kind)})\n")
            out.append(f"Event: {_md(event_label(conflict.event))}\n")
            header = ["figure", "metric", "who", "via"] + (["source"] if several else []) + ["when", "quote"]
            out.append("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
            for claim in conflict.claims:
                row = [f"**{_md(_figure_text(claim))}**" + (f" ({_md(v)})" if (v := _value(claim)) else ""),
                       _md(_metric(claim)), _md(_who(claim, names)), _md(_via(claim))]
                if several:
                    row.append(_md(_source_label(claim, names)))
                row += [_md(claim.date or ""), _highlight_md(claim)]
                out.append("| " + " | ".join(row) + " |")
            out.append(f"\n{_md(conflict.explanation)}\n")
        if self.updates:
            out.append("## Updates (not conflicts)\n")
            for update in self.updates:
                out.append(
                    f"- {_md(update.first.metric or '')}: {_md(update.first.quantity.text)} → {_md(update.second.quantity.text)}"
                    f" ({_md(_who(update.second, names))}): {_md(update.reason)}"
                )
            out.append("")
        if self.summaries:
            disputed = self._disputed()
            out.append("## Figures by event and metric\n")
            out.append("| event | metric | min | max | figures in time order |\n|---|---|---|---|---|")
            for summary in self.summaries:
                figures = "; ".join(
                    f"**{_md(c.quantity.text)}** {_md(_who(c, names))}" + (f" via {_md(_via(c))}" if c.via else "")
                    + (f", {_md(c.date)}" if c.date else "")
                    for c in summary.claims
                )
                metric = _md(summary.metric) + (" (conflict)" if (summary.event.id, summary.metric) in disputed else "")
                low, high = _given(summary)
                out.append(
                    f"| {_md(event_label(summary.event))} | {metric} | {_num(low) or '-'} | {_num(high) or '-'} | {figures} |"
                )
            out.append("")
        for note in self.notes:
            out.append(f"> {_md(note)}\n")
        return "\n".join(out).rstrip() + "\n"

    def _repr_html_(self) -> str:
        """The notebook view: self-contained HTML (scoped inline CSS, no script, no external resource)."""
        names = self._source_names()
        several = len(self.sources) > 1
        disputed = self._disputed()
        parts: List[str] = ['<div class="claimdiff-report">', f"<style>{_CSS}</style>"]
        parts.append(
            '<div class="cd-top"><span class="cd-brand">claimdiff</span>'
            f'<span class="cd-stats">{_h(_count(len(self.sources), "source"))} · {_h(_count(len(self.claims), "claim"))} · '
            f'<span class="{"cd-alert" if self.conflicts else "cd-ok"}">{_h(_count(len(self.conflicts), "conflict"))}</span></span></div>'
        )
        if several or any(s.name or s.published for s in self.sources):
            parts.append(
                '<div class="cd-sources">'
                + " ".join(f'<span class="cd-chip">{_h(_source_line(s))}</span>' for s in self.sources)
                + "</div>"
            )
        if not self.conflicts:
            parts.append(f'<p class="cd-none">No conflicts among {_h(_count(len(self.claims), "claim"))}.</p>')
        for conflict in self.conflicts:
            kind = _css_word(conflict.kind)
            parts.append(f'<div class="cd-conflict cd-kind-{kind}">')
            parts.append(
                f'<div class="cd-heading"><span class="cd-badge">{_h(conflict.kind)}</span> '
                f'<span class="cd-metric">{_h(conflict.metric)}</span> '
                f'<span class="cd-event">{_h(event_label(conflict.event))}</span> '
                f'<span class="cd-id">{_h(conflict.id)}</span></div>'
            )
            header = ["figure", "metric", "who", "via"] + (["source"] if several else []) + ["when", "quote"]
            parts.append('<div class="cd-scroll"><table class="cd-table"><thead><tr>'
                         + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead><tbody>")
            for claim in conflict.claims:
                value = _value(claim)
                cells = [
                    f'<td class="cd-fig">{_h(_figure_text(claim))}'
                    + (f'<span class="cd-val">{_h(value)}</span>' if value else "") + "</td>",
                    f'<td class="cd-m">{_h(claim.metric or "")}'
                    + "".join(f' <span class="cd-q">{_h(q)}</span>' for q in claim.qualifiers) + "</td>",
                    f'<td class="cd-who">{_who_html(claim, names)}</td>',
                    f'<td class="cd-via">{_h(_via(claim)) or "<span class=cd-dim>—</span>"}</td>',
                ]
                if several:
                    cells.append(f'<td class="cd-src">{_h(_source_label(claim, names))}</td>')
                cells.append(f'<td class="cd-when">{_h(claim.date) if claim.date else "<span class=cd-dim>—</span>"}</td>')
                cells.append(f'<td class="cd-quote">{_highlight_html(claim)}</td>')
                parts.append("<tr>" + "".join(cells) + "</tr>")
            parts.append(f'</tbody></table></div><p class="cd-why">{_h(conflict.explanation)}</p></div>')
        if self.updates:
            parts.append('<div class="cd-section">Updates <span class="cd-dim">(not conflicts)</span></div><ul class="cd-updates">')
            for update in self.updates:
                parts.append(
                    f'<li><span class="cd-metric">{_h(update.first.metric or "")}</span> '
                    f'<b>{_h(update.first.quantity.text)}</b> → <b>{_h(update.second.quantity.text)}</b> '
                    f'<span class="cd-dim">({_h(_who(update.second, names))})</span>: {_h(update.reason)}</li>'
                )
            parts.append("</ul>")
        if self.summaries:
            parts.append('<div class="cd-section">Figures by event and metric <span class="cd-dim">(in time order)</span></div>')
            parts.append(
                '<div class="cd-scroll"><table class="cd-table cd-summary"><thead><tr><th>metric</th>'
                '<th class="cd-n">min</th><th class="cd-n">max</th>'
                "<th>figures, who gave them and when</th></tr></thead>"
            )
            for label, summaries in _by_event(self.summaries):
                parts.append(f'<tbody><tr class="cd-eventrow"><th colspan="4">{_h(label)}</th></tr>')
                for summary in summaries:
                    hot = (summary.event.id, summary.metric) in disputed
                    flag = ' <span class="cd-badge cd-small">conflict</span>' if hot else ""
                    low, high = _given(summary)
                    figures = "".join(
                        f'<li><b class="cd-figure">{_h(c.quantity.text)}</b> <span class="cd-who-inline">{_h(_who(c, names))}</span>'
                        + (f' <span class="cd-dim">via {_h(_via(c))}</span>' if c.via else "")
                        + (f' <span class="cd-date">{_h(c.date)}</span>' if c.date else "")
                        + "</li>"
                        for c in summary.claims
                    )
                    parts.append(
                        f'<tr{" class=cd-hot" if hot else ""}><td class="cd-m">{_h(summary.metric)}{flag}</td>'
                        f'<td class="cd-n">{_h(_num(low)) or "<span class=cd-dim>—</span>"}</td>'
                        f'<td class="cd-n">{_h(_num(high)) or "<span class=cd-dim>—</span>"}</td>'
                        f'<td><ol class="cd-figs">{figures}</ol></td></tr>'
                    )
                parts.append("</tbody>")
            parts.append("</table></div>")
        for note in self.notes:
            parts.append(f'<p class="cd-note">{_h(note)}</p>')
        parts.append("</div>")
        return "\n".join(parts)

    def _disputed(self) -> set:
        return {(c.event.id, c.metric) for c in self.conflicts}


# ---------------------------------------------------------------- frames

#: What :meth:`Report.to_pandas` can give.
FRAMES = ("claims", "date_claims", "conflicts")

#: The columns of a claims frame (``to_pandas()``, ``to_pandas("date_claims")``, ``claimdiff.dask``), with their
#: pandas dtypes; ``"list"`` is a list of strings (a Python list in ``to_pandas()``; in Dask frames, which
#: must write to Parquet, a string joined by :data:`LIST_SEPARATOR`).
COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("claim", "string"),
    ("source", "string"),
    ("source_name", "string"),
    ("published", "datetime64[ns]"),
    ("event", "string"),
    ("event_label", "string"),
    ("event_kind", "string"),
    ("event_place", "string"),
    ("metric", "string"),
    ("qualifiers", "list"),
    ("low", "Float64"),
    ("high", "Float64"),
    ("unit", "string"),
    ("kind", "string"),
    ("text", "string"),
    ("speaker", "string"),
    ("speaker_role", "string"),
    ("speaker_kind", "string"),
    ("via", "list"),
    ("mode", "string"),
    ("cue", "string"),
    ("date", "datetime64[ns]"),
    ("date_value", "string"),
    ("stated", "datetime64[ns]"),
    ("quote", "string"),
    ("start", "Int64"),
    ("end", "Int64"),
    ("sentence", "string"),
    ("conflicts", "list"),
)

#: The columns of ``to_pandas("conflicts")``, with their pandas dtypes.
CONFLICT_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("conflict", "string"),
    ("kind", "string"),
    ("metric", "string"),
    ("event", "string"),
    ("event_label", "string"),
    ("event_kind", "string"),
    ("event_place", "string"),
    ("event_date", "datetime64[ns]"),
    ("claims", "list"),
    ("sources", "list"),
    ("explanation", "string"),
)

#: The column names of :meth:`Report.to_pandas` (kept for compatibility; see :data:`COLUMNS`).
PANDAS_COLUMNS: Tuple[str, ...] = tuple(name for name, _ in COLUMNS)

#: How list columns are joined in CSV and in Dask frames.
LIST_SEPARATOR = "; "

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _day(value: Any) -> Optional[str]:
    """A day-precise ISO date ("2023-07-28") or None (coarser TIMEX3 values such as "2023-07" or "2023-W30")."""
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text if _DAY.match(text) else None


def claim_row(claim: Claim, source_name: Optional[str] = None, published: Any = None,
              conflicts: Optional[Sequence[str]] = ()) -> Dict[str, Any]:
    """One claim as a row of :data:`COLUMNS` (plain Python values; :func:`frame` gives the dtypes).

    ``conflicts=None`` says the claim's conflicts are not known (Dask extraction compares nothing).
    """
    q = claim.quantity
    speaker = claim.speaker
    return {
        "claim": claim.id,
        "source": claim.source,
        "source_name": source_name,
        "published": _day(published),
        "event": claim.event.id,
        "event_label": event_label(claim.event),
        "event_kind": claim.event.kind,
        "event_place": claim.event.place,
        "metric": claim.metric,
        "qualifiers": list(claim.qualifiers),
        "low": _finite(q.low),
        "high": _finite(q.high),
        "unit": q.unit,
        "kind": q.kind,
        "text": q.text,
        "speaker": (speaker.name or speaker.role) if speaker else None,
        "speaker_role": speaker.role if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "via": [v.name or v.role or "?" for v in claim.via],
        "mode": claim.attribution.mode,
        "cue": claim.attribution.cue,
        "date": _day(claim.date),
        "date_value": claim.date,
        "stated": _day(claim.stated),
        "quote": claim.quote,
        "start": claim.span[0],
        "end": claim.span[1],
        "sentence": claim.sentence,
        "conflicts": None if conflicts is None else list(conflicts),
    }


def conflict_row(conflict: Conflict) -> Dict[str, Any]:
    """One conflict as a row of :data:`CONFLICT_COLUMNS`."""
    return {
        "conflict": conflict.id,
        "kind": conflict.kind,
        "metric": conflict.metric,
        "event": conflict.event.id,
        "event_label": event_label(conflict.event),
        "event_kind": conflict.event.kind,
        "event_place": conflict.event.place,
        "event_date": _day(conflict.event.date),
        "claims": [c.id for c in conflict.claims],
        "sources": list(dict.fromkeys(c.source for c in conflict.claims)),
        "explanation": conflict.explanation,
    }


def _finite(x: Optional[float]) -> Optional[float]:
    return None if x is None or x != x or x in (float("inf"), float("-inf")) else float(x)


def frame(pandas: Any, rows: Sequence[Dict[str, Any]], columns: Sequence[Tuple[str, str]] = COLUMNS,
          flat_lists: bool = False) -> "pandas.DataFrame":
    """A data frame of ``rows`` with ``columns``' names and dtypes; missing values as ``<NA>``/``NaT``.

    List columns hold Python lists, or with ``flat_lists=True`` strings joined by ``"; "`` (what
    Dask frames hold, so that they write to Parquet and read back with any pandas).
    """
    data: Dict[str, Any] = {}
    for name, dtype in columns:
        values = [row.get(name) for row in rows]
        if dtype == "list" and flat_lists:
            data[name] = pandas.Series([None if v is None else LIST_SEPARATOR.join(v) for v in values],
                                       dtype="object").astype("string")
        elif dtype == "list":
            data[name] = pandas.Series(values, dtype="object")
        elif dtype.startswith("datetime64"):
            data[name] = pandas.to_datetime(pandas.Series(values, dtype="object"), format="%Y-%m-%d",
                                            errors="coerce").astype(dtype)
        elif dtype == "Int64":
            data[name] = pandas.Series(values, dtype="Int64")
        elif dtype == "Float64":
            data[name] = pandas.Series([pandas.NA if v is None else v for v in values], dtype="Float64")
        else:
            data[name] = pandas.Series(values, dtype="object").astype(dtype)
    return pandas.DataFrame(data, columns=[name for name, _ in columns])


def json_schema() -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``claimdiff/1``, as shipped in the package (``claimdiff/schema/``)."""
    from importlib import resources

    text = resources.files("claimdiff").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: Dict[str, Any] = json.loads(text)
    return schema


# ---------------------------------------------------------------- reading claimdiff/1 back


class _Reader:
    """Builds a Report from ``claimdiff/1`` data; errors name the path ("claims[3].value.low")."""

    def __init__(self, data: Any) -> None:
        if not isinstance(data, Mapping):
            raise ValueError(f"a claimdiff/1 report is a JSON object, not {type(data).__name__}")
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} report (schema: {data.get('schema')!r})")
        self.data = data
        self.events: Dict[str, Event] = {}
        self.claims: Dict[str, Claim] = {}

    def report(self, cls: Any) -> "Report":
        data = self.data
        sources = tuple(self._source(item, f"sources[{i}]") for i, item in enumerate(self._list(data, "sources")))
        claims = tuple(self._claim(item, f"claims[{i}]") for i, item in enumerate(self._list(data, "claims")))
        dated = tuple(self._claim(item, f"date_claims[{i}]") for i, item in enumerate(self._list(data, "date_claims")))
        conflicts = tuple(self._conflict(item, f"conflicts[{i}]") for i, item in enumerate(self._list(data, "conflicts")))
        updates = tuple(self._update(item, f"updates[{i}]") for i, item in enumerate(self._list(data, "updates")))
        summaries = tuple(self._summary(item, f"summaries[{i}]") for i, item in enumerate(self._list(data, "summaries")))
        notes = tuple(self._str(note, f"notes[{i}]") for i, note in enumerate(self._list(data, "notes")))
        report: Report = cls(sources, claims, conflicts, updates, summaries, notes, dated)
        return report

    # -- checks
    @staticmethod
    def _list(data: Mapping[str, Any], key: str, where: str = "") -> List[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise ValueError(f"{where}{key} must be a list, not {type(value).__name__}")
        return value

    @staticmethod
    def _object(value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise ValueError(f"{where} must be an object, not {type(value).__name__}")
        return value

    @staticmethod
    def _str(value: Any, where: str, optional: bool = False) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise ValueError(f"{where} must be a string{' or null' if optional else ''}, not {json.dumps(value)}")
        return value

    @staticmethod
    def _number(value: Any, where: str) -> Optional[float]:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{where} must be a number or null, not {json.dumps(value)}")
        return float(value)

    @staticmethod
    def _span(value: Any, where: str, optional: bool = False) -> Any:
        if value is None and optional:
            return None
        if (not isinstance(value, list) or len(value) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)):
            raise ValueError(f"{where} must be [start, end], not {json.dumps(value)}")
        return (value[0], value[1])

    def _get(self, item: Mapping[str, Any], key: str, where: str) -> Any:
        if key not in item:
            raise ValueError(f"{where} has no {key!r}")
        return item[key]

    # -- parts
    def _source(self, item: Any, where: str) -> Source:
        item = self._object(item, where)
        try:
            return Source("", name=self._str(item.get("name"), f"{where}.name", True), published=item.get("published"),
                          published_at=item.get("published_at"),
                          id=self._str(item.get("id"), f"{where}.id", True))
        except (TypeError, ValueError) as error:
            raise ValueError(f"{where}: {error}") from None

    def _event(self, item: Any, where: str) -> Event:
        item = self._object(item, where)
        event_id = self._str(self._get(item, "id", where), f"{where}.id")
        places = self._list(item, "places", f"{where}.")
        event = Event(event_id, self._str(item.get("label", ""), f"{where}.label"), self._str(item.get("kind"), f"{where}.kind", True),
                      self._str(item.get("place"), f"{where}.place", True), self._str(item.get("date"), f"{where}.date", True),
                      tuple(self._str(p, f"{where}.places[{i}]") for i, p in enumerate(places)))
        known = self.events.setdefault(event_id, event)
        return known if known == event else event

    def _speaker(self, item: Any, where: str) -> Optional[Speaker]:
        if item is None:
            return None
        item = self._object(item, where)
        return Speaker(self._str(item.get("name"), f"{where}.name", True), self._str(item.get("role"), f"{where}.role", True),
                       self._str(item.get("kind", "person"), f"{where}.kind"), self._str(item.get("entity"), f"{where}.entity", True))

    def _identity(self, item: Any, where: str) -> Optional[Identity]:
        if item is None:
            return None
        item = self._object(item, where)
        known = {f.name for f in dataclasses.fields(Identity)}
        values = {key: value for key, value in item.items() if key in known}
        if "modifiers" in values:
            values["modifiers"] = tuple(self._list(item, "modifiers", f"{where}."))
        if "what" not in values:
            values["what"] = None
        try:
            return Identity(**values)
        except TypeError as error:
            raise ValueError(f"{where}: {error}") from None

    def _claim(self, item: Any, where: str) -> Claim:
        item = self._object(item, where)
        claim_id = self._str(self._get(item, "id", where), f"{where}.id")
        value = self._object(self._get(item, "value", where), f"{where}.value")
        span = self._span(self._get(item, "span", where), f"{where}.span")
        low = self._number(value.get("low"), f"{where}.value.low")
        high = self._number(value.get("high"), f"{where}.value.high")
        kind = self._str(value.get("kind", "exact"), f"{where}.value.kind")
        text = self._str(value.get("text", item.get("quote", "")), f"{where}.value.text")
        quantity = Quantity(_stated_value(text, kind, low, high), low, high, kind,
                            self._str(value.get("unit"), f"{where}.value.unit", True), None, span, text)
        via = tuple(Speaker(self._str(name, f"{where}.via[{i}]", True)) for i, name in enumerate(self._list(item, "via", f"{where}.")))
        attribution = Attribution(self._speaker(item.get("speaker"), f"{where}.speaker"), via,
                                  self._str(item.get("mode", "unattributed"), f"{where}.mode"),
                                  self._str(item.get("cue"), f"{where}.cue", True),
                                  self._span(item.get("attribution_span"), f"{where}.attribution_span", True))
        claim = Claim(
            id=claim_id,
            source=self._str(self._get(item, "source", where), f"{where}.source"),
            quantity=quantity,
            metric=self._str(item.get("metric"), f"{where}.metric", True),
            qualifiers=tuple(self._str(q, f"{where}.qualifiers[{i}]") for i, q in enumerate(self._list(item, "qualifiers", f"{where}."))),
            attribution=attribution,
            event=self._event(self._get(item, "event", where), f"{where}.event"),
            date=self._str(item.get("date"), f"{where}.date", True),
            quote=self._str(item.get("quote", text), f"{where}.quote"),
            span=span,
            sentence=self._str(item.get("sentence", ""), f"{where}.sentence"),
            sentence_span=self._span(item.get("sentence_span"), f"{where}.sentence_span", True),
            stated=self._str(item.get("stated"), f"{where}.stated", True),
            identity=self._identity(item.get("identity"), f"{where}.identity"),
            outlet=self._str(item.get("outlet"), f"{where}.outlet", True),
            reported=self._str(item.get("reported"), f"{where}.reported", True),
        )
        if claim_id in self.claims:
            raise ValueError(f"{where}: claim id {claim_id!r} is given twice")
        self.claims[claim_id] = claim
        return claim

    def _claim_ids(self, item: Mapping[str, Any], where: str) -> Tuple[Claim, ...]:
        found = []
        for i, claim_id in enumerate(self._list(item, "claims", f"{where}.")):
            claim = self.claims.get(claim_id) if isinstance(claim_id, str) else None
            if claim is None:
                raise ValueError(f"{where}.claims[{i}]: no claim {json.dumps(claim_id)} in the report")
            found.append(claim)
        return tuple(found)

    def _event_ref(self, value: Any, where: str) -> Event:
        """An event given as an object, or (the older form of updates and summaries) as an id."""
        if isinstance(value, str):
            known = self.events.get(value)
            return known if known is not None else Event(value, value)
        return self._event(value, where)

    def _conflict(self, item: Any, where: str) -> Conflict:
        item = self._object(item, where)
        return Conflict(self._str(self._get(item, "id", where), f"{where}.id"), self._str(item.get("metric", ""), f"{where}.metric"),
                        self._event(self._get(item, "event", where), f"{where}.event"), self._claim_ids(item, where),
                        self._str(item.get("kind", "contradiction"), f"{where}.kind"),
                        self._str(item.get("explanation", ""), f"{where}.explanation"))

    def _update(self, item: Any, where: str) -> Judgement:
        item = self._object(item, where)
        claims = self._claim_ids(item, where)
        if len(claims) != 2:
            raise ValueError(f"{where}.claims must hold two claim ids (earlier, later), not {len(claims)}")
        first, second = claims
        event = self._event_ref(item.get("event", first.event.id), f"{where}.event")
        if event != first.event:
            first = dataclasses.replace(first, event=event)
        return Judgement("update", first, second, self._str(item.get("explanation", ""), f"{where}.explanation"))

    def _summary(self, item: Any, where: str) -> Summary:
        item = self._object(item, where)
        return Summary(self._event_ref(self._get(item, "event", where), f"{where}.event"),
                       self._str(item.get("metric", ""), f"{where}.metric"),
                       self._number(item.get("min"), f"{where}.min"), self._number(item.get("max"), f"{where}.max"),
                       self._claim_ids(item, where))


def _stated_value(text: str, kind: str, low: Optional[float], high: Optional[float]) -> Optional[float]:
    """The figure a claim states (JSON keeps its interval): read again from its text, else from the interval."""
    if kind == "vague":
        return None
    if kind in ("exact", "at_least", "more_than", "range"):
        return low if low is not None else high
    if kind in ("at_most", "less_than"):
        return high
    try:  # "about 3,000" is [2,700, 3,300]: its figure is in its text
        from .numbers import quantities

        for quantity in quantities(text):
            if quantity.text == text and quantity.low == low and quantity.high == high:
                return quantity.value
    except Exception:  # noqa: BLE001 - a text that cannot be read again keeps no figure
        pass
    return None


# Scoped to .claimdiff-report; selectors are specific enough to win over notebook defaults
# (JupyterLab right-aligns cells, fixes table layout and stripes rows).  Colours are
# translucent so that light and dark themes both read; <mark> sets its own text colour.
# Headings are divs, not <h*>, so that a report does not add entries to a notebook's contents.
_CSS = """
.claimdiff-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:13px;line-height:1.45;color:inherit;margin:.25em 0 .75em;max-width:100%;box-sizing:border-box;overflow-wrap:anywhere}
.claimdiff-report .cd-scroll{overflow-x:auto;max-width:100%}
.claimdiff-report .cd-top{display:flex;flex-wrap:wrap;align-items:baseline;gap:.75em;margin:0 0 .5em}
.claimdiff-report .cd-brand{font-weight:700;font-size:1.2em;letter-spacing:.01em}
.claimdiff-report .cd-stats{opacity:.85}
.claimdiff-report .cd-alert{color:#c92a2a;font-weight:600}
.claimdiff-report .cd-ok{color:#2b8a3e;font-weight:600}
.claimdiff-report .cd-sources{margin:0 0 .75em}
.claimdiff-report .cd-chip{display:inline-block;margin:0 .35em .25em 0;padding:.05em .55em;border:1px solid rgba(127,127,127,.4);border-radius:999px;font-size:.9em}
.claimdiff-report .cd-none{margin:.5em 0}
.claimdiff-report .cd-conflict{border:1px solid rgba(127,127,127,.3);border-left:4px solid #e03131;border-radius:6px;padding:.55em .75em .35em;margin:0 0 1em;background:rgba(224,49,49,.035)}
.claimdiff-report .cd-kind-subset{border-left-color:#f08c00;background:rgba(240,140,0,.04)}
.claimdiff-report .cd-kind-correction{border-left-color:#1c7ed6;background:rgba(28,126,214,.04)}
.claimdiff-report .cd-heading{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5em;margin:0 0 .45em}
.claimdiff-report .cd-badge{display:inline-block;padding:.1em .55em;border-radius:999px;background:#e03131;color:#fff;font-size:.75em;font-weight:700;text-transform:uppercase;letter-spacing:.05em}
.claimdiff-report .cd-kind-subset .cd-badge{background:#e67700}
.claimdiff-report .cd-kind-correction .cd-badge{background:#1971c2}
.claimdiff-report .cd-badge.cd-small{font-size:.65em;margin-left:.4em;vertical-align:.15em;white-space:nowrap;overflow-wrap:normal}
.claimdiff-report .cd-metric{font-weight:700;font-size:1.1em}
.claimdiff-report .cd-event{opacity:.8}
.claimdiff-report .cd-id{margin-left:auto;opacity:.5;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
.claimdiff-report table.cd-table{border-collapse:collapse;border:none;width:100%;table-layout:auto;margin:0 0 .4em;font-size:1em;color:inherit}
.claimdiff-report table.cd-table th,.claimdiff-report table.cd-table td{text-align:left;vertical-align:top;padding:.4em .5em;border:none;border-bottom:1px solid rgba(127,127,127,.25);white-space:normal;overflow-wrap:break-word;background:transparent}
.claimdiff-report table.cd-table thead th{font-size:.75em;font-weight:700;text-transform:uppercase;letter-spacing:.06em;opacity:.7;border-bottom:2px solid rgba(127,127,127,.4)}
.claimdiff-report table.cd-table tbody tr,.claimdiff-report table.cd-table tbody tr:nth-child(odd),.claimdiff-report table.cd-table tbody tr:nth-child(even){background:transparent}
.claimdiff-report table.cd-table tbody tr:hover{background:rgba(127,127,127,.08)}
.claimdiff-report table.cd-table td.cd-fig{font-weight:700;font-size:1.2em;overflow-wrap:normal;font-variant-numeric:tabular-nums}
.claimdiff-report .cd-val{display:block;font-weight:400;font-size:.7em;opacity:.65}
.claimdiff-report table.cd-table td.cd-when,.claimdiff-report table.cd-table td.cd-n{white-space:nowrap}
.claimdiff-report table.cd-table .cd-n{text-align:right;font-variant-numeric:tabular-nums}
.claimdiff-report table.cd-summary td.cd-m,.claimdiff-report table.cd-summary td.cd-n{width:1%;padding-right:1.2em}
.claimdiff-report .cd-q{display:inline-block;padding:0 .4em;border-radius:3px;background:rgba(127,127,127,.18);font-size:.85em}
.claimdiff-report .cd-name{font-weight:600}
.claimdiff-report .cd-role{display:block;font-size:.85em;opacity:.7}
.claimdiff-report table.cd-table td.cd-quote{min-width:8em;max-width:46em;overflow-wrap:anywhere}
.claimdiff-report table.cd-table td.cd-who,.claimdiff-report table.cd-table td.cd-src{min-width:5.5em;overflow-wrap:anywhere}
.claimdiff-report table.cd-table td.cd-via{min-width:2.5em;overflow-wrap:anywhere}
.claimdiff-report table.cd-table:not(.cd-summary) td.cd-m{min-width:4.5em;overflow-wrap:anywhere}
.claimdiff-report table.cd-summary td:last-child{overflow-wrap:anywhere}
.claimdiff-report mark{background:#ffd43b;color:#1a1a1a;padding:0 .2em;border-radius:3px;font-weight:700}
.claimdiff-report .cd-why{margin:.2em 0 .3em;font-style:italic;opacity:.9}
.claimdiff-report .cd-section{font-weight:700;font-size:1.05em;margin:1em 0 .4em}
.claimdiff-report .cd-dim{opacity:.6;font-weight:400}
.claimdiff-report table.cd-table tr.cd-eventrow th{font-size:.95em;font-weight:700;text-transform:none;letter-spacing:0;opacity:1;padding-top:.7em;border-bottom:1px solid rgba(127,127,127,.4)}
.claimdiff-report table.cd-table tr.cd-hot td{background:rgba(224,49,49,.05)}
.claimdiff-report ol.cd-figs{margin:0;padding-left:1.4em}
.claimdiff-report ol.cd-figs li{margin:0 0 .1em}
.claimdiff-report .cd-figure{font-variant-numeric:tabular-nums}
.claimdiff-report .cd-date{font-size:.85em;opacity:.65;font-variant-numeric:tabular-nums;margin-left:.25em;white-space:nowrap}
.claimdiff-report ul.cd-updates{margin:0 0 .5em;padding-left:1.4em}
.claimdiff-report .cd-note{margin:.3em 0;font-size:.9em;font-style:italic;opacity:.75}
""".strip().replace("\n", "")  # noqa: E501 - one CSS rule a line

_ANSI = {
    "bold": "\x1b[1m", "dim": "\x1b[2m", "red": "\x1b[1;31m", "yellow": "\x1b[1;33m", "blue": "\x1b[1;34m",
    "figure": "\x1b[1;36m", "mark": "\x1b[1;4m",
}
_RESET = "\x1b[0m"
_KIND_COLOUR = {"contradiction": "red", "subset": "yellow", "correction": "blue"}
#: C0/C1 control characters (ESC among them): never passed to a terminal from the input.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
#: Markdown punctuation that could change the meaning of a cell.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


class _Paint:
    """ANSI styling when on, the text unchanged when off."""

    def __init__(self, on: bool) -> None:
        self.on = bool(on)

    def __call__(self, style: str, text: str) -> str:
        if not self.on or not text:
            return text
        return f"{_ANSI[style]}{text}{_RESET}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _num(x: Optional[float]) -> str:
    """A number for reading: thousands grouped (1,200), no trailing .0; empty for none or infinity."""
    if x is None or x in (float("inf"), float("-inf")) or x != x:
        return ""
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) < 1e15 else f"{x:g}"


def _range(low: Optional[float], high: Optional[float]) -> str:
    lo, hi = _num(low), _num(high)
    if lo and hi:
        return lo if lo == hi else f"{lo} to {hi}"
    if lo:
        return f"{lo} or more"
    if hi:
        return f"up to {hi}"
    return "-"


def _by_event(summaries: Sequence["Summary"]) -> List[Tuple[str, List["Summary"]]]:
    """Summaries grouped by event, events in order of first appearance."""
    groups: Dict[str, Tuple[str, List["Summary"]]] = {}
    for summary in summaries:
        groups.setdefault(summary.event.id, (event_label(summary.event), []))[1].append(summary)
    return list(groups.values())


def _figure_text(claim: Claim) -> str:
    return _flat(claim.quantity.text)


def _metric(claim: Claim) -> str:
    return ", ".join([claim.metric or ""] + list(claim.qualifiers)).strip(", ")


def _interval(claim: Claim) -> str:
    """The interval a figure asserts: "= 4", "36–40", "≥ 3", "> 1,200", with its unit; empty when none."""
    q = claim.quantity
    lo, hi = _num(q.low), _num(q.high)
    if lo and hi:
        shown = f"= {lo}" if lo == hi else f"{lo}–{hi}"
    elif lo:
        shown = f"> {lo}" if q.kind == "more_than" else f"≥ {lo}"
    elif hi:
        shown = f"< {hi}" if q.kind == "less_than" else f"≤ {hi}"
    else:
        return ""
    return f"{shown} {q.unit}" if q.unit else shown


def _derived(claim: Claim) -> bool:
    """Whether the bounds come from the wording ("about 3,000" -> 2,700–3,300; "several" -> 3 or more), not from figures given."""
    q = claim.quantity
    if q.kind in ("approximate", "vague"):
        return True
    bounds = [x for x in (q.low, q.high) if x is not None]
    return bool(bounds) and any(x not in _given_figures(claim) for x in bounds)


def _value(claim: Claim) -> str:
    """The interval a figure asserts, when it reads differently from the figure; "read as ..." when the wording implies it."""
    shown = _interval(claim)
    if not shown:
        return ""
    q = claim.quantity
    lo, hi = _num(q.low), _num(q.high)
    written = _flat(q.text).replace(",", "")
    if lo == hi and re.search(r"(?<![\d.])" + re.escape(lo.replace(",", "")) + r"(?![\d]|\.\d)", written):
        return ""  # the number is written out already ("14", "1,500", "3.5 km")
    bare = shown[: -len(q.unit) - 1] if q.unit else shown
    if bare.replace(",", "") == written or bare.replace(",", "").replace(" ", "") == written:
        return ""
    return f"read as {shown}" if _derived(claim) else shown


def _given_figures(claim: Claim) -> Tuple[float, ...]:
    """The numbers a figure states: 3,000 for "about 3,000", 30 and 40 for "30 to 40", none for "several"."""
    q = claim.quantity
    if q.kind == "vague":
        return ()
    if q.kind == "range":
        return tuple(x for x in (q.low, q.high) if x is not None)
    if q.value is not None:
        return (q.value,)
    if q.kind == "exact":
        return tuple(dict.fromkeys(x for x in (q.low, q.high) if x is not None))
    return ()


def _given(summary: "Summary") -> Tuple[Optional[float], Optional[float]]:
    """The lowest and highest figure someone gave for a summary's metric (never a bound derived from wording)."""
    given = [x for claim in summary.claims for x in _given_figures(claim)]
    return (min(given), max(given)) if given else (None, None)


def event_label(event: Event) -> str:
    """An event's label for reading: never "report" for what the text calls a flood, a blast, a crash...

    The label is made when an event is first read; when its kind is learnt later, the
    placeholder "report" gives way to the kind, else to "event".
    """
    label = event.label or ""
    head, _, rest = label.partition(" ")
    if head.casefold() == "report" or not label:
        kind = event.kind if event.kind and event.kind.casefold() != "report" else "event"
        return f"{kind} {rest}".strip()
    return label


def _who(claim: Claim, names: Optional[Dict[str, Optional[str]]] = None) -> str:
    speaker = claim.speaker
    if speaker is None:
        outlet = (names or {}).get(claim.source)
        return f"{outlet} (own voice)" if outlet else "(the outlet)"
    name = speaker.name or speaker.role or "(unnamed)"
    if speaker.name and speaker.role and speaker.role.casefold() != speaker.name.casefold():
        return f"{name}, {speaker.role}"
    return name


def _who_html(claim: Claim, names: Dict[str, Optional[str]]) -> str:
    speaker = claim.speaker
    if speaker is None:
        outlet = names.get(claim.source)
        label = outlet or "the outlet"
        return f'<span class="cd-name">{_h(label)}</span><span class="cd-role">own voice, no speaker named</span>'
    name = speaker.name or speaker.role or "(unnamed)"
    role = speaker.role if speaker.role and speaker.role.casefold() != name.casefold() else None
    if speaker.kind == "unnamed":
        role = "unnamed source"
    return f'<span class="cd-name">{_h(name)}</span>' + (f'<span class="cd-role">{_h(role)}</span>' if role else "")


def _via(claim: Claim) -> str:
    return " → ".join(v.name or v.role or "?" for v in claim.via)


def _source_label(claim: Claim, names: Dict[str, Optional[str]]) -> str:
    return names.get(claim.source) or claim.source


def _source_line(source: Source) -> str:
    label = source.name or source.id or "(unnamed)"
    when = time_text(source.published_at) or (source.published.isoformat() if source.published else None)
    return f"{label}, {when}" if when else label


def _source_dict(source: Source) -> Dict[str, Any]:
    """A source as JSON: ``published_at`` only when a time was given (an optional field of ``claimdiff/1``)."""
    out: Dict[str, Any] = {"id": source.id, "name": source.name,
                           "published": source.published.isoformat() if source.published else None}
    if source.published_at is not None:
        out["published_at"] = time_text(source.published_at)
    return out


def _offset(claim: Claim) -> int:
    """Where the figure sits inside its sentence (sentence text is a slice of the source)."""
    if claim.sentence_span is not None:
        at = claim.span[0] - claim.sentence_span[0]
        if claim.sentence[at:at + len(claim.quote)] == claim.quote:
            return at
    return claim.sentence.find(claim.quote) if claim.quote else -1


def _split(claim: Claim) -> Tuple[str, str, str]:
    """The sentence as (before, figure, after), whitespace collapsed; figure empty when not found."""
    at = _offset(claim)
    if at < 0:
        return _flat(claim.sentence), "", ""
    before = _SPACES.sub(" ", claim.sentence[:at]).lstrip()
    after = _SPACES.sub(" ", claim.sentence[at + len(claim.quote):]).rstrip()
    return before, _flat(claim.quote), after


def _excerpt_terminal(claim: Claim, paint: _Paint, width: int = 100) -> str:
    """The sentence, cut to ``width`` around the figure, the figure highlighted when colour is on."""
    before, figure, after = (_t(part) for part in _split(claim))
    room = max(width - len(figure), 10)
    if len(before) + len(after) > room:
        keep_before = min(len(before), max(room // 3, room - len(after)))
        keep_after = room - keep_before
        if keep_before < len(before):
            before = "\u2026" + before[len(before) - keep_before + 1:]
        if keep_after < len(after):
            after = after[: max(keep_after - 1, 0)] + "\u2026"
    return before + paint("mark", figure) + after


def _highlight_md(claim: Claim) -> str:
    before, figure, after = _split(claim)
    if not figure:
        return _md(before)
    return f"{_md(before, strip=False)}**{_md(figure)}**{_md(after, strip=False)}"


def _highlight_html(claim: Claim) -> str:
    before, figure, after = _split(claim)
    if not figure:
        return _h(before)
    return f"{_h(before)}<mark>{_h(figure)}</mark>{_h(after)}"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _t(text: str) -> str:
    """One line of terminal text: whitespace collapsed, control characters (ESC...) replaced."""
    return _CONTROL.sub("\ufffd", _SPACES.sub(" ", text))


def _md(text: str, strip: bool = True) -> str:
    """Text for a Markdown table cell: one line, punctuation that Markdown would read escaped."""
    flat = _CONTROL.sub("\ufffd", _SPACES.sub(" ", text))
    return _MD_SPECIAL.sub(r"\\\1", flat.strip() if strip else flat)


def _css_word(text: str) -> str:
    return re.sub(r"[^a-z0-9-]", "-", text.lower())


def _h(text: str) -> str:
    return html.escape(_CONTROL.sub("\ufffd", text), quote=True)
