"""Claims: a figure plus what it counts, its qualifiers and cues.

Reads the words around each :class:`Quantity` within its clause and maps them
to a canonical metric through ``rules.english.METRICS``.  Generic: no word of
English is written here.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple

import regex

from .phrases import PhraseTable
from .rules import english as rules
from .rules.text_en import CLAUSE_MARKS as _CLAUSE_MARKS
from .events import TextEvents, event_words, kinds, lede_nation, places
from .text import Document, Sentence, Token
from .types import Attribution, Claim, DateMention, Event, Identity, Quantity, Span

if TYPE_CHECKING:  # pragma: no cover
    from .attribution import TextAttribution
    from .options import Rules

#: The metric of a claim about the day an event happened.
DATE_METRIC = "event date"

_CLAUSE_STOP = rules.CLAUSE_STOPS
#: A verb of saying ends a counted noun run ("two biggest unions said"): it is the speaker's verb, not a noun.
_SAYING = rules.REPORTING_VERBS - rules.METRIC_WORDS_THAT_REPORT
_SOFT_STOP = rules.SOFT_STOPS
#: Marks right after a figure that close its clause (the number token may keep a comma the words after it do not show).
_FIGURE_CLOSERS = _CLAUSE_STOP | _SOFT_STOP
_RUN_BREAKS = rules.CLAUSE_STOPS | {rules.COMMA}
_WINDOW = 7
_REACH = 160  # characters read on each side of a figure


_METRIC_PHRASES = PhraseTable.from_lists(rules.METRICS)
#: Single words that name a metric (or a sum's measure): the ones a name may end with ("Alan Price").
_METRIC_NAME_WORDS = frozenset(
    word for words in rules.METRICS.values() for word in words if " " not in word
) | frozenset(rules.MONEY_METRICS) | rules.PERCENT_METRICS
_ACTION_PHRASES = {metric: PhraseTable.from_lists(actions) for metric, actions in rules.METRIC_ACTIONS.items()}
_DOMINANT_PHRASES = {metric: PhraseTable.from_lists({metric: rules.METRICS[metric]}) for metric in rules.DOMINANT_METRICS}


@dataclass(frozen=True)
class Reading:
    """What the words around a figure say about it."""

    metric: Optional[str]
    #: True when the metric was named by a metric word, not guessed from the counted noun or unit.
    named: bool
    qualifiers: Tuple[str, ...]
    counted: Optional[str]  # the counted noun, when one follows the figure
    part_of: bool
    update_cue: Optional[str]
    correction_cue: Optional[str]
    keep: bool  # False when the figure is not a claim (a magnitude, a duration)
    #: A bound written after the counted noun ("59,000 jobs or less"): "at_most" or "at_least".
    postfix_bound: Optional[str] = None
    #: How the figure is put forward (types.MODALITIES).
    modality: str = "count"
    #: Whose the figure is ("Trump has 221 delegates" -> "Trump").
    holder: Optional[str] = None
    #: Words between the figure and its counted noun ("11 single seats" -> ("single",)).
    modifiers: Tuple[str, ...] = ()
    #: The figure follows a rank word ("the first 12 primaries").
    ranked: bool = False
    #: "rise" or "fall" when a verb of change stands right before the figure ("lost 350,000 jobs").
    direction: Optional[str] = None


@dataclass(frozen=True)
class _Window:
    """The words around one figure, bounded on each side (linear in the text whatever the sentence length)."""

    document: Document
    sentence: Sentence
    quantity: Quantity
    before: List[str]
    after: List[str]
    before_clause: List[str]
    after_clause: List[str]
    #: A comma right after the figure closes its noun phrase ("rose to 19, health officials said"): no counted noun
    #: follows (the number token keeps the comma, so the words after it do not show it).
    closed: bool = False

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def start(self) -> int:  # the figure's start in the sentence
        return self.quantity.span[0] - self.sentence.span[0]

    @property
    def end(self) -> int:  # the figure's end in the sentence
        return self.quantity.span[1] - self.sentence.span[0]


def _window(document: Document, sentence: Sentence, quantity: Quantity) -> _Window:
    after = _names_masked(document, quantity.span[1], min(sentence.span[1], quantity.span[1] + _REACH), sentence.span[0])
    before = _names_masked(document, max(sentence.span[0], quantity.span[0] - _REACH), quantity.span[0], sentence.span[0])
    closed = document.text[quantity.span[1]:quantity.span[1] + 1] == ","
    return _Window(document, sentence, quantity, before, after, _clip_before(before), _clip_after(after), closed)


def _names_masked(document: Document, start: int, end: int, sentence_start: int) -> List[str]:
    """``document.words(start, end)``, with a metric word that ends a name written in capitals ("Budget Director
    Alan Price told lawmakers", "Sen. Tom Price") replaced by a mark that names no metric; a title-case line
    ("Death Toll Rises To 40") is left as it is."""
    words = document.words(start, end)
    if _METRIC_NAME_WORDS.isdisjoint(words):
        return words
    tokens = [t for t in document.tokens_in(start, end) if t.shape != "mark" or t.text in _CLAUSE_MARKS]
    letters = [t for t in tokens if t.shape == "word"]
    if len(words) != len(tokens) or sum(t.capitalised for t in letters) * 2 > len(letters):
        return words
    for index in range(1, len(tokens)):
        token, previous = tokens[index], tokens[index - 1]
        if (words[index] in _METRIC_NAME_WORDS and token.capitalised and token.start > sentence_start
                and previous.shape == "word" and previous.capitalised):
            words[index] = rules.NAME_MASK
    return words


def read(document: Document, sentence: Sentence, quantity: Quantity, event_place: Optional[str] = None,
         previous_metric: Optional[str] = None, metric_table: PhraseTable = _METRIC_PHRASES) -> Reading:
    """Read the clause around ``quantity`` within its ``sentence`` of ``document``; ``metric_table``: the metrics to read."""
    w = _window(document, sentence, quantity)
    whole_at = _numbered_partitive(w.after)
    if whole_at is not None:
        # "1,800 of the port's 2,100 workers joined the walkout": the part counts what its whole counts, read after the whole
        w = replace(w, after=w.after[whole_at + 1:], after_clause=_clip_after(w.after[whole_at + 1:]), closed=False)
    # ... and only there: "650 had joined the strike and two of its five terminals were working" counts terminals
    # ... and so does the whole ("... and that five of its seven plants were working": the seven count plants)
    whole = whole_at is None and quantity.unit is None and _partitive_whole(w.before)
    metric, named, counted, position_after = _read_metric(w if whole_at is None and not whole else replace(w, before_clause=[]), previous_metric, metric_table)
    qualifiers, metric, named = _qualifiers(w, metric, named, counted, position_after, event_place)
    if quantity.unit is None and (metric is None or metric in rules.TALLY_METRICS):
        motion = _tally_motion(w)
        if motion is not None:
            # "approved the farm bill 61 to 37": a tally of votes on the bill (the amendment's tally is another quantity)
            metric, named = metric or rules.TALLY_METRIC, True
            qualifiers.append(f"{rules.MOTION_PREFIX}{motion}")
    part_of = _is_part(w)
    if quantity.unit is None and (_after_a_part(w.before) or whole):
        qualifiers.append("total")  # "84 of the 150 seats", "15 of 17 drones", "1,800 of the port's 2,100 workers": the second is the whole
    _place_parts(w, qualifiers, event_place)
    if metric in rules.SCOPED_RATE_METRICS and (quantity.dimension == "percent" or metric in rules.BALANCE_METRICS):
        # "youth unemployment", "turnout among voters under 25", "turnout in the capital": a narrower rate than the whole's
        qualifiers.extend(q for q in _rate_scope(w, metric, event_place) if q not in qualifiers)
    rate_owner = _rate_owner(w, metric) if metric in rules.SCOPED_RATE_METRICS else None
    if metric == "bodies" and quantity.high != 0:
        metric = "killed"  # bodies counted are deaths; "no bodies were found" is not "no one died"
    before_text = " ".join(w.before[-6:])
    update_cue = next((cue for cue in rules.UPDATE_CUES if before_text.endswith(cue) or cue in " ".join(w.before[-4:])), None)
    correction_cue = next((cue for cue in rules.CORRECTION_CUES if cue in " ".join(w.before + w.after)), None) or _correction_notice(document, sentence)
    postfix_bound = None
    after_clause = w.after_clause
    if quantity.kind == "exact" and len(after_clause) >= 3 and after_clause[0].isalpha() and after_clause[1] == rules.POSTFIX_BOUND_JOINER:
        postfix_bound = rules.POSTFIX_BOUNDS.get(after_clause[2])
    modality, direction, modifiers, ranked, holder = _facets(w, qualifiers)
    if quantity.dimension == "percent" and (metric in (None, "percent") or not named) and _pay_rise(w.before_clause, w.after_clause):
        metric, named = rules.PAY_RISE_METRIC, True  # "a raise of 9 percent", "would raise drivers' pay by 14 percent"
    if rate_owner is not None and holder is None:
        holder = rate_owner  # "Varnia's jobless rate was 9.4 percent": Varnia's, not the story's country's
    if quantity.dimension == rules.CURRENCY_DIMENSION and _money_raised(w.before_clause, w.after_clause):
        # "she raised 3.2 million dollars in the second quarter": a sum raised (funds), whose holder is the raiser; with
        # no raiser named it is listed, never compared
        holder = holder or _holder(w.document, w.sentence.span[0], quantity.span[0])
        metric, named = rules.MONEY_RAISED_METRIC, holder is not None
        if update_cue and set(update_cue.split()) & rules.MONEY_RAISING_VERBS:
            update_cue = None  # "raised" is the verb of the sum, not a word of revising it
    if metric in rules.FLOW_METRICS and holder is None:
        holder = _flow_owner(w.text[:w.start])  # "Iraq pumped 4.3 million barrels a day": Iraq's output
    economy = _growing_economy(w.before_clause) if quantity.dimension == "percent" and metric in (None, "percent") else None
    if economy is not None:
        # "the economy grew 5.2 percent": its growth, a rate (not a rise of some level); "China's economy grew": China's
        metric, named, direction, holder = rules.ECONOMY_GROWTH_METRIC, True, None, holder or economy or None
    return Reading(metric, named, tuple(qualifiers), counted, part_of, update_cue, correction_cue, _is_claim(w, named, counted),
                   postfix_bound=postfix_bound, modality=modality, holder=holder, modifiers=modifiers, ranked=ranked, direction=direction)


def _read_metric(w: _Window, previous_metric: Optional[str], table: PhraseTable) -> Tuple[Optional[str], bool, Optional[str], Optional[int]]:
    """The metric a figure counts, whether a metric word named it, its counted noun, and where the metric word stands after it."""
    quantity, before_clause, after_clause = w.quantity, w.before_clause, w.after_clause
    metric: Optional[str] = None
    position_after = None
    found = table.first(after_clause)
    if found and rules.AND in after_clause[: found[1]]:
        close_before = table.last(before_clause[-2:])
        if close_before:
            found = None  # "killing 42 people and wounding 100": the verb before governs
    if found and any(_is_number(word) for word in after_clause[: found[1]]) and table.last(before_clause):
        found = None  # "the death toll rose to 5,434, with 31,777 people injured": the word after is the other figure's
    if found:
        found = _crowd_verb_metric(after_clause, found, table)
        found = _predicate_after_partitive(after_clause, found, table)
    if found and _object_of_own_verb(after_clause, found):
        found = None  # "230 buses had brought protesters": the figure counts its own noun, the metric word is an object
        metric = None
    elif found:
        metric, position_after, length = found
        following = after_clause[position_after + length : position_after + length + 1]
        if position_after <= 2 and (after_clause[position_after + length - 1] in rules.MEASURE_NOUNS or following and following[0] in rules.MEASURE_NOUNS):
            metric = "figures"  # "three different death tolls": a count of figures, not of deaths
        joined = _joined_metric(after_clause, position_after + length, table)
        if joined and joined != metric:
            metric = f"{metric} or {joined}"  # "15 dead or missing": one figure for two counts together
    else:
        found = table.last(before_clause)
        if found is None and before_clause and (before_clause[-1] in rules.LINKING_WORDS or " ".join(before_clause[-2:]) in rules.UPDATE_CUES):
            # "The number of people killed in the crash has risen to 29": the subject names the metric
            found = table.last(_clip_before(w.before, limit=_WINDOW * 4))
        metric = found[0] if found else None
        own_noun = _counted_noun(_noun_words(w))
        if metric in rules.THING_METRICS and own_noun and own_noun not in rules.PERSON_NOUNS and own_noun not in rules.METRICS[metric]:
            metric = None  # "gained 17 seats and would talk to two smaller parties": the figure counts its own noun
        elif metric and own_noun and before_clause and before_clause[-1] in rules.PLACE_COUNT_PREPOSITIONS and own_noun in rules.PLACE_COUNT_NOUNS:
            metric = None  # "30 dead in two villages", "attacks across 10 provinces": the figure counts the places
        elif (metric and found and own_noun and own_noun not in rules.GENERIC_COUNTED and own_noun not in rules.PERSON_NOUNS
              and own_noun not in rules.METRICS.get(metric, ()) and any(_is_number(word) or word in rules.NUMBER_WORDS for word in before_clause[: found[1]])
              and w.text[w.end : w.end + 1] not in _FIGURE_CLOSERS and _own_verb(after_clause, own_noun)):
            # "40 people were arrested and that 14 police stations had been attacked": the metric word after the
            # other figure is that figure's; this one has a noun and a verb of its own
            metric = None
    for dominant in rules.DOMINANT_METRICS:
        # "turnout in Sunday's vote at 74 percent": turnout, not votes
        if _DOMINANT_PHRASES[dominant].first(before_clause) or _DOMINANT_PHRASES[dominant].first(after_clause):
            metric = dominant
    counted = _counted_noun(_noun_words(w))
    if metric in rules.THING_METRICS and counted in rules.PERSON_NOUNS:
        metric = None  # "forced 2,500 people from their homes": people, not homes
    if metric is None and counted in rules.GENERIC_COUNTED and _attended(after_clause):
        metric = rules.ATTENDANCE_METRIC  # "the fire marshal said about 4,500 people attended": the story's crowd
    if metric is None and (counted is None or counted in rules.GENERIC_COUNTED or counted in rules.CROWD_COUNTED) and _drawn_by_gathering(before_clause):
        metric = rules.ATTENDANCE_METRIC  # "Sunday's march drew 15,000 people", "the vigil attracted about 300"
    metric, elided = _elided_metric(w, metric, counted, previous_metric)
    named = metric is not None and not elided
    if metric is None:
        if quantity.dimension and quantity.dimension not in ("duration",):
            metric = _dimension_metric(quantity, before_clause, counted)
        elif counted and counted not in rules.NOT_COUNTED_NOUNS:
            metric = counted
        elif w.closed and _counted_noun(after_clause) not in rules.NOT_COUNTED_NOUNS:
            # "Maybe 40, maybe more": the word after the comma stays the figure's (never compared) label, as before the
            # comma closed its phrase; it is no counted noun of a named metric
            metric = _counted_noun(after_clause)
    return metric, named, counted, position_after


def _predicate_after_partitive(after_clause: Sequence[str], found: Tuple[str, int, int], table: PhraseTable) -> Tuple[str, int, int]:
    """"one of the wounded has died", "two of the missing were found alive": after a partitive of one metric's
    people, a verb of another metric in the same clause says what the figure counts."""
    metric, position, length = found
    if tuple(after_clause[:position]) not in rules.PARTITIVE_OPENERS:
        return found
    rest = after_clause[position + length :]
    verb = table.first(rest)
    if verb is None or verb[0] == metric or verb[1] > _CROWD_VERB_REACH:
        return found
    return verb[0], position + length + verb[1], verb[2]


def _object_of_own_verb(after_clause: Sequence[str], found: Tuple[str, int, int]) -> bool:
    """Is the metric word a noun of people standing after the figure's own noun and verb ("230 buses had brought
    protesters", "40 trucks carried refugees")?"""
    position = found[1]
    if after_clause[position] not in rules.PEOPLE_NOUN_WORDS:
        return False
    noun = _counted_noun(after_clause)
    if noun is None or noun in rules.GENERIC_COUNTED or noun in rules.PERSON_NOUNS or noun in rules.PEOPLE_NOUN_WORDS:
        return False
    at = list(after_clause).index(noun)
    return at < position and _own_verb(after_clause, noun)


def _drawn_by_gathering(before_clause: Sequence[str]) -> bool:
    """Does a verb of drawing a crowd stand right before the figure, after a gathering as its subject ("the rally
    drew 4,000", "Saturday's vigil attracted a crowd of 300")?"""
    words = list(before_clause)
    for opener in rules.CROWD_OF:
        if tuple(words[-len(opener):]) == opener:
            words = words[: -len(opener)]
            break
    if not words or words[-1] not in rules.DRAWING_VERBS:
        return False
    return any(word in rules.GATHERING_NOUNS for word in words[:-1])


def _attended(after_clause: Sequence[str]) -> bool:
    """Does a verb of attending with no object end the figure's clause ("4,500 people attended", "800 people showed up")?
    With an object ("attended the funeral") the gathering is named, and only the crowd phrases say which."""
    run = len(_noun_run(after_clause))
    for phrase in rules.ATTENDANCE_VERBS:
        words = phrase.split()
        end = run + len(words)
        if list(after_clause[run:end]) == words and (end == len(after_clause) or after_clause[end] in _SOFT_STOP):
            return True
    return False


def _crowd_verb_metric(after_clause: Sequence[str], found: Tuple[str, int, int], table: PhraseTable) -> Tuple[str, int, int]:
    """"40 protesters were arrested", "12 demonstrators were injured": after a crowd noun, a verb of another metric
    of people in the same clause names what the figure counts; else the crowd noun does."""
    metric, position, length = found
    if metric != "protesters" or after_clause[position] not in rules.CROWD_NOUNS:
        return found
    rest = after_clause[position + length:]
    verb = table.first(rest)
    if verb is None or verb[0] == metric or verb[0] not in rules.PEOPLE_METRICS or verb[1] > _CROWD_VERB_REACH:
        return found
    return verb[0], position + length + verb[1], verb[2]


def _elided_metric(w: _Window, metric: Optional[str], counted: Optional[str], previous_metric: Optional[str]) -> Tuple[Optional[str], bool]:
    """An elided count ("to 45 and then 46", "18 over the Belgorod region") continues the claim before it;
    its own clause still says which action ("30 of them were shot down")."""
    before_clause, after_clause = w.before_clause, w.after_clause
    elided = False
    totalling = counted in rules.GENERIC_COUNTED and (
        (before_clause[-1:] and before_clause[-1] in rules.TOTALLING_VERBS) or any(f" {cue} " in " " + " ".join(after_clause) + " " for cue in rules.TOTAL_CUES)
    )
    contrast = bool(before_clause) and before_clause[0] in rules.CONTRAST_OPENERS and _own_verb(after_clause, counted)
    if metric is None and previous_metric and w.quantity.unit is None and (counted in rules.ELIDED_FOLLOWERS or totalling) and not contrast:
        metric, elided = previous_metric.split()[0] if previous_metric.split()[0] in _ACTION_PHRASES else previous_metric, True
    if metric in _ACTION_PHRASES:
        # "missiles downed" and "missiles launched", "votes counted" and "votes" are different quantities
        action = _ACTION_PHRASES[metric].first(after_clause) or _ACTION_PHRASES[metric].last(before_clause)
        metric = f"{metric} {action[0]}" if action else (previous_metric if elided else metric)
    return metric, elided


def _qualifiers(w: _Window, metric: Optional[str], named: bool, counted: Optional[str], position_after: Optional[int],
                event_place: Optional[str]) -> Tuple[List[str], Optional[str], bool]:
    """Severity, status, group, sub-area, beneficiary, projection and total qualifiers; money and shares settle the metric."""
    quantity, before_clause, after_clause = w.quantity, w.before_clause, w.after_clause
    qualifiers: List[str] = []
    scope = after_clause[: (position_after + 1) if position_after is not None else 4]
    for word in scope + before_clause[-3:]:
        if (word in rules.SEVERITY_QUALIFIERS or word in rules.STATUS_QUALIFIERS) and word not in qualifiers:
            qualifiers.append(word)
    if counted in rules.GROUP_QUALIFIERS:
        qualifiers.append(counted)
    elif not w.closed and len(after_clause) > 1 and after_clause[1] in rules.GROUP_QUALIFIERS and after_clause[0] not in rules.NOT_GROUP_OPENERS:
        qualifiers.append(after_clause[1])
    if quantity.unit is not None and (metric in rules.PEOPLE_METRICS or quantity.dimension == "currency" and metric in rules.METRICS):
        metric = _dimension_metric(quantity, before_clause, counted)  # "Rs 4 lakh" near "the dead", "jobs and a deficit of $40m": money
        named = False
    sub_area = _sub_area(w.text, w.end, event_place)
    if sub_area:
        qualifiers.append(f"in {sub_area}")
    beneficiary = _beneficiary(w.text, w.start, w.end) if quantity.dimension == "percent" or metric in rules.SHARE_METRICS else None
    if beneficiary is not None:
        qualifiers.append(f"for {beneficiary}")
        if quantity.dimension == "percent" and (not named or metric in ("votes", "percent")):
            metric = "vote share"
    recent = " ".join(w.before[-6:]) + " "
    if any(f"{cue} " in recent for cue in rules.PROJECTION_CUES):
        qualifiers.append("projected")  # "total damage could reach $4 billion"
    clause_text = " " + " ".join(before_clause + after_clause) + " "
    if any(f" {cue} " in clause_text for cue in rules.TOTAL_CUES):
        qualifiers.append("total")
    return qualifiers, metric, named


def _correction_notice(document: Document, sentence: Sentence) -> Optional[str]:
    """The notice of a correction in the sentence before, in the same paragraph ("An earlier version of this story misstated the
    number of injured. The ministry said 13 were injured."): the figure after it is the corrected one."""
    if sentence.index == 0:
        return None
    previous = document.sentences[sentence.index - 1]
    if previous.paragraph != sentence.paragraph or previous.span[1] - previous.span[0] > _NOTICE_LENGTH:
        return None  # a notice is a short sentence (and a long one is not read once per figure)
    words = " " + " ".join(document.words(*previous.span)) + " "
    return next((cue for cue in rules.CORRECTION_NOTICES if f" {cue} " in words), None)


#: The longest sentence, in characters, read as a notice of correction.
_NOTICE_LENGTH = 300
def _rate_scope(w: _Window, metric: str, event_place: Optional[str]) -> List[str]:
    """What narrows a rate to a part of its population or a narrower measure: a modifier before its metric word
    ("youth unemployment", "core inflation"), a population ("turnout among women", "unemployment for young people",
    "41 percent among first-time voters", a sentence opening "Among women,"), or a place between its metric word and
    the figure ("turnout in the capital", "turnout there" after "Officials in Korsk said")."""
    names = rules.RATE_METRIC_WORDS.get(metric, (metric,))
    before = w.before_clause
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in names), None)
    scope: List[str] = []
    population = _population(w.after_clause) or _fronted_population(w.document, w.sentence)
    if at is None:
        return [population] if population else []
    if at > 0 and before[at - 1] in rules.RATE_MEASURE_MODIFIERS:
        scope.append(before[at - 1])
    between = before[at + 1:]
    if between[:1] and between[0] in rules.RATE_HEADS:
        between = between[1:]
    population = _population(between) or population
    if population:
        scope.append(population)
    if between[:1] == [rules.RATE_THERE] or w.after_clause[:1] == [rules.RATE_THERE]:
        named = [p for p in places(w.text[:w.start]) if p != event_place]
        scope.append(f"in {named[-1]}" if named else "in one place")
    elif not between[:1] or between[0] not in rules.FRONTED_PLACE_PREPOSITIONS:
        return scope
    else:
        end = _metric_word_end(w.text[:w.start], names)
        area = _sub_area(w.text[:w.start], end, event_place) if end is not None else None
        if area and not (area[:1].isupper() and area.lower() in _lede(w.document)):
            scope.append(f"in {area}")  # a place the lede names is the story's own ground, not a part of it
        elif area is None:
            # "turnout in rural areas", "unemployment in coastal towns": a kind of area, a part of the ground
            at_noun = next((k for k, word in enumerate(between[1:1 + rules.FRONTED_PLACE_MAX_WORDS], 1)
                            if word in rules.PLACE_COUNT_NOUNS or word in rules.AREA_NOUNS), None)
            if at_noun is not None and not any(_is_number(word) for word in between[1:at_noun]):
                scope.append("in " + " ".join(between[1:at_noun + 1]))
    return scope


_RATE_OWNER = regex.compile(r"(?P<owner>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)['\u2019]s\s+(?:[\p{Ll}\-]+\s+){0,2}$")


def _rate_owner(w: _Window, metric: str) -> Optional[str]:
    """Whose rate a figure is when its metric word has an owner of its own ("Varnia's jobless rate", "Swedish
    unemployment", "Norland's budget deficit"); None when it names none, or names the country the text's first sentence
    names (the story's own)."""
    names = rules.RATE_METRIC_WORDS.get(metric, (metric,))
    start = _metric_word_start(w.text[:w.start], names)
    if start is None:
        return None
    before = w.text[:start]
    words = before.lower().split()
    owner: Optional[str] = None
    if words and words[-1] in rules.NATION_OF_ADJECTIVE:
        owner = rules.NATION_OF_ADJECTIVE[words[-1]]  # "Swedish unemployment"
    else:
        match = _RATE_OWNER.search(before)
        if match is None or match.group("owner").split()[0].lower() in rules.NOT_NAMES:
            return None
        owner = match.group("owner")
    if owner.lower() in _lede(w.document) or lede_nation(w.document) == owner.lower():
        return None  # the country of the story
    return owner


def _lede(document: Document) -> str:
    """The text's first sentence, in lower case, past a dateline set apart ("BRESK (Wire) -")."""
    for sentence in document.sentences[:2]:
        if len(sentence.text.split()) > rules.DATELINE_MAX_WORDS or not sentence.text.rstrip().endswith(rules.DATELINE_ENDS):
            return sentence.text.lower()
    return ""


def _metric_word_start(text: str, names: Sequence[str]) -> Optional[int]:
    """Where the last of a rate's metric words starts in ``text``."""
    found = None
    for match in regex.finditer(rf"\b(?:{'|'.join(names)})\b", text, flags=regex.IGNORECASE):
        found = match.start()
    return found


def _population(words: Sequence[str]) -> Optional[str]:
    """"among voters under 25", "for young people": the part of the population a rate is for, else None."""
    if not words or words[0] not in (rules.RATE_POPULATION_OPENER, rules.RATE_POPULATION_FOR):
        return None
    run: List[str] = []
    for word in words[1:1 + rules.FRONTED_PLACE_MAX_WORDS]:
        if word in rules.LINKING_WORDS or word in _SAYING or not word[:1].isalnum():
            break
        run.append(word)
    if not run or words[0] == rules.RATE_POPULATION_FOR and not set(run[:2]) & rules.RATE_POPULATION_GROUPS:
        return None
    return rules.POPULATION_PREFIX + " ".join(run)


def _fronted_population(document: Document, sentence: Sentence) -> Optional[str]:
    """A sentence that opens with a population ("Among women, turnout was 63 percent")."""
    words = document.words(sentence.span[0], min(sentence.span[1], sentence.span[0] + _REACH))
    if words[:1] != [rules.RATE_POPULATION_OPENER] or "," not in words:
        return None
    return _population(words[:words.index(",")])


def _metric_word_end(text: str, names: Sequence[str]) -> Optional[int]:
    """Where the last of a rate's metric words ends in ``text``."""
    found = None
    for match in regex.finditer(rf"\b(?:{'|'.join(names)})\b", text, flags=regex.IGNORECASE):
        found = match.end()
    return found


def _numbered_partitive(after: Sequence[str]) -> Optional[int]:
    """Where the whole's figure stands in "N of the [port's] M ..." after the part N, else None."""
    if after[:1] != [rules.OF]:
        return None
    for index in range(1, min(len(after), 2 + rules.PARTITIVE_WHOLE_WORDS)):
        word = after[index]
        if _is_number(word) or word in rules.NUMBER_WORDS:
            return index if index > 1 else None
        if not (word in rules.PHRASE_ARTICLES or word in rules.HOLDER_DETERMINERS or word.endswith(("'s", "\u2019s"))):
            return None
    return None


def _partitive_whole(before: Sequence[str]) -> bool:
    """Is the figure the whole of "N of the [port's] M": "of" and a number before it, only an article or a possessive between?"""
    for index in range(len(before) - 1, max(-1, len(before) - 2 - rules.PARTITIVE_WHOLE_WORDS), -1):
        word = before[index]
        if word == rules.OF:
            return index > 0 and index < len(before) - 1 and (_is_number(before[index - 1]) or before[index - 1] in rules.NUMBER_WORDS)
        if not (word in rules.PHRASE_ARTICLES or word in rules.HOLDER_DETERMINERS or word.endswith(("'s", "\u2019s"))):
            return False
    return False


def _is_part(w: _Window) -> bool:
    """Is the figure a part of another, never compared with its whole ("among them 9", "one of the dead", "the other 5")?"""
    quantity, before, after = w.quantity, w.before, w.after
    before_text = " ".join(before[-6:])
    if any(before_text.endswith(cue) or f"{cue} " in before_text[-len(cue) - 12 :] for cue in rules.PART_OF_CUES):
        return True
    colon = len(before) - before[::-1].index(":") - 1 if ":" in before else -1
    last_colon = w.text.rfind(":", max(0, w.start - _REACH), w.start)
    if last_colon >= 0 and w.text[last_colon + 1:last_colon + 2].isdigit():
        colon = -1  # "(06:10) Police say 9 ...", "a 3:1 vote": a time or a ratio, not a total and its items
    if colon > 0 and any(_is_number(before[k]) and not (k > 0 and before[k - 1] in rules.NUMBERED_LABELS)
                         for k in range(max(0, colon - 4), colon)):
        return True  # "42 drones: 18 over Belgorod, 14 over Kursk": the items of a total (not "UPDATE 2: 8 dead", a label)
    if quantity.unit is not None:
        return False
    return (
        (after[:1] == [rules.OF] and len(after) > 1 and after[1] in rules.PARTITIVE_HEADS)  # "one of the dead", "two of them"
        # "the other 5", "a further two", "three more": a part beside the one before
        or any(before_text.endswith(cue) for cue in rules.COMPLEMENT_CUES) or bool(after[:1]) and after[0] in rules.COMPLEMENT_AFTER
        # "each involving 500 workers", "five apiece": a figure per unit, not a total
        or bool((set(before[-3:]) | set(after[:2])) & rules.DISTRIBUTIVE_WORDS)
        or _after_partitive(before[-_PARTITIVE_REACH:])  # "of the 2 confirmed dead, 1 ..."
    )


def _place_parts(w: _Window, qualifiers: List[str], event_place: Optional[str]) -> None:
    """A fronted place ("In the capital, ...") or "alone" ("17 died there alone") makes the figure one place's part."""
    fronted = _fronted_place(w.document, w.sentence)
    if fronted is not None and w.start > len(fronted) + 8:
        reach = max(0, w.start - _REACH)  # bounded: a run-on sentence stays linear
        clause_start = max(w.text.rfind(mark, reach, w.start) for mark in ",;:")
        own = _sub_area(w.text, w.end, None) or next(iter(places(w.text[max(reach, clause_start):w.start])), None)
        if own is not None and own.lower() not in fronted.lower():
            # "In the Varna region, ... nobody, while 3 were hurt in Sorin": the clause names its own place
            fronted = own if own != event_place else None
    if fronted and fronted != event_place and not any(q.startswith("in ") for q in qualifiers):
        qualifiers.append(f"in {fronted}")
    if set(w.after_clause[:_PART_AFTER_REACH]) & rules.PART_AFTER_WORDS and not any(q.startswith("in ") for q in qualifiers):
        named_places = [p for p in places(w.text) if p != event_place]
        qualifiers.append(f"in {named_places[0]}" if named_places else "in one place")


def _is_claim(w: _Window, named: bool, counted: Optional[str]) -> bool:
    """False for what is no count claim: durations, magnitudes, scores, modifiers ("a two-storey house"), superlatives."""
    quantity, before_clause, after_clause, after = w.quantity, w.before_clause, w.after_clause, w.after
    text, start, end = w.text, w.start, w.end
    if quantity.dimension == "duration" or quantity.unit in rules.NOT_CLAIM_UNITS:
        return False  # a duration or an age; a fraction ("a third of the homes") is a share of a count, not a count
    if after_clause[:1] and after_clause[0] in rules.NOT_A_COUNT_AFTER or before_clause[-1:] and before_clause[-1] in rules.NOT_A_COUNT_BEFORE:
        return False
    if quantity.unit is None:
        if quantity.value is not None and quantity.value < 10 and any(word in rules.MAGNITUDE_WORDS for word in before_clause[-4:]):
            return False  # "the survey measured the quake at 6.2": a magnitude
        if _SCORE_AFTER.match(text, end) or _SCORE_BEFORE.search(text, max(0, start - 4), start):
            return False  # a score: "a 2-1 win", "won 3-0"
        if text[end : end + 1] in ("-", "\u2011") and text[end + 1 : end + 2].isalpha():
            return False  # "a one-bedroom flat", "a two-storey house": a modifier, not a count
    if after[:2] == [rules.OF, rules.THE] and len(after) > 2 and (after[2].endswith(rules.SUPERLATIVE_ENDING) or after[2] in rules.SUPERLATIVE_WORDS):
        return False  # "one of the largest demonstrations"
    if quantity.text.lower() == rules.ONE and _one_idiom(w):
        return False  # "at one point", "for one thing", "one another"
    if quantity.high == 0 and not named and not (counted or "").endswith("s"):
        return False  # "no trace", "no comment": nothing countable is negated
    return not (quantity.text.lower() in rules.ARTICLE_COUNT_WORDS and not named)


def _one_idiom(w: _Window) -> bool:
    """Is this "one" part of an idiom that counts nothing ("at one point", "on the one hand", "one-on-one")?"""
    before = w.before_clause[-1] if w.before_clause else ""
    after = w.after_clause[0] if w.after_clause else ""
    if w.text[max(0, w.start - 7) : w.start].lower().endswith("on-one-") or w.text[max(0, w.start - 4) : w.start].lower() == "-on-":
        return True  # "one-on-one interviews"
    if not w.before_clause and after in rules.GENERIC_ONE_MODALS:
        return True  # "One can only guess how many ...": the generic pronoun
    return (before, after) in rules.ONE_IDIOMS or ("", after) in rules.ONE_IDIOMS or (before, "") in rules.ONE_IDIOMS


def _facets(w: _Window, qualifiers: List[str]) -> Tuple[str, Optional[str], Tuple[str, ...], bool, Optional[str]]:
    """Modality, direction of change, modifiers of the counted noun, rank, and holder."""
    quantity, before, before_clause, after_clause = w.quantity, w.before, w.before_clause, w.after_clause
    modality = "projection" if "projected" in qualifiers else _modality(before_clause, after_clause)
    if modality == "count" and _expected_to(before_clause):
        modality = "projection"  # "economists had expected the firm to report 95,000 new jobs"
    if modality == "count" and _DEMAND_PHRASES.last(list(before_clause[-_MODALITY_REACH:])):
        modality = "target"  # "the union is asking for a 10 percent raise": what is asked for is no count
    if " ".join(before_clause[-2:]) in rules.PREVIOUS_LEVEL_CUES or before_clause[-1:] and before_clause[-1] in rules.PREVIOUS_LEVEL_CUES:
        modality = "previous"  # "97 seats, up from 80": the level before, another period
    elif _movement_start(before_clause, after_clause):
        modality = "previous"  # "rose to 64 percent from 58 percent", "fell from 8.4 percent to 7.8 percent": the level before
    # "lost 350,000 jobs", "up 400,000": a change with its direction, not a level ("rose to 14" is a level)
    direction = rules.CHANGE_DIRECTIONS.get(before_clause[-1]) if before_clause else None
    if direction is None:
        direction = _direction_past_focus(before_clause)  # "added only 89,000 jobs"
    if direction is None and before_clause and quantity.unit is None:
        direction = rules.COUNT_CHANGE_DIRECTIONS.get(before_clause[-1])  # "will cost 1,200 jobs", not "cost $4 billion"
    run = _noun_run(_noun_words(w))
    if direction is None:
        direction = _passive_direction(after_clause, len(run))  # "200,000 jobs had been created", "80,000 jobs were lost"
    modifiers = tuple(word for word in run[:-1] if word not in rules.SEVERITY_QUALIFIERS and word not in rules.STATUS_QUALIFIERS)
    # "the first 12 primaries", "the past 10 years": a rank or a span, not a count of the metric
    ranked = bool(before[-1:]) and before[-1] in rules.RANK_WORDS
    holder = _holder(w.document, w.sentence.span[0], quantity.span[0]) if quantity.unit is None or quantity.dimension == "percent" else None
    if holder is None and (quantity.unit is None or quantity.dimension == "percent"):
        holder = _participle_subject(w.text, w.start)  # "Marsh was elected mayor, receiving 47,310 votes": the subject's
    return modality, direction, modifiers, ranked, holder


_MODALITY_PHRASES = PhraseTable.from_lists(rules.MODALITY_CUES)
_DEMAND_PHRASES = PhraseTable.from_lists({"target": rules.DEMAND_CUES})
_HYPOTHETICAL_WORDS = frozenset(w for w in rules.MODALITY_CUES["hypothetical"] if " " not in w)
#: Words after a figure where "alone" may close its clause.
_PART_AFTER_REACH = 6
#: Words back from a figure where "Of the 121 people detained ..., 77" may open its partitive.
_PARTITIVE_REACH = 14
#: Lower-case words (auxiliaries, adverbs) a holder may stand before its verb.
_HOLDER_SKIP = 3
#: Words after a crowd noun where a verb of another metric may stand ("protesters were later arrested").
_CROWD_VERB_REACH = 3
#: Words read on each side of a figure for its modality.
_MODALITY_REACH = 5


_FRONTED_PLACE_OF = regex.compile(
    rf"^\p{{L}}+\s+the\s+(?:\p{{Ll}}+\s+){{0,2}}?(?:{'|'.join(rules.ADMIN_BEFORE_NAME)})\s+of\s+"
    rf"(?P<name>\p{{Lu}}[\p{{L}}\-]+(?:\s+\p{{Lu}}[\p{{L}}\-]+){{0,2}})\s*,")


def _fronted_place(document: Document, sentence: Sentence) -> Optional[str]:
    """The place a sentence opens with, before a comma ("In the capital,", "Across the north,"), or None.

    Only a noun phrase of a few words, with no date, number or verb in it: "In 2019," and "In a statement," are not places.
    """
    tokens = document.tokens_in(sentence.span[0], min(sentence.span[1], sentence.span[0] + _REACH))
    if len(tokens) < 3 or tokens[0].lower not in rules.FRONTED_PLACE_PREPOSITIONS:
        return None
    named = _FRONTED_PLACE_OF.match(sentence.text)
    if named:
        return named.group("name")  # "In the port city of Ostra, police said 6,000 people marched"
    words = []
    for token in tokens[1 : 2 + rules.FRONTED_PLACE_MAX_WORDS]:
        if token.text == ",":
            break
        if token.shape != "word" or token.lower in rules.NOT_PLACE_WORDS:
            return None
        words.append(token)
    else:
        return None
    content = [t for t in words if t.lower not in rules.PHRASE_ARTICLES]
    if not content or words[0].lower in rules.INDEFINITE_ARTICLES or not (content[-1].capitalised or content[-1].lower in rules.AREA_NOUNS):
        return None
    return " ".join(t.text for t in content)


def _modality(before_clause: Sequence[str], after_clause: Sequence[str]) -> str:
    """The modality a cue in the figure's clause gives it; the cue nearest the figure wins."""
    after = _MODALITY_PHRASES.first(list(after_clause[:_MODALITY_REACH]))
    before = _MODALITY_PHRASES.last(list(before_clause[-_MODALITY_REACH:]))
    window = set(before_clause[-_MODALITY_REACH:]) | set(after_clause[:_MODALITY_REACH])
    if window & _HYPOTHETICAL_WORDS:
        return "hypothetical"  # "300 homes could flood if the dam breaks": the condition governs
    if after and before:
        return after[0] if after[1] < len(before_clause[-_MODALITY_REACH:]) - before[1] else before[0]
    found = after or before
    return found[0] if found else "count"


def _holder(document: Document, sentence_start: int, figure_start: int) -> Optional[str]:
    """The noun phrase that has or gains the figure: "Trump leads with 221", "Sanders picked up two"."""
    tokens = document.tokens_in(max(sentence_start, figure_start - _REACH), figure_start)
    index = len(tokens) - 1
    while index >= 0 and tokens[index].lower in rules.HOLDER_GAP_WORDS:
        if tokens[index].lower in rules.HOLDER_OBJECT_PREPOSITIONS:
            verb = _verb_before_object(tokens, index)
            if verb is not None:
                index = verb  # "Bush received the most votes at 26 percent", "Ortiz won the race with 52 percent"
                break
        index -= 1
    if index < 1 or not (tokens[index].lower in rules.HOLDER_VERBS or tokens[index].lower in rules.HOLDER_CHANGE_VERBS):
        return None
    index -= 1
    skipped: List[str] = []
    while (index >= 0 and tokens[index].shape == "word" and not tokens[index].capitalised
           and tokens[index].lower not in rules.PERSONAL_PRONOUNS and tokens[index].lower not in rules.HOLDER_RELATIVES
           and tokens[index].lower not in rules.HOLDER_DETERMINERS):
        skipped.append(tokens[index].lower)  # auxiliaries and adverbs ("Trump has already won"), or a common noun
        index -= 1
        if len(skipped) > _HOLDER_SKIP:
            return None
    if index >= 0 and tokens[index].lower in rules.HOLDER_DETERMINERS:
        # "the ruling party holds 212 seats": a common noun phrase after its determiner
        nouns = [w for w in reversed(skipped) if w not in rules.HOLDER_AUXILIARIES]
        return " ".join(nouns) if nouns else None
    if index < 0 or tokens[index].shape != "word":
        return None
    if tokens[index].lower in rules.HOLDER_RELATIVES and index >= 2 and tokens[index - 1].text == "," and tokens[index - 2].capitalised:
        index -= 2  # "President Obama, who got nearly 66 million votes": the antecedent holds it
    elif tokens[index].lower in rules.PERSONAL_PRONOUNS:
        return tokens[index].lower
    if not tokens[index].capitalised:
        return None
    end = index
    while index > 0 and tokens[index - 1].capitalised and tokens[index - 1].shape == "word":
        index -= 1
    words = [t.text for t in tokens[index : end + 1]]
    words[-1] = words[-1][:-2] if words[-1].lower().endswith(("'s", "\u2019s")) else words[-1]
    return " ".join(words)


def _movement_start(before_clause: Sequence[str], after_clause: Sequence[str]) -> bool:
    """Is the figure the level a movement started from: "from" before it, and a new level "to N" just before ("rose to 64
    percent from 58 percent") or just after ("from 58 percent to 64 percent"), or a verb of change right before "from"?"""
    if before_clause[-1:] != [rules.MOVEMENT_FROM]:
        return False
    if after_clause[:1] == [rules.MOVEMENT_TO] and len(after_clause) > 1 and _is_number(after_clause[1]):
        return True
    if len(before_clause) >= 2 and (before_clause[-2] in rules.CHANGE_DIRECTIONS or before_clause[-2] in rules.MOVEMENT_VERBS):
        return True  # "unemployment fell from 8.4 percent"
    run = before_clause[-1 - rules.MOVEMENT_LEVEL_WORDS:-1]
    return any(_is_number(word) and k > 0 and run[k - 1] == rules.MOVEMENT_TO for k, word in enumerate(run))


def _expected_to(before_clause: Sequence[str]) -> bool:
    """Does an expectation verb govern the figure, through its object and "to" ("had expected the firm to report",
    "forecast the bank to earn") or as its object ("had expected a rate of 4.21 million")?"""
    for index, word in enumerate(before_clause):
        if word in rules.EXPECTATION_VERBS and rules.INFINITIVE_TO in before_clause[index + 2:index + 2 + rules.EXPECTATION_OBJECT_WORDS]:
            return True
    # "economists had expected a rate of 4.21 million": the expectation's object is the figure
    return any(word in rules.EXPECTATION_VERBS for word in before_clause[-rules.EXPECTATION_OBJECT_WORDS:])


def _direction_past_focus(before_clause: Sequence[str]) -> Optional[str]:
    """The direction of a change verb a focus word separates from its figure ("added only 89,000", "lost just 900")."""
    if len(before_clause) >= 2 and before_clause[-1] in rules.DIRECTION_FOCUS_WORDS:
        return rules.CHANGE_DIRECTIONS.get(before_clause[-2])
    return None


def _passive_direction(after_clause: Sequence[str], run_length: int) -> Optional[str]:
    """The direction of a change a passive verb after the counted noun states ("jobs had been lost": a fall)."""
    k = run_length
    while k < len(after_clause) and after_clause[k] in rules.PASSIVE_DIRECTION_AUXILIARIES:
        k += 1
    if k == run_length or k >= len(after_clause):
        return None  # no auxiliary: "400 jobs lost" is read elsewhere, "12 cut off" is no passive
    return rules.CHANGE_DIRECTIONS.get(after_clause[k])


def _verb_before_object(tokens: Sequence[Token], preposition: int) -> Optional[int]:
    """The holder verb before a short object and "at"/"with" ("received [the most votes] at 26 percent"), if any."""
    for k in range(preposition - 1, max(-1, preposition - 2 - rules.HOLDER_OBJECT_WORDS), -1):
        token = tokens[k]
        if token.lower in rules.HOLDER_VERBS:
            return k if k < preposition - 1 else None
        if token.shape != "word" or token.capitalised:
            return None
    return None


_NAME_WORD = r"\p{Lu}[\p{L}\-]+"
_BENEFICIARY_AFTER = regex.compile(
    rf"\G[^,;:.\d]{{0,40}}?\b(?:{rules.BENEFICIARY_AFTER})\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)
_BENEFICIARY_WITH = regex.compile(
    rf"\b(?:{rules.BENEFICIARY_BEFORE_WITH})\s+(?P<name>{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,2}}\s*,\s*with\s+(?:(?:{rules.BENEFICIARY_APPROXIMATORS})\s+)?$"
)
_BENEFICIARY_BEFORE = regex.compile(
    rf"(?:{_NAME_WORD}\s+){{0,2}}?(?P<name>{_NAME_WORD})\s+(?:(?:{rules.BENEFICIARY_AUXILIARIES})\s+)?(?:{rules.BENEFICIARY_VERBS})\s+(?:(?:{rules.BENEFICIARY_APPROXIMATORS})\s+)?$"
)


_SUB_AREA = regex.compile(
    rf"\G[^,;:.\d]{{0,40}}?\b(?:{rules.SUB_AREA_PREPOSITIONS})\s+(?:the\s+)?(?P<name>\p{{Lu}}[\p{{L}}\-\u2019']+(?:\s+\p{{Lu}}[\p{{L}}\-\u2019']+){{0,2}})"
)


_SUB_AREA_OF = regex.compile(
    rf"\G[^,;:.\d]{{0,40}}?\b(?:{rules.SUB_AREA_PREPOSITIONS})\s+the\s+(?:\p{{Ll}}+\s+){{0,2}}?(?:{'|'.join(rules.ADMIN_BEFORE_NAME)})\s+of\s+"
    rf"(?P<name>\p{{Lu}}[\p{{L}}\-\u2019']+(?:\s+\p{{Lu}}[\p{{L}}\-\u2019']+){{0,2}})"
)


_GENERIC_AREA = regex.compile(
    rf"\G[^,;:.\d]{{0,40}}?\b(?:in|across)\s+(?P<name>(?:(?:{rules.GENERIC_AREA_DETERMINERS})\s+(?:own\s+)?(?:[\p{{Ll}}]+-(?:{rules.AREA_HOLDING_SUFFIXES})\s+)?"
    rf"|[\p{{Ll}}]+-(?:{rules.AREA_HOLDING_SUFFIXES})\s+)(?:{rules.GENERIC_AREA_NOUNS}))\b(?!\s+of\b)"
)


def _sub_area(sentence_text: str, q_end: int, event_place: Optional[str]) -> Optional[str]:
    """A place named in the figure's own clause that is not the event's place ("three drowned in Poipet", "6,000
    marched in the port city of Orsk")."""
    match = _SUB_AREA.match(sentence_text, q_end, min(len(sentence_text), q_end + 80)) \
        or _SUB_AREA_OF.match(sentence_text, q_end, min(len(sentence_text), q_end + 80))
    if not match:
        generic = _GENERIC_AREA.match(sentence_text, q_end, min(len(sentence_text), q_end + 80))
        return generic.group("name") if generic else None  # "8 were killed in the city": a part of the ground
    name = match.group("name")
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in name.lower().split()]
    if words[0] in rules.NOT_NAMES or words[-1] in rules.ORGANISATION_HEADS or name.lower() in rules.BROAD_PLACES:
        return None
    if event_place and (words[0] in event_place.lower() or event_place.lower().split()[0] in words):
        return None
    return name


def _beneficiary(sentence_text: str, q_start: int, q_end: int) -> Optional[str]:
    """Who a share is for: "51 percent for Ortiz", "Ortiz had taken 51 percent" -> "ortiz" (the last name)."""
    after = _BENEFICIARY_AFTER.match(sentence_text, q_end, min(len(sentence_text), q_end + 80))
    if after:
        name = after.group("name").split()[-1]
    else:
        before = _BENEFICIARY_BEFORE.search(sentence_text, max(0, q_start - 60), q_start) or _BENEFICIARY_WITH.search(sentence_text, max(0, q_start - 60), q_start)
        if not before:
            subject = _participle_subject(sentence_text, q_start)  # "Olsen was re-elected, taking 48 percent"
            if subject is None:
                return None
            before_name = subject.split()[-1]
        else:
            before_name = before.group("name")
        name = before_name
    if name.lower() in rules.NOT_NAMES:
        return None
    return name.lower()


_PARTICIPLE_BEFORE = regex.compile(
    rf",\s+(?:{rules.HOLDER_PARTICIPLES})\s+(?:(?:{rules.BENEFICIARY_APPROXIMATORS}|{rules.HOLDER_PARTICIPLE_BOUNDS})\s+)*$")
_SENTENCE_SUBJECT = regex.compile(rf"^(?:(?:{rules.SUBJECT_ARTICLES})\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+\p{{Ll}}")


def _participle_subject(sentence_text: str, q_start: int) -> Optional[str]:
    """The subject of the sentence when a participle of having opens the figure's clause with no subject of its own
    ("Ivo Marsh was elected mayor on Tuesday, receiving 47,310 votes", "The Greens came second, winning 19 seats")."""
    if not _PARTICIPLE_BEFORE.search(sentence_text, max(0, q_start - 40), q_start):
        return None
    subject = _SENTENCE_SUBJECT.match(sentence_text)
    if subject is None or "," in sentence_text[:subject.end()] or subject.group("name").split()[0].lower() in rules.NOT_NAMES:
        return None
    return subject.group("name")


_SCORE_AFTER = regex.compile(r"[-\u2013]\d{1,2}\b(?![-\u2013.,]?\d)")
_SCORE_BEFORE = regex.compile(r"(?<![\d.,])\d{1,2}[-\u2013]$")


def _after_a_part(before: Sequence[str]) -> bool:
    """Do the words before a figure end with another figure and "of (the)" / "out of (the)" ("84 of the",
    "15 of", "30 out of")?  Then the figure is the whole the first one is part of."""
    for opener in rules.WHOLE_OPENERS:
        size = len(opener)
        if tuple(before[-size:]) == opener and len(before) > size and _is_number(before[-size - 1]):
            return True
    return False


def _after_partitive(words: Sequence[str]) -> bool:
    """"of the 2 confirmed dead ," just before a figure."""
    for i in range(len(words) - 2):
        if words[i] == rules.OF and words[i + 1] == rules.THE and _is_number(words[i + 2]) and words[-1] == ",":
            return True
    return False


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


def _noun_words(w: _Window) -> List[str]:
    """The words after a figure where its counted noun may stand: none when a comma closes the figure's phrase."""
    return [] if w.closed else w.after_clause


def _counted_noun(after_clause: Sequence[str]) -> Optional[str]:
    """The noun a figure counts: the last word of the noun run after it ("500 construction workers" -> "workers")."""
    run = _noun_run(after_clause)
    return run[-1] if run else None


def _own_verb(after_clause: Sequence[str], noun: Optional[str]) -> bool:
    """Does a verb of the figure's own clause follow its counted ``noun`` ("14 police stations had been attacked",
    "12 others remained trapped", "3 tanks destroyed")?"""
    if noun is None or noun not in after_clause[:4]:
        return False
    rest = after_clause[after_clause.index(noun) + 1 :]
    return bool(rest) and (rest[0] in rules.OWN_VERB_WORDS or rest[0].endswith(rules.PAST_ENDING) and len(rest[0]) > 4)


def _noun_run(after_clause: Sequence[str]) -> List[str]:
    """The noun run after a figure: its modifiers, then the counted noun ("11 single seats" -> single, seats)."""
    run: List[str] = []
    words = after_clause[:4]
    for index, word in enumerate(words):
        if word in _RUN_BREAKS:
            break  # "put the crowd at 120,000, while police said": no noun follows the figure
        if not word.replace("-", "").isalpha():
            if run:
                break
            continue
        if "-" in word or word.endswith(rules.PARTICIPLE_ENDINGS) and not run and _modifies_next(words, index):
            run.append(word)  # "400 white-collar jobs", "40 abandoned tents", "3 fishing boats": a modifier before its noun
            continue
        if word in rules.NOUN_RUN_STOPS or word in _SAYING or word.endswith(rules.PARTICIPLE_ENDINGS) and (run or len(word) > 5):
            if word == rules.OF and not run:
                continue  # "dozens of people"
            break
        if word in rules.RUN_OPENERS and not run:
            continue
        run.append(word)
    return _to_last_plural(run)


def _to_last_plural(run: List[str]) -> List[str]:
    """A run that goes on past its plural noun into a verb ("protesters took part") ends at that noun."""
    if len(run) < 2 or _plural_looking(run[-1]):
        return run
    last = next((k for k in range(len(run) - 2, -1, -1) if _plural_looking(run[k]) and "-" not in run[k]), None)
    return run if last is None else run[: last + 1]


def _plural_looking(word: str) -> bool:
    return word.endswith("s") or word in rules.IRREGULAR_PLURALS


def _modifies_next(words: Sequence[str], index: int) -> bool:
    """Is words[index] a participle used as an adjective: followed by a plural noun that ends the run ("abandoned
    tents in"), not by a preposition, a verb or another participle ("12 injured in", "five killed were")?"""
    if index + 1 >= len(words):
        return False
    noun = words[index + 1]
    if not noun.isalpha() or noun in rules.NOUN_RUN_STOPS or noun in _SAYING or noun.endswith(rules.PARTICIPLE_ENDINGS) or not noun.endswith("s"):
        return False
    return index + 2 >= len(words) or not words[index + 2].isalpha() or words[index + 2] in rules.NOUN_RUN_STOPS


def _raising_words(words: Sequence[str]) -> int:
    """How many words of ``words`` (the words after a figure) are raising verbs with their infinitive tails
    ("were later found to have been injured"): they do not count toward the words read."""
    count = 0
    for index, word in enumerate(words[: _WINDOW * 2]):
        if word in rules.RAISING_VERBS:
            tail = next((t for t in rules.RAISING_TAILS if tuple(words[index + 1 : index + 1 + len(t)]) == t), None)
            if tail:
                count += 1 + len(tail)
    return count


def _clip_after(words: List[str]) -> List[str]:
    out: List[str] = []
    limit = _WINDOW + _raising_words(words)
    for word in words[: limit * 2]:
        if word in _CLAUSE_STOP or word == ",":
            break
        if word in _SOFT_STOP and len(out) >= 1 and word != rules.AND:
            break
        if word == rules.AND and out and _METRIC_PHRASES.first(out):
            break
        out.append(word)
        if len(out) >= limit:
            break
    return out


def _clip_before(words: List[str], limit: int = _WINDOW) -> List[str]:
    out: List[str] = []
    for word in reversed(words[-limit * 2 :]):
        if word in _CLAUSE_STOP or word == ",":
            break
        out.insert(0, word)
        if len(out) >= limit:
            break
    return out


def _flow_owner(before_text: str) -> Optional[str]:
    """Whose flow a figure is: a name right before its flow word in the figure's clause ("Iraq pumped", "Saudi output",
    "Veraland's exports"); a generic owner ("the country pumped") or none is the story's own."""
    clause = regex.split(r"[,;:]", before_text)[-1]
    found = None
    for match in _FLOW_OWNER.finditer(clause):
        found = match
    if found is None:
        return None
    owner = found.group("owner")
    owner = owner[:-2] if owner.lower().endswith(("'s", "\u2019s")) else owner
    return None if owner.lower() in rules.NOT_NAMES or owner.lower() in rules.GENERIC_OWNERS else owner


_FLOW_OWNER = regex.compile(rf"(?P<owner>\p{{Lu}}[\p{{L}}\-]+(?:['\u2019]s)?)\s+(?:(?:{'|'.join(sorted(rules.FLOW_GOODS))})\s+)?"
                            rf"(?:{'|'.join(sorted(rules.FLOW_METRIC_WORDS))})\b")


def _pay_rise(before_clause: Sequence[str], after_clause: Sequence[str]) -> bool:
    """Is a percentage a rise in pay: "a 7 percent raise", "a pay rise of 8 percent", "a raise of 9 percent", "would raise
    drivers' pay by 14 percent" (a verb of raising and a pay noun before "by"); not "raise taxes by 2 percent"."""
    if after_clause[:1] and after_clause[0] in rules.PAY_RAISE_NOUNS or " ".join(after_clause[:2]) in rules.PAY_RISE_PHRASES:
        return True
    words = list(before_clause[-rules.PAY_RISE_REACH:])
    if words[-1:] == [rules.OF] and len(words) >= 2 and (words[-2] in rules.PAY_RAISE_NOUNS or " ".join(words[-3:-1]) in rules.PAY_RISE_PHRASES):
        return True  # "a raise of 9 percent", "a pay rise of 8 percent"
    if words[-1:] != [rules.PAY_RISE_BY]:
        return False
    verb = next((k for k, word in enumerate(words) if word in rules.PAY_RISE_VERBS), None)
    return verb is not None and any(word.rstrip("'").replace("\u2019", "") in rules.PAY_NOUNS for word in words[verb + 1:-1])


def _money_raised(before_clause: Sequence[str], after_clause: Sequence[str]) -> bool:
    """Is a sum the money someone raised: a verb of raising funds right before it, past words that open a figure
    ("raised 3.2 million dollars", "had raised nearly $2 million"), and no tax, price or forecast raised?"""
    index = len(before_clause) - 1
    while index >= 0 and before_clause[index] in rules.HOLDER_GAP_WORDS:
        index -= 1
    if index < 0 or before_clause[index] not in rules.MONEY_RAISING_VERBS:
        return False
    return not (set(before_clause) | set(after_clause[:rules.NOT_FUNDS_REACH])) & rules.NOT_FUNDS_RAISED


def _growing_economy(before_clause: Sequence[str]) -> Optional[str]:
    """When the figure's clause says a whole economy grew ("the economy grew only 2.9 percent", "China's economy expanded
    at a 5 percent rate"): the words that name whose economy ("" when none), else None."""
    verb = next((k for k in range(len(before_clause) - 1, -1, -1) if before_clause[k] in rules.ECONOMY_GROWTH_VERBS), None)
    if verb is None or verb == 0 or before_clause[verb - 1] not in rules.ECONOMY_NOUNS:
        return None
    if any(word in rules.ECONOMY_GROWTH_VERBS or _is_number(word) for word in before_clause[verb + 1:]):
        return None
    owner: List[str] = []
    for word in reversed(before_clause[max(0, verb - 1 - rules.ECONOMY_OWNER_WORDS):verb - 1]):
        if word in rules.PHRASE_ARTICLES or word in _SAYING or word in rules.HOLDER_RELATIVES or not word[:1].isalpha():
            break
        owner.insert(0, word[:-2] if word.endswith(("'s", "\u2019s")) else word)
    return " ".join(owner)


def _dimension_metric(quantity: Quantity, before: List[str], counted: Optional[str]) -> str:
    if quantity.dimension in rules.FLOW_DIMENSIONS:
        for word in reversed(before):
            if word in rules.FLOW_METRIC_WORDS:
                return rules.FLOW_METRIC_WORDS[word]  # "the country pumped 1.9 million barrels a day": its output
    if quantity.dimension == "currency" and counted is not None and counted in rules.MONEY_METRICS:
        return rules.MONEY_METRICS[counted]  # "signed a $48 billion budget", "a $900 million deficit": the sum's own noun
    for word in reversed(before):
        if word in rules.MONEY_METRICS:
            return rules.MONEY_METRICS[word]
    if quantity.dimension == "percent":
        for index in range(len(before) - 1, -1, -1):
            word = before[index]
            if word in rules.PERCENT_METRICS:
                if word in rules.RATE_HEADS and index > 0 and before[index - 1] in rules.RATE_COMPOUNDS:
                    return rules.RATE_COMPOUNDS[before[index - 1]]  # "the unemployment rate", "the jobless rate": unemployment
                return word
        return "percent"
    return quantity.dimension or "count"


# ---------------------------------------------------------------- assembly: every claim of one text

_STATED_REACH = 30  # characters after a cue where its date may stand ("said on Friday")
_OCCURRENCE = PhraseTable.from_lists({"occurred": rules.OCCURRENCE_WORDS})


def assemble(document: Document, quantities: Sequence[Quantity], mentions: Sequence[DateMention], dateline: Optional[Span],
             attributed: "TextAttribution", text_events: TextEvents, source_id: str,
             options: Optional["Rules"] = None) -> Tuple[List[Claim], List[Claim]]:
    """The figure claims and the date claims of one text, ids ``<source id>-c<n>`` and ``<source id>-d<n>``.

    A figure inside a date mention is the date's, not a claim.  ``dateline``: the span of the dateline's
    date, which is never a claim about when the event happened.
    """
    date_spans = [m.span for m in mentions]
    mention_starts = [m.span[0] for m in mentions]
    table = options.metric_phrases if options is not None else _METRIC_PHRASES
    names = options.metric_names if options is not None else None
    found: List[Claim] = []
    for quantity in quantities:
        sentence = document.sentence_at(quantity.span[0])
        if sentence is None or _overlaps_any(quantity.span, date_spans, mention_starts) or not _is_figure(document, quantity):
            continue
        claim = _figure_claim(document, sentence, quantity, found, mentions, mention_starts, attributed, text_events, source_id,
                              table, names)
        if claim is not None and not (options is not None and options.dropped(claim.metric, source_id, claim.quote)):
            found.append(replace(claim, id=f"{source_id}-c{len(found) + 1}"))
    dated = [m for m in mentions if not _inside(m.span, dateline)]
    kind_table = options.kind_phrases if options is not None else None
    return _breakdowns(document, found), _date_claims(document, dated, attributed, text_events, source_id, kind_table)


def _breakdowns(document: Document, claims: List[Claim]) -> List[Claim]:
    """"Kerala reported 40 deaths and Karnataka 12": figures of one metric in one sentence, each after its own
    name, are a breakdown by place or group; each is the part of its name ("in Kerala"), never the whole."""
    by_sentence: dict = {}
    for position, claim in enumerate(claims):
        by_sentence.setdefault((claim.sentence_span, claim.metric), []).append(position)
    out = list(claims)
    for (span, _), positions in by_sentence.items():
        if len(positions) < 2 or span is None:
            continue
        labels = [_label_before(document, span[0], claims[p].span[0]) for p in positions]
        if None in labels or len(set(labels)) < len(labels):
            continue
        for position, label in zip(positions, labels):
            claim = out[position]
            where = f"in {label}"
            if where not in claim.qualifiers:
                identity = replace(claim.identity, where=where) if claim.identity else None
                out[position] = replace(claim, qualifiers=claim.qualifiers + (where,), identity=identity)
    return out


def _label_before(document: Document, sentence_start: int, figure_start: int) -> Optional[str]:
    """The name a figure of a breakdown stands after: "Karnataka 12", "Kerala reported 40"."""
    tokens = document.tokens_in(max(sentence_start, figure_start - _REACH), figure_start)
    index = len(tokens) - 1
    while index >= 0 and tokens[index].lower in rules.BREAKDOWN_VERBS:
        index -= 1
    if index < 0 or tokens[index].shape != "word" or not tokens[index].capitalised:
        return None
    return tokens[index].text[:-2] if tokens[index].lower.endswith(("'s", "\u2019s")) else tokens[index].text


def _joined_metric(words: Sequence[str], index: int, table: PhraseTable) -> Optional[str]:
    """The second metric of "dead or missing", "killed or injured" (a metric right after "or"/"and")."""
    if index + 1 < len(words) and words[index] in rules.METRIC_JOINERS:
        hit = table.match(words, index + 1)
        return hit[0] if hit else None
    return None


def _is_figure(document: Document, quantity: Quantity) -> bool:
    """Identifiers are not figures: digits in markup or a web address, a long bare digit string (an id, a timestamp)."""
    if document.in_markup(quantity.span):
        return False
    return not (quantity.unit is None and quantity.text.isdigit() and len(quantity.text) >= _ID_DIGITS)


#: A bare digit string this long (no separators, no unit) is an identifier or a timestamp, not a count.
_ID_DIGITS = 10


def _figure_claim(document: Document, sentence: Sentence, quantity: Quantity, found: Sequence[Claim], mentions: Sequence[DateMention],
                  mention_starts: List[int], attributed: "TextAttribution", text_events: TextEvents, source_id: str,
                  table: PhraseTable = _METRIC_PHRASES, names: Optional[frozenset] = None) -> Optional[Claim]:
    index = sentence.index
    event = text_events.of_sentence(index)
    last = found[-1] if found else None
    previous_metric = _continued_metric(document, sentence, last, names)
    reading = read(document, sentence, quantity, event.place, previous_metric, table)
    if last is not None and previous_metric and reading.metric and reading.metric.split(" ")[0] == previous_metric.split(" ")[0] and not reading.named:
        # an elided count keeps the status of the count it continues ("12 confirmed, then 15")
        inherited = tuple(q for q in last.qualifiers if q in rules.STATUS_QUALIFIERS and q not in reading.qualifiers)
        reading = replace(reading, qualifiers=reading.qualifiers + inherited)
    if not reading.keep or reading.metric is None:
        return None
    if reading.metric in rules.PARTIAL_COUNT_METRICS and _PARTIAL_COUNT.search(sentence.text):
        # "Turnout was 38 percent at 4 p.m.", "with 60 percent of ballots counted": a count under way, not the result
        reading = replace(reading, qualifiers=reading.qualifiers + (rules.PARTIAL_QUALIFIER,))
    if reading.metric == rules.TURNOUT_METRIC and quantity.unit is None and event.kind in rules.CROWD_EVENT_KINDS \
            and not any(word in sentence.text.lower() for word in rules.STRIKE_TURNOUT_WORDS):
        reading = replace(reading, metric=rules.ATTENDANCE_METRIC)  # "police put the turnout at 18,000" at a march: its crowd
    who: Attribution = attributed.at(index, quantity.span[0])
    stated = _stated_date(who, mentions, mention_starts, _sentence_end(document, who))
    sentence_date = _figure_period(text_events.sentence_dates[index], stated, sentence, mentions, mention_starts)
    if sentence_date and len(sentence_date) < 10 and event.date and len(event.date) == 10 and "total" not in reading.qualifiers \
            and (reading.metric or "") not in rules.PERIOD_LEVEL_METRICS:
        # "more than 1,200 have died so far this year": a figure for a year or month around a one-day event
        # (a rate or a balance for a month or year is a level of that period, not a sum of its days)
        reading = replace(reading, qualifiers=reading.qualifiers + ("total",))
    quantity = _with_postfix_bound(quantity, reading.postfix_bound)
    constituency = _constituency(sentence, event, who) if reading.metric in rules.CONSTITUENCY_METRICS and not any(
        q.startswith("in ") for q in reading.qualifiers) else None
    if constituency is not None:
        # "The state of Alabama casts 13 votes for Cruz", "Colorado's delegation chairman announced 31 for Cruz": whose votes
        reading = replace(reading, qualifiers=reading.qualifiers + (f"in {constituency}",))
    where = next((q for q in reading.qualifiers if q.startswith(("in ", "for "))), None)
    holder = reading.holder
    if holder in rules.PERSONAL_PRONOUNS and who.speaker is not None:
        holder = _pronoun_holder(holder, who.speaker)  # "the opposition said it had won 71 seats": the speaker's own
    if holder is None and where and where.startswith("for "):
        holder = where[4:]  # "a clear win for Lind, with about 30 percent"
    modality = reading.modality
    cue = (who.cue or "").lower()
    if modality == "count" and cue in rules.CUE_MODALITY:
        modality = rules.CUE_MODALITY[cue]  # "analysts had forecast losses of over $6.7 billion"
    if modality == "count" and last is not None and last.sentence_span == sentence.span and last.identity is not None and last.identity.modality != "count" \
            and _elliptical(document.text[last.span[1] : quantity.span[0]]):
        modality = last.identity.modality  # "will need at least 60 million votes - and almost certainly north of 65 million"
    if modality == "count" and who.speaker is None and last is not None and last.identity is not None \
            and last.identity.modality in rules.AGENTLESS_INHERITED_MODALITIES and _agentless_estimate(document, sentence, quantity) \
            and _same_paragraph(document, last, sentence):
        modality = last.identity.modality  # "Exit polls gave the party 140 seats. Turnout was put at 63 percent.": the polls' too
    speaker_words = set((who.speaker.name or "").lower().replace("\u2019s", "").split()) if who.speaker else set()
    if modality == "count" and speaker_words & rules.POLL_SOURCE_WORDS:
        modality = "poll"  # "According to a Washington Post-ABC News survey, 51 percent ...": a poll's result
    what = " ".join(reading.modifiers + ((reading.counted,) if reading.counted else ())) or reading.metric
    named = _in_taxonomy(reading.metric, names) and not reading.ranked and not (reading.metric in rules.HELD_METRICS and holder is None)
    identity = Identity(what, reading.counted, named, holder, where, sentence_date,
                        modality, reading.modifiers, reading.direction)
    if quantity.text.lower() in rules.PRONOUN_FIGURES and not reading.counted:
        identity = replace(identity, named=False)  # "the first one", "another": not a count of anything named
    side = _tally_side(document, quantity, sentence) if holder is None and reading.metric in rules.TALLY_METRICS else None
    if side is not None:
        identity = replace(identity, holder=side)  # "by a vote of 67 to 31": the ayes and the nays are two quantities
    listed = _listed_holder(document, quantity, last, sentence, reading.metric) if holder is None and reading.direction is None else None
    if listed is not None:
        # "Health care added 54,000 jobs, leisure and hospitality 53,000": the item keeps the list's verb, its own holder
        identity = replace(identity, holder=listed, direction=last.identity.direction if last and last.identity else None)
    if quantity.text.lower() in rules.ZERO_PERSONS and reading.metric in rules.THING_METRICS:
        identity = replace(identity, named=False)  # "no one may solicit a vote": nobody, not zero votes
    return Claim(
        id="", source=source_id, quantity=quantity, metric=reading.metric, qualifiers=reading.qualifiers, attribution=who,
        event=event, date=sentence_date or event.date, quote=quantity.text, span=quantity.span, sentence=sentence.text,
        sentence_span=sentence.span, update_cue=reading.update_cue, correction_cue=reading.correction_cue, part_of=reading.part_of,
        stated=stated, sentence_date=sentence_date, identity=identity,
    )


def _same_paragraph(document: Document, last: Claim, sentence: Sentence) -> bool:
    """Does the claim before stand in the sentence's paragraph, at most two sentences back?"""
    before = document.sentence_at(last.span[0])
    return before is not None and before.paragraph == sentence.paragraph and sentence.index - before.index <= 2


def _pronoun_holder(pronoun: str, speaker) -> Optional[str]:
    """Whose figure a pronoun's is under its speaker: "the opposition said it had won 71 seats" (the opposition's), "the
    campaign of Teresa Lund said she raised" (Lund's), "Lund's own filing showed she raised" (Lund's), "a super PAC
    backing Pike said it had raised" (the PAC's: "it" is no person); None when the pronoun cannot be the speaker."""
    name = speaker.entity or speaker.name or ""
    words = name.split()
    cut = next((k for k in range(1, len(words)) if words[k].lower() in rules.SPEAKER_HEAD_BREAKS), None)
    personal = pronoun in rules.PERSON_PRONOUNS
    if speaker.kind == rules.DOCUMENT_KIND:
        owner = _DOCUMENT_OWNER.match(speaker.name or "")
        return owner.group("owner") if owner else None
    if speaker.kind == rules.PERSON_KIND:
        return name if personal or pronoun not in rules.THING_PRONOUNS else None
    if personal:
        named = [w for w in words[cut + 1:] if w[:1].isupper()] if cut is not None else []
        return " ".join(named) if named else None  # "the campaign of Teresa Lund said she raised": Lund
    return " ".join(words[:cut]) if cut is not None else name


_DOCUMENT_OWNER = regex.compile(r"^(?P<owner>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)['\u2019]s\s")


_PARTIAL_COUNT = regex.compile(rules.PARTIAL_COUNT_PATTERN, regex.IGNORECASE)


def _agentless_estimate(document: Document, sentence: Sentence, quantity: Quantity) -> bool:
    """Is the figure given by a passive verb of estimating with no agent ("Turnout was put at 63 percent", "was estimated
    at"): someone's estimate, which the sentence does not name."""
    before = document.words(max(sentence.span[0], quantity.span[0] - _REACH), quantity.span[0])
    return " ".join(before[-3:]) in rules.AGENTLESS_ESTIMATE_CUES or " ".join(before[-4:]) in rules.AGENTLESS_ESTIMATE_CUES


def _constituency(sentence: Sentence, event: Event, who: Attribution) -> Optional[str]:
    """The electorate a vote count belongs to: a place its sentence names with its kind ("the great state of
    Alabama is proud to cast its votes: 13 for Cruz"), or the place whose body gives it ("Colorado's delegation chairman
    announced 31 for Cruz")."""
    named = _ADMIN_OF.search(sentence.text)
    if named:
        return named.group("name")  # the event's own place too: a count of its electorate is compared with one of the same
    speaker = who.speaker.name if who.speaker is not None and who.speaker.name else ""
    match = _BODY_OF_PLACE.match(speaker)
    whole = {(event.place or "").lower(), (event.nation or "").lower()}
    if match and set(match.group("body").lower().split()) & rules.CONSTITUENCY_BODIES and match.group("name").lower() not in whole \
            and match.group("name").lower() not in rules.BROAD_PLACES:
        # a country's or the event's own body ("Venezuela's election commission") speaks for the whole electorate
        return match.group("name")
    return None


_ADMIN_OF = regex.compile(rf"\b(?:{'|'.join(rules.ADMIN_BEFORE_NAME)})\s+of\s+(?P<name>\p{{Lu}}[\p{{L}}\-]+(?:\s+\p{{Lu}}[\p{{L}}\-]+){{0,2}})")
_BODY_OF_PLACE = regex.compile(r"^(?:the\s+)?(?P<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)['\u2019]s\s+(?P<body>[\p{Ll}\s]+)$")


def _tally_motion(w: _Window) -> Optional[str]:
    """The head noun of what a tally "N to M" decides, when a verb of deciding governs it: its object ("passed the farm
    bill 67 to 31": "bill"), or for an intransitive verb the sentence's subject ("An amendment ... failed 38 to 60")."""
    before, after = w.text[max(0, w.start - 16):w.start], w.text[w.end:w.end + 6]
    if not (_TALLY_BEFORE.search(before) or _TALLY_AFTER.match(after)):
        return None
    words = w.before[-rules.TALLY_VERB_REACH:]
    verb = next((k for k in range(len(words) - 1, -1, -1) if words[k] in rules.DECISION_VERBS), None)
    if verb is None:
        return None
    head = _motion_run(words[verb + 1:])
    if head is None and words[verb] in rules.MOTION_SUBJECT_VERBS and (
            verb + 1 == len(words) or _is_number(words[verb + 1]) or words[verb + 1] in rules.TALLY_VERB_FOLLOWERS):
        # "An amendment to cut subsidies failed 38 to 60": the subject that opens the sentence is the motion
        opening = w.document.words(w.sentence.span[0], min(w.quantity.span[0], w.sentence.span[0] + _REACH))
        head = _motion_run(opening, stop=rules.DECISION_VERBS) if opening[:1] and opening[0] in rules.PHRASE_ARTICLES else None
    return head


def _motion_run(words: Sequence[str], stop: frozenset = frozenset()) -> Optional[str]:
    """The last noun of the noun phrase these words open ("the farm bill on ..." -> "bill"), or None."""
    run: List[str] = []
    for word in words:
        if not run and (word in rules.PHRASE_ARTICLES or word in rules.HOLDER_DETERMINERS):
            continue
        if word in rules.NOUN_RUN_STOPS or word in stop or not word.replace("-", "").isalpha():
            break
        run.append(word)
    return run[-1] if run and len(run) <= rules.MOTION_WORDS else None


_TALLY_BEFORE = regex.compile(r"\d[\d,]*\s+to\s+$")
_TALLY_AFTER = regex.compile(r"^\s+to\s+\d")


def _tally_side(document: Document, quantity: Quantity, sentence: Sentence) -> Optional[str]:
    """The side of a plain count in a tally "N to M" ("passed 67 to 31"): the first figure is for, the second against."""
    if quantity.unit is not None:
        return None
    before = document.text[max(sentence.span[0], quantity.span[0] - 16):quantity.span[0]]
    after = document.text[quantity.span[1]:min(sentence.span[1], quantity.span[1] + 6)]
    if _TALLY_BEFORE.search(before):
        return rules.TALLY_SIDES[1]
    if _TALLY_AFTER.match(after):
        return rules.TALLY_SIDES[0]
    return None


def _listed_holder(document: Document, quantity: Quantity, last: Optional[Claim], sentence: Sentence,
                   metric: Optional[str]) -> Optional[str]:
    """The holder of an elided item of a list whose first item has a holder and a change ("Health care added
    54,000 jobs, leisure and hospitality 53,000, and government 33,000"): the few words before the figure."""
    if last is None or last.sentence_span != sentence.span or last.metric != metric or last.identity is None \
            or not last.identity.holder or last.identity.direction is None:
        return None
    between = document.text[last.span[1]:quantity.span[0]]
    if "," not in between:
        return None
    words = regex.findall(r"[\p{L}'\-]+", between.rsplit(",", 1)[1])
    if words and words[0].lower() == rules.AND:
        words = words[1:]
    if not words or len(words) > rules.LISTED_HOLDER_WORDS or words[-1].lower() in rules.NOT_LISTED_HOLDER_WORDS:
        return None
    return " ".join(words)


def _elliptical(between: str) -> bool:
    """Is the text between two figures an elliptical coordination that adds a second figure to the first's
    clause, without a verb of its own ("- and almost certainly north of", ", or perhaps as many as")?"""
    tail = regex.split(r"[,;\u2013\u2014]|\s-\s", between)[-1]  # after the mark that closes the first figure's clause
    words = regex.findall(r"[\p{L}']+", tail.lower())
    # a hedge or bound must stand with the conjunction: "and 3,000 were built" has a verb of its own after the figure
    return len(words) >= 2 and words[0] in rules.ELLIPSIS_OPENERS and all(w in rules.ELLIPSIS_WORDS for w in words)


def _in_taxonomy(metric: Optional[str], names: Optional[frozenset] = None) -> bool:
    """A metric of the taxonomy (and the user's), or an action of one ("missiles downed"), or a share."""
    known = rules.METRICS if names is None else names
    return metric is not None and (metric in known or metric.split(" ")[0] in known or metric in rules.SHARE_METRICS
                                   or metric in rules.EVENT_MONEY_METRICS or metric in rules.PERIOD_RATE_METRICS
                                   or metric == rules.PAY_RISE_METRIC)


def _continued_metric(document: Document, sentence: Sentence, last: Optional[Claim], names: Optional[frozenset] = None) -> Optional[str]:
    """The metric an elided count may continue: the claim just before, in the same paragraph, at most two sentences back."""
    if last is None:
        return None
    before = document.sentence_at(last.span[0])
    if before is None or before.paragraph != sentence.paragraph or sentence.index - before.index > 2:
        return None
    return last.metric if (last.metric or "").split(" ")[0] in (rules.METRICS if names is None else names) else None


def _with_postfix_bound(quantity: Quantity, bound: Optional[str]) -> Quantity:
    """"59,000 jobs or less": the bound written after the counted noun makes the figure a ceiling (or floor)."""
    if bound == "at_most":
        return replace(quantity, kind="at_most", low=None, base_low=None)
    if bound == "at_least":
        return replace(quantity, kind="at_least", high=None, base_high=None)
    return quantity


def _date_claims(document: Document, mentions: Sequence[DateMention], attributed: "TextAttribution", text_events: TextEvents, source_id: str,
                 kind_table: Optional[PhraseTable] = None) -> List[Claim]:
    """Claims about the day an event happened: a day-precise date in a sentence that names the
    event and says it happened ("The blast occurred on Thursday"), not the day something was said."""
    found: List[Claim] = []
    for mention in mentions:
        value = mention.value or ""
        if len(value) != 10 or not value[:1].isdigit():
            continue
        sentence = document.sentence_at(mention.span[0])
        if sentence is None:
            continue
        words = event_words(document, sentence)
        if not (kinds(words, kind_table) if kind_table is not None else kinds(words)) or _OCCURRENCE.first(words) is None:
            continue
        who = attributed.at(sentence.index, mention.span[0])
        cue_spans = [c.span for c in attributed.cues[sentence.index]] if sentence.index < len(attributed.cues) else []
        if who.span is not None:
            cue_spans.append(who.span)
        if any(start <= mention.span[0] <= end + _STATED_REACH for start, end in cue_spans):
            continue  # "police said on Friday": when it was said
        quantity = Quantity(None, None, None, "exact", "date", None, mention.span, mention.text, "date")
        found.append(Claim(f"{source_id}-d{len(found) + 1}", source_id, quantity, DATE_METRIC, (), who, text_events.of_sentence(sentence.index),
                           mention.value, mention.text, mention.span, sentence.text, sentence_span=sentence.span))
    return found


def _sentence_end(document: Document, who: Attribution) -> Optional[int]:
    """Where the sentence of an attribution's cue ends: a date after it ("said. Another fire on Wednesday") is not the cue's."""
    if who.span is None:
        return None
    sentence = document.sentence_at(who.span[1] - 1 if who.span[1] > who.span[0] else who.span[0])
    return sentence.span[1] if sentence is not None else None


#: How many of a sentence's dates :func:`_figure_period` reads.
_PERIOD_MENTIONS = 4


def _figure_period(first: Optional[str], stated: Optional[str], sentence: Sentence, mentions: Sequence[DateMention],
                   starts: List[int]) -> Optional[str]:
    """The date a figure's sentence gives for it: the sentence's first date, unless that is the day the figure was
    stated ("the ministry said on Tuesday that unemployment fell to 7.8 percent in April": April, not Tuesday) and
    the sentence writes another date after it."""
    if first is None or first != stated:
        return first
    index = bisect.bisect_left(starts, sentence.span[0])
    # a few dates on from the sentence's first (a run-on sentence of hundreds stays linear)
    for mention in mentions[index:index + _PERIOD_MENTIONS]:
        if mention.span[0] >= sentence.span[1]:
            break
        value = mention.value or ""
        if value[:1].isdigit() and value != stated:
            return first if _span_start(sentence, mention) else value
    return first


def _span_start(sentence: Sentence, mention: DateMention) -> bool:
    """Does the date open a span that runs to now ("since taking office in 2022"), not a period of its own?"""
    start = mention.span[0] - sentence.span[0]
    return bool(set(sentence.text[max(0, start - _SPAN_REACH):start].lower().split()) & rules.SPAN_START_WORDS)


#: Characters before a date where a word opening a span ("since") is looked for.
_SPAN_REACH = 30


def _stated_date(who: Attribution, mentions: Sequence[DateMention], starts: List[int], limit: Optional[int] = None) -> Optional[str]:
    """The date a cue carries: a date mention inside the attribution or just after its cue (within its sentence, ``limit``)."""
    if who.span is None:
        return None
    index = bisect.bisect_left(starts, who.span[0])
    reach = who.span[1] + _STATED_REACH if limit is None else min(who.span[1] + _STATED_REACH, max(limit, who.span[1]))
    while index < len(mentions) and starts[index] <= reach:
        value = mentions[index].value
        if value and value[:1].isdigit():
            return value
        index += 1
    return None


def _inside(span: Span, outer: Optional[Span]) -> bool:
    return outer is not None and outer[0] <= span[0] and span[1] <= outer[1]


def _overlaps_any(span: Span, spans: Sequence[Span], starts: List[int]) -> bool:
    """Does ``span`` overlap one of the sorted, non-overlapping ``spans`` (``starts`` their starts)?"""
    index = bisect.bisect_left(starts, span[1]) - 1
    return index >= 0 and spans[index][1] > span[0]
