"""Score claimdiff on the shared dev set of real news cases (claims, speakers, conflicts).

    python benchmarks/dev_set.py [-v]

Runs ../shared/eval/score.py on ../shared/dev/news_cases.json with this checkout's claimdiff;
prints a message and exits 0 when ../shared is not there.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> int:
    scorer = SHARED / "eval" / "score.py"
    cases = SHARED / "dev" / "news_cases.json"
    if not scorer.exists() or not cases.exists():
        print(f"shared dev set not found under {SHARED}; nothing to score")
        return 0
    command = [sys.executable, str(scorer), str(cases)] + sys.argv[1:]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
