"""English for explanations (``claimdiff/compare.py``): how a conflict is said in plain grammar. Inert data only."""
from types import MappingProxyType

#: Speaker heads that take a plural verb ("police say", "officials say").
PLURAL_HEADS = frozenset(
    """police officials authorities organisers organizers rescuers medics witnesses residents activists sources
    doctors unions workers investigators monitors analysts experts parties lawmakers protesters volunteers
    firefighters paramedics survivors relatives families media reports figures data records""".split()
)
#: Endings of singular nouns that end in "s" ("press", "campus", "analysis"): an unnamed speaker with another
#: head in "-s" ("militants", "villagers") takes a plural verb.
SINGULAR_ENDINGS = ("ss", "us", "is", "news")
#: Words that already open a noun phrase ("the ministry", "a spokesman"): no "the" is added before them.
DETERMINERS = frozenset("the a an this that these those its his her their our".split())
#: How a figure of a metric reads after "says": "four were slightly injured" ({qualifiers} ends with a space when
#: there are any).  Metrics not listed read "<figure> <qualifiers> <metric>".
FIGURE_PHRASES = MappingProxyType({
    "killed": "{figure} were {qualifiers}killed", "injured": "{figure} were {qualifiers}injured", "arrested": "{figure} were {qualifiers}arrested",
    "missing": "{figure} are {qualifiers}missing", "evacuated": "{figure} were {qualifiers}evacuated", "displaced": "{figure} were {qualifiers}displaced",
    "rescued": "{figure} were {qualifiers}rescued", "hospitalised": "{figure} were {qualifiers}taken to hospital", "infected": "{figure} were {qualifiers}infected",
    "protesters": "{figure} {qualifiers}took part", "turnout": "{qualifiers}turnout was {figure}", "identified": "{figure} were {qualifiers}identified",
    "buildings destroyed": "{figure} were {qualifiers}destroyed",
})
#: The verb for one speaker and for several.
SAYS, SAY = "says", "say"

# ---------------------------------------------------------------- scenarios
#: A figure's words that stand for no one in a phrase ("There have been no deaths": "no" reads "none were killed").
BARE_ZERO_WORDS = MappingProxyType({"no": "none", "zero": "none"})
#: Figures that take a singular verb ("one was killed", "no one was hurt"), and the verbs of the phrases above in the singular.
SINGULAR_FIGURES = frozenset({"one", "1", "a", "an", "no one", "nobody", "no-one", "a single", "single"})
SINGULAR_VERBS = MappingProxyType({"were": "was", "are": "is"})

# ---------------------------------------------------------------- rolling
#: A severity read from an adjective ("minor injuries", "serious wounds") as the adverb the verb of a figure's phrase
#: takes: "four were slightly injured", not "four were minor injured".
QUALIFIER_ADVERBS = MappingProxyType({"minor": "slightly", "serious": "seriously", "critical": "critically", "severe": "severely"})
#: Qualifiers that go after a figure's phrase rather than before its verb: "35 were rescued in all", not "35 were
#: total rescued".
TRAILING_QUALIFIERS = MappingProxyType({"total": "in all"})
#: Words that end an unnamed speaker's head and open what follows it ("officials at the hospital in Tarsa": the head
#: is "officials"), for the verb's number.
HEAD_POSTMODIFIERS = frozenset("of in at near from with for on to close familiar inside outside across".split())

# ---------------------------------------------------------------- conflicts on articles
#: How one side of a tally reads ("61 votes in favour of the bill", "37 votes against the bill"), by the side's holder.
TALLY_PHRASES = MappingProxyType({"in favour": "{figure} votes in favour of the {motion}", "against": "{figure} votes against the {motion}"})
#: How a measured figure of a flow reads ("1.9 million barrels of output", "1.4 million barrels of exports").
MEASURED_PHRASES = MappingProxyType({"output": "{figure} of output", "exports": "{figure} of exports", "imports": "{figure} of imports",
                                     "money raised": "{figure} raised"})
