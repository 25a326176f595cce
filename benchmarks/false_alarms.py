"""False conflict alarms of claimdiff on real news it was not tuned on (a script, not pytest).

    python benchmarks/false_alarms.py              # full run: figures, then every conflict
    python benchmarks/false_alarms.py -v           # also claim counts and conflicts by kind
    python benchmarks/false_alarms.py --limit 50   # the first 50 articles of each corpus
    python benchmarks/false_alarms.py --jobs 1     # no worker processes

What is measured.  A conflict is claimdiff saying that figures about one
quantity of one event cannot all hold.  News articles rarely contradict
themselves, and when an article does report a disagreement or a revision it
is about one count ("one firm says 2,400 billionaires, another 1,800"); two
articles on unrelated stories cannot disagree at all.  So every conflict
found here is a candidate false alarm, whatever its kind (contradiction,
correction, update, subset); the listing prints each one, with its claims'
quotes, speakers and sentences, for a person to judge.  No gold annotation is
used: the corpora only supply real, varied news text, with its publisher and
date, that claimdiff's rules were not written from.

1. PolNeAR, **train split only** (840 US political news articles, 2015-2016,
   seven publishers).  Read from a git mirror with no work tree: the path in
   the environment variable ``POLNEAR_MIRROR``, else
   ``/work/.mirror/networkdynamics+PolNeAR/repo``.  Texts are
   ``data/train/text/*.txt``; ``data/metadata.tsv`` (train rows only) gives
   each file's publisher and publication date, passed as ``Source.name`` and
   ``Source.published``.  The dev and test splits are held out and never read.
   No article text is written anywhere.
2. MEANTIME (60 English Wikinews articles, ``<workspace>/shared/benchmarks/
   meantime-en/meantime_en_60docs.json``): ``text`` and ``dct`` (creation date,
   passed as ``published``; the one DCT that is not ISO falls back to none, the
   dateline then dates the text).  ``name`` is "Wikinews" for every document.
   The text is tokenised upstream (spaces around punctuation), as it is.

A corpus that is absent is skipped with a message (exit status 0).

Rules.
   (a) Single articles: ``claimdiff.check([source])`` per article; every
       conflict in the report counts (number conflicts and date conflicts,
       of any kind).  Figures: conflicts in all, per 100 articles, articles
       with at least one.
   (b) Unrelated pairs: the articles are split into disjoint pairs, each
       article in exactly one (with an odd count the last one joins a second
       pair), and each pair is checked as two sources.  Article i, in the
       corpus's sorted order, when not yet paired, takes the first unpaired
       article from j = (i + n//2) % n on (i + n//2 and i - n//2 are one pair).
       For PolNeAR, sorted by publisher and date, the partner must have a
       different publisher and a different date where possible (else one of
       the two differs): claimdiff reads consecutive texts of one outlet as
       one continuing story, which unrelated articles are not; with the full
       corpus every pair has two publishers.  In MEANTIME, sorted by topic
       sub-corpus (airbus, apple, gm, stock: 15 documents each), n//2 = 30
       pairs every document with one of another topic; all are "Wikinews", as
       they would be for a user.  A conflict counts as a cross-pair false
       alarm when its claims come from both sources; a conflict within one
       article is already counted in (a) and is only counted apart (-v).
       Each article is thus read twice (alone and in its pair), which keeps
       a full run short.
   With --limit N only the first N articles of each corpus are used, and
   pairs are made among them.  The results do not depend on --jobs (each
   check() call is independent; results are collected in task order).

The last three lines of the output are the summary: one line per corpus and
the elapsed time (a full run reads about 1,800 articles: some 11 s with two
idle CPUs, 20 s with one).
"""
from __future__ import annotations

import os
import sys

# benchmarks/numbers.py would shadow the standard library's ``numbers`` module while this folder heads sys.path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or os.curdir) != _HERE]

import argparse  # noqa: E402
import datetime as _dt  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Dict, List, Optional, Sequence, Tuple  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claimdiff  # noqa: E402

# quantulum3 (claimdiff's fallback for rare units) warns once per process that its optional classifier is missing
warnings.filterwarnings("ignore", message="Classifier dependencies not installed")

SHARED = ROOT.parent / "shared" / "benchmarks"
POLNEAR_DEFAULT = "/work/.mirror/networkdynamics+PolNeAR/repo"
TRAIN_TEXT = "data/train/text/"
SENTENCE_WIDTH = 160


@dataclass(frozen=True)
class Article:
    name: str  # file name or document name (the Source id)
    text: str
    publisher: Optional[str]
    published: Optional[_dt.date]


@dataclass(frozen=True)
class ClaimRow:
    source: str
    quote: str
    speaker: Optional[str]
    sentence: str


@dataclass(frozen=True)
class ConflictRow:
    kind: str
    metric: str
    explanation: str
    claims: Tuple[ClaimRow, ...]

    @property
    def sources(self) -> frozenset:
        return frozenset(c.source for c in self.claims)


# --------------------------------------------------------------------------- corpora


def _git(mirror: str, *args: str, data: Optional[bytes] = None) -> bytes:
    return subprocess.run(["git", "-C", mirror, *args], input=data, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=True).stdout


def _read_blobs(mirror: str, paths: Sequence[str]) -> Dict[str, bytes]:
    """The contents of ``HEAD:<path>`` for every path, through one ``git cat-file --batch``."""
    out = _git(mirror, "cat-file", "--batch", data="".join(f"HEAD:{p}\n" for p in paths).encode("utf-8"))
    blobs: Dict[str, bytes] = {}
    pos = 0
    for path in paths:
        eol = out.index(b"\n", pos)
        header = out[pos:eol].split()
        if len(header) != 3 or header[1] != b"blob":
            raise RuntimeError(f"git cat-file: cannot read HEAD:{path} ({out[pos:eol]!r})")
        size = int(header[2])
        blobs[path] = out[eol + 1:eol + 1 + size]
        pos = eol + 1 + size + 1  # the blob is followed by a newline
    return blobs


def _iso(value: str) -> Optional[_dt.date]:
    try:
        return _dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def load_polnear(limit: Optional[int]) -> Tuple[Optional[List[Article]], str]:
    mirror = os.environ.get("POLNEAR_MIRROR") or POLNEAR_DEFAULT
    if not os.path.isdir(mirror):
        return None, f"mirror {mirror} not found"
    try:
        listing = _git(mirror, "ls-tree", "-r", "--name-only", "HEAD", TRAIN_TEXT.rstrip("/")).decode("utf-8")
        metadata = _git(mirror, "show", "HEAD:data/metadata.tsv").decode("utf-8")
    except (subprocess.CalledProcessError, OSError) as error:
        return None, f"cannot read the mirror {mirror} ({error})"
    # only the train split: the path filter keeps dev/ and test/ out even if ls-tree were given more
    paths = sorted(p for p in listing.splitlines() if p.startswith(TRAIN_TEXT) and p.endswith(".txt"))
    if not paths:
        return None, f"no {TRAIN_TEXT}*.txt in {mirror}"
    if limit is not None:
        paths = paths[:limit]
    rows = [line.split("\t") for line in metadata.splitlines()]
    header = rows[0]
    col = {name: header.index(name) for name in ("compartment", "filename", "publisher", "publication_date")}
    meta: Dict[str, Tuple[str, str]] = {}
    for row in rows[1:]:
        if len(row) > max(col.values()) and row[col["compartment"]] == "train":
            meta[row[col["filename"]]] = (row[col["publisher"]], row[col["publication_date"]])
    blobs = _read_blobs(mirror, paths)
    articles = []
    for path in paths:
        name = path[len(TRAIN_TEXT):]
        publisher, date = meta.get(name[:-len(".txt")], (None, ""))
        articles.append(Article(name, blobs[path].decode("utf-8", errors="replace"), publisher, _iso(date)))
    return articles, ""


def load_meantime(limit: Optional[int]) -> Tuple[Optional[List[Article]], str]:
    path = SHARED / "meantime-en" / "meantime_en_60docs.json"
    if not path.exists():
        return None, f"{path} not found"
    docs = json.loads(path.read_text(encoding="utf-8"))
    docs = sorted(docs, key=lambda d: (d.get("subcorpus", ""), d["doc_name"]))
    if limit is not None:
        docs = docs[:limit]
    return [Article(d["doc_name"], d["text"], "Wikinews", _iso(d.get("dct") or "")) for d in docs], ""


def make_pairs(articles: Sequence[Article], separate_outlets: bool) -> List[Tuple[int, int]]:
    """Disjoint pairs of unrelated articles, each article in one pair (with an odd count, the last in two).

    Article i, in order, when not yet paired, takes the first unpaired j from (i + n//2) % n on; with
    ``separate_outlets`` the first that differs in publisher and date, else in publisher, else in date.
    """
    n = len(articles)
    paired = [False] * n
    pairs: List[Tuple[int, int]] = []
    tests = ((lambda a, b: a.publisher != b.publisher and a.published != b.published),
             (lambda a, b: a.publisher != b.publisher),
             (lambda a, b: a.published != b.published),
             (lambda a, b: True))
    for i, a in enumerate(articles):
        if paired[i]:
            continue
        order = [j for j in ((i + n // 2 + k) % n for k in range(n)) if j != i and not paired[j]]
        if not order:  # the odd one out: paired with an article already in a pair
            order = [j for j in ((i + n // 2 + k) % n for k in range(n)) if j != i]
            if not order:
                break
        chosen = order[0]
        if separate_outlets:
            chosen = next(j for test in tests for j in order if test(a, articles[j]))
        paired[i] = paired[chosen] = True
        pairs.append((i, chosen))
    return pairs


# --------------------------------------------------------------------------- checking

_CORPORA: Dict[str, List[Article]] = {}  # set before the worker processes fork


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _trim_sentence(claim: "claimdiff.Claim") -> str:
    """The claim's sentence, cut to about SENTENCE_WIDTH characters around the quote."""
    sentence = claim.sentence
    at = sentence.find(claim.quote)
    if claim.sentence_span is not None and claim.span is not None:
        offset = claim.span[0] - claim.sentence_span[0]
        if 0 <= offset <= len(sentence):
            at = offset
    if len(_flat(sentence)) <= SENTENCE_WIDTH:
        return _flat(sentence)
    at = max(at, 0)
    begin = max(0, at - SENTENCE_WIDTH // 2)
    end = min(len(sentence), begin + SENTENCE_WIDTH)
    begin = max(0, end - SENTENCE_WIDTH)
    return ("..." if begin else "") + _flat(sentence[begin:end]) + ("..." if end < len(sentence) else "")


def _source(article: Article) -> "claimdiff.Source":
    return claimdiff.Source(article.text, name=article.publisher, published=article.published, id=article.name)


def _run(task: Tuple[str, Tuple[int, ...]]) -> Tuple[int, List[ConflictRow]]:
    corpus, indices = task
    articles = _CORPORA[corpus]
    report = claimdiff.check([_source(articles[i]) for i in indices])
    rows = []
    for conflict in report.conflicts:
        claims = tuple(ClaimRow(c.source, _flat(c.quote), c.speaker.name if c.speaker is not None else None,
                                _trim_sentence(c)) for c in conflict.claims)
        rows.append(ConflictRow(conflict.kind, conflict.metric, _flat(conflict.explanation or ""), claims))
    return len(report.claims), rows


@dataclass
class Result:
    corpus: str
    articles: List[Article]
    claims: int = 0
    single: List[Tuple[str, ConflictRow]] = None  # (article, conflict)
    pairs: int = 0
    pair_claims: int = 0
    cross: List[Tuple[str, str, ConflictRow]] = None  # (article, partner, conflict)
    within_pairs: int = 0


def run_corpus(corpus: str, articles: List[Article], separate_outlets: bool, pool) -> Result:
    _CORPORA[corpus] = articles
    singles = [(corpus, (i,)) for i in range(len(articles))]
    pairs = [(corpus, pair) for pair in make_pairs(articles, separate_outlets)]
    tasks = singles + pairs
    if pool is None:
        outputs = [_run(t) for t in tasks]
    else:
        outputs = pool.map(_run, tasks, chunksize=8)
    result = Result(corpus, articles, single=[], cross=[])
    for (_, (i,)), (n_claims, rows) in zip(singles, outputs[:len(singles)]):
        result.claims += n_claims
        result.single += [(articles[i].name, row) for row in rows]
    for (_, (i, j)), (n_claims, rows) in zip(pairs, outputs[len(singles):]):
        result.pairs += 1
        result.pair_claims += n_claims
        for row in rows:
            if len(row.sources) > 1:
                result.cross.append((articles[i].name, articles[j].name, row))
            else:
                result.within_pairs += 1
    return result


# --------------------------------------------------------------------------- output


def _per100(count: int, n: int) -> str:
    return f"{100 * count / n:.1f}" if n else "n/a"


def print_table(results: List[Result], verbose: bool) -> None:
    rows: List[Tuple[str, List[str]]] = [
        ("articles", [str(len(r.articles)) for r in results]),
        ("conflicts in single articles", [str(len(r.single)) for r in results]),
        ("conflicts per 100 single articles", [_per100(len(r.single), len(r.articles)) for r in results]),
        ("articles with >= 1 conflict", [str(len({a for a, _ in r.single})) for r in results]),
        ("pairs", [str(r.pairs) for r in results]),
        ("cross-pair conflicts", [str(len(r.cross)) for r in results]),
        ("cross-pair conflicts per 100 pairs", [_per100(len(r.cross), r.pairs) for r in results]),
    ]
    if verbose:
        rows += [
            ("claims in single articles", [str(r.claims) for r in results]),
            ("claims per article", [f"{r.claims / len(r.articles):.1f}" if r.articles else "n/a" for r in results]),
            ("claims in pair runs", [str(r.pair_claims) for r in results]),
            ("pair-run conflicts within one article", [str(r.within_pairs) for r in results]),
        ]
        kinds = sorted({row.kind for r in results for _, row in r.single} | {row.kind for r in results for *_, row in r.cross})
        for kind in kinds:
            rows.append((f"single-article conflicts: {kind}", [str(sum(row.kind == kind for _, row in r.single)) for r in results]))
        for kind in kinds:
            rows.append((f"cross-pair conflicts: {kind}", [str(sum(row.kind == kind for *_, row in r.cross)) for r in results]))
    label_width = max(len(label) for label, _ in rows)
    widths = [max(len(r.corpus), *(len(cells[k]) for _, cells in rows)) for k, r in enumerate(results)]
    print(" " * label_width + "  " + "  ".join(r.corpus.rjust(w) for r, w in zip(results, widths)))
    for label, cells in rows:
        print(label.ljust(label_width) + "  " + "  ".join(c.rjust(w) for c, w in zip(cells, widths)))


def _print_conflict(head: str, row: ConflictRow) -> None:
    print(f"  {head}  {row.kind}  {row.metric}")
    if row.explanation:
        print(f"      why: {row.explanation[:SENTENCE_WIDTH]}")
    for claim in row.claims:
        who = claim.speaker or "(no speaker)"
        print(f"      - {claim.quote!r}  [{who}]  <{claim.source}>")
        print(f"          {claim.sentence}")


def print_listing(results: List[Result]) -> None:
    for r in results:
        print()
        print(f"{r.corpus}: {len(r.single)} conflicts in single articles")
        for article, row in r.single:
            _print_conflict(f"[{r.corpus}] {article}", row)
        print()
        print(f"{r.corpus}: {len(r.cross)} cross-pair conflicts")
        for article, partner, row in r.cross:
            _print_conflict(f"[{r.corpus}] {article} + {partner}", row)


def summary_line(r: Result) -> str:
    flagged = len({a for a, _ in r.single})
    return (f"{r.corpus}: {len(r.articles)} articles, {_per100(len(r.single), len(r.articles))} conflicts/100 single "
            f"({len(r.single)} in {flagged} articles), {len(r.cross)} cross-pair in {r.pairs} pairs")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="False conflict alarms of claimdiff on PolNeAR (train) and MEANTIME.")
    parser.add_argument("-v", "--verbose", action="store_true", help="claim counts and conflicts by kind")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N articles of each corpus")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                        help="worker processes (default: min(2, CPUs)); results do not depend on it")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    corpora = [("polnear-train", load_polnear, True), ("meantime", load_meantime, False)]
    loaded = []
    skipped: List[Tuple[str, str]] = []
    for corpus, loader, separate in corpora:
        articles, why = loader(args.limit)
        if articles is None or not articles:
            print(f"{corpus}: skipped ({why or 'no articles'})")
            skipped.append((corpus, why or "no articles"))
        else:
            loaded.append((corpus, articles, separate))
    results: List[Result] = []
    if loaded:
        for corpus, articles, _ in loaded:
            _CORPORA[corpus] = articles
        pool = None
        if args.jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            pool = multiprocessing.get_context("fork").Pool(args.jobs)
        try:
            for corpus, articles, separate in loaded:
                results.append(run_corpus(corpus, articles, separate, pool))
        finally:
            if pool is not None:
                pool.close()
                pool.join()
        print()
        print("False conflict alarms (every conflict below is a candidate false alarm):")
        print_table(results, args.verbose)
        print_listing(results)
        print()
    elapsed = time.perf_counter() - t0
    # the last three lines: the summary
    by_name = {r.corpus: r for r in results}
    for corpus, _, _ in corpora:
        if corpus in by_name:
            print(summary_line(by_name[corpus]))
        else:
            print(f"{corpus}: skipped ({dict(skipped).get(corpus, '')})")
    print(f"elapsed {elapsed:.1f} s" + (f" (--limit {args.limit})" if args.limit is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
