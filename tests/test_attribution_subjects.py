"""Subjects that are found too narrowly, and written works after "according to".

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is
the expected speaker's name, or ``None`` when the figure is the narrator's own.  Known failures are
marked ``xfail(strict=True)`` so that a fix shows up.
"""
import pytest
from test_attribution_corpus import _check, _rows, _xfail

# ------------------------------------------------------------------ a person noun with a post-modifier
POSTMODIFIED = [
    ("familiar-with-economy", "A person familiar with the talks says the bank will cut 400 jobs.",
     "400", "a person familiar with the talks"),
    ("familiar-with-diplomacy", "Diplomats familiar with the negotiations said 14 countries had signed on.",
     "14", "Diplomats familiar with the negotiations"),
    ("familiar-with-business", "An executive familiar with the merger says the deal is worth $6 billion.",
     "$6 billion", "an executive familiar with the merger"),
    ("at-the-scene-disaster", "Rescue workers at the scene said 12 people died.",
     "12", "Rescue workers at the scene"),
    ("in-month-disaster", "Officials in May said the storm destroyed 300 homes.",
     "300", "Officials in May"),
    ("in-month-elections", "Organizers in March said 5,000 volunteers had signed up.",
     "5,000", "Organizers in March"),
    ("near-disaster", "Residents near the river said the water rose 2 metres.",
     "2 metres", "Residents near the river"),
    ("across-business", "Analysts across the industry say sales will fall 9 percent.",
     "9 percent", "Analysts across the industry"),
]

POSTMODIFIED_NEGATIVE = [
    ("no-verb-of-saying", "The flood forced workers at the plant to leave 300 machines behind.", "300", None),
    ("noun-phrase-object", "The storm cut power to residents in the valley and 4,000 homes went dark.", "4,000", None),
    ("not-people", "Prices for homes in the city rose 8 percent last year.", "8 percent", None),
    ("workers-built", "Workers at the plant built 300 cars last week.", "300", None),
]


@_rows(POSTMODIFIED + POSTMODIFIED_NEGATIVE)
def test_postmodified_subject(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ written works after "according to"
WRITTEN = [
    ("memoir", "The firm lost $2 million in one year, according to his memoir.", "$2 million", "memoir"),
    ("autobiography", "She earned $90,000 as a clerk, according to her autobiography.", "$90,000", "autobiography"),
    ("declaration", "The plant employs 1,200 people, according to a declaration filed in court.", "1,200", "declaration"),
    ("fact-sheet", "The storm killed 40 cattle, according to a fact sheet the county released Monday.", "40", "fact sheet"),
    # a relative clause without "that" ends the source's name (a known failure until tests/test_attribution_recall2.py)
    ("document-with-relative", "The plan would cost $4 billion, according to the document the mayor released.", "$4 billion", "document"),
    ("calculations", "The dam holds 3 million gallons, according to calculations by the state engineer.", "3 million gallons", "calculations"),
]

WRITTEN_NEGATIVE = [
    ("book-sold", "The book sold 40,000 copies in its first week.", "40,000", None),
    ("memoir-published", "The memoir, published in 2019, sold 60,000 copies.", "60,000", None),
    ("document-lists", "The mayor signed a document of 12 pages on Monday.", "12", None),
]


@_rows(WRITTEN + WRITTEN_NEGATIVE)
def test_written_source(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ known failures
KNOWN_FAILURES = [
    # plain person nouns as heads of unnamed sources (fixed: the head of a post-modified subject speaks)
    pytest.param("Engineers at the plant said the leak released 40 tons of ammonia.", "40 tons", "Engineers at the plant", id="engineers-at-plant"),
    # a relative clause after a post-modified subject (fixed likewise)
    pytest.param("Workers at the plant who lost jobs say 300 more will go.", "300", "Workers at the plant", id="postmodified-then-relative"),
]


@pytest.mark.parametrize("text,figure,speaker", KNOWN_FAILURES)
def test_known_failures(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a cue word after a measure compound is a noun
MEASURE_NOUNS = [
    ("ten-year-note", "The yield on the 10-year Treasury note fell to 1.45 percent.", "1.45 percent", None),
    ("two-year-note", "The two-year note rose to 0.9 percent on Friday.", "0.9 percent", None),
    ("five-year-note-coordinated", "Its 30-year bonds and the five-year Treasury note both climbed 2 percent.", "2 percent", None),
]

MEASURE_NOUNS_NEGATIVE = [
    ("plain-note-verb", "Officials note that 40 homes were lost in the fire.", "40", "officials"),
    ("note-after-name", "Analysts at Ridge Bank note that sales fell 6 percent.", "6 percent", "Analysts at Ridge Bank"),
    ("year-after-note", "Economists note that in the 10-year period prices rose 30 percent.", "30 percent", "Economists"),
]


@_rows(MEASURE_NOUNS + MEASURE_NOUNS_NEGATIVE)
def test_cue_after_measure_compound(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a figure in the addressee of a verb of saying
ADDRESSEES = [
    ("said-to-crowd", "The mayor said to a crowd of about 500 that taxes would rise.", "about 500", None),
    ("wrote-to-followers", "Cole wrote to her 20,000 followers that the plan had failed.", "20,000", None),
    ("told-crowd-that", "The minister told a crowd of 3,000 that the dam would hold.", "3,000", None),
    ("said-to-crowd-ends", "The senator said to a crowd of about 800.", "about 800", None),
]

ADDRESSEES_NEGATIVE = [
    ("content-after-addressee", "The mayor said to a crowd of 500 that taxes would rise 3 percent.", "3 percent", "mayor"),
    ("told-no-that", "The minister told reporters 300 homes were lost.", "300", "minister"),
    ("told-reporters-that", "The fire chief told reporters that 12 buildings burned.", "12", "fire chief"),
    ("said-to-infinitive", "The mayor said to expect 4 inches of rain.", "4 inches", "mayor"),
    ("told-a-story", "The coach told a story of 3 brothers, and the crowd cheered.", "3", "coach"),
]


@_rows(ADDRESSEES + ADDRESSEES_NEGATIVE)
def test_figure_in_addressee(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a trailing participle reports what follows it
PARTICIPLE_MAIN_CLAUSE = [
    ("suing-for", "The union is suing the city for $2 million, claiming the contract was broken.", "$2 million", None),
    ("visited-shelters", "The mayor visited 3 shelters on Monday, saying the city would rebuild.", "3", None),
    ("cut-jobs", "The airline cut 400 jobs, arguing that demand had collapsed.", "400", None),
]

PARTICIPLE_MAIN_CLAUSE_NEGATIVE = [
    ("after-participle", "The mayor toured the town, saying 40 homes had burned.", "40", "mayor"),
    ("after-participle-economy", "The bank raised its rates, warning that inflation could reach 6 percent.", "6 percent", "bank"),
    ("said-then-adding", "The mayor said 40 homes burned, adding that 12 people were hurt.", "12", "mayor"),
]


@_rows(PARTICIPLE_MAIN_CLAUSE + PARTICIPLE_MAIN_CLAUSE_NEGATIVE)
def test_participle_scope(text, figure, speaker):
    _check(text, figure, speaker)
