"""Speaker attribution of figures, scored on PolNeAR train (a script, not pytest).

    python benchmarks/attribution.py [-v] [--limit N] [--examples K]

PolNeAR (networkdynamics/PolNeAR) is US political news from 2016 (Breitbart,
HuffPost, NYT, Politico, USA Today, Washington Post, Western Journal) in which
annotators marked every attribution's Source, Cue and Content spans (brat
standoff ``.ann`` files, character offsets into the article's ``.txt``).

Data: only the **train** split, read from a git mirror without a work tree
(default ``/work/.mirror/networkdynamics+PolNeAR/repo``; ``POLNEAR_MIRROR``
overrides) with ``git ls-tree`` and one ``git cat-file --batch`` process.
``data/dev`` and ``data/test`` are held out and never read.  When the mirror
is absent the script says so and exits 0.  Nothing of the corpus is written
anywhere; ``-v`` prints examples to stdout only.

* articles: ``data/train/text/<name>.txt`` (840);
* annotations: ``data/train/attributions/<name>_<annotator>.ann`` (919: some
  articles were annotated by more than one annotator; this script uses the
  **first annotator's file in sorted order** for each article and ignores the
  others);
* ``data/metadata.tsv`` gives each article's publisher and publication date.

Spans may be discontinuous ("Content 10 20;25 40"): every ``;``-separated
fragment is kept.  The offsets are checked against the text of every span
(the mismatch rate is printed).  Figures inside a ``Discard`` span (editor's
notes, bylines, "Follow X on Twitter") are not scored.

Scoring: ``claimdiff.check([Source(text, name=publisher, published=date)])``
on each article; for every claim in ``report.claims`` (the figures):

* gold: the attribution whose Content holds the figure's span (the smallest
  such Content when several nest; a Content that only overlaps the figure is
  used when none holds it), else the outlet's own voice (narrator);
  ``Attribution-no-source`` attributions (passives, "rumors that ...") count
  as attributed, with a Cue but no Source;
* claimdiff says "narrator" when the claim has no speaker (or names the
  publishing outlet itself);
* right when gold is narrator and claimdiff says narrator, or gold is
  attributed and claimdiff names a speaker whose cue span
  (``claim.attribution.span``: the speaker phrase with its cue) overlaps the
  gold Cue, or whose name, entity or role shares a content word with the gold
  Source (case-insensitive, stopwords and titles ignored).  A pronoun gold
  Source ("he", "they") can only be matched by cue overlap.

The attributed figures are also scored apart by the kind of their gold cue: a verb of saying, reporting,
showing or finding, "according to" or a colon (the cues claimdiff reads), and every other predicate PolNeAR
annotates as attribution (beliefs, plans, "pleaded guilty", "named five people"), which claimdiff leaves to
the outlet's voice by design (see docs/choices.md, "What counts as attribution").

Baselines: "cue word" says attributed iff the claim's sentence holds one of
:data:`CUE_WORDS` (it names nobody, so it is right iff its attributed/narrator
decision matches gold); "outlet" always says narrator.  When
``../shared/dev/news_cases.json`` and ``../shared/eval/score.py`` exist, the
dev set's ``speaker_acc`` is printed in the same table.

The last three lines are a compact summary (the before-stop hook shows them).
"""
from __future__ import annotations

import os
import sys

# benchmarks/numbers.py would shadow the standard library's ``numbers`` module while this folder heads sys.path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or os.curdir) != _HERE]

import argparse
import re
import subprocess
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_MIRROR = "/work/.mirror/networkdynamics+PolNeAR/repo"
TRAIN = "data/train/"
METADATA = "data/metadata.tsv"

#: The cue-word baseline: a figure is attributed iff its sentence holds one of these.
CUE_WORDS = (
    "said", "says", "say", "told", "tells", "according", "reported", "reports", "announced", "stated",
    "added", "claimed", "claims", "estimated", "noted", "explained", "argued", "wrote", "asked", "insisted",
    "suggested", "warned", "predicted", "acknowledged", "confirmed",
)
assert len(CUE_WORDS) == 25
_CUE_WORD = re.compile(r"\b(?:" + "|".join(CUE_WORDS) + r")\b", re.IGNORECASE)

#: Words that do not identify a speaker when comparing names.
STOPWORDS = frozenset(
    """the a an of and or for in on at to by from with as that who which s said says say told
    mr mrs ms miss dr sen senator rep gov governor president pres gen rev sir
    spokesman spokeswoman spokesperson official officials""".split()
)
#: Pronoun sources: matched by cue overlap only.
PRONOUNS = frozenset(
    """he she they it we i you him her them us me his hers its their theirs our ours my mine your yours
    who whom which that this these those one someone somebody himself herself themselves itself""".split()
)
SPELLING = {"defense": "defence", "organization": "organisation", "centre": "center"}
#: How each publisher may name itself: a speaker of kind "outlet" with one of these names is the narrator.
SELF_NAMES = {
    "nyt": ("nyt", "new york times", "the times", "nytimes"),
    "wash-post": ("washington post", "the post", "wapo"),
    "huff-post": ("huffington post", "huffpost", "huff post"),
    "breitbart": ("breitbart",),
    "politico": ("politico",),
    "usa-today": ("usa today",),
    "west-journal": ("western journal", "western journalism"),
}

Span = Tuple[int, int]


# ------------------------------------------------------------------ data
def git_lines(mirror: str, *args: str) -> List[str]:
    done = subprocess.run(["git", "-C", mirror, *args], capture_output=True, check=True)
    return done.stdout.decode("utf-8").splitlines()


def read_blobs(mirror: str, paths: Sequence[str]) -> Dict[str, bytes]:
    """The contents of ``paths`` at HEAD, through one ``git cat-file --batch``."""
    for path in paths:
        if not (path.startswith(TRAIN) or path == METADATA):
            raise SystemExit(f"refusing to read {path}: only {TRAIN} and {METADATA} may be read")
    request = "".join(f"HEAD:{p}\n" for p in paths).encode("utf-8")
    done = subprocess.run(["git", "-C", mirror, "cat-file", "--batch"], input=request, capture_output=True, check=True)
    out, blobs, at = done.stdout, {}, 0
    for path in paths:
        nl = out.index(b"\n", at)
        header = out[at:nl].split()
        if len(header) < 3 or header[1] == b"missing":
            blobs[path] = None
            at = nl + 1
            continue
        size = int(header[2])
        blobs[path] = out[nl + 1 : nl + 1 + size]
        at = nl + 1 + size + 1
    return blobs


@dataclass
class Annotation:
    label: str
    fragments: List[Span]
    text: str


@dataclass
class GoldAttribution:
    sources: List[Annotation] = field(default_factory=list)
    cues: List[Annotation] = field(default_factory=list)
    contents: List[Annotation] = field(default_factory=list)
    no_source: bool = False

    @property
    def content_fragments(self) -> List[Span]:
        return [f for c in self.contents for f in c.fragments]

    @property
    def content_size(self) -> int:
        return sum(b - a for a, b in self.content_fragments)

    @property
    def source_text(self) -> str:
        return " ".join(s.text for s in self.sources)

    @property
    def cue_text(self) -> str:
        return " ".join(c.text for c in self.cues)

    @property
    def cue_fragments(self) -> List[Span]:
        return [f for c in self.cues for f in c.fragments]

    @property
    def source_fragments(self) -> List[Span]:
        return [f for s in self.sources for f in s.fragments]


def parse_ann(raw: str) -> Tuple[Dict[str, Annotation], List[GoldAttribution]]:
    """Text-bound annotations by id, and the attributions the E lines build from them."""
    spans: Dict[str, Annotation] = {}
    events: List[List[Tuple[str, str]]] = []
    for line in raw.split("\n"):
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offsets = parts[1].partition(" ")
            fragments = []
            for piece in offsets.split(";"):
                a, b = piece.split()
                fragments.append((int(a), int(b)))
            spans[parts[0]] = Annotation(label, fragments, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) >= 2:
                events.append([tuple(arg.split(":", 1)) for arg in parts[1].split() if ":" in arg])
    attributions = []
    for args in events:
        gold = GoldAttribution()
        for role, ref in args:
            found = spans.get(ref)
            if found is None:
                continue
            if role == "Attribution-no-source":
                gold.no_source = True
            elif role.startswith("Source"):
                gold.sources.append(found)
            elif role.startswith("Cue"):
                gold.cues.append(found)
            elif role.startswith("Content"):
                gold.contents.append(found)
        if gold.contents:
            attributions.append(gold)
    return spans, attributions


@dataclass
class Article:
    name: str
    text: str
    publisher: str
    published: Optional[str]
    annotator: str
    spans: Dict[str, Annotation]
    attributions: List[GoldAttribution]


def load(mirror: str, limit: Optional[int]) -> Tuple[List[Article], Dict[str, int]]:
    listed = git_lines(mirror, "ls-tree", "-r", "--name-only", "HEAD", TRAIN.rstrip("/"))
    texts = sorted(p for p in listed if p.startswith(TRAIN + "text/") and p.endswith(".txt"))
    anns: Dict[str, List[str]] = defaultdict(list)
    for p in listed:
        if p.startswith(TRAIN + "attributions/") and p.endswith(".ann"):
            stem = p.rsplit("/", 1)[1][: -len(".ann")]
            name, _, annotator = stem.rpartition("_")
            anns[name].append(p)
    stats = {"texts": len(texts), "ann_files": sum(len(v) for v in anns.values()), "multi_annotated": sum(1 for v in anns.values() if len(v) > 1)}
    names = [p.rsplit("/", 1)[1][: -len(".txt")] for p in texts]
    names = [n for n in names if anns.get(n)]
    stats["without_ann"] = len(texts) - len(names)
    if limit is not None:
        names = names[:limit]
    chosen = {n: sorted(anns[n])[0] for n in names}
    blobs = read_blobs(mirror, [METADATA] + [f"{TRAIN}text/{n}.txt" for n in names] + [chosen[n] for n in names])
    meta: Dict[str, Tuple[str, str]] = {}
    rows = blobs[METADATA].decode("utf-8").splitlines()
    header = rows[0].split("\t")
    col = {k: i for i, k in enumerate(header)}
    for row in rows[1:]:
        cells = row.split("\t")
        if len(cells) >= len(header) and cells[col["compartment"]] == "train":
            meta[cells[col["filename"]]] = (cells[col["publisher"]], cells[col["publication_date"]])
    articles = []
    for n in names:
        text = blobs[f"{TRAIN}text/{n}.txt"].decode("utf-8")
        spans, attributions = parse_ann(blobs[chosen[n]].decode("utf-8"))
        publisher, date = meta.get(n, (n.split("_", 1)[0], None))
        annotator = chosen[n].rsplit("_", 1)[1][: -len(".ann")]
        articles.append(Article(n, text, publisher, date if date and date != "None" else None, annotator, spans, attributions))
    return articles, stats


def offset_check(articles: Sequence[Article]) -> Tuple[int, int, int]:
    """(spans, mismatches, mismatches only because the .ann text stops at a line break) of text[start:end]
    (fragments joined by a space) against the annotated string."""
    total = bad = cut = 0
    for article in articles:
        for ann in article.spans.values():
            total += 1
            got = " ".join(article.text[a:b] for a, b in ann.fragments)
            if got != ann.text:
                bad += 1
                if got.startswith(ann.text) and got[len(ann.text) : len(ann.text) + 1] == "\n":
                    cut += 1
    return total, bad, cut


# ------------------------------------------------------------------ scoring
def _inside(span: Span, fragments: Sequence[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in fragments)


def _overlap(span: Optional[Span], fragments: Sequence[Span]) -> bool:
    return span is not None and any(span[0] < b and a < span[1] for a, b in fragments)


def words(text: Optional[str]) -> set:
    if not text:
        return set()
    found = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))
    return {SPELLING.get(w, w) for w in found if len(w) > 1 and w not in STOPWORDS}


def is_pronoun_source(text: str) -> bool:
    tokens = re.findall(r"[a-z]+", text.lower().replace("\u2019s", "").replace("'s", ""))
    return bool(tokens) and all(t in PRONOUNS or t in STOPWORDS for t in tokens)


def is_self(speaker, publisher: str) -> bool:
    if speaker is None or speaker.kind != "outlet":
        return False
    names = SELF_NAMES.get(publisher, (publisher,))
    for form in (speaker.name, speaker.entity):
        low = (form or "").lower()
        if low and (low == publisher or any(n in low for n in names)):
            return True
    return False


@dataclass
class Figure:
    article: Article
    claim: object
    gold: Optional[GoldAttribution]
    enclosing: List[GoldAttribution]
    partial: bool
    cue_word: bool
    verdict: str = ""  # right | attributed->narrator | narrator->attributed | wrong-speaker
    detail: str = ""

    @property
    def gold_attributed(self) -> bool:
        return self.gold is not None


def gold_for(span: Span, attributions: Sequence[GoldAttribution]) -> Tuple[Optional[GoldAttribution], List[GoldAttribution], bool]:
    holding = [g for g in attributions if _inside(span, g.content_fragments)]
    partial = False
    if not holding:
        holding = [g for g in attributions if _overlap(span, g.content_fragments)]
        partial = bool(holding)
    holding.sort(key=lambda g: g.content_size)
    return (holding[0] if holding else None), holding, partial


def names_match(speaker, source_text: str) -> bool:
    """Does the speaker's name, entity or role share a content word with a (non-pronoun) gold Source?"""
    if speaker is None or not source_text or is_pronoun_source(source_text):
        return False
    mine = words(speaker.name) | words(speaker.entity) | words(speaker.role)
    return bool(mine & words(source_text))


def speaker_matches(claim, gold: GoldAttribution) -> bool:
    if claim.speaker is None:
        return False
    return _overlap(claim.attribution.span, gold.cue_fragments) or names_match(claim.speaker, gold.source_text)


_SPEECH_CUES = frozenset(
    """said says say saying told tells tell added adds stated states noted notes wrote writes explained explains
    asked asks replied replies answered responded tweeted tweets declared announced announces pointed claimed claims
    insisted warned argued argue argues recalled admitted conceded estimated reported reports point points spoke
    speaking quoted quoting""".split()
)
_BELIEF_CUES = frozenset(
    """believe believes believed think thinks thought expect expects expected expecting hope hopes hoped want wants
    wanted plan plans planned planning seem seems seemed appear appears appeared fear fears feared know knows knew
    feel feels felt worry worries worried intend intends intended propose proposes proposed proposing pledge pledged
    pledges vow vowed vows promise promised promises promising seek seeks sought calls call called predict predicted""".split()
)
_DATA_WORDS = frozenset(
    """poll polls polling survey surveys study studies report reports data results records figures analysis
    estimate estimates census numbers statistics research paper tally count exit transcript documents filings
    filing budget index forecast projections model""".split()
)

_FINDING_CUES = frozenset("show shows showed showing shown find finds found finding".split())


def _gold_cue_kind(gold: GoldAttribution) -> str:
    cue = gold.cue_text.lower()
    tokens = set(re.findall(r"[a-z]+", cue))
    if "according" in tokens:
        return "according to"
    if cue.strip().endswith(":"):
        return "colon"
    if tokens & _SPEECH_CUES:
        return "speech verb"
    if tokens & _BELIEF_CUES:
        return "belief/intention/expectation"
    return "other predicate"


def _reporting_cue(gold: GoldAttribution) -> bool:
    """Is the gold cue one of saying, reporting, showing or finding, "according to", or a colon (not a belief, plan or other predicate)?"""
    tokens = set(re.findall(r"[a-z]+", gold.cue_text.lower()))
    return _gold_cue_kind(gold) in ("according to", "colon", "speech verb") or bool(tokens & _FINDING_CUES)


def classify(figure: Figure) -> None:
    claim, gold, publisher = figure.claim, figure.gold, figure.article.publisher
    narrator = claim.speaker is None or is_self(claim.speaker, publisher)
    if gold is None:
        figure.verdict = "right" if narrator else "narrator->attributed"
    elif speaker_matches(claim, gold):
        figure.verdict = "right"
    elif narrator:
        figure.verdict = "attributed->narrator"
    else:
        figure.verdict = "wrong-speaker"
    if figure.verdict != "right":
        figure.detail = subclass(figure)


def _previous_named_source(figure: "Figure") -> Optional[GoldAttribution]:
    """The nearest gold attribution before the figure whose Source is a name, not a pronoun (a crude antecedent)."""
    best = None
    for g in figure.article.attributions:
        if not g.sources or is_pronoun_source(g.source_text):
            continue
        start = min(a for a, _ in g.source_fragments)
        if start < figure.claim.span[0] and (best is None or start > min(a for a, _ in best.source_fragments)):
            best = g
    return best


def subclass(figure: Figure) -> str:
    """A finer error label, for the analysis."""
    claim, gold, article = figure.claim, figure.gold, figure.article
    cue_span = claim.attribution.span
    if figure.verdict == "attributed->narrator":
        if gold.no_source:
            return "no-source attribution (passive/impersonal: 'is expected', 'reportedly', 'seems')"
        kind = _gold_cue_kind(gold)
        if words(gold.source_text) & _DATA_WORDS or set(re.findall(r"[a-z]+", gold.cue_text.lower())) & _FINDING_CUES:
            cue_tokens = re.findall(r"[a-z]+", gold.cue_text.lower())
            how = "show/find" if set(cue_tokens) & _FINDING_CUES else "'in a poll'" if cue_tokens == ["in"] else kind
            return f"poll/report/data source missed ({how} cue)"
        if claim.attribution.mode == "direct":
            return f"inside a quotation claimdiff leaves unattributed ({kind} cue)"
        if kind in ("according to", "speech verb", "colon"):
            return f"{kind} cue missed (person/organisation source)"
        return f"{kind} cue (outside claimdiff's reporting verbs)"
    if figure.verdict == "narrator->attributed":
        if _overlap(claim.span, [f for g in article.attributions for f in g.source_fragments]):
            return "figure inside a gold Source span ('72 percent of Democrats said', 'several observers')"
        sentence = claim.sentence_span or (0, 0)
        if cue_span is None or not (sentence[0] <= cue_span[0] < sentence[1]):
            return "attribution carried from another sentence or quotation"
        same = [g for g in article.attributions if _overlap(cue_span, g.cue_fragments)]
        if same:
            where = "before" if claim.span[0] < cue_span[0] else "after"
            return f"right cue, but figure outside its gold Content (scope; figure {where} the cue)"
        if claim.attribution.mode == "direct":
            return "quotation attributed, gold says narrator"
        return "cue not annotated by gold (spurious cue)"
    outer = [g for g in figure.enclosing[1:] if speaker_matches(claim, g)]
    if outer:
        return "nested: claimdiff names an outer attribution's speaker"
    if gold.no_source:
        return "no-source gold, claimdiff names a speaker"
    if gold.sources and is_pronoun_source(gold.source_text):
        antecedent = _previous_named_source(figure)
        if antecedent is not None and names_match(claim.speaker, antecedent.source_text):
            return "pronoun gold source, claimdiff names the last named gold source before it (probably right)"
        return "pronoun gold source, claimdiff's cue elsewhere"
    if any(names_match(v, gold.source_text) for v in claim.via):
        return "claimdiff names an inner speaker; gold's source is in its via chain"
    other = [g for g in article.attributions if g is not gold and _overlap(cue_span, g.cue_fragments)]
    if other:
        return "claimdiff took another annotated attribution's cue"
    if claim.attribution.mode == "direct":
        return "quotation given to another speaker (names differ, cues do not overlap)"
    return "names differ, cues do not overlap"


# ------------------------------------------------------------------ output
def trim(sentence: str, start: int, end: int, width: int = 200) -> str:
    """The sentence with the figure in [[ ]], cut to about ``width`` characters around it."""
    marked = sentence[:start] + "[[" + sentence[start:end] + "]]" + sentence[end:]
    marked = " ".join(marked.split())
    if len(marked) <= width:
        return marked
    at = marked.find("[[")
    left = max(0, min(at - width // 2, len(marked) - width))
    return ("…" if left else "") + marked[left : left + width] + ("…" if left + width < len(marked) else "")


def describe_speaker(claim) -> str:
    s = claim.speaker
    if s is None:
        return "(narrator)"
    bits = [s.name or "(unnamed)"]
    if s.role:
        bits.append(f"role={s.role}")
    bits.append(s.kind)
    cue = claim.attribution.cue
    via = ", ".join(v.name or "?" for v in claim.via)
    return " / ".join(bits) + f"; cue={cue!r}" + (f"; via {via}" if via else "") + f"; mode={claim.attribution.mode}"


def describe_gold(gold: Optional[GoldAttribution]) -> str:
    if gold is None:
        return "(narrator)"
    source = gold.source_text or ("(no source)" if gold.no_source else "(none)")
    return f"source={source!r}; cue={gold.cue_text!r}"


def rate(right: int, n: int) -> str:
    return f"{right / n:.3f}" if n else "  -  "


def dev_process() -> Optional[subprocess.Popen]:
    scorer = SHARED / "eval" / "score.py"
    cases = SHARED / "dev" / "news_cases.json"
    if not scorer.exists() or not cases.exists():
        return None
    return subprocess.Popen([sys.executable, str(scorer), str(cases)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def dev_result(process: Optional[subprocess.Popen]) -> Tuple[Optional[float], Optional[str], Optional[str]]:
    """speaker_acc, cases and errors from score.py's last line."""
    if process is None:
        return None, None, None
    try:
        out, _ = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return None, None, None
    acc = re.search(r"speaker_acc=([0-9.]+)", out)
    cases = re.search(r"\bcases=(\d+)", out)
    errors = re.search(r"\berrors=(\d+)", out)
    return (float(acc.group(1)) if acc else None), (cases.group(1) if cases else None), (errors.group(1) if errors else None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list examples of each error class")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles (sorted by name)")
    parser.add_argument("--examples", type=int, default=4, help="examples per error subclass with -v (default 4)")
    args = parser.parse_args()
    started = time.perf_counter()

    mirror = os.environ.get("POLNEAR_MIRROR", DEFAULT_MIRROR)
    if not os.path.isdir(mirror) or subprocess.run(["git", "-C", mirror, "rev-parse", "--verify", "-q", "HEAD"], capture_output=True).returncode != 0:
        print(f"PolNeAR mirror not found at {mirror} (set POLNEAR_MIRROR); nothing to score")
        return 0
    dev = dev_process()

    import claimdiff

    articles, stats = load(mirror, args.limit)
    loaded = time.perf_counter()
    total_spans, exact_bad, cut = offset_check(articles)

    figures: List[Figure] = []
    failures = 0
    discarded = 0
    for article in articles:
        try:
            report = claimdiff.check([claimdiff.Source(article.text, name=article.publisher, published=article.published)])
        except Exception as error:  # noqa: one bad article should not stop the benchmark
            failures += 1
            if failures <= 3:
                print(f"claimdiff failed on {article.name}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        discards = [f for a in article.spans.values() if a.label == "Discard" for f in a.fragments]
        for claim in report.claims:
            if _overlap(claim.span, discards):
                discarded += 1
                continue
            gold, enclosing, partial = gold_for(claim.span, article.attributions)
            figure = Figure(article, claim, gold, enclosing, partial, bool(_CUE_WORD.search(claim.sentence)))
            classify(figure)
            figures.append(figure)
    checked = time.perf_counter()

    attributed = [f for f in figures if f.gold_attributed]
    narrated = [f for f in figures if not f.gold_attributed]

    def scores(right) -> Tuple[str, str, str, float]:
        a = sum(1 for f in attributed if right(f))
        n = sum(1 for f in narrated if right(f))
        overall = (a + n) / len(figures) if figures else 0.0
        return rate(a + n, len(figures)), rate(a, len(attributed)), rate(n, len(narrated)), overall

    ours = scores(lambda f: f.verdict == "right")
    cue = scores(lambda f: f.cue_word == f.gold_attributed)
    outlet = scores(lambda f: not f.gold_attributed)
    no_source = sum(1 for f in attributed if f.gold.no_source)
    pronoun = sum(1 for f in attributed if f.gold.sources and is_pronoun_source(f.gold.source_text))
    nested = sum(1 for f in attributed if len(f.enclosing) > 1)
    partial = sum(1 for f in attributed if f.partial)
    dev_acc, dev_cases, dev_errors = dev_result(dev)

    print(f"claimdiff from {Path(claimdiff.__file__).parent}")
    print(f"PolNeAR train: {len(articles)} articles of {stats['texts']} "
          f"({stats['ann_files']} .ann files, {stats['multi_annotated']} articles with several annotators: first annotator in sorted order used)")
    print(f"offsets: {total_spans} annotated spans, text[start:end] differs on {exact_bad} ({exact_bad / max(total_spans, 1):.3%}), "
          f"of which {cut} only because the span crosses a line break where the .ann text stops; "
          f"real offset mismatches {exact_bad - cut} ({(exact_bad - cut) / max(total_spans, 1):.3%})")
    print(f"figures scored: {len(figures)} (gold attributed {len(attributed)}: no-source {no_source}, pronoun source {pronoun}, "
          f"nested {nested}, content only overlapping {partial}; gold narrator {len(narrated)}); "
          f"skipped in Discard spans {discarded}; claimdiff failures {failures}")
    print()
    print(f"{'corpus':<15} {'system':<22} {'figures':>8} {'overall':>8} {'attributed':>11} {'narrator':>9}")
    print(f"{'-' * 15} {'-' * 22} {'-' * 8} {'-' * 8} {'-' * 11} {'-' * 9}")
    for system, row in (("claimdiff", ours), ("baseline cue word", cue), ("baseline outlet voice", outlet)):
        print(f"{'polnear-train':<15} {system:<22} {len(figures):>8} {row[0]:>8} {row[1]:>11} {row[2]:>9}")
    # the attributed figures split by the gold cue's kind: a verb of saying or finding, "according to" or a colon
    # (what claimdiff reads as attribution) against every other predicate PolNeAR counts (beliefs, plans, "pleaded guilty")
    reporting = [f for f in attributed if _reporting_cue(f.gold)]
    others = [f for f in attributed if not _reporting_cue(f.gold)]
    for label, group in (("saying/showing cue", reporting), ("other predicate", others)):
        right = sum(1 for f in group if f.verdict == "right")
        baseline = sum(1 for f in group if f.cue_word)
        print(f"{'  gold cue: ' + label:<38} {len(group):>8} {'-':>8} {rate(right, len(group)):>11} {'-':>9}   (cue-word baseline {rate(baseline, len(group))})")
    if dev_acc is not None:
        print(f"{'shared-dev':<15} {'claimdiff speaker_acc':<22} {(dev_cases or '?') + ' cases':>8} {dev_acc:>8.3f} {'-':>11} {'-':>9}"
              + (f"  ({dev_errors} cases failed to run)" if dev_errors and dev_errors != "0" else ""))
    else:
        print(f"{'shared-dev':<15} {'(not available)':<22}")

    verdicts = Counter(f.verdict for f in figures)
    details: Dict[str, Counter] = defaultdict(Counter)
    for f in figures:
        if f.verdict != "right":
            details[f.verdict][f.detail] += 1
    print()
    print("claimdiff errors:")
    labels = {
        "attributed->narrator": "gold attributed, claimdiff narrator",
        "narrator->attributed": "gold narrator, claimdiff attributed",
        "wrong-speaker": "both attributed, wrong speaker",
    }
    for key, label in labels.items():
        print(f"  {label:<38} {verdicts[key]:>5} ({verdicts[key] / max(len(figures), 1):.1%} of figures)")
        for detail, count in details[key].most_common():
            print(f"      {count:>5}  {detail}")

    if args.verbose:
        for key, label in labels.items():
            print(f"\n== {label}")
            by_detail: Dict[str, List[Figure]] = defaultdict(list)
            for f in figures:
                if f.verdict == key:
                    by_detail[f.detail].append(f)
            for detail, count in details[key].most_common():
                cues = Counter(" ".join((f.claim.attribution.cue if key == "narrator->attributed" else f.gold.cue_text).lower().split()) for f in by_detail[detail])
                print(f"\n  -- {detail}: {count}; top {'claimdiff' if key == 'narrator->attributed' else 'gold'} cues: "
                      + ", ".join(f"{c!r} {n}" for c, n in cues.most_common(6)))
                for f in by_detail[detail][: args.examples]:
                    c = f.claim
                    s0 = (c.sentence_span or (c.span[0], c.span[0]))[0]
                    print(f"   * {f.article.name} {c.quote!r}")
                    print(f"     sentence: {trim(c.sentence, c.span[0] - s0, c.span[1] - s0)}")
                    print(f"     claimdiff: {describe_speaker(c)}")
                    print(f"     gold:      {describe_gold(f.gold)}")
                    if len(f.enclosing) > 1:
                        print(f"     outer:     " + " | ".join(describe_gold(g) for g in f.enclosing[1:]))

    elapsed = time.perf_counter() - started
    print()
    print(f"polnear-train figures={len(figures)} claimdiff overall={ours[0]} attributed={ours[1]} narrator={ours[2]} | "
          f"cue-word baseline overall={cue[0]} | outlet baseline overall={outlet[0]}"
          + (f" | dev speaker_acc={dev_acc:.3f}" if dev_acc is not None else ""))
    print(f"claimdiff errors: attributed->narrator={verdicts['attributed->narrator']} narrator->attributed={verdicts['narrator->attributed']} "
          f"wrong-speaker={verdicts['wrong-speaker']} (gold attributed={len(attributed)} narrator={len(narrated)})")
    print(f"elapsed={elapsed:.1f}s (load {loaded - started:.1f}s, check {checked - loaded:.1f}s) articles={len(articles)} "
          f"offset mismatches={exact_bad - cut}/{total_spans}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
