"""English for events (``claimdiff/events.py``): event kinds and families, place words and prepositions. Inert data only."""
from types import MappingProxyType


# ---------------------------------------------------------------- events
#: Month names that are also event words when lower-case ("a march", "in May").
MONTH_WORDS = frozenset({"march", "may"})

#: Event kinds and the words that name them.
EVENT_KINDS = MappingProxyType({
    "air defence": ("shot down", "downed", "intercepted", "air defence", "air defense", "air defences", "air defenses"),
    "missile strike": ("missile strike", "missile attack", "missile", "rocket attack", "rocket", "shelling", "airstrike", "air strike", "air raid", "bombardment"),
    "strike": ("strike", "strikes", "walkout", "strikers", "industrial action", "stoppage"),
    "drone attack": ("drone attack", "drone strike", "drones", "drone"),
    "explosion": ("explosion", "blast", "explosive", "bomb", "bombing", "detonated", "exploded"),
    "fire": ("fire", "blaze", "flames", "wildfire", "wildfires", "burned"),
    "earthquake": ("earthquake", "quake", "tremor", "aftershock", "tsunami"),
    "flood": ("flood", "floods", "flooding", "storm", "cyclone", "hurricane", "typhoon", "landslide", "downpour",
              "mudslide", "mudslides", "tornado", "tornadoes", "twister", "avalanche", "avalanches"),
    "collapse": ("collapse", "collapsed", "rubble"),
    "crash": ("crash", "accident", "crashed", "derailed", "derailment", "collision", "capsized", "sank", "shipwreck",
              "sinking"),
    "shooting": ("shooting", "gunman", "gunmen", "shot", "gunfire", "opened fire"),
    "attack": ("attack", "attacked", "assault", "ambush", "raid", "terrorist attack"),
    "protest": ("protest", "protests", "protesters", "demonstration", "demonstrators", "march", "rally", "strike action", "riot", "clashes"),
    "stampede": ("stampede", "crush"),
    "election": ("election", "vote", "poll", "polls", "ballot", "referendum", "turnout"),
    "epidemic": ("outbreak", "epidemic", "pandemic", "virus", "coronavirus", "covid-19"),
    "heat wave": ("heatwave", "heat wave", "heatstroke", "heat stroke"),
    "drought": ("drought", "droughts"),
})

#: Event nouns after a place name used as a modifier: "in the Belgorod attack", "after the Kaveri floods" name
#: where it happened (unlike "the Kuibyshev oil refinery" or "the Kyiv regime").
EVENT_NOUNS_AFTER_PLACE = frozenset(
    "attack attacks bombing bombings blast explosion fire blaze flood floods flooding earthquake quake shooting massacre raid riots "
    "landslide mudslide avalanche tornado cyclone typhoon hurricane shelling".split()
)

#: Phrases that put a sentence on an earlier occasion than the story's ("Earlier this month, 60 drones were
#: launched", "Last year's march drew 80,000"): its figures belong to an event of their own.
PAST_OCCASION_CUES = (
    "earlier this month", "earlier this week", "earlier this year", "last month", "last week", "last year",
    "a week ago", "a month ago", "a year ago", "the previous week", "the previous month",
    "the previous year", "the week before", "the month before", "the year before",
)

#: Verbs of a blow or a flight whose object is the place it happened ("the quake struck Sela", "shelling
#: pounded Dorvo", "1.2 million people had fled Dorvo").  Not "hit": politicians hit each other.
PLACE_OBJECT_VERBS = frozenset(
    "struck rocked battered lashed pounded ravaged devastated flooded fled shelled bombed".split()
)

#: Words that open a new event even in the same place ("another explosion", "a separate attack").
NEW_EVENT_CUES: "tuple[str, ...]" = ("another", "a second", "a separate", "separately", "in a separate", "elsewhere", "earlier on", "in another")

#: Prepositions before a place name ("in Taganrog", "near Kharkiv").
PLACE_PREPOSITIONS = tuple("in at near of from outside inside across around over on into toward towards through throughout".split())
#: Words of the sea after which "off" places what happened ("the ferry sank off Kesh", "two divers drowned off the Varn
#: Islands", "a trawler missing off Brae"); after any other word "off" is a particle ("fend off Trump", "kicked off Monday").
OFF_PLACE_WORDS = frozenset(
    """sank sunk sink sinks sinking capsized capsizes capsize foundered aground drowned drown missing rescued stranded
    lost went down adrift spotted found seen ship ships boat boats vessel vessels ferry trawler tanker yacht submarine
    dinghy sailors fishermen divers swimmers migrants waters sea""".split()
)
#: Compass words between a preposition and a place ("in southern Lebanon").
COMPASS_WORDS = tuple(
    """southern northern eastern western central north south east west north-eastern north-western
    south-eastern south-western""".split()
)
#: Administrative words after a place name that belong to it ("Rostov region").
ADMIN_AFTER_NAME = tuple(
    """region province district oblast city town village county state prefecture governorate
    territory area municipality krai""".split()
)
#: Administrative words before "of" and a place name ("the city of Taganrog").
ADMIN_BEFORE_NAME = tuple("city town village region province district county state port capital".split())

PLACE_WORDS = frozenset(
    """region province district oblast city town village county state prefecture governorate
    territory municipality area republic krai island islands valley coast capital""".split()
)

# ---------------------------------------------------------------- scenarios
#: Event nouns one word after a place name and a modifier ("in the Kalo warehouse fire", "after the Pello bus crash",
#: "the Kessa school collapse"): the name is where it happened.
EVENT_NOUNS_AFTER_MODIFIER = EVENT_NOUNS_AFTER_PLACE | frozenset("crash collapse sinking derailment stampede strike".split())

# ---------------------------------------------------------------- rolling
#: Event nouns after which "the <Name> [modifier]" names where it happened anywhere in a sentence ("the Arlen flood
#: toll", "the Tolva bus crash killed 9"); not "attack" or "strike", which politics uses of people ("the Obama
#: administration strike", "the Republican attack ads").
NAMED_EVENT_NOUNS = EVENT_NOUNS_AFTER_MODIFIER - frozenset({"attack", "attacks", "strike", "raid"})

# ---------------------------------------------------------------- articles
#: Adjectives and other names of a country, with the name a text's country is known by ("Mexican inflation",
#: "U.S. employers"): placeless events of two texts are one only when their first sentences name one country.
NATION_OF_ADJECTIVE = MappingProxyType({
    "american": "u.s.", "america": "u.s.", "us": "u.s.", "u.s": "u.s.", "british": "britain", "uk": "britain",
    "english": "england", "chinese": "china", "japanese": "japan", "german": "germany", "french": "france",
    "italian": "italy", "spanish": "spain", "mexican": "mexico", "brazilian": "brazil", "canadian": "canada",
    "indian": "india", "russian": "russia", "ukrainian": "ukraine", "turkish": "turkey", "polish": "poland",
    "swedish": "sweden", "norwegian": "norway", "greek": "greece", "australian": "australia", "korean": "korea",
    "argentine": "argentina", "chilean": "chile", "dutch": "netherlands", "irish": "ireland", "swiss": "switzerland",
    "israeli": "israel", "iranian": "iran", "egyptian": "egypt", "nigerian": "nigeria", "kenyan": "kenya",
    "pakistani": "pakistan", "european": "europe", "euro": "europe",
})
#: Words right before a date that make it the period a figure is compared with ("fewer than last year", "up from
#: last year", "compared with 2023"), not the period the sentence is about ("the toll from Sunday's quake" is no
#: comparison: "from" alone is not one).
COMPARISON_BEFORE_DATE = frozenset({"than", "up from", "down from", "compared with", "compared to", "versus"})
#: The preposition between a compared figure and its date ("down from 67 percent in 2018"), and how many words the
#: figure may take ("67 percent", "$3.1 billion", "1.2 million barrels").
COMPARED_FIGURE_DATE_PREPOSITIONS = frozenset({"in", "on", "during", "for"})
COMPARED_FIGURE_WORDS = 3

# ---------------------------------------------------------------- blows that hit a place
#: Subjects of a blow whose bare capitalised object after "hit" is the place it happened ("a missile hit Taganrog",
#: "the storm hit Sela overnight", "drones had hit Dorvo"); after any other subject "hit" is no place ("Trump hit
#: Cruz", "the senator hit back").
BLOW_SUBJECTS = frozenset(
    """missile missiles rocket rockets drone drones shell shells bomb bombs airstrike airstrikes quake earthquake
    tremor storm storms cyclone hurricane typhoon tornado floods flood tsunami shelling barrage explosion explosions
    blast blasts wildfire wildfires landslide mudslide avalanche""".split()
)
#: The verbs of such a blow, and the auxiliaries that may stand before them ("had hit").
BLOW_VERBS = frozenset({"hit", "hits"})
BLOW_AUXILIARIES = frozenset({"had", "has", "have"})

# ---------------------------------------------------------------- conflicts on articles
#: Verbs of saying right before a date that make it the day a statement was made ("said on Friday that the economy grew
#: 1.1 percent in the second quarter"): a later date in the sentence dates what it is about.
STATEMENT_DAY_VERBS = frozenset("said says announced reported confirmed stated told estimated added".split())

# ---------------------------------------------------------------- rolling news
#: Verbs of a count rising: the publication day in their sentence ("the toll rose to 20 on Wednesday", posted on Wednesday) is
#: the day of the count, not of the event, so a later post so dated still continues the story.
COUNT_RISE_WORDS = frozenset("rose risen rises climbed climbs increased jumped soared mounted".split())
#: "fresh riots", "renewed clashes": a new outbreak of unrest or fighting, another event than the one before.
NEW_EVENT_CUES = NEW_EVENT_CUES + tuple(
    f"{adjective} {noun}" for adjective in ("fresh", "renewed")
    for noun in "riots clashes protests demonstrations strikes fighting attacks shelling airstrikes violence unrest".split()
)
