"""The scanner: run the table of forms over a text and keep the longest of overlapping candidates."""
from __future__ import annotations

import bisect
from typing import Dict, List, Tuple

from .forms import FORMS, Cand


def check_text(text) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")


def candidates(text: str, reference_values: bool = True) -> List[Cand]:
    """Every form's candidates that pass its context check, without overlaps, sorted by start
    (without the forms of reference values such as "recently" unless ``reference_values``)."""
    lowered = text.lower()
    present: Dict[Tuple[str, ...], bool] = {}
    out: List[Cand] = []
    for form in FORMS:
        if form.reference_value and not reference_values:
            continue
        if form.triggers is not None:
            hit = present.get(form.triggers)
            if hit is None:
                hit = present[form.triggers] = any(word in lowered for word in form.triggers)
            if not hit:
                continue
        build, check = form.build, form.check
        for m in form.pattern.finditer(text):
            c = build(form, text, m) if build is not None else Cand(m.start(), m.end(), form, m)
            if c is not None and (check is None or check(text, c)):
                out.append(c)
    return select(out)


def select(cands: List[Cand]) -> List[Cand]:
    """Keep the longest of overlapping candidates (the earlier found of equal ones); result sorted by start."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: List[Tuple[int, int]] = []
    chosen: List[Cand] = []
    for c in cands:
        i = bisect.bisect_left(taken, (c.start, c.start))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen
