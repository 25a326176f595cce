"""Command line: ``claimdiff check FILE... [--source NAME] [--published DATE] [--format ...]``."""
from __future__ import annotations

import argparse
import sys
from typing import List, Optional, Sequence

from .pipeline import check
from .types import Source

FORMATS = ("table", "json", "markdown", "html")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimdiff", description="Find where news sources disagree on figures.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("check", help="extract claims and report conflicts")
    run.add_argument("files", nargs="+", metavar="FILE", help="text files to read; - reads standard input")
    run.add_argument("--source", action="append", default=None, metavar="NAME",
                     help="who published the text (repeat once per FILE, or give one for all)")
    run.add_argument("--published", action="append", default=None, metavar="DATE",
                     help="publication date, ISO (repeat once per FILE, or give one for all)")
    run.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    run.add_argument("--fail-on-conflict", action="store_true", help="exit with status 1 when a conflict is found")
    return parser


def _per_file(values: Optional[List[str]], count: int, option: str) -> List[Optional[str]]:
    if not values:
        return [None] * count
    if len(values) == 1:
        return values * count
    if len(values) != count:
        raise SystemExit(f"claimdiff: give {option} once, or once per FILE ({count})")
    return list(values)


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    names = _per_file(args.source, len(args.files), "--source")
    dates = _per_file(args.published, len(args.files), "--published")
    sources = []
    for index, path in enumerate(args.files):
        try:
            text = _read(path)
        except OSError as error:
            print(f"claimdiff: cannot read {path}: {error.strerror}", file=sys.stderr)
            return 2
        try:
            sources.append(Source(text, name=names[index], published=dates[index], id=f"s{index + 1}"))
        except (TypeError, ValueError) as error:
            print(f"claimdiff: {error}", file=sys.stderr)
            return 2
    report = check(sources)
    if args.format == "json":
        output = report.to_json()
    elif args.format == "markdown":
        output = report.to_markdown()
    elif args.format == "html":
        output = report._repr_html_()
    else:
        output = report.to_table()
    sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 1 if args.fail_on_conflict and report.conflicts else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
