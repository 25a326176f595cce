"""The extraction in its text: one source's article with every figure, speaker, cue and date claim marked.

    >>> from claimdiff.view import TextView
    >>> view = TextView(report, "s1")     # in a notebook, shown as the article with its marks
    >>> html = report.to_html_text("s1")  # the same HTML fragment, as a string

Like displaCy's entity view: each figure is highlighted where it stands, with a label
(metric, speaker, conflicts) and a tooltip (``title``) giving the value read from it,
the speaker, the cue, the event and the date; the speaker's words and the reporting
cue are underlined (the cue solidly), each with a label naming the speaker; claims
about the day an event happened are marked in another colour; conflicts are listed
under the text and linked to their claims, and each claim to its conflicts (anchors
inside the fragment).  Every piece of input is HTML-escaped; there is no script and
no external resource, and the CSS is inline and scoped to ``.claimdiff-text``.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple

from .types import Claim, Conflict, Source

if TYPE_CHECKING:  # pragma: no cover
    from .report import Report

__all__ = ["TextView", "text_view"]


def text_view(report: "Report", source: Optional[str] = None) -> str:
    """The HTML fragment of one source's text with its extraction marked (see :class:`TextView`)."""
    return TextView(report, source).html


class TextView:
    """One source of a report, shown as its text with the extraction marked.

    ``source`` is a source id (``"s1"``) or name (``"ANI"``); it may be left out
    when the report has one source.  The report must hold the source's text, as
    reports from :func:`claimdiff.check` do (reports from ``check_many``, Dask or
    JSON keep no texts).  ``html`` (also ``_repr_html_()``, which notebooks show)
    is a self-contained fragment.
    """

    def __init__(self, report: "Report", source: Optional[str] = None) -> None:
        self.report = report
        self.source = _pick_source(report, source)
        claims = [c for c in report.claims if c.source == self.source.id]
        dated = [c for c in report.date_claims if c.source == self.source.id]
        if not self.source.text and (claims or dated):
            raise ValueError(
                f"the report holds no text for source {self.source.id!r}: reports from check_many, Dask or JSON "
                "keep no texts; use claimdiff.check() to see the extraction in its text"
            )
        self.claims: Tuple[Claim, ...] = tuple(claims)
        self.date_claims: Tuple[Claim, ...] = tuple(dated)
        ids = {c.id for c in claims + dated}
        self.conflicts: Tuple[Conflict, ...] = tuple(x for x in report.conflicts if any(c.id in ids for c in x.claims))

    def __repr__(self) -> str:
        label = self.source.name or self.source.id
        return (f"<TextView {label}: {len(self.claims)} figure(s), {len(self.date_claims)} date claim(s), "
                f"{len(self.conflicts)} conflict(s)>")

    def _repr_html_(self) -> str:
        return self.html

    @property
    def html(self) -> str:
        return _Renderer(self).render()


def _pick_source(report: "Report", wanted: Optional[str]) -> Source:
    if not report.sources:
        raise ValueError("the report has no sources")
    if wanted is None:
        if len(report.sources) > 1:
            choices = ", ".join(repr(s.id) for s in report.sources[:10])
            raise ValueError(f"the report has {len(report.sources)} sources; say which one to show ({choices})")
        return report.sources[0]
    if not isinstance(wanted, str):
        raise TypeError(f"source must be a source id or name (str), not {type(wanted).__name__}")
    for source in report.sources:
        if source.id == wanted:
            return source
    named = [s for s in report.sources if s.name == wanted]
    if len(named) == 1:
        return named[0]
    if named:
        raise ValueError(f"{len(named)} sources are named {wanted!r}; give a source id ({', '.join(str(s.id) for s in named)})")
    raise ValueError(f"no source {wanted!r} in the report (ids: {', '.join(str(s.id) for s in report.sources[:10])})")


# ---------------------------------------------------------------- layout


@dataclass
class _Mark:
    """One highlighted stretch: the figure (or figures, when they overlap) standing there."""

    start: int
    end: int
    claims: List[Claim] = field(default_factory=list)


@dataclass
class _Voice:
    """One underlined stretch: a speaker and reporting cue (several claims may share it)."""

    start: int
    end: int
    anchor: str = ""
    claims: List[Claim] = field(default_factory=list)


def _unions(spans: Sequence[Tuple[int, int, Claim]]) -> List[Tuple[int, int, List[Claim]]]:
    """Overlapping spans joined, in text order."""
    out: List[Tuple[int, int, List[Claim]]] = []
    for start, end, claim in sorted(spans, key=lambda s: (s[0], s[1])):
        if out and start < out[-1][1]:
            last = out[-1]
            out[-1] = (last[0], max(last[1], end), last[2] + [claim])
        else:
            out.append((start, end, [claim]))
    return out


def _cue_span(text: str, claim: Claim) -> Optional[Tuple[int, int]]:
    """Where the reporting cue stands inside the attribution span (its last occurrence), if it is written there."""
    attribution = claim.attribution
    if attribution.span is None or not attribution.cue:
        return None
    start, end = attribution.span
    stretch = text[start:end].casefold()
    for cue in (attribution.cue, attribution.cue.split()[0]):
        at = _word_find(stretch, cue.casefold())
        if at >= 0:
            return start + at, start + at + len(cue)
    return None


def _word_find(haystack: str, needle: str) -> int:
    found = -1
    for match in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack):
        found = match.start()
    return found


class _Renderer:
    def __init__(self, view: TextView) -> None:
        from . import report as report_module  # the shared escaping and wording of the report's renderings

        self.r = report_module
        self.view = view
        self.text = view.source.text
        self.prefix = _prefix(view.source.id or "s")
        self.names = {s.id: s.name for s in view.report.sources if s.id is not None}
        self.conflicts_of: Dict[str, List[Conflict]] = {}
        for conflict in view.report.conflicts:
            for claim in conflict.claims:
                self.conflicts_of.setdefault(claim.id, []).append(conflict)
        self.unplaced: List[Claim] = []
        self.marks = self._marks()
        self.voices, self.voice_of = self._voices()
        self.cues = self._cues()

    # -- placing
    def _fits(self, span: Tuple[int, int], quote: Optional[str] = None) -> bool:
        start, end = span
        if not (0 <= start < end <= len(self.text)):
            return False
        return quote is None or self.text[start:end] == quote

    def _marks(self) -> List[_Mark]:
        spans = []
        for claim in self.view.claims + self.view.date_claims:
            if self._fits(claim.span, claim.quote):
                spans.append((claim.span[0], claim.span[1], claim))
            else:
                self.unplaced.append(claim)
        return [_Mark(start, end, claims) for start, end, claims in _unions(spans)]

    def _voices(self) -> Tuple[List[_Voice], Dict[str, str]]:
        spans = []
        for claim in self.view.claims + self.view.date_claims:
            span = claim.attribution.span
            if span is not None and self._fits(span):
                spans.append((span[0], span[1], claim))
        voices = []
        owner: Dict[str, str] = {}
        for number, (start, end, claims) in enumerate(_unions(spans), 1):
            voice = _Voice(start, end, f"{self.prefix}-a{number}", claims)
            voices.append(voice)
            for claim in claims:
                owner[claim.id] = voice.anchor
        return voices, owner

    def _cues(self) -> List[Tuple[int, int]]:
        spans = []
        for claim in self.view.claims + self.view.date_claims:
            found = _cue_span(self.text, claim)
            if found is not None:
                spans.append((found[0], found[1], claim))
        return [(start, end) for start, end, _ in _unions(spans)]

    # -- words
    def anchor(self, claim_or_conflict_id: str) -> str:
        return f"{self.prefix}-{claim_or_conflict_id}"

    def who(self, claim: Claim) -> str:
        speaker = claim.speaker
        if speaker is None:
            return "own voice"
        return speaker.name or speaker.role or "unnamed source"

    def describe(self, claim: Claim) -> str:
        """The tooltip of one claim: value read, metric, speaker, cue, event, date, conflicts."""
        r = self.r
        q = claim.quantity
        lines = [f"\u201c{r._flat(q.text)}\u201d \u2014 {r._metric(claim) or 'figure'}"]
        if claim in self.view.date_claims:
            lines.append(f"the day the event happened: {claim.date or 'unresolved'}")
        else:
            interval = r._interval(claim)
            if interval:
                derived = " (bounds implied by the wording, not figures given)" if r._derived(claim) else ""
                lines.append(f"value read: {interval}{derived} ({q.kind.replace('_', ' ')})")
        lines.append("speaker: " + r._who(claim, self.names) + (f" ({claim.speaker.kind})" if claim.speaker else ""))
        if claim.via:
            lines.append("via: " + r._via(claim))
        if claim.attribution.cue:
            lines.append(f"cue: {claim.attribution.cue} ({claim.attribution.mode})")
        lines.append("event: " + r.event_label(claim.event))
        if claim.date and claim not in self.view.date_claims:
            lines.append(f"date: {claim.date}")
        for conflict in self.conflicts_of.get(claim.id, ()):
            lines.append(f"conflict {conflict.id} ({conflict.kind})")
        return "\n".join(r._t(line) for line in lines)

    # -- pieces
    def mark_open(self, mark: _Mark) -> str:
        hot = any(c.id in self.conflicts_of for c in mark.claims)
        dated = all(c in self.view.date_claims for c in mark.claims)
        classes = "cdt-mark " + ("cdt-date" if dated else "cdt-fig") + (" cdt-hot" if hot else "")
        title = "\n\n".join(self.describe(c) for c in mark.claims)
        first, *others = mark.claims
        extra = "".join(f'<span class="cdt-anchor" id="{_h(self.anchor(c.id))}"></span>' for c in others)
        return f'<mark class="{classes}" id="{_h(self.anchor(first.id))}" title="{_h(title)}">{extra}'

    def mark_tag(self, mark: _Mark) -> str:
        r = self.r
        parts = []
        for claim in mark.claims:
            what = "event date" if claim in self.view.date_claims else (r._metric(claim) or "figure")
            who = _h(self.who(claim))
            voice = self.voice_of.get(claim.id)
            if voice:
                who = f'<a class="cdt-link" href="#{_h(voice)}">{who}</a>'
            links = "".join(
                f' <a class="cdt-link cdt-xlink" href="#{_h(self.anchor(x.id))}">{_h(x.id)}</a>'
                for x in self.conflicts_of.get(claim.id, ())
            )
            parts.append(f"{_h(what)} \u00b7 {who}{links}")
        return '<span class="cdt-tag">' + " | ".join(parts) + "</span>"

    def voice_open(self, voice: _Voice, first: bool) -> str:
        if not first:
            return '<span class="cdt-voice">'
        r = self.r
        speakers = list(dict.fromkeys(r._who(c, self.names) for c in voice.claims))
        cues = list(dict.fromkeys(f"{c.attribution.cue} ({c.attribution.mode})" for c in voice.claims if c.attribution.cue))
        figures = list(dict.fromkeys(r._flat(c.quantity.text) for c in voice.claims))
        title = "\n".join(r._t(line) for line in (
            "speaker: " + "; ".join(speakers),
            *(["cue: " + "; ".join(cues)] if cues else []),
            "figures: " + ", ".join(figures),
        ))
        return f'<span class="cdt-voice" id="{_h(voice.anchor)}" title="{_h(title)}">'

    def voice_label(self, voice: _Voice) -> str:
        names = list(dict.fromkeys(self.who(c) for c in voice.claims))
        return f'<span class="cdt-who">{_h(" / ".join(names))}</span>'

    # -- the whole
    def body(self) -> str:
        text = self.text
        points = {0, len(text)}
        for m in self.marks:
            points.update((m.start, m.end))
        for v in self.voices:
            points.update((v.start, v.end))
        for start, end in self.cues:
            points.update((start, end))
        ordered = sorted(p for p in points if 0 <= p <= len(text))
        out: List[str] = []
        mark: Optional[_Mark] = None
        voice: Optional[_Voice] = None
        cue = False
        opened: set = set()

        marks, voices = _Cursor([(x.start, x.end, x) for x in self.marks]), _Cursor([(x.start, x.end, x) for x in self.voices])
        cues = _Cursor([(start, end, True) for start, end in self.cues])
        for a, b in zip(ordered, ordered[1:]):
            if a == b:
                continue
            m, v, c = marks.at(a), voices.at(a), cues.at(a) is not None
            if cue and (not c or v is not voice or m is not mark):
                out.append("</u>")
                cue = False
            if voice is not None and (v is not voice or m is not mark):
                out.append("</span>")
                if a >= voice.end:
                    out.append(self.voice_label(voice))
                voice = None
            if mark is not None and m is not mark:
                out.append(self.mark_tag(mark) + "</mark>")
                mark = None
            if m is not None and mark is None:
                out.append(self.mark_open(m))
                mark = m
            if v is not None and voice is None:
                out.append(self.voice_open(v, id(v) not in opened))
                opened.add(id(v))
                voice = v
            if c and not cue:
                out.append('<u class="cdt-cue">')
                cue = True
            out.append(_body_text(text[a:b]))
        if cue:
            out.append("</u>")
        if voice is not None:
            out.append("</span>" + self.voice_label(voice))
        if mark is not None:
            out.append(self.mark_tag(mark) + "</mark>")
        return "".join(out)

    def conflicts(self) -> str:
        if not self.view.conflicts:
            return ""
        r = self.r
        mine = {c.id for c in self.view.claims + self.view.date_claims}
        items = []
        for conflict in self.view.conflicts:
            figures = []
            for claim in conflict.claims:
                shown = _h(r._flat(claim.quantity.text))
                who = _h(r._who(claim, self.names))
                if claim.id in mine:
                    figures.append(f'<a class="cdt-link" href="#{_h(self.anchor(claim.id))}">{shown}</a> '
                                   f'<span class="cdt-dim">{who}</span>')
                else:
                    source = _h(self.names.get(claim.source) or claim.source)
                    figures.append(f'<b>{shown}</b> <span class="cdt-dim">{who}, in {source}</span>')
            kind = re.sub(r"[^a-z0-9-]", "-", conflict.kind.lower())
            items.append(
                f'<li class="cdt-conflict cdt-kind-{kind}" id="{_h(self.anchor(conflict.id))}">'
                f'<span class="cdt-badge">{_h(conflict.kind)}</span> <b>{_h(conflict.metric)}</b> '
                f'<span class="cdt-dim">{_h(r.event_label(conflict.event))} \u00b7 {_h(conflict.id)}</span>'
                f'<div class="cdt-figs">{" vs ".join(figures)}</div>'
                f'<div class="cdt-why">{_h(conflict.explanation)}</div></li>'
            )
        return '<div class="cdt-section">Conflicts</div><ol class="cdt-conflicts">' + "".join(items) + "</ol>"

    def render(self) -> str:
        r = self.r
        source = self.view.source
        label = source.name or source.id or "(unnamed)"
        stats = (f"{r._count(len(self.view.claims), 'figure')} \u00b7 {r._count(len(self.view.date_claims), 'date claim')} \u00b7 "
                 f"{r._count(len(self.view.conflicts), 'conflict')}")
        parts = [
            '<div class="claimdiff-text">',
            f"<style>{_CSS}</style>",
            f'<div class="cdt-top"><span class="cdt-source">{_h(label)}</span>'
            + (f' <span class="cdt-dim">{_h(source.published.isoformat())}</span>' if source.published else "")
            + f' <span class="cdt-stats">{_h(stats)}</span></div>',
            '<div class="cdt-legend"><mark class="cdt-mark cdt-fig">figure</mark> '
            '<mark class="cdt-mark cdt-fig cdt-hot">figure in a conflict</mark> '
            '<mark class="cdt-mark cdt-date">day of the event</mark> '
            '<span class="cdt-voice">speaker <u class="cdt-cue">cue</u></span></div>',
        ]
        if not self.text.strip():
            parts.append('<p class="cdt-dim">(empty text)</p>')
        else:
            parts.append(f'<div class="cdt-body">{self.body()}</div>')
        if self.unplaced:
            parts.append(f'<p class="cdt-note">{_h(r._count(len(self.unplaced), "claim"))} could not be placed in this text '
                         "(its span does not match it).</p>")
        parts.append(self.conflicts())
        parts.append("</div>")
        return "\n".join(p for p in parts if p)


class _Cursor:
    """What covers a position, for positions asked in increasing order (sorted, non-overlapping items)."""

    def __init__(self, items: Sequence[Tuple[int, int, Any]]) -> None:
        self.items = list(items)
        self.next = 0

    def at(self, position: int) -> Any:
        while self.next < len(self.items) and self.items[self.next][1] <= position:
            self.next += 1
        if self.next < len(self.items):
            start, end, item = self.items[self.next]
            if start <= position < end:
                return item
        return None


def _prefix(source_id: str) -> str:
    """An id prefix for the anchors of one source: readable, valid in HTML, unique per source id."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "-", source_id)[:40]
    if safe != source_id:
        safe += "-" + hashlib.blake2b(source_id.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    return "cdt-" + safe


def _h(text: str) -> str:
    from .report import _h as escape

    return escape(text)


def _body_text(text: str) -> str:
    return _h(text.replace("\r\n", "\n").replace("\r", "\n"))


# Scoped to .claimdiff-text.  Line height leaves room for the labels; long words wrap
# anywhere so that nothing spills out of a narrow window.
_CSS = """
.claimdiff-text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:14px;line-height:1.5;color:inherit;margin:.25em 0 .75em;max-width:100%;box-sizing:border-box;overflow-wrap:anywhere;word-break:normal}
.claimdiff-text .cdt-top{display:flex;flex-wrap:wrap;align-items:baseline;gap:.6em;margin:0 0 .4em}
.claimdiff-text .cdt-source{font-weight:700;font-size:1.15em}
.claimdiff-text .cdt-stats{opacity:.8}
.claimdiff-text .cdt-dim{opacity:.65;font-weight:400}
.claimdiff-text .cdt-legend{font-size:.8em;margin:0 0 .6em;line-height:2}
.claimdiff-text .cdt-body{white-space:pre-wrap;line-height:2.2;font-size:1.05em;max-width:100%}
.claimdiff-text mark.cdt-mark{color:#1a1a1a;background:#ffe066;padding:.12em .3em;border-radius:.35em}
.claimdiff-text mark.cdt-hot{background:#ffa8a8;box-shadow:inset 0 -2px 0 #c92a2a}
.claimdiff-text mark.cdt-date{background:#a5d8ff}
.claimdiff-text .cdt-tag{display:inline;margin-left:.4em;font-size:.68em;font-weight:700;letter-spacing:.02em;vertical-align:.1em;white-space:normal}
.claimdiff-text .cdt-voice{text-decoration:underline dotted rgba(127,127,127,.9);text-decoration-thickness:1.5px;text-underline-offset:.25em}
.claimdiff-text u.cdt-cue{text-decoration:underline solid #1971c2;text-decoration-thickness:2px;text-underline-offset:.25em}
.claimdiff-text .cdt-who{display:inline;margin-left:.3em;padding:.05em .4em;border-radius:.3em;background:rgba(25,113,194,.14);font-size:.68em;font-weight:700;vertical-align:.1em;white-space:normal}
.claimdiff-text a.cdt-link{color:inherit;text-decoration:underline;text-decoration-thickness:1px}
.claimdiff-text a.cdt-xlink{color:#c92a2a}
.claimdiff-text .cdt-section{font-weight:700;font-size:1.05em;margin:1em 0 .4em}
.claimdiff-text ol.cdt-conflicts{margin:0;padding-left:1.4em}
.claimdiff-text li.cdt-conflict{margin:0 0 .6em}
.claimdiff-text .cdt-badge{display:inline-block;padding:.05em .5em;border-radius:999px;background:#e03131;color:#fff;font-size:.72em;font-weight:700;text-transform:uppercase;letter-spacing:.05em}
.claimdiff-text .cdt-kind-subset .cdt-badge{background:#e67700}
.claimdiff-text .cdt-kind-correction .cdt-badge{background:#1971c2}
.claimdiff-text .cdt-figs{margin:.15em 0}
.claimdiff-text .cdt-why{font-style:italic;opacity:.9}
.claimdiff-text .cdt-note{font-size:.9em;font-style:italic;opacity:.75}
""".strip().replace("\n", "")  # noqa: E501 - one CSS rule a line
