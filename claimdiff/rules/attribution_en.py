"""English for attribution (``claimdiff/attribution.py``): reporting verbs and frames, titles, organisation and outlet heads, entity names. Inert data only."""
from types import MappingProxyType


# ---------------------------------------------------------------- attribution
#: Reporting verbs, by form.  A cue is one of these after (or before) a speaker.
REPORTING_VERBS = frozenset(
    """said says say told tells tell added adds add claimed claims claim reported reports report
    announced announces announce confirmed confirms confirm denied denies deny estimated estimates
    estimate stated states noted notes note wrote writes write tweeted tweets posted posts
    insisted insists warned warns acknowledged acknowledges explained explains declared declares
    revealed reveals disclosed discloses alleged alleges asserted asserts maintained maintains
    stressed stresses emphasised emphasized indicated indicates suggested suggests argued argues
    countered counters contended contends admitted admits conceded concedes recalled recalls
    quoted quotes cited cites put gave give gives informed informs briefed briefs counted counts
    tallied tallies recorded records registered registers listed lists posted publishes published
    showed show shows assured assures repeated repeats reiterated reiterates continued continues
    concluded concludes observed observes remarked remarks replied replies answered answers
    specified specifies clarified clarifies mentioned mentions put spoke speaking asked asks
    wondered cautioned predicted projected forecast calculated logged cite found finds
    suggest indicate reveal puts documented
    argue warn insist predict explain acknowledge contend maintain concede admit stress caution
    pegged pegs placed places
    cautions demurred demurs
    conclude determined determines determine""".split()
)

#: Present-tense cues whose account a following sentence about plans ("will ...") continues.
PRESENT_CUES = frozenset("say says claim claims report reports estimate estimates insist insists".split())

#: Nouns of hearsay: "reports that ..." makes the reports the source of the clause after it.
HEARSAY_NOUNS = frozenset({"reports", "claims", "rumours", "rumors", "suggestions", "allegations"})

#: Verbs that report a figure only when their object is one ("changed it twice", "revised its toll").
FIGURE_EDIT_VERBS = frozenset("changed changes revised revises updated updates corrected corrects lowered lowers raised raises".split())
FIGURE_OBJECTS = frozenset("it its toll tally figure figures number numbers count estimate estimates forecast forecasts projection projections".split())

#: Verbs that introduce a figure only in a fixed frame ("put the toll at", "gave the figure as").
FRAME_VERBS = frozenset("put puts gave gives".split())

#: Lower-case words that never join a compound speaker noun ("election commission" yes, "that commission" no).
NOT_COMPOUND = frozenset(
    """had has have was were is are be been being do does did will would could should may might must
    that which who whom whose what where when why how not no nor than then also only just even very
    said says told added claimed reported""".split()
)

#: Adverbs that may stand between a speaker and the verb ("also said", "later said").
CUE_ADVERBS = frozenset(
    """also later further earlier then again separately previously initially first
    subsequently meanwhile however had has have has_been had_been would will reportedly
    only officially publicly repeatedly since there here too now still just already
    today yesterday tonight though soon""".split()
)

#: Participles after a comma whose speaker is the sentence's subject ("..., saying 38 percent voted").
PARTICIPLE_CUES = frozenset({"saying", "adding", "claiming", "noting", "insisting", "stating", "estimating", "reporting", "arguing", "warning"})

#: Words that make a credit line an image credit, not a source ("(Via Getty Images)").
IMAGE_CREDIT_WORDS = frozenset({"images", "image", "photo", "photos", "pictures", "picture", "getty", "video", "videos", "footage"})

#: Words that make a preceding noun phrase a speaker even without a verb: "according to X".
ACCORDING_TO = ("according to", "as per", "citing", "quoting", "per")

#: Nouns that mark a person by role; a role word is kept apart from the name.
TITLES = frozenset(
    """president vice-president prime minister deputy governor mayor spokesman spokeswoman
    spokesperson official officials officer chief head director secretary commissioner
    ambassador general colonel lieutenant captain major commander sergeant inspector
    superintendent senator representative congressman congresswoman lawmaker legislator mp
    deputy chairman chairwoman chair ceo founder analyst economist professor doctor dr surgeon
    coroner minister king queen prince princess pope bishop archbishop cleric imam rabbi
    leader adviser advisor aide envoy lawyer attorney prosecutor judge sheriff chancellor
    premier councillor councilor administrator manager executive police policeman
    researcher scientist expert journalist reporter correspondent editor witness witnesses
    resident residents rescuer rescuers organiser organizers organisers
    mr mrs ms miss sir dame lord lady prefect magistrate marshal warden ombudsman dean rector
    pathologist medic paramedic nurse pilot mufti governor-general assistant coach trainer
    organizer organiser strategist consultant pollster aide spokespeople activist treasurer auditor
    rep sen gov gen lt col sgt capt supt insp cmdr adm maj prof rev
    columnist commentator author historian writer novelist blogger host anchor presenter pundit biographer
    candidate nominee challenger incumbent lobbyist campaigner""".split()
)

#: Head nouns of organisations.
ORGANISATION_HEADS = frozenset(
    """ministry ministries department agency office service services committee commission
    council government administration authority authorities police army military forces
    force navy ministry-run company corporation group union association federation
    organisation organization institute bureau board court parliament senate assembly
    duma kremlin pentagon embassy party coalition campaign hospital hospitals center centre
    station network committee red crescent cross command headquarters directorate
    inspectorate cabinet secretariat presidency mission fund bank un nato unions parties groups
    agencies ministries governments committees organisations organizations opposition observatory
    coalition alliance brigade brigades insurer insurers operator airline firm utility university
    network regulator guard chamber foundation college
    carmaker automaker retailer lender chipmaker drugmaker brewer pac""".split()
)
#: ... and their plurals ("district councils", "regional committees").
def _plural(word: str) -> str:
    """The plural of a head noun: "company" -> "companies", "agency" -> "agencies", "council" -> "councils"."""
    return word[:-1] + "ies" if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou" else word + "s"


ORGANISATION_HEADS = ORGANISATION_HEADS | frozenset(_plural(word) for word in ORGANISATION_HEADS if not word.endswith("s"))

#: Plural or collective speakers that stay unnamed ("officials said", "local media reported").
UNNAMED_HEADS = frozenset(
    """official officials source sources witness witnesses resident residents rescuer rescuers
    media medics doctors police authorities investigators officers analysts experts observers
    activists organisers organizers organizers' eyewitnesses survivors passengers paramedics responders
    monitors volunteers supporters opponents critics campaigners researchers leaders elders chiefs commanders governors ministers mayors spokespeople representatives
    firefighters staff workers spokesman spokeswoman spokesperson officer person people
    diplomat diplomats lawmaker lawmakers scientists respondents participants
    narrator narrators announcer voice-over voiceover
    militants rebels insurgents fighters gunmen soldiers troops villagers locals farmers fishermen miners
    students teachers nurses parents relatives families neighbours neighbors protesters demonstrators
    economists traders investors dealers employees managers executives pilots guards prosecutors lawyers members
    politicians technologists operatives insiders donors backers bloggers
    """.split()
)
#: ... and the plurals of the titles ("campaign aides", "tech executives", "advisers to the mayor").
UNNAMED_HEADS = UNNAMED_HEADS | frozenset(_plural(title) for title in TITLES if not title.endswith("s"))

#: News outlets and agencies (lower-case); a speaker so named has kind "outlet".
OUTLETS = frozenset(
    """cnn bbc reuters ap afp ani tass ria novosti ria-novosti interfax xinhua al jazeera
    aljazeera dpa efe ansa kyodo yonhap pti ians nhk abc nbc cbs fox msnbc npr pbs sky
    guardian times post journal telegraph independent bloomberg axios politico haaretz
    wion irna isna mehr fars tasnim anadolu sana ukrinform unian itar-tass rt sputnik
    news agency television tv radio newspaper daily channel media outlet broadcaster
    website herald gazette tribune courier chronicle examiner inquirer mirror dispatch bulletin""".split()
)

#: Words that make a capitalised phrase an outlet when they end it ("Chilean media").
OUTLET_HEADS = frozenset("media newspaper television tv radio channel broadcaster outlet outlets press magazine tabloid website blog".split())
#: Words that make an organisation an outlet ("news agency", "press service").
OUTLET_MARKERS = frozenset("news press wire".split())

#: Role words that tell a person's gender, for "he" and "she".
FEMALE_ROLE_WORDS = frozenset("spokeswoman woman chairwoman congresswoman businesswoman queen princess mrs ms miss madam dame lady".split())
MALE_ROLE_WORDS = frozenset("spokesman man chairman congressman businessman king prince mr sir lord".split())
#: Cue words that are nouns before "of" ("the official estimate of 950,000").
NOUN_LIKE_CUES = frozenset("estimate estimates report reports count counts claim claims figure figures tally record records".split())

PRONOUNS_PERSON = MappingProxyType({"he": "male", "she": "female", "him": "male", "her": "female"})
PRONOUNS_GROUP = frozenset({"they", "it"})

#: Words that never start a speaker name even when capitalised (sentence openers etc.).
NOT_NAMES = frozenset(
    """the a an this that these those it its he she they we i you there here however but and
    or so yet also meanwhile earlier later then on in at by of for from with without after
    before during as if when while although though since because according officials
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tonight early initial
    preliminary latest new further unconfirmed other first most some many all no
    shortly recently separately finally previously currently initially eventually ultimately subsequently
    similarly likewise instead""".split()
)

#: Words inside an organisation name that do not distinguish it ("Russian", "Moscow").
ENTITY_NOISE = frozenset(
    """the of s 's a an and for on in at russian russia's ukraine's ukrainian moscow kyiv
    kiev us u.s. american british uk chinese indian national federal state regional local
    country's country""".split()
)

#: Spelling variants merged when comparing entity names.
SPELLING = MappingProxyType({"defense": "defence", "organization": "organisation", "center": "centre"})

#: Outlet-voice passives: "it was reported", "is believed", "reportedly" keep the outlet's voice.
OUTLET_VOICE = ("it was reported", "it is reported", "it is believed", "reportedly", "were reported", "was reported")


# ---------------------------------------------------------------- speaker phrases
#: Determiners dropped from the front of a speaker phrase ("the ministry" -> "ministry").
DETERMINERS = frozenset({"the", "a", "an", "some", "several", "two", "three", "many", "its", "his", "her", "their", "our"})
#: ... except these, which count the speakers and stay ("two officials", "several witnesses").
COUNTING_DETERMINERS = frozenset({"two", "three", "several", "some", "many"})
#: Words that may open a speaker phrase read forward, counting the speakers ("said one senior official", "said another advocate").
COUNTING_OPENERS = frozenset({"one", "another", "two", "three", "several"})
#: Articles: a speaker phrase may open with one.
ARTICLES = frozenset({"the", "a", "an"})
#: Pronouns that stand for a speaker on their own ("he said", "they told").
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
#: ... of which these third-person ones resolve to a speaker named before.
THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "it", "they"})

#: Nouns of documents that give figures: "the Red Cross's figures show", "UN refugee agency data" -> the owner speaks.
FIGURES_WORDS = frozenset({"figures", "data", "statistics", "tally", "count", "records", "estimates", "numbers", "report"})
#: Modifiers of such a document, dropped with it ("the latest figures", "most recent data").
FIGURES_MODIFIERS = frozenset({"most", "latest", "recent", "new", "official", "preliminary"})

#: Lower-case modifiers that may open or sit inside a speaker phrase ("senior UN official", "local media").
SPEAKER_MODIFIERS = frozenset(
    """senior junior top local regional provincial district city state federal national foreign
    interior health defence defense emergency emergencies civil deputy assistant acting former
    chief senior-ranking high-ranking unnamed anonymous military police security government
    hospital rescue fire medical russian ukrainian american british chinese indian iranian
    israeli palestinian syrian turkish french german japanese spanish chilean other some two
    three several many news wire semi-official official state-run state-owned eastern western northern
    southern central opposition rebel ruling separatist independent other latest most recent new
    preliminary""".split()
)
#: Endings of capitalised adjectives that describe rather than name ("the London-based observatory").
DESCRIPTIVE_SUFFIXES = ("-based", "-led", "-backed", "-run", "-owned", "-funded", "-affiliated")
#: Lower-case words that may sit inside a name ("Ministry of Health", "Abu Bakr al-Baghdadi", "Ludwig van Beethoven").
NAMEISH_CONNECTORS = frozenset({"of", "for", "the", "and", "de", "al", "el", "bin", "van", "von", "der", "da", "du", "la", "le", "on"})
#: Prepositions that join a head to its complement ("the mayor of Derna", "a lawmaker from Qom").
HEAD_CONNECTORS = frozenset({"of", "from", "in", "for", "at", "with", "to"})
#: Collective heads that a definite description does not resolve to one entity ("officials", "local media").
COLLECTIVE_HEADS = frozenset({"officials", "sources", "witnesses", "residents", "media"})
#: Relative pronouns of a short relative clause between speaker and verb ("passengers who survived had said").
RELATIVE_PRONOUNS = frozenset({"who", "which", "whose"})
#: Prepositions of a time phrase between speaker and verb ("X on Friday said").
TIME_PREPOSITIONS = frozenset({"on"})
#: The frame of an alias in an appositive: "..., known as OCHA, said".
ALIAS_FRAME = ("known", "as")
#: Words dropped from an alias ("also known as the White Helmets").
ALIAS_DROPPED = frozenset({"the"})
#: A word after the verb that sends the speaker back to the place just named ("authorities there confirmed").
THERE = "there"
#: Words skipped when read as a negation between speaker and verb ("did not say").
NEGATIONS = frozenset({"not", "never"})
#: Adverb ending: a lower-case word so ending may stand between a speaker and the verb ("earlier", "reportedly").
ADVERB_SUFFIX = "ly"

# ---------------------------------------------------------------- frames
#: Two-word frames whose source follows: "according to X", "as per X".
SOURCE_FOLLOWS = (("according", "to"), ("as", "per"))
#: Participles after which a cited source follows: "..., citing X", "..., quoting X".
CITING = frozenset({"citing", "quoting"})
#: "X's statement cited by RIA": the outlet after "cited by" relays the speaker before.
CITED_BY = ("cited", "by")
#: The agent after a participle: "the 52 announced by the commission".
AGENT_PREPOSITION = "by"
#: Prepositions that, after a reporting participle that opens a sentence with "As", name the body the report
#: comes from, as translated copy often has it: "As reported in the health ministry, ...", "As stated at the
#: regional administration, ..." (a source of a kind claimdiff knows: an organisation, outlet or document).
AS_SOURCE_PREPOSITIONS = frozenset({"in", "at"})
#: Speaker kinds that such a phrase may name.
AS_SOURCE_KINDS = frozenset({"organisation", "outlet", "document"})
#: Auxiliaries of a passive: "were reported" keeps the outlet's voice.
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "be"})
#: The finite ones, in "X was quoted as saying", "X is reported to have said".
FINITE_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are"})
#: Verbs of "X was quoted as saying" / "X is reported to have said", and what follows them.
REPORTED_SPEECH_PASSIVES = frozenset({"quoted", "cited", "reported", "said"})
REPORTED_SPEECH_TAILS = (("as", "saying"), ("to", "have"))
#: Verbs of "X quoted Y (as saying)", "X reported Y as saying": Y speaks, X relays.
RELAY_VERBS = frozenset({"quoted", "quotes", "quote", "reported", "reports", "cited", "cites"})
#: ... of which these relay without "as saying" ("Reuters quoted the coast guard").
QUOTE_VERBS = frozenset({"quoted", "quotes", "quote"})
#: "X reported Y as saying": the word that opens the participle.
AS = "as"
#: Words that make a hearsay noun a description, not the source ("the reports that").
HEARSAY_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
#: The complementiser after a hearsay noun ("reports that ...").
THAT = "that"
#: "show" is a cue only after a document: "figures show 12", not "a video shows 30".
SHOW_VERBS = frozenset({"show", "shows", "showed", "shown"})
#: Verbs whose object after them is an addressee ("X told TASS": TASS relays X).
TELL_VERBS = frozenset({"told", "tells", "tell"})
#: Words before a cue word that make it a noun ("the report", "its estimate").
NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose", "to"})
#: Cue words that are nouns after a preposition or a conjunction ("in reports", "with no claim").
NOUN_OR_VERB_CUES = frozenset(
    "report reports note notes state states count counts records lists show shows put gave give gives estimate estimates vote posts claims claim cites quotes cautions demurred demurs".split()
)
NOUN_CUE_PRECEDERS = frozenset({"of", "in", "for", "with", "and", "by", "no"})
#: The preposition after a noun-like cue ("the official estimate of 950,000").
OF = "of"
#: Words that skip a document to its source: "a statement from", "figures by", "a count by".
DOCUMENT_SOURCE_PREPOSITIONS = frozenset({"from", "by", "of"})
#: Sentence openers that carry on the previous sentence's speaker ("And ...", "Also ...").
CONTINUATION_OPENERS = frozenset({"and", "also", "moreover", "furthermore", "additionally"})
#: Modal words of a reported plan ("will", "would"), which carry a present-tense cue on.
PLAN_WORDS = frozenset({"will", "would"})
#: The word of an aggregator's credit line: "(Via Al Jazeera)".
CREDIT_WORD = "via"
#: Conjunctions of a contrastive turn (", while", ", but"): a trailing "according to X" after one governs its clause.
TURN_WORDS = ("while", "but", "whereas", "although", "though")
#: Conjunctions of a clause boundary a cue does not reach across (", whereas").
BOUNDARY_WORDS = ("whereas",)
#: Titles that do not open a registered name ("Police Lena Ortiz" is not a person with a title).
NOT_NAME_TITLES = frozenset({"police"})
#: Titles whose plural form ends in "s" but are singular ("witness", "press").
SINGULAR_S_TITLES = frozenset({"witness", "press"})
#: Coordinators of a signed post or list of names ("Al Jazeera and Reuters").
AND = "and"
#: Prepositions inside an organisation's name ("Ministry of Health", "Office for Migration").
NAME_OF = frozenset({"of", "for"})
#: The one article a capitalised name may hold inside it ("Office of The Ombudsman").
NAME_ARTICLE = "the"

# ---------------------------------------------------------------- scope of a cue
#: Participle endings ("Asked about it,", "adding that").
PARTICIPLE_SUFFIXES = ("ed", "ing")
#: Prepositions that open an adjunct after a cue ("said in a statement", "told reporters at a rally").
ADJUNCT_PREPOSITIONS = frozenset("in on at during after before from with via through near outside inside".split())
#: How far after a cue an adjunct is read (words).
ADJUNCT_MAX_WORDS = 12
#: Time words that may follow a cue ("said Thursday", "told reporters Monday night").
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    afternoon evening night week month year earlier later last recently""".split()
)
#: Words after ", X said," that open the narrator's adjunct, not more of what was said.
NARRATOR_OPENERS = frozenset(
    """as while when whenever after before where who whom whose which since because although though
    until once despite amid during according""".split()
)
#: Words in -ing that are prepositions, not the speaker's participle ("During the storm, ...").
PREPOSITION_PARTICIPLES = frozenset(
    "during including following regarding concerning considering excluding according beginning starting notwithstanding pending barring".split()
)
#: An introductory adverbial before a leading cue's subject is at most this many words ("On Monday,").
INTRO_MAX_WORDS = 6
#: Words that open an introductory adverbial ("In a statement, the ministry said ...").
INTRO_OPENERS = frozenset(
    """in on at after before during since by from for with without under over amid despite following
    asked speaking responding writing last this next earlier later meanwhile separately still yet""".split()
)
#: Addressees of "told" that are not capitalised names ("told reporters 5 died").
ADDRESSEES = frozenset("reporters journalists lawmakers supporters investors students delegates voters members staff employees residents viewers listeners audiences crowds congress parliament".split())
#: Openers of a fronted phrase that belongs to what the speaker reports ("With 41 deaths, the province reported ...").
TOPIC_OPENERS = frozenset({"with"})

# ---------------------------------------------------------------- documents as sources
#: Documents that can be the source of a figure ("the poll showed", "according to FEC records").
DOCUMENT_NOUNS = frozenset(
    """poll polls polling survey surveys study studies report reports data results records figures
    analysis analyses estimate estimates census numbers statistics research paper tally tallies count
    counts filings filing documents audit review tracker average averages projections forecast returns
    law laws statute memo letter transcript lawsuit complaint indictment files footage
    book books memoir memoirs autobiography biography document declaration declarations affidavit calculations calculation sheet
    investigation investigations inquiry probe assessment assessments ranking rankings tabulation evaluation
    email emails e-mail e-mails ledger ledgers invoice invoices receipts spreadsheet spreadsheets""".split()
)
#: ... of which these are a source after "in" ("in a CNN/ORC poll", "in the survey", "in FEC filings").
IN_DOCUMENT_NOUNS = frozenset(
    "poll polls survey surveys study studies report reports analysis census audit review tally filing filings records documents data results average averages".split()
)
#: The preposition of that frame.
IN = "in"
#: Verbs of what a text says, read as a cue only before a quotation ("The letter reads: “...”", "a sign reading “...”").
READING_VERBS = frozenset({"read", "reads", "reading"})
#: The kinds of subject that speak through such a text: a text or its maker ("the sign", "the statement from the union"),
#: and, before a colon only, whoever reads it out ("The mayor read: “...”").
TEXT_SPEAKER_KINDS = frozenset({"document", "organisation", "outlet"})
READING_SPEAKER_KINDS = TEXT_SPEAKER_KINDS | {"unnamed", "person"}
#: Things that bear a text, which "read" before a quotation ("the sign read “...”", "a banner that read “...”").
TEXT_BEARING_NOUNS = frozenset(
    """sign signs banner banners placard placards poster posters headline headlines caption billboard billboards plaque
    inscription notice message text tweet post note label slogan flyer leaflet ad advertisement""".split()
)
#: How many lower-case words may describe such a thing before it ("a hand-painted cardboard sign").
TEXT_BEARER_WORDS = 3
#: How many words the subject of a relative clause without its pronoun may have after a document noun, before the
#: verb that made the document public ("according to a fact sheet the state's lawmakers released").
RELATIVE_SUBJECT_WORDS = 4
#: Verbs of that clause whose subject made or keeps figures and speaks for them, as the owner of "the ministry's figures"
#: does ("figures the ministry issued", "records the city keeps" -> the ministry, the city); after others ("a memo the
#: paper obtained"), and for a document that is no figures of its own ("a fact sheet the county released"), the document is the source.
DOCUMENT_MAKING_VERBS = frozenset("released published issued compiled conducted prepared produced filed keeps kept maintains".split())
#: Words that place a document among others of its kind, after an article ("In the first Harbor poll, ...", "In an
#: earlier survey, ..."), read in that frame like "latest" and "new" (:data:`FIGURES_MODIFIERS`).
DOCUMENT_ORDER_MODIFIERS = frozenset({"first", "earlier", "previous", "last", "final", "initial", "early"})
#: How many words may stand between "in" and the document noun ("In an early-October CBS News poll").
DOCUMENT_PHRASE_WORDS = 8
#: Marks that may stand inside a document's name ("Reuters/Ipsos", "Shaw & Company", "AP-GfK").
NAME_MARKS = frozenset({"/", "&", "-", "'", "\u2019"})
#: Participles that continue a document phrase ("a poll released Monday", "a survey conducted by ...").
DOCUMENT_PARTICIPLES = frozenset("released published conducted taken compiled obtained issued out commissioned".split())
#: Conjunctions after a comma that open a main clause of the narrator's after what a cue reports (", but").
NARRATOR_TURNS = frozenset({"but"})
#: Possessive determiners: "their own survey" is the survey of the speaker just named.
POSSESSIVE_DETERMINERS = frozenset({"their", "its", "his", "her", "our"})
#: How far back an appositive between commas is read (words), and how long a role in one may be.
APPOSITIVE_MAX_WORDS = 24
ROLE_MAX_WORDS = 14
#: Verbs that are cues only with their particle ("pointed out that", "pointed to the 9 times").
PHRASAL_CUES = MappingProxyType({"pointed": frozenset({"out", "to"}), "points": frozenset({"out", "to"}), "point": frozenset({"out", "to"})})
#: Cue words that report only before "that" or a colon ("the report states that ..."; not "in 4 Super Tuesday states").
CUES_BEFORE_THAT = frozenset({"states", "state"})
#: Verbs that report a figure only when their object is one ("gave the toll as 45", "put the figure at 12"; not "gave $500,000").
FIGURE_FRAME_VERBS = frozenset("put puts gave give gives pegged pegs placed places".split())
#: How many words after such a verb its figure object may come ("put the officially registered death toll at").
FIGURE_OBJECT_REACH = 5

# ---------------------------------------------------------------- a plain subject noun phrase
#: How many words a plain subject read without a known head may have ("the billionaire real estate magnate").
SUBJECT_MAX_WORDS = 6
#: Determiners that may open such a subject, beside DETERMINERS ("these critics", "both campaigns").
SUBJECT_DETERMINERS = frozenset("this that these those my your each every both all most other another any one".split())
#: Words that end a clause before a subject ("..., and the candidate said", "because voters say").
CLAUSE_OPENERS = frozenset("and but or so because while whereas although though when as if since after before that".split())
#: Heads that are no speaker: interrogatives, quantities, times ("Who told you", "Hours later", "percent who").
NOT_SUBJECT_HEADS = frozenset(
    """who what which whom whose where when why how percent percentage points point time times hours
    hour days day weeks week months month years year minutes part half majority share number rest
    most some many all none both each either neither me him us them you it
    information news word evidence indications signs""".split()
)
#: Number words: a subject that counts people ("two in three said") is no source.
COUNT_WORDS = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands millions half third quarter".split())
#: Cue words that report only when they close what was said ("'...,' he continued.").
CUES_ONLY_CLOSING = frozenset({"continued", "continues"})
#: Particles after a cue word that make it no cue ("add up to").
PARTICLES_NOT_CUES = MappingProxyType({"add": frozenset({"up"}), "adds": frozenset({"up"}), "added": frozenset({"up"})})
#: Prepositions of a figure frame: "put his net worth at $45 billion", "gave the figure as 45".
FRAME_PREPOSITIONS = frozenset({"at", "as"})
#: Verbs of saying proper: only these make a noun phrase with no known head a source ("the candidate argued").
SPEECH_VERBS = frozenset(
    """said says say told tells tell added adds argued argues noted notes insisted insists explained explains
    wrote writes acknowledged acknowledges admitted admits conceded concedes warned warns claimed claims
    stressed stresses suggested suggests recalled recalls replied replies asked asks announced announces
    estimated estimates predicted predicts confirmed confirms denied denies reported reports contended
    contends countered counters maintained maintains asserted asserts declared declares tweeted stated states
    argue warn insist predict explain acknowledge contend maintain concede admit stress caution
    pointed points point
    cautions demurred demurs""".split()
)
#: How many tokens after "at"/"as" may hold the figure of "put his net worth at $45 billion", "puts the
#: approval at a solid 50 percent".
FRAME_FIGURE_REACH = 4
#: Verbs that place an estimate at a figure, whose object may be a longer phrase ("put his overall support
#: among likely voters at 5 percent"), and how many words that object may have.
PLACING_VERBS = frozenset("put puts pegged pegs placed places".split())
PLACING_OBJECT_WORDS = 10
#: Verbs whose "at N" is the estimate itself, not an adjunct ("a crowd that police estimated at 20,000").
ESTIMATE_AT_VERBS = PLACING_VERBS | frozenset("estimated estimates estimate".split())
#: Words that may stand between "at" and the figure it gives ("estimated at an estimated 2,000", "at least 40").
FIGURE_LEADERS = frozenset({"a", "an", "least", "most", "just", "only", "roughly", "up", "to", "between"})
#: Words that open a free relative whose subject is a source when a copula follows the cue ("what advocates
#: estimated were 100,000 children", "what analysts said was a $2 billion loss").
FREE_RELATIVE_OPENERS = frozenset({"what"})
#: Words after a number that make it a clock time ("gave a speech at 3 p.m."), not a figure placed.
CLOCK_WORDS = frozenset({"a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet"})
#: Prepositions between a titled name and the place it serves ("Senator Joe Hale of Ohio").
PLACE_CONNECTORS = frozenset({"of", "from"})
#: Cue words that report only a figure that follows them ("registered 300 cases", not "registered voters").
CUES_WITH_FIGURE = frozenset("registered registers recorded logged listed lists counted tallied".split())
#: How far after such a cue word its figure may come ("Forbes lists the brothers with just under $40 billion").
LIST_REACH = 9
#: Nouns of a claim whose owner is its source: "the mayor's claim that 10 drowned".
POSSESSED_CLAIMS = frozenset("claim claims estimate estimates assertion statement count tally".split())
#: A possessed figure noun with its figure after "of": "the agency's count of 212 dead", "its figure of 90,000", "the
#: ministry's official tally of 48": the owner gave the figure ("total" is left out: "Obama's total of 332 votes" is
#: an outcome, not a report).  The modifiers that may stand between owner and noun, and the words between "of" and
#: the figure ("of about 212").
OWNED_FIGURE_NOUNS = frozenset("count counts tally figure figures estimate estimates toll numbers".split())
OWNED_FIGURE_MODIFIERS = frozenset("own official latest first earlier initial revised final preliminary new".split())
OWNED_FIGURE_REACH = 2
#: How many tokens after its figure the owner's report reaches ("of 212 dead", "of 48 deaths").
OWNED_FIGURE_TAIL = 3
#: "add" is a remark, unless a figure follows it ("added 292,000 jobs").
ADD_VERBS = frozenset({"add", "adds", "added"})
#: Words before a number that keep it a figure ("about 292,000").
APPROXIMATORS = frozenset("about around nearly almost some roughly over more".split())
#: Words that may stand between "added" and its figure ("added only 12,000 jobs", "added more than 9,000"), at most this many.
ADD_FIGURE_OPENERS = APPROXIMATORS | frozenset("only just than at least fewer less another further a".split())
ADD_FIGURE_OPENER_WORDS = 2
#: "claim" with a share of a vote is a win ("claiming 41 percent of the vote").
CLAIM_VERBS = frozenset({"claim", "claims", "claimed", "claiming"})
WON_SHARES = frozenset({"vote", "votes", "seats", "delegates", "ballots"})
#: Capitalised words in NOT_NAMES that open a name when a name follows ("New York Times").
NAME_OPENERS = frozenset({"new"})
#: Words with "'s" that are contractions, not possessives ("it's", "that's").
PRONOUN_CONTRACTIONS = frozenset("it he she that what who there here let".split())
#: The figure nouns among FIGURE_OBJECTS (without "it", "its").
FIGURE_NOUNS = FIGURE_OBJECTS - {"it", "its"}
#: Verbs of commitment and calculation: their subject is the source of the figure that follows
#: ("the mayor pledged $2 million", "the council proposed 300 new homes", "the bank projects 2 percent growth").
COMMITMENT_VERBS = frozenset(
    """propose proposes proposed pledge pledges pledged vow vows vowed promise promises promised urge urges
    urged calculates calculated projects hopes
    accuse accuses accused blame blames blamed boast boasts boasted tout touts touted
    expect expects fear fears feared believe believes""".split()
)
#: Heads of a definite description that may mean any organisation named before ("the company", "the group").
GENERIC_ORGANISATION_HEADS = frozenset("company group agency firm organisation organization commission body authority corporation".split())
#: Organisation heads that say what kind of body it is: a generic description ("the agency") does not mean one of these.
SPECIFIC_ORGANISATION_HEADS = frozenset(
    """ministry ministries department police army military navy forces court parliament senate assembly duma
    embassy hospital university party campaign kremlin pentagon government cabinet presidency""".split()
)
#: Participles of saying: after ", X said," they go on with what X said ("..., referring to the two resorts");
#: other participles are the narrator's description ("..., clutching the lectern with two hands").
SPEECH_PARTICIPLES = frozenset(
    """referring explaining describing responding calling citing asking answering insisting suggesting
    acknowledging pointing recalling telling writing announcing predicting""".split()
)
#: Two-word adverbs that may stand between a speaker and the verb ("at first told reporters").
ADVERB_PHRASES = (("at", "first"), ("at", "least"), ("in", "turn"), ("for", "example"), ("for", "instance"), ("in", "fact"))
#: Verbs of finding: their subject may be a document with a tail ("A poll released Monday found ...").
FINDING_VERBS = frozenset(
    "found finds find suggests suggest suggested indicates indicated reveals revealed puts put concluded concludes conclude determined determines determine".split()
) | SHOW_VERBS
#: Relative pronouns through which a document shows: "the polls that show", "a survey which found".
RELATIVE_DOCUMENT_PRONOUNS = frozenset({"that", "which"})
#: How far a source phrase after "according to" is read for a document noun ("a just-released poll from ...").
SOURCE_STRETCH_WORDS = 16
#: How far back from such a verb its document subject may stand (words).
DOCUMENT_TAIL_WORDS = 16
#: How far back from a verb of saying its subject may stand across asides (tokens).
ASIDE_REACH = 40
#: Words that may open an aside after a comma though they open clauses elsewhere ("..., or DFA, said", "..., who ..., said").
ASIDE_OPENERS = frozenset({"or", "who", "which", "whose"})
#: ... and how far when what stands between is an aside between commas ("A Fox News poll, conducted jointly with ..., shows").
DOCUMENT_ASIDE_WORDS = 26
#: Participles through which a document reports ("a poll showing", "the survey finding that").
DOCUMENT_PARTICIPLE_CUES = frozenset({"showing", "finding", "suggesting", "indicating"})
#: How many words a bracketed tag after a name may have ("(R-Ohio)", "(IOM)").
BRACKET_MAX_WORDS = 4
#: Base forms of verbs of saying: "... and tell one group" is no report of what was said.
BASE_FORMS = frozenset("say tell add argue note insist explain write acknowledge admit concede warn claim stress suggest recall reply ask announce estimate predict confirm deny report conclude".split())
#: The pronoun of an organisation or outlet ("it said"), and of a group ("they said").
PRONOUN_ORGANISATION = "it"
PRONOUN_GROUP = "they"

#: Currency signs that open a figure after a cue ("announced $5 million").
CURRENCY_MARKS = frozenset("$\u20ac\u00a3\u00a5")
#: Pronouns that, with a relative clause, make an unnamed source ("Those who organised the march claimed").
RELATIVE_SUBJECT_HEADS = frozenset({"those", "these", "others", "anyone", "everyone"})
#: The relative pronouns that open such a clause.
RELATIVE_SUBJECT_PRONOUNS = frozenset({"who", "that"})
#: Tokens back from a verb of saying where such a subject may start.
RELATIVE_SUBJECT_REACH = 14
#: Words a subject "those who ..." may follow: a conjunction opening its clause ("..., and those who stayed said").
RELATIVE_SUBJECT_OPENERS = frozenset({"and", "but", "while", "whereas", "yet"})
#: The ending of a past participle between a document and its agent ("the data collated by the newspaper").
PAST_PARTICIPLE_ENDING = "ed"
#: Relative pronouns after "according to" that point back to a source named before ("according to which").
RELATIVE_OBJECT_PRONOUNS = frozenset({"which", "whom"})
#: Tokens back from "according to which" where its document may stand.
ANTECEDENT_REACH = 16


# ---------------------------------------------------------------- speakers
#: Capitalised months that may open a document's name after "in" ("In a September Harbor Times poll, ...").
DOCUMENT_NAME_MONTHS = frozenset("january february march april may june july august september october november december".split())
#: ... and their short forms, in a date that dates a document ("a Sept. 15, 2011 email", "a May 2015 report").
DOCUMENT_DATE_MONTHS = DOCUMENT_NAME_MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: How many words a coordinated group of respondents may have before "and" ("28% of Democrats and independents said").
RESPONDENT_COORDINATION_WORDS = 3
#: Conjunctions of a verb of saying whose subject is the speaker of the cue before ("“...,” she said, but added that ...").
CONTRASTIVE_COORDINATORS = frozenset({"but", "yet"})
#: "Let's say ...", "let me tell you ...", "let us put it this way": a supposition, not a report.
LET_FORMS = frozenset({"let's", "let\u2019s", "lets"})
LET = "let"
LET_OBJECTS = frozenset({"me", "us"})
#: "people who tell you ...", "it tells you that ...": present "tell" with a generic "you" reports nobody.
GENERIC_TELL_VERBS = frozenset({"tell", "tells"})
GENERIC_ADDRESSEE = "you"
#: Descriptions that may mean a bare name that opened an earlier sentence ("Acme Tools opened a plant. The company said ...").
OPENER_DESCRIPTIONS = frozenset({"company", "group", "firm", "organisation", "organization"})
#: Endings of the verb right after such a name: a past or present finite verb ("opened", "files").
OPENER_VERB_ENDINGS = ("ed", "s")
#: How many such names the registry keeps.
RECENT_OPENERS = 8
#: How many sentences back such a name may stand: 1, the sentence right before the description.
OPENER_SENTENCE_REACH = 1
#: Participles that, after a possessive, describe a noun as hearsay ("the senator's reported income"), not the owner speaking.
HEARSAY_PARTICIPLES = frozenset({"reported", "alleged"})
#: Descriptions of a business ("the company", "the firm"), which do not mean a body with one of NON_COMMERCIAL_HEADS.
COMMERCIAL_DESCRIPTIONS = frozenset({"company", "firm", "corporation"})
NON_COMMERCIAL_HEADS = frozenset(
    """union unions council councils committee committees coalition association federation alliance commission board
    institute foundation charity observatory""".split()
)
#: Adverbs of frequency that may stand between a speaker and the verb ("the mayor often says", "she once told").
FREQUENCY_ADVERBS = frozenset({"often", "sometimes", "always", "seldom", "once", "twice", "routinely", "regularly"})
#: How many words before "announced by X" the noun phrase it describes may reach ("a toll of more than 45 confirmed by").
AGENT_PHRASE_WORDS = 6
# ---------------------------------------------------------------- scope
#: Words that open a non-restrictive relative clause after a comma, the narrator's aside inside what a
#: cue reports ("X said the storm hit Vale, where 9,000 people live").
NONRESTRICTIVE_RELATIVES = frozenset({"which", "where", "whose", "when"})
#: Prepositions that open such a clause before "which" / "whom" ("..., in which 4 died", "..., of whom 12 ...").
RELATIVE_PREPOSITIONS = frozenset("in of during under at from by for on through among after before".split())
#: Marks that close an aside ("..., where 9,000 live - and ...", "...; ...").
ASIDE_CLOSERS = frozenset({";", ":", "-", "\u2013", "\u2014", "--"})
#: Words that may open a dash aside restating a figure of the report ("- or 55 percent -", "- and not quite 13 cents -").
RESTATING_OPENERS = frozenset("or and not quite just only up down".split())
#: Marks after a cue that introduce the quotation it reports ("the mayor said, \u201c...", "he added: \u201c...").
QUOTATION_INTRODUCERS = frozenset({",", ":"})
#: The word of "nine out of 10 say", a count of the speakers.
OUT = "out"
#: Verbs of speaking or mentioning whose object is a topic or an addressee, not a report ("mentioned the
#: senator", "spoke to the crowd"): cues only before a clause, a quotation or "of"/"about" (SPEECH_TOPIC_OPENERS).
TOPIC_SPEECH_VERBS = frozenset("mentioned mention mentions spoke speak speaks speaking".split())
#: Words right after a verb of speaking that open what it reports ("spoke of 40 deaths", "spoke about").
SPEECH_TOPIC_OPENERS = frozenset({"of", "about"})
#: Auxiliaries that show a clause after a verb ("claiming 41 percent of ballots were forged"), not its object.
CLAUSE_AUXILIARIES = frozenset("was were is are had have has would will could might may".split())
#: Auxiliaries that a cue word used as a noun may be the subject of ("his cost estimates have been"); a
#: modal may follow the verb itself with "that" left out ("the group estimates would cost $9 billion").
NOUN_SUBJECT_AUXILIARIES = frozenset("was were is are had have has".split())
# ---------------------------------------------------------------- quotations
#: Words that may stand just before a speaker's name and a colon that opens a quotation ("More from Hale: “...”").
COLON_NAME_OPENERS = frozenset({"from"})
#: Capitalised words of a label, never a speaker's name, before a colon ("Update: “...”", "Editor's Note:").
COLON_LABEL_WORDS = frozenset(
    """update updates correction corrections note editor editor's related read watch video photo photos
    breaking exclusive headline headlines transcript question answer quote quotes latest live online
    statement warning excerpt excerpts summary background""".split()
)
#: Words opening a pointer to what follows, not a clause with a subject ("See the results below:", "Read more:").
COLON_POINTERS = frozenset("see read watch click listen here below".split())
#: Words joining the names of several speakers before one colon ("Ann Hale and Tom Roe: “...”").
COLON_NAME_JOINERS = frozenset({"and", "&"})
#: The most words a speaker's name before a colon may have.
COLON_NAME_MAX_WORDS = 7
#: Kinds of subject whose clause, closed by a colon before a quotation, is their voice ("The mayor had a warning: “...”").
COLON_SUBJECT_KINDS = frozenset({"person", "organisation", "outlet", "document", "unnamed"})
#: How many tokens a speaker phrase may stand between a closing quote mark and a trailing verb that is a cue
#: only there ("“...,” the senator states.").
QUOTE_TAG_REACH = 10
#: Contractions that are never a speaker before a verb of saying ("Let’s say they’re at 54", "That’s said often").
NOT_SPEAKER_CONTRACTIONS = frozenset({"let's", "that's", "what's", "there's", "here's"})
#: Above this share of capitalised words a sentence is a title in title case, whose capitals mark no names.
TITLE_CASE_SHARE = 0.6
#: The ending of a progressive after "is" ("is pledging"): a predicate that reports, unlike a copula ("is certain").
PROGRESSIVE_ENDING = "ing"
# ---------------------------------------------------------------- continuations
#: Document nouns that, alone before a colon opening a headline, name its source ("Poll: Hale leads by 5 points",
#: "Survey: 40 percent of renters ...", "Study: floods cost $2 billion"); not "Analysis:", the outlet's own piece.
HEADLINE_SOURCE_LABELS = frozenset("poll polls survey surveys study studies report".split())
#: Marks that also close a quotation opened by another mark, in mixed typography: a curly opening mark closed by
#: a straight one or by itself ("“We lost 300 homes," she said", "“We lost 300 homes,“ she said").
QUOTE_MIXED_CLOSERS = MappingProxyType({"\u201c": '"\u201c'})
# ---------------------------------------------------------------- resolution
#: Relative pronouns that, right after a speaker phrase, open a clause about the speaker, not what was said
#: ("..., said a police official who declined to be named").
SPEAKER_RELATIVE_PRONOUNS = frozenset({"who"})
#: How many lower-case words a relative clause between a speaker and the verb may have ("a police official who
#: asked not to be named said", "a source who spoke on condition of anonymity said").
RELATIVE_CLAUSE_REACH = 6
#: Possessives before a publication its owner keeps, and the pronoun that finds the owner ("according to its
#: website" -> the organisation last named; "citing their own count" -> the group).
POSSESSIVE_OWNERS = MappingProxyType({"its": PRONOUN_ORGANISATION, "their": PRONOUN_GROUP})
#: Publications an organisation keeps and speaks through ("its website", "its annual report", "their own tally").
OWNED_PUBLICATIONS = frozenset(
    """website site report reports statement statements figures data records tally count counts estimate
    estimates filings accounts survey surveys poll polls study analysis newsletter bulletin""".split()
)
#: How many words may stand between the possessive and the publication ("its latest annual report").
OWNED_PUBLICATION_REACH = 4

# ---------------------------------------------------------------- subjects and false cues
#: Words that open a post-modifier after a person noun in a subject ("a person familiar with the talks
#: says", "rescue workers at the scene said", "officials in May said").
#: Apostrophes that may end a plural possessive ("the teachers' federation").
APOSTROPHES = frozenset({"'", "\u2019"})
#: How many words the phrase an "as" clause credits may have ("not 23 as police first reported").
AS_CLAUSE_PHRASE_WORDS = 8
#: Prepositions of place: a name after one of them, right before a verb of saying, is where the speakers are, not
#: who speaks ("Doctors at a clinic in Gaza City said").
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across", "inside"})
POSTMODIFIER_OPENERS = frozenset({"in", "at", "on", "from", "with", "for", "of", "to", "close", "familiar", "near", "inside", "across", "involved", "briefed", "outside"})
#: Most words between the head of a post-modified subject and its verb ("a person familiar with ... says").
POSTMODIFIED_SUBJECT_REACH = 10
#: Words that show a finite verb inside a would-be post-modifier, so that it is a clause, not a subject.
FINITE_MARKERS = frozenset("is are was were be been has have had will would can could may might must should do does did not".split())
#: The last part of a measure compound ("10-year", "five-page"), an adjective that makes the cue word
#: after it a noun ("the 10-year Treasury note fell", "a five-page report").
MEASURE_COMPOUND_ENDS = frozenset("year day week month hour minute page mile point percent foot inch metre meter ton dollar member seat".split())
#: Number words that may open such a compound ("two-page", "three-day").
MEASURE_COMPOUND_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred".split())
#: Verbs of saying whose addressee follows "to" ("said to a crowd of 500", "wrote to her 20,000 followers"):
#: a figure in the addressee describes the audience, not what was said.
ADDRESS_VERBS = frozenset("said says say wrote writes explained explains spoke speaks".split())
#: Most tokens in such an addressee phrase before "that", a comma or the end of the sentence.
ADDRESSEE_REACH = 8
#: The preposition before an addressee ("said to a crowd").
TO = "to"
#: Nouns of an audience that make the phrase after "told" its addressee ("told a crowd of 3,000 that"),
#: unlike an object ("told a tale of two parties").
AUDIENCE_NOUNS = frozenset("crowd crowds audience audiences followers gathering rally meeting group viewers listeners".split())


# ---------------------------------------------------------------- resolution
#: At most this many capitalised words make the name that opens a sentence as its subject ("Mr. Hale toured ...").
SUBJECT_NAME_WORDS = 4
#: Pronouns that, opening the sentence of a partial quotation, let it go on in the voice of the quote before
#: ("He warned of “...”"); a name or a description there is someone new.
CONTINUING_PRONOUNS = frozenset({"he", "she", "they"})
#: Verbs of asking that, with an object and "to" before a verb, request an act rather than report a claim ("asked
#: residents to save 20 percent of their water").
REQUEST_VERBS = frozenset({"asked", "asks", "ask", "asking"})
#: At most this many words of the object between a verb of asking and its "to" ("asked all of the former members to").
REQUEST_OBJECT_WORDS = 6
#: Words that end the object of a verb of asking: a question or its topic follows, not a request ("asked how ...").
REQUEST_OBJECT_STOPS = frozenset("about how why whether what when where who whom which if".split())


# ---------------------------------------------------------------- groups and contractions
#: Contracted auxiliaries after a pronoun subject ("He's warned", "They've said", "She'd told").
AUXILIARY_CONTRACTIONS = ("'s", "'ve", "'d", "'ll", "'re")
#: Capitalised plural names of groups: stored as names, but "they" may stand for them ("Republicans said ...
#: They said ...") and they take a plural verb.
GROUP_NAMES = frozenset(
    """republicans democrats conservatives liberals progressives tories socialists communists greens libertarians
    independents evangelicals americans russians ukrainians iranians israelis palestinians syrians iraqis afghans
    pakistanis europeans africans asians kenyans nigerians libyans egyptians chileans""".split()
)


# ---------------------------------------------------------------- precision
#: Conjunctions that open a fronted subordinate clause: a cue inside it ("After the mayor said 5 had died,
#: 300 people gathered") reports only up to the comma that closes the clause, not the main clause after it.
#: Not "as", which introduces the speaker's own account ("As the agency said, 12 died").
FRONTED_SUBORDINATORS = frozenset("after when whenever before because although though since once until unless whereas while if".split())
#: Sentence openers that may stand before such a conjunction ("But when the bank said ...").
SUBORDINATOR_LEADS = frozenset({"and", "but"})
#: Words that close a phrase of relative time ("a few minutes later", "two weeks ago"): such a phrase dates the
#: act of saying, before the subject ("Hours later, the mayor added: ...") or right after the cue ("as the
#: paper reported a few days later"), and a figure in it is no part of what was said.
TIME_PHRASE_ENDS = frozenset("later earlier ago afterward afterwards".split())
#: Words that may stand before such an ending in the phrase ("a few", "two", "several", units of time).
TIME_PHRASE_WORDS = frozenset(
    """a an the few several some many two three four five six seven eight nine ten dozen
    second seconds minute minutes hour hours day days week weeks month months year years moments moment decades""".split()
)
#: The most words such a phrase may have before its ending ("a few short minutes later").
TIME_PHRASE_MAX_WORDS = 4
#: Words after a speaker's role that show the role goes on describing them ("said Ana Ruiz, director of the
#: trust, whose ..."), so that the stretch after a speaker named after the verb is their description.
ROLE_FOLLOWERS = frozenset({"of", "at", "for", ",", ".", ";"})
#: How many words a role after such a speaker may have before its title word ("senior policy director").
ROLE_TITLE_REACH = 3
#: Participles after a comma that open the narrator's inference from what a leading cue reports ("The agency
#: lists the population as 21,090, meaning there were 5 crimes per 1,000 residents"): the report stops there.
INFERENCE_PARTICIPLES = frozenset({"meaning"})
#: Words right after a verb that reports a figure only with its object ("puts the toll at 40"), which show it
#: has no object there: a plural noun ("the number of polling places by 85 percent"), not a verb.
FRAME_VERB_NON_OBJECTS = frozenset("by of for in on to with from where that and or".split())
#: The word that opens the split of the speakers right after a verb of saying ("Voters say by 55%-41% that
#: ...", "Renters say by 62 percent to 30 percent that ..."): a count of who said it, not what was said.
MARGIN_OPENER = "by"
#: Words of such a split besides its numbers ("by a 2-to-1 margin", "62 percent to 30 percent", "55%-41%").
MARGIN_WORDS = frozenset("a percent percentage points point to margin majority -".split()) | frozenset({"%", "\u2013"})
#: The most tokens such a split may have.
MARGIN_REACH = 8
#: Words after "but" that open the narrator's correction of what a leading cue reports ("Clinton said she
#: used two accounts, but in fact she used one"): the report stops at "but".
FACT_MARKERS = (("in", "fact"), ("actually",), ("in", "reality"))
#: Conjunctions that open a clause of reason or contrast inside a sentence ("..., because some stayed home in
#: hopes turnout would drop"): a plan word after one is not the sentence's own plan, so it does not carry a
#: present-tense cue on.
INNER_CLAUSE_OPENERS = frozenset("because although though whereas unless".split())
#: Auxiliaries of the perfect before a cue word ("has assured"): the same auxiliary after "and" later in the
#: sentence opens a second predicate of the speaker ("X has said the show will be classy and has invited two
#: guests"), not more of what was said, unless the report has used that auxiliary itself.
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
#: Prepositions of an adjunct between a verb of saying and "that" ("wrote in the listing of the 9mm handgun that
#: ...", "said at a rally of 3,000 people that ..."): the adjunct tells where it was said, not what.
SAYING_ADJUNCT_PREPOSITIONS = frozenset("in at during on before".split())
#: How many tokens after its document noun the opening phrase of an "In a poll ..." frame may run to its comma
#: ("In a recent study of working-class voters in two states based on over 1,500 interviews, ..."): a figure
#: there describes the source.
IN_FRAME_REACH = 20
#: Verbs of declaring or maintaining that report only a clause, a quotation or a figure after them ("declared
#: that 40 had died", "declared 12 counties disaster areas", "maintained its estimate of 45"); with a plain
#: object they are acts ("declared war on the province", "has maintained a large lead"), and what follows is
#: the narrator's.
ACT_OR_REPORT_VERBS = frozenset("declared declares declare maintained maintains maintain".split())
#: Particles that may close the participle of an absolute phrase ("With 3 aides looking on, ...").
PARTICIPLE_PARTICLES = frozenset("on by out in up".split())
#: Words that open a comparison with another count of respondents after a counted speaker ("26 percent of
#: Democrats say ..., compared with 11 percent of Republicans", "72 percent said yes while 48 percent agreed").
COUNT_COMPARISONS = frozenset({"while", "whereas", "compared", "versus"})
#: Words that may stand between such an opener and the other count ("compared with only 11 percent").
COUNT_COMPARISON_FILLERS = frozenset("with to only just about nearly some".split())
#: Words that make the figure after the opener a share of respondents ("11 percent", "48%").
SHARE_WORDS = frozenset({"percent", "%"})
#: How many tokens on each side of a cue its content may reach: more than any real sentence, so that a hostile
#: run-on sentence with hundreds of cues is read in linear time.
SCOPE_WINDOW_TOKENS = 150
#: How many cues back an outer verb of saying may stand for "X said the data showed A and that B".
OUTER_CUE_REACH = 6


# ---------------------------------------------------------------- recall
#: Conjunctions that, right after the last semicolon of a sentence, open the last item of a series ("A rose 5
#: percent; B fell 2 percent; and C held steady, the ministry said"): the semicolons then separate items of one
#: report, and a cue that trails the last item reports them all.
SERIES_CLOSERS = frozenset({"and"})
#: The lower-case words an item of a list with no verb may hold after a semicolon ("...; Park at 12 percent, and Cho,
#: 9 percent", "...; the east 40 percent"): such an item goes on the clause before it.
VERBLESS_ITEM_WORDS = frozenset(
    "at with and or to of in for the a an each apiece respectively percent percentage points point votes seats".split()
)
#: Nouns ending in "-ly" (ADVERB_SUFFIX) that are no adverb between a speaker and the verb: "the tally showed",
#: "the national assembly said", "the family told reporters".
LY_NOUNS = frozenset("family assembly assemblies tally rally ally supply monopoly anomaly".split())
#: Units of time among TIME_PHRASE_WORDS, singular: a phrase that names one opens a sentence as its time ("One
#: morning in 2001, according to the report, ...", "Late last year, court records show, ...").
TIME_UNITS = frozenset("second minute hour day week month year moment decade".split())
#: Modifiers that may stand in such a phrase beside TIME_PHRASE_WORDS ("late", "early", "every", "that").
TIME_MODIFIERS = frozenset("late early mid one every each that same this next last".split())
#: Prepositions inside such a phrase ("in 2001", "early in March", "one night during the storm" is not one).
TIME_PHRASE_PREPOSITIONS = frozenset({"in", "of", "on"})
#: Nouns of an exchange whose other party is the source after "according to" ("according to interviews with
#: six council members", "according to a conversation with two aides"), and the preposition that names it.
EXCHANGE_NOUNS = frozenset("interview interviews conversation conversations discussions".split())
EXCHANGE_PREPOSITIONS = frozenset({"with"})
#: Adjectives of readiness before "to" and a verb of saying, whose subject reports ("the mayor was quick to point
#: out that ...", "officials were careful to note that ...", "she has been eager to say that ...").
READY_ADJECTIVES = frozenset("quick careful eager keen happy proud".split())

# ---------------------------------------------------------------- precision
#: Words that open the narrator's comparison after a comma that closes a figure a leading cue reports ("Amazon
#: reported sales of $30 billion, up 31 percent from a year earlier", "..., well above the $1.11 that analysts
#: expected", "..., down sharply from the $600,000 it gave in 2012"): the figure compared with is not the report.
TRAILING_COMPARISON_WORDS = frozenset({"up", "down", "above", "below"})
#: Adverbs that may stand before such a word ("well above", "sharply down", "roughly").
TRAILING_COMPARISON_ADVERBS = frozenset("well far sharply slightly just only about nearly almost roughly some".split())
#: Nouns of a change that open the same kind of comparison after an article ("..., an increase of $200 million").
TRAILING_CHANGE_NOUNS = frozenset("increase rise jump gain drop decline decrease fall".split())
#: Comparatives that, after a figure and before "than", compare with another period ("..., $74 million more than a year ago").
TRAILING_COMPARATIVES = frozenset("more less fewer higher lower".split())
#: How many tokens after the comma such a comparison may take to reach its comparative or its figure.
TRAILING_COMPARISON_REACH = 5
#: The word after "up"/"down" that names the old level ("up from 80"), and the word after a comparative ("more than").
TRAILING_COMPARISON_FROM = "from"
TRAILING_COMPARISON_THAN = "than"
#: Kinds of speaker whose phrase may open with a count of them ("three officials said", "one Harbor Bank source
#: told reporters", "two Senate aides said"): the count describes the speakers, it is no one's report.
COUNTED_SPEAKER_KINDS = frozenset({"person", "unnamed", "organisation"})
#: Prepositions of a year that, after "And", date a new step of the narrative ("And in 2011, he ..."), and the year.
NARRATIVE_TIME_PREPOSITIONS = frozenset("in since by until".split())
NARRATIVE_YEAR = r"(?:19|20)\d\d"
#: Relative words that, a few words after the article of an appositive to a name, make it the narrator's
#: description ("Jan Novak, the driver who hit 14 cars, ...", "Idaho, the state where she served two terms").
APPOSITIVE_RELATIVES = frozenset({"who", "whose", "where", "which", "that", "when"})
#: How many words after the article the relative word may stand ("a national flood insurance expert who").
APPOSITIVE_HEAD_REACH = 7
#: Function words that cannot end or fill the noun phrase before a relative clause without its pronoun ("the
#: cases it cited", "the 52 deaths the ministry reported"): "the toll rose to 40 police said" is no such phrase.
REDUCED_RELATIVE_NOT_HEADS = frozenset(
    """to of in on at for with by from about into over after before under since than and or but that which who
    what is are was were be been being has have had will would could can may might must shall should do does did
    not no it they he she we i you there this these those""".split()
)
#: How many words back from the head noun its determiner may stand ("the 52 confirmed deaths ...").
REDUCED_RELATIVE_REACH = 4
#: Multiples that open the same kind of comparison before "the" or "of the" ("..., less than half of the 18 million
#: viewers of the last debate", "..., double the 40 it hired in 2020"); not a part ("..., half of them children").
TRAILING_MULTIPLES = frozenset("half double twice triple thrice quadruple".split())

# ---------------------------------------------------------------- rolling
#: Nouns of what a source passes on, skipped like a document to the source after them ("according to information from
#: the health ministry", "according to updated information from the governor").
INFORMATION_WORDS = frozenset({"information", "info"})
#: Modifiers of such a document without an article before it ("according to updated information from", "according to
#: preliminary data from").
BARE_DOCUMENT_MODIFIERS = frozenset({"updated", "preliminary", "latest", "new", "official", "initial", "early", "first", "final"})

# ---------------------------------------------------------------- owners of media
#: What a speaker keeps and speaks through, after its possessive: "Ann Lind's Twitter account", "the governor's
#: Telegram channel", "the ministry's website", "the company's statement" are their owners' words.
OWNED_MEDIA = frozenset(
    """website site account accounts channel channels page feed post posts tweet tweets blog newsletter statement
    statements""".split()
)

# ---------------------------------------------------------------- articles
#: Heads of a public body's description ("the transport authority", "the election commission"), which never mean a
#: body of members named before (one of ``MEMBER_BODY_HEADS``: "the union said ... The authority said" are two voices).
PUBLIC_BODY_HEADS = frozenset({"authority", "commission", "agency"})
MEMBER_BODY_HEADS = frozenset("union unions federation confederation association coalition alliance party campaign".split())

# ---------------------------------------------------------------- attribution precision
#: Participles of the manner of saying that open an aside between a subject and its verb ("The mayor, speaking at a
#: briefing, said ..."): the circumstance of the saying, not a report of its own.
MANNER_PARTICIPLES = frozenset({"speaking", "talking", "writing", "testifying"})
#: What one claims by taking it, not by saying it: "the storm claimed 6 lives", "the party claimed victory in 40
#: districts", "the group claimed responsibility for the attack that killed 12": no report of the figure.
CLAIMED_TAKINGS = frozenset("life lives victory victories responsibility credit nomination title crown seat seats".split())
#: "citing its own data": the word that makes what is cited the citer's own, and how far after the possessive a
#: word of figures or a document may stand ("citing its latest casualty figures").
OWN = "own"
OWN_MATERIAL_REACH = 4
#: Prepositions that may open a post-modifier of a subject ("donors in both parties", "economists surveyed by
#: Bloomberg", "a panel appointed by the governor").
POSTMODIFIER_PREPOSITIONS = frozenset({"in", "at", "from", "for", "with", "of", "by", "across"})
#: How many post-modifiers may stand between such a subject's head and its verb ("workers at the plant owned by Acme").
POSTMODIFIER_DEPTH = 2
#: Words that make a capitalised phrase a place rather than a person's name ("North Korea", "New York", "South
#: Africa", "Saudi Arabia", "United States"): such an opener is no antecedent of "he" or "she".
PLACE_NAME_WORDS = frozenset("north south east west new united saudi san santa los las el sri hong united states kingdom republic city county island islands".split())
#: Role words other than titles that may stand right before a person's name ("council member Dana Ortiz", "board
#: member Jan Kowal", "party member Li Wen"): the name is a person's, whatever body the role names.
ROLES_BEFORE_NAME = frozenset({"member", "deputy", "trustee", "delegate", "volunteer", "worker"})
#: Reflexives that stress a speaker after its name ("the bank itself said", "Cruz himself told"): no part of the name.
REFLEXIVE_INTENSIFIERS = frozenset("itself himself herself themselves myself ourselves".split())
#: Words before "than" that make no comparison of levels ("rather than the army", "other than officials").
NOT_COMPARATIVE_BEFORE_THAN = frozenset({"rather", "other"})
#: Verbs of writing or posting, whose object may be the work made rather than what it says ("published 12 novels",
#: "posted two photos", "wrote three letters"), and the nouns of such works.
CREATION_VERBS = frozenset("wrote writes write published publishes publish posted posts post tweeted tweets".split())
WORK_NOUNS = frozenset(
    """book books novel novels memoir memoirs letter letters speech speeches article articles column columns op-ed op-eds
    essay essays poem poems song songs photo photos photograph photographs picture pictures image images video videos
    word words chart charts post posts tweet tweets message messages note notes page pages chapter chapters
    editorial editorials story stories piece pieces script scripts paper papers bill bills check checks""".split()
)
#: How many words may stand between such a verb and the noun of its work ("published several short books").
WORK_OBJECT_REACH = 5
#: Participles that open what such a work says ("a story detailing four reports", "a video showing ...").
WORK_CONTENT_PARTICIPLES = frozenset("detailing describing listing depicting outlining alleging accusing documenting".split())
#: Works that show something: "an image of X alongside $100 bills" reports what it shows, up to the next comma.
PICTURE_NOUNS = frozenset("photo photos photograph photographs picture pictures image images video videos chart charts map maps".split())


# ---------------------------------------------------------------- cues (h1, third table)
#: Last parts of a web name written as one word after a capitalised name ("Factcheck.org", "Politico.com"): the
#: website is the source, an outlet.
WEB_DOMAINS = frozenset("org com net gov edu io info".split())
#: Words that end a newspaper's title ("the Vale Post", "The New York Times", "the Harbor Herald"): a capitalised
#: name of two or more words so ending is an outlet, not a person.
NEWSPAPER_TITLE_WORDS = frozenset("post times journal telegraph herald gazette tribune courier chronicle examiner inquirer dispatch bulletin guardian".split())
#: Subordinating conjunctions right before a cue's speaker phrase ("while Trump boasts that ...", "even as the mayor
#: claimed ..."): the cue stands in a subordinate clause and relays nothing the main clause after it says.
SUBORDINATORS = frozenset("while whereas although though as because since if unless when".split())
#: Verbs of saying read in the progressive after a form of "be" ("Officials are saying ...", "the agency is reporting
#: 12 cases", "has been projecting growth of 2 percent").  Not "telling" ("it is telling that ...": revealing) nor
#: "showing" ("Lind is showing strength"): a person shows no figure.
PROGRESSIVE_CUES = frozenset("saying reporting claiming estimating warning insisting arguing predicting projecting".split())
#: The auxiliaries of that progressive, and the participle of the perfect one ("has been saying").
PROGRESSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "been"})
BEEN = "been"
CLAIMING = "claiming"
#: Prepositions that name the maker of a document before a relative clause ("surveys by Vale College that showed ...",
#: "a study from the Ridge Institute which found ..."), and how many words the maker's name may have.
MAKER_PREPOSITIONS = frozenset({"by", "from"})
MAKER_NAME_WORDS = 6
#: How many characters back from a sentence a full name ("Dana Holt") is looked for, for a lone surname that opens it.
FULL_NAME_REACH = 5000
#: Participles that open the question put to a speaker before a trailing cue ("Asked whether ..., Gale said: “...”",
#: "When asked if ..., the mayor said: “...”", "Pressed on ..., she said: “...”"): the question is no part of the answer.
QUESTION_PARTICIPLES = frozenset("asked pressed questioned quizzed challenged".split())
QUESTION_OPENER_CONJUNCTIONS = frozenset({"when", "once", "after", "if"})
#: Verbs of reporting that a document with a tail before them may head like a verb of finding ("An audit issued in May
#: reported 12 attempts", "a memo obtained by the paper said 40 staff would go", "a study released Monday estimates ...").
DOCUMENT_REPORT_VERBS = frozenset("reported reports said says stated states noted notes estimated estimates listed lists concluded concludes".split())
#: Irregular past verbs that, right after a counted share, make it the subject of a clause ("claimed 400 delegates took
#: part", "claimed 30 seats went to allies").
IRREGULAR_PAST_VERBS = frozenset("took went came voted stayed left met ran sat stood fell rose".split())
#: Conjunctions that join a second counted noun to such a share ("delegates and alternates").
SHARE_COORDINATORS = frozenset({"and", "or"})
#: Modals before a verb of saying that make it a report not yet made ("will announce", "would say", "could disclose"):
#: inside another speaker's report, the figure is that speaker's.
UNMADE_MODALS = frozenset("will would could might may shall should".split())


# ---------------------------------------------------------------- wire copy
#: A sentence opened by "the" and a described organisation ("The regional emergencies department gave ..."): at most
#: this many words before the head.
DESCRIBED_SUBJECT_ARTICLES = frozenset({"the"})
DESCRIBED_SUBJECT_WORDS = 4
#: Singular organisation heads such a subject may end in (a later "it" means it).
SINGULAR_ORGANISATION_HEADS = frozenset(
    """ministry department agency office service committee commission council government administration authority
    army military navy company corporation group union association federation organisation organization institute
    bureau board court parliament senate assembly embassy party coalition campaign hospital centre center network
    command directorate inspectorate cabinet secretariat presidency mission fund bank alliance insurer operator airline
    firm utility university regulator chamber foundation college carmaker automaker retailer lender chipmaker
    drugmaker brewer""".split()
)
#: Words after such a head that say it is not the subject's end ("the department of ...", "the company's ...").
NOT_SUBJECT_FOLLOWERS = frozenset(
    """of for in at on from with to and or but that which who whose where when as by than""".split()
)
#: Descriptions of a business by its trade ("the carmaker", "the retailer"): an organisation, meaning the company
#: that opened its own sentence or the one before, or one whose name holds the word ("Velo Airlines").
TRADE_DESCRIPTIONS = frozenset(
    """carmaker automaker retailer lender chipmaker drugmaker brewer airline insurer""".split()
)
#: Modal verbs that may follow a sentence-opening bare name ("Carro Motors will cut ...").
OPENER_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "must", "should"})
#: A post that opens with its author ("Governor Pavel Kern: 3 people were injured"): at most this many words before the colon.
POST_AUTHOR_MAX_WORDS = 5
#: Finite verbs that show a clause after such a colon (besides words ending in "-ed").
POST_FINITE_VERBS = frozenset("is are was were has have had will would remain remains".split())
#: Participles through which a body is named by whom it backs ("a super PAC backing Pike", "a group supporting the plan").
SUPPORT_PARTICIPLES = frozenset("backing supporting opposing representing".split())
#: Scale and unit words that end a figure ("$9.5 billion", "40 percent"): no compound of a speaker after them
#: ("the $9.5 billion analysts had forecast" is the analysts' figure, not "billion analysts").
FIGURE_SCALE_WORDS = frozenset("hundred thousand million billion trillion percent pct".split())
#: Verbs of expecting that close a relative clause after a figure ("the $9.5 billion analysts had forecast"), and how
#: many tokens after the figure they may stand.
RELATIVE_EXPECTATION_VERBS = frozenset("expected forecast forecasted predicted projected anticipated estimated".split())
RELATIVE_EXPECTATION_REACH = 6
#: Suffixes of a company's name ("Norvo Inc.", "Halden Corp."): the name is an organisation's.
CORPORATE_SUFFIXES = frozenset("inc corp ltd plc llc co".split())
#: Words that do not stack before a compound organisation head ("many outside groups": a quantifier).
NOT_COMPOUND_MODIFIERS = frozenset("many few most more all both other such own".split())
