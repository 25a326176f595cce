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
    wondered cautioned predicted projected forecast calculated logged cite found finds""".split()
)

#: Present-tense cues whose account a following sentence about plans ("will ...") continues.
PRESENT_CUES = frozenset("say says claim claims report reports estimate estimates insist insists".split())

#: Nouns of hearsay: "reports that ..." makes the reports the source of the clause after it.
HEARSAY_NOUNS = frozenset({"reports", "claims", "rumours", "rumors", "suggestions", "allegations"})

#: Verbs that report a figure only when their object is one ("changed it twice", "revised its toll").
FIGURE_EDIT_VERBS = frozenset("changed changes revised revises updated updates corrected corrects lowered lowers raised raises".split())
FIGURE_OBJECTS = frozenset("it its toll tally figure figures number numbers count estimate estimates".split())

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
    at first only officially publicly repeatedly since there here too now still just already
    today yesterday tonight though""".split()
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
    pathologist medic paramedic nurse pilot mufti governor-general assistant coach trainer""".split()
)

#: Head nouns of organisations.
ORGANISATION_HEADS = frozenset(
    """ministry ministries department agency office service services committee commission
    council government administration authority authorities police army military forces
    force navy ministry-run company corporation group union association federation
    organisation organization institute bureau board court parliament senate assembly
    duma kremlin pentagon embassy party coalition campaign hospital hospitals center centre
    station network committee red crescent cross command headquarters directorate
    inspectorate cabinet secretariat presidency mission fund bank un nato who unions parties groups
    agencies ministries governments committees organisations organizations opposition observatory
    coalition alliance brigade brigades insurer insurers operator airline firm utility university
    network regulator guard""".split()
)
#: ... and their plurals ("district councils", "regional committees").
ORGANISATION_HEADS = ORGANISATION_HEADS | frozenset(word + "s" for word in ORGANISATION_HEADS if not word.endswith("s"))

#: Plural or collective speakers that stay unnamed ("officials said", "local media reported").
UNNAMED_HEADS = frozenset(
    """official officials source sources witness witnesses resident residents rescuer rescuers
    media medics doctors police authorities investigators officers analysts experts observers
    activists organisers organizers organizers' eyewitnesses survivors passengers paramedics responders
    monitors volunteers supporters opponents critics campaigners study survey audit analysis poll
    census researchers leaders elders chiefs commanders governors ministers mayors spokespeople representatives
    firefighters staff workers spokesman spokeswoman spokesperson officer person people
    diplomat diplomats lawmaker lawmakers scientists""".split()
)

#: News outlets and agencies (lower-case); a speaker so named has kind "outlet".
OUTLETS = frozenset(
    """cnn bbc reuters ap afp ani tass ria novosti ria-novosti interfax xinhua al jazeera
    aljazeera dpa efe ansa kyodo yonhap pti ians nhk abc nbc cbs fox msnbc npr pbs sky
    guardian times post journal telegraph independent bloomberg axios politico haaretz
    wion irna isna mehr fars tasnim anadolu sana ukrinform unian itar-tass rt sputnik
    news agency television tv radio newspaper daily channel media outlet broadcaster
    website""".split()
)

#: Words that make a capitalised phrase an outlet when they end it ("Chilean media").
OUTLET_HEADS = frozenset("media newspaper television tv radio channel broadcaster outlet outlets press".split())
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
    preliminary latest new further unconfirmed other first most some many all no""".split()
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
