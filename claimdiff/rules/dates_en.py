"""English words and patterns for date expressions, as inert data.

Nothing here is compiled or executed: :mod:`claimdiff.dates` builds its
patterns from these tuples, mappings and templates.  Keep every list
lower-case unless the comment says otherwise; the engine adds the capitalised
forms it accepts.  Every English word the engine knows is here: it maps words
to numbers and codes (months, offsets, units "D"/"W"/"WE"/"M"/"Y"/"DE"/"Q")
and compares only those.

The pattern templates at the end are regular-expression source with
``{slot}`` placeholders (a lower-case name in braces) that the engine fills
with fragments built from the word lists above, e.g. ``{month}`` (a month
name or abbreviation), ``{s}`` (whitespace other than a line break: a date
never spans lines).  Braces with digits (``{1,3}``) are regex quantifiers.
"""
from types import MappingProxyType

#: Full month names (matched capitalised or upper-case only: "march" is a verb).
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)

#: Abbreviations, with the month number.  Only accepted next to a day or a
#: year ("Sept. 5", "Jan 2019"), never alone.
MONTH_ABBREVIATIONS = MappingProxyType({
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})

#: Weekday names, Monday first (index = ``date.weekday()``).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Weekday abbreviations: only accepted in front of a written date ("Fri, July 28").
WEEKDAY_ABBREVIATIONS = MappingProxyType({
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
})

#: Words before a weekday that make it a name, not a day ("Black Friday").
WEEKDAY_NAME_PREFIXES = ("black", "good", "cyber", "ash", "holy", "super", "maundy", "palm", "easter", "man", "girl")

#: Words before a weekday that make it any such day, not a date ("a Sunday", "every Monday").
WEEKDAY_SET_WORDS = ("a", "an", "every", "each", "any", "some", "one")

#: Words that cannot start the noun a weekday modifies ("a Sunday in ...", not "a Sunday meeting").
FUNCTION_WORDS = ("in", "on", "at", "of", "and", "or", "when", "that", "with", "to", "for", "as",
                  "after", "before", "but", "is", "was", "the", "a", "an", "by", "from")

#: Single words that denote a day relative to the reference date: offset in days.
RELATIVE_DAYS = MappingProxyType({
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
})

#: Phrases (lower-case, single-spaced) for a day relative to the reference date.
RELATIVE_DAY_PHRASES = MappingProxyType({
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
})

#: Phrases for a day relative to the previous day-date mentioned in the text
#: (or the reference date when the text mentions none before).
RELATIVE_TO_PREVIOUS = MappingProxyType({
    "the previous day": -1,
    "the day before": -1,
    "the preceding day": -1,
    "the next day": 1,
    "the following day": 1,
    "the day after": 1,
    "the same day": 0,
    # a part of the day after or before the day mentioned last ("the next morning", "the night before")
    "the next morning": 1,
    "the following morning": 1,
    "the next evening": 1,
    "the following evening": 1,
    "the next night": 1,
    "the following night": 1,
    "the previous night": -1,
    "the previous evening": -1,
    "the night before": -1,
    "the evening before": -1,
    "the same night": 0,
    "the same morning": 0,
    "the same evening": 0,
})

#: Phrases for a part of the day mentioned last, read only after a day was mentioned ("That night,
#: rebels shelled the town"), never from the reference alone.
RELATIVE_TO_PREVIOUS_ONLY = MappingProxyType({
    "that night": 0,
    "that morning": 0,
    "that evening": 0,
    "that afternoon": 0,
})

#: Words before such a phrase that keep it a date ("later that night", "on that morning"); after any
#: other word it may be "that" of a clause ("said that night raids would go on").  A sentence start
#: or a punctuation mark before it also keeps it.
PREVIOUS_ONLY_AFTER = (
    "on", "by", "until", "till", "since", "from", "during", "throughout", "of", "for", "before", "after",
    "later", "earlier", "late", "early", "and", "but", "then",
)

#: Determiners before week/month/year/weekend/weekday: offset in units.
RELATIVE_DETERMINERS = MappingProxyType({
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
})

#: Calendar units that take a relative determiner ("last week").
RELATIVE_UNITS = ("week", "month", "year", "weekend", "quarter", "decade")

#: Units for "<n> <unit>s ago".
AGO_UNITS = ("day", "week", "month", "year", "decade", "fortnight")

#: Number words for "<n> days ago" (digits are read directly).
NUMBER_WORDS = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "thirty": 30,
})

#: Parts of the day that may follow a day expression ("Friday night").
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "overnight")

#: Modifiers that may precede a date without changing its value at the
#: grain we report ("early May" -> "2023-05", "earlier on Friday" -> Friday).
#: The single words are in the MODIFIER_BEFORE template; these are the phrases
#: (single-spaced; the engine allows any whitespace).  "the first half of" is
#: not one: the quarter form reads halves.
MODIFIER_PHRASES = ("the beginning of", "the start of", "the end of", "the middle of", "the close of")

#: Ordinals for quarters and halves ("the first quarter of 2009").
ORDINAL_WORDS = MappingProxyType({"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4})

#: Seasons, with their TIMEX3 code.
SEASONS = MappingProxyType({"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"})

#: Words after which a bare month name ("in May") or bare year ("in 2019") is a date.
DATE_PREPOSITIONS = (
    "in", "since", "until", "till", "by", "from", "to", "during", "before",
    "after", "through", "throughout", "between", "around", "circa", "of",
    "early", "late", "mid", "last", "next", "this", "as of", "for", "on", "at",
    "and", "or", "fiscal", "year",
)

#: Possessives after which a bare month name is a date ("their January sales").
POSSESSIVES = ("its", "their", "his", "her", "our", "my", "your")

#: A preposition right before a date that makes it future ("closed until Friday").
FUTURE_PREPOSITIONS = ("until", "till", "til")
#: A preposition right before a date that makes it past ("rose since December").
PAST_PREPOSITIONS = ("since",)

#: Prepositions that also introduce counts ("from 2000 to 3000", "of 1800
#: troops"): a bare year after them must not be followed by a word.
WEAK_YEAR_PREPOSITIONS = ("from", "to", "of", "for", "and", "or", "at", "around", "by", "between")

#: Future-tense cues (lower-case regex fragments, matched on word boundaries).
FUTURE_CUES = (
    r"will", r"shall", r"'ll", r"won't", r"wo n't", r"going to", r"is to", r"are to",
    r"set to", r"due to", r"due on", r"due", r"expected to", r"expects to", r"plans? to", r"planned",
    r"scheduled", r"upcoming", r"to be held", r"intends? to", r"aims? to", r"wants? to", r"hopes? to", r"would",
    r"later this", r"next", r"until", r"till", r"deadline", r"can",
)

#: Words that may sit between "will" and its verb ("will not be held").
FUTURE_AUXILIARY_FILLERS = ("not", "also", "then", "now", "likely", "probably", "be", "have", "been", "soon", "only", "still")

#: Past-tense cues besides regular "-ed" forms.
PAST_CUES = (
    "said", "says", "was", "were", "had", "did", "told", "took", "came", "went",
    "made", "saw", "fell", "shot", "struck", "began", "met", "held", "found",
    "gave", "left", "lost", "won", "rose", "sold", "spoke", "wrote", "ago",
    "last", "hit", "knew", "thought", "brought", "led",
    "ran", "stood", "became", "broke", "caught", "drove", "flew",
    "froze", "sank", "sent", "spent", "stole", "swept", "threw", "woke", "wore",
    "earlier", "recently",
    # more irregular past forms (not "fed", "lent", "bit", "dove": also nouns; not "read", "put", "cut", "set", "got": also present)
    "drew", "grew", "paid", "built", "bought", "fought", "sought", "taught", "kept", "felt", "meant", "heard",
    "fled", "withdrew", "hid", "laid", "rode", "rang", "sang", "shook", "slid", "spun", "stuck", "swore",
    "swung", "tore", "underwent", "upheld", "wept", "withheld", "arose", "blew", "chose", "clung", "crept",
    "dealt", "dug", "knelt", "mistook", "overcame", "overtook", "oversaw", "shrank", "slept", "sprang", "strove",
    "swam", "understood", "undertook", "forgave", "forgot", "bent", "bled", "bred", "ate", "forbade",
)

#: Words ending in "-ed" that are not past-tense verbs.
NOT_PAST_ED = (
    "need", "needs", "speed", "indeed", "hundred", "proceed", "exceed", "succeed",
    "breed", "seed", "feed", "weed", "red", "bed", "shed", "ted", "ned", "fred", "ahmed",
    "mohammed", "muhammad", "united", "limited", "based",
)

#: Spelled ordinal days of the month ("the first of May", "March third").
ORDINAL_DAYS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
})

#: Ordinals that pick a weekday, day or week inside a month ("the last Friday of
#: October", "the first week of March"); -1 is "last".
ORDINAL_IN_MONTH = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
})

#: Approximate season starts (month, day), for "this winter" and bare "spring":
#: the year of a season is the year it starts in (winter 2012 = Dec 2012 - Mar 2013).
SEASON_STARTS = MappingProxyType({"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)})

#: Words before a bare season that make it a name or a set, not a date
#: ("every spring", "nuclear winter").
SEASON_BLOCKERS = ("every", "each", "a", "an", "one", "per", "any", "some", "nuclear", "arab", "prague", "indian")

# ------------------------------------------------------------------ words to codes

#: Calendar units, with the code the engine works with (TIMEX3 letters).
UNIT_CODES = MappingProxyType({
    "day": "D", "week": "W", "weekend": "WE", "month": "M", "year": "Y", "decade": "DE", "quarter": "Q",
    "fortnight": "W",
})

#: Units that count several of their code's unit ("a fortnight ago" is two weeks ago).
UNIT_MULTIPLES = MappingProxyType({"fortnight": 2})

#: Determiners before a unit ("last week", "past week").  After "the" some of them make a
#: duration (DURATION_DETERMINERS: "over the past week"), except before THE_LAST_UNIT_AS_DATE.
UNIT_DETERMINERS = ("last", "past", "previous", "this", "current", "next", "coming", "following", "upcoming")

#: Determiners that, after "the", count from the date mentioned last rather than from the reference
#: ("In 2010 he lost; the following year he won": 2011), in these units; with no date mentioned
#: before, from the reference as "next"/"last" do.
ANAPHORIC_DETERMINERS = ("following", "previous")
ANAPHORIC_UNITS = ("year", "month", "week")
#: The word before such a phrase that makes it the year of a nested month ("June of the following year":
#: both mentions count from the reference, as "October of next year" does).
NESTED_YEAR_LINK = "of"

#: Units that "the last"/"the past" name as the previous calendar unit, not as a duration:
#: "in the past decade" is the previous decade (TimeML, as MEANTIME annotates it).
THE_LAST_UNIT_AS_DATE = ("decade",)
BACKWARD_DETERMINERS = ("last", "past")

#: Units that an ordinal picks inside a month ("the first week of July").
IN_MONTH_UNITS = ("day", "week", "weekend")

#: Parts of a year that an ordinal picks ("the third quarter", "the second half"), with their code.
YEAR_PARTS = MappingProxyType({"quarter": "Q", "half": "H"})

#: First words of an "ago" direction that count backwards ("two days ago", "two days before yesterday").
BACKWARD_WORDS = ("ago", "before")

#: Interval connectives between two dates, with the word that must open the
#: interval before the first date ("from July 27 to August 2", "between 5 and 10 August").
INTERVAL_FRAMES = MappingProxyType({"to": "from", "until": "from", "till": "from", "through": "from", "and": "between"})

# ------------------------------------------------------------------ context words

#: Date prepositions after which a bare month name is not a date ("for May" is a name).
MONTH_CUE_EXCLUSIONS = ("year", "fiscal", "for", "on", "at")

#: Connectives after a month name that let a bare month follow ("between April and June").
MONTH_LIST_JOINERS = ("and", "or", "to")

#: Words (case-sensitive) after a bare month name that make it a verb ("May I ask").
MONTH_NOT_BEFORE = ("I",)

#: Words after which a bare year ("in 2019", "the 2019 season") is a date.
YEAR_CUES = DATE_PREPOSITIONS + ("the",)

#: Words before a bare year that also introduce counts ("from 2000 to 3000 people", "the 1800 workers").
WEAK_YEAR_WORDS = WEAK_YEAR_PREPOSITIONS + ("the",)

#: Words that may follow such a year without making it a count ("from 2010 to 2012", "the 2019 season").
YEAR_AFTER_WEAK_WORDS = (
    "and", "or", "to", "when", "as", "that", "the", "version", "season", "election", "edition",
    "model", "census", "budget", "games", "olympics", "world", "summit",
    # the year of an occasion ("the 2021 referendum", "the 2016 presidential race", "the 2008 crisis")
    "elections", "referendum", "race", "primary", "primaries", "vote", "contest", "campaign", "presidential",
    "parliamentary", "mayoral", "midterm", "midterms", "general", "crisis", "recession", "strike", "final",
    "championship", "tournament", "cup", "treaty", "agreement", "accord", "pandemic", "fiscal",
)

#: Words before a bare year that open a range ("from 1990 to 2000"), and the range words after it.
YEAR_RANGE_OPENERS = ("from", "between")
YEAR_RANGE_WORDS = ("to",)

#: Words after which a short year ("since '82") is a date.
SHORT_YEAR_PREPOSITIONS = ("in", "since", "of", "until", "from", "before", "after", "by", "during")

#: Indefinite articles: "a Sunday" is any Sunday unless a noun follows ("a Sunday meeting").
INDEFINITE_ARTICLES = ("a", "an")

#: The definite article, as a determiner of seasons ("the winter").
DEFINITE_ARTICLE = "the"

#: A weekday followed by the plural suffix is a set ("on Sundays"); the plural possessive is not ("Sundays' games").
PLURAL_SUFFIX = "s"
PLURAL_POSSESSIVE = "s'"

#: Words after a bare season, quarter or half that make it a part of something
#: else ("the fall of Rome", "the third quarter of the match").
NOT_BEFORE_OF = ("of",)

#: A bare quarter ("Q3") is a date only before one of these nouns ("Q3 profit", "Q1 sales fell") or after one of
#: BARE_QUARTER_AFTER ("in Q3", "for Q4"); elsewhere it may be a name ("the Audi Q3").
BARE_QUARTER_NOUNS = (
    "results", "result", "earnings", "profit", "profits", "loss", "losses", "sales", "revenue", "revenues",
    "growth", "gdp", "output", "figures", "numbers", "data", "report", "income", "deliveries", "shipments",
    "margin", "margins", "guidance", "forecast", "turnover",
)
BARE_QUARTER_AFTER = ("in", "for", "during", "of", "by", "since", "through", "until", "throughout", "from", "to")

#: Words besides YEAR_CUES after which "the <season>" is a date ("over the winter").
SEASON_THE_CUES = ("over", "throughout")

#: Seasons that are never dates when bare ("fall" is a verb).
SEASONS_NEVER_BARE = ("fall",)

#: Seasons that are dates when bare only after a YEAR_CUES word or a possessive, except these
#: ("in spring", "their spring", not "to spring a surprise").
SEASONS_BARE_AFTER_CUE = ("spring",)
SEASON_VERB_CUE_EXCLUSIONS = ("to",)

#: Verbs after a bare season that make it the subject, so a date ("but spring shows signs of hope").
SEASON_SUBJECT_VERBS = (
    "is", "was", "has", "had", "will", "would", "could", "may", "might", "brings", "brought", "shows",
    "showed", "saw", "sees", "arrives", "arrived", "begins", "began", "came", "comes", "ends", "ended",
    "returns", "returned", "promises", "looks", "looked", "seems", "seemed",
)

#: Determiners after "the" that make "the next year" a duration ("for the next year", "over the past week").
DURATION_DETERMINERS = ("next", "last", "past", "coming", "upcoming")

#: Relative phrases that are relative to something else when a word follows ("the day before the vote").
RELATIVE_NEEDING_END = ("the day before", "the day after", "the night before", "the evening before")

#: The word that must link a spelled day to a month after it ("the first of May", not "first May").
SPELLED_DAY_LINK = "of"

#: Modal future cues, matched by the FUTURE template's first branch (so left out of its cue list).
FUTURE_MODALS = ("will", "shall", "'ll", "won't", "wo n't")

#: The suffix of regular past-tense verbs.
PAST_SUFFIX = "ed"

#: Agencies (as written) in a dateline without a date ("WASHINGTON (AP) —"); any capitalised word also passes.
DATELINE_AGENCIES = ("AP", "AFP", "Reuters", "ANI", "PTI", "IANS", "UPI", "dpa", "Xinhua", "CNN", "BBC", "Bloomberg")

# ------------------------------------------------------------------ reference values

#: Words whose TIMEX3 value points at the past, the present or the future rather than at a
#: calendar date ("recently" is PAST_REF).  Adverbs need no context.
REFERENCE_ADVERBS = MappingProxyType({
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "currently": "PRESENT_REF", "now": "PRESENT_REF", "right now": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "soon": "FUTURE_REF",
})

#: Adjectives with such a value: one is read only before the noun it qualifies ("the recent
#: downturn", "the current state"), not before a function word or a stop.
REFERENCE_ADJECTIVES = MappingProxyType({"recent": "PAST_REF", "current": "PRESENT_REF"})

#: Noun phrases with such a value (single-spaced; the span leaves out the preposition before it,
#: "in the past" -> "the past", as TimeML does).  One is read only where its phrase ends: before a
#: stop or a REFERENCE_PHRASE_FOLLOWERS word ("the past decade" is not "the past").
REFERENCE_PHRASES = MappingProxyType({
    "the past": "PAST_REF",
    "the present": "PRESENT_REF", "the time being": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
})

#: Words that may follow a REFERENCE_PHRASES phrase ("in the past, ...", "the future is ...").
REFERENCE_PHRASE_FOLLOWERS = (
    "and", "or", "but", "because", "as", "so", "while", "if", "though", "although", "yet", "than",
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "may", "might",
    "in", "at", "for", "with", "by", "to", "on", "from", "into",
)

#: Words before a reference word that make it something else ("the most recent model": the
#: latest one; "as soon as": a conjunction; "electric current": a noun).
REFERENCE_NOT_AFTER = MappingProxyType({
    "recent": ("most", "more", "less", "least"),
    "current": ("electric", "electrical", "alternating", "direct", "ocean", "rip", "jet", "strong", "tidal"),
    "soon": ("as",),
    "now": ("from", "every"),  # "three Fridays from now": a count this grammar does not read; "every now and then"
})

#: Words after a reference word that make it something else ("now that": a conjunction; "soon
#: after the launch": relative to an event; "current account": a term).
REFERENCE_NOT_BEFORE = MappingProxyType({
    "now": ("that",),
    "soon": ("as", "after", "before", "afterwards", "afterward", "thereafter", "enough"),
    "current": ("account", "accounts"),
})

# ------------------------------------------------------------------ the day a text is about

#: "the day", "that day": the day mentioned last (a date or "yesterday").  The value says whether
#: the determiner may stand for the reference day when no day was mentioned before: "For the day,
#: the index closed down 6%" is the reference day; "that day" with nothing before it is not read.
DAY_ANAPHORA_DETERMINERS = MappingProxyType({"the": True, "that": False})
#: Words between the determiner and "day" that keep the reading ("that same day", "the very day").
DAY_ANAPHORA_INSERTS = ("same", "very")

#: "a second consecutive day", "a third straight day", "the fourth day running": the day the
#: text is about (the day mentioned last, else the reference day).
CONSECUTIVE_WORDS = ("consecutive", "straight", "successive")
CONSECUTIVE_AFTER = ("running", "in a row")

#: Words after "the day" that make it the day of something else ("the day of the vote", "the day
#: he resigned", "the day before the summit"); a capitalised word after it also does.
DAY_CLAUSE_WORDS = (
    "of", "when", "that", "which", "where", "on", "before", "after", "to", "he", "she", "it", "they",
    "we", "i", "you", "the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "these",
    "those", "there", "one", "some", "and", "or",
)

#: Words before "the day" that make it an idiom or a measure ("saved the day", "two years to the day").
DAY_IDIOM_WORDS = ("save", "saved", "saves", "saving", "carry", "carried", "carries", "win", "won",
                   "wins", "seize", "seized", "seizes", "make", "made", "makes", "to", "per", "a")

#: Before "of the day", the words that keep the day ("the start of the day"); any other noun
#: before "of" makes it a title ("the question of the day").
DAY_PARTS_BEFORE_OF = ("start", "beginning", "end", "middle", "close", "rest", "remainder", "course", "half")
DAY_PART_LINK = "of"

#: Possessive endings: "the day's trading" is the day itself.
POSSESSIVE_SUFFIXES = ("'s", "’s")

# ------------------------------------------------------------------ the same unit a year before

#: "the same month a year ago": the unit of the last such mention, moved by the phrase after it
#: ("P", a period: the last mention finer than a year, whatever its unit).
SAME_UNITS = MappingProxyType({"day": "D", "week": "W", "month": "M", "quarter": "Q", "period": "P"})

#: Phrases after "the same <unit>" and the years they move it by.
YEAR_SHIFTS = MappingProxyType({
    "a year ago": -1, "a year earlier": -1, "a year before": -1, "last year": -1, "the previous year": -1,
    "the prior year": -1, "the year before": -1, "of last year": -1, "of the previous year": -1,
    "a year later": 1, "next year": 1, "the following year": 1, "the next year": 1,
})

# ------------------------------------------------------------------ counted from the last date

#: "two days later", "a year earlier": counted from the date mentioned last, in the unit's grain.
LATER_WORDS = MappingProxyType({"later": 1, "earlier": -1, "afterwards": 1, "afterward": 1, "after": 1, "before": -1})
#: Of those, the words that need nothing after them ("three days after" the vote is another anchor).
LATER_NEEDING_END = ("after", "before")
#: Words after such a count that make it a comparison, not a date ("three days later than planned").
LATER_NOT_BEFORE = ("than",)

# ------------------------------------------------------------------ triggers

#: Lower-case strings one of which must occur in a text for a form to be worth scanning for.
AGO_TRIGGERS = ("ago", "hence", " now", "today", "tomorrow", "yesterday", " time")
QUARTER_TRIGGERS = ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2")
SAME_UNIT_TRIGGERS = ("same",)
LATER_TRIGGERS = ("later", "earlier", "afterward", "after", "before")
DECADE_TRIGGERS = ("0s", "0's", "0\u2019s")

# ------------------------------------------------------------------ notes

#: Sentences that explain a reference date (``Reference.note``), as ``str.format`` templates.
NOTES = MappingProxyType({
    "label": "{month} {day}",
    "weekday_year": "The year {year} was inferred: {label} falls on a {weekday} in {year} and {source} says {weekday}.",
    "source_dateline": "the dateline",
    "source_text": "the text",
    "year_unknown": ("The dateline gives {label} without a year and no published date was given; "
                     "no weekday in the text fixes the year, so it is unknown."),
    "no_date": "The dateline gives no date and no published date was given, so relative dates are unresolved.",
})

# ------------------------------------------------------------------ pattern templates

#: A day number, with an optional ordinal suffix ("28", "28th").
DAY_NUMBER = r"(?<!\d)[0-3]?\d(?!\d)(?:st|nd|rd|th|ST|ND|RD|TH)?(?![\w%])"

#: Between the two days of a range ("July 27-28", "the 3rd to the 6th").
RANGE = r"{s}*(?:-|–|—|(?i:to|through|thru|till|until)|and|&){s}*(?:the{s}+)?"

#: A weekday before a written date ("Friday, July 28", "Fri the 28th").
WEEKDAY_PREFIX = r"(?:(?P<wd>{weekday_any}){s}*,?{s}+(?:the{s}+)?)?"

#: "Friday, July 28, 2023", "July 27-28", "March 01 , 2008"
MONTH_DAY = r"\b{wd_prefix}(?P<mon>{month}){s}*(?:the{s}+)?(?P<d1>{day})(?:{range}(?P<d2>{day}))?{year_tail}"

#: The joiners of two days after which the second may be a count of a new clause ("since Aug. 21 and 23 were
#: missing"; ``numbers_en.COUNT_AFTER_DAY`` says when); "July 27-28 were hot" is a range whatever follows.
COUNT_DAY_JOINERS = frozenset({"and", "&"})

#: "28 July 2023", "the 27th of July", "27-28 July"
DAY_MONTH = (
    r"(?<![\w/.$£€¥#-])(?<![$£€¥]{s}){wd_prefix}(?:the{s}+)?(?P<d1>{day})(?:{range}(?P<d2>{day}))?"
    r"{s}*(?:of{s}+)?(?P<mon>{month}){year_tail}"
)

#: "May 2019", "October of 2010"
MONTH_YEAR = r"\b(?P<mon>{month}){s}*,?{s}*(?:of{s}+)?(?P<y>{year})"

#: "October of next year", "June this year" ("of": the year phrase is a mention of its own, as in TimeML)
MONTH_RELATIVE_YEAR = (
    r"\b(?P<mon>{month_full}){s}+(?:(?P<of>of){s}+)?(?P<det>(?i:last|this|next|the{s}+previous|the{s}+following)){s}+(?i:year)\b"
)

#: "in May" (a full month name; its context is checked in code)
MONTH_ALONE = r"\b(?:(?P<det>(?i:this|last|next)){s}+)?(?P<mon>{month_full})\b"

#: "the 1990s", "the '90s"
DECADE = r"(?<!\w)(?:(?i:the){s}+)?(?:(?P<dec>1[0-9]\d0|20\d0)|['’](?P<dec2>\d0))['’]?s\b"

#: "last Friday", "Friday", "this coming Friday"
WEEKDAY = r"\b(?:(?P<det>(?i:last|next|this{s}+(?:coming|past)|this|coming|past)){s}+)?(?P<wd>{weekday_full})\b"

#: "last week", "the previous year", "this weekend", "the weekend", "the end of the year", "the week before
#: last" (not "the week before last year's vote", nor before a name: "the week before last Friday")
RELATIVE_UNIT = (
    r"\b(?i:the{s}+(?P<unit4>week|month|year|weekend){s}+(?P<beyond>before{s}+last|after{s}+next)"
    r"(?![\w'’-]|{s}+(?:(?i:week|month|year|weekend|night|season|time|quarter|decade)\b|(?-i:[A-Z0-9])))"
    r"|(?P<the1>the{s}+)?(?P<det>{unit_dets}){s}+(?P<unit>{units})|(?P<the>the){s}+(?P<unit2>weekend)"
    r"|(?P<part>(?:the{s}+)?(?:beginning|start|end|middle|close){s}+of{s}+)the{s}+(?P<unit3>year|month|week))\b(?!-)"
)

#: Words after "the week" that put it two units away: "the week before last", "the month after next".
BEYOND_OFFSETS = MappingProxyType({"before": -2, "after": 2})

#: "two days ago", "a year ago", "three weeks from tomorrow", "a fortnight ago", "in two weeks' time" (counted
#: forward from the reference)
AGO = (
    r"\b(?i:(?P<n>\d{1,3}|{number_words}){s}+(?P<unit>{ago_units})s?{s}+"
    r"(?P<dir>ago|hence|from{s}+now|(?:from|after|before){s}+(?:today|tomorrow|yesterday)))\b"
    r"|\b(?i:in{s}+(?P<n2>\d{1,3}|{number_words}){s}+(?P<unit2>{ago_units})(?:s['’]|['’]s){s}+time)\b"
)

#: "the first quarter of 2009", "the second half of last year", "Q3 2022", "Q3 profit" (a bare quarter: read as
#: "the third quarter")
QUARTER = (
    r"\b(?i:(?P<the>the{s}+)?(?P<ord>{ordinals})(?P<sep>(?:{s}|-)+)(?P<part>{year_parts})\b)(?:(?i:(?:{s}*,?{s}*of)?{s}+)"
    r"(?:(?P<y>{year})|(?i:(?P<det>last|this|next|the{s}+previous|the{s}+current|the{s}+following){s}+year)))?"
    r"|\b(?P<qh>[QH])(?P<qn>[1-4]){s}*(?P<y2>{year})"
    r"|\b(?P<qb>Q)(?P<qbn>[1-4])\b(?![-/.'’]\w)"
)

#: "this summer", "spring 2009", "the summer of 2008"
SEASON = (
    r"\b(?i:(?:(?P<det>last|this|next|current|the{s}+previous|the{s}+following|the{s}+current|the){s}+)?(?P<s>{seasons}))"
    r"(?:{s}+(?i:of{s}+)?(?P<y>{year}))?\b"
)

#: The month after "the last Friday of": "June", "March 2024", "next month", or a year alone.
MONTH_SPEC = (
    r"(?:(?P<mon>{month})(?:{s}*,?{s}*(?:of{s}+)?(?P<y>{year}))?"
    r"|(?i:(?P<rel>(?:(?:the{s}+)?(?:this|next|last|previous|following|current|coming){s}+|the{s}+)month))\b"
    r"|(?P<yonly>{year}))"
)

#: "the last Friday of October", "the first day of March 2024", "the last week of March"
IN_MONTH = (
    r"\b(?i:(?:the{s}+)?(?P<ord>{ordinals_in_month}){s}+)(?:(?P<wd>{weekday_full})|(?i:(?P<unit>{in_month_units})))"
    r"{s}+(?i:of|in){s}+{month_spec}"
)

#: "Wednesday of next week", "Monday last week", "Friday after next", "last week's Sunday"
WEEKDAY_OF_WEEK = (
    r"\b(?P<wd>{weekday_full})(?:{s}+of)?{s}+(?i:(?P<det>this|next|last|the{s}+following|the{s}+previous|coming){s}+week)\b(?![-'’])"
    r"|\b(?P<wd2>{weekday_full}){s}+(?i:after{s}+next)\b"
    r"|\b(?i:(?P<det2>this|next|last){s}+week(?:['’]s|{s}*,?{s}+on|{s}*,)?){s}+(?P<wd3>{weekday_full})\b"
)

#: "Tuesday the 19th", "Sunday 3rd": a weekday and a day of the month
WEEKDAY_DAY = (
    r"\b(?P<wd>{weekday_full}){s}*,?{s}+(?P<the>the{s}+)?"
    r"(?:(?P<d>(?<!\d)[0-3]?\d)(?P<suf>st|nd|rd|th)?(?![\w%:])|(?P<dw>{ordinal_day_word}))"
)

#: Before a day: "the week of July 10" is the week that holds the day.
WEEK_OF_BEFORE = r"\b(?i:(?:the{s}+)?week{s}+(?:of|beginning|commencing|starting(?:{s}+on)?|ending)){s}+\Z"

#: Before a date: a modifier the mention is widened over ("early May", "mid-July", "the end of the year").
MODIFIER_BEFORE = (
    r"(?i:\b(?:(?:early|late|earlier|later)(?:{s}+on)?|overnight(?:{s}+on)?|mid|{modifier_phrases}){s}*-?{s}*)\Z"
)

#: Future cues: a modal and what follows it, "scheduled"/"slated"/"planned", and the other FUTURE_CUES.
FUTURE = (
    r"(?i)(?:\b(?:will|shall|won't|wo\s+n't)|'ll)(?:\s+(?:{future_fillers})){0,3}(?:\s+[a-z]+)?"
    r"|\b(?:has|have|had|is|are|was|were)?\s*(?:been\s+)?(?:scheduled|slated|planned)\b"
    r"|\b(?:{future_cues})\b"
)

#: Past cues: PAST_CUES and regular "-ed" forms.
PAST = r"(?i)\b(?:{past_cues}|[a-z]{2,}ed)\b"

#: Labels that may open a dateline line before its date ("Published: 14 March 2024", "Last updated on
#: March 3, 2024"), matched in any case.
DATELINE_LABELS = (
    "posted", "published", "updated", "modified", "last updated", "last modified", "first published",
    "originally published", "date", "dated",
)

#: Before a dateline's date: a label ("Posted:", "Last updated on"), a clock time ("10:02 GMT,",
#: "10:02 AM ET,"), and a place with an agency ("PARIS (AFP),", "NAIROBI, Kenya,"); each optional.
DATELINE_PREFIX = (
    r"\A[ \t]*(?:(?i:{dateline_labels}){s}*:?(?:{s}+(?i:on))?{s}*:?{s}*)?"
    r"(?:{clock}{s}*,?{s}*)?"
    r"(?:[A-Z][^\n,:;()\[\]]{0,40}?(?:\s*\[[^\]\n]{0,40}\])?(?:{s}*\([^)\n]{1,40}\))?\s*,\s*"
    r"(?:[A-Z][^\n,:;()]{0,30}?\s*,\s*)?)?\Z"
)

#: After a dateline's date: a clock time ("10.02 GMT", "at 10:02 a.m. EDT", "T10:00:00Z"), an agency,
#: then the end of the line or a separator.
DATELINE_SUFFIX = r"\A(?:(?:{s}*,|{s}+(?i:at)|{s}*[-–—|]|T)?{s}*{clock})?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[:,|]|[-–—]|\Z|\n)"

#: A clock time in a dateline: "10:02", "10.02 GMT", "10:02 a.m. EDT", "10:00:00Z", "10:02 +0530".
DATELINE_CLOCK = (
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?:{s}*(?i:[ap]\.?m\.?))?"
    r"(?:{s}*(?:Z|[A-Z]{2,5}\b|[+-]\d\d:?\d\d))?"
)

#: A dateline without a date: "WASHINGTON (AP) —", "Moscow [Russia] (ANI):".
DATELINE_WITHOUT_DATE = (
    r"\A[ \t]*[A-Z][A-Za-z .,'’\[\]-]{1,60}?\s*\((?:{agencies}|[A-Z][A-Za-z]{1,12})\)\s*(?:[:|]|[-–—]+)"
)

#: "recently", "the recent downturn", "in the past": TIMEX3 reference values (their context is checked in code)
REFERENCE_VALUE = r"(?<![\w-])(?i:{reference_words})(?![\w-])"

#: "the day", "that same day", "a second consecutive day", "the third day running"
DAY_ANAPHORA = (
    r"\b(?i:(?P<det>{day_determiners})(?:{s}+(?P<ins>{day_inserts}))?"
    r"|(?P<art>a|the){s}+(?P<ord>{consecutive_ordinals})(?:{s}+(?P<cons>{consecutive_words}))?){s}+"
    r"day(?:{s}+(?P<after>(?i:{consecutive_after})))?(?![\w-])"
)

#: "the same month a year ago", "the same quarter of 2008", "the same period last year"
SAME_UNIT = (
    r"\b(?i:the{s}+same{s}+(?P<unit>{same_units}){s}+(?:(?:of|in){s}+(?P<y>{year})|(?P<shift>{year_shifts})))\b"
)

#: "two days later", "a year earlier", "three weeks after"
LATER = r"\b(?i:(?P<n>\d{1,3}|{number_words}){s}+(?P<unit>{ago_units})s?{s}+(?P<dir>{later_words}))\b(?!-)"

