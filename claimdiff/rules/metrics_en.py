"""English for claims and comparison (``claimdiff/claims.py``, ``claimdiff/compare.py``): the metric taxonomy, qualifiers, change, update and correction cues, modality cues. Inert data only."""
from types import MappingProxyType

from .numbers_en import ONES, TEENS, TENS


#: Phrases of joining or attending a gathering, after a count of people: "8,000 people joined the march" counts
#: the marchers ("march" alone is also a month, so only these phrases name the metric).
CROWD_JOINING_PHRASES = (
    "joined the march", "joined the rally", "joined the protest", "joined the demonstration", "joined the protests",
    "attended the rally", "attended the protest", "attended the march", "attended the demonstration",
    "took part in the march", "took part in the rally", "took part in the protest", "took part in the demonstration",
)
# ---------------------------------------------------------------- metrics
#: Canonical metric -> words that name it (lower-case, any order of match).
#: Multi-word phrases are matched before single words.
METRICS = MappingProxyType({
    "killed": (
        "killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "leaving dead", "deaths", "death", "death toll", "toll", "fatalities",
        "fatality", "lives lost", "lost their lives", "lives", "perished",
        "fatally", "slain", "murdered", "drowned", "were killed", "deceased", "dying",
    ),
    "injured": (
        "injured", "injuring", "wounded", "wounding", "hurt", "hurting", "injuries", "injury", "wounds",
    ),
    "hospitalised": (
        "hospitalised", "hospitalized", "hospitalisation", "hospitalization", "treated for", "taken to hospital",
        "in hospital", "treated in hospital", "being treated", "to hospital", "admitted",
    ),
    "bodies": ("bodies", "body", "corpses", "remains"),
    "infected": ("infected", "infections", "infection", "tested positive", "confirmed cases", "cases"),
    "casualties": ("casualties", "casualty"),
    "victims": ("victims", "victim"),
    "missing": ("missing", "unaccounted for", "disappeared"),
    "identified": ("identified", "identification"),
    "escaped": ("escaped",),
    "arrested": ("arrested", "arrests", "detained", "detentions", "detainees", "in custody", "taken into custody", "held"),
    "evacuated": ("evacuated", "evacuation", "evacuees", "evacuate"),
    "displaced": ("displaced", "homeless", "fled", "refugees", "uprooted", "from their homes", "fled their homes",
                  "forced from", "driven from", "left their homes"),
    "rescued": ("rescued", "saved", "pulled out alive", "brought out alive", "found alive", "survived", "alive"),
    "aboard": ("on board", "aboard", "onboard", "carrying", "were carried"),
    "protesters": ("protesters", "protestors", "demonstrators", "marchers", "crowd", "rallied", "marched", "took to the streets", "protest", "rally", "joined in", "took part", "taking part", "participants") + CROWD_JOINING_PHRASES,
    "affected": ("affected",),
    "missiles": ("missiles", "missile", "rockets", "rocket", "shells"),
    "drones": ("drones", "drone", "uavs", "uav"),
    "votes": ("votes", "vote", "ballots"),
    "seats": ("seats",),
    "turnout": ("turnout", "turned out", "electorate", "participation", "went on strike", "on strike", "walked out",
                "joined the strike", "joined the walkout", "took part in the strike", "stopped work", "walked off the job",
                "downed tools", "stayed off work", "joined a strike", "joined a one-day strike", "joined a general strike",
                "joined a walkout", "joined strikes", "took part in a strike"),
    "jobs": ("jobs",),
    "buildings": ("buildings", "houses", "homes", "buildings damaged", "structures"),
})

#: Verbs that split a metric into distinct quantities ("missiles downed" vs "missiles launched").
_WEAPON_ACTIONS = MappingProxyType({
    "downed": ("downed", "shot down", "intercepted", "destroyed", "thwarted", "repelled", "neutralised", "neutralized"),
    "launched": ("launched", "fired"),
})
METRIC_ACTIONS = MappingProxyType({
    "missiles": _WEAPON_ACTIONS,
    "drones": _WEAPON_ACTIONS,
    "votes": {"counted": ("counted", "tallied", "processed")},
    # "20 homes destroyed" and "140 homes damaged" are different quantities
    "buildings": {
        "destroyed": ("destroyed", "razed", "flattened", "levelled", "leveled", "burned down", "burnt down", "gutted", "collapsed",
                      "reduced to rubble", "wiped out"),
        "damaged": ("damaged", "hit", "partially destroyed"),
    },
})

#: Metrics that win over any other named in the same clause ("turnout in Sunday's vote").
DOMINANT_METRICS = ("turnout", "identified")

#: Metrics that count people (or bodies): a figure with a unit (money, distance) never takes one.
PEOPLE_METRICS = frozenset({"killed", "injured", "hospitalised", "casualties", "victims", "missing", "arrested", "evacuated", "displaced",
                            "rescued", "protesters", "affected", "infected", "bodies"})

#: Metrics that may cover others: a figure of "casualties" may include the killed and injured.
BROADER_METRICS = MappingProxyType({"casualties": ("killed", "injured"), "victims": ("killed", "injured")})

#: Cumulative metrics: a later, higher figure from the same speaker is an update.
CUMULATIVE_METRICS = frozenset({"bodies", "infected", "hospitalised", "killed", "injured", "casualties", "victims", "arrested", "evacuated", "displaced", "missing", "rescued", "affected", "buildings destroyed"})

#: Status qualifiers: "suspected deaths" and "confirmed deaths" are different quantities.
STATUS_QUALIFIERS = frozenset({"suspected", "confirmed", "probable", "presumed", "unconfirmed", "verified", "registered", "identified"})

#: Qualifiers that narrow a metric: severity and group.
SEVERITY_QUALIFIERS = frozenset({"slightly", "lightly", "seriously", "severely", "critically", "gravely", "badly", "minor", "serious", "critical", "severe"})
GROUP_QUALIFIERS = frozenset(
    """civilians civilian soldiers soldier servicemen troops police officers policemen children child
    women men students firefighters rescuers workers miners passengers pilots journalists foreigners
    tourists militants fighters rebels residents locals citizens nationals crew total""".split()
)

#: Cues that make a figure part of the preceding one ("among them", "including").
PART_OF_CUES = ("among them", "among whom", "including", "of whom", "of them", "of which", "among the dead", "among the injured", "among those")
#: A word right after a figure's clause that makes it the part of one place or group ("17 died there alone", "in Gilan alone").
PART_AFTER_WORDS = frozenset({"alone"})

#: "N of the ..." makes a figure part of a group named before ("one of the dead", "two of them").
PARTITIVE_HEADS = frozenset({"the", "them", "those", "whom", "these", "which"})

#: Plural nouns that count figures, not what the figures count ("three different death tolls").
MEASURE_NOUNS = frozenset({"tolls", "figures", "estimates", "counts", "tallies", "numbers", "statistics", "reports"})

#: Cues that present a figure as an update of an earlier one.
UPDATE_CUES = ("rose to", "risen to", "rising to", "rises to", "climbed to", "climbing to", "climbs to", "increased to", "increases to", "jumped to", "jumps to",
               "revised", "updated", "raised", "went up to", "mounted to", "reached", "reaching", "has grown to", "grew to",
               "so far", "by then")

#: Cues of a self-correction.
CORRECTION_CUES = ("corrected", "correction", "clarification", "mistake", "erroneous", "incorrect", "wrongly", "had been incorrect", "retracted",
                   "revised down", "revised downward", "revised its", "lowered its", "cut its", "downgraded")

# ---------------------------------------------------------------- claims
#: A figure followed by one of these is not a count claim ("an 8.8 magnitude quake").
NOT_A_COUNT_AFTER = frozenset({"magnitude", "-magnitude", "richter", "quake", "earthquake", "tremor", "storeys", "stories", "floors", "times", "percentile"})
#: ... or preceded by one of these ("magnitude 6.1", "aged 45", "category 4").
NOT_A_COUNT_BEFORE = frozenset({"magnitude", "aged", "age", "category", "level", "grade", "richter", "scale", "number", "no", "mark"})
#: Counted nouns too general to name a metric on their own.
NOT_COUNTED_NOUNS = frozenset({"of", "the", "a", "an", "more", "other", "others", "in", "on", "at", "to", "from", "and", "or", "per", "times", "had", "have", "has", "were", "was", "are", "is", "as", "percent"})
#: Words before a sum of money that name what it measures.
MONEY_METRICS = MappingProxyType({
    "damage": "damage", "damages": "damage", "losses": "losses", "cost": "cost", "costs": "cost", "compensation": "compensation",
    "aid": "aid", "budget": "budget", "price": "price", "revenue": "revenue", "profit": "profit", "fine": "fine", "bail": "bail",
    "reward": "reward", "deal": "deal", "contract": "contract", "salary": "salary", "investment": "investment",
    "insured": "insured damage", "debt": "debt", "spending": "spending", "funding": "funding", "loan": "loan",
    "rent": "rent", "rents": "rent", "wage": "wage", "wages": "wage", "package": "package", "pension": "pension",
    "fee": "fee", "fees": "fee", "tax": "tax", "bill": "bill", "ransom": "ransom", "settlement": "settlement",
    "deficit": "deficit", "surplus": "surplus", "fined": "fine",
})
#: Words before a percentage that name what it measures.
PERCENT_METRICS = frozenset({"turnout", "inflation", "unemployment", "growth", "support", "approval", "votes", "vote", "share", "rate", "stake"})

#: Kinds of event that describe one incident from two sides (a missile strike and its explosion).
EVENT_FAMILIES = (
    frozenset({"missile strike", "air defence", "explosion", "attack", "fire", "collapse", "strike"}),
    frozenset({"drone attack", "air defence", "explosion", "attack", "fire", "strike"}),
    frozenset({"earthquake", "collapse", "fire", "flood"}),
    frozenset({"crash", "fire", "explosion"}),
    frozenset({"shooting", "attack"}),
    frozenset({"protest", "attack", "shooting", "fire"}),
    frozenset({"fire", "explosion", "collapse"}),
    frozenset({"flood", "collapse", "crash"}),
    frozenset({"election", "protest"}),
    frozenset({"strike", "protest"}),
)

#: Capitalised words after a preposition that are not places.
NOT_PLACES = frozenset(
    """telegram twitter facebook instagram youtube whatsapp x god parliament congress
    english russian arabic islam christmas easter ramadan eid internet gdp gnp gni""".split()
)

#: Ceilings that are really estimates near their figure ("as many as 200").
ESTIMATE_CEILINGS = ("as many as", "up to", "as much as", "as high as")

#: Small words that count only when what they count is a known metric ("another missile", not "another explosion").
ARTICLE_COUNT_WORDS = frozenset({"a", "an", "another", "both", "a pair", "a couple", "a pair of", "a couple of"})
#: Idioms in which "one" counts nothing, as (word before, word after): "at one point", "for one thing",
#: "on the one hand", "one another", "one by one".
ONE_IDIOMS = frozenset({
    ("at", "point"), ("at", "time"), ("at", "stage"), ("for", "thing"), ("on", "hand"), ("the", "hand"),
    ("", "another"), ("", "by"),
})
#: Modals after a "one" that opens its clause: the generic pronoun ("One can only guess", "one must ask"), no count.
GENERIC_ONE_MODALS = frozenset({"can", "could", "must", "should", "would", "might", "may", "needs"})
#: The word "one" those idioms hold, and the words that end a window side for them.
ONE = "one"

#: Countries and large regions: places too broad to name an event when a town is also named.
BROAD_PLACES = frozenset(
    """afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium
    bolivia bosnia brazil britain bulgaria cambodia cameroon canada chad chile china colombia congo croatia cuba
    cyprus czech denmark ecuador egypt england eritrea estonia ethiopia europe africa asia finland france georgia
    germany ghana greece guatemala haiti honduras hungary india indonesia iran iraq ireland israel italy japan
    jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania malaysia mali
    mexico moldova mongolia morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway pakistan
    palestine panama peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia
    slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia
    turkey turkmenistan uganda ukraine uzbekistan venezuela vietnam wales yemen zambia zimbabwe gaza
    america u.s. uk""".split()
) | frozenset({"united states", "united kingdom", "middle east", "south korea", "north korea", "saudi arabia",
               "south africa", "new zealand", "sri lanka", "united arab emirates", "ivory coast", "the us"})

#: Event kinds that yield to a more specific kind named in the same sentence.
WEAK_EVENT_KINDS = frozenset({"air defence", "attack", "strike"})

#: Lower-case words that may follow a place name without making it a modifier ("in the Gaza on Friday" is rare,
#: but "in the Bronx and", "in the Donbas where" are common).
PLACE_FOLLOWERS = frozenset({"and", "or", "on", "in", "at", "where", "when", "while", "after", "before", "since", "as", "but", "for", "from", "to", "near", "with", "was", "were", "is", "are", "has", "had", "have", "which", "that", "who", "during", "until", "amid", "overnight", "today", "yesterday", "late", "early", "earlier", "later", "this", "last"})

#: Metrics too general to compare: a bare counted noun or a unit dimension says what is counted only loosely.
UNCOMPARABLE_METRICS = frozenset(
    """people persons others individuals men women count length area mass volume speed temperature duration
    percent times figures currency""".split()
)

#: Words that place a figure early or late in the story's own timeline.
EARLY_CUES = ("at first", "initially", "first hours", "first reports", "early reports", "earlier", "had earlier", "previously", "originally", "initial")
LATE_CUES = ("now", "later", "hours later", "days later", "latest", "by the evening", "by evening", "since risen", "has since", "newest", "updated")

#: Reporting verbs in the pluperfect ("had said") place a statement before the story's present.
PLUPERFECT_CUE_VERBS = frozenset("said confirmed announced reported told stated put given estimated claimed acknowledged".split())

#: Words anywhere near a later, higher figure that present it as a rise ("a sharp rise in the toll").
RISE_WORDS = frozenset("rise rises risen rose rising climbed climbs climbing jumped jumps increased increases increase doubled tripled soared soars mounted grew grows grown surged surges".split())

#: Phrases that put a stretch of time between two figures ("hours later"): a rise across them is an update.
LAPSE_CUES = ("hours later", "days later", "a day later", "later that day", "later in the day", "by the evening", "by evening", "by nightfall", "the next day", "the following day")

#: Words that make a figure a total over a period or area ("for the week", "in all").
TOTAL_CUES = ("in all", "in total", "for the week", "combined", "overall", "altogether", "nationwide", "countrywide", "cumulative", "so far this",
              "the war", "the conflict", "the civil war", "since the start", "since the beginning", "during the war", "in the war")

#: Words that say an event happened (its date is a claim): "took place", "struck", "broke out".
OCCURRENCE_WORDS = ("took place", "happened", "occurred", "occured", "struck", "broke out", "began", "erupted",
                    "collapsed", "exploded", "was carried out", "were carried out", "hit", "launched", "started",
                    "went off", "detonated", "opened fire", "crashed", "derailed", "sank")

#: What may follow a count whose noun is left out ("to 45 and then 46", "another three in Kessa", "seven."):
#: nothing, or one of these words.  Such a count takes the metric of the claim just before it.
ELIDED_FOLLOWERS = frozenset({None, "in", "and", "then", "more", "others", "of", "to", "at", "on", "as", "apiece", "each", "were", "was", "had", "have", "from", "for", "over", "near", "across"})

#: Words before a count that make it a part beside one just given ("the other 5", "a further two").
COMPLEMENT_CUES = ("the other", "another", "a further", "an additional", "the remaining")

#: Words that end the noun run after a figure ("32 passengers in all": the noun is "passengers").
NOUN_RUN_STOPS = frozenset(
    """in on at of to from by with for as and or but than that which who whom whose were was is are be been
    over near across along into onto inside outside under between during after before since until around about
    through toward towards against among within without beyond behind off upon via so now yet already today
    there here this that these those last next ahead clear apart away ago old long high wide deep tall short
    had has have will would could may might must each apiece alone only more less per a an the their its his her
    once when whenever unless because although though whereas where whether""".split()
)
#: Words that open a verb of the figure's own clause right after its counted noun ("and that 14 police stations
#: had been attacked", "but 12 others remained trapped"): besides these, any past form in "-ed".
OWN_VERB_WORDS = frozenset(
    "had has have were was are is been would will could can cannot may might must remain remains stayed stay stays still".split()
)
#: What stands in the words read around a figure for a metric word that ends a name ("Alan Price"): no metric.
NAME_MASK = "<name>"
#: Metric words that are nouns of people: after a figure's own noun and verb they are its object ("230 buses had
#: brought protesters"), not what it counts.
PEOPLE_NOUN_WORDS = frozenset(
    "protesters protestors demonstrators marchers participants refugees evacuees detainees victims casualties".split()
)
#: Words between a figure and a metric word of people that make a partitive ("one of the wounded has died").
PARTITIVE_OPENERS = frozenset({("of", "the"), ("of",), ("of", "those")})
#: A past form ending, which opens the figure's own verb after its noun ("3 tanks destroyed").
PAST_ENDING = "ed"
#: Words of contrast that open a figure's clause: "7 were rescued, but 12 others remained trapped" counts another thing.
CONTRAST_OPENERS = frozenset({"but", "while", "whereas", "although", "though", "yet"})

#: Words that make a figure one per unit ("five apiece", "each with 3,000 workers").
DISTRIBUTIVE_WORDS = frozenset({"each", "apiece", "per", "every"})

#: "N <noun> or less" / "or more" written after the counted noun.
POSTFIX_BOUNDS = MappingProxyType({"less": "at_most", "fewer": "at_most", "under": "at_most", "more": "at_least", "above": "at_least", "over": "at_least"})

#: Words that link a subject to its figure ("the toll was 29", "stood at", "reached"): the metric may be
#: named at the start of a long subject.
LINKING_WORDS = frozenset({"was", "is", "were", "are", "at", "reached", "reaching", "hit", "stands", "stood", "totals", "totalled", "totaled", "to"})

#: Metrics of shares that belong to someone ("51 percent for Lind").
SHARE_METRICS = frozenset({"votes", "seats", "vote share"})

#: Words after "one of the" that make it a superlative, not a count ("one of the largest", "one of the most").
SUPERLATIVE_WORDS = frozenset({"most", "best", "worst", "first", "last", "few", "main", "top", "leading", "key", "major"})

#: Plural nouns without a final "s": a run of words after a figure ends at the last plural noun
#: ("9,000 protesters took part" counts protesters, "3,000 people joined in" people).
IRREGULAR_PLURALS = frozenset("people children men women police staff personnel cattle feet teeth mice geese".split())
#: Counted nouns too general to name a metric: a total of them continues the metric before ("making 13 people in all").
GENERIC_COUNTED = frozenset({"people", "persons", "others", "individuals"})
#: Counted nouns that may count any group: two figures of one metric with one of these beside a named group
#: ("14 people" and "12 soldiers") may still be the same quantity.
ANY_GROUP_COUNTED = GENERIC_COUNTED | frozenset(
    "deaths dead victims bodies casualties fatalities lives killed injured wounded injuries cases".split()
)
#: Modifiers of a counted noun that only determine, compare or count, and so never make two figures count
#: different things ("such deaths", "other victims", "more jobs").
NON_DESCRIBING_MODIFIERS = frozenset("such other others more fewer less no new additional extra total far most some".split())
#: Endings of modifiers that name a cause, not a part ("heat-related deaths", "storm-linked outages"): the deaths
#: of a heatwave story are heat-related whether the text says so or not.
CAUSE_MODIFIER_SUFFIXES = ("-related", "-linked", "-induced", "-caused")
#: How many times larger one figure may be than another and still be a rival figure for the same quantity:
#: beyond it ("36 votes", "13 million votes") the two count different things.
UNRELATED_SCALE_RATIO = 1000
#: Counted nouns that name the same group: other named groups ("Americans" and "contractors") are different
#: quantities, whatever their metric.
COUNTED_SYNONYMS = (
    frozenset("protesters protestors demonstrators marchers".split()),
    frozenset("soldiers troops servicemen servicemembers".split()),
    frozenset("jobs positions posts".split()),
    frozenset("children kids minors".split()),
    frozenset("homes houses dwellings".split()),
)
#: Verbs that sum up the counts before them ("making 13 in all", "bringing the toll to 40").
TOTALLING_VERBS = frozenset({"making", "bringing", "taking", "totalling", "totaling"})

#: Words just before a small number that make it a magnitude ("measured the quake at 6.2").
MAGNITUDE_WORDS = frozenset({"magnitude", "quake", "earthquake", "tremor", "richter", "aftershock"})

#: Adjectives of nationality: always capitalised, so a capital letter on them never comes from opening a sentence.
NATIONALITY_ADJECTIVES = frozenset(
    """russian ukrainian american british chinese indian iranian israeli palestinian syrian turkish french german
    japanese spanish chilean african european asian arab afghan pakistani iraqi egyptian libyan nigerian kenyan
    ethiopian sudanese mexican brazilian canadian australian korean italian greek polish swedish norwegian""".split()
)

#: Documents that carry a source's figures: "according to a statement from the ministry".
SOURCE_DOCUMENTS = frozenset({"statement", "report", "release", "press", "post", "bulletin", "update", "tally", "count", "survey", "estimate", "estimates", "letter", "filing"})

#: Cues that make a figure a projection, not a count ("could reach", "is expected to"): compared only with projections.
PROJECTION_CUES = ("could reach", "could rise", "could climb", "could top", "may reach", "may rise", "might reach", "might rise",
                   "expected to", "projected to", "is projected", "are projected", "forecast to", "could be as high as",
                   "could exceed", "may exceed", "could hit", "likely to reach")

# ---------------------------------------------------------------- quantity identity
#: Modality cues in a figure's clause, by modality.  A figure that is a target, a threshold, a hypothetical
#: or a poll result is a different quantity from a count of what happened, and is never compared as one.
MODALITY_CUES = MappingProxyType({
    "target": ("goal of", "goal is", "target of", "targets", "aims to", "aim to", "aiming for", "aiming to", "plans to",
               "plan to", "pledged", "promised", "promises", "vowed", "proposed", "proposes", "proposal", "wants to",
               "intend to", "intends to", "intending to", "plans a", "plans an", "planned a", "planned an", "planning a",
               "target was", "target is", "goal was", "aim is", "aim was"),
    "threshold": ("needed", "need", "needs", "required", "requires", "at stake", "up for grabs", "up for election",
                  "short of", "majority", "magic number", "to clinch", "minimum of", "threshold", "cap of", "limit of",
                  "up for reelection", "up for re-election"),
    "hypothetical": ("if", "unless", "hypothetically", "in theory"),
    # a figure put forward for the future ("will create 20,000 jobs", "could cost $1,900"): compared only with another
    # ("may" is left out: after lower-casing, the month "May" would read as one)
    "projection": ("could", "might", "expected to", "forecast", "forecasts", "projected", "projects",
                   "predicted", "predicts", "likely to", "expect to", "expects to", "expecting to"),
    "poll": ("poll", "polls", "polling", "survey", "surveyed", "respondents", "margin of error", "pollster", "pollsters"),
})
#: Verbs of having or gaining: the noun phrase before one holds the figure after it ("Trump has 221 delegates").
HOLDER_VERBS = frozenset(
    """has have had holds hold held leads lead led won wins win got gets received receives earned earns taken
    polled polls scored scores
    picked gain gained gains secured secures took takes captured captures garnered garners owns own controls
    control trails trailed collected collects raised raises spent spends""".split()
)
#: Words allowed between a holder verb and its figure ("leads with about 221", "picked up at least 20").
HOLDER_GAP_WORDS = frozenset("with up about around nearly almost roughly some at least more than over just only".split())
#: Prepositions that join a holder's object to its figure ("received the most votes at 26 percent", "won the
#: race with 52 percent"), and how many words that object may have.
HOLDER_OBJECT_PREPOSITIONS = frozenset({"at", "with"})
HOLDER_OBJECT_WORDS = 4
#: Figures written as these words are counts only with a counted noun after them ("one person", not "the first one").
PRONOUN_FIGURES = frozenset({"one", "another", "one another"})
#: Money metrics of an event (what it cost, what was paid for it): compared like counts.  Prices, budgets, taxes,
#: wages and revenues are levels of an economy, which differ by entity and period, and are not.
#: Rates of an economy, comparable only when both figures state the same period ("2.4% in November").
#: Words before a volume ("pumped 1.9 million barrels a day", "output of 1.2 million barrels") that name the flow it
#: measures: a level of a period, compared only for one stated period and one owner ("Iraq pumped", "Saudi output").
FLOW_METRIC_WORDS = MappingProxyType({
    "output": "output", "production": "output", "pumped": "output", "pumping": "output", "pumps": "output",
    "produced": "output", "produces": "output", "producing": "output",
    "exports": "exports", "exported": "exports", "exporting": "exports",
    "imports": "imports", "imported": "imports", "importing": "imports",
})
FLOW_METRICS = frozenset(FLOW_METRIC_WORDS.values())
#: Goods between an owner and its flow word ("Saudi oil output", "Veraland's crude exports").
FLOW_GOODS = frozenset({"oil", "crude", "gas", "fuel", "grain", "wheat", "coal", "copper", "daily", "total"})
#: Dimensions of a flow's figure.
FLOW_DIMENSIONS = frozenset({"volume"})
#: Owners of a flow that only refer back to the story's own ("the country pumped"): no owner of their own.
GENERIC_OWNERS = frozenset({"country", "nation", "kingdom", "state", "company", "firm", "group", "producer"})
#: Budget balances are a level of one period too: "the deficit would be 38 billion euros this year".
BALANCE_METRICS = frozenset({"deficit", "surplus"})
PERIOD_RATE_METRICS = frozenset({"inflation", "unemployment", "growth"}) | FLOW_METRICS | BALANCE_METRICS | frozenset({"money raised"})
EVENT_MONEY_METRICS = frozenset({"damage", "insured damage", "losses", "compensation", "ransom", "reward", "fine", "bail"})
#: Pronouns that may hold a figure ("she is assured of winning 120").
PERSONAL_PRONOUNS = frozenset("he she it they we i".split())
#: Modalities whose figures are compared (with a figure of the same modality family).
COMPARED_MODALITIES = frozenset({"count", "estimate", "projection"})
#: A figure right after one of these is a rank or a span ("the first 12 primaries"), not a count of the metric.
RANK_WORDS = frozenset({"first", "last", "next", "top", "past", "previous", "final", "initial"})
#: Cue verbs that give the figures they govern a modality ("analysts had forecast losses of $6.7 billion").
CUE_MODALITY = MappingProxyType({
    "forecast": "projection", "forecasts": "projection", "predicted": "projection", "predicts": "projection",
    "projected": "projection", "projects": "projection", "expects": "projection", "expected": "projection",
})
#: Words joining two metrics into one figure ("15 dead or missing", "40 killed and wounded").
METRIC_JOINERS = frozenset({"or", "and", "and/or"})
#: Verbs between a name and its figure in a breakdown ("Kerala reported 40 deaths and Karnataka 12").
BREAKDOWN_VERBS = frozenset("reported recorded logged registered counted confirmed saw had has with on at".split())
#: Words right after a figure that make it a group beside another ("About 60 other protesters", "three more").
COMPLEMENT_AFTER = frozenset({"more", "other", "others", "further", "additional"})
#: Verbs of change right before a figure, by direction: "lost 350,000 jobs" is a fall, "up 400,000" a rise.
#: "rose to 14" is a level (the word before the figure is "to"), not a change.
CHANGE_DIRECTIONS = MappingProxyType({
    "lost": "fall", "lose": "fall", "loses": "fall", "shed": "fall", "sheds": "fall", "cut": "fall", "cuts": "fall",
    "down": "fall", "fell": "fall", "dropped": "fall", "slashed": "fall", "eliminated": "fall",
    "gained": "rise", "gain": "rise", "gains": "rise", "added": "rise", "adds": "rise", "created": "rise",
    "creates": "rise", "up": "rise", "rose": "rise", "grew": "rise", "increased": "rise",
    # ("is cutting 300 jobs", "axed 40 routes"; "adding" is left out: it also reports, "..., adding 20 people were hurt")
    "cutting": "fall", "shedding": "fall", "losing": "fall", "axe": "fall", "axed": "fall", "axing": "fall",
    "eliminate": "fall", "eliminating": "fall", "slash": "fall", "slashing": "fall",
})
#: Auxiliaries of a passive after the counted noun whose verb gives a change its direction ("jobs had been lost").
PASSIVE_DIRECTION_AUXILIARIES = frozenset("were was are is be been being had have has will would could may might".split())
#: Relative pronouns whose antecedent holds a figure ("Obama, who got 66 million votes").
HOLDER_RELATIVES = frozenset({"who", "which", "that"})
#: Scale words after which a whole mantissa is a rounded figure ("13 million" stands for 12.5 to 13.5 million).
ROUNDING_SCALES = frozenset({"million", "billion", "trillion", "mn", "bn", "m", "b", "lakh", "crore"})
#: Metrics that count things, never people: a figure whose counted noun is a person word cannot take one
#: ("forced 2,500 people from their homes" is not a count of homes).
#: A figure after one of these prepositions that counts one of these nouns counts places, whatever metric the
#: clause before it names: "had counted 30 dead in two villages", "buildings collapsed in 10 provinces".
PLACE_COUNT_PREPOSITIONS = frozenset({"in", "across", "from", "at", "over", "throughout"})
PLACE_COUNT_NOUNS = frozenset(
    """villages towns cities provinces regions districts states counties countries municipalities neighbourhoods
    neighborhoods communities hospitals sites locations areas islands camps schools""".split()
)
THING_METRICS = frozenset({"buildings", "missiles", "drones", "seats", "votes", "jobs"})
#: Person nouns right after a figure.
PERSON_NOUNS = frozenset({"people", "persons", "residents", "individuals", "families", "villagers", "inhabitants", "civilians"})
#: Prepositions that open a fronted place adjunct ("In the capital, ...", "Across the north, ..."): the
#: figures of that sentence are that place's part.
FRONTED_PLACE_PREPOSITIONS = frozenset({"in", "across", "at", "outside", "inside", "throughout"})
#: Words a fronted place adjunct may have; a word outside them (a time word, a verb) means it is no place.
FRONTED_PLACE_MAX_WORDS = 6
#: Common nouns that name an area when a sentence opens with one ("In the capital,", "Across the north,").
AREA_NOUNS = frozenset("""capital north south east west centre center region province district city town village
    countryside suburbs provinces regions countryside coast valley""".split())
#: Words that show a fronted phrase is no place ("In March,", "In total,", "In response,").
NOT_PLACE_WORDS = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday total all addition response contrast comparison
    particular short fact general turn recent past future year years month week weeks day days statement interview
    letter report total sum""".split())
#: Cues right before a figure that make it the level of an earlier period ("up from 80", "compared with 12 a year ago").
PREVIOUS_LEVEL_CUES = frozenset({"up from", "down from", "compared with", "compared to", "previously"})
#: Words in a speaker's name that make it a poll: its figures are poll results ("a Washington Post-ABC News survey").
POLL_SOURCE_WORDS = frozenset({"poll", "polls", "survey", "surveys", "pollster", "pollsters", "polling", "average"})

# ---------------------------------------------------------------- the claim reader's own words
#: Marks and words that close a figure's clause for good, or softly (a comma or conjunction may still let a
#: metric word through).
CLAUSE_STOPS = frozenset({";", ":", "(", ")", "\u2014"})
SOFT_STOPS = frozenset({",", "but", "while", "whereas", "although", "and"})
#: Raising verbs and the infinitive tails after them, which stand between a figure and the verb that says what
#: it counts and do not use up the words read after it: "14 people were later found to have been injured",
#: "30 miners are believed to be trapped", "two guards were reported to have been wounded".
RAISING_VERBS = frozenset("found said reported believed thought feared known confirmed understood presumed alleged estimated".split())
RAISING_TAILS = (("to", "have", "been"), ("to", "have"), ("to", "be"))
#: The conjunction that joins two clauses with two verbs ("killing 42 people and wounding 100").
AND = "and"
#: The partitive preposition ("one of the dead") and the article after it.
OF, THE = "of", "the"
#: What may stand between a part's figure and its whole's: "15 of 17 drones", "84 of the 150 seats", "30 out of
#: 35 missiles" (the second figure is the whole).
WHOLE_OPENERS = (("of", "the"), ("out", "of", "the"), ("of",), ("out", "of"))
#: Articles a noun phrase may open with.
PHRASE_ARTICLES = frozenset({"the", "a", "an"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})
#: Words skipped at the start of a counted noun run ("the", "them": "two of them").
RUN_OPENERS = frozenset({"the", "them", "whom"})
#: Word endings of participles, which end a counted noun run ("500 workers killed").
PARTICIPLE_ENDINGS = ("ed", "ing")
#: The ending of superlatives ("one of the largest").
SUPERLATIVE_ENDING = "est"
#: "N jobs or less": the word between the noun and a postfix bound.
POSTFIX_BOUND_JOINER = "or"
#: What a figure after a group word may not be ("two people killed", "one of ...").
NOT_GROUP_OPENERS = frozenset({"people", "of"})
#: Who a share or seat count is for, after the figure: "48 percent for Lind", "went to Gonzalez", "in favour of".
BENEFICIARY_AFTER = r"for|to|went\s+to|in\s+favou?r\s+of|backing"
#: ... before "with" and the figure: "a clear win for Lind, with about 30 percent".
BENEFICIARY_BEFORE_WITH = r"for|to|backing"
#: Verbs of winning a share before the figure: "Lind took 48 percent".
BENEFICIARY_VERBS = r"taken|took|won|wins|got|gets|received|receives|secured|secures|polled|polls"
#: Auxiliaries before such a verb, and approximators after it.
BENEFICIARY_AUXILIARIES = r"had|has"
BENEFICIARY_APPROXIMATORS = r"about|around|nearly|some"
#: Prepositions of a sub-area in a figure's clause ("three drowned in Poipet").
SUB_AREA_PREPOSITIONS = r"in|over|near|across|around"
#: Common nouns of an area that, after "in the/his/its ...", make a figure one for a part of the story's ground
#: ("8 were killed in the city", "49 died in his province alone", "in the capital"); never "in the city of X"
#: (its name is read as a sub-area).
GENERIC_AREA_NOUNS = (r"city|capital|province|region|district|town|village|county|municipality|oblast|areas?|territory|territories|"
                      r"parts?|zones?|north|south|east|west|northeast|northwest|southeast|southwest")
GENERIC_AREA_DETERMINERS = r"the|his|her|its|their|our"
#: Modifiers of such an area that say who holds it: "in government-held areas", "in the rebel-held northwest".
AREA_HOLDING_SUFFIXES = r"held|controlled|run|occupied"
#: The auxiliary of the pluperfect: "had confirmed on Monday" was said before.
PLUPERFECT_AUXILIARY = "had"
#: Determiners that open a common-noun holder ("the ruling party holds 212 seats").
HOLDER_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our"})
#: Auxiliaries and adverbs between a holder and its verb, which are not part of the holder.
HOLDER_AUXILIARIES = frozenset("""has have had is are was were will would now already still also currently reportedly
    just only so far""".split())
#: Reporting verbs that are also nouns a figure may count ("12 reports", "40 counts", "3 records").
METRIC_WORDS_THAT_REPORT = frozenset({"reports", "report", "counts", "records", "notes", "posts", "tweets", "claims",
                                      "estimates", "figures", "lists", "states", "quotes", "answers", "replies"})
#: Units whose figures are found by quantities() but are no claims: fractions ("a third of", "two-thirds").
NOT_CLAIM_UNITS = frozenset({"fraction"})
#: Words by which a text sets one figure against another: then "at least 20" is read as the 20 it states.
CONTRARY_CUES = ("a lower toll", "a higher toll", "a lower figure", "a higher figure", "a lower count", "a higher count",
                 "a lower number", "a higher number", "disputed the figure", "disputed the toll", "contradicted",
                 "put the toll lower", "put the toll higher", "far lower", "far higher")
#: Zeros that count people ("no one was killed"): never a count of things ("no one may solicit a vote").
ZERO_PERSONS = frozenset({"no one", "nobody", "none", "no-one"})

#: An elliptical coordination after a figure ("... at least 60 million votes - and almost certainly north of 65
#: million"): its opener and the only words it may hold (bounds, hedges, the counted noun's "votes" aside); the
#: second figure keeps the first one's modality (a threshold, a target, a forecast).
ELLIPSIS_OPENERS = frozenset({"and", "or"})
ELLIPSIS_WORDS = frozenset(
    """and or perhaps possibly probably almost certainly likely even maybe well north south of more than less fewer
    up to as many much nearly about around over under at least most above below closer""".split()
)

# ---------------------------------------------------------------- scenarios
#: Metrics that count people in a state they leave (the missing are found, patients go home): a later, lower figure
#: is the count going down, an update, not a contradiction.
FALLING_METRICS = frozenset({"missing", "hospitalised"})
#: Words that present a figure as what is left of an earlier one ("12 are still missing", "six remain in hospital").
REMAINING_WORDS = frozenset("still remain remains remained remaining".split())
#: Verbs of change before a count without a unit only: "will cost 1,200 jobs" is a fall, "will cost $4 billion" a sum.
COUNT_CHANGE_DIRECTIONS = MappingProxyType({"cost": "fall", "costs": "fall", "costing": "fall"})
#: Nouns of a crowd that count its members: after one, a verb of another metric names what is counted ("40 protesters
#: were arrested" counts arrests, not the crowd).
CROWD_NOUNS = frozenset("protesters protestors demonstrators marchers participants".split())
#: Update cues that present a figure as a revision of one given before ("officials later revised it to 25"): a lower
#: revised figure in the same text corrects the earlier one, whoever the text says gave that one.
REVISION_CUES = frozenset({"revised", "updated"})
#: Words after a figure, in its sentence, that give it as a revision ("grew 1.4 percent, revising its earlier estimate").
REVISION_AFTER_WORDS = frozenset({"revising", "revision"})
#: Counted nouns of bodies: the bodies found so far are a floor for the dead ("14 bodies recovered" fits "30 killed").
BODY_WORDS = frozenset(METRICS["bodies"])

# ---------------------------------------------------------------- rolling
#: Words right before a date that make it the day a running count was taken or said by, not the day the counted
#: thing happened ("30 had been arrested by Saturday", "as of Monday", "so far since Friday").
COUNT_DATE_WORDS = frozenset("by of until till since through from".split())
#: Words that present a later figure as the count as it now stands ("rescuers now say six were killed"): from the
#: same outlet's later post, a higher toll so given is an update, whoever gives it.
NOW_WORDS = frozenset({"now"})
#: After "as", words that present a figure in a correction as the one reported before and now taken back ("not 12 as
#: reported earlier", "60, as previously stated").
RETRACTED_AS_WORDS = frozenset("reported stated said announced previously earlier initially first originally wrongly".split())
#: The outlet's own voice after "as" in such a phrase ("not 8 as we reported earlier"): with no other cue of a correction,
#: "not N as first reported" or "as we reported" takes the figure back; "as police first reported" names another speaker.
OWN_REPORT_WORDS = frozenset({"we"})
#: Words before a figure of the outlet's own voice in a correction that make it what an earlier report said ("an earlier
#: post said 12", "a previous version wrongly said 9"): the figure taken back.
EARLIER_REPORT_WORDS = frozenset("earlier previous previously initially originally initial first".split())
#: The word right before a figure in a correction that takes it back ("two people died, not 12").
RETRACTING_WORD = "not"
#: The word after such a figure that opens what it was ("not 12 as reported earlier").
RETRACTED_AS = "as"

# ---------------------------------------------------------------- articles
#: Metrics that are a level of a period (a rate, a budget balance): a figure for a month or year is that period's
#: level, never the sum of one day's parts, so it is not read as a total around a one-day event.
PERIOD_LEVEL_METRICS = PERIOD_RATE_METRICS | frozenset({"deficit", "surplus", "debt"})
#: Verbs of a change a subject makes to its own count ("health care added 49,000 jobs", "manufacturing lost 1,000"):
#: the noun phrase before one holds the figure, as before a verb of having (``HOLDER_VERBS``), so a sector's gain
#: is never set against the whole economy's.
HOLDER_CHANGE_VERBS = frozenset("added adds lost loses shed sheds".split())
#: Holders that name a whole economy ("the economy added", "employers added", "payrolls"): one holder.
WHOLE_ECONOMY_HOLDERS = frozenset("economy economies employers payrolls businesses".split())
#: The key those holders share.
WHOLE_ECONOMY_HOLDER = "economy"
#: The preposition of a partitive figure ("two of the three lines"), whose head is one of ``PARTITIVE_HEADS``.
PARTITIVE_OF = "of"
#: Focus words and "by" between a change verb and its figure, which keep the change ("added only 89,000 jobs", "rose by 22,000").
DIRECTION_FOCUS_WORDS = frozenset("only just merely barely by".split())
#: The dimension of a share ("49 percent"): a part's share may exceed the whole's, so it is never a part too large.
SHARE_DIMENSION = "percent"
#: Counted nouns of things, never of people: a figure of them is no count of a people metric ("2,000 buses had
#: brought protesters", "a convoy of 600 tractors").
THING_NOUNS = frozenset("""buses bus coaches tractors trucks lorries cars vehicles boats ships trains planes flights
    flags banners placards tents stalls""".split())
#: Verbs of expecting whose object and "to" govern a figure ("economists had expected the firm to report 95,000
#: jobs"): the figure is a projection; how many words may stand between the verb's object and "to".
EXPECTATION_VERBS = frozenset("expected expect expects forecast forecasts predicted predict predicts projected".split())
INFINITIVE_TO = "to"
EXPECTATION_OBJECT_WORDS = 4
#: Words before a figure that make it an average ("an average of 177,000", "averaging 5,000"), and phrases after
#: it that make it a rate over time ("jobs a month", "barrels per day"): never one period's count.
AVERAGE_WORDS = frozenset({"average", "averaging", "averaged"})
PER_PERIOD_PHRASES = ("a month", "a year", "a week", "a day", "per month", "per year", "per week", "per day", "each month",
                      "each year", "every month", "every year", "a quarter", "per quarter", "in each of", "each of the")
#: Words before a date that make it the start of a span running to now ("created 320,000 jobs since taking office in
#: 2022"): the figure is no figure of that year.
SPAN_START_WORDS = frozenset({"since"})
#: How many words may name the holder of an elided list item ("leisure and hospitality 53,000"), and last words
#: that show the item has a verb or a bound of its own, so is no elided item ("while manufacturing lost 1,000").
LISTED_HOLDER_WORDS = 4
NOT_LISTED_HOLDER_WORDS = frozenset(CHANGE_DIRECTIONS) | frozenset(
    "of by to from at about some nearly almost around roughly over under than with was were is are had has".split())
#: Metrics of a tally "N to M" ("passed by a vote of 67 to 31"), and the holders of its two sides: the ayes and the
#: nays are two quantities, never set against each other.
TALLY_METRICS = frozenset({"votes", "seats"})
TALLY_SIDES = ("in favour", "against")

# ---------------------------------------------------------------- conflicts on articles (h3, second round)
#: Metrics counted within an electorate: a place the figure's sentence names, or whose body gives the figure, is the
#: electorate's ("the state of Alabama casts 13 votes for Cruz" is not Colorado's 31 for Cruz).
CONSTITUENCY_METRICS = frozenset({"votes", "seats", "vote share"})
#: Bodies of a place that announce its votes ("Colorado's delegation chairman", "Ohio's secretary of state").
CONSTITUENCY_BODIES = frozenset("""delegation delegates legislature electorate voters secretary governor caucus
    assembly board commission clerk""".split())
#: Participles of having that open a figure's clause after a comma, with no subject of their own ("Marsh was elected
#: mayor, receiving 47,310 votes"): the sentence's subject holds the figure.
HOLDER_PARTICIPLES = r"receiving|winning|taking|getting|gaining|securing|capturing|collecting|polling|garnering"
#: Bounds between such a participle and its figure ("winning at least 19 seats", "taking more than 40 percent").
HOLDER_PARTICIPLE_BOUNDS = r"at\s+least|more\s+than|just|only|over|almost"
#: Articles a sentence's subject may open with ("The Greens came second").
SUBJECT_ARTICLES = r"The|the"
#: A whole economy growing ("the economy grew 5.2 percent", "GDP expanded at a 3 percent rate"): the noun right before
#: a verb of growth names the metric of the figure after it, a rate of growth (``PERIOD_RATE_METRICS``).
ECONOMY_NOUNS = frozenset({"economy", "gdp"})
ECONOMY_GROWTH_VERBS = frozenset({"grew", "grow", "grows", "expanded", "expand", "expands"})
ECONOMY_GROWTH_METRIC = "growth"
#: How many words before "economy" may name whose it is ("the euro zone economy", "China's economy").
ECONOMY_OWNER_WORDS = 2
#: Verbs of attending with no object after a count of people ("about 4,500 people attended", "800 people showed up"):
#: the figure counts the crowd of the story's gathering (the crowd metric).
ATTENDANCE_VERBS = ("attended", "showed up", "turned up")
ATTENDANCE_METRIC = "protesters"
#: Verbs of drawing a crowd after a gathering ("the rally drew 4,000"), the gatherings, the words that may stand
#: between the verb and the figure ("drew a crowd of 300"), and counted nouns that are the crowd ("supporters").
DRAWING_VERBS = frozenset({"drew", "draws", "attracted", "attracts", "attracting", "drawing", "brought"})
GATHERING_NOUNS = frozenset({"march", "rally", "protest", "demonstration", "vigil", "procession", "gathering", "marches",
                             "rallies", "protests", "demonstrations", "vigils", "crowd"})
CROWD_OF = (("a", "crowd", "of"), ("crowds", "of"), ("an", "estimated"))
CROWD_COUNTED = frozenset({"supporters", "marchers", "participants", "mourners", "demonstrators", "protesters"})
#: Words that may stand between "of" and the whole's figure in "1,800 of the port's 2,100 workers" (articles, possessives).
PARTITIVE_WHOLE_WORDS = 2
#: Number words that may write the whole of such a partitive ("two of its five terminals").
NUMBER_WORDS = frozenset(ONES) | frozenset(TEENS) | frozenset(TENS)
#: Verbs of deciding that make a tally "N to M" a count of votes on what they decide ("approved the farm bill 61 to 37",
#: "An amendment ... failed 38 to 60"); how many words back from the figure one may stand, and the words that may
#: follow an intransitive one before its tally.
DECISION_VERBS = frozenset("""passed approved rejected adopted defeated failed confirmed backed endorsed voted carried
    cleared ratified overturned upheld""".split())
TALLY_VERB_REACH = 12
#: Verbs of deciding whose subject is the motion decided ("the amendment failed 38 to 60", "the bill passed 52 to 48"),
#: not the body that votes ("the court voted 5 to 4").
MOTION_SUBJECT_VERBS = frozenset("passed failed carried cleared".split())
TALLY_VERB_FOLLOWERS = frozenset({"by", "on", "in", ","})
TALLY_METRIC = "votes"
#: How a tally's motion is written as a qualifier ("on bill"), and how many words its noun phrase may have.
MOTION_PREFIX = "on "
MOTION_WORDS = 4
#: A rise in pay given as a percentage ("a 7 percent raise", "a pay rise of 8 percent", "would raise drivers' pay by 14
#: percent"): one offer's or deal's raise, compared like a count (a demand is a target: "asking for a 10 percent raise").
PAY_RISE_METRIC = "pay rise"
PAY_RAISE_NOUNS = frozenset({"raise", "raises"})
PAY_RISE_PHRASES = frozenset({"pay rise", "pay raise", "pay increase", "wage increase", "wage rise", "pay hike", "wage hike",
                              "pay rises", "pay increases", "wage increases"})
PAY_RISE_VERBS = frozenset({"raise", "raises", "raising", "raised", "increase", "increases", "increasing", "increased", "lift",
                            "lifts", "boost", "boosts"})
PAY_NOUNS = frozenset({"pay", "wages", "wage", "salary", "salaries"})
PAY_RISE_BY = "by"
PAY_RISE_REACH = 6
#: Cues of a demand before a figure ("the union is asking for a 10 percent raise", "had sought 40 percent", "calls for
#: $1 trillion"): the figure asked for is a target, no count.  Only before it: "200 protesters demanded ..." counts.
DEMAND_CUES = ("asking for", "asks for", "asked for", "demanding", "demands", "demanded", "seeking", "seeks", "sought",
               "calling for", "calls for", "called for")

# ---------------------------------------------------------------- rolling news
#: Words before a number that make it a label, not a total ("UPDATE 2: 8 dead", "Day 3: ...", "Part 1:"): the figures
#: after its colon are not the items of a total.
NUMBERED_LABELS = frozenset("update updates day part chapter item no no. number step round stage phase episode page post".split())
#: Phrases of a notice that a text corrects an earlier version ("This post has been corrected.", "An earlier version of this
#: story misstated the number of injured."): the figure in the sentence after one is given as a correction.
CORRECTION_NOTICES = ("has been corrected", "have been corrected", "was corrected", "misstated", "misreported", "incorrectly stated",
                      "incorrectly reported", "wrongly stated", "wrongly reported", "an earlier version")
#: Words between two figures of one sentence that set them side by side ("no one in Varna, while 3 died in Sorin"):
#: two places' figures, not a whole and its part unless a word marks the part ("... while 200 died in Gilan alone";
#: "but" often opposes a part to its whole, so it is not one of them).
CONTRAST_WORDS = frozenset({"while", "whereas", "meanwhile"})
#: Adverbs right before a verb of saying and its figure in a correction ("some outlets had wrongly reported 30", "an earlier
#: post mistakenly said 12"): the figure taken back.
RETRACTING_ADVERBS = frozenset({"wrongly", "incorrectly", "mistakenly", "erroneously"})
# ---------------------------------------------------------------- the scope of a rate
#: Rate metrics whose figure may be for a part of the population or a narrower measure ("youth unemployment",
#: "turnout among voters under 25", "turnout in the capital"): such a figure is not the whole's rate.
SCOPED_RATE_METRICS = frozenset({"turnout", "unemployment", "inflation", "growth", "support", "approval"}) | BALANCE_METRICS
#: Words that name a rate metric before the figure, besides the metric itself ("the jobless rate").
RATE_METRIC_WORDS = MappingProxyType({
    "turnout": ("turnout", "participation"), "unemployment": ("unemployment", "jobless", "joblessness"),
    "inflation": ("inflation",), "growth": ("growth",), "support": ("support",), "approval": ("approval",),
    "deficit": ("deficit", "deficits"), "surplus": ("surplus", "surpluses"),
})
#: The head noun of a rate after its metric word: "the unemployment rate" is unemployment, "the jobless rate" too.
RATE_HEADS = frozenset({"rate", "rates", "level", "figure"})
RATE_COMPOUNDS = MappingProxyType({"unemployment": "unemployment", "jobless": "unemployment", "inflation": "inflation",
                                   "turnout": "turnout", "growth": "growth"})
#: Modifiers before a rate's metric word that make it a narrower measure or a part of the population ("youth
#: unemployment", "core inflation", "monthly inflation"): not the same quantity as the rate without them.  Words
#: that only say which value ("official", "real", "true", "annual", "headline", "national") are not here.
RATE_MEASURE_MODIFIERS = frozenset(
    """youth teen teenage adult female male women's men's graduate black hispanic rural urban regional local municipal
    provincial core underlying food energy fuel services goods housing wage price producer import export monthly
    quarterly weekly long-term short-term structural primary cyclical private-sector public-sector manufacturing
    industrial nominal per-capita early postal absentee overseas diaspora trade current-account pension adjusted
    unadjusted harmonised harmonized broader broad""".split()
)
#: Words that open a part of the population after a rate's metric word or its figure ("turnout among women",
#: "unemployment for young people"); "for" only before a group word (not "turnout for the referendum").
RATE_POPULATION_OPENER = "among"
RATE_POPULATION_FOR = "for"
RATE_POPULATION_GROUPS = frozenset(
    """women men young youth older elderly voters workers graduates people adults teenagers children pensioners
    migrants immigrants farmers families households""".split()
)
#: The prefix of a population qualifier ("among voters under 25").
POPULATION_PREFIX = "among "
#: A first "sentence" of at most this many words that ends with one of these marks is a dateline ("BRESK (Wire) -"),
#: and the lede is the sentence after it.
DATELINE_MAX_WORDS = 6
DATELINE_ENDS = ("-", "\u2013", "\u2014", ":")
#: "turnout there": the rate of the place the sentence named before it.
RATE_THERE = "there"
COMMA = ","

# ---------------------------------------------------------------- agentless estimates
#: Passive verbs of estimating right before a figure, with no agent: "Turnout was put at 63 percent".  After a poll's or a
#: projection's figures in the same paragraph, such a figure is the poll's too (never compared with a count).
AGENTLESS_ESTIMATE_CUES = frozenset(
    f"{aux} {verb} at" for aux in ("was", "is", "were", "are", "being", "been", "was also", "is also") for verb in ("put", "estimated", "seen", "projected", "forecast", "expected", "pegged", "placed")
)
AGENTLESS_INHERITED_MODALITIES = frozenset({"poll", "projection"})
#: The unit of a percentage figure (rounded to its last written digit when compared).
PERCENT_UNIT = "percent"
#: A movement's start: "rose to 64 percent from 58 percent", "fell from 8.4 percent to 7.8 percent" (the figure after
#: "from" is the level before); the verbs of change that may stand right before "from", and how many words the new
#: level ("to 4,000 units") may take before "from".
MOVEMENT_FROM = "from"
MOVEMENT_TO = "to"
MOVEMENT_VERBS = RISE_WORDS | frozenset("fell falls fall falling dropped drops drop dropping eased eases easing declined declines slipped slips slid plunged plunges tumbled sank shrank decreased".split())
MOVEMENT_LEVEL_WORDS = 4
#: A count of turnout at a gathering is its crowd ("police put the turnout at 18,000" at a march), not a strike's or a vote's.
TURNOUT_METRIC = "turnout"
CROWD_EVENT_KINDS = frozenset({"protest"})
#: ... unless its sentence counts strikers ("went on strike", "walked out", "stopped work").
STRIKE_TURNOUT_WORDS = ("strike", "walked out", "walkout", "stopped work", "off the job", "downed tools", "off work",
                        # ... or voters ("a record turnout of more than 4 million voters", "by early voting")
                        "vot", "ballot", "election", "primary", "primaries", "referendum", "caucus", "absentee")
# ---------------------------------------------------------------- money raised
#: A sum right after a verb of raising funds ("Lund raised $2.3 million", "she had raised nearly $2 million") is the
#: money that holder raised: compared only for one holder and one stated period (a quarter's fundraising).
MONEY_RAISED_METRIC = "money raised"
MONEY_RAISING_VERBS = frozenset({"raised", "raising", "raises", "raise"})
#: Words in the clause that make the raised sum something else (a tax, a price, a forecast or a rate raised).
NOT_FUNDS_RAISED = frozenset("tax taxes price prices rate rates forecast forecasts estimate fee fees fares tariff tariffs wage wages pay bid offer".split())
#: Metrics compared only when a holder is named ("Lund raised"): a sum raised by no one named is listed, not compared.
HELD_METRICS = frozenset({MONEY_RAISED_METRIC})
NOT_FUNDS_REACH = 4  # words after the sum ("would raise $15.3 trillion in new taxes")
CURRENCY_DIMENSION = "currency"
#: The kind of a speaker that is a document ("Lund's own filing"): a pronoun holder under it is the document's owner.
DOCUMENT_KIND = "document"
#: Words after a speaker's head that open what modifies it ("a super PAC backing Pike", "the campaign of Teresa Lund"):
#: a pronoun's figure under that speaker is the head's own, not the modifier's.
SPEAKER_HEAD_BREAKS = frozenset("of for backing supporting behind allied at in from with close near".split())
#: A period named relative to the story's own ("the previous quarter", "a month earlier"), not to the day of publication: a
#: rate or level of such a period is never matched with one of a period named outright.
RELATIVE_PERIOD_PATTERN = (r"\b(?:previous|prior|preceding)\s+(?:quarter|month|year|week|period|three\s+months)\b"
                           r"|\b(?:a|one|the)\s+(?:quarter|month|year|week)\s+(?:earlier|before)\b")
#: Pronouns of a person and of a thing, and the kind of a speaker that is a person (for whose figure a pronoun's is).
PERSON_PRONOUNS = frozenset({"he", "she", "i"})
THING_PRONOUNS = frozenset({"it"})
PERSON_KIND = "person"
#: A count of an election under way ("Turnout was 38 percent at 4 p.m.", "with 60 percent of ballots counted", "early
#: results", "partial results") is not the result: qualifier "partial"; lower than a figure without it, it is that count
#: under way, never set against it.
#: (Only counts that grow as counting goes on: a partial vote share may be anything, and is compared.)
PARTIAL_COUNT_METRICS = frozenset({"turnout", "votes"})
PARTIAL_QUALIFIER = "partial"
PARTIAL_COUNT_PATTERN = (r"\b(?:at|by|as\s+of|until)\s+(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock|GMT|UTC)|noon|midday)"
                         r"|\b(?:early|partial|preliminary|provisional)\s+(?:results|returns|count|counts|figures|tally)\b"
                         r"|\bwith\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d.,]*\s*(?:percent|%|per\s+cent)\s+of\s+"
                         r"(?:the\s+)?(?:ballots|votes|precincts|polling\s+stations|stations|districts)\s+(?:counted|reporting|in|tallied|processed)\b")
