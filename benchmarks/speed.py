"""Throughput of claimdiff.numbers.quantities() against quantulum3 (a script, not pytest).

    python benchmarks/speed.py

Texts: the seed files in <repo>/seeds/*.txt and the "text" fields of
<workspace>/shared/dev/news_cases.json when present.  Both parsers run on the
same texts in the same process; the ratio is quantulum3 time / our time
(goal >= 10x).  Then the first quantities() call is timed in a fresh
subprocess right after ``import claimdiff.numbers`` (goal <= 0.3 s).
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
from typing import List

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


if __name__ == "__main__":
    raise SystemExit(main())
