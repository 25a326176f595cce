"""Any str in, no crash: inputs past what a float holds, and markup."""
import json

import pytest

import claimdiff

HUGE = [
    "about " + "9" * 400,
    "9" * 400 + " point 5",
    "nearly " + "9" * 320 + " people died in the flood",
    "9" * 305 + " million people were evacuated",
    "Police said " + "1," * 200 + "000 people were arrested.",
]


@pytest.mark.parametrize("text", HUGE, ids=["about", "point", "nearly", "scaled", "grouped"])
def test_figures_past_floating_point_do_not_crash(text):
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2025-01-02")])
    json.loads(report.to_json())  # every value is valid JSON (infinity becomes null)
    for claim in report.claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote


NOT_FIGURES = [
    '<div data-tweet-id="1029384756102938475">Police said 5 people were hurt.</div>',
    "Watch it at https://example.org/video/2024/8891234 today.",
    "The post (id 1468512000) was removed.",
    '<tweet timestamp="1469635200" id="756642903469031424"></tweet>',
]


@pytest.mark.parametrize("text", NOT_FIGURES, ids=["tag-attribute", "web-address", "timestamp-id", "tweet-markup"])
def test_identifiers_are_not_claims(text):
    quotes = [c.quote for c in claimdiff.extract(text, published="2025-01-02")]
    assert all(len(q) < 10 for q in quotes) and not any(q in ("2024", "8891234") for q in quotes)


# A cue of telling inside a quotation whose addressee runs to a comma at the quotation's end once raised an
# IndexError ("told us on May 14,").
TOLD_IN_QUOTATIONS = [
    "\u201cHe told us on May 14,\u201d Hale said.",
    '"Officials in Arlen told us at least 40," the governor wrote.',
    "\u201cThey told reporters 12 were hurt,\u201d the mayor said.",
]


@pytest.mark.parametrize("text", TOLD_IN_QUOTATIONS, ids=["told-us-a-date", "told-us-a-figure", "told-reporters"])
def test_a_cue_of_telling_inside_a_quotation_does_not_crash(text):
    report = claimdiff.check([claimdiff.Source(text, name="Wire", published="2024-05-20")])
    for claim in report.claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote


#: A sign after a currency sign, and signs with nothing after them (found by the property test: "$+0" raised a KeyError).
SIGNS = ["$+0", "$+5m", "+$", "-$3", "€-2", "+ +1", "$$+7"]


@pytest.mark.parametrize("text", SIGNS)
def test_signs_next_to_currency_signs_read_without_error(text):
    report = claimdiff.check([text])
    assert all(text[c.span[0]:c.span[1]] == c.quote for c in report.claims)


def test_a_plus_after_a_currency_sign_is_a_rise():
    assert [(q.low, q.change) for q in claimdiff.quantities("$+5m")] == [(5000000.0, "up")]
