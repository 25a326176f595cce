"""A first-character prefilter for the form patterns: the same matches, found faster.

Most form patterns open with ``\\b`` and an alternation ("\\b(?:January|February|...)"),
which the regular-expression engine tries at every position of the text.  When a
pattern can only start with a few characters ("J", "F", "M"...), putting a lookahead
for exactly those characters in front (``(?=[JFM...])``) lets the engine skip to the
candidate positions in C; the pattern matches exactly what it matched before.

:func:`first_chars` reads the parsed pattern (the standard library's own parser) and
collects the characters a match can start with; when it cannot tell (a negated class,
``.``, a back-reference, a pattern that can match the empty string, or a parser this
module does not know) it gives up and the pattern is compiled as written.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Optional, Set

if TYPE_CHECKING:  # typeshed has no stubs for re._constants and re._parser; sre_constants and sre_parse are their API
    import sre_constants as _C
    import sre_parse as _P
else:
    try:  # Python 3.11+
        from re import _constants as _C, _parser as _P
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as _C
        import sre_parse as _P

#: Characters outside ASCII that match an ASCII letter under IGNORECASE (Unicode case folding).
_FOLDS = MappingProxyType({"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"})
_CATEGORIES = MappingProxyType({_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_WORD: r"\w"})
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = tuple(op for op in (getattr(_C, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)
_MAX_RANGE = 256
_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The first characters cannot be told."""


def _add(code: int, ignorecase: bool, out: Set[str]) -> None:
    ch = chr(code)
    out.add(ch)
    if ignorecase:
        out.update((ch.lower(), ch.upper()))
        out.update(_FOLDS.get(ch.lower(), ""))


def _first(seq, ignorecase: bool, out: Set[str]) -> bool:
    """Add the characters a match of ``seq`` can start with to ``out``; True if it can match empty."""
    for op, av in seq:
        if op is _C.LITERAL:
            _add(av, ignorecase, out)
            return False
        if op is _C.IN:
            for iop, iav in av:
                if iop is _C.LITERAL:
                    _add(iav, ignorecase, out)
                elif iop is _C.RANGE and iav[1] - iav[0] <= _MAX_RANGE:
                    for code in range(iav[0], iav[1] + 1):
                        _add(code, ignorecase, out)
                elif iop is _C.CATEGORY and iav in _CATEGORIES:
                    out.add(_CATEGORIES[iav])
                else:
                    raise _Unknown
            return False
        if op in _ZERO_WIDTH:
            continue
        if op is _C.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _first(alternative, ignorecase, out) or empty
            if not empty:
                return False
            continue
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            ic = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            if not _first(sub, ic, out):
                return False
            continue
        if op in _REPEATS:
            low, _high, sub = av
            if not _first(sub, ignorecase, out) and low > 0:
                return False
            continue
        if _ATOMIC is not None and op is _ATOMIC:
            if not _first(av, ignorecase, out):
                return False
            continue
        raise _Unknown
    return True


def first_chars(pattern: str, flags: int = 0) -> Optional[str]:
    """A character class of the characters a match of ``pattern`` can start with, or ``None``."""
    try:
        parsed = _P.parse(pattern, flags)
        out: Set[str] = set()
        if _first(parsed, bool(parsed.state.flags & re.IGNORECASE), out):
            return None
    except Exception:  # noqa: BLE001 - any parser difference: compile the pattern as written
        return None
    return "[" + "".join(c if len(c) == 2 else f"\\U{ord(c):08x}" for c in sorted(out)) + "]"


def prefiltered(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a lookahead for its first characters (``pattern`` itself when they are unknown)."""
    cls = first_chars(pattern, flags)
    if cls is None:
        return pattern
    head = _GLOBAL_FLAGS.match(pattern)
    lead = head.group() if head else ""
    return f"{lead}(?={cls})(?:{pattern[len(lead):]})"
