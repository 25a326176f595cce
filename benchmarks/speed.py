"""Throughput of claimdiff.numbers.quantities() against quantulum3 (a script, not pytest).

    python benchmarks/speed.py

Texts: the seed files in <repo>/seeds/*.txt and the "text" fields of
<workspace>/shared/dev/news_cases.json when present.  Both parsers run on the
same texts in the same process; the ratio is quantulum3 time / our time
(goal >= 10x).  Then the first quantities() call is timed in a fresh
subprocess right after ``import claimdiff.numbers`` (goal <= 0.3 s).

Full check() (skipped when <workspace>/shared is absent):

* throughput of ``claimdiff.check([text])`` per article on the texts repeated
  to a corpus, in articles/s and KB/s, and against quantulum3 on the same
  texts in the same run (goal >= 10x);
* cold start: ``python -c "import claimdiff; claimdiff.check(seed)"`` minus a
  bare ``python -c pass`` (goal <= 0.5 s);
* one input of 0.25, 0.5 and 1 MB, then 10 MB, made of the repeated news (is
  time linear?), in a child process that reports its peak memory (goal <= 150
  MB); the 10 MB run gets ``--budget`` seconds (default 180);
* ``check_many`` on N sources: time per source for growing N (no N^2 growth),
  on the repeated dev corpus (the same 23 stories over and over: the worst
  case, each event's group grows until ``compare.MAX_GROUP``) and on a
  synthetic archive of many events with three short reports each.

    python benchmarks/speed.py [--budget SECONDS] [--no-large]
"""
from __future__ import annotations

import os
import sys

# benchmarks/numbers.py would shadow the standard library's ``numbers`` module
# (quantulum3 needs it) while this folder heads sys.path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or os.curdir) != _HERE]

import json
import subprocess
import time
import warnings
from pathlib import Path
from typing import List, Optional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimdiff.numbers import quantities  # noqa: E402

NEWS_CASES = REPO.parent / "shared" / "dev" / "news_cases.json"


def load_texts() -> List[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").glob("*.txt"))]
    if NEWS_CASES.exists():
        data = json.loads(NEWS_CASES.read_text(encoding="utf-8"))
        cases = data.get("cases", data) if isinstance(data, dict) else data
        texts.extend(case["text"] for case in cases if isinstance(case, dict) and case.get("text"))
    else:
        print(f"(no {NEWS_CASES}; seeds only)")
    return texts


def best_of(function, texts: List[str], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - started)
    return best


def first_call_time() -> float:
    code = (
        "import time, claimdiff.numbers as n\n"
        "t = time.perf_counter()\n"
        "n.quantities('Officials said at least 14 people were killed and some 40 kilometres (25 miles) of road closed.')\n"
        "print(time.perf_counter() - t)\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(REPO), check=True)
    return float(output.stdout.strip())


def main() -> int:
    quantities_section()
    if "--no-full" not in sys.argv:
        full_check_section()
    return 0


def quantities_section() -> int:
    texts = load_texts()
    characters = sum(len(text) for text in texts)
    print(f"texts: {len(texts)}, {characters} characters")
    ours = best_of(quantities, texts, repeats=5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # the comparison target; imported here only

        parser.parse("warm up 5 km")
        theirs = best_of(parser.parse, texts, repeats=2)
    print(f"claimdiff quantities(): {ours * 1000:.1f} ms  ({characters / ours / 1e6:.2f} M chars/s)")
    print(f"quantulum3 parse():     {theirs * 1000:.1f} ms  ({characters / theirs / 1e6:.3f} M chars/s)")
    ratio = theirs / ours
    print(f"ratio: {ratio:.1f}x faster (goal >= 10x: {'ok' if ratio >= 10 else 'below goal'})")
    first = first_call_time()
    print(f"first quantities() call in a fresh process: {first:.4f} s (goal <= 0.3 s: {'ok' if first <= 0.3 else 'below goal'})")
    return 0


# ---------------------------------------------------------------- full check()

SEED = REPO / "seeds" / "ani_taganrog_missile_2023-07-28.txt"
CORPUS_ARTICLES = 200
SIZES_MB = (0.25, 0.5, 1.0)
GROWTH_N = (100, 300, 900)
SYNTHETIC_N = (300, 900, 2700)


def _verdict(ok: bool) -> str:
    return "ok" if ok else "below goal"


def _argument(flag: str, default: float) -> float:
    if flag in sys.argv:
        return float(sys.argv[sys.argv.index(flag) + 1])
    return default


def load_articles():
    """The seed and the dev cases as Sources (published kept when it reads as a date)."""
    from claimdiff import Source
    from claimdiff.types import as_date

    articles = [Source(SEED.read_text(encoding="utf-8"), name="ANI", published="2023-07-28")]
    data = json.loads(NEWS_CASES.read_text(encoding="utf-8"))
    cases = data.get("cases", data) if isinstance(data, dict) else data
    for case in cases:
        if not isinstance(case, dict) or not case.get("text"):
            continue
        try:
            published = as_date(str(case.get("published") or "")[:10] or None)
        except ValueError:
            published = None
        articles.append(Source(case["text"], name=case.get("outlet"), published=published))
    return articles


def _repeated(texts: List[str], size: int) -> str:
    unit = "\n\n".join(texts) + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def large_inputs(budget: float) -> None:  # noqa: ARG001 (the parent enforces the budget)
    """Child mode: time check() on one large input per size; print one JSON line per size."""
    import resource

    import claimdiff

    texts = [a.text for a in load_articles()]
    claimdiff.check([texts[0]])
    for size_mb in SIZES_MB + (10.0,):
        text = _repeated(texts, int(size_mb * 1_000_000))
        started = time.perf_counter()
        report = claimdiff.check([text])
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"mb": size_mb, "seconds": elapsed, "claims": len(report.claims), "peak_mb": peak}), flush=True)
        del report, text


def full_check_section() -> None:
    print()
    print("== full check() ==")
    if not NEWS_CASES.exists():
        print(f"(skipped: no {NEWS_CASES})")
        return
    import resource

    import claimdiff
    from claimdiff import Source

    articles = load_articles()
    texts = [a.text for a in articles]
    size = sum(len(t.encode("utf-8")) for t in texts)
    claimdiff.check([articles[0]])  # warm up (lazy imports)

    # throughput on a corpus of repeated articles
    rounds = -(-CORPUS_ARTICLES // len(articles))
    corpus = articles * rounds
    started = time.perf_counter()
    for article in corpus:
        claimdiff.check([article])
    elapsed = time.perf_counter() - started
    print(f"corpus: {len(corpus)} articles ({len(articles)} distinct x {rounds}), {size * rounds / 1000:.0f} KB")
    print(f"check(): {elapsed:.2f} s, {len(corpus) / elapsed:.1f} articles/s, {size * rounds / 1000 / elapsed:.0f} KB/s")

    # against quantulum3, same texts, same run
    ours = best_of(lambda t: claimdiff.check([t]), texts, repeats=3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up 5 km")
        theirs = best_of(parser.parse, texts, repeats=1)
    ratio = theirs / ours
    print(f"on the {len(texts)} distinct texts: check() {ours * 1000:.0f} ms, quantulum3 parse() {theirs * 1000:.0f} ms: "
          f"{ratio:.1f}x (goal >= 10x: {_verdict(ratio >= 10)})")

    # cold start
    cold = cold_start()
    print(f"cold start, import + check(seed), minus bare interpreter: {cold:.3f} s (goal <= 0.5 s: {_verdict(cold <= 0.5)})")

    # large inputs, in a child process that reports its own peak memory
    if "--no-large" not in sys.argv:
        budget = _argument("--budget", 180.0)
        rows = large_input_rows(budget)
        base: Optional[dict] = None
        for row in rows:
            if "error" in row:
                print(f"  {row['mb']:>5} MB: {row['error']}")
                continue
            base = base or row
            scale = (row["seconds"] / base["seconds"]) / (row["mb"] / base["mb"])
            print(f"  one {row['mb']:>5} MB input: {row['seconds']:7.2f} s, {row['mb'] / row['seconds'] * 1000:5.0f} KB/s, "
                  f"{row['claims']} claims, peak RSS {row['peak_mb']:.0f} MB (time per MB vs {base['mb']} MB: {scale:.2f}x; 1.00 = linear)")
        peaks = [row["peak_mb"] for row in rows if "peak_mb" in row]
        if peaks:
            print(f"peak memory of the large-input child: {max(peaks):.0f} MB (goal <= 150 MB: {_verdict(max(peaks) <= 150)})")

    # check_many: time per source as N grows, on the corpus repeated and on a synthetic archive
    # (many events, three short reports each: the shape of a real archive)
    runs = [("", n, [Source(a.text, a.name, a.published) for a in (corpus * (n // len(corpus) + 1))[:n]]) for n in GROWTH_N]
    runs += [(" synthetic", n, synthetic_archive(n)) for n in SYNTHETIC_N]
    for label, n, sources in runs:
        elapsed, reading, comparing, final = _time_check_many(sources)
        print(f"check_many,{label} N={n:>4}: {elapsed:6.2f} s, {elapsed / n * 1000:5.1f} ms/source "
              f"(reading {reading / n * 1000:.1f} ms/source, comparing at the end {comparing:.2f} s), "
              f"{len(final.claims)} claims, {len(final.events)} events, {len(final.conflicts)} conflicts")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (check corpus, quantulum3, check_many): {peak:.0f} MB (goal <= 150 MB: {_verdict(peak <= 150)})")


def _time_check_many(sources):
    """(total, reading, final comparison) seconds of one check_many run, and its final result."""
    import claimdiff

    started = time.perf_counter()
    read = started
    final = None
    for final in claimdiff.check_many(sources):
        if final.kind == "source":
            read = time.perf_counter()
    done = time.perf_counter()
    return done - started, read - started, done - read, final


def synthetic_archive(n: int):
    """n short reports, three per event: made-up towns, days and figures (deterministic)."""
    import datetime as dt

    from claimdiff import Source

    first = ["Kel", "Bram", "Ost", "Vel", "Dun", "Mar", "Tor", "Lin", "Ash", "Cal"]
    second = ["wick", "ford", "haven", "mere", "stead", "by", "holm", "dale", "port", "ton"]
    kinds = ["fire", "flood", "explosion", "collapse"]
    outlets = ["Harbour Gazette", "Northern Wire", "Radio Lumen"]
    sources = []
    for i in range(n):
        event = i // 3
        town = first[event % 10] + second[(event // 10) % 10] + ("" if event < 100 else f"-{first[(event // 100) % 10]}")
        day = dt.date(2020, 1, 1) + dt.timedelta(days=(event * 7) % 1800)
        figure = 3 + (event % 40) + (i % 3) * (event % 2)
        text = (f"{outlets[i % 3]} reported that {figure} people were killed in the {kinds[event % 4]} in {town}, "
                f"police said. The mayor said {figure * 4} homes were damaged.")
        sources.append(Source(text, name=outlets[i % 3], published=day))
    return sources


def cold_start(repeats: int = 3) -> float:
    code = (
        "import claimdiff, pathlib; "
        f"claimdiff.check([claimdiff.Source(pathlib.Path({str(SEED)!r}).read_text(encoding='utf-8'), name='ANI', published='2023-07-28')])"
    )

    def run(args: List[str]) -> float:
        best = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            subprocess.run([sys.executable, *args], check=True, cwd=str(REPO), capture_output=True)
            best = min(best, time.perf_counter() - started)
        return best

    return run(["-c", code]) - run(["-c", "pass"])


def large_input_rows(budget: float) -> List[dict]:
    rows: List[dict] = []
    process = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--large-child", str(budget)],
                               stdout=subprocess.PIPE, text=True, cwd=str(REPO))
    assert process.stdout is not None
    try:
        import selectors

        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        while len(rows) < len(SIZES_MB) + 1:
            # each small size gets two minutes, the 10 MB input the budget
            if not selector.select(timeout=budget if len(rows) == len(SIZES_MB) else 120.0):
                rows.append({"mb": (SIZES_MB + (10.0,))[len(rows)], "error": f"not finished within the {budget:.0f} s budget"})
                break
            line = process.stdout.readline()
            if not line:
                break
            rows.append(json.loads(line))
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
    return rows


if __name__ == "__main__":
    if "--large-child" in sys.argv:
        large_inputs(float(sys.argv[sys.argv.index("--large-child") + 1]))
        raise SystemExit(0)
    raise SystemExit(main())
