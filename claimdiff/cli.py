"""Command line: ``claimdiff check|extract|quantities|dates FILE...`` and ``claimdiff render REPORT``.

    claimdiff check FILE... [--source NAME] [--published DATE] [--input-format auto|text|jsonl|csv]
                            [--encoding ENC] [--format table|json|markdown|html|csv|jsonl]
                            [--fail-on-conflict] [--colour auto|always|never] [--workers N]
    claimdiff extract|quantities|dates FILE... (the same input options) [--format table|json|jsonl|csv]
    claimdiff render REPORT.json [--format ...] [--fail-on-conflict] [--colour ...]
    claimdiff --version

A FILE is a text (one article), or with ``--input-format jsonl``/``csv`` (or a
``.jsonl``/``.ndjson``/``.csv`` name) an archive of articles, one a row, with
fields ``text`` and optional ``name``, ``published``, ``id``; an archive is
streamed through :func:`claimdiff.check_many`.

Exit status: 0 done, 1 a conflict was found and ``--fail-on-conflict`` was given,
2 bad input (unreadable, binary or undecodable file, bad date, bad row, wrong number
of ``--source``/``--published``, standard input named twice, bad option).
"""
from __future__ import annotations

import argparse
import codecs
import csv
import datetime as _dt
import html
import io
import json
import os
import re
import sys
import warnings
from dataclasses import dataclass
from typing import IO, Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, TextIO, Tuple, Union

from . import __version__
from .options import Rules
from .report import COLUMNS, LIST_SEPARATOR, Report, claim_row
from .types import Claim, DateMention, Quantity, Source, as_date

FORMATS = ("table", "json", "markdown", "html", "csv", "jsonl")
LIST_FORMATS = ("table", "json", "jsonl", "csv")
INPUT_FORMATS = ("auto", "text", "jsonl", "csv")
COLOURS = ("auto", "always", "never")

EXIT_OK = 0
EXIT_CONFLICT = 1
EXIT_BAD_INPUT = 2

#: File name endings read as archives by ``--input-format auto``.
ARCHIVE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
#: Bytes looked at to tell a binary file from a text.
SNIFF = 8192
#: Third-party modules whose warnings are theirs to fix, never the user's to read.
QUIET_MODULES = r"(quantulum3|dateparser|sklearn|pkg_resources|regex|tzlocal|dateutil)(\.|$)"


class _BadInput(Exception):
    """An input problem reported on stderr with exit status 2."""


# ---------------------------------------------------------------- options


def _input_options() -> argparse.ArgumentParser:
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("files", nargs="+", metavar="FILE",
                        help="text files (one article each), or JSON Lines / CSV archives (one article a row); - reads standard input")
    shared.add_argument("--source", action="append", default=None, metavar="NAME",
                        help="who published the text (repeat once per FILE, or give one for all; default: the file's name)")
    shared.add_argument("--published", action="append", default=None, metavar="DATE",
                        help="publication date, ISO such as 2023-07-28 (repeat once per FILE, or give one for all)")
    shared.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                        help="text, jsonl or csv (fields name, published, text, id); auto: by the file name "
                             "(.jsonl, .ndjson, .csv), else text (default: auto)")
    shared.add_argument("--encoding", default="utf-8", metavar="ENC",
                        help="the files' encoding (default: utf-8; a UTF-8 byte order mark is skipped)")
    return shared


def _colour_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--colour", "--color", dest="colour", choices=COLOURS, default="auto",
                        help="colour the table format: auto (only on a terminal, and not when NO_COLOR is set), "
                             "always, never (default: auto)")


def _rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", default=None, metavar="FILE",
                        help="your own tables on top of the defaults, in JSON or TOML (.toml): event_kinds, metrics, "
                             "places, drop, updates (see claimdiff.Rules)")


def _rules(args: argparse.Namespace) -> Optional[Rules]:
    path = getattr(args, "rules", None)
    if path is None:
        return None
    try:
        return Rules.from_file(path)
    except OSError as error:
        raise _BadInput(f"--rules {path}: {error.strerror or error}") from None
    except (ValueError, TypeError) as error:
        raise _BadInput(f"--rules {path}: {error}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimdiff", description="Find where news sources disagree on figures.")
    parser.add_argument("--version", action="version", version=f"claimdiff {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    shared = _input_options()

    run = commands.add_parser("check", parents=[shared], help="extract claims and report conflicts",
                              description="Extract claims from every FILE and report where they disagree.")
    run.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    run.add_argument("--fail-on-conflict", action="store_true", help="exit with status 1 when a conflict is found")
    run.add_argument("--workers", type=_positive, default=1, metavar="N",
                     help="read JSON Lines / CSV archives in N processes (default: 1)")
    _rules_option(run)
    _colour_option(run)

    for name, what in (("extract", "the claims of each text: figures with metric, speaker, event and date (no comparison)"),
                       ("quantities", "every figure of each text, as the interval it asserts"),
                       ("dates", "every date expression of each text, resolved against its publication date")):
        sub = commands.add_parser(name, parents=[shared], help=what, description=what[0].upper() + what[1:] + ".")
        sub.add_argument("--format", choices=LIST_FORMATS, default="table", help="output format (default: table)")
        if name == "extract":
            _rules_option(sub)

    render = commands.add_parser("render", help="render a saved report (JSON from --format json or jsonl)",
                                 description="Render a report saved with --format json (or jsonl) in another format.")
    render.add_argument("report", metavar="REPORT", help="the report's JSON file; - reads standard input")
    render.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    render.add_argument("--fail-on-conflict", action="store_true", help="exit with status 1 when the report has a conflict")
    _colour_option(render)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def use_colour(choice: str, stream: Any = None, environ: Optional[Mapping[str, str]] = None) -> bool:
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


# ---------------------------------------------------------------- input


def _per_file(values: Optional[List[str]], count: int, option: str) -> List[Optional[str]]:
    if not values:
        return [None] * count
    if len(values) == 1:
        return [values[0]] * count
    if len(values) != count:
        raise _BadInput(f"give {option} once, or once per FILE ({count} FILEs, {len(values)} {option})")
    return list(values)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def strict_date(value: Any, where: str = "--published") -> Union[_dt.date, str, None]:
    """An ISO date (``2023-07-28``) or date-time (``2023-07-28T09:30``, ``2023-07-28 09:30:00Z``,
    ``2023-07-28T09:30+03:00``); anything else is refused.  A date-time comes back as its text, which
    :class:`~claimdiff.types.Source` reads into its day and time.

    ``2023-07-28garbage`` is refused, not read as its first ten characters.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise _BadInput(f"{where}: expected an ISO date such as 2023-07-28, not {json.dumps(value)}")
    text = value.strip()
    try:
        if _ISO_DAY.fullmatch(text):
            return _dt.date.fromisoformat(text)
        if len(text) > 10 and text[10] in "Tt " and _ISO_DAY.fullmatch(text[:10]):
            as_date(text, where)  # checked here; the text itself goes on, so that a written midnight stays a time
            return text
    except ValueError:
        pass
    raise _BadInput(f"{where}: cannot read {value!r} as an ISO date or date-time (expected e.g. 2023-07-28 or 2023-07-28T09:30)")


def _check_encoding(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise _BadInput(f"--encoding: unknown encoding {encoding!r} (e.g. utf-8, cp1252, latin-1)") from None
    return "utf-8-sig" if name in ("utf-8", "utf-8-sig") else encoding


@dataclass
class _Input:
    """One FILE argument: where it is, how to read it, and the defaults for its texts."""

    path: str
    kind: str  # text | jsonl | csv
    name: Optional[str]
    published: Union[_dt.date, str, None]

    @property
    def label(self) -> str:
        return "standard input" if self.path == "-" else self.path


def _inputs(args: argparse.Namespace) -> List[_Input]:
    files: List[str] = list(args.files)
    if files.count("-") > 1:
        raise _BadInput("standard input (-) can be read only once; name it once")
    names = _per_file(args.source, len(files), "--source")
    days = _per_file(args.published, len(files), "--published")
    out = []
    for path, name, day in zip(files, names, days):
        kind = args.input_format
        if kind == "auto":
            kind = ARCHIVE_SUFFIXES.get(os.path.splitext(path)[1].lower(), "text") if path != "-" else "text"
        if name is None and path != "-" and kind == "text":
            name = os.path.basename(path)
        out.append(_Input(path, kind, name, strict_date(day)))
    return out


def _open_binary(item: _Input) -> IO[bytes]:
    if item.path == "-":
        buffer: Optional[IO[bytes]] = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a replaced stdin (tests, embedding): already text
            return io.BytesIO(sys.stdin.read().encode("utf-8"))
        return buffer
    try:
        return open(item.path, "rb")
    except OSError as error:
        raise _BadInput(f"cannot read {item.path}: {error.strerror or error}") from None


def _sniff(item: _Input, head: bytes, encoding: str) -> str:
    """The encoding to decode with; a binary file is refused."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and encoding == "utf-8-sig":
        return "utf-16"  # a text saved as UTF-16 says so itself
    if b"\x00" in head and not codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        raise _BadInput(f"{item.label} looks like a binary file, not text (it holds NUL bytes)")
    return encoding


def _decode_error(item: _Input, error: UnicodeDecodeError, encoding: str, offset: int = 0) -> _BadInput:
    shown = "UTF-8" if encoding == "utf-8-sig" else encoding
    byte = error.object[error.start:error.start + 1].hex() if error.object else "?"
    return _BadInput(f"{item.label} is not valid {shown} (byte 0x{byte} at position {offset + error.start}); "
                     "give its encoding with --encoding, e.g. --encoding cp1252 or --encoding latin-1")


def _read_text(item: _Input, encoding: str) -> str:
    stream = _open_binary(item)
    try:
        try:
            data = stream.read()
        except OSError as error:
            raise _BadInput(f"cannot read {item.label}: {error.strerror or error}") from None
    finally:
        if stream is not getattr(sys.stdin, "buffer", None):
            stream.close()
    chosen = _sniff(item, data[:SNIFF], encoding)
    try:
        return data.decode(chosen)
    except UnicodeDecodeError as error:
        raise _decode_error(item, error, chosen) from None


def _lines(item: _Input, encoding: str) -> Iterator[str]:
    """The decoded lines of an archive (each with its "\\n"), read as they are needed."""
    stream = _open_binary(item)
    try:
        decoder: Optional[codecs.IncrementalDecoder] = None
        chosen = encoding
        offset = 0
        pending = ""
        while True:
            try:
                chunk = stream.read(1 << 16)
            except OSError as error:
                raise _BadInput(f"cannot read {item.label}: {error.strerror or error}") from None
            if decoder is None:
                chosen = _sniff(item, chunk[:SNIFF], encoding)
                decoder = codecs.getincrementaldecoder(chosen)()
            try:
                pending += decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                raise _decode_error(item, error, chosen, offset) from None
            offset += len(chunk)
            *complete, pending = pending.split("\n")
            for line in complete:
                yield line + "\n"
            if not chunk:
                if pending:
                    yield pending
                return
    finally:
        if stream is not getattr(sys.stdin, "buffer", None):
            stream.close()


def _warn(message: str) -> None:
    print(f"claimdiff: warning: {message}", file=sys.stderr)


def _row_source(item: _Input, row: Mapping[str, Any], where: str) -> Source:
    if "text" not in row:
        raise _BadInput(f"{where}: no 'text' field (fields: {', '.join(map(str, row)) or 'none'})")
    text = row.get("text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise _BadInput(f"{where}: text must be a string, not {json.dumps(text)[:40]}")
    name = row.get("name") if row.get("name") not in (None, "") else item.name
    if name is not None and not isinstance(name, str):
        raise _BadInput(f"{where}: name must be a string, not {json.dumps(name)[:40]}")
    published = strict_date(row.get("published"), f"{where}: published") or item.published
    row_id = row.get("id")
    if row_id in ("", None):
        row_id = None
    elif not isinstance(row_id, (str, int)) or isinstance(row_id, bool):
        raise _BadInput(f"{where}: id must be a string, not {json.dumps(row_id)[:40]}")
    if not text.strip():
        _warn(f"{where}: the text is empty")
    return Source(text, name=name, published=published, id=None if row_id is None else str(row_id))


def _jsonl_sources(item: _Input, encoding: str) -> Iterator[Source]:
    for number, line in enumerate(_lines(item, encoding), 1):
        if not line.strip():
            continue
        where = f"{item.label}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise _BadInput(f"{where}: not a JSON object ({error.msg})") from None
        if not isinstance(row, dict):
            raise _BadInput(f"{where}: a row must be a JSON object with a 'text' field, not {type(row).__name__}")
        yield _row_source(item, row, where)


def _csv_sources(item: _Input, encoding: str) -> Iterator[Source]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an article is longer than csv's default cell
    reader = csv.DictReader(_lines(item, encoding))
    try:
        fields = reader.fieldnames
    except csv.Error as error:
        raise _BadInput(f"{item.label}: not CSV ({error})") from None
    if not fields or "text" not in fields:
        raise _BadInput(f"{item.label}: no 'text' column (columns: {', '.join(fields or []) or 'none'})")
    try:
        for row in reader:
            where = f"{item.label}:{reader.line_num}"
            if None in row:
                raise _BadInput(f"{where}: more cells than columns")
            yield _row_source(item, row, where)
    except csv.Error as error:
        raise _BadInput(f"{item.label}:{reader.line_num}: not CSV ({error})") from None


def _sources(items: Sequence[_Input], encoding: str) -> Iterator[Source]:
    """Every article of every FILE, in order, read lazily."""
    for item in items:
        if item.kind == "jsonl":
            yield from _jsonl_sources(item, encoding)
        elif item.kind == "csv":
            yield from _csv_sources(item, encoding)
        else:
            text = _read_text(item, encoding)
            if not text.strip():
                _warn(f"{item.label} is empty; it has no claims")
            yield Source(text, name=item.name, published=item.published)


# ---------------------------------------------------------------- commands


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)  # a bad option exits with status 2 (argparse)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", module=QUIET_MODULES)
        try:
            output, code = _COMMANDS[args.command](args)
        except _BadInput as error:
            print(f"claimdiff: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
    _write(output if not output or output.endswith("\n") else output + "\n")
    return code


def _check(args: argparse.Namespace) -> Tuple[str, int]:
    items = _inputs(args)
    encoding = _check_encoding(args.encoding)
    rules = _rules(args)
    sources = _sources(items, encoding)
    if any(item.kind != "text" for item in items):
        from .archive import ArchiveResult, check_many

        final = None
        for final in check_many(sources, workers=args.workers, rules=rules):  # noqa: B007 - the last result is the report
            pass
        assert isinstance(final, ArchiveResult)
        report = final.to_report()
    else:
        from .pipeline import check

        report = check(sources, rules=rules)
    return _render(report, args), (EXIT_CONFLICT if args.fail_on_conflict and report.conflicts else EXIT_OK)


def _render_file(args: argparse.Namespace) -> Tuple[str, int]:
    item = _Input(args.report, "text", None, None)
    text = _read_text(item, "utf-8-sig")
    try:
        report = Report.from_json(text)
    except ValueError as first:
        records = _jsonl_records(text)
        if records is None:
            raise _BadInput(f"{item.label}: not a claimdiff/1 report: {first}") from None
        try:
            report = Report.from_dict(records)
        except ValueError as error:
            raise _BadInput(f"{item.label}: not a claimdiff/1 report: {error}") from None
    return _render(report, args), (EXIT_CONFLICT if args.fail_on_conflict and report.conflicts else EXIT_OK)


def _render(report: Report, args: argparse.Namespace) -> str:
    fmt = args.format
    if fmt == "json":
        return report.to_json()
    if fmt == "markdown":
        return report.to_markdown()
    if fmt == "html":
        return report_page(report)
    if fmt == "csv":
        return _csv(_claim_rows(report), [name for name, _ in COLUMNS])
    if fmt == "jsonl":
        return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in jsonl_records(report))
    return report.to_table(colour=use_colour(args.colour))


def _claim_rows(report: Report) -> List[Dict[str, Any]]:
    names = {s.id: s.name for s in report.sources}
    published = {s.id: s.published for s in report.sources}
    conflicts: Dict[str, List[str]] = {}
    for conflict in report.conflicts:
        for claim in conflict.claims:
            conflicts.setdefault(claim.id, []).append(conflict.id)
    return [claim_row(c, names.get(c.source), published.get(c.source), conflicts.get(c.id, []))
            for c in report.claims + report.date_claims]


#: The record types of ``--format jsonl``, in the order they are written; each maps to a list of ``to_dict()``.
JSONL_RECORDS = (("source", "sources"), ("claim", "claims"), ("date_claim", "date_claims"), ("conflict", "conflicts"),
                 ("update", "updates"), ("summary", "summaries"))


def jsonl_records(report: Report) -> Iterator[Dict[str, Any]]:
    """``--format jsonl``: a header ``{"record": "report", "schema": ...}``, then one record per object of ``to_dict()``."""
    data = report.to_dict()
    yield {"record": "report", "schema": data["schema"]}
    for record, key in JSONL_RECORDS:
        for item in data[key]:
            yield {"record": record, **item}
    for note in data["notes"]:
        yield {"record": "note", "text": note}


def _jsonl_records(text: str) -> Optional[Dict[str, Any]]:
    """``--format jsonl`` output read back into ``to_dict()`` form; None when it is not that."""
    data: Dict[str, Any] = {key: [] for _, key in JSONL_RECORDS}
    data["notes"] = []
    keys = dict(JSONL_RECORDS)
    seen_header = False
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return None
        if not isinstance(record, dict):
            return None
        kind = record.pop("record", None)
        if kind == "report":
            data["schema"] = record.get("schema")
            seen_header = True
        elif kind == "note":
            data["notes"].append(record.get("text"))
        elif kind in keys:
            data[keys[kind]].append(record)
        else:
            return None
    return data if seen_header else None


# ---------------------------------------------------------------- extract, quantities, dates


def _each_text(args: argparse.Namespace) -> Iterator[Tuple[Source, str]]:
    items = _inputs(args)
    encoding = _check_encoding(args.encoding)
    for position, source in enumerate(_sources(items, encoding), 1):
        yield source, source.id or f"s{position}"


def _extract(args: argparse.Namespace) -> Tuple[str, int]:
    from .pipeline import Context, read_source

    claims: List[Claim] = []
    names: Dict[str, Optional[str]] = {}
    published: Dict[str, Optional[_dt.date]] = {}
    rules = _rules(args)
    for source, source_id in _each_text(args):
        reading = read_source(source, source_id, context=Context(), rules=rules)  # as check() reads a text
        names[source_id], published[source_id] = source.name, source.published
        claims.extend(reading.claims + reading.date_claims)
    if args.format == "json":
        return json.dumps([c.to_dict() for c in claims], indent=2, ensure_ascii=False), EXIT_OK
    if args.format == "jsonl":
        return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims), EXIT_OK
    rows = [claim_row(c, names.get(c.source), published.get(c.source), None) for c in claims]
    if args.format == "csv":
        return _csv(rows, [name for name, _ in COLUMNS]), EXIT_OK
    from .report import _metric, _t, _via, _who

    several = len(names) > 1
    header = (["source"] if several else []) + ["figure", "metric", "who", "via", "when", "quote"]
    table = [([_t(names.get(c.source) or c.source)] if several else [])
             + [_t(c.quantity.text), _t(_metric(c)), _t(_who(c, names)), _t(_via(c)) or "-", _t(c.date or "-"), _t(c.sentence.strip())]
             for c in claims]
    return _aligned(header, table, f"{_count(len(claims), 'claim')} from {_count(len(names), 'text')}"), EXIT_OK


def _quantity_dict(source_id: str, name: Optional[str], q: Quantity) -> Dict[str, Any]:
    return {"source": source_id, "source_name": name, "text": q.text, "kind": q.kind, "value": _number(q.value),
            "low": _number(q.low), "high": _number(q.high), "unit": q.unit, "dimension": q.dimension, "change": q.change,
            "start": q.span[0], "end": q.span[1]}


def _date_dict(source_id: str, name: Optional[str], d: DateMention) -> Dict[str, Any]:
    return {"source": source_id, "source_name": name, "text": d.text, "value": d.value, "anchor": d.anchor,
            "inferred_year": d.inferred_year, "start": d.span[0], "end": d.span[1]}


def _quantities(args: argparse.Namespace) -> Tuple[str, int]:
    from .numbers import quantities

    rows = [_quantity_dict(sid, s.name, q) for s, sid in _each_text(args) for q in quantities(s.text)]
    return _listing(rows, args.format, ["text", "kind", "low", "high", "unit"], "figure"), EXIT_OK


def _dates(args: argparse.Namespace) -> Tuple[str, int]:
    from .dates import dates

    rows = [_date_dict(sid, s.name, d) for s, sid in _each_text(args) for d in dates(s.text, published=s.published)]
    return _listing(rows, args.format, ["text", "value", "anchor"], "date"), EXIT_OK


def _listing(rows: List[Dict[str, Any]], fmt: str, shown: List[str], noun: str) -> str:
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False)
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if fmt == "csv":
        return _csv(rows, list(rows[0]) if rows else ["source", "source_name", *shown])
    from .report import _num, _t

    several = len({row["source"] for row in rows}) > 1
    header = (["source"] if several else []) + shown + ["at"]

    def cell(value: Any) -> str:
        if value is None:
            return "-"
        if isinstance(value, float):
            return _num(value) or "-"
        return _t(str(value))

    table = [([cell(row["source_name"] or row["source"])] if several else []) + [cell(row[k]) for k in shown]
             + [f"{row['start']}-{row['end']}"] for row in rows]
    return _aligned(header, table, _count(len(rows), noun))


def _aligned(header: List[str], rows: List[List[str]], headline: str) -> str:
    if not rows:
        return f"claimdiff: {headline}\n"
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header) - 1)]
    lines = [f"claimdiff: {headline}", "  ".join(h.ljust(widths[i]) for i, h in enumerate(header[:-1])) + "  " + header[-1]]
    lines += ["  ".join(c.ljust(widths[i]) for i, c in enumerate(r[:-1])) + "  " + r[-1] for r in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _number(x: Optional[float]) -> Any:
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return None
    return int(x) if x == int(x) and abs(x) < 1e15 else x


def _csv(rows: Iterable[Mapping[str, Any]], columns: List[str]) -> str:
    """CSV with a header; lists joined with "; ", missing values empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(name)) for name in columns])
    return out.getvalue()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(_number(value))
    return str(value)


_COMMANDS: Dict[str, Callable[[argparse.Namespace], Tuple[str, int]]] = {
    "check": _check, "extract": _extract, "quantities": _quantities, "dates": _dates, "render": _render_file,
}


# ---------------------------------------------------------------- HTML pages and output


def report_page(report: Report) -> str:
    """``--format html``: for one text, the text with its extraction marked, then the report; else the report."""
    fragments = []
    title = "claimdiff report"
    if len(report.sources) == 1 and report.sources[0].text:
        source = report.sources[0]
        fragments.append(report.to_html_text(source.id))
        title = f"claimdiff: {source.name or source.id}"
    fragments.append(report._repr_html_())
    return html_page("\n".join(fragments), title)


def html_page(fragment: str, title: str = "claimdiff report") -> str:
    """A standalone UTF-8 HTML document around a fragment (for ``--format html``)."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )


def _write(text: str, stream: Optional[TextIO] = None) -> None:
    """Write to stdout; characters the terminal's encoding lacks become replacement marks."""
    stream = sys.stdout if stream is None else stream
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
