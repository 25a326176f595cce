"""Compare claims: which figures about one quantity of one event cannot all hold.

Values are intervals.  Claims are grouped by (event, metric); within a group
each pair is judged:

* vague figures ("several") are compatible with any figure above zero;
* "as many as X" / "up to X" is an estimate near X, read as [X/2, X];
* a figure marked as part of another ("among them 9 firefighters") is never
  compared with its whole;
* a group-qualified figure ("9 children") is compared with a broader one only
  when it exceeds it;
* a severity-qualified figure ("4 slightly injured") against a broader one from
  another speaker is reported as a possible *subset*;
* the same speaker giving a higher figure later is an *update*; a lower one for
  a cumulative toll is a *correction* (an official reversal an editor flags);
* a figure introduced by "rose to", "revised"... is an update.

One :class:`Conflict` is reported per (event, metric, holder) group, joining every
claim that takes part in a disagreeing pair.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .dates import dates
from .events import kinds, places
from .rules import dates_en as dates_rules
from .rules import english as rules
from .rules import explain_en as wording
from .types import Claim, Conflict, DateMention, Identity, Judgement, Summary

INFINITY = math.inf
_PHASE_REACH = 200
_PLUPERFECT = re.compile(rf"\b{rules.PLUPERFECT_AUXILIARY}\s+(?:\w+\s+){{0,2}}?(?:" + "|".join(sorted(rules.PLUPERFECT_CUE_VERBS)) + r")\b")
_WORDS = re.compile(r"[a-z]+")
_EVENT_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NEW_EVENT_CUE = re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in sorted(rules.NEW_EVENT_CUES, key=len, reverse=True)) + r")\b\s*")
#: Claims compared pairwise per (event, metric); larger groups (never seen in real news) keep their first ones.
MAX_GROUP = 150
_RELATIVE_PERIOD = re.compile(rules.RELATIVE_PERIOD_PATTERN, re.IGNORECASE)


def effective_interval(claim: Claim) -> Tuple[float, float]:
    """The interval a claim asserts, in base units, with estimates read as estimates."""
    q = claim.quantity
    low = q.base_low if q.base_low is not None or q.base_high is not None else q.low
    high = q.base_high if q.base_low is not None or q.base_high is not None else q.high
    low = 0.0 if low is None else low
    high = INFINITY if high is None else high
    if q.kind == "exact" and low == high and _rounded_to_scale(q.text):
        half = _scale_unit(low) / 2  # "13 million" is a rounded figure: 12.5 to 13.5 million
        low, high = low - half, high + half
    elif q.kind == "exact" and low == high and q.unit == rules.PERCENT_UNIT:
        half = _last_digit_unit(q.text) / 2  # "38 percent" is rounded to its last digit: 37.5 to 38.5 ("38.2 percent" agrees)
        low, high = low - half, high + half
    if q.kind == "at_most" and _is_estimate(q.text) and high != INFINITY:
        low = max(low, high / 2)
    return low, high


def _rounded_to_scale(text: str) -> bool:
    """"13 million", "$6 billion": a whole number of a scale word (not "13.3 million")."""
    words = text.lower().replace("$", " ").split()
    return len(words) >= 2 and words[-1] in rules.ROUNDING_SCALES and words[-2].replace(",", "").isdigit()


def _last_digit_unit(text: str) -> float:
    """The unit of a figure's last written digit: 1 for "38 percent", 0.1 for "38.2%"."""
    match = _DECIMALS.search(text)
    return 10.0 ** -len(match.group(1)) if match else 1.0


_DECIMALS = re.compile(r"\d\.(\d+)")


def _scale_unit(value: float) -> float:
    """The unit a rounded figure is written in: a million for 13 million, a billion for 6 billion."""
    unit = 1.0
    while unit * 1000 <= abs(value) and unit < 1e12:
        unit *= 1000
    return unit


def _is_estimate(text: str) -> bool:
    low = text.lower()
    return any(low.startswith(cue) for cue in rules.ESTIMATE_CEILINGS)


def _totals(claim: Claim) -> frozenset:
    return frozenset(q for q in claim.qualifiers if q == "total")


def _groups(claim: Claim) -> frozenset:
    return frozenset(q for q in claim.qualifiers if q in rules.GROUP_QUALIFIERS and q != "total" or q.startswith(rules.POPULATION_PREFIX))


def _measures(claim: Claim) -> frozenset:
    """The modifiers that make a rate a narrower measure ("youth unemployment", "core inflation")."""
    return frozenset(q for q in claim.qualifiers if q in rules.RATE_MEASURE_MODIFIERS)


def _places(claim: Claim) -> frozenset:
    return frozenset(q for q in claim.qualifiers if q.startswith("in "))


def _share(claim: Claim) -> bool:
    """Is the figure a share or a rate ("49 percent"), which a part of a whole may exceed?"""
    return claim.quantity.dimension == rules.SHARE_DIMENSION or (claim.metric or "") in rules.PERIOD_RATE_METRICS


def _part_name(narrow: Claim, broad: Claim) -> str:
    extra = [q for q in narrow.qualifiers if q not in broad.qualifiers]
    return f"{narrow.quantity.text} {' '.join(extra)}".strip()


def _different_periods(one: Optional[str], other: Optional[str]) -> bool:
    """Two explicit dates that do not overlap ("2023-11" and "2023-10"; "2023-11" and "2023-11-02" overlap)."""
    if not one or not other or one.startswith("XXXX") or other.startswith("XXXX"):
        return False
    return not (one.startswith(other) or other.startswith(one))


def _identifiable(speaker) -> bool:
    """A speaker that is the same one in every source: a named person, or an organisation with a full name
    ("Health Ministry"), not a generic "police" or "officials"."""
    if speaker is None or speaker.kind == "unnamed" or not speaker.name:
        return False
    return speaker.kind == "person" or len(speaker.name.split()) >= 2


def _given(claim: Claim) -> str:
    """The day a figure was given (:attr:`Claim.reported`); "" when not known to the day."""
    day = claim.reported or claim.stated or ""
    return day if len(day) == 10 and not day.startswith("XXXX") else ""


def _speaker_key(claim: Claim) -> Tuple[str, str]:
    speaker = claim.speaker
    if speaker is None:
        return ("outlet", claim.outlet or claim.source)  # one outlet's posts are one voice
    return (speaker.kind, (speaker.entity or speaker.name or speaker.role or "").lower())


def _offset_in_sentence(claim: Claim) -> int:
    """Where the figure starts in its own sentence (0 when the sentence is unknown)."""
    return claim.span[0] - claim.sentence_span[0] if claim.sentence_span else 0


def _phase(claim: Claim) -> int:
    """-1 when the sentence places the figure early ("at first"), +1 late ("hours later"), else 0."""
    start = _offset_in_sentence(claim)
    sentence = " ".join(claim.sentence[max(0, start - _PHASE_REACH): start + _PHASE_REACH].lower().split())
    if any(_has_phrase(sentence, cue) for cue in rules.EARLY_CUES) or _PLUPERFECT.search(sentence):
        return -1
    if any(_has_phrase(sentence, cue) for cue in rules.LATE_CUES):
        return 1
    return 0


def _has_phrase(sentence: str, phrase: str) -> bool:
    at = sentence.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not sentence[at - 1].isalnum()) and (end == len(sentence) or not sentence[end].isalnum()):
            return True
        at = sentence.find(phrase, at + 1)
    return False


def _order_key(claim: Claim, order: Dict[str, int]) -> Tuple[str, int, int]:
    """Time order: when it was said (else the date it is about), then early/late cues, then text order.  A count run
    since a day ("19 have been killed since Monday") stands at the day it was given, not at the day it runs from."""
    day = claim.stated or (claim.reported if claim.reported and _since_day(claim) else claim.date)
    return (day or "", _phase(claim), order[claim.id])


def _since_day(claim: Claim) -> bool:
    """Is the figure counted since a day ("19 have been killed since Monday"), read near it (bounded: linear in the text)?"""
    start = _offset_in_sentence(claim)
    return bool(_SINCE_DAY.search(claim.sentence[max(0, start - _PHASE_REACH): start + _PHASE_REACH]))


#: "since Monday", "since last Friday", "since 3 March", "since March 3": a span that runs to the day a count is given.
_SINCE_DAY = re.compile(rf"\b(?:{'|'.join(sorted(rules.SPAN_START_WORDS))})\s+(?:last\s+)?(?:{'|'.join(dates_rules.WEEKDAYS + dates_rules.MONTHS)}|\d)",
                        re.IGNORECASE)


def _update_signal(claim: Claim) -> bool:
    return bool(claim.update_cue) or _presented_as_rise(claim) or _after_lapse(claim)


def _after_lapse(claim: Claim) -> bool:
    start = _offset_in_sentence(claim)
    window = " ".join(claim.sentence[max(0, start - _PHASE_REACH): start].lower().split())
    return any(_has_phrase(window, cue) for cue in rules.LAPSE_CUES)


def _presented_as_rise(claim: Claim) -> bool:
    start = _offset_in_sentence(claim)
    window = claim.sentence[max(0, start - _PHASE_REACH): start + _PHASE_REACH].lower()
    return any(word in rules.RISE_WORDS for word in _WORDS.findall(window))


def _moment(claim: Claim) -> Optional[_dt.datetime]:
    """When the claim's source was published, to the minute, when a time was given and the figure was given then (not
    on a day its cue names: "confirmed on Friday")."""
    if not claim.published_at:
        return None
    moment = _dt.datetime.fromisoformat(claim.published_at)
    if claim.stated and claim.stated != moment.date().isoformat():
        return None
    return moment


def _time_order(a: Claim, b: Claim, keys: Mapping[str, Tuple[str, int, int]]) -> Optional[Tuple[Claim, Claim]]:
    """(earlier, later) for the figures of two sources published at two times of one day, when nothing
    else in their texts dates or phases them apart; None when a side has no time, or one has a UTC offset and the
    other none (the two clocks cannot be compared)."""
    if a.source == b.source or keys[a.id][:2] != keys[b.id][:2]:
        return None
    one, other = _moment(a), _moment(b)
    if one is None or other is None or (one.tzinfo is None) != (other.tzinfo is None) or one == other:
        return None
    return (a, b) if one < other else (b, a)


def time_keys(claims: Sequence[Claim]) -> Dict[str, Tuple[str, int, int]]:
    """Each claim's place in time, computed once per report."""
    order = {claim.id: index for index, claim in enumerate(claims)}
    return {claim.id: _order_key(claim, order) for claim in claims}


def comparable(claim: Claim) -> bool:
    """Can this figure be compared at all: a metric of the taxonomy, put forward as a count, an estimate or a projection
    (targets, thresholds, hypotheticals and poll results are never one disputed figure), and not the figure a
    correction takes back?"""
    identity = claim.identity
    if _retracted(claim):
        return False
    if _counts_things(claim):
        return False  # "2,000 buses brought protesters": buses are not protesters
    return identity is None or (identity.named and identity.modality in rules.COMPARED_MODALITIES)


def _retracted(claim: Claim) -> bool:
    """Is this the figure a correction takes back: "two died, not 12", "not 12 as reported earlier", what "an earlier
    post said" in the outlet's own voice?  The earlier report's own figure stands for it."""
    if claim.sentence_span is None:
        return False
    start = claim.span[0] - claim.sentence_span[0]
    end = start + claim.span[1] - claim.span[0]
    before = _WORDS.findall(claim.sentence[max(0, start - _RETRACT_REACH): start].lower())
    after = _WORDS.findall(claim.sentence[end: end + _RETRACT_REACH].lower())
    reported_as = after[:1] == [rules.RETRACTED_AS] and bool(set(after[1:3]) & rules.RETRACTED_AS_WORDS)
    if before[-1:] == [rules.RETRACTING_WORD] and reported_as and (after[1] in rules.RETRACTED_AS_WORDS or after[1] in rules.OWN_REPORT_WORDS):
        # "13 were injured, not 23 as first reported", "not 8 as we reported": the phrase is itself the correction ("not
        # 23 as police first reported" sets another speaker's figure against this one)
        return True
    if not claim.correction_cue:
        return False
    if before[-1:] == [rules.RETRACTING_WORD] or reported_as:
        return True
    if set(before[-_RETRACT_WORDS:]) & rules.RETRACTING_ADVERBS:
        return True  # "some outlets had wrongly reported 30", "an earlier post mistakenly said 12": the figure taken back
    return claim.speaker is None and bool(set(before) & rules.EARLIER_REPORT_WORDS)


def _corrects(claim: Claim, correcting: frozenset) -> bool:
    """Is the figure given as a correction: its own words say so, or its source takes back a figure of its quantity?"""
    return bool(claim.correction_cue) or claim.source in correcting


def _severity_dropped_later(first: Claim, second: Claim, unordered: bool) -> Optional[Judgement]:
    """One voice's severity-qualified toll, then later a higher one without the severity ("four slightly injured",
    then "Update: nine people were injured"): the count went on, an update; any other pair of one voice's figures
    of two severities counts two things."""
    if unordered or (first.metric or "") not in rules.CUMULATIVE_METRICS or set(second.qualifiers) & rules.SEVERITY_QUALIFIERS:
        return None
    if effective_interval(second)[0] > effective_interval(first)[1]:
        return Judgement("update", first, second, "the same speaker later gave a higher toll, no longer only of one severity")
    return None


def _given_as_revision(claim: Claim) -> bool:
    """Is the figure given as a revision: its update cue, or a verb of revising earlier in its clause ("revised the
    number of people evacuated from Tamm to 3,000")?"""
    if claim.update_cue in rules.REVISION_CUES:
        return True
    start = _offset_in_sentence(claim)
    window = re.split(r"[,;:]", claim.sentence[max(0, start - _REVISION_REACH): start])[-1].lower()
    return any(word in rules.REVISION_CUES for word in _WORDS.findall(window))


def _projection(claim: Claim) -> bool:
    return claim.identity is not None and claim.identity.modality == "projection"


def _apart(a: Claim, b: Claim) -> bool:
    """Do two figures' intervals not overlap?"""
    low_a, high_a = effective_interval(a)
    low_b, high_b = effective_interval(b)
    return not (low_a <= high_b and low_b <= high_a)


def _revised_after(claim: Claim) -> bool:
    """Do words after the figure in its sentence give it as a revision ("grew 1.4 percent, revising its earlier estimate")?"""
    end = _offset_in_sentence(claim) + claim.span[1] - claim.span[0]
    return bool(set(_WORDS.findall(claim.sentence[end: end + _REVISION_REACH].lower())) & rules.REVISION_AFTER_WORDS)


#: How many characters around a figure show that a correction takes it back.
_RETRACT_REACH = 60
#: How many words before a figure an adverb of a wrong report ("incorrectly put the number at 21") is read.
_RETRACT_WORDS = 6
#: How far before a figure, within its clause, a verb of revising presents it as a revision.
_REVISION_REACH = 90


def _counts_things(claim: Claim) -> bool:
    """Does a figure of a people metric count things ("2,000 buses", "600 tractors"), not people?"""
    counted = claim.identity.counted if claim.identity else None
    return counted is not None and (claim.metric or "") in rules.PEOPLE_METRICS and counted.lower() in rules.THING_NOUNS


def same_quantity(a: Claim, b: Claim) -> bool:
    """Do two claims of one event and metric agree on every facet of their identity that either states?

    A facet one states and the other does not is uncertain, and uncertain identity is no conflict.
    """
    one, other = a.identity, b.identity
    if one is None or other is None:
        return True
    if (one.modality == "projection") != (other.modality == "projection"):
        return False
    if (one.holder or other.holder) and not _same_holder(one.holder, other.holder):
        return False  # "Trump has 221 delegates" and "38 delegates at stake" are different quantities
    if one.modifiers and other.modifiers and one.modifiers != other.modifiers:
        return False  # "11 single seats" and "12 sleeper seats"
    if _describing(one) != _describing(other):
        return False  # "400 white-collar jobs" and "1,400 jobs": a described part may not be the whole
    if _different_groups(_group(one), _group(other)):
        return False  # "four Americans were killed" and "two contractors were killed": different groups
    if one.direction != other.direction:
        return False  # "lost 350,000 jobs" is a change, "400,000 jobs" a level; a fall is not a rise
    return not _disjoint_periods(a, b)


def _average(claim: Claim) -> bool:
    """Is the figure an average or a rate over time ("an average of 177,000 jobs a month", "averaging 5,000 a day")?"""
    offset = claim.sentence_span[0] if claim.sentence_span else 0
    before = _WORDS.findall(claim.sentence[max(0, claim.span[0] - offset - 30):claim.span[0] - offset].lower())[-3:]
    after = " ".join(_WORDS.findall(claim.sentence[claim.span[1] - offset:claim.span[1] - offset + 30].lower())[:3])
    return bool(set(before) & rules.AVERAGE_WORDS) or any(f" {unit} " in f" {after} " for unit in rules.PER_PERIOD_PHRASES)


def _describing(identity: Identity) -> frozenset:
    """The words of a counted noun's modifiers that describe what is counted ("white-collar", "Syrian"), without
    the ones that only determine or compare ("such", "other", "more"), name a cause ("heat-related") or are the
    group itself ("three soldiers dead")."""
    group = (_group(identity) or "").lower()
    if not (identity.counted or "").lower().endswith("s"):
        return frozenset()  # the words after the figure are no noun phrase ("people took part")
    return frozenset(m.lower() for m in identity.modifiers if m.lower() not in rules.NON_DESCRIBING_MODIFIERS and m.lower() not in rules.ANY_GROUP_COUNTED
                     and not m.lower().endswith(rules.CAUSE_MODIFIER_SUFFIXES) and m.lower() != group)


def _group(identity: Identity) -> Optional[str]:
    """The group a figure counts: its counted noun, or for a general one ("four Americans dead") the modifier before it."""
    counted = identity.counted
    if counted and counted.lower() in rules.ANY_GROUP_COUNTED and identity.modifiers:
        return identity.modifiers[-1]
    return counted


def _group_key(counted: str) -> str:
    """A counted noun as a group key: its synonym class, else the noun without a plural "s"."""
    word = counted.lower()
    for index, words in enumerate(rules.COUNTED_SYNONYMS):
        if word in words:
            return f"#{index}"
    return word[:-1] if word.endswith("s") else word


def _different_groups(one: Optional[str], other: Optional[str]) -> bool:
    """Do two figures count named groups that are not the same ("Americans", "contractors")?  A general noun
    ("people", "deaths", "victims") may count any group, and an unstated one is no difference."""
    if not one or not other or one.lower() in rules.ANY_GROUP_COUNTED or other.lower() in rules.ANY_GROUP_COUNTED:
        return False
    return _group_key(one) != _group_key(other)


def _holder_key(claim: Claim) -> str:
    """Whose a figure is, as a key ("" when the text does not say): holders match by their last word."""
    holder = claim.identity.holder if claim.identity else None
    return _holder_word(holder.lower().split()[-1]) if holder and holder.split() else ""


def _holder_word(word: str) -> str:
    """A holder's last word as a key: the words for a whole economy ("economy", "employers") are one."""
    return rules.WHOLE_ECONOMY_HOLDER if word in rules.WHOLE_ECONOMY_HOLDERS else word


def _same_holder(one: Optional[str], other: Optional[str]) -> bool:
    """"President Obama" and "Obama" hold the same figure; a stated holder and none do not match."""
    if not one or not other:
        return False
    a, b = one.lower().split(), other.lower().split()
    return _holder_word(a[-1]) == _holder_word(b[-1])


def _disjoint_periods(a: Claim, b: Claim) -> bool:
    """Periods that cannot hold one figure: a rate for November and one for October; for a toll, a month or year
    that does not contain the other figure's day ("In March, 32 were killed" beside a July attack)."""
    if (a.metric or "") in rules.PERIOD_RATE_METRICS and not (a.sentence_date and b.sentence_date):
        return True  # a rate with no period stated cannot be matched with another
    if (a.metric or "") in rules.PERIOD_RATE_METRICS and _relative_period(a) != _relative_period(b):
        return True  # "In the previous quarter, Ruiz raised $7 million": a period before the story's, whatever date it resolved to
    if (a.metric or "") not in rules.CUMULATIVE_METRICS:
        return _different_periods(a.sentence_date, b.sentence_date) or _other_occasion(a, b) or _other_occasion(b, a)
    one, other = a.sentence_date or a.date, b.sentence_date or b.date
    coarse = bool(a.sentence_date and len(a.sentence_date) < 10 or b.sentence_date and len(b.sentence_date) < 10)
    return coarse and _different_periods(one, other)


def _relative_period(claim: Claim) -> bool:
    """Is the figure's own period named relative to the story's ("In the previous quarter, Ruiz raised $7 million", "$7
    million the quarter before")?  Only the words between the figure and the figures beside it are read ("fell to 7.8
    percent, down from 8.4 percent a year earlier": the year earlier is the 8.4's)."""
    start = _offset_in_sentence(claim)
    end = start + claim.span[1] - claim.span[0]
    before = re.split(r"\d", claim.sentence[:start])[-1]
    after = re.split(r"\d", claim.sentence[end:end + _RELATIVE_AFTER])[0]
    return bool(_RELATIVE_PERIOD.search(before) or _RELATIVE_PERIOD.search(after))


_RELATIVE_AFTER = 40


def _other_occasion(dated: Claim, other: Claim) -> bool:
    """Does one figure's sentence date it to a month or year before the other's one-day event ("In January, the unions
    said 120,000 marched" beside a march on 8 March)?  A level is the level of its own, earlier occasion; a later
    period ("by the end of next year") is a plan's horizon, not another occasion."""
    if not dated.sentence_date or other.sentence_date or len(dated.sentence_date) >= 10:
        return False
    day = other.date or ""
    return len(day) == 10 and dated.sentence_date < day[:len(dated.sentence_date)]


def _presented_as_contrary(claim: Claim) -> bool:
    """Does the figure's sentence present it against another ("reported a lower toll", "disputed the figure")?"""
    sentence = " ".join(claim.sentence.lower().split())
    return any(_has_phrase(sentence, cue) for cue in rules.CONTRARY_CUES)


def _stated_interval(claim: Claim, low: float, high: float) -> Tuple[float, float]:
    """A bound ("at least 20", "more than 20") read as the count it states."""
    q = claim.quantity
    if q.kind in ("at_least", "more_than") and q.low is not None:
        return q.low, q.low
    return low, high


def _scales_apart(low_a: float, high_a: float, low_b: float, high_b: float) -> bool:
    """Are two positive figures so far apart (more than :data:`UNRELATED_SCALE_RATIO` times) that no one would
    give them for one quantity?  Disputed figures differ a lot (police 5,000, organisers 100,000), not a
    thousandfold; a zero ("no deaths") is never too far."""
    if low_a <= 0 or low_b <= 0:
        return False
    smaller_high = min(high_a, high_b)
    larger_low = low_b if high_a <= high_b else low_a
    return smaller_high > 0 and larger_low / smaller_high > rules.UNRELATED_SCALE_RATIO


def _remaining(claim: Claim) -> bool:
    """Does the figure's clause present it as what is left ("12 are still missing", "six remain in hospital")?"""
    offset = claim.sentence_span[0] if claim.sentence_span else 0
    reach = _PHASE_REACH // 4
    window = claim.sentence[max(0, claim.span[0] - offset - reach): claim.span[1] - offset + reach]
    return any(word in rules.REMAINING_WORDS for word in _WORDS.findall(window.lower()))


def _left_over(first: Claim, second: Claim, rising: bool, unordered: bool) -> Optional[Tuple[Claim, Claim]]:
    """(earlier, later) when a count of people who leave their state (the missing, the hospitalised) went down: the
    lower figure came later, or is given as what remains ("12 are still missing")."""
    if (first.metric or "") not in rules.FALLING_METRICS:
        return None
    falling = effective_interval(second)[1] < effective_interval(first)[0]
    if falling and (not unordered or _remaining(second)):
        return first, second
    if rising and unordered and _remaining(first):
        return second, first
    return None


def _counts_bodies(claim: Claim) -> bool:
    """Does the figure count bodies found ("14 bodies were recovered"), not the dead?"""
    counted = claim.identity.counted if claim.identity else None
    return counted is not None and counted.lower() in rules.BODY_WORDS


def _same_outlet(a: Claim, b: Claim) -> bool:
    """Do two claims come from one named outlet (its posts of one story)?"""
    return a.outlet is not None and a.outlet == b.outlet


def _one_voice(a: Claim, b: Claim) -> bool:
    """The same speaker in the same source (the outlet's own voice included)."""
    return a.source == b.source and _speaker_key(a) == _speaker_key(b)


def judge(a: Claim, b: Claim, keys: Dict[str, Tuple[str, int, int]],
          declared_updates: Optional[Mapping[str, str]] = None, correcting: frozenset = frozenset(),
          dated: Optional[Mapping[str, bool]] = None, elsewhere: Optional[Mapping[str, bool]] = None,
          contrary: Optional[Mapping[str, bool]] = None, average: Optional[Mapping[str, bool]] = None,
          compared: Optional[Mapping[str, bool]] = None) -> Optional[Judgement]:
    """Judge one pair of claims of the same event and metric (one outlet's posts are known by ``Claim.outlet``);
    ``correcting``: the sources that take back a figure of this quantity (a correction's other figures correct it);
    ``dated``, ``elsewhere``: claim id -> :func:`dated_days`, :func:`other_event_cues` (computed here when not given);
    ``contrary``, ``average``: claim id -> ``_presented_as_contrary``, ``_average`` (read once per group by
    :func:`compare`, which judges each claim against up to ``MAX_GROUP`` others; computed here when not given);
    ``compared``: claim id -> :func:`comparable` (likewise read once per group)."""
    if a.quantity.unit != b.quantity.unit and (a.quantity.dimension != b.quantity.dimension):
        return None
    if compared is not None:
        if not (compared[a.id] and compared[b.id] and same_quantity(a, b)):
            return None
    elif not (comparable(a) and comparable(b) and same_quantity(a, b)):
        return None
    if _one_voice(a, b) and (a.sentence_span == b.sentence_span or (a.metric or "") not in rules.CUMULATIVE_METRICS):
        # one voice giving two figures in one sentence is a breakdown or a comparison; two figures of one
        # voice for a quantity that is not a running toll count different things (only a toll can be revised)
        return None
    another = elsewhere if elsewhere is not None else other_event_cues((a, b))
    if a.source != b.source and another[a.id] != another[b.id]:
        return None  # "A second bomb in Tasso killed 3", posted after "A car bomb in Tasso killed 12": another event
    if (a.metric or "") in rules.CUMULATIVE_METRICS and _different_days(a, b, dated if dated is not None else dated_days((a, b))):
        return None  # "45 arrested on Friday night" and "30 arrested on Saturday night": two nights, two counts
    first, second = sorted((a, b), key=lambda c: keys[c.id])
    # two sources with nothing dating one before the other; one outlet's posts come in the order given
    unordered = a.source != b.source and keys[a.id][:2] == keys[b.id][:2] and not _same_outlet(a, b)
    if unordered:
        # two sources, nothing dating one before the other: the one presented as an update is the later,
        # else a fixed order, so that the order of the sources never changes the verdict
        first, second = sorted((a, b), key=lambda c: (_update_signal(c), c.quantity.low or 0, c.source))
    timed = _time_order(a, b, keys)
    if timed is not None and _speaker_key(a) == _speaker_key(b) and (_same_outlet(a, b) or _identifiable(a.speaker)):
        # one voice in two reports of one day published at two given times: the later report gives its later figure
        # (two voices' figures stay two counts, whenever each was published)
        first, second, unordered = timed[0], timed[1], False
    if a.source != b.source and _corrects(a, correcting) != _corrects(b, correcting):
        # a correction comes after what it corrects, whatever its wording says of the earlier report (and so orders two
        # outlets' reports of one day)
        first, second = (b, a) if _corrects(a, correcting) else (a, b)
        unordered = False
    if (a.metric or "") not in rules.CUMULATIVE_METRICS and _different_periods(a.sentence_date, b.sentence_date):
        return None  # a rate or level for November and one for October are different quantities
    if (a.metric or "") not in rules.CUMULATIVE_METRICS and a.source != b.source:
        # the speaker's own later figure given as a revision of its first ("grew 1.4 percent, revising its earlier
        # estimate") is an update
        revised_first, revised_second = (_given_as_revision(c) or _revised_after(c) for c in (first, second))
        same = _speaker_key(a) == _speaker_key(b) and (_same_outlet(a, b) or _identifiable(a.speaker))
        if same and revised_second and not revised_first and not unordered and _apart(a, b):
            return Judgement("update", first, second, "the same speaker later revised its figure")
    if (a.metric or "") not in rules.CUMULATIVE_METRICS and a.source != b.source and _given_as_revision(a) != _given_as_revision(b):
        return None  # "revised first-quarter growth down to 1.9 percent": a revised estimate replaces the first, no dispute
    if (a.metric or "") in rules.PERIOD_RATE_METRICS and _projection(a) and _projection(b) and _speaker_key(a) != _speaker_key(b):
        return None  # "the IMF expects a deficit of 3.9 percent": two forecasters' outlooks for an economy differ by design
    if a.quantity.kind == "vague" or b.quantity.kind == "vague":
        other = b if a.quantity.kind == "vague" else a
        low, high = effective_interval(other)
        if high > 0:
            return None
    low_a, high_a = effective_interval(a)
    low_b, high_b = effective_interval(b)
    if _counts_bodies(a) != _counts_bodies(b):
        # the bodies found so far are a floor for the dead: "14 bodies recovered" fits "30 killed", 40 would not
        high_a, high_b = (INFINITY, high_b) if _counts_bodies(a) else (high_a, INFINITY)
    if (contrary[a.id] or contrary[b.id]) if contrary is not None else (_presented_as_contrary(a) or _presented_as_contrary(b)):
        # "first responders reported a lower toll, saying at least 20": the text sets the figures against each other,
        # so a bound stands for the count it states
        low_a, high_a = _stated_interval(a, low_a, high_a)
        low_b, high_b = _stated_interval(b, low_b, high_b)
    if low_a <= high_b and low_b <= high_a:
        return None  # the intervals overlap: both can hold
    if _scales_apart(low_a, high_a, low_b, high_b):
        return None  # "36 votes" of one delegation and "13 million votes" of a country count different things
    if (average[a.id] != average[b.id]) if average is not None else (_average(a) != _average(b)):
        return None  # "an average of 177,000 jobs a month" is a rate, not one month's count (read for disagreeing pairs only)
    if a.part_of or b.part_of:
        return None
    if {q for q in a.qualifiers if q.startswith("for ")} != {q for q in b.qualifiers if q.startswith("for ")}:
        return None  # shares for different beneficiaries ("for Ortiz", "for Lind")
    if {q for q in a.qualifiers if q.startswith(rules.MOTION_PREFIX)} != {q for q in b.qualifiers if q.startswith(rules.MOTION_PREFIX)}:
        return None  # tallies on different motions ("on bill", "on amendment")
    if _measures(a) != _measures(b):
        return None  # "youth unemployment" and "unemployment", "core inflation" and "inflation" are different rates
    if (rules.PARTIAL_QUALIFIER in a.qualifiers) != (rules.PARTIAL_QUALIFIER in b.qualifiers):
        partial, final = (a, b) if rules.PARTIAL_QUALIFIER in a.qualifiers else (b, a)
        if effective_interval(partial)[1] < effective_interval(final)[0]:
            return None  # "turnout was 38 percent at 4 p.m." is a count under way, below the final 61 percent
    if ("projected" in a.qualifiers) != ("projected" in b.qualifiers):
        return None  # a projected final figure is not a count so far
    status_a, status_b = set(a.qualifiers) & rules.STATUS_QUALIFIERS, set(b.qualifiers) & rules.STATUS_QUALIFIERS
    if status_a != status_b and (status_a and status_b or "suspected" in status_a | status_b):
        return None  # "239 suspected deaths" and "209 confirmed deaths" count different things
    if a.speaker is None and b.speaker is None and a.source == b.source:
        return None  # an outlet's own figures differ because they count different things, not because it contradicts itself
    for narrowing in (_totals, _groups, _places):
        part_a, part_b = narrowing(a), narrowing(b)
        if part_a == part_b:
            continue
        narrow, broad = (a, b) if part_a and not part_b else (b, a) if part_b and not part_a else (None, None)
        if narrowing is _totals:
            narrow, broad = broad, narrow  # the total is the whole
        if narrow is None or broad is None or effective_interval(narrow)[0] <= effective_interval(broad)[1] or _share(narrow):
            return None  # a share of a part ("49 percent turnout in the capital") may well exceed the whole's
        if narrowing is _places and (_placed_elsewhere(broad, narrow) or _contrasted(broad, narrow) and not _marked_part(narrow)):
            return None
        return Judgement("contradiction", first, second, f"the part ({_part_name(narrow, broad)}) alone exceeds the whole")
    if declared_updates:
        for later, earlier in ((a, b), (b, a)):
            if declared_updates.get(later.source) == earlier.source:
                return Judgement("update", earlier, later, f"the rules say {later.source} is an update of {earlier.source}")
    severity_a = set(a.qualifiers) & rules.SEVERITY_QUALIFIERS
    severity_b = set(b.qualifiers) & rules.SEVERITY_QUALIFIERS
    # a named speaker is one speaker in every source; the outlet's own voice and generic sources are one per source
    same_outlet = a.source == b.source or _same_outlet(a, b)
    same_speaker = _speaker_key(a) == _speaker_key(b) and (same_outlet or _identifiable(a.speaker))
    if severity_a != severity_b:
        if same_speaker:
            return _severity_dropped_later(first, second, unordered)
        narrow, broad = (a, b) if severity_a and not severity_b else (b, a) if severity_b and not severity_a else (None, None)
        if narrow is not None and broad is not None and effective_interval(narrow)[1] < effective_interval(broad)[0]:
            words = ", ".join(sorted(severity_a | severity_b))
            return Judgement("subset", first, second, f'"{words}" qualifies the {_in_sentence(narrow)} figure, which may be part of the {_in_sentence(broad)}')
        if narrow is None:
            return None
    cumulative = (a.metric or "") in rules.CUMULATIVE_METRICS
    rising = effective_interval(second)[0] > effective_interval(first)[1]
    if second.update_cue and rising:
        return Judgement("update", first, second, f'the later figure is given as an update ("{second.update_cue}")')
    if rising and cumulative and _presented_as_rise(second):
        return Judgement("update", first, second, "the later, higher figure is presented as a rise in the toll")
    if rising and cumulative and _after_lapse(second):
        return Judgement("update", first, second, "the higher figure came hours or days later, as counting went on")
    if rising and cumulative and not unordered and a.source != b.source and _given_as_now(second):
        return Judgement("update", first, second, "the later post gives the higher toll as the count now")
    given_first, given_second = _given(first), _given(second)
    if rising and cumulative and a.source != b.source and given_first and given_second > given_first:
        return Judgement("update", first, second, "the higher toll came a day or more later, as counting went on")
    if a.source != b.source and _same_outlet(a, b) and not rising and second.correction_cue and _corrects(second, correcting):
        # "Correction: ... no one was killed" in an outlet's later post takes back what its earlier post said, whoever it cited
        return Judgement("correction", first, second, "a later post of the same outlet corrects the figure")
    if (a.source == b.source or _same_outlet(a, b) or same_speaker) and not rising and _given_as_revision(second) and not unordered:
        return Judgement("correction", first, second, f'the later, lower figure is given as a revision ("{second.update_cue}")')
    # a correction's lower figure takes back the earlier one ("nine missing, not 19 as initially reported"), however
    # the count may shrink
    left = None if _corrects(second, correcting) and not rising else _left_over(first, second, rising, unordered)
    if left is not None:
        return Judgement("update", left[0], left[1], "the later, lower figure counts those still left as people are found or go home")
    if same_speaker and unordered and cumulative:
        lower, higher = sorted((a, b), key=lambda c: effective_interval(c)[0])
        if _update_signal(lower) and not _update_signal(higher) and effective_interval(higher)[0] > effective_interval(lower)[1]:
            # "the toll rose to 32, the agency said" and, in another outlet, "the agency said 51 were killed": a toll the
            # speaker says rose to 32 was not 51 before, so the 51 came later
            return Judgement("update", lower, higher, "the lower figure is itself given as a rise, so the higher one came later")
    if same_speaker and unordered:
        return Judgement("contradiction", first, second, "two sources quote the same speaker with different figures")
    if same_speaker:
        if rising and cumulative:
            return Judgement("update", first, second, "the same speaker gave a higher figure later")
        if _corrects(second, correcting):
            return Judgement("correction", first, second, "the same speaker corrected the figure")
        if cumulative:
            # a revision is a correction only when the text says so; otherwise one office contradicts itself
            return Judgement("contradiction", first, second, "the same speaker later gave a lower figure for a toll that can only grow")
        return Judgement("contradiction", first, second, "the same speaker gave two different figures")
    return Judgement("contradiction", first, second, "the figures cannot both hold")


def _dated_occurrence(claim: Claim, mentions: Optional[Sequence[DateMention]] = None) -> bool:
    """Is the figure's own day written in the clause it counts in, as the day the counted thing happened ("45 were
    arrested on Friday night", "a second bomb on Tuesday killed 3"), not the day it was said ("police said on
    Sunday", "On Sunday, police said ...") or counted by ("by Saturday")?  A figure given as an update is a running
    count, whatever day it names."""
    if not _may_be_dated(claim) or claim.sentence_span is None:
        return False
    offset = claim.sentence_span[0]
    cue = claim.attribution.span
    figure = claim.span[0] - offset
    for mention in dates(claim.sentence) if mentions is None else mentions:
        start = mention.span[0]
        if cue is not None and cue[0] - offset <= start <= cue[1] - offset + _CUE_DATE_REACH:
            continue  # the day the speaker said it
        if cue is not None and start < cue[0] - offset < figure:
            continue  # a day before the cue that opens the figure's clause: "On Sunday, police said 30 were held"
        before = _WORDS.findall(claim.sentence[max(0, start - _CUE_DATE_REACH): start].lower())
        if before and before[-1] in rules.COUNT_DATE_WORDS:
            continue
        return True
    return False


def _may_be_dated(claim: Claim) -> bool:
    """Can the figure be dated to the day what it counts happened: its sentence names a day that is not the day it
    was said, and it is no update (checked before the sentence's dates are read)?"""
    day = claim.sentence_date or ""
    return len(day) == 10 and not day.startswith("XXXX") and claim.stated != day and not _update_signal(claim)


def dated_days(claims: Sequence[Claim]) -> Dict[str, bool]:
    """Claim id -> whether its figure is dated to the day what it counts happened (:func:`_dated_occurrence`), read
    once per claim of a day-dated sentence."""
    by_sentence: Dict[Tuple[str, object], List[DateMention]] = {}
    out: Dict[str, bool] = {}
    for c in claims:
        if _may_be_dated(c):
            key = (c.source, c.sentence_span)
            if key not in by_sentence:
                by_sentence[key] = dates(c.sentence)  # once per sentence, however many figures it holds
            out[c.id] = _dated_occurrence(c, by_sentence[key])
    return out


def other_event_cues(claims: Sequence[Claim]) -> Dict[str, bool]:
    """Claim id -> :func:`_tells_another_event`, each sentence's cues found once."""
    by_sentence: Dict[Tuple[str, object], List[int]] = {}
    out: Dict[str, bool] = {}
    for c in claims:
        key = (c.source, c.sentence_span)
        if key not in by_sentence:
            by_sentence[key] = _event_cue_ends(c.sentence)
        out[c.id] = _tells_another_event(c, by_sentence[key])
    return out


def _different_days(a: Claim, b: Claim, dated: Mapping[str, bool]) -> bool:
    """Two figures each dated in its own clause to a different day: counts of two days, not one toll."""
    return bool(a.sentence_date and b.sentence_date and a.sentence_date != b.sentence_date
                and dated.get(a.id) and dated.get(b.id) and not (_tells_the_event(a) and _tells_the_event(b)))


def _event_cue_ends(sentence: str) -> List[int]:
    """Where each cue of another event in a sentence ends, spaces after it included ("another ", "elsewhere, ")."""
    lower = sentence.lower()
    return [match.end() for match in _NEW_EVENT_CUE.finditer(lower)]


def _tells_another_event(claim: Claim, ends: Optional[Sequence[int]] = None) -> bool:
    """Does the figure's sentence tell of another event than the one before it ("Another fire broke out in Brask,
    killing 2", "Elsewhere, 11 died in flooding")?  A cue right before the figure adds to a count ("another 5 died")."""
    start = claim.span[0] - claim.sentence_span[0] if claim.sentence_span else -1
    return any(end != start for end in (_event_cue_ends(claim.sentence) if ends is None else ends))


def _tells_the_event(claim: Claim) -> bool:
    """Does the figure's sentence tell the event happening ("a car bomb exploded on Thursday, killing 31"), with no cue
    of another one ("a second bomb")?  Two such sentences with two days date one event apart (a date conflict of
    its own), they do not count on two days."""
    words = _EVENT_WORDS.findall(claim.sentence.lower())
    padded = f" {' '.join(words)} "
    return bool(kinds(words)) and any(f" {phrase} " in padded for phrase in rules.OCCURRENCE_WORDS) \
        and not any(f" {cue} " in padded for cue in rules.NEW_EVENT_CUES)


def _placed_elsewhere(broad: Claim, narrow: Claim) -> bool:
    """From two sources, a figure for a named place and one whose own sentence names only other places ("6 killed
    in Pradel", "in Sorin, 15 were killed"): figures of two places, not a part and its whole.  A part whose sentence
    names the other figure's place ("the mayor of Hale said 35 were arrested in Norby"), or that the event's places
    hold (a place the user's hierarchy puts inside it), is a part of it."""
    if broad.source == narrow.source:
        return False
    named = {name.lower() for name in places(broad.sentence)}
    parts = {q[3:].lower() for q in _places(narrow)}
    if parts & {name.lower() for name in narrow.event.places}:
        return False
    parts |= {name.lower() for name in places(narrow.sentence)}
    return bool(named) and not named & parts


def _contrasted(a: Claim, b: Claim) -> bool:
    """Two figures of one sentence set side by side by a contrast ("injured nobody in the Moscow region, while 3 were hurt
    in Kursk"): two places' figures, not a whole and its part."""
    if a.source != b.source or a.sentence_span != b.sentence_span or a.sentence_span is None:
        return False
    start, end = sorted((a.span[1], b.span[0]) if a.span[0] < b.span[0] else (b.span[1], a.span[0]))
    if end - start > _CONTRAST_REACH:
        return False
    offset = a.sentence_span[0]
    return bool(set(_WORDS.findall(a.sentence[start - offset:end - offset].lower())) & rules.CONTRAST_WORDS)


#: How far apart, in characters, two figures set side by side by a contrast may stand.
_CONTRAST_REACH = 160


def _marked_part(claim: Claim) -> bool:
    """Is the figure marked as one place's part by a word after it ("more than 200 had died in Gilan alone")?"""
    end = claim.span[1] - (claim.sentence_span[0] if claim.sentence_span else 0)
    return bool(set(_WORDS.findall(claim.sentence[end:end + _PART_MARK_REACH].lower())) & rules.PART_AFTER_WORDS)


#: How many characters after a figure a word marking it as a part ("alone") is looked for.
_PART_MARK_REACH = 40


def _given_as_now(claim: Claim) -> bool:
    """Does the figure's clause give it as the count as it now stands ("rescuers now say 6 were killed")?"""
    start = _offset_in_sentence(claim)
    end = start + claim.span[1] - claim.span[0]
    window = claim.sentence[max(0, start - _NOW_BEFORE): end + _NOW_AFTER].lower()
    return any(word in rules.NOW_WORDS for word in _WORDS.findall(window))


#: How far after a cue a date is the day it was said ("said on Sunday"), and how far before a date its preposition is.
_CUE_DATE_REACH = 12
#: How far before and after a figure "now" presents it as the count as it stands ("now puts the toll ... at 19").
_NOW_BEFORE = 80
_NOW_AFTER = 40


def _speaker_phrase(claim: Claim, names: Mapping[str, str]) -> Tuple[str, bool]:
    """The speaker as the subject of a sentence ("the health ministry", "Police"), and whether it is plural."""
    speaker = claim.speaker
    if speaker is None:
        outlet = claim.outlet or names.get(claim.source)
        return (outlet if outlet else f"the outlet ({claim.source})"), False
    name = speaker.name or speaker.role or "a source"
    words = name.split()
    head = words[-1].lower() if words else ""
    if speaker.kind == "unnamed":
        # "officials at the hospital in Tarsa", "Organisers of the march": the head is before what modifies it
        head = next((words[k - 1].lower() for k in range(1, len(words)) if words[k].lower() in wording.HEAD_POSTMODIFIERS), head)
    described = speaker.kind not in ("person", "unnamed") and len(words) > 2 and words[1].lower() in wording.HEAD_POSTMODIFIERS \
        and words[0][:1].isupper() and words[0][1:].islower() and words[0].lower().endswith("s") and not words[0].lower().endswith(wording.SINGULAR_ENDINGS)
    if described:
        head = words[0].lower()  # "Economists at Dorn Bank": a plural description of the bank's people, not the bank
        name = name[:1].lower() + name[1:]
    group = len(words) == 1 and head in rules.GROUP_NAMES  # "Republicans say": a group's name, plural, capitalised
    plural = group or described or speaker.kind != "person" and (
        head in wording.PLURAL_HEADS or speaker.kind == "unnamed" and head.endswith("s") and not head.endswith(wording.SINGULAR_ENDINGS))
    if speaker.kind == "unnamed" and name[:1].isupper() and name[1:2].islower():
        name = name[:1].lower() + name[1:]  # "Doctors at a clinic in Kyiv" opened its sentence: a description, not a name
    if plural and len(words) == 1 and not group:
        name = name.lower()  # "police", "officials": common nouns, capitalised only at the start of a sentence
    elif name[:1].islower() and words[0].lower() not in wording.DETERMINERS and not plural:
        name = f"the {name}"  # "the health ministry"; plurals stand bare ("officials say")
    role = f" ({speaker.role})" if speaker.role and speaker.role != speaker.name else ""
    via = f", via {', '.join(v.name or v.role or '?' for v in claim.via)}," if claim.via else ""
    return f"{name}{role}{via}", plural


def _in_sentence(claim: Claim) -> str:
    """The figure's words as they read inside a sentence: "At least 30" -> "at least 30", "Four" -> "four"."""
    quote = claim.quantity.text
    return quote[:1].lower() + quote[1:] if quote[1:2].islower() or quote[1:2] == " " else quote


def _figure(claim: Claim) -> str:
    """The figure as the speaker's words give it, inside a sentence ("at least 30", not "At least 30")."""
    quote = _in_sentence(claim)
    motion = next((q[len(rules.MOTION_PREFIX):] for q in claim.qualifiers if q.startswith(rules.MOTION_PREFIX)), None)
    side = (claim.identity.holder if claim.identity else None) or ""
    if motion and side in wording.TALLY_PHRASES:
        return wording.TALLY_PHRASES[side].format(figure=quote, motion=motion)  # "61 votes in favour of the bill"
    qualifiers = " ".join(q for q in claim.qualifiers if not q.startswith(("in ", "for ", rules.MOTION_PREFIX)))
    phrase = wording.FIGURE_PHRASES.get(claim.metric or "")
    if phrase and claim.quantity.unit is None:
        # a group goes with the figure ("40 soldiers were killed"), other qualifiers with the verb ("were slightly injured")
        groups = [q for q in claim.qualifiers if q in _groups(claim)]
        others = " ".join(wording.QUALIFIER_ADVERBS.get(q, q) for q in claim.qualifiers
                          if not q.startswith(("in ", "for ", rules.MOTION_PREFIX)) and q not in groups and q not in wording.TRAILING_QUALIFIERS)
        quote = wording.BARE_ZERO_WORDS.get(quote.lower(), quote)  # "no deaths": "none were killed"
        figure = " ".join([quote] + groups)
        text = phrase.format(figure=figure, qualifiers=f"{others} " if others else "")
        if quote.lower() in wording.SINGULAR_FIGURES and not groups:
            text = _singular(text, len(figure))
        text = " ".join([text] + [wording.TRAILING_QUALIFIERS[q] for q in claim.qualifiers if q in wording.TRAILING_QUALIFIERS])
    else:
        measured = wording.MEASURED_PHRASES.get(claim.metric or "") if claim.quantity.unit is not None else None
        # "1.9 million barrels of output", not "1.9 million barrels output"
        text = " ".join((measured.format(figure=f"{quote} {qualifiers}".strip()) if measured else " ".join([quote, qualifiers, claim.metric or ""])).split())
    place = " ".join(q for q in claim.qualifiers if q.startswith(("in ", "for ", rules.MOTION_PREFIX)))
    return f"{text} {place}".strip()


def _singular(text: str, start: int) -> str:
    """The phrase of a figure of one with its verb in the singular: "one were killed" -> "one was killed"."""
    head, _, tail = text[start:].lstrip().partition(" ")
    verb = wording.SINGULAR_VERBS.get(head)
    return f"{text[:start]} {verb} {tail}" if verb else text


def explain(judgement: Judgement, extra: int = 0, names: Optional[Mapping[str, str]] = None) -> str:
    """One sentence in plain grammar: both speakers, both figures, and why they cannot both hold.

    "Police say 14 were killed; the ministry later says at least 20 were killed: the figures cannot both hold."
    """
    names = names or {}
    first, second = judgement.first, judgement.second
    timed = _moment(first) is not None and _moment(second) is not None and _given_on(second) == _given_on(first) \
        and first.source != second.source and _later_moment(first, second)
    later = "later " if _given_on(second) > _given_on(first) or _phase(second) > _phase(first) or timed else ""
    who_first, plural_first = _speaker_phrase(first, names)
    who_second, plural_second = _speaker_phrase(second, names)
    text = (f"{who_first} {wording.SAY if plural_first else wording.SAYS} {_figure(first)}; "
            f"{who_second} {later}{wording.SAY if plural_second else wording.SAYS} {_figure(second)}: {judgement.reason}")
    if extra:
        text += f" (and {extra} more disagreeing pair{'s' if extra > 1 else ''} in this group)"
    return text[:1].upper() + text[1:] + "."


def _later_moment(first: Claim, second: Claim) -> bool:
    one, other = _moment(first), _moment(second)
    return one is not None and other is not None and (one.tzinfo is None) == (other.tzinfo is None) and other > one


def _summary_key(members: Sequence[Claim], keys: Mapping[str, Tuple[str, int, int]]) -> Any:
    """A summary's figures in time order: their time keys, and within one day and phase the publication times, when
    every figure has one and all of them or none give a UTC offset (else the time keys alone)."""
    moments = [_moment(c) for c in members]
    aware = {m.tzinfo is not None for m in moments if m is not None}
    if None in moments or len(aware) != 1:
        return lambda c: keys[c.id]
    by_id = {c.id: m for c, m in zip(members, moments)}
    return lambda c: (keys[c.id][0], keys[c.id][1], by_id[c.id], keys[c.id][2])


def _given_on(claim: Claim) -> str:
    """The day a figure was given, for saying "later": the day its cue carries or its source's date, never the
    event's date ("Saturday's march" dates the march, not the statement)."""
    return claim.stated or claim.reported or claim.date or ""


def _superseded(judgements: Sequence[Judgement]) -> frozenset:
    """Ids of figures their own voice later updated ("Two people injured", then "Update: five people were injured"):
    no longer what that voice says, so never set against another voice's figure."""
    return frozenset(v.first.id for v in judgements if v.kind == "update" and _speaker_key(v.first) == _speaker_key(v.second)
                     and (v.first.source == v.second.source or _same_outlet(v.first, v.second)))


def _enumerations(members: Sequence[Claim]) -> Dict[str, float]:
    """Claim id -> the sum of the list it belongs to: two or more figures of one quantity that one voice gives in one
    sentence ("Twelve died in Lito and eleven in Vasso", "health care added 49,000 jobs and construction 27,000")."""
    lists: Dict[Tuple[str, object, Tuple[str, str], Optional[str]], List[Claim]] = {}
    for claim in members:
        if claim.sentence_span is not None and claim.quantity.kind != "vague" and not _partitive(claim):
            # a partitive figure ("two of the three lines") is a part of another figure, not an item of a list
            # the items of one list are figures of one kind: "38 percent" and "20 stations" are no list
            lists.setdefault((claim.source, claim.sentence_span, _speaker_key(claim), claim.quantity.dimension), []).append(claim)
    sums: Dict[str, float] = {}
    for listed in lists.values():
        if len(listed) >= 2:
            total = sum(effective_interval(c)[0] for c in listed)
            sums.update((c.id, total) for c in listed)
    return sums


def _partitive(claim: Claim) -> bool:
    """Is the figure a partitive part of another ("two of the three lines", "six of them")?"""
    offset = claim.sentence_span[0] if claim.sentence_span else 0
    words = claim.sentence[claim.span[1] - offset:claim.span[1] - offset + 20].lower().split()
    return claim.part_of and len(words) >= 2 and words[0] == rules.PARTITIVE_OF and words[1] in rules.PARTITIVE_HEADS


def _enumerated_part(part: Claim, whole: Claim, listed: Mapping[str, float]) -> bool:
    """Is ``part`` an item of a list whose items together fit in ``whole``, a figure given in another sentence?  The
    list is a breakdown of that whole ("23 people were killed. Twelve died in Lito and eleven in Vasso"), not a rival."""
    total = listed.get(part.id)
    if total is None or whole.id in listed and listed[whole.id] == total and part.sentence_span == whole.sentence_span:
        return False
    if _severity_split_short(part, whole, total):
        return False
    return 0 < total <= effective_interval(whole)[1]


def _severity_split_short(part: Claim, whole: Claim, total: float) -> bool:
    """Is ``part`` an item of one voice's split by severity ("three slightly injured and one seriously") whose sum
    falls short of another voice's unqualified figure (14 injured)?  That split is the voice's whole count, not a
    breakdown of the other's, and its items are set against the other figure as a severity-qualified one is."""
    severity = set(part.qualifiers) & rules.SEVERITY_QUALIFIERS
    return bool(severity) and not set(whole.qualifiers) & rules.SEVERITY_QUALIFIERS and _speaker_key(part) != _speaker_key(whole) \
        and total < effective_interval(whole)[0]


_KIND_RANK = {"contradiction": 0, "correction": 1, "subset": 2}


def compare(claims: Sequence[Claim], names: Optional[Mapping[str, str]] = None,
            declared_updates: Optional[Mapping[str, str]] = None) -> Tuple[List[Conflict], List[Judgement], List[Summary]]:
    """Conflicts (one per event and metric), updates, and per-group summaries.

    ``names``: source id -> outlet name, for explanations of claims that carry no ``outlet`` of their own.
    ``declared_updates``: source id -> the source id it updates (the user's rules): their figures are updates.
    """
    order = {claim.id: index for index, claim in enumerate(claims)}
    keys = time_keys(claims)
    groups: Dict[Tuple[str, str, str], List[Claim]] = {}
    for claim in claims:
        if claim.metric is None or claim.metric in rules.UNCOMPARABLE_METRICS:
            continue
        # one group per quantity: event, metric and whose it is ("51.2 percent for Maduro", "44.2 percent for Gonzalez")
        groups.setdefault((claim.event.id, claim.metric, _holder_key(claim)), []).append(claim)
    conflicts: List[Conflict] = []
    updates: List[Judgement] = []
    summaries: List[Summary] = []
    for (event_id, metric, _), members in groups.items():
        if len(members) > 1:
            judgements: List[Judgement] = []
            compared = members[:MAX_GROUP]
            listed = _enumerations(compared)
            correcting = frozenset(c.source for c in compared if _retracted(c))
            # only figures of two different days can count on two days
            dated = dated_days(compared) if metric in rules.CUMULATIVE_METRICS and len({c.sentence_date for c in compared}) > 1 else {}
            elsewhere = other_event_cues(compared) if len({c.source for c in compared}) > 1 else {}  # read across sources only
            contrary = {c.id: _presented_as_contrary(c) for c in compared}
            average = {c.id: _average(c) for c in compared}
            usable = {c.id: comparable(c) for c in compared}
            for i in range(len(compared)):
                for j in range(i + 1, len(compared)):
                    if compared[i].span == compared[j].span and compared[i].source == compared[j].source:
                        continue
                    if not (usable[compared[i].id] and usable[compared[j].id]):
                        continue  # judge would say nothing of a pair with a figure that is never compared
                    if _enumerated_part(compared[i], compared[j], listed) or _enumerated_part(compared[j], compared[i], listed):
                        continue
                    verdict = judge(compared[i], compared[j], keys, declared_updates, correcting, dated, elsewhere, contrary, average, usable)
                    if verdict is not None:
                        judgements.append(verdict)
            superseded = _superseded(judgements)
            flagged = [v for v in judgements if v.kind != "update" and not {v.first.id, v.second.id} & superseded]
            updates.extend(v for v in judgements if v.kind == "update")
            if flagged:
                flagged.sort(key=lambda v: (_KIND_RANK[v.kind], order[v.first.id], order[v.second.id]))
                involved = sorted({c.id for v in flagged for c in (v.first, v.second)}, key=lambda i: order[i])
                by_id = {c.id: c for c in members}
                conflicts.append(
                    Conflict(
                        id=f"x{len(conflicts) + 1}",
                        metric=metric,
                        event=members[0].event,
                        claims=tuple(by_id[i] for i in involved),
                        kind=flagged[0].kind,
                        explanation=explain(flagged[0], len(flagged) - 1, names),
                    )
                )
        ordered = sorted(members, key=_summary_key(members, keys))
        lows = [effective_interval(c)[0] for c in members]
        # the largest figure anyone gave: an open-ended "more than 1,200" counts as 1,200
        given = [c.quantity.high if c.quantity.high is not None or c.quantity.kind == "vague" else c.quantity.low for c in members]
        highs = [h for h in given if h is not None]
        summaries.append(Summary(members[0].event, metric, min(lows) if lows else None, max(highs) if highs else None, tuple(ordered)))
    return conflicts, updates, summaries


def compare_dates(date_claims: Sequence[Claim], first_number: int = 1, names: Optional[Mapping[str, str]] = None) -> List[Conflict]:
    """Date conflicts: two speakers or sources giving different days for one event."""
    groups: Dict[str, List[Claim]] = {}
    for claim in date_claims:
        groups.setdefault(claim.event.id, []).append(claim)
    conflicts: List[Conflict] = []
    for members in groups.values():
        disagreeing = [
            (a, b) for i, a in enumerate(members[:MAX_GROUP]) for b in members[i + 1 : MAX_GROUP]
            if a.date != b.date and (_speaker_key(a) != _speaker_key(b) or a.source != b.source)
        ]
        if not disagreeing:
            continue
        a, b = disagreeing[0]
        involved = []
        for pair in disagreeing:
            for claim in pair:
                if claim not in involved:
                    involved.append(claim)
        who_a, who_b = _speaker_phrase(a, names or {})[0], _speaker_phrase(b, names or {})[0]
        explanation = (
            f"{who_a} dates the {a.event.kind or 'event'} to {a.date} (\"{a.quantity.text}\"); "
            f"{who_b} to {b.date} (\"{b.quantity.text}\"): one event cannot have happened on both days."
        )
        explanation = explanation[:1].upper() + explanation[1:]
        conflicts.append(Conflict(f"x{first_number + len(conflicts)}", "event date", a.event, tuple(involved), "contradiction", explanation))
    return conflicts
