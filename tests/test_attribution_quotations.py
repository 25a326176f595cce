"""Quotations and colon-introduced blocks: who speaks inside direct speech.

Every sentence here is written for this file, each form in at least three wordings on different
topics, with negative cases beside the positive ones.  A row is ``(id, text, figure, speaker)``:
``speaker`` is the expected speaker's name, or ``None`` when the figure is the narrator's own.
Known failures are marked ``xfail(strict=True)`` so that a fix shows up.
"""
from test_attribution_corpus import _check, _rows

# ------------------------------------------------------------------ a cue inside a quotation
# "The engineers told us 40 pumps failed": the quoted speaker relays someone else, but only in that
# sentence; the next sentences of the quotation are the quoted speaker's own again.
INNER_CUES = [
    ("inner-cue-own-sentence-flood",
     "“The engineers told us that 40 pumps had failed. We still need 12 trucks,” said Mayor Ines Varga.",
     "40", "engineers"),
    ("inner-cue-next-sentence-flood",
     "“The engineers told us that 40 pumps had failed. We still need 12 trucks,” said Mayor Ines Varga.",
     "12", "Ines Varga"),
    ("inner-cue-own-sentence-budget",
     "“The auditors said the city owed $3 million. I will cut 200 jobs before I raise taxes,” Governor Paul Hext said.",
     "$3 million", "auditors"),
    ("inner-cue-next-sentence-budget",
     "“The auditors said the city owed $3 million. I will cut 200 jobs before I raise taxes,” Governor Paul Hext said.",
     "200", "Paul Hext"),
    ("inner-cue-next-sentence-campaign",
     "“My rivals said I had lost support. We opened 15 new offices this month,” campaign manager Mara Lind said.",
     "15", "Mara Lind"),
    ("inner-cue-next-paragraph-business",
     "Chief executive Omar Patel spoke at length on Monday.\n\n"
     "“When the bank called, they told me the loan was gone. I had to let people go.\n\n"
     "“Now we employ 340 workers again, and sales are up,” he said.",
     "340", "Omar Patel"),
]


@_rows(INNER_CUES)
def test_inner_cue(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "Name: “quote”"
# A roundup or live-blog form: a speaker's name, a colon, then what they said in quotation marks.
COLON_NAMES = [
    ("colon-name-economy",
     "Prices keep climbing - Ann Hale: “Rents in the city rose 12 percent over the past year.”",
     "12 percent", "Ann Hale"),
    ("colon-name-two-speakers-election",
     "Turnout was the story - Mara Lind and Tom Roe: “We saw 58,000 voters before noon.”",
     "58,000", "Mara Lind and Tom Roe"),
    ("colon-name-initial-disaster",
     "Rebuilding will take years - Ines K. Varga: “The storm destroyed 340 homes along the coast.”",
     "340", "Ines K. Varga"),
    ("colon-name-opens-sentence-business",
     "Omar Patel: “We will hire 250 engineers in the next year.”",
     "250", "Omar Patel"),
    ("colon-name-more-from-known-surname",
     "Economist Ann Hale studied the rents.\n\n"
     "The outlook - More from Hale: “Vacancies fell to 3 percent in the spring.”",
     "3 percent", "Ann Hale"),
    ("colon-name-quote-goes-on-in-its-sentences",
     "Losses mount - Tom Roe: “The harvest came in late. Farmers lost 40 percent of the crop.”",
     "40 percent", "Tom Roe"),
    ("colon-name-unclosed-quote-keeps-paragraph",
     "A long count - Mara Lind: “The tally took three days. There were 1,200 spoiled ballots.",
     "1,200", "Mara Lind"),
    # negatives: a label, a lower-case introduction, a single word never met, a figure before the colon
    ("colon-label-not-a-speaker",
     "Update: “Some 600 people were evacuated overnight.”",
     "Some 600", None),
    ("colon-lowercase-introduction-not-a-name",
     "The warning was blunt: “The river could rise 3 metres by Friday.”",
     "3 metres", None),
    ("colon-single-unknown-word-not-a-name",
     "Ohio: “Some 600 voters were turned away.”",
     "Some 600", None),
    ("colon-name-without-quote-not-a-cue",
     "Ann Hale: the plan costs $40 million, the council said later.",
     "$40 million", "council"),
    ("colon-figure-before-the-name-is-narrators",
     "After 300 workers walked out - Tom Roe: “We have a deal.”",
     "300", None),
]


@_rows(COLON_NAMES)
def test_colon_name(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a quote paragraph after another speaker's
# A quotation in the next paragraph goes on in the voice of the quotation before it, unless a colon
# introduces it: then its own introducer names its voice, even when no rule can read it.
NEXT_PARAGRAPH_QUOTES = [
    ("next-paragraph-quote-goes-on",
     "“We lost power at midnight,” said Mayor Ines Varga.\n\n“By morning, 300 homes were flooded.”",
     "300", "Ines Varga"),
    ("next-paragraph-quote-goes-on-economy",
     "“Orders are back,” said Omar Patel, the chief executive.\n\n“We shipped 9,000 units in May.”",
     "9,000", "Omar Patel"),
    ("next-paragraph-introduced-quote-not-inherited-election",
     "“We expect a close race,” said Mara Lind.\n\nThe other camp - Their pollster: “We lead by 6 points.”",
     "6", None),
    ("next-paragraph-introduced-quote-not-inherited-business",
     "“Our margins held up,” said Omar Patel.\n\nThe critics - The union bulletin: “Some 400 jobs will go.”",
     "Some 400", None),
    ("next-paragraph-introduced-quote-not-inherited-disaster",
     "“The levee held,” said Ines Varga.\n\nDownstream, a different view - Fishermen's league: “We lost 70 boats.”",
     "70", None),
]


@_rows(NEXT_PARAGRAPH_QUOTES)
def test_next_paragraph_quote(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ "X had this to say: “quote”"
# A clause with no verb of saying, closed by a colon before a quotation (or before a block of quoted
# paragraphs): its subject speaks the quotation.
COLON_SUBJECTS = [
    ("colon-subject-warning-disaster",
     "Mayor Ines Varga had a stark warning for residents: “The river could flood 900 homes by Friday.”",
     "900", "Ines Varga"),
    ("colon-subject-this-to-say-economy",
     "A report from the Harbor Institute had this to say about the tax: “Families would pay $1,200 more a year.”",
     "$1,200", "report"),
    ("colon-subject-as-follows-election",
     "The full transcript is as follows:\n\n“We won 14 districts, and we will win more.”",
     "14", "full transcript"),
    ("colon-subject-after-fronted-phrase-business",
     "In a letter to staff, the chief executive had one message: “We will close 35 stores this year.”",
     "35", "chief executive"),
    ("colon-subject-last-clause-election",
     "The governor made the same claim in March, and the Ridge Party hit back: “We doubled our vote to 40 percent.”",
     "40 percent", "Ridge Party"),
    # negatives: a pointer, a lone capitalised opener, a label after a dash, a figure before the colon
    ("colon-pointer-not-a-subject",
     "See the full results below: “Turnout reached 61 percent in the north.”",
     "61 percent", None),
    ("colon-capitalised-opener-not-a-subject",
     "Meanwhile there was this: “Some 500 flights were cancelled.”",
     "Some 500", None),
    ("colon-figure-in-the-clause-is-narrators",
     "After 300 workers walked out, the owner had one answer: “We will not reopen.”",
     "300", None),
]


@_rows(COLON_SUBJECTS)
def test_colon_subject(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a trailing tag after a quotation
# "“...,” says a narrator", "“...,” the senator states.": the voice of an advertisement is a speaker;
# "states" is a cue at the end of a short tag after a closing quote mark, and a noun elsewhere.
QUOTE_TAGS = [
    ("tag-narrator-inverted-economy",
     "“Prices went up. Some 4,000 jobs vanished. It was worse than ever,” says a narrator.",
     "Some 4,000", "narrator"),
    ("tag-narrator-election",
     "“Our town deserves 300 new teachers,” the narrator says in the spot.",
     "300", "narrator"),
    ("tag-announcer-business",
     "“Order now and save $50 on every set,” an announcer says.",
     "$50", "announcer"),
    ("tag-states-after-quote-disaster",
     "“The levee can hold back 9 metres of water,” the county engineer Ines Varga states.",
     "9 metres", "Ines Varga"),
    ("tag-states-after-quote-election",
     "“We carried 31 counties,” campaign chief Mara Lind states.",
     "31", "Mara Lind"),
    ("tag-states-noun-not-a-cue",
     "The senator toured 12 states in May.",
     "12", None),
    ("tag-states-noun-after-quote-not-a-cue",
     "Her slogan, “Jobs first,” played well in 14 states.",
     "14", None),
]


@_rows(QUOTE_TAGS)
def test_quote_tag(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a supposition inside a quotation
# "Let’s say ..." inside a quotation supposes; it names no inner speaker, so the quoted speaker keeps it.
SUPPOSITIONS = [
    ("lets-say-budget", "“Let’s say the deficit reaches $2 billion next year,” the treasurer, Paul Hext, said.",
     "$2 billion", "Paul Hext"),
    ("lets-say-housing", "“Let’s say 400 families move in,” Mayor Ines Varga said.",
     "400", "Ines Varga"),
    ("lets-say-election", "“So let’s say we win 30 seats, what then?” asked party leader Mara Lind.",
     "30", "Mara Lind"),
]


@_rows(SUPPOSITIONS)
def test_supposition(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a partial quotation in a sentence with no cue
# "Hale is pledging to “build 300 homes”": a partial quotation in a sentence whose subject names a person
# and whose verb is no verb of saying is still that person's words.  Not after a copula ("Hale was at the
# “Build 300” rally"), nor for another clause's subject, nor in a title-case headline.
PARTIAL_QUOTES = [
    ("partial-quote-pledging-housing",
     "Mayor Ines Varga is pledging to “build 300 homes before the winter.”",
     "300", "Ines Varga"),
    ("partial-quote-describes-election",
     "Senator Joe Hale describes the race as “a fight for the last 2 percent of voters.”",
     "2 percent", "Joe Hale"),
    ("partial-quote-appositive-business",
     "Omar Patel, the chief executive, reacted coolly to the offer, “a bid that values us at $4 billion less than we are worth.”",
     "$4 billion", "Omar Patel"),
    ("partial-quote-copula-not-a-report",
     "Mara Lind was at the “Save 500 Jobs” rally on Sunday.",
     "500", None),
    ("partial-quote-other-clause-not-the-subject",
     "Tom Roe led the strike, and within weeks the board had offered workers “a 3 percent raise.”",
     "3 percent", None),
    ("partial-quote-title-case-headline",
     "Ann Hale Backs Plan For “Some 900 New Homes” In City.",
     "Some 900", None),
]


@_rows(PARTIAL_QUOTES)
def test_partial_quote(text, figure, speaker):
    _check(text, figure, speaker)


# ------------------------------------------------------------------ a quote paragraph that names the last speaker
# The next quote paragraph goes on in the last quoted voice, unless it names that speaker in the third
# person: people do not call themselves by their surname, so someone else is speaking of them.
NAMES_LAST_SPEAKER = [
    ("names-last-speaker-economy",
     "“Rents will rise,” said economist Ann Hale.\n\n“Hale ignores the 4,000 flats under construction.”",
     "4,000", None),
    ("names-last-speaker-election",
     "“We will win the north,” said Senator Tom Roe.\n\n“Roe has lost 12 races there.”",
     "12", None),
    ("names-last-speaker-disaster",
     "“The dam is safe,” said Mayor Ines Varga.\n\n“Varga has checked only 9 dams.”",
     "9", None),
    ("goes-on-without-naming-the-speaker",
     "“The dam is safe,” said Mayor Ines Varga.\n\n“We have checked 9 dams this year.”",
     "9", "Ines Varga"),
]


@_rows(NAMES_LAST_SPEAKER)
def test_names_last_speaker(text, figure, speaker):
    _check(text, figure, speaker)
