"""The Report: claims, conflicts, updates and summaries, as data and as text.

``to_dict``/``to_json`` give the documented ``claimdiff/1`` schema (docs/schema.md);
``to_table`` a terminal table, ``to_markdown`` Markdown, ``_repr_html_`` a
notebook table.  Rendering never changes the data.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, List, Sequence, Tuple

from .types import Claim, Conflict, Source

if TYPE_CHECKING:  # pragma: no cover
    from .compare import Judgement, Summary

SCHEMA = "claimdiff/1"


@dataclass(frozen=True)
class Report:
    """What :func:`claimdiff.check` found."""

    sources: Tuple[Source, ...]
    claims: Tuple[Claim, ...]
    conflicts: Tuple[Conflict, ...]
    updates: Tuple["Judgement", ...] = ()
    summaries: Tuple["Summary", ...] = ()
    notes: Tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"<Report {len(self.sources)} source(s), {len(self.claims)} claim(s), {len(self.conflicts)} conflict(s)>"

    # ------------------------------------------------------------ data
    def to_dict(self) -> dict:
        return {
            "schema": SCHEMA,
            "sources": [
                {"id": s.id, "name": s.name, "published": s.published.isoformat() if s.published else None}
                for s in self.sources
            ],
            "claims": [c.to_dict() for c in self.claims],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "updates": [
                {"metric": u.first.metric, "event": u.first.event.id, "claims": [u.first.id, u.second.id], "explanation": u.reason}
                for u in self.updates
            ],
            "summaries": [s.to_dict() for s in self.summaries],
            "notes": list(self.notes),
        }

    def to_json(self, indent: Any = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_pandas(self):
        """One row per claim (columns in ``PANDAS_COLUMNS``); needs the ``pandas`` extra."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install 'claimdiff[pandas]'") from None
        names = self._source_names()
        in_conflict: dict = {}
        for conflict in self.conflicts:
            for claim in conflict.claims:
                in_conflict.setdefault(claim.id, []).append(conflict.id)
        rows = []
        for claim in self.claims:
            d = claim.to_dict()
            speaker = d["speaker"] or {}
            rows.append(
                {
                    "id": d["id"], "source": d["source"], "source_name": names.get(claim.source),
                    "event": d["event"]["label"], "metric": d["metric"], "qualifiers": ", ".join(d["qualifiers"]),
                    "low": d["value"]["low"], "high": d["value"]["high"], "unit": d["value"]["unit"],
                    "kind": d["value"]["kind"], "text": d["value"]["text"],
                    "speaker": speaker.get("name"), "speaker_role": speaker.get("role"), "speaker_kind": speaker.get("kind"),
                    "via": ", ".join(v for v in d["via"] if v), "mode": d["mode"], "date": d["date"],
                    "quote": d["quote"], "sentence": d["sentence"], "conflicts": ", ".join(in_conflict.get(claim.id, ())),
                }
            )
        return pandas.DataFrame(rows, columns=list(PANDAS_COLUMNS))

    # ------------------------------------------------------------ text
    def to_table(self) -> str:
        """A plain-text report of the conflicts, for a terminal."""
        lines: List[str] = []
        if not self.conflicts:
            lines.append(f"No conflicts among {len(self.claims)} claim(s) from {len(self.sources)} source(s).")
        for conflict in self.conflicts:
            lines.append(f"CONFLICT {conflict.id} [{conflict.kind}] {conflict.metric} - {conflict.event.label}")
            rows = [("figure", "who", "via", "date", "quote")]
            for claim in conflict.claims:
                rows.append((_figure(claim), _who(claim), _via(claim), claim.date or "", _sentence_excerpt(claim)))
            widths = [max(len(r[i]) for r in rows) for i in range(4)]
            for row in rows:
                lines.append("  " + "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4])
            lines.append(f"  why: {conflict.explanation}")
            lines.append("")
        for note in self.notes:
            lines.append(f"note: {note}")
        return "\n".join(lines).rstrip() + "\n"

    def to_markdown(self) -> str:
        out: List[str] = [f"# claimdiff report\n\n{len(self.sources)} source(s), {len(self.claims)} claim(s), {len(self.conflicts)} conflict(s).\n"]
        for conflict in self.conflicts:
            out.append(f"## {conflict.metric}: {conflict.kind} ({conflict.event.label})\n")
            out.append("| figure | who | via | date | quote |\n|---|---|---|---|---|")
            for claim in conflict.claims:
                out.append(f"| {_md(_figure(claim))} | {_md(_who(claim))} | {_md(_via(claim))} | {claim.date or ''} | {_md(_highlight_md(claim))} |")
            out.append(f"\n{conflict.explanation}\n")
        if self.summaries:
            out.append("## Figures by event and metric\n")
            out.append("| event | metric | min | max | figures in order |\n|---|---|---|---|---|")
            for summary in self.summaries:
                figures = "; ".join(f"{c.quantity.text} ({_who(c)})" for c in summary.claims)
                out.append(f"| {_md(summary.event.label)} | {_md(summary.metric)} | {_num(summary.low)} | {_num(summary.high)} | {_md(figures)} |")
        for note in self.notes:
            out.append(f"\n> {note}")
        return "\n".join(out).rstrip() + "\n"

    def _repr_html_(self) -> str:
        parts: List[str] = [
            '<div class="claimdiff-report">',
            f"<p><b>claimdiff</b>: {len(self.sources)} source(s), {len(self.claims)} claim(s), {len(self.conflicts)} conflict(s).</p>",
        ]
        for conflict in self.conflicts:
            parts.append(f"<h4>{_h(conflict.metric)}: {_h(conflict.kind)} <small>({_h(conflict.event.label)})</small></h4>")
            parts.append('<table class="claimdiff-conflict"><thead><tr><th>figure</th><th>who</th><th>via</th><th>when</th><th>quote</th></tr></thead><tbody>')
            for claim in conflict.claims:
                parts.append(
                    f"<tr><td>{_h(_figure(claim))}</td><td>{_h(_who(claim))}</td><td>{_h(_via(claim))}</td>"
                    f"<td>{_h(claim.date or '')}</td><td>{_highlight_html(claim)}</td></tr>"
                )
            parts.append(f"</tbody></table><p>{_h(conflict.explanation)}</p>")
        if self.summaries:
            parts.append('<table class="claimdiff-summary"><thead><tr><th>event</th><th>metric</th><th>min</th><th>max</th><th>figures</th></tr></thead><tbody>')
            for summary in self.summaries:
                figures = "; ".join(f"{c.quantity.text} ({_who(c)})" for c in summary.claims)
                parts.append(f"<tr><td>{_h(summary.event.label)}</td><td>{_h(summary.metric)}</td><td>{_num(summary.low)}</td><td>{_num(summary.high)}</td><td>{_h(figures)}</td></tr>")
            parts.append("</tbody></table>")
        for note in self.notes:
            parts.append(f"<p><i>{_h(note)}</i></p>")
        parts.append("</div>")
        return "\n".join(parts)


def _num(x) -> str:
    if x is None or x == float("inf"):
        return ""
    return str(int(x)) if x == int(x) else f"{x:g}"


def _figure(claim: Claim) -> str:
    qualifiers = " ".join(claim.qualifiers)
    return f"{claim.quantity.text}{' ' + qualifiers if qualifiers else ''}"


def _who(claim: Claim) -> str:
    speaker = claim.speaker
    if speaker is None:
        return "(outlet)"
    name = speaker.name or speaker.role or "(unnamed)"
    return f"{name}, {speaker.role}" if speaker.name and speaker.role else name


def _via(claim: Claim) -> str:
    return ", ".join(v.name or v.role or "?" for v in claim.via)


def _sentence_excerpt(claim: Claim, width: int = 90) -> str:
    sentence = " ".join(claim.sentence.split())
    return sentence if len(sentence) <= width else sentence[: width - 1] + "\u2026"


def _offset(claim: Claim) -> int:
    """Where the figure sits inside its sentence (sentence text is a slice of the source)."""
    if claim.sentence_span is None:
        return claim.sentence.find(claim.quote)
    return claim.span[0] - claim.sentence_span[0]


def _highlight_md(claim: Claim) -> str:
    at = _offset(claim)
    if at < 0:
        return claim.sentence
    return f"{claim.sentence[:at]}**{claim.quote}**{claim.sentence[at + len(claim.quote):]}"


def _highlight_html(claim: Claim) -> str:
    at = _offset(claim)
    if at < 0:
        return _h(claim.sentence)
    return f"{_h(claim.sentence[:at])}<mark>{_h(claim.quote)}</mark>{_h(claim.sentence[at + len(claim.quote):])}"


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _h(text: str) -> str:
    return html.escape(text, quote=True)
