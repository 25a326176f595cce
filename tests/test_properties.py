"""Properties that hold for any input: no crash, honest spans, determinism, order, argument errors."""
import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff.types import as_date

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------- strategies

FIRST = ["Mara", "Tomas", "Ilse", "Kwame", "Lucia", "Oren", "Priya", "Sven", "Yusuf", "Agnes"]
LAST = ["Halvorsen", "Okafor", "Brandt", "Moreau", "Castell", "Nakamura", "Ivers", "Quist", "Ferrante"]
ROLES = ["police chief", "mayor", "fire chief", "health minister", "regional governor", "hospital director"]
TOWNS = ["Brindle", "Kestrel Bay", "Valmora", "Oxhill", "Tarvik"]
KINDS = ["fire", "flood", "explosion", "collapse"]
METRICS = [("people were killed", "killed"), ("people were injured", "injured"), ("homes were destroyed", "homes")]
WORDS = ["two", "three", "five", "eight", "twelve", "dozens of", "at least 40", "more than 100", "nearly 60", "about 25"]

figure = st.one_of(st.integers(min_value=1, max_value=900).map(str), st.sampled_from(WORDS))
speaker = st.builds(lambda r, f, l: f"{r.capitalize()} {f} {l}", st.sampled_from(ROLES), st.sampled_from(FIRST), st.sampled_from(LAST))

TEMPLATES = [
    "{who} said {n} {what} in the {kind} in {town} on Tuesday.",
    "At least {n} {what} in {town}, {who} told reporters.",
    "The {kind} in {town} left {n} dead, according to {who}.",
    '"{n} {what}," {who} said of the {kind} in {town}.',
    "{who} later said the toll had risen to {n}.",
    "Hours later, {who} said {n} {what}.",
]

sentence = st.builds(
    lambda t, who, n, what, kind, town: t.format(who=who, n=n, what=what[0], kind=kind, town=town),
    st.sampled_from(TEMPLATES), speaker, figure, st.sampled_from(METRICS), st.sampled_from(KINDS), st.sampled_from(TOWNS),
)
newsy = st.lists(sentence, min_size=1, max_size=4).map(" ".join)

# Hostile fragments mixed with news: digits, quotes, odd spaces, markup, number words.
fragment = st.one_of(
    sentence,
    st.text(max_size=30),
    st.sampled_from(["1,2,3", "\u201c", "\u00bb", "\u00a0", "\u200b", "\r\n", "\n\n", "<b>", "said said", "-", "((", "1e9", "\u2212", "½", "²", "٣"]),
)
mixed = st.lists(fragment, max_size=8).map("".join)

# Quotations and cues in every arrangement: a quote mark (or none, or an unclosed one), clauses of a subject, a
# verb of saying or telling, an addressee and figures, each closed by a comma or another mark, then a speaker.
QUOTE_MARKS = [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("", ""), ("''", "''"), ('"', "")]
SUBJECTS = ["He", "They", "The ministry", "Police", "Ilse Brandt", "Three officials", "The poll", "72 percent of voters"]
VERBS = ["told", "said", "told us", "told reporters", "gave lawmakers", "put the toll at", "estimated", "showed",
         "was quick to point out", "wrote to", "said to", "told a crowd of 3,000"]
MIDDLES = ["", "on May 14", "that", "14 people were hurt", "at least 40", "40 km (25 miles)", "up 12 percent from a year earlier",
           "- police said -", "(citing the ministry)", "which he said was 9", "the 52 deaths"]
CLOSERS = [",", ".", "", ";", ":", " -", "?"]
TAILS = ["", " Brandt said.", " he said.", " CNN reported.", " according to the ministry.", ", police said.", " said Brandt, adding that 4 died."]
clause = st.builds(lambda s, v, m1, m2, c: " ".join(x for x in (s, v, m1, m2) if x) + c,
                   st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(MIDDLES), st.sampled_from(MIDDLES), st.sampled_from(CLOSERS))
quoted_news = st.builds(lambda marks, clauses, tail, joiner, more: marks[0] + " ".join(clauses) + marks[1] + tail + joiner + more,
                        st.sampled_from(QUOTE_MARKS), st.lists(clause, min_size=1, max_size=3), st.sampled_from(TAILS),
                        st.sampled_from(["", " ", "\n", "\n\n"]), st.one_of(st.just(""), clause))

published = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))


def _conflict_sets(report):
    """Conflicts as sets of (outlet, quote), independent of ids and positions."""
    return {frozenset((report_source_name(report, c), c.quote) for c in x.claims) for x in report.conflicts}


def report_source_name(report, claim):
    return next(s.name for s in report.sources if s.id == claim.source)


# ---------------------------------------------------------------- any input


@FAST
@given(st.text(max_size=400))
def test_any_str_never_raises(text):
    report = claimdiff.check([text])
    for claim in report.claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quoted_news)
def test_quotations_and_cues_in_any_arrangement_never_raise(text):
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2024-05-14")])
    for claim in report.claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote


@FAST
@given(mixed, published)
def test_spans_index_the_input(text, day):
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published=day)])
    for claim in report.claims:
        start, end = claim.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == claim.quote
        if claim.sentence_span is not None:
            assert text[claim.sentence_span[0]:claim.sentence_span[1]] == claim.sentence
            assert claim.sentence_span[0] <= start and end <= claim.sentence_span[1]
    for quantity in claimdiff.quantities(text):
        assert text[quantity.span[0]:quantity.span[1]] == quantity.text
    for mention in claimdiff.dates(text, published=day):
        assert text[mention.span[0]:mention.span[1]] == mention.text


@FAST
@given(newsy, published)
def test_newsy_text_yields_claims_with_honest_spans(text, day):
    claims = claimdiff.extract(text, source="Wire", published=day)
    assert claims, text  # every template carries a figure about a counted metric
    for claim in claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote


@FEW
@given(st.lists(st.tuples(mixed, published), min_size=1, max_size=3))
def test_output_is_deterministic(items):
    sources = [claimdiff.Source(t, name=f"Outlet {i}", published=d) for i, (t, d) in enumerate(items)]
    assert claimdiff.check(sources).to_json() == claimdiff.check(sources).to_json()


# ---------------------------------------------------------------- order of sources

story = st.builds(
    lambda town, kind, day: (town, kind, day),
    st.sampled_from(TOWNS), st.sampled_from(KINDS), st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2024, 12, 31)),
)


@st.composite
def same_story_sources(draw, templates=TEMPLATES[:4]):
    town, kind, day = draw(story)
    count = draw(st.integers(min_value=2, max_value=3))
    outlets = draw(st.lists(st.sampled_from(["Harbour Gazette", "Northern Wire", "Radio Lumen", "The Ledger", "Civic Daily"]),
                            min_size=count, max_size=count, unique=True))
    sources = []
    for outlet in outlets:
        lines = draw(st.lists(
            st.builds(
                lambda t, who, n, what: t.format(who=who, n=n, what=what[0], kind=kind, town=town),
                st.sampled_from(templates), speaker, figure, st.sampled_from(METRICS),
            ),
            min_size=1, max_size=2,
        ))
        sources.append(claimdiff.Source(" ".join(lines), name=outlet, published=day))
    order = draw(st.permutations(range(count)))
    return sources, [sources[i] for i in order]


@FEW
@given(same_story_sources())
def test_order_of_sources_does_not_change_the_conflicts(pair):
    sources, shuffled = pair
    assert _conflict_sets(claimdiff.check(sources)) == _conflict_sets(claimdiff.check(shuffled))


@FEW
@given(same_story_sources(templates=TEMPLATES[1:4]))
def test_check_many_finds_what_check_finds_for_one_story(pair):
    """Reports of one story on one day: the archive's event keys find what check() finds."""
    sources, _ = pair
    *_, final = claimdiff.check_many(sources)
    expected = claimdiff.check(sources)
    assert _conflict_sets(final.to_report()) == _conflict_sets(expected)
    assert [c.quote for c in final.claims] == [c.quote for c in expected.claims]


# ---------------------------------------------------------------- argument errors

not_str = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.binary(), st.lists(st.text(max_size=3), max_size=2))


@FAST
@given(not_str)
def test_non_str_text_is_a_type_error_naming_it(value):
    with pytest.raises(TypeError, match="text"):
        claimdiff.Source(value)
    with pytest.raises(TypeError, match="text"):
        claimdiff.extract(value)
    with pytest.raises(TypeError, match="text"):
        claimdiff.quantities(value)


@FAST
@given(st.one_of(st.integers(), st.binary(min_size=1), st.lists(st.integers(), min_size=1)))
def test_non_str_name_is_a_type_error_naming_it(value):
    with pytest.raises(TypeError, match="name"):
        claimdiff.Source("x", name=value)


def _parses(value: str) -> bool:
    try:
        as_date(value)
    except ValueError:
        return False
    return True


@FAST
@given(st.text(max_size=25))
def test_unreadable_published_is_a_value_error_quoting_it(value):
    assume(not _parses(value))
    with pytest.raises(ValueError) as caught:
        claimdiff.Source("Police said 3 people died.", published=value)
    assert "published" in str(caught.value)
    assert repr(value) in str(caught.value)
    with pytest.raises(ValueError, match="published"):
        claimdiff.extract("Police said 3 people died.", published=value)
