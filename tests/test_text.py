"""claimdiff.text: the one tokenized document every stage reads."""
import pytest

import claimdiff
from claimdiff import text

DATELINES = [
    ("MOSCOW, July 28 (Wire) - Police said 14 people were injured.", "MOSCOW, July 28 (Wire) -"),
    ("KATHMAR, March 4 (Wire) - A quake killed 38 people, the agency said.", "KATHMAR, March 4 (Wire) -"),
    ("PARIS \u2014 The ministry said 14 people were injured.", "PARIS \u2014"),
    ("Moscow [Russia], July 28 (ANI): Russia shot down a missile, CNN reported.", "Moscow [Russia], July 28 (ANI):"),
    ("LAGOS (Agency) -- Officials said 9 people died.", "LAGOS (Agency) --"),
    ("LODZ, Poland, March 2 (Wire) - Firefighters said 8 workers died.", "LODZ, Poland, March 2 (Wire) -"),
]
NOT_DATELINES = [
    "The UN said: 12 people died.",
    "Police said 3 died - officials said 4.",
    "In Paris - the capital - 40 were arrested.",
    "Breaking: 12 people were hurt.",
    "BREAKING - 12 people were hurt in the blast.",
    "UPDATE: the toll rose to 12.",
]


@pytest.mark.parametrize("article,dateline", DATELINES)
def test_a_dateline_is_its_own_sentence(article, dateline):
    document = text.read(article)
    assert document.sentences[0].text == dateline
    assert len(document.sentences) == 2


@pytest.mark.parametrize("article,dateline", DATELINES[:3] + DATELINES[4:])
def test_the_speaker_after_a_dateline_is_found(article, dateline):
    claims = claimdiff.extract(article, published="2023-07-28")
    assert claims and all(c.speaker is not None for c in claims)


@pytest.mark.parametrize("article", NOT_DATELINES)
def test_no_dateline_no_split(article):
    assert len(text.read(article).sentences) == 1


def test_tokens_know_their_shape_and_quotation():
    document = text.read('The mayor said "1,200 homes were lost" on Friday.')
    by_text = {t.text: t for t in document.tokens}
    assert by_text["1,200"].shape == "number" and by_text["1,200"].quoted
    assert by_text["mayor"].shape == "word" and not by_text["mayor"].quoted
    assert by_text["The"].capitalised and by_text['"'].shape == "mark"
    assert all(document.text[t.start:t.end] == t.text for t in document.tokens)


def test_lookups_by_offset():
    article = "Police said 3 died. Officials said 4 died."
    document = text.read(article)
    second = article.index("Officials")
    assert document.sentence_at(second).index == 1
    assert document.sentence_at(article.index("3")).index == 0
    assert [t.text for t in document.tokens_in(0, 6)] == ["Police"]
    assert document.words(second, len(article)) == ["officials", "said", "4", "died"]


def test_markup_and_addresses_are_marked():
    article = '<p class="x">Read https://example.org/a/2024 now.</p>'
    document = text.read(article)
    assert document.in_markup((article.index("2024"), article.index("2024") + 4))
    assert document.in_markup((0, 3)) and not document.in_markup((article.index("Read"), article.index("Read") + 4))


def test_masked_text_keeps_offsets():
    article = 'He said "we counted 40" today.'
    document = text.read(article)
    assert len(document.masked) == len(article) and "40" not in document.masked


@pytest.mark.parametrize("article,place", [
    ("LODZ, Poland, March 2 (Wire) - Firefighters said 8 workers died.", "Lodz"),
    ("Moscow [Russia], July 28 (ANI): Russia shot down a missile.", "Moscow"),
    ("SAO PAULO (Agency) - Police said 3 died.", "Sao Paulo"),
    ("Police said 3 died in the fire.", None),
])
def test_the_dateline_names_where_the_story_is_filed(article, place):
    assert text.read(article).dateline_place == place


def test_a_datelined_report_joins_the_event_another_source_places():
    placed = claimdiff.Source("A fire at a textile factory in Lodz killed 5 workers, officials said.", name="Agency", published="2025-03-02")
    datelined = claimdiff.Source("LODZ, Poland, March 2 (Wire) - Firefighters said 8 workers died in the factory fire.",
                                 name="Wire", published="2025-03-02")
    report = claimdiff.check([placed, datelined])
    assert len({c.event.id for c in report.claims}) == 1
    assert [c.kind for c in report.conflicts] == ["contradiction"]


@pytest.mark.parametrize("text,tokens", [
    # a contracted auxiliary stays with its pronoun, as a possessive 's stays with its noun
    ("They've said it", ["They've", "said", "it"]),
    ("we'll see", ["we'll", "see"]),
    ("I'd go, you're right", ["I'd", "go", ",", "you're", "right"]),
    ("the mayor's aide", ["the", "mayor's", "aide"]),
    # a negation and a quotation mark are split off as before
    ("don't", ["don", "'", "t"]),
    ("'Hello' she said", ["'", "Hello", "'", "she", "said"]),
])
def test_contractions_are_one_token(text, tokens):
    text_module = claimdiff.text
    assert [t.text for t in text_module.read(text).tokens] == tokens


# A quotation goes on into the next paragraph only where that paragraph opens it again in the same style
# (the newspaper convention for a long quotation); a stray mark of another style starts nothing.
PARAGRAPH_QUOTATIONS = [
    ("straight-marks-go-on", '"We lost the east wing first.\n"Then the roof went," the warden said.', "Then the roof went"),
    ("curly-marks-go-on", "\u201cThe harvest was thin.\n\u201cPrices doubled by June,\u201d the farmer said.", "Prices doubled by June"),
    ("three-paragraphs", '"Shares fell at the open.\n"They recovered by noon.\n"We are calm," the broker said.', "They recovered by noon"),
]
PARAGRAPH_NOT_QUOTATIONS = [
    ("stray-straight-then-curly", '"The council met on Monday.\n\u201cWe need 40 more nurses,\u201d the mayor said.', "The council met on Monday"),
    ("curly-then-straight", "\u201cThe depot burned overnight.\n\"Crews from 3 towns helped,\" he said.", "The depot burned overnight"),
    ("no-mark-next", '"The vote was close.\nThe count took 9 hours.', "The vote was close"),
]


@pytest.mark.parametrize("article,inside", [row[1:] for row in PARAGRAPH_QUOTATIONS], ids=[row[0] for row in PARAGRAPH_QUOTATIONS])
def test_a_quotation_goes_on_where_the_next_paragraph_opens_it_again(article, inside):
    document = text.read(article)
    start = article.index(inside)
    assert any(q.span[0] <= start < q.span[1] for q in document.quotations)


@pytest.mark.parametrize("article,outside", [row[1:] for row in PARAGRAPH_NOT_QUOTATIONS], ids=[row[0] for row in PARAGRAPH_NOT_QUOTATIONS])
def test_a_stray_mark_of_another_style_opens_no_quotation_across_paragraphs(article, outside):
    document = text.read(article)
    start = article.index(outside)
    assert not any(q.span[0] <= start < q.span[1] for q in document.quotations)
