"""Command line: ``claimdiff check FILE... [--source NAME] [--published DATE] [--format ...] [--colour ...]``.

Exit status: 0 done, 1 a conflict was found and ``--fail-on-conflict`` was given,
2 bad input (unreadable file, bad date, wrong number of ``--source``/``--published``, bad option).
"""
from __future__ import annotations

import argparse
import html
import os
import sys
from typing import List, Optional, Sequence

from .pipeline import check
from .types import Source

FORMATS = ("table", "json", "markdown", "html")
COLOURS = ("auto", "always", "never")

EXIT_OK = 0
EXIT_CONFLICT = 1
EXIT_BAD_INPUT = 2


class _BadInput(Exception):
    """An input problem reported on stderr with exit status 2."""


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
    run.add_argument("--colour", "--color", dest="colour", choices=COLOURS, default="auto",
                     help="colour the table format: auto (only on a terminal, and not when NO_COLOR is set), "
                          "always, never (default: auto)")
    return parser


def use_colour(choice: str, stream=None, environ=None) -> bool:
    """Whether to colour: ``always``/``never`` as said; ``auto`` only on a terminal without ``NO_COLOR``.

    ``NO_COLOR`` counts when set to anything but the empty string (https://no-color.org).
    """
    if choice == "always":
        return True
    if choice == "never":
        return False
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR", ""):
        return False
    stream = sys.stdout if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):  # a closed or odd stream
        return False


def _per_file(values: Optional[List[str]], count: int, option: str) -> List[Optional[str]]:
    if not values:
        return [None] * count
    if len(values) == 1:
        return values * count
    if len(values) != count:
        raise _BadInput(f"give {option} once, or once per FILE ({count} FILEs, {len(values)} {option})")
    return list(values)


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)  # a bad option exits with status 2 (argparse)
    try:
        names = _per_file(args.source, len(args.files), "--source")
        dates = _per_file(args.published, len(args.files), "--published")
    except _BadInput as error:
        print(f"claimdiff: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    sources = []
    for index, path in enumerate(args.files):
        try:
            text = _read(path)
        except OSError as error:
            print(f"claimdiff: cannot read {path}: {error.strerror or error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        try:
            sources.append(Source(text, name=names[index], published=dates[index], id=f"s{index + 1}"))
        except (TypeError, ValueError) as error:
            print(f"claimdiff: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
    report = check(sources)
    if args.format == "json":
        output = report.to_json()
    elif args.format == "markdown":
        output = report.to_markdown()
    elif args.format == "html":
        output = html_page(report._repr_html_())
    else:
        output = report.to_table(colour=use_colour(args.colour))
    _write(output if output.endswith("\n") else output + "\n")
    return EXIT_CONFLICT if args.fail_on_conflict and report.conflicts else EXIT_OK


def html_page(fragment: str, title: str = "claimdiff report") -> str:
    """A standalone UTF-8 HTML document around the notebook fragment (for ``--format html``)."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )


def _write(text: str) -> None:
    """Write to stdout; characters the terminal's encoding lacks become replacement marks."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = getattr(sys.stdout, "encoding", None) or "ascii"
        sys.stdout.write(text.encode(encoding, "replace").decode(encoding))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
