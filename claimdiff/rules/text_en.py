"""English for the tokenizer and the segmenter (``claimdiff/text.py``): inert data only."""
from types import MappingProxyType

#: Lower-cased words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl adm gov sen rep rev st sr jr
    no nos vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct
    nov dec mt ft pres sec lieut cmdr supt insp sens reps govs""".split()
)

#: Titles written with a full stop that stays part of the token ("Dr. Ana Ruiz", "Gen. Lee").
DOTTED_TITLES = tuple(
    "Dr Mr Mrs Ms Prof Gen Lt Col Sgt Capt Gov Sen Rep Rev Supt Insp Cmdr Adm Maj".split()
)

#: Name particles joined by a hyphen to a capitalised name ("al-Assad"): the token counts as capitalised.
NAME_PARTICLES = tuple("al el ad as ash bin ibn abu bint".split())

#: Marks that the word view of a text keeps: they bound clauses.
CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "\u2013", "\u2014"})

#: Quote marks: opener -> closer.
QUOTE_PAIRS = MappingProxyType({"\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019", '"': '"', "\u201e": "\u201c", "'": "'"})
#: Single quotes open only before a letter and not after one (so "don't" holds no quotation) ...
SINGLE_QUOTE_OPENERS = frozenset({"'", "\u2018"})
#: ... and close only when no letter follows.
SINGLE_QUOTE_CLOSERS = frozenset({"'", "\u2019"})
#: Marks stripped from a word before it is looked up as an abbreviation.
QUOTE_AND_BRACKET_OPENERS = "\"'\u201c\u201d\u2018\u2019(["

#: A dateline opening a paragraph, which is its own sentence, not the subject of the first one:
#: "MOSCOW, July 28 (Wire) - ", "Moscow [Russia], July 28 (ANI): ", "PARIS (Reuters) — ", "KATHMAR, March 4 - ".
#: The city is in capitals, or an agency in brackets follows; a dash or colon closes it.  The group "city"
#: is the place the story is filed from.
DATELINE = (
    r"(?P<city>\p{Lu}[\p{Lu}\p{M}.' -]{1,40}|\p{Lu}[\p{L}\p{M}.' -]{1,40}(?=(?:\s*\[[^\]\n]{1,40}\])?(?:,[^()\n]{1,40})?\s*\())"
    r"(?:\s*\[[^\]\n]{1,40}\])?"  # "[Russia]"
    r"(?:,[ \t]*\p{Lu}[\p{L}.' -]{1,30}?(?=[ \t]*[,(\-\u2013\u2014:]))?"  # ", Poland" (a country or state)
    r"(?:,[ \t]*[\p{L}.]{3,10}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)?"  # ", July 28", ", Jan. 3, 2024"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # "(Wire)"
    r"[ \t]*(?:-{1,2}|\u2013|\u2014|:)[ \t]+"
)
#: Capitalised words that open a line like a dateline but name no place ("BREAKING - ...", "UPDATE: ...").
NOT_DATELINE_WORDS = frozenset({"breaking", "update", "updated", "exclusive", "watch", "live", "analysis", "opinion",
                                "editorial", "correction", "urgent", "flash", "alert", "video", "photos", "note"})
