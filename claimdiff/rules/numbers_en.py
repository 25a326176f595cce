"""English number words, bounds, vague quantifiers and units, as inert data.

The engine in ``claimdiff/numbers/`` holds no English of its own: every word,
sign and spelling convention it knows is listed here, as frozen data
(frozensets, tuples and read-only ``MappingProxyType`` mappings).
Multi-word phrases are tuples of lower-cased tokens as the engine's tokenizer
splits them ("per cent" -> ("per", "cent"), "km/h" -> ("km", "/", "h")).
"""
from types import MappingProxyType
from typing import FrozenSet, Mapping, Tuple

# ------------------------------------------------------------------ numerals
#: Words for 0-9 (zero words included).
ONES = MappingProxyType({
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
})

#: Words for 10-19.
TEENS = MappingProxyType({
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
})

#: Words for the tens.
TENS = MappingProxyType({
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
})

#: "hundred" multiplies the group below a thousand.
HUNDRED_WORDS = frozenset({"hundred"})

#: Scale words that multiply everything before them (singular and plural).
SCALE_WORDS = MappingProxyType({
    "thousand": 1e3, "thousands": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "tln": 1e12,
    # South Asian scales, common in Indian news.
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "krore": 1e7, "krores": 1e7, "kr": 1e7, "koti": 1e7,
})

#: Plural scale words that, standing alone, are vague ("millions of people").
PLURAL_SCALE_WORDS = frozenset({"thousands", "millions", "billions", "trillions"})

#: Words that multiply by twelve ("two dozen" = 24, "3 dozens" = 36).
DOZEN_WORDS = frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"})

#: Letters written straight after digits that scale them (case-sensitive).
#: "m" (lower case) is a million only after a currency sign ("$2.5m"); on its
#: own "5m" is five metres.  "G" is not a scale: "5G", "4G" are network names.
SCALE_SUFFIXES = MappingProxyType({
    "k": 1e3, "K": 1e3,
    "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "Mn": 1e6,
    "bn": 1e9, "Bn": 1e9, "BN": 1e9, "b": 1e9, "B": 1e9, "bln": 1e9,
    "tn": 1e12, "tln": 1e12, "T": 1e12, "trn": 1e12,
})
#: Scale letters written after a space ("1,674,200.5 M", "2.33 k"), case-sensitive: a spaced "m" is a metre.
SPACED_SCALE_SYMBOLS = MappingProxyType({"M": 1e6, "k": 1e3})
#: Suffixes that scale only after a currency sign ("$2.5m", "€3b").
CURRENCY_ONLY_SCALE_SUFFIXES = MappingProxyType({"m": 1e6, "t": 1e12})

#: Fractions allowed inside a number ("one and a half", "half a million").
FRACTION_WORDS = MappingProxyType({"half": 0.5, "quarter": 0.25})
#: "and three quarters".
THREE_QUARTERS = ("three", "quarters")

# ------------------------------------------------------------------ fractions
#: The unit of a fraction read on its own ("two-thirds of voters", "1/2", "one in five"): a share of a
#: whole, so its base is in percent (a third is 33.3 percent of the whole).  A fraction with a unit
#: after it keeps that unit ("1/2 pound", "half an hour").
FRACTION_UNIT = "fraction"
#: Denominators: each word (singular and plural) and the number it divides by.
_ORDINAL_DENOMINATORS = MappingProxyType({
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3, "millionth": 1e6,
    "billionth": 1e9, "trillionth": 1e12,
})
FRACTION_DENOMINATORS = MappingProxyType({
    **_ORDINAL_DENOMINATORS,
    **{word + "s": value for word, value in _ORDINAL_DENOMINATORS.items() if word not in ("half",)},
    "halves": 2,
})
#: The ordinal of a unit word, used after a tens word in a compound denominator ("one twenty-fifth",
#: "three twenty-firsts"); "first" and "second" never stand alone as denominators ("a second" is time).
ONES_ORDINALS = MappingProxyType({
    **{word: value for word, value in (
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9))},
    **{word + "s": value for word, value in (
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9))},
})
#: The singular denominators: after a numerator other than one they make an ordinal ("the one hundred fifth
#: anniversary", "the two millionth visitor"), not a fraction.
SINGULAR_DENOMINATORS = frozenset(_ORDINAL_DENOMINATORS) | frozenset(word for word in ONES_ORDINALS if not word.endswith("s"))
#: Words after a fraction that do not take it into a noun phrase ("above one quarter and below a half").
FRACTION_FOLLOWERS = frozenset({"and", "or", "but", "than", "to", "nor"})
#: Denominators that also name a period or a coin ("in the last three quarters", "a quarter century"):
#: a fraction only before "of", after a hyphen ("three-quarters") or at a clause end, and never after a
#: PERIOD_WORDS_BEFORE word.
PERIOD_DENOMINATORS = frozenset({"quarter", "quarters"})
PERIOD_WORDS_BEFORE = frozenset(
    """last past next first previous recent following coming consecutive straight successive
    fiscal financial the those these""".split()
)
#: After an article, a denominator is a fraction only before "of" or at a clause end ("a third of voters",
#: "cut by a third."; not "a third term", "a fifth day").  Signs that end a clause:
FRACTION_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", ")", "]", '"', "”", "’", "'", "—", "–"})
#: "half" with no number before it is a fraction only in these contexts: "half of", "half the/its/their
#: ...", "half a/an <unit>", after a bound ("more than half", "nearly half") or after "by" ("cut by half");
#: never after these ("the first half", "the other half").
HALF_WORDS = frozenset({"half"})
#: Whether that bare "half" is read at all.  Off: a bare "half" is the loosest of shares ("half the country
#: turned out", "about half of the population has left") and the claim layer, which counts every figure
#: with no unit it must drop, does not yet drop fractions ("fractions like 'one third' / 'less than half'"
#: are not claims in the annotation conventions).  "half a million", "half an hour", "one half", "a half",
#: "one and a half" are always read.
READ_BARE_HALF = False
HALF_DETERMINERS_AFTER = frozenset({"the", "its", "their", "his", "her", "our", "my", "your", "all", "those", "these", "this", "that"})
HALF_LINKS_BEFORE = frozenset({"by"})
HALF_BLOCKERS_BEFORE = frozenset(
    """first second last latter former other the a an this that each every next top bottom lower upper
    northern southern eastern western opening closing""".split()
)
#: Fractions written as one character ("½", "2¾").
VULGAR_FRACTIONS = MappingProxyType({
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
    "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 1 / 10,
})
#: The slash of a written fraction ("1/2", "3 1/4").  A numerator as large as the denominator is no fraction
#: ("24/7"); below 32 only the usual denominators make one ("1/2", "3/4", "2/10"): "9/11", "7/28", "3/15"
#: are a month and a day, unless a unit follows ("3/16 inch") or a whole number comes before ("5 3/16").
FRACTION_SLASH = "/"
WRITTEN_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16})
LAST_DAY_OF_MONTH = 31
#: "2 in 3 start-ups", "7 out of 10 voters" are read as their two counts (the claim layer reads the counts).
#: "two thirds of a million": a fraction of a scale word is a number, not a share.
FRACTION_OF_SCALE = ("of",)

# ---------------------------------------------------------- scientific notation
#: "3.2e5", "-12e-1": the exponent letter written straight after the digits.
EXPONENT_LETTERS = frozenset({"e", "E"})
#: "1.5 x 10^6", "1.3x10^6", "2.48×10−5", "10⁶": the times sign, the base and the power sign.
TIMES_SIGNS = frozenset({"x", "×", "X", "*"})
POWER_BASE = "10"
POWER_SIGNS = frozenset({"^"})
#: The longest base read after a times sign ("8x2^10").
POWER_BASE_DIGITS = 3
#: Signs of an exponent.
EXPONENT_SIGNS = MappingProxyType({"-": -1, "−": -1, "–": -1, "+": 1})
#: Superscript digits and signs ("10⁶", "10⁻³").
SUPERSCRIPT_DIGITS = MappingProxyType({"⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9})
SUPERSCRIPT_MINUS = frozenset({"⁻"})
#: After a whole number, an exponent of this many digits at least ("1e10", "4e14"; "the 7E7" is a model).
BARE_EXPONENT_DIGITS = 2
#: The largest exponent read (beyond it a number is no figure).
LARGEST_EXPONENT = 300

#: Words for the decimal point in spoken numbers ("two point five").
POINT_WORDS = frozenset({"point"})

#: Words that make the following number negative.
NEGATIVE_WORDS = frozenset({"minus", "negative"})

#: Article before a scale word counts as one ("a hundred", "a million").
ARTICLES = frozenset({"a", "an"})

# ------------------------------------------------------------- special counts
#: Count words that stand for a number when followed by a noun.
#: value -> (kind, low, high).
COUNT_PHRASES = MappingProxyType({
    ("both",): (2.0, "exact", 2.0, 2.0),
    ("a", "pair", "of"): (2.0, "exact", 2.0, 2.0),
    ("a", "pair"): (2.0, "exact", 2.0, 2.0),
    ("a", "couple", "of"): (2.0, "approximate", 2.0, 3.0),
    ("a", "couple"): (2.0, "approximate", 2.0, 3.0),
    ("another",): (1.0, "exact", 1.0, 1.0),
    # "a score of villages" is about twenty, like "a dozen" about twelve
    ("a", "score", "of"): (20.0, "approximate", 18.0, 22.0),
})
#: Count phrases ending in "of" that count only a noun right after them: "a score of villages", not "a score
#: of 85" or "a score of the match".
NOUN_AFTER_OF_COUNT_PHRASES = frozenset({("a", "score", "of")})
#: Count phrases that count only a countable noun (COUNTABLE_NOUNS, within a short noun phrase):
#: "another missile was downed" is one, "another official said", "in another move" are no figures.
COUNTABLE_ONLY_COUNT_PHRASES = frozenset({("another",)})

#: "a dozen" is an approximate twelve (interval [11, 13]); "two dozen" is exact.
A_DOZEN_IS_APPROXIMATE = True

# ------------------------------------------------------------ vague quantifiers
#: Vague quantifiers and the interval each asserts (low, high; None = open).
#: Values follow the claimdiff annotation conventions: the floor is the
#: smallest amount a careful reader would accept ("dozens" = at least two
#: dozen, "hundreds" = at least two hundred).
#: A tuple key ending in "of" requires that word ("scores of people").
VAGUE_PHRASES = MappingProxyType({
    ("several",): (3, None),
    ("a", "few"): (2, None),
    ("a", "handful", "of"): (2, 9),
    ("a", "handful"): (2, 9),
    ("dozens",): (24, None),
    ("scores", "of"): (40, None),
    # "tens of thousands" starts at ten thousand: below it a writer says "thousands"
    ("tens", "of", "thousands"): (10_000, None),
    ("tens", "of", "millions"): (10_000_000, None),
    ("tens", "of", "billions"): (10_000_000_000, None),
    ("hundreds", "of", "thousands"): (200_000, None),
    ("hundreds", "of", "millions"): (200_000_000, None),
    ("hundreds", "of", "billions"): (200_000_000_000, None),
    ("hundreds",): (200, None),
    ("thousands",): (2_000, None),
    ("millions",): (2_000_000, None),
    ("billions",): (2_000_000_000, None),
    ("trillions",): (2_000_000_000_000, None),
    ("in", "the", "dozens"): (24, None),
    ("in", "the", "hundreds"): (200, None),
    ("in", "the", "thousands"): (2_000, None),
    ("in", "the", "millions"): (2_000_000, None),
    ("in", "the", "billions"): (2_000_000_000, None),
})
#: Vague multipliers before a scale word: "several hundred" = [300, None).
VAGUE_MULTIPLIERS = MappingProxyType({
    ("several",): 3,
    ("a", "few"): 2,
    ("a", "couple", "of"): 2,
    ("a", "couple"): 2,
})
#: Scale words a vague multiplier may take ("several hundred", "a few dozen").
VAGUE_MULTIPLIABLE = MappingProxyType({"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12, "trillion": 1e12})

#: Words that look like quantities but assert no floor: never figures.
NOT_FIGURES = frozenset({"many", "some", "numerous", "various", "multiple", "countless"})

# ------------------------------------------------------------ bounds & hedges
#: Phrases before a number and the kind of interval they give.
#:   at_least    [X, None]    more_than  [X, None] (exclusive, low = X)
#:   at_most     [None, X]    less_than  [None, X] (exclusive, high = X)
#:   approximate [X - d, X + d], d = 10 % of X (at least 1 for whole numbers)
#:   near        approximate, [X - d, X]: "nearly", "almost" (just below X)
BOUND_PREFIXES = MappingProxyType({
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("not", "fewer", "than"): "at_least",
    ("no", "lower", "than"): "at_least",
    ("not", "lower", "than"): "at_least",
    ("no", "smaller", "than"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("at", "a", "minimum"): "at_least",
    ("≥",): "at_least",
    (">", "="): "at_least",
    ("more", "than"): "more_than",
    ("just", "over"): "more_than",
    ("well", "over"): "more_than",
    ("just", "more", "than"): "more_than",
    ("slightly", "more", "than"): "more_than",
    ("over",): "more_than",
    ("upwards", "of"): "more_than",
    ("upward", "of"): "more_than",
    ("in", "excess", "of"): "more_than",
    ("above",): "more_than",
    ("exceeding",): "more_than",
    ("exceed",): "more_than",
    ("exceeds",): "more_than",
    ("exceeded",): "more_than",
    ("surpassed",): "more_than",
    ("surpass",): "more_than",
    ("surpassing",): "more_than",
    ("greater", "than"): "more_than",
    ("larger", "than"): "more_than",
    ("higher", "than"): "more_than",
    ("bigger", "than"): "more_than",
    (">",): "more_than",
    ("nearly",): "near",
    ("almost",): "near",
    ("close", "to"): "near",
    ("closer", "to"): "near",
    ("just", "under"): "near",
    ("just", "below"): "near",
    ("just", "short", "of"): "near",
    ("just", "shy", "of"): "near",
    ("up", "to"): "at_most",
    ("as", "many", "as"): "at_most",
    ("as", "much", "as"): "at_most",
    ("no", "more", "than"): "at_most",
    ("not", "more", "than"): "at_most",
    ("no", "higher", "than"): "at_most",
    ("not", "higher", "than"): "at_most",
    ("no", "greater", "than"): "at_most",
    ("no", "larger", "than"): "at_most",
    ("no", "bigger", "than"): "at_most",
    ("at", "most"): "at_most",
    ("at", "the", "most"): "at_most",
    ("a", "maximum", "of"): "at_most",
    ("≤",): "at_most",
    ("<", "="): "at_most",
    ("fewer", "than"): "less_than",
    ("less", "than"): "less_than",
    ("under",): "less_than",
    ("below",): "less_than",
    ("lower", "than"): "less_than",
    ("smaller", "than"): "less_than",
    ("<",): "less_than",
    ("about",): "approximate",
    ("around",): "approximate",
    ("roughly",): "approximate",
    ("some",): "approximate",
    ("approximately",): "approximate",
    ("approx",): "approximate",
    ("approx", "."): "approximate",
    ("an", "estimated"): "approximate",
    ("estimated",): "approximate",
    ("an", "approximate"): "approximate",
    ("circa",): "approximate",
    ("ca", "."): "approximate",
    ("c", "."): "approximate",
    ("~",): "approximate",
    ("somewhere", "around"): "approximate",
    ("somewhere", "near"): "approximate",
    ("in", "the", "region", "of"): "approximate",
    ("on", "the", "order", "of"): "approximate",
    ("of", "the", "order", "of"): "approximate",
    ("an", "estimate", "of"): "approximate",
    ("more", "or", "less"): "approximate",
    ("about", "some"): "approximate",
})
#: Longest bound phrase, in tokens.
BOUND_PREFIX_MAX = max(len(key) for key in BOUND_PREFIXES)

#: Phrases after a number: "14 or more", "20 or so", "30-odd".
BOUND_SUFFIXES = MappingProxyType({
    ("or", "more"): "at_least",
    ("and", "more"): "at_least",
    ("or", "above"): "at_least",
    ("and", "above"): "at_least",
    ("or", "higher"): "at_least",
    ("or", "greater"): "at_least",
    ("and", "over"): "at_least",
    ("or", "over"): "at_least",
    ("plus",): "more_than",
    ("+",): "more_than",
    ("-", "plus"): "more_than",
    ("or", "less"): "at_most",
    ("or", "fewer"): "at_most",
    ("and", "less"): "at_most",
    ("and", "fewer"): "at_most",
    ("or", "under"): "at_most",
    ("and", "under"): "at_most",
    ("or", "below"): "at_most",
    ("and", "below"): "at_most",
    ("or", "lower"): "at_most",
    ("or", "so"): "approximate",
    ("-", "odd"): "approximate",
    ("odd",): "approximate",
})

#: Relative width of an approximation ("about 40" = [36, 44]).
APPROXIMATE_FRACTION = 0.1

# ------------------------------------------------------------------- ranges
#: Words between two numbers that make a range ("10 to 15", "10-15").
RANGE_CONNECTORS = frozenset({"to", "-", "–", "—", "~", "or", "through", "and"})
#: "and" joins a range only after one of these ("between 10 and 15").
RANGE_OPENERS_FOR_AND = frozenset({"between"})
#: Words that open a range and belong to its span ("from 10 to 15").
RANGE_OPENERS = frozenset({"between", "from"})
#: Phrases before an opener that belong to the span ("ranging from").
RANGE_OPENER_LEADS = frozenset({"ranging", "ranged", "range", "varying", "anywhere", "somewhere"})

#: Verbs before a dashed pair that make it a score ("won 3-1"): each side is
#: then its own exact figure.
SCORE_VERBS = frozenset(
    """won win wins beat beats beaten lost lose loses drew draw draws defeated defeat
    defeats trail trails trailed lead leads led edged thrashed routed score scored
    victory defeat draw""".split()
)

# ------------------------------------------------------------------ changes
#: Words before a figure that make it a change; value = direction.
CHANGE_WORDS = MappingProxyType({
    **dict.fromkeys(
        """rose rise rises rising risen increased increase increases increasing grew grow
        grows growing grown climbed climb climbs climbing jumped jump jumps jumping surged
        surge surges surging soared soar soars soaring gained gain gains gaining up rallied
        spiked spike doubled swelled swell swelling advanced added""".split(),
        "up",
    ),
    **dict.fromkeys(
        """fell fall falls falling fallen dropped drop drops dropping declined decline
        declines declining decreased decrease decreases decreasing slumped slump slumps
        plunged plunge plunges plummeted plummet tumbled tumble slid slide slides sank sink
        sinks dipped dip dips shrank shrink shrinks shrunk down lost lose loses cut cuts
        reduced reduce reduces eased slipped retreated contracted""".split(),
        "down",
    ),
})
#: Short words allowed between a change word and its figure ("rose by", "fell to").
CHANGE_LINKS = frozenset({"by", "to", "of", "a", "further", "another", "an", "additional", "nearly", "almost"})
#: Nouns that take "of" ("a drop of 10", "an increase of 5%"): the article is not needed.
CHANGE_NOUNS = frozenset({"rise", "increase", "drop", "fall", "decline", "decrease", "jump", "gain", "loss", "cut", "reduction", "surge", "growth", "dip", "slump", "plunge"})

# --------------------------------------------------------- zeros by negation
#: Nouns a negation can count to zero ("no deaths"): people and countable
#: things.  Uncountable nouns ("no damage", "no comment") never give a zero.
COUNTABLE_NOUNS = frozenset(
    """death deaths dead casualty casualties victim victims injury injuries injured fatality
    fatalities people persons person passenger passengers one body bodies loss losses arrest
    arrests survivor survivors civilian civilians soldier soldiers troops child children student
    students hostage hostages patient patients case cases missile missiles drone drones rocket
    rockets aircraft plane planes jet jets helicopter helicopters ship ships vessel vessels boat
    boats building buildings house houses home homes crater craters vehicle vehicles car cars
    tank tanks shell shells bomb bombs explosion explosions strike strikes attack attacks
    resident residents worker workers employee employees member members officer officers
    policeman policemen fighter fighters militant militants protester protesters demonstrator
    demonstrators prisoner prisoners detainee detainees refugee refugees migrant migrants
    tourist tourists crew citizen citizens individual individuals wounded missing hospitalizations
    remains trace traces survivors firefighters journalists
    hospitalisations infections infection killed fatal""".split()
)
#: Adjectives and fillers allowed between a negation and its noun ("no serious injuries").
NEGATION_FILLERS = frozenset(
    """serious major immediate other further reported confirmed known civilian human
    impact fatal additional new more direct significant official initial visible
    immediately""".split()
)
#: Words that join nouns after a negation ("no damage or casualties").
NEGATION_JOINERS = frozenset({"or", "and", ","})
#: Negations that are zero on their own ("nobody was hurt").
ZERO_PERSON_PHRASES = MappingProxyType({("no", "one"): "no one", ("nobody",): "nobody", ("no", "-", "one"): "no-one"})
#: Negating words before a countable noun phrase.  ("zero" is a number word: "zero deaths" is read as a numeral.)
NEGATION_WORDS = frozenset({"no", "without"})
#: "not ... any" / "n't ... any": at most this many tokens between them.
NOT_ANY_GAP = 3
#: "none of the passengers".
NONE_WORDS = frozenset({"none"})

# -------------------------------------------------------------- non-figures
#: Words before a number that make it a label, not an amount ("page 5").
NUMBER_LABEL_WORDS = frozenset(
    """page pages p pp row section sections chapter chapters article articles flight flights
    paragraph paragraphs clause clauses item items room gate platform terminal no nos nr nrs
    number grade episode season channel route highway interstate unit bus verse rule
    resolution amendment category phase stage version level ward precinct district block exit
    pier tier track figure fig table appendix annex annexe vol class regulation proposition code
    id ref round""".split()
)
#: Capitalised names before a number that make it a model or designator ("Boeing 737").
DESIGNATOR_PREFIXES = frozenset(
    """Boeing Airbus Embraer Bombardier Tupolev Ilyushin Antonov Sukhoi Mig MiG Windows iPhone
    iPad Galaxy Pixel Xbox PlayStation Unit Route Apollo Artemis Gemini Soyuz Voyager Pioneer
    Flight Highway Interstate Channel Article Section Chapter Page Row Room Gate Platform
    Terminal Level Grade Class Category Stage Phase Model Version Season Episode Series
    Resolution Proposition Amendment Paragraph Clause Table Figure Line Bus Train Pier Block
    Sector District Ward Precinct Zone Region Camp Building Hangar Lot Exit Track Studio Area
    Formula Vision Agenda Operation Mark Mk Type Tier Cat Act Patriot Iskander Tochka Kalibr
    Tomahawk Storm Shadow Leopard Abrams Challenger Bradley Stryker Javelin Stinger Kinzhal
    Zircon Bayraktar Shahed Lancet Orlan Pantsir Buk Tor Osa Grad Uragan Smerch Tornado
    Typhoon Rafale Mirage Eurofighter Gripen Falcon Hornet Harrier Apache Chinook
    Hawk Reaper Predator Starship Starlink Ariane Vega Atlas Titan Electron Proton Angara
    Shenzhou Tiangong Chang'e Luna
    Sputnik Vostok Kosmos Cosmos Gaganyaan Chandrayaan Mangalyaan Android Ubuntu Photoshop
    Serie Ligue Liga Bundesliga Euro Copa COP Paragraph Number No
    Game Match Round Week Day Leg Heat Lap Race Title Schedule Part Max Pro Mini Trent
    Covid COVID Sars SARS Office Nikkei Nasdaq NASDAQ Stoxx STOXX Russell Dow FTSE Sensex Nifty
    Merval Fortune Kospi KOSPI Topix TOPIX Ibovespa Bovespa IBEX Ibex AEX SMI CAC DAX ASX
    Chrysler Peugeot Renault Fiat Audi Porsche Lada Sputnik Mac MacBook Safari Firefox Chrome Office
    Radio Camp Expo Web Industry""".split()
)
#: Designators whose numbers name the same thing again when the text repeats them bare
#: ("Boeing 787 ... the 787 made its first flight"): a number of at least this many digits.
DESIGNATED_NUMBER_MIN_DIGITS = 3
#: The possessive after a designator ("Boeing's 787", "Boeing 's 747").
POSSESSIVE_AFTER_NAMES = frozenset({"s"})
#: Acronyms before a number that are not designators (currencies, units).
NON_DESIGNATOR_ACRONYMS = frozenset({"USD", "US", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "UAH", "CHF", "AUD", "CAD", "HKD", "SGD", "NZD", "BRL", "ZAR", "KRW", "TRY", "Rs", "PKR", "BDT", "NGN", "KES", "EGP", "ILS", "SAR", "AED", "QAR", "IRR", "MXN",
                                     "RM", "MYR", "IDR", "TWD", "VND", "THB", "LKR", "NPR", "GHS", "KWD", "KZT", "ARS", "CLP", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "NIS"})
#: Words written right after digits that make them a label ("5G", "3D").
#: Anything not a known unit or scale suffix counts as a label.
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "ST", "ND", "RD", "TH"})
#: Abbreviated month names written with a full stop: "Oct. 31" is a date ("May. 5" is a sentence end).
MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
#: Nouns a year modifies ("2024 sales", "the 2023 elections"): a four-digit year before them is a year, not a count.
YEAR_MODIFIED_NOUNS = frozenset(
    """sales results earnings profits revenues revenue figures levels budgets forecasts targets goals
    estimates data statistics numbers accounts elections census games olympics championships finals
    midterms primaries polls plans prices rates exports imports emissions accords protests riots attacks
    floods elections reforms models editions contracts guidelines rules standards tariffs accounts
    results returns taxes payments bonuses""".split()
)
#: Determiners and possessives before a four-digit year that make it a modifier ("its 2024 sales", "whose 1968 arrest").
YEAR_DETERMINERS = frozenset("its their his her our my your whose this that these those".split())
#: Words that mark a person's age before a number ("aged 45").
AGE_WORDS = frozenset({"aged", "age", "ages", "ageing"})
#: Words after "N-year-" / "N years" that make an age.
AGE_TAILS = frozenset({"old", "olds"})
#: "ninety years of age", "6 weeks of age".
AGE_OF_PHRASE = ("of", "age")
#: Short age marks written after the number ("an 87 yo man"): the age is in years.
AGE_SHORT_TAILS = frozenset({"yo"})
#: The unit of an age given by an age word ("aged 15", "age 87") or a short mark.
AGE_DEFAULT_UNIT = "year"
#: Words that make "N" a time of day ("3 p.m.", "0800 GMT").
CLOCK_WORDS = frozenset({"am", "pm", "gmt", "utc", "bst", "est", "edt", "cet", "cest", "ist", "pst", "pdt", "cst", "cdt", "msk", "hrs", "hours_local", "o'clock", "oclock", "h"})
#: Time zones after a four-digit time ("0800 GMT").
TIME_ZONES = frozenset({"gmt", "utc", "bst", "est", "edt", "cet", "cest", "ist", "pst", "pdt", "cst", "cdt", "msk", "hrs", "local", "z"})
#: Month names; a day number next to one is a date ("July 28", "28 July").
MONTHS = frozenset(
    """January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)
#: Words before a four-digit year ("in 2019", "since 1945").
YEAR_PREPOSITIONS = frozenset(
    """in since by from until till to through during before after of early late mid
    circa year years the fiscal fy season summer winter spring autumn fall election
    census budget between and or""".split()
)
#: Street words that make "N Name Street" an address.
STREET_WORDS = frozenset(
    """Street St Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Dr Way Place Pl Square Sq
    Court Ct Terrace Crescent Close Parkway Pkwy Highway Hwy Alley Row Circle Plaza""".split()
)
#: The word "one" is a pronoun after these ("the one", "which one").
ONE_PRONOUN_BEFORE = frozenset({"the", "this", "that", "which", "every", "any", "each", "some", "someone", "anyone", "no", "little", "another", "last", "next", "other", "right", "wrong", "big", "new", "old", "only_the"})
#: ...and before these ("one another", "one's").
ONE_PRONOUN_AFTER = frozenset({"another", "'s", "’s"})

#: Words that cannot be the noun counted by "both", "another", "a pair" or an article.
FUNCTION_WORDS = frozenset(
    """a an the this that these those of to in on at by for with from into onto over under
    about around as and or but nor so yet if then than is are was were be been being am has
    have had do does did will would shall should can could may might must not no nor it its
    he she they we you i me him her them us my your his our their who whom whose which what
    when where why how all any each every some such own same other another one ones also
    just only very too quite rather more most less least much many few lot lots bit little
    number total majority minority half part way time times while since until though although
    because like unlike there here said says say told according again ago already still even
    ever never always often sometimes again further estimated estimate approximately roughly
    nearly almost around""".split()
)
#: After an article, these do not make a count of one ("a lot", "an estimated").
ARTICLE_NON_COUNTS = frozenset(
    """lot few number couple dozen handful total majority minority bit little great good
    estimated estimate further additional more less hundred thousand million billion trillion
    half quarter third fourth fifth sixth seventh eighth ninth tenth first second last next
    previous current series range variety host number pair maximum minimum average rate
    share percentage proportion fraction result while kind sort type record""".split()
)

# ------------------------------------------------------------------ units
#: Unit words and phrases -> canonical unit name.  Keys are tuples of
#: lower-cased tokens, except those listed in CASE_SENSITIVE_UNITS.
UNIT_PHRASES = MappingProxyType({
    # percent
    ("%",): "percent", ("percent",): "percent", ("per", "cent"): "percent", ("pc",): "percent",
    ("percentage", "points"): "percentage point", ("percentage", "point"): "percentage point",
    ("points", "percentage"): "percentage point", ("pct",): "percent", ("pp",): "percentage point",
    ("basis", "points"): "basis point", ("bps",): "basis point",
    # currency (words after the number)
    ("dollars",): "USD", ("dollar",): "USD", ("us", "dollars"): "USD", ("u", ".", "s", ".", "dollars"): "USD",
    ("usd",): "USD", ("$",): "USD",
    ("euros",): "EUR", ("euro",): "EUR", ("eur",): "EUR", ("€",): "EUR",
    ("pounds", "sterling"): "GBP", ("pound", "sterling"): "GBP", ("gbp",): "GBP", ("sterling",): "GBP", ("£",): "GBP",
    ("yen",): "JPY", ("jpy",): "JPY", ("yuan",): "CNY", ("renminbi",): "CNY", ("rmb",): "CNY", ("cny",): "CNY",
    ("rupees",): "INR", ("rupee",): "INR", ("inr",): "INR",
    ("roubles",): "RUB", ("rubles",): "RUB", ("rouble",): "RUB", ("ruble",): "RUB", ("rub",): "RUB",
    ("hryvnias",): "UAH", ("hryvnia",): "UAH", ("hryvnas",): "UAH", ("uah",): "UAH",
    ("swiss", "francs"): "CHF", ("francs",): "CHF", ("chf",): "CHF",
    ("canadian", "dollars"): "CAD", ("australian", "dollars"): "AUD", ("hong", "kong", "dollars"): "HKD",
    ("singapore", "dollars"): "SGD", ("new", "zealand", "dollars"): "NZD",
    ("pesos",): "MXN", ("naira",): "NGN", ("shillings",): "KES", ("rand",): "ZAR", ("won",): "KRW",
    ("lira",): "TRY", ("liras",): "TRY", ("shekels",): "ILS", ("riyals",): "SAR", ("dirhams",): "AED",
    ("reais",): "BRL", ("rials",): "IRR", ("taka",): "BDT",
    ("ringgit",): "MYR", ("rupiah",): "IDR", ("baht",): "THB", ("kronor",): "SEK", ("krona",): "SEK",
    ("zloty",): "PLN", ("zlotys",): "PLN", ("forints",): "HUF", ("forint",): "HUF", ("cedis",): "GHS",
    ("tenge",): "KZT",
    ("cents",): "cent", ("cent",): "cent", ("pence",): "penny", ("p",): "penny",
    # length
    ("km",): "kilometre", ("kms",): "kilometre", ("kilometre",): "kilometre", ("kilometres",): "kilometre",
    ("kilometer",): "kilometre", ("kilometers",): "kilometre",
    ("m",): "metre", ("metre",): "metre", ("metres",): "metre", ("meter",): "metre", ("meters",): "metre",
    ("cm",): "centimetre", ("centimetre",): "centimetre", ("centimetres",): "centimetre",
    ("centimeter",): "centimetre", ("centimeters",): "centimetre",
    ("mm",): "millimetre", ("millimetre",): "millimetre", ("millimetres",): "millimetre",
    ("millimeter",): "millimetre", ("millimeters",): "millimetre",
    ("nm",): "nanometre", ("nanometre",): "nanometre", ("nanometres",): "nanometre",
    ("nanometer",): "nanometre", ("nanometers",): "nanometre",
    ("mile",): "mile", ("miles",): "mile", ("mi",): "mile",
    ("nautical", "miles"): "nautical mile", ("nautical", "mile"): "nautical mile",
    ("feet",): "foot", ("foot",): "foot", ("ft",): "foot",
    ("inch",): "inch", ("inches",): "inch",
    ("yard",): "yard", ("yards",): "yard", ("yd",): "yard", ("yds",): "yard",
    # mass
    ("kg",): "kilogram", ("kgs",): "kilogram", ("kilogram",): "kilogram", ("kilograms",): "kilogram",
    ("kilogramme",): "kilogram", ("kilogrammes",): "kilogram", ("kilo",): "kilogram", ("kilos",): "kilogram",
    ("g",): "gram", ("gram",): "gram", ("grams",): "gram", ("gramme",): "gram", ("grammes",): "gram",
    ("mg",): "milligram", ("milligram",): "milligram", ("milligrams",): "milligram",
    ("tonne",): "tonne", ("tonnes",): "tonne", ("metric", "tons"): "tonne", ("metric", "tonnes"): "tonne",
    ("ton",): "ton", ("tons",): "ton", ("t",): "tonne",
    ("lb",): "pound", ("lbs",): "pound", ("pound",): "pound", ("pounds",): "pound",
    ("ounce",): "ounce", ("ounces",): "ounce", ("oz",): "ounce",
    # area
    ("hectare",): "hectare", ("hectares",): "hectare", ("ha",): "hectare",
    ("acre",): "acre", ("acres",): "acre",
    ("square", "kilometres"): "square kilometre", ("square", "kilometre"): "square kilometre",
    ("square", "kilometers"): "square kilometre", ("square", "kilometer"): "square kilometre",
    ("sq", "km"): "square kilometre", ("sq", ".", "km"): "square kilometre", ("km", "2"): "square kilometre",
    ("km", "²"): "square kilometre", ("km", "squared"): "square kilometre", ("square", "km"): "square kilometre",
    ("square", "miles"): "square mile", ("square", "mile"): "square mile", ("sq", "mi"): "square mile",
    ("sq", "miles"): "square mile", ("sq", ".", "mi"): "square mile", ("mi", "2"): "square mile", ("mi", "²"): "square mile",
    ("square", "metres"): "square metre", ("square", "meters"): "square metre", ("square", "metre"): "square metre",
    ("square", "meter"): "square metre", ("sq", "m"): "square metre", ("m", "2"): "square metre", ("m", "²"): "square metre",
    ("square", "feet"): "square foot", ("square", "foot"): "square foot", ("sq", "ft"): "square foot",
    ("sq", ".", "ft"): "square foot",
    # volume
    ("km", "3"): "cubic kilometre", ("km", "³"): "cubic kilometre", ("cubic", "kilometres"): "cubic kilometre",
    ("cubic", "kilometers"): "cubic kilometre", ("km", "cubed"): "cubic kilometre",
    ("km", "^", "3"): "cubic kilometre", ("km", "^", "2"): "square kilometre",
    ("litre",): "litre", ("litres",): "litre", ("liter",): "litre", ("liters",): "litre", ("l",): "litre",
    ("ml",): "millilitre", ("millilitre",): "millilitre", ("millilitres",): "millilitre",
    ("milliliter",): "millilitre", ("milliliters",): "millilitre",
    ("cl",): "centilitre", ("centilitre",): "centilitre", ("centilitres",): "centilitre",
    ("gallon",): "gallon", ("gallons",): "gallon", ("gal",): "gallon",
    ("barrel",): "barrel", ("barrels",): "barrel", ("bbl",): "barrel",
    ("cup",): "cup", ("cups",): "cup", ("tablespoon",): "tablespoon", ("tablespoons",): "tablespoon",
    ("tbsp",): "tablespoon", ("teaspoon",): "teaspoon", ("teaspoons",): "teaspoon", ("tsp",): "teaspoon",
    ("cubic", "metres"): "cubic metre", ("cubic", "meters"): "cubic metre", ("cubic", "metre"): "cubic metre",
    ("cubic", "meter"): "cubic metre", ("m", "3"): "cubic metre", ("m", "³"): "cubic metre",
    # speed
    ("km", "/", "h"): "km/h", ("km", "/", "hr"): "km/h", ("kph",): "km/h", ("kmph",): "km/h", ("km", "/", "hour"): "km/h",
    ("kilometres", "per", "hour"): "km/h", ("kilometers", "per", "hour"): "km/h", ("km", "per", "hour"): "km/h",
    ("kilometres", "an", "hour"): "km/h", ("kilometers", "an", "hour"): "km/h", ("km", "an", "hour"): "km/h",
    ("mph",): "mph", ("miles", "per", "hour"): "mph", ("miles", "an", "hour"): "mph",
    ("knots",): "knot", ("knot",): "knot", ("kt",): "knot", ("kts",): "knot",
    ("m", "/", "s"): "m/s", ("metres", "per", "second"): "m/s", ("meters", "per", "second"): "m/s",
    # power and energy
    ("bhp",): "horsepower", ("hp",): "horsepower", ("horsepower",): "horsepower", ("brake", "horsepower"): "horsepower",
    ("ps",): "metric horsepower",
    ("w",): "watt", ("watt",): "watt", ("watts",): "watt",
    ("kw",): "kilowatt", ("kilowatt",): "kilowatt", ("kilowatts",): "kilowatt",
    ("mw",): "megawatt", ("megawatt",): "megawatt", ("megawatts",): "megawatt",
    ("gw",): "gigawatt", ("gigawatt",): "gigawatt", ("gigawatts",): "gigawatt",
    ("kwh",): "kilowatt hour", ("kilowatt", "hours"): "kilowatt hour", ("kilowatt", "-", "hours"): "kilowatt hour",
    ("mwh",): "megawatt hour", ("megawatt", "hours"): "megawatt hour", ("megawatt", "-", "hours"): "megawatt hour",
    ("gwh",): "gigawatt hour", ("gigawatt", "hours"): "gigawatt hour", ("gigawatt", "-", "hours"): "gigawatt hour",
    ("twh",): "terawatt hour", ("terawatt", "hours"): "terawatt hour", ("terawatt", "-", "hours"): "terawatt hour",
    # temperature
    ("°", "c"): "celsius", ("º", "c"): "celsius", ("°c",): "celsius", ("degrees", "celsius"): "celsius",
    ("degree", "celsius"): "celsius", ("degrees", "centigrade"): "celsius", ("degrees", "c"): "celsius",
    ("celsius",): "celsius", ("centigrade",): "celsius", ("c",): "celsius",
    ("°", "f"): "fahrenheit", ("º", "f"): "fahrenheit", ("°f",): "fahrenheit", ("degrees", "fahrenheit"): "fahrenheit",
    ("degree", "fahrenheit"): "fahrenheit", ("degrees", "f"): "fahrenheit", ("fahrenheit",): "fahrenheit", ("f",): "fahrenheit",
    ("kelvin",): "kelvin", ("degrees", "kelvin"): "kelvin",
    ("degrees",): "degree", ("degree",): "degree", ("°",): "degree",
    # duration
    ("second",): "second", ("seconds",): "second", ("sec",): "second", ("secs",): "second",
    ("minute",): "minute", ("minutes",): "minute", ("min",): "minute", ("mins",): "minute",
    ("hour",): "hour", ("hours",): "hour", ("hr",): "hour", ("hrs",): "hour",
    ("day",): "day", ("days",): "day",
    ("week",): "week", ("weeks",): "week",
    ("month",): "month", ("months",): "month",
    ("year",): "year", ("years",): "year", ("yr",): "year", ("yrs",): "year",
    ("decade",): "decade", ("decades",): "decade",
    ("century",): "century", ("centuries",): "century",
})
#: Longest unit phrase, in tokens.
UNIT_PHRASE_MAX = max(len(key) for key in UNIT_PHRASES)

#: Unit keys matched only with this exact case (their lower-case form means something else).
#: "m" is a metre, "M" a million; "T" a trillion after a currency; "L" a litre, "l" (alone) is not.
CASE_SENSITIVE_UNITS = MappingProxyType({("c",): "C", ("f",): "F", ("m",): "m", ("l",): "L", ("t",): "t", ("p",): "p", ("g",): "g", ("ha",): "ha", ("pc",): "pc", ("pp",): "pp", ("h",): "h", ("nm",): "nm", ("°", "c"): None, ("°", "f"): None,
    ("hp",): "hp", ("ps",): "PS", ("w",): "W", ("kw",): "kW", ("mw",): "MW", ("gw",): "GW", ("kwh",): "kWh",
    ("mwh",): "MWh", ("gwh",): "GWh", ("twh",): "TWh"})
#: Units that must be written straight after the digits ("5p", "10g", "278,000t" -- not "5 p").
ADJACENT_ONLY_UNITS = frozenset({("c",), ("f",), ("p",), ("g",), ("t",), ("pc",), ("pp",), ("ha",), ("kt",), ("nm",), ("ps",), ("w",)})

#: Currency signs and codes written before the number.
CURRENCY_PREFIXES = MappingProxyType({
    ("$",): "USD", ("us", "$"): "USD", ("u", ".", "s", ".", "$"): "USD", ("usd",): "USD",
    ("c", "$"): "CAD", ("ca", "$"): "CAD", ("cad",): "CAD",
    ("a", "$"): "AUD", ("au", "$"): "AUD", ("aud",): "AUD",
    ("hk", "$"): "HKD", ("hkd",): "HKD", ("s", "$"): "SGD", ("sgd",): "SGD",
    ("nz", "$"): "NZD", ("nzd",): "NZD", ("r", "$"): "BRL", ("brl",): "BRL",
    ("€",): "EUR", ("eur",): "EUR", ("£",): "GBP", ("gbp",): "GBP",
    ("¥",): "JPY", ("jpy",): "JPY", ("cn", "¥"): "CNY", ("rmb",): "CNY", ("cny",): "CNY",
    ("₹",): "INR", ("rs",): "INR", ("rs", "."): "INR", ("inr",): "INR",
    ("₽",): "RUB", ("rub",): "RUB", ("₴",): "UAH", ("uah",): "UAH", ("chf",): "CHF",
    ("₩",): "KRW", ("₦",): "NGN", ("₪",): "ILS", ("₺",): "TRY", ("ksh",): "KES",
    # Asian, African, Latin American and European codes and signs common in English-language news
    ("rm",): "MYR", ("myr",): "MYR", ("rp",): "IDR", ("idr",): "IDR", ("₱",): "PHP", ("nt", "$"): "TWD",
    ("twd",): "TWD", ("tk",): "BDT", ("৳",): "BDT", ("bdt",): "BDT", ("₫",): "VND", ("vnd",): "VND",
    ("฿",): "THB", ("thb",): "THB", ("pkr",): "PKR", ("lkr",): "LKR", ("npr",): "NPR", ("krw",): "KRW",
    ("kshs",): "KES", ("kes",): "KES", ("ngn",): "NGN", ("zar",): "ZAR", ("ghs",): "GHS", ("e", "£"): "EGP",
    ("egp",): "EGP", ("sar",): "SAR", ("aed",): "AED", ("qar",): "QAR", ("kwd",): "KWD", ("try",): "TRY",
    ("ils",): "ILS", ("nis",): "ILS", ("irr",): "IRR", ("kzt",): "KZT", ("mxn",): "MXN", ("mex", "$"): "MXN",
    ("ars",): "ARS", ("clp",): "CLP", ("sek",): "SEK", ("nok",): "NOK", ("dkk",): "DKK", ("pln",): "PLN",
    ("czk",): "CZK", ("huf",): "HUF",
})
CURRENCY_PREFIX_MAX = max(len(key) for key in CURRENCY_PREFIXES)
#: Currency codes written as words (case-insensitive match only when upper-case in text).
CURRENCY_CODE_PREFIXES = frozenset(key[0] for key in CURRENCY_PREFIXES if len(key) == 1 and key[0].isalpha())

#: Words before "pounds" that make it a weight ("weighed 200 pounds").
WEIGHT_CONTEXT = frozenset({"weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lighter", "lost", "gained", "lbs"})

#: Canonical unit -> (dimension, factor to the base unit, offset).
#: base = value * factor + offset.  Base units: metre, kilogram, square
#: metre, m/s, celsius, second, litre; currencies and percent stay as they are.
UNITS = MappingProxyType({
    "percent": ("percent", 1.0, 0.0),
    "fraction": ("percent", 100.0, 0.0),
    "percentage point": ("percentage point", 1.0, 0.0),
    "basis point": ("percentage point", 0.01, 0.0),
    "USD": ("currency", 1.0, 0.0), "EUR": ("currency", 1.0, 0.0), "GBP": ("currency", 1.0, 0.0),
    "JPY": ("currency", 1.0, 0.0), "CNY": ("currency", 1.0, 0.0), "INR": ("currency", 1.0, 0.0),
    "RUB": ("currency", 1.0, 0.0), "UAH": ("currency", 1.0, 0.0), "CHF": ("currency", 1.0, 0.0),
    "CAD": ("currency", 1.0, 0.0), "AUD": ("currency", 1.0, 0.0), "HKD": ("currency", 1.0, 0.0),
    "SGD": ("currency", 1.0, 0.0), "NZD": ("currency", 1.0, 0.0), "BRL": ("currency", 1.0, 0.0),
    "MXN": ("currency", 1.0, 0.0), "NGN": ("currency", 1.0, 0.0), "KES": ("currency", 1.0, 0.0),
    "ZAR": ("currency", 1.0, 0.0), "KRW": ("currency", 1.0, 0.0), "TRY": ("currency", 1.0, 0.0),
    "ILS": ("currency", 1.0, 0.0), "SAR": ("currency", 1.0, 0.0), "AED": ("currency", 1.0, 0.0),
    "IRR": ("currency", 1.0, 0.0), "BDT": ("currency", 1.0, 0.0),
    **{code: ("currency", 1.0, 0.0) for code in (
        "MYR", "IDR", "PHP", "TWD", "VND", "THB", "PKR", "LKR", "NPR", "GHS", "EGP", "QAR", "KWD", "KZT",
        "ARS", "CLP", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF")},
    "cent": ("currency", 1.0, 0.0), "penny": ("currency", 1.0, 0.0),
    "kilometre": ("length", 1000.0, 0.0), "metre": ("length", 1.0, 0.0),
    "centimetre": ("length", 0.01, 0.0), "millimetre": ("length", 0.001, 0.0),
    "nanometre": ("length", 1e-9, 0.0),
    "mile": ("length", 1609.344, 0.0), "nautical mile": ("length", 1852.0, 0.0),
    "foot": ("length", 0.3048, 0.0), "inch": ("length", 0.0254, 0.0), "yard": ("length", 0.9144, 0.0),
    "kilogram": ("mass", 1.0, 0.0), "gram": ("mass", 0.001, 0.0), "milligram": ("mass", 1e-6, 0.0),
    "tonne": ("mass", 1000.0, 0.0), "ton": ("mass", 907.18474, 0.0),
    "pound": ("mass", 0.45359237, 0.0), "ounce": ("mass", 0.028349523125, 0.0),
    "hectare": ("area", 10_000.0, 0.0), "acre": ("area", 4046.8564224, 0.0),
    "square kilometre": ("area", 1e6, 0.0), "square mile": ("area", 2_589_988.110336, 0.0),
    "square metre": ("area", 1.0, 0.0), "square foot": ("area", 0.09290304, 0.0),
    "litre": ("volume", 1.0, 0.0), "millilitre": ("volume", 0.001, 0.0), "centilitre": ("volume", 0.01, 0.0),
    "gallon": ("volume", 3.785411784, 0.0), "barrel": ("volume", 158.987294928, 0.0),
    "cup": ("volume", 0.2365882365, 0.0), "tablespoon": ("volume", 0.01478676478125, 0.0),
    "teaspoon": ("volume", 0.00492892159375, 0.0),
    "cubic metre": ("volume", 1000.0, 0.0), "cubic kilometre": ("volume", 1e12, 0.0),
    "km/h": ("speed", 1 / 3.6, 0.0), "mph": ("speed", 0.44704, 0.0), "knot": ("speed", 1852 / 3600, 0.0),
    "m/s": ("speed", 1.0, 0.0),
    "celsius": ("temperature", 1.0, 0.0), "fahrenheit": ("temperature", 5 / 9, -160 / 9),
    "kelvin": ("temperature", 1.0, -273.15),
    "degree": (None, None, None),
    "watt": ("power", 1.0, 0.0), "kilowatt": ("power", 1e3, 0.0), "megawatt": ("power", 1e6, 0.0),
    "gigawatt": ("power", 1e9, 0.0), "horsepower": ("power", 745.69987158227, 0.0),
    "metric horsepower": ("power", 735.49875, 0.0),
    "kilowatt hour": ("energy", 3.6e6, 0.0), "megawatt hour": ("energy", 3.6e9, 0.0),
    "gigawatt hour": ("energy", 3.6e12, 0.0), "terawatt hour": ("energy", 3.6e15, 0.0),
    "second": ("duration", 1.0, 0.0), "minute": ("duration", 60.0, 0.0), "hour": ("duration", 3600.0, 0.0),
    "day": ("duration", 86_400.0, 0.0), "week": ("duration", 604_800.0, 0.0),
    "month": ("duration", 2_629_746.0, 0.0), "year": ("duration", 31_556_952.0, 0.0),
    "decade": ("duration", 315_569_520.0, 0.0), "century": ("duration", 3_155_695_200.0, 0.0),
})

#: Words after a number that are never units: counted things stay plain counts.
#: (Only used to keep quantulum3 from being asked; any word not in UNIT_PHRASES is a count.)
QUANTULUM_STEMS = (
    "meter", "metre", "gram", "byte", "bit", "watt", "joule", "hertz", "volt", "ampere",
    "pascal", "newton", "calorie", "liter", "litre", "ohm", "tesla", "becquerel", "sievert",
    "gray", "lumen", "lux", "candela", "mole", "annum", "parsec", "electronvolt",
)
#: SI prefixes and unit symbols: "GHz", "MWh", "eV", "kW", "MB", "mGy" are sent to quantulum3.
SI_PREFIXES = ("", "y", "z", "a", "f", "p", "n", "µ", "μ", "u", "m", "c", "d", "h", "k", "M", "G", "T", "P", "E")
SI_SYMBOLS = frozenset({"W", "Wh", "Hz", "B", "V", "A", "J", "eV", "Gy", "Sv", "Bq", "Pa", "N", "bar", "cal", "Ω", "lm", "lx", "cd", "mol", "Ga", "Ma", "ly", "AU", "fb", "Js", "cds", "tpd", "bps"})
#: Short tokens never sent to quantulum3 (acronyms that follow numbers in news).
QUANTULUM_STOP_TOKENS = frozenset(
    """US UK UN EU UAE GMT UTC BST EST EDT CET IST PST AM PM NATO IS ISIS BC AD CE BCE OK TV
    ID IDF AP AFP BBC CNN ANI PTI KMT NHS FBI CIA MPs MP PC PCs""".split()
)

#: Words after a number that make it an earthquake magnitude (kept; unit None).
MAGNITUDE_WORDS = frozenset({"magnitude", "richter"})

#: Change words that count only with money or percentages ("lost 5%", not "lost 5 soldiers").
AMBIGUOUS_CHANGE_WORDS = frozenset({"lost", "lose", "loses", "cut", "cuts", "added", "gained", "gain", "gains", "advanced", "reduced", "reduce", "reduces", "eased", "slipped", "retreated", "contracted", "doubled", "up", "down"})
#: Units with which the ambiguous change words count.
#: Every currency unit (what a currency sign or code gives).
CURRENCY_UNITS = frozenset(unit for unit, entry in UNITS.items() if entry[0] == "currency")
CHANGE_UNITS = frozenset({"percent", "percentage point", "basis point"}) | CURRENCY_UNITS
#: Units that may follow a vague word with "of" ("billions of dollars").
VAGUE_OF_UNITS = (CURRENCY_UNITS - {"cent", "penny"}) | frozenset({"tonne", "ton", "litre", "gallon", "barrel", "hectare", "acre", "kilometre", "mile"})
#: Words after "one-", "two-" that make an idiom, not a count ("one-off", "two-way").
HYPHEN_IDIOM_TAILS = frozenset({"off", "time", "way", "sided", "liner", "liners", "stop", "party", "horse", "shot", "dimensional", "on",
                                "something", "somethings"})
#: Words joined by a hyphen before digits that name a measure, not a model ("a magnitude-7.1 quake", unlike "S-200").
MEASURE_WORDS_BEFORE_HYPHEN = frozenset({"magnitude"})
#: Text between a lower and an upper bound that joins them into one range.
TWO_SIDED_JOINERS = frozenset({"and", "but", ",", "but not", "and not", ", but"})
#: Words that may stand between a number and a street word in an address ("10 Downing Street").
ADDRESS_MAX_NAME_WORDS = 3
#: Pronouns counted by "none of them".
NONE_OF_PRONOUNS = frozenset({"them", "us", "those", "these"})


# ================================================================ spelling
# Orthography and small function words the engine's code used to spell out
# inline; listed here so that claimdiff/numbers/ holds no English.

#: Tokens: digit runs, letter runs (with inner apostrophes, "didn't"), or any other single non-space character.
TOKEN_PATTERN = r"[0-9]+|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\S"
#: Dashes between numbers ("10-15", "twenty-one") and hyphens before a unit ("27-kilometre").
DASHES = frozenset({"-", "–", "—", "‑"})
#: Signs written before digits to mark a rise ("+0.2%"); what they give with a percentage, points or money.
#: Without a unit after the figure, a plus sign makes a label or a phone number ("+44 20").
PLUS_SIGNS = MappingProxyType({"+": "up"})
#: Letters after digits that are metres, or a million when a unit or a counted noun follows
#: ("1.2m tonnes", "5m people"; "a 10m wall", "3m deep", "the 400m hurdles").
MILLION_OR_METRE_SUFFIXES = MappingProxyType({"m": 1e6})
#: Plural nouns a length in metres may come before ("400m hurdles", "10m waves").
METRE_NOUNS = frozenset({"hurdles", "waves", "walls", "swells", "cliffs", "dunes", "poles", "fences", "heights", "depths", "drops", "dives", "sprints", "relays", "metres", "meters"})
#: Signs that make the digits after them negative ("-5", "−3").
MINUS_SIGNS = frozenset({"-", "−", "–"})
#: The full stop of an abbreviation ("3 doz.", "p.m.", "No. 10").
FULL_STOP = "."
#: The decimal point ("2.5", ".5") and the thousands separator ("1,234").
DECIMAL_POINT = "."
THOUSANDS_SEPARATOR = ","
#: Signs between digits that make a chain, not a number ("10:30", "7/28/2023").
DIGIT_CHAIN_SEPARATORS = frozenset({":", "/"})
#: Punctuation that joins the digit runs of a chain (a date, a time, a phone number...).
CHAIN_PUNCTUATION = frozenset(".:/-,+")
#: Every number word (ONES, TEENS and TENS) and its value.
NUMBER_WORDS = MappingProxyType({**ONES, **TEENS, **TENS})

# --- numerals
#: The word that joins the parts of a spoken number ("three hundred and two").
NUMBER_JOINERS = frozenset({"and"})
#: The singular dozen: "a dozen", "half a dozen" (plurals and abbreviations are in DOZEN_WORDS).
DOZEN = "dozen"
#: What a dozen multiplies by.
DOZEN_VALUE = 12.0
#: Abbreviations of "dozen" that may carry a full stop ("3 doz.").
DOZEN_ABBREVIATIONS = frozenset({"doz", "dz"})
#: Words before a fraction word after "and" ("one and a half", "two and one quarter").
FRACTION_ARTICLES = frozenset({"a", "one"})
#: The value of THREE_QUARTERS.
THREE_QUARTERS_VALUE = 0.75
#: The partitive "of": "scores of people", "half of a million", "billions of dollars",
#: "both of them", "28 of July", "none of the passengers".  A phrase key ending in it requires it.
OF = "of"

# --- numbers that are words in a name or an idiom
#: Number words that are also pronouns ("the one", "one another").
PRONOUN_NUMBER_WORDS = frozenset({"one"})
#: Apostrophes and the "s" after them ("one's", "2010's").
APOSTROPHES = frozenset({"'", "’"})
POSSESSIVE_S = "s"

# --- filters (not figures)
#: Letters after digits that make a decade ("1990s").
DECADE_SUFFIX = "s"
#: Clock markers after a number ("3 pm", "10 o'clock").
CLOCK_MARKERS = frozenset({"am", "pm", "o'clock", "o’clock", "oclock"})
#: Dotted clock markers: "a.m.", "p.m." are a letter of CLOCK_DOTTED_LETTERS, ".", CLOCK_DOTTED_TAIL.
CLOCK_DOTTED_LETTERS = frozenset({"a", "p"})
CLOCK_DOTTED_TAIL = "m"
#: A time zone that makes "0800 X" a time only before this word ("0800 local time").
TIME_ZONES_NEEDING_NEXT = MappingProxyType({"local": "time"})
#: Time zones that make a four-digit number a time only with a leading zero ("0800 hrs", not "1200 hrs").
TIME_ZONES_NEEDING_LEADING_ZERO = frozenset({"hrs"})
#: Units of an age ("two-year-old", "five months old").
AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
#: "Smith, 45, said": the sign before an age and the signs after it.
AGE_OPENER = ","
AGE_CLOSERS = frozenset({",", ")", ";"})
#: Signs after which a word opens a sentence (end marks and opening quotes and brackets).
SENTENCE_OPENERS_BEFORE = frozenset({".", "!", "?", '"', "“", "‘", "(", "[", ":", ";"})
#: A year written short after an apostrophe ("since '82").
SHORT_YEAR_DIGITS = 2
#: Signs touching digits on the left that make them a label ("#5", "+44", "№ 3").
DESIGNATOR_SIGNS = frozenset({"#", "+", "№"})
#: Label words that count only when not written in lower case ("No. 10", not "no 10").
CAPITALISED_ONLY_LABEL_WORDS = frozenset({"no", "p", "pp"})
#: Signs between a label word and its number ("No. 10", "Section: 5").
LABEL_PUNCTUATION = frozenset({".", ":"})
#: Words that continue a label to a second number ("pages 5 to 10", "July 27 and 28").
LABEL_RANGE_WORDS = frozenset({"to", "and"})
#: After the second day of "Aug. 21 and 23", an auxiliary, a verb of a toll or a plural noun starts a new clause
#: whose count that number is ("since Aug. 21 and 23 were missing", "on May 4 and 5 people were hurt", "on
#: March 3 and 12 schools remained shut"); other words keep it a day ("the talks on June 4 and 5 ended", "on
#: Aug. 21 and 23 in Geneva").
COUNT_AFTER_DAY = frozenset(
    """were was are is had have has remain remained could would will may might must people others died killed
    injured wounded missing arrested""".split()
)
#: Words ending in "s" that still continue a day ("on June 4 and 5 respectively").
DAY_LIST_CONTINUATIONS = frozenset({"respectively", "always", "towards", "afterwards", "perhaps", "besides"})
LABEL_AND = "and"
#: A plural noun's ending ("schools"), and an ending that is no plural ("class").
PLURAL_ENDING = "s"
NOT_PLURAL_ENDING = "ss"
#: The plural ending: "2000 people" counts a noun, "2000 in" is a year.
PLURAL_ENDING = "s"
#: The adverb ending ("slightly", "nearly"): such words are not counted nouns.
ADVERB_ENDING = "ly"

# --- currencies
#: Currency codes written in mixed case ("Rs 500", "Ksh 200").
MIXED_CASE_CURRENCY_CODES = frozenset({"Rs", "Ksh", "KSh", "Kshs", "Rp", "Tk"})
#: Currency codes that may touch the digits ("Rs500", "RM23.50", "USD10m"): the mixed-case ones and every
#: code written in capitals ("MH17" is no currency code).
GLUED_CURRENCY_CODES = MIXED_CASE_CURRENCY_CODES | frozenset(code.upper() for code in CURRENCY_CODE_PREFIXES)

# --- special counts
#: Vague plural scale words that are not vague after a number word ("three hundreds" is not "hundreds").
VAGUE_SCALE_PLURALS = frozenset({"hundreds", "thousands", "millions", "billions", "trillions"})
#: Count phrases whose noun must not be capitalised ("both sides"; a capitalised word may start a name).
LOWER_CASE_NOUN_COUNT_PHRASES = frozenset({("both",)})
#: Count phrases that may take "of" instead of a noun ("both of them").
OF_COUNT_PHRASES = frozenset({("both",)})
#: Count phrases that are not counts after a word ("one another").
COUNT_PHRASE_BLOCKERS_BEFORE: Mapping[Tuple[str, ...], FrozenSet[str]] = MappingProxyType({("another",): frozenset({"one"})})
#: Negating words ("not") and the words ending in one ("didn't", "cannot").
NOT_WORDS = frozenset({"not"})
NOT_ENDINGS = ("n't", "n’t")
NOT_COMPOUNDS = frozenset({"cannot"})
#: The characters of a negation inside its word: the "n't" of "didn't", the "not" of "cannot".
NOT_TAIL_LENGTH = 3
#: The word after a negation that makes it a zero ("not ... any", "without any").
ANY_WORDS = frozenset({"any"})
#: Negations that may take "any" before their noun ("without any casualties").
NEGATION_WORDS_TAKING_ANY = frozenset({"without"})
#: Determiners after "none of" ("none of the passengers").
NONE_OF_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "our", "his", "her"})
#: How many words a negation may look ahead for its countable noun ("no serious injuries").
NEGATION_NOUN_WINDOW = 6

# --- units
#: "pound" and its plural: weight or money.
POUND_WORDS = frozenset({"pound", "pounds"})
POUND_WEIGHT = "pound"
POUND_MONEY = "GBP"
#: How many words before a figure may hold a WEIGHT_CONTEXT word.
WEIGHT_CONTEXT_WINDOW = 4
#: Units never written with a hyphen after the figure ("5-percent" is not read).
NO_HYPHEN_UNITS = frozenset({"percent"})

# --- bounds, changes, ranges
#: BOUND_SUFFIXES that must touch the figure ("30+", "30-odd") or be spaced ("30 plus").
GLUED_BOUND_SUFFIXES = frozenset({("+",), ("-", "plus"), ("-", "odd")})
SPACED_BOUND_SUFFIXES = frozenset({("plus",), ("odd",)})
#: Links that let a plain count change ("rose to 14", "fell by 2", "a drop of 10").
CHANGE_COUNT_LINKS = frozenset({"to", "by", "of"})
#: How many CHANGE_LINKS (or adverbs) may stand between a change word and its figure.
CHANGE_MAX_LINKS = 3
#: Adverbs ending in ADVERB_ENDING between a change word and its figure are at least this long ("sharply", not "fly").
CHANGE_ADVERB_MIN_LENGTH = 5
#: Range connectors that join only after a RANGE_OPENERS_FOR_AND opener ("between 10 and 15").
AND_CONNECTORS = frozenset({"and"})
#: Range openers that allow only these connectors ("between 10 and 15", not "between 10 or 15").
RANGE_OPENER_CONNECTORS = MappingProxyType({"between": frozenset({"and", "to"}) | DASHES})
#: The range opener that, after a change word, gives an old and a new level ("rose from 10 to 15").
CHANGE_RANGE_OPENERS = frozenset({"from"})
#: Verbs before "from" that make "from X to Y" a movement though they name no direction ("went from 240
#: to 273", "was revised from 12 to 9"); the direction is then read from the two levels.
MOVEMENT_VERBS = frozenset(
    """went gone go goes going moved move moves moving changed change changes changing revised revise
    revises revising raised raise raises raising lowered lower lowers lowering upgraded downgraded
    adjusted adjust adjusts updated corrected shifted shift shifts swung swing""".split()
)
#: How many words before "from" a change word or movement verb may stand ("raising the death toll from 13").
MOVEMENT_VERB_WINDOW = 4
#: The connector that joins a level to the change before it ("rose 0.7 percent to 6,327.8") or a new
#: level to an old one ("from 240 to 273").
CHANGE_LEVEL_CONNECTORS = frozenset({"to"})
#: The link that marks the size of a change ("rose by 3 to 15": 3 is the change, 15 the level).
CHANGE_BY_LINKS = frozenset({"by"})
#: "either 10 bln or 10 tln": two alternatives, never a range.
EITHER_WORDS = frozenset({"either"})
#: A suspended hyphen: "8- to 16-metre", "18- to 25-year-olds" (the first figure takes the second's unit).
SUSPENDED_HYPHEN_CONNECTORS = frozenset({"to", "or", "and"})
#: "X or Y ... respectively", "X and Y percent, respectively": two figures for two things, never a range.
RESPECTIVELY_CONNECTORS = frozenset({"or", "and"})
#: "45 and 50 mg": two figures joined by these with one unit written after the second share it (two figures,
#: not a range; "or" makes a range, "10 or 20 percent").  Not for currencies, written before each figure.
SHARED_UNIT_CONNECTORS = frozenset({"and"})
SHARED_UNIT_EXCLUDED_DIMENSIONS = frozenset({"currency"})
RESPECTIVELY_WORDS = frozenset({"respectively"})
#: How many tokens after the second figure "respectively" may come, within its clause.
RESPECTIVELY_WINDOW = 12
#: Signs that end a clause: "respectively" is looked for before them.
CLAUSE_END_MARKS = frozenset({".", ";", "!", "?", ":"})
#: The two directions of a change (the values of CHANGE_WORDS).
RISE, FALL = "up", "down"
#: Movement roles: "from_to" links an old level to a new one, "by_to" a change to the level it reached.
MOVEMENT_FROM_TO, MOVEMENT_BY_TO = "from_to", "by_to"
#: Words between a new level and an old one written after it: "rose to 273 from 240", "273, up from 240";
#: the direction each gives (None: from the change word or the two levels).
MOVEMENT_FROM_LINKS = MappingProxyType({
    ("from",): None, (",", "from"): None,
    ("up", "from"): RISE, (",", "up", "from"): RISE, ("down", "from"): FALL, (",", "down", "from"): FALL,
    ("compared", "with"): None, (",", "compared", "with"): None, ("compared", "to"): None, (",", "compared", "to"): None,
})
#: How many words before a dashed pair may hold a SCORE_VERB.
SCORE_VERB_WINDOW = 3
#: Scales the first side of a range borrows from the second ("5 to 7 million"), largest first.
RANGE_SCALES = (1e12, 1e9, 1e7, 1e6, 1e5, 1e3, 100.0)
#: Two levels of a movement share a scale only within this factor of each other ("from 7 to 5 million").
LEVEL_SCALE_SPREAD = 10.0
#: A figure stated again in brackets: "40 kilometres (25 miles)".
RESTATEMENT_OPEN = "("
RESTATEMENT_CLOSE = ")"
