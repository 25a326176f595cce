"""English words for date expressions, as inert data.

Nothing here is compiled or executed: :mod:`claimdiff.dates` builds its
patterns from these tuples and mappings.  Keep every list lower-case unless
the comment says otherwise; the engine adds the capitalised forms it accepts.
"""

#: Full month names (matched capitalised or upper-case only: "march" is a verb).
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)

#: Abbreviations, with the month number.  Only accepted next to a day or a
#: year ("Sept. 5", "Jan 2019"), never alone.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

#: Weekday names, Monday first (index = ``date.weekday()``).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Weekday abbreviations: only accepted in front of a written date ("Fri, July 28").
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}

#: Words before a weekday that make it a name, not a day ("Black Friday").
WEEKDAY_NAME_PREFIXES = ("black", "good", "cyber", "ash", "holy", "super", "maundy", "palm", "easter", "man", "girl")

#: Words before a weekday that make it any such day, not a date ("a Sunday", "every Monday").
WEEKDAY_SET_WORDS = ("a", "an", "every", "each", "any", "some", "one")

#: Words that cannot start the noun a weekday modifies ("a Sunday in ...", not "a Sunday meeting").
FUNCTION_WORDS = ("in", "on", "at", "of", "and", "or", "when", "that", "with", "to", "for", "as",
                  "after", "before", "but", "is", "was", "the", "a", "an", "by", "from")

#: Single words that denote a day relative to the reference date: offset in days.
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
}

#: Phrases (lower-case, single-spaced) for a day relative to the reference date.
RELATIVE_DAY_PHRASES = {
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}

#: Phrases for a day relative to the previous day-date mentioned in the text
#: (or the reference date when the text mentions none before).
RELATIVE_TO_PREVIOUS = {
    "the previous day": -1,
    "the day before": -1,
    "the preceding day": -1,
    "the next day": 1,
    "the following day": 1,
    "the day after": 1,
    "the same day": 0,
}

#: Determiners before week/month/year/weekend/weekday: offset in units.
RELATIVE_DETERMINERS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
}

#: Calendar units that take a relative determiner ("last week").
RELATIVE_UNITS = ("week", "month", "year", "weekend", "quarter", "decade")

#: Units for "<n> <unit>s ago".
AGO_UNITS = ("day", "week", "month", "year", "decade")

#: Number words for "<n> days ago" (digits are read directly).
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "thirty": 30,
}

#: Parts of the day that may follow a day expression ("Friday night").
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "overnight")

#: Modifiers that may precede a date without changing its value at the
#: grain we report ("early May" -> "2023-05", "earlier on Friday" -> Friday).
#: Multi-word entries are single-spaced; the engine allows any whitespace.
MODIFIERS = (
    "early", "earlier", "late", "later", "mid", "overnight",
    "the beginning of", "the start of", "the end of", "the middle of", "the close of",
    "the first half of", "the second half of",
)

#: Ordinals for quarters and halves ("the first quarter of 2009").
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

#: Seasons, with their TIMEX3 code.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

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

#: Prepositions that also introduce counts ("from 2000 to 3000", "of 1800
#: troops"): a bare year after them must not be followed by a word.
WEAK_YEAR_PREPOSITIONS = ("from", "to", "of", "for", "and", "or", "at", "around", "by", "between")

#: Future-tense cues (lower-case regex fragments, matched on word boundaries).
FUTURE_CUES = (
    r"will", r"shall", r"'ll", r"won't", r"wo n't", r"going to", r"is to", r"are to",
    r"set to", r"due to", r"due on", r"due", r"expected to", r"expects to", r"plans? to", r"planned",
    r"scheduled", r"upcoming", r"to be held", r"intends? to", r"aims? to", r"wants? to", r"hopes? to", r"would",
    r"later this", r"next", r"until", r"till", r"deadline",
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
)

#: Words ending in "-ed" that are not past-tense verbs.
NOT_PAST_ED = (
    "need", "needs", "speed", "indeed", "hundred", "proceed", "exceed", "succeed",
    "breed", "seed", "feed", "weed", "red", "bed", "shed", "ted", "ned", "fred", "ahmed",
    "mohammed", "muhammad", "united", "limited", "based",
)

#: Spelled ordinal days of the month ("the first of May", "March third").
ORDINAL_DAYS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}

#: Ordinals that pick a weekday, day or week inside a month ("the last Friday of
#: October", "the first week of March"); -1 is "last".
ORDINAL_IN_MONTH = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}

#: Approximate season starts (month, day), for "this winter" and bare "spring":
#: the year of a season is the year it starts in (winter 2012 = Dec 2012 - Mar 2013).
SEASON_STARTS = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}

#: Words before a bare season that make it a name or a set, not a date
#: ("every spring", "nuclear winter").
SEASON_BLOCKERS = ("every", "each", "a", "an", "one", "per", "any", "some", "nuclear", "arab", "prague", "indian")
