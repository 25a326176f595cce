"""Third round of speed work: the shortcuts give what the plain paths give.  Sentences are our own (fictional
names and places); the reference date is pinned."""
import regex

import pytest

import claimdiff
from claimdiff import attribution, compare
from claimdiff.rules import attribution_en as rules

PUBLISHED = "2025-03-14"

# Two or three reports of one event that disagree, agree, or correct each other.
STORIES = [
    ["A landslide near Vellmar killed 14 people on Friday, police said.",
     "Rescuers said 19 people died in the Vellmar landslide on Friday."],
    ["The storm in Port Alder destroyed 230 homes, the governor said. Three people were hurt.",
     "Officials said the Port Alder storm destroyed 310 homes and hurt 3 people.",
     "Correction: the storm in Port Alder destroyed 230 homes, not 310 as first reported."],
    ["A fire at a market in Drosk injured 8 people, the fire service said, not 18 as reported earlier.",
     "The Drosk market fire injured 18 people, witnesses said."],
    ["Unemployment in Kessia rose to 6.1% in May, the statistics office said.",
     "Kessia's jobless rate was 5.8% in May, according to a union survey, and 40 percent of members said they "
     "expected layoffs."],
]


def _report(texts):
    return claimdiff.check([claimdiff.Source(t, name=f"outlet{i}", published=PUBLISHED) for i, t in enumerate(texts)])


@pytest.mark.parametrize("texts", STORIES)
def test_judge_with_comparable_read_once_gives_what_judge_reads_itself(texts):
    claims = list(_report(texts).claims)
    keys = compare.time_keys(claims)
    usable = {c.id: compare.comparable(c) for c in claims}
    pairs = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1:] if a.metric is not None and a.metric == b.metric]
    assert pairs
    for a, b in pairs:
        assert compare.judge(a, b, keys, compared=usable) == compare.judge(a, b, keys)


@pytest.mark.parametrize("texts", STORIES[:3])
def test_judge_honours_a_figure_marked_not_comparable(texts):
    claims = list(_report(texts).claims)
    keys = compare.time_keys(claims)
    pairs = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1:] if a.metric is not None and a.metric == b.metric]
    judged = [(a, b) for a, b in pairs if compare.judge(a, b, keys) is not None]
    assert judged  # each story has at least one judged pair
    for a, b in judged:
        marked = {c.id: c.id != a.id for c in claims}
        assert compare.judge(a, b, keys, compared=marked) is None


def _written_in_full_by_pattern(masked, start, name):
    """The lookup before its shortcut: the pattern run over the window whatever it holds."""
    window = masked[max(0, start - rules.FULL_NAME_REACH): start]
    firsts = {m.group(1) for m in regex.finditer(r"(?<![\p{L}.])(\p{Lu}\p{Ll}+) " + regex.escape(name) + r"(?![\p{L}])(?!\s+\p{Lu})", window)}
    firsts = {f for f in firsts if f.lower() not in rules.NOT_NAMES and f.lower() not in rules.TITLES
              and f.lower() not in attribution._SENTENCE_CASE_WORDS and f.lower() not in rules.PLACE_NAME_WORDS
              and f.lower() not in rules.ORGANISATION_HEADS}
    return next(iter(firsts)) + " " + name if len(firsts) == 1 else None


@pytest.mark.parametrize("earlier, name, expected", [
    # positives: one first name went with the surname earlier
    ("Marta Quill chairs the port board. ", "Quill", "Marta Quill"),
    ("The inspector, Oren Vasko, filed his report on Monday. ", "Vasko", "Oren Vasko"),
    ("Residents cheered when Lidia Brandt-Ocampo arrived; later Tomas Ferrow spoke. ", "Ferrow", "Tomas Ferrow"),
    # negatives: never written in full, two first names, a name followed by another capitalised word,
    # the name only inside a longer word
    ("The port board met on Monday. ", "Quill", None),
    ("Marta Quill and Ivo Quill run the ferry. ", "Quill", None),
    ("Marta Quill Harbour Trust owns the pier. ", "Quill", None),
    ("Marta Quillon chairs the board. ", "Quill", None),
    ("marta Quill chairs the board. ", "Quill", None),
])
def test_full_name_lookup_gives_what_the_pattern_gives(earlier, name, expected):
    masked = earlier + name + " said 12 ferries were late."
    start = len(earlier)
    assert attribution._written_in_full(masked, start, name) == expected
    assert _written_in_full_by_pattern(masked, start, name) == expected
