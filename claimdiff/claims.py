"""Claims: a figure plus what it counts, its qualifiers and cues.

Reads the words around each :class:`Quantity` within its clause and maps them
to a canonical metric through ``rules.english.METRICS``.  Generic: no word of
English is written here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import regex

from .phrases import PhraseTable
from .rules import english as rules
from .types import Quantity

_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'\u2019\-]*|[,;:()\u2013\u2014]|\p{N}+")
_CLAUSE_STOP = frozenset({";", ":", "(", ")", "\u2014"})
_SOFT_STOP = frozenset({",", "but", "while", "whereas", "although", "and"})
_WINDOW = 7
_REACH = 160  # characters read on each side of a figure


_METRIC_PHRASES = PhraseTable.from_lists(rules.METRICS)
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


def _words(text: str, start: int, end: int) -> List[str]:
    return [m.group().lower().replace("\u2019", "'") for m in _WORD.finditer(text, start, end)]




def read(sentence_text: str, sentence_start: int, quantity: Quantity, event_place: Optional[str] = None,
         previous_metric: Optional[str] = None) -> Reading:
    """Read the clause around ``quantity`` (spans are absolute; the sentence gives the bounds)."""
    q_start = quantity.span[0] - sentence_start
    q_end = quantity.span[1] - sentence_start
    # a bounded window on each side keeps the reading linear in the text, whatever the sentence length
    after = _words(sentence_text, q_end, min(len(sentence_text), q_end + _REACH))
    before = _words(sentence_text, max(0, q_start - _REACH), q_start)
    after_clause = _clip_after(after)
    before_clause = _clip_before(before)

    keep = True
    if quantity.dimension == "duration":
        keep = False
    if after_clause[:1] and after_clause[0] in rules.NOT_A_COUNT_AFTER or before_clause[-1:] and before_clause[-1] in rules.NOT_A_COUNT_BEFORE:
        keep = False

    metric: Optional[str] = None
    position_after = None
    found = _METRIC_PHRASES.first(after_clause)
    if found and "and" in after_clause[: found[1]]:
        close_before = _METRIC_PHRASES.last(before_clause[-2:])
        if close_before:
            found = None  # "killing 42 people and wounding 100": the verb before governs
    if found:
        metric, position_after, length = found
        following = after_clause[position_after + length : position_after + length + 1]
        if position_after <= 2 and (after_clause[position_after + length - 1] in rules.MEASURE_NOUNS or following and following[0] in rules.MEASURE_NOUNS):
            metric = "figures"  # "three different death tolls": a count of figures, not of deaths
    else:
        found = _METRIC_PHRASES.last(before_clause)
        if found is None and before_clause and (before_clause[-1] in rules.LINKING_WORDS or " ".join(before_clause[-2:]) in rules.UPDATE_CUES):
            # "The number of people killed in the crash has risen to 29": the subject names the metric
            found = _METRIC_PHRASES.last(_clip_before(before, limit=_WINDOW * 4))
        metric = found[0] if found else None
    for dominant in rules.DOMINANT_METRICS:
        # "turnout in Sunday's vote at 74 percent": turnout, not votes
        if _DOMINANT_PHRASES[dominant].first(before_clause) or _DOMINANT_PHRASES[dominant].first(after_clause):
            metric = dominant
    counted = _counted_noun(after_clause)
    elided = False
    totalling = counted in rules.GENERIC_COUNTED and (
        (before_clause[-1:] and before_clause[-1] in rules.TOTALLING_VERBS) or any(f" {cue} " in " " + " ".join(after_clause) + " " for cue in rules.TOTAL_CUES)
    )
    if metric is None and previous_metric and quantity.unit is None and (counted in rules.ELIDED_FOLLOWERS or totalling):
        # an elided count ("to 45 and then 46", "18 over the Belgorod region") continues the claim before it;
        # its own clause still says which action ("30 of them were shot down")
        metric, elided = previous_metric.split()[0] if previous_metric.split()[0] in _ACTION_PHRASES else previous_metric, True
    if metric in _ACTION_PHRASES:
        # "missiles downed" and "missiles launched", "votes counted" and "votes" are different quantities
        action = _ACTION_PHRASES[metric].first(after_clause) or _ACTION_PHRASES[metric].last(before_clause)
        metric = f"{metric} {action[0]}" if action else (previous_metric if elided else metric)
    named = metric is not None and not elided
    if metric is None:
        if quantity.dimension and quantity.dimension not in ("duration",):
            metric = _dimension_metric(quantity, before_clause, counted)
        elif counted and counted not in rules.NOT_COUNTED_NOUNS:
            metric = counted
    qualifiers: List[str] = []
    scope = after_clause[: (position_after + 1) if position_after is not None else 4]
    for word in scope + before_clause[-3:]:
        if (word in rules.SEVERITY_QUALIFIERS or word in rules.STATUS_QUALIFIERS) and word not in qualifiers:
            qualifiers.append(word)
    if counted in rules.GROUP_QUALIFIERS:
        qualifiers.append(counted)
    elif len(after_clause) > 1 and after_clause[1] in rules.GROUP_QUALIFIERS and after_clause[0] not in ("people", "of"):
        qualifiers.append(after_clause[1])
    if quantity.unit is not None and metric in rules.PEOPLE_METRICS:
        metric = _dimension_metric(quantity, before_clause, counted)  # "Rs 4 lakh" near "the dead" is money
        named = False
    sub_area = _sub_area(sentence_text, q_end, event_place)
    if sub_area:
        qualifiers.append(f"in {sub_area}")
    beneficiary = _beneficiary(sentence_text, q_start, q_end) if quantity.dimension == "percent" or metric in rules.SHARE_METRICS else None
    if beneficiary is not None:
        qualifiers.append(f"for {beneficiary}")
        if quantity.dimension == "percent" and (not named or metric in ("votes", "percent")):
            metric = "vote share"
    recent = " ".join(before[-6:]) + " "
    if any(f"{cue} " in recent for cue in rules.PROJECTION_CUES):
        qualifiers.append("projected")  # "total damage could reach $4 billion"
    clause_text = " " + " ".join(before_clause + after_clause) + " "
    if any(f" {cue} " in clause_text for cue in rules.TOTAL_CUES):
        qualifiers.append("total")
    before_text = " ".join(before[-6:])
    part_of = any(before_text.endswith(cue) or f"{cue} " in before_text[-len(cue) - 12 :] for cue in rules.PART_OF_CUES)
    if quantity.unit is None and after[:1] == ["of"] and len(after) > 1 and after[1] in rules.PARTITIVE_HEADS:
        part_of = True  # "one of the dead", "two of them"
    if quantity.unit is None and (any(before_text.endswith(cue) for cue in rules.COMPLEMENT_CUES) or after[:1] == ["more"]):
        part_of = True  # "the other 5", "a further two", "three more": a part beside the one before
    if quantity.unit is None and (set(before[-3:]) | set(after[:2])) & rules.DISTRIBUTIVE_WORDS:
        part_of = True  # "each involving 500 workers", "five apiece": a figure per unit, not a total
    colon = len(before) - before[::-1].index(":") - 1 if ":" in before else -1
    if colon > 0 and any(w.isdigit() for w in before[max(0, colon - 4) : colon]):
        part_of = True  # "42 drones: 18 over Belgorod, 14 over Kursk": the items of a total
    if quantity.unit is None and before[-2:] == ["of", "the"] and len(before) > 2 and before[-3].isdigit():
        qualifiers.append("total")  # "84 of the 150 seats": 150 is the whole
    if quantity.unit is None and _after_partitive(before[-7:]):
        part_of = True  # "of the 2 confirmed dead, 1 ..."
    if quantity.unit is None and quantity.value is not None and quantity.value < 10 and any(w in rules.MAGNITUDE_WORDS for w in before_clause[-4:]):
        keep = False  # "the survey measured the quake at 6.2": a magnitude
    if quantity.unit is None and (_SCORE_AFTER.match(sentence_text, q_end) or _SCORE_BEFORE.search(sentence_text, max(0, q_start - 4), q_start)):
        keep = False  # a score: "a 2-1 win", "won 3-0"
    if quantity.unit is None and sentence_text[q_end : q_end + 1] in ("-", "\u2011") and sentence_text[q_end + 1 : q_end + 2].isalpha():
        keep = False  # "a one-bedroom flat", "a two-storey house": a modifier, not a count
    if after[:2] == ["of", "the"] and len(after) > 2 and (after[2].endswith("est") or after[2] in rules.SUPERLATIVE_WORDS):
        keep = False  # "one of the largest demonstrations"
    if quantity.high == 0 and not named and not (counted or "").endswith("s"):
        keep = False  # "no trace", "no comment": nothing countable is negated
    if metric == "bodies" and quantity.high != 0:
        metric = "killed"  # bodies counted are deaths; "no bodies were found" is not "no one died"
    sentence_words = " ".join(before + after)
    update_cue = next((cue for cue in rules.UPDATE_CUES if before_text.endswith(cue) or cue in " ".join(before[-4:])), None)
    correction_cue = next((cue for cue in rules.CORRECTION_CUES if cue in sentence_words), None)
    if quantity.text.lower() in rules.ARTICLE_COUNT_WORDS and not named:
        keep = False
    postfix_bound = None
    if quantity.kind == "exact" and len(after_clause) >= 3 and after_clause[0].isalpha() and after_clause[1] == "or":
        postfix_bound = rules.POSTFIX_BOUNDS.get(after_clause[2])
    return Reading(metric, named, tuple(qualifiers), counted, part_of, update_cue, correction_cue, keep, postfix_bound=postfix_bound)


_BENEFICIARY_AFTER = regex.compile(
    r"\G[^,;:.\d]{0,40}?\b(?:for|to|went\s+to|in\s+favou?r\s+of|backing)\s+(?P<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})"
)
_BENEFICIARY_WITH = regex.compile(
    r"\b(?:for|to|backing)\s+(?P<name>\p{Lu}[\p{L}\-]+)(?:\s+\p{Lu}[\p{L}\-]+){0,2}\s*,\s*with\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$"
)
_BENEFICIARY_BEFORE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\-]+)(?:\s+\p{Lu}[\p{L}\-]+){0,2}?\s+(?:had\s+|has\s+)?(?:taken|took|won|wins|got|gets|received|receives|secured|secures|polled|polls)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$"
)


_SUB_AREA = regex.compile(
    r"\G[^,;:.\d]{0,40}?\b(?:in|over|near|across|around)\s+(?:the\s+)?(?P<name>\p{Lu}[\p{L}\-\u2019']+(?:\s+\p{Lu}[\p{L}\-\u2019']+){0,2})"
)


def _sub_area(sentence_text: str, q_end: int, event_place: Optional[str]) -> Optional[str]:
    """A place named in the figure's own clause that is not the event's place ("three drowned in Poipet")."""
    match = _SUB_AREA.match(sentence_text, q_end, min(len(sentence_text), q_end + 80))
    if not match:
        return None
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
            return None
        name = before.group("name")
    if name.lower() in rules.NOT_NAMES:
        return None
    return name.lower()


_SCORE_AFTER = regex.compile(r"[-\u2013]\d{1,2}\b(?![-\u2013.,]?\d)")
_SCORE_BEFORE = regex.compile(r"(?<![\d.,])\d{1,2}[-\u2013]$")


def _after_partitive(words: Sequence[str]) -> bool:
    """"of the 2 confirmed dead ," just before a figure."""
    for i in range(len(words) - 2):
        if words[i] == "of" and words[i + 1] == "the" and words[i + 2].isdigit() and words[-1] == ",":
            return True
    return False


def _counted_noun(after_clause: Sequence[str]) -> Optional[str]:
    """The noun a figure counts: the last word of the noun run after it ("500 construction workers" -> "workers")."""
    run: List[str] = []
    for word in after_clause[:4]:
        if not word.isalpha():
            if run:
                break
            continue
        if word in rules.NOUN_RUN_STOPS or word.endswith(("ed", "ing")) and (run or len(word) > 5):
            if word == "of" and not run:
                continue  # "dozens of people"
            break
        if word in ("the", "them", "whom") and not run:
            continue
        run.append(word)
    return run[-1] if run else None


def _clip_after(words: List[str]) -> List[str]:
    out: List[str] = []
    for word in words[: _WINDOW * 2]:
        if word in _CLAUSE_STOP or word == ",":
            break
        if word in _SOFT_STOP and len(out) >= 1 and word != "and":
            break
        if word == "and" and out and _METRIC_PHRASES.first(out):
            break
        out.append(word)
        if len(out) >= _WINDOW:
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


def _dimension_metric(quantity: Quantity, before: List[str], counted: Optional[str]) -> str:
    for word in reversed(before):
        if word in rules.MONEY_METRICS:
            return rules.MONEY_METRICS[word]
    if quantity.dimension == "percent":
        for word in reversed(before):
            if word in rules.PERCENT_METRICS:
                return word
        return "percent"
    return quantity.dimension or "count"
