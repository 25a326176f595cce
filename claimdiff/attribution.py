"""Attribution: who says each sentence and each quotation, and through whom.

The engine reads cue words from ``rules.english`` and works on tokens:

* a *cue* is a reporting verb ("said", "told", "added", ...) or a frame
  ("according to X", "X quoted Y as saying", "X reported, citing Y");
* the *speaker* is the noun phrase next to the cue, split into a name and a
  role ("Regional Governor, Vasily Golubev" -> Vasily Golubev, regional governor);
* pronouns ("he", "it") and definite descriptions ("the ministry") resolve to
  the last compatible speaker, and surnames to the full name, through an
  :class:`EntityRegistry` that lives for one text;
* an outlet speaking about another speaker ("..., CNN reported") becomes the
  *chain* (``via``), nearest first.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from .rules import english as rules
from .text import Document, Quotation, Sentence, Token, make_token
from .types import Attribution, Span, Speaker

_NAMEISH_CONNECTORS = frozenset({"of", "for", "the", "and", "de", "al", "el", "bin", "van", "von", "der", "da", "du", "la", "le", "on"})
_HEAD_CONNECTORS = frozenset({"of", "from", "in", "for", "at", "with"})


def _is_head(token: "Token") -> bool:
    low = token.bare
    return low in rules.TITLES or low in rules.ORGANISATION_HEADS or low in rules.UNNAMED_HEADS or low in rules.OUTLET_HEADS


_DETERMINERS = frozenset({"the", "a", "an", "some", "several", "two", "three", "many", "its", "his", "her", "their", "our"})
_FIGURES_WORDS = frozenset({"figures", "data", "statistics", "tally", "count", "records", "estimates", "numbers", "report"})
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_MODIFIERS_OK = frozenset(
    """senior junior top local regional provincial district city state federal national foreign
    interior health defence defense emergency emergencies civil deputy assistant acting former
    chief senior-ranking high-ranking unnamed anonymous military police security government
    hospital rescue fire medical russian ukrainian american british chinese indian iranian
    israeli palestinian syrian turkish french german japanese spanish chilean other some two
    three several many news wire semi-official official state-run state-owned eastern western northern
    southern central opposition rebel ruling separatist independent other latest most recent new
    preliminary""".split()
)
#: Capitalised adjectives that describe rather than name ("the London-based observatory").
_DESCRIPTIVE_SUFFIXES = ("-based", "-led", "-backed", "-run", "-owned", "-funded", "-affiliated")
#: Words capitalised only because they open a sentence ("Local medics said").
_SENTENCE_CASE_WORDS = (_MODIFIERS_OK | rules.UNNAMED_HEADS | frozenset({"some", "many", "several", "other"})) - rules.NATIONALITY_ADJECTIVES


# ------------------------------------------------------------------ entities
_ENTITY_WORD = regex.compile(r"[\p{L}\p{N}]+")
#: How far back the registry looks for an antecedent or a longer form of a name (keeps long texts linear).
RECENT_ENTITIES = 200


def entity_key(name: str) -> frozenset:
    words = [rules.SPELLING.get(w, w) for w in _ENTITY_WORD.findall(name.lower())]
    return frozenset(w for w in words if w not in rules.ENTITY_NOISE)


@dataclass
class EntityRegistry:
    """Speakers seen so far in one text, most recent last; resolves short forms to full ones.

    Lives for one text only; looks back at most :data:`RECENT_ENTITIES` speakers.
    """

    speakers: List[Speaker] = field(default_factory=list)
    keys: Dict[str, frozenset] = field(default_factory=dict)
    #: An organisation's canonical name -> the form the text used last ("the Defence Ministry").
    surfaces: Dict[str, str] = field(default_factory=dict)

    def copy(self) -> "EntityRegistry":
        return EntityRegistry(list(self.speakers), dict(self.keys), dict(self.surfaces))

    def present(self, known: Speaker) -> Speaker:
        """A known entity as the text now calls it: persons by full name, organisations by their latest written form."""
        name = self.surfaces.get(known.name, known.name) if known.kind in ("organisation", "outlet") and known.name else known.name
        return Speaker(name, known.role, known.kind, known.name if known.kind != "unnamed" else None)

    def key(self, name: str) -> frozenset:
        found = self.keys.get(name)
        if found is None:
            found = self.keys[name] = entity_key(name)
        return found

    def _recent(self) -> range:
        return range(len(self.speakers) - 1, max(-1, len(self.speakers) - 1 - RECENT_ENTITIES), -1)

    def add(self, speaker: Speaker) -> Speaker:
        if speaker.kind == "unnamed" or not speaker.name:
            for index in self._recent():
                if self.speakers[index] == speaker:
                    self._touch(index)
                    return speaker
            self.speakers.append(speaker)
            return speaker
        key = self.key(speaker.name)
        written = any(word[:1].isupper() for word in speaker.name.split())
        for index in self._recent():
            known = self.speakers[index]
            if known.kind == "unnamed" or not known.name or known.kind != speaker.kind and {known.kind, speaker.kind} != {"organisation", "outlet"}:
                continue
            known_key = self.key(known.name)
            if key and known_key and (key <= known_key or known_key <= key):
                merged = known if len(known_key) >= len(key) else Speaker(speaker.name, known.role or speaker.role, speaker.kind)
                if speaker.role and len(speaker.role) > len(merged.role or ""):
                    merged = Speaker(merged.name, speaker.role, merged.kind)  # the fuller role: "hospital's director" over "Dr."
                if merged.name != known.name and known.name in self.surfaces:
                    self.surfaces[merged.name] = self.surfaces.pop(known.name)
                if written:
                    self.surfaces[merged.name] = speaker.name
                self.speakers[index] = merged
                self._touch(index)
                return self.present(merged)
        canonical = Speaker(speaker.name, speaker.role, speaker.kind)
        self.speakers.append(canonical)
        return self.present(canonical)

    def _touch(self, index: int) -> None:
        if index != len(self.speakers) - 1:
            self.speakers.append(self.speakers.pop(index))

    def pronoun(self, word: str) -> Optional[Speaker]:
        word = word.lower()
        for index in self._recent():
            known = self.speakers[index]
            if word in ("he", "she"):
                if known.kind == "person" and known.name and _gender_fits(known, word):
                    return self.present(known)
                if known.kind == "unnamed" and known.role and _singular_person(known.role) and _gender_fits(known, word):
                    return known
            elif word == "it":
                if known.kind in ("organisation", "outlet"):
                    return self.present(known)
            elif word == "they":
                if known.kind in ("organisation", "outlet") or (known.kind == "unnamed" and not _singular_person(known.role or "")):
                    return self.present(known) if known.kind != "unnamed" else known
        return None

    def describe(self, head_words: Sequence[str]) -> Optional[Speaker]:
        """Resolve a definite description ("the ministry", "the governor")."""
        wanted = {rules.SPELLING.get(w, w) for w in head_words}
        if not wanted:
            return None
        for index in self._recent():
            known = self.speakers[index]
            if known.kind == "unnamed":
                head = next((w for w in (known.role or "").lower().split() if w in rules.TITLES), None)
                words = frozenset({head}) if head else frozenset()
            else:
                words = self.key((known.name or "") + " " + (known.role or ""))
            if wanted and wanted <= words:
                return self.present(known) if known.kind != "unnamed" else known
        return None


def _singular_person(role: str) -> bool:
    """A role naming one person: its first title word is singular ("lawmaker from the province")."""
    for word in role.lower().split():
        if word in rules.TITLES:
            return not word.endswith("s") or word in ("witness", "press")
    return False


def _gender_fits(speaker: Speaker, pronoun: str) -> bool:
    words = set(regex.findall(r"[a-z]+", (speaker.role or "").lower()))
    female = bool(words & rules.FEMALE_ROLE_WORDS)
    male = bool(words & rules.MALE_ROLE_WORDS)
    if pronoun == "she":
        return not male
    return not female


# ------------------------------------------------------------------ cues
@dataclass(frozen=True)
class Cue:
    """A reporting cue found in a sentence."""

    verb: str
    position: int  # character offset of the cue word
    speaker: Optional[Speaker]
    via: Tuple[Speaker, ...]
    span: Span  # from the start of the speaker phrase to the end of the cue


def _classify(words: List[Token], registry: EntityRegistry) -> Optional[Speaker]:
    """Turn a noun phrase into a Speaker (name, role, kind), resolving pronouns and descriptions."""
    while words and (words[0].lower in _DETERMINERS and words[0].lower not in ("two", "three", "several", "some", "many") or words[0].text in "," + _QUOTE_MARKS):
        words = words[1:]
    while words and words[-1].text in "," + _QUOTE_MARKS:
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and words[0].lower in ("he", "she", "it", "they", "we", "i"):
        return registry.pronoun(words[0].lower)
    # "X's figures", "UN refugee agency data" -> X
    if words and words[-1].lower in _FIGURES_WORDS:
        words = words[:-1]
        while words and words[0].lower in ("most", "latest", "recent", "new", "official", "preliminary"):
            words = words[1:]
    if not words:
        return None
    for index in range(len(words) - 1):
        if words[index].text.lower().endswith(("'s", "\u2019s")) and all(w.capitalised and w.bare not in rules.TITLES and w.bare not in rules.ORGANISATION_HEADS for w in words[index + 1 :]) and len(words) - index - 1 <= 3:
            # "the Red Crescent's al-Shukri": a person of an organisation
            name = " ".join(w.text for w in words[index + 1 :])
            owner = " ".join(w.text for w in words[: index + 1])
            return registry.add(Speaker(name, owner[:-2], "person"))
    last = words[-1]
    if last.text.lower().endswith(("'s", "\u2019s")) and len(words) > 1:
        words = words[:-1] + [make_token(last.text[:-2], last.start, last.end - 2)]
    lower = [w.bare for w in words]
    head = lower[-1]
    text = " ".join(w.text for w in words)
    if all(not w.capitalised or (index == 0 and w.bare in _SENTENCE_CASE_WORDS) or w.bare.endswith(_DESCRIPTIVE_SUFFIXES) for index, w in enumerate(words)):
        # a description: "the ministry", "the governor", "local media", "officials"
        if lower[0] in rules.TITLES and any(w in _HEAD_CONNECTORS for w in lower):
            return _unnamed(text)  # "an official in the local government"
        resolved = registry.describe([h for h in lower if h in rules.TITLES or h in rules.ORGANISATION_HEADS])
        if resolved is not None and head not in ("officials", "sources", "witnesses", "residents", "media"):
            return resolved
        if head in rules.OUTLET_HEADS or head == "media" or set(lower) & rules.OUTLET_MARKERS:
            return Speaker(text, None, "outlet")
        if head in rules.ORGANISATION_HEADS:
            return Speaker(text, None, "organisation")
        return _unnamed(text)
    # split the trailing person name from a leading role: "State Duma deputy Alexander Khinshtein"
    split = len(words)
    while split > 0 and words[split - 1].capitalised and words[split - 1].bare not in rules.TITLES and words[split - 1].bare not in rules.ORGANISATION_HEADS:
        split -= 1
    name_words, role_words = words[split:], words[:split]
    if name_words and role_words and not role_words[-1].capitalised and (role_words[-1].bare in rules.OUTLET_HEADS or role_words[-1].bare in rules.ORGANISATION_HEADS) and len(name_words) >= 2 and not any(w.text.isupper() for w in name_words) and any(w.bare in rules.TITLES for w in role_words):
        # "Head of the regional military administration Oleh Hryhorov": a person and the office they hold
        return Speaker(" ".join(w.text for w in name_words), _role_text(" ".join(w.text for w in role_words)), "person")
    if name_words and role_words and not role_words[-1].capitalised and (role_words[-1].bare in rules.OUTLET_HEADS or role_words[-1].bare in rules.ORGANISATION_HEADS) and len(name_words) <= 3:
        # "the news agency YJC", "the broadcaster NHK": the name after its description
        name = " ".join(w.text for w in name_words)
        kind = "outlet" if role_words[-1].bare in rules.OUTLET_HEADS or any(w.bare in rules.OUTLET_MARKERS for w in role_words) else "organisation"
        return Speaker(name, _role_text(" ".join(w.text for w in role_words)), kind)
    if name_words and role_words and role_words[-1].bare in rules.TITLES | {"deputy"} and len(name_words) <= 4:
        name = " ".join(w.text for w in name_words)
        role = " ".join(w.text for w in role_words)
        return Speaker(name, _role_text(role), _person_or_org(name))
    if lower[0] in rules.TITLES and any(w in _HEAD_CONNECTORS for w in lower):
        return _unnamed(text)  # "the mayor of Corvo", "an official in the local government"
    if head in rules.TITLES and split == len(words):
        resolved = registry.describe([head])
        if resolved is not None and not any(w.capitalised for w in words[:-1]):
            return resolved
        return _unnamed(text)
    if head in rules.ORGANISATION_HEADS or any(w in rules.ORGANISATION_HEADS for w in lower):
        kind = "outlet" if head in rules.OUTLET_HEADS or set(lower) & rules.OUTLET_MARKERS or text.lower() in rules.OUTLETS else "organisation"
        return Speaker(text, None, kind)
    return Speaker(text, None, _person_or_org(text))


def _alias(inner: Sequence[Token]) -> Optional[str]:
    """The short name in an appositive "known as OCHA" / "also known as the White Helmets"."""
    words = [t.text for t in inner]
    lowered = [w.lower() for w in words]
    for start in range(len(lowered) - 1):
        if lowered[start : start + 2] == ["known", "as"]:
            rest = [w for w in words[start + 2 :] if w.lower() not in ("the",)]
            if rest and all(w[:1].isupper() for w in rest):
                return " ".join(rest)
    return None


def _unnamed(description: str) -> Speaker:
    """An unnamed source: the description is both its name and its role ("senior police officer")."""
    described = _role_text(description)
    return Speaker(described, described, "unnamed")


def _role_text(role: str) -> str:
    """Lower-case the common words of a role, keep proper names: "Regional Governor" -> "regional governor"."""
    words = role.strip(" ,").split()
    out = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        following_is_name = following[:1].isupper() and following.lower() not in rules.TITLES
        common = word.lower() in rules.TITLES or (word.lower() in _MODIFIERS_OK and not following_is_name)
        out.append(word.lower() if common and not word.isupper() else word)
    return " ".join(out)


def _person_or_org(name: str) -> str:
    low = name.lower()
    words = set(low.split())
    if low in rules.OUTLETS or words & rules.OUTLET_HEADS or words & rules.OUTLET_MARKERS or (words and words <= rules.OUTLETS):
        return "outlet"
    if words & rules.ORGANISATION_HEADS or name.isupper():
        return "organisation"
    return "person"


def _speaker_before(tokens: List[Token], verb_index: int, registry: EntityRegistry) -> Tuple[Optional[Speaker], int]:
    """The speaker phrase ending just before tokens[verb_index]; returns (speaker, first token index)."""
    j = verb_index - 1
    while j >= 0:
        low = tokens[j].lower
        if low in rules.CUE_ADVERBS or low == "not" or (low.endswith("ly") and not tokens[j].capitalised and len(low) > 4):
            j -= 1
        elif tokens[j].text == "," and j >= 2 and tokens[j - 2].text == "," and (tokens[j - 1].lower in rules.CUE_ADVERBS or tokens[j - 1].lower.endswith("ly")):
            j -= 3  # ", however," / ", meanwhile,"
        else:
            break
    # an acronym in brackets after a name: "the International Organization for Migration (IOM) said"
    if j >= 3 and tokens[j].text == ")" and tokens[j - 2].text == "(" and tokens[j - 1].text.isupper():
        j -= 3
    # a short relative clause between speaker and verb: "passengers who survived had said"
    for back in range(1, 5):
        w = j - back
        if w < 1 or tokens[w].text in ",.;:" + _QUOTE_MARKS:
            break
        if tokens[w].lower in ("who", "which") and all(not t.capitalised and t.text.isalpha() for t in tokens[w + 1 : j + 1]):
            j = w - 1
            break
    # a time phrase between speaker and verb: "on Friday", "on 3 March"
    if j >= 1 and tokens[j].capitalised and tokens[j - 1].lower == "on":
        j -= 2
    if j >= 2 and tokens[j].text[:1].isdigit() and tokens[j - 2].lower == "on":
        j -= 3
    if j < 0:
        return None, verb_index
    # appositive role after the name: "Jerry Silaa, mayor of X, said"
    appositive: Optional[Tuple[int, int]] = None
    if tokens[j].text == ",":
        k = j - 1
        while k >= 0 and tokens[k].text not in (",", ".", ";", ":") and j - k < 14:
            k -= 1
        if k >= 1 and tokens[k].text == ",":
            inner = tokens[k + 1 : j]
            alias = _alias(inner)
            names_inside = [w for w in inner if w.capitalised and w.bare not in rules.TITLES and w.text != "."]
            if not alias and len(names_inside) >= 2 and len(inner) <= 5 and k >= 1 and tokens[k - 1].bare in rules.TITLES and all(w.capitalised for w in inner):
                # "The hospital's director, Dr. Amira Saleh, said": the name between commas after its role
                role_start = k - 1
                while role_start - 1 >= 0 and (tokens[role_start - 1].bare in rules.TITLES or tokens[role_start - 1].bare in _MODIFIERS_OK or tokens[role_start - 1].capitalised and tokens[role_start - 1].bare not in rules.NOT_NAMES):
                    role_start -= 1
                named = _classify(list(inner), registry)
                if named is not None and named.kind == "person":
                    return Speaker(named.name, _role_text(" ".join(t.text for t in tokens[role_start:k])), "person"), role_start
            if alias:
                # "the United Nations Office for ..., known as OCHA, said": the short name speaks
                return registry.add(Speaker(alias, None, "organisation" if alias.isupper() else _person_or_org(alias))), k + 1
            if inner and any(w.bare in rules.TITLES or w.bare in rules.ORGANISATION_HEADS for w in inner):
                appositive = (k + 1, j)
                j = k - 1
            elif inner and len(inner) <= 4 and all(w.capitalised for w in inner) and k >= 1 and tokens[k - 1].bare in rules.TITLES:
                # "The regional police chief, Anna Berg, said": the name stands between commas after its role
                role_start = k - 1
                while role_start - 1 >= 0 and (tokens[role_start - 1].bare in rules.TITLES or tokens[role_start - 1].bare in _MODIFIERS_OK or tokens[role_start - 1].capitalised and tokens[role_start - 1].bare not in rules.NOT_NAMES):
                    role_start -= 1
                role = " ".join(t.text for t in tokens[role_start:k])
                named = _classify(list(inner), registry)
                if named is not None and named.kind == "person":
                    return Speaker(named.name, _role_text(role), "person"), role_start
    words: List[Token] = []
    while j >= 0:
        token = tokens[j]
        low = token.bare
        if token.text in _QUOTE_MARKS or token.text in ".;:!?()":
            break
        if token.text == ",":
            # "Regional Governor, Vasily Golubev": a title run before a comma
            before = tokens[j - 1] if j >= 1 else None
            if words and before is not None and before.capitalised and before.bare in rules.TITLES:
                j -= 1
                continue
            break
        if token.capitalised and not (low in rules.NOT_NAMES and not words):
            if low in rules.NOT_NAMES and words and low not in ("the",):
                break
            words.insert(0, token)
        elif low in _NAMEISH_CONNECTORS and words and j > 0 and tokens[j - 1].capitalised:
            words.insert(0, token)
        elif low == "and" and words and _is_head(words[-1]) and j > 0 and (_is_head(tokens[j - 1]) or tokens[j - 1].capitalised):
            words.insert(0, token)  # "local activists and the first responders"
        elif low in _HEAD_CONNECTORS and words and j > 0 and _is_head(tokens[j - 1]):
            words.insert(0, token)  # "the mayor of Derna", "a lawmaker from Qom"
        elif low in rules.TITLES or low in rules.ORGANISATION_HEADS or low in rules.UNNAMED_HEADS or low in rules.OUTLET_HEADS:
            words.insert(0, token)
        elif low in _MODIFIERS_OK and words:
            words.insert(0, token)
        elif not words and low in _FIGURES_WORDS and j > 0 and (tokens[j - 1].text.lower().endswith(("'s", "\u2019s")) or tokens[j - 1].capitalised):
            words.insert(0, token)  # "the Red Cross's figures show"
        elif not words and low in rules.PLACE_WORDS and j >= 3 and tokens[j - 1].lower == "the" and tokens[j - 2].lower in _HEAD_CONNECTORS and _is_head(tokens[j - 3]):
            words.insert(0, token)  # "a lawmaker from the province said"
        elif not words and low in rules.PLACE_WORDS and j >= 3 and tokens[j - 1].capitalised and tokens[j - 2].lower in _HEAD_CONNECTORS and _is_head(tokens[j - 3]):
            words[:0] = [tokens[j - 1], token]  # "the representative of the minister in Gilan province said"
            j -= 1
        elif words and len(words) <= 3 and _is_head(words[0]) and low.isalpha() and len(low) > 2 and low not in rules.NOT_NAMES and low not in rules.NOT_COMPOUND and low not in _HEAD_CONNECTORS and low not in rules.REPORTING_VERBS:
            words.insert(0, token)  # a compound: "election commission", "fire department", "two biggest unions"
        elif low in ("he", "she", "it", "they") and not words:
            words.insert(0, token)
            j -= 1
            break
        elif low in ("the", "a", "an") and words:
            if j >= 1 and tokens[j - 1].lower == "and":
                j -= 1
                continue  # "... and the first responders": keep walking into the coordination
            if j >= 2 and tokens[j - 1].lower in _HEAD_CONNECTORS and _is_head(tokens[j - 2]):
                words.insert(0, token)
                j -= 1
                continue  # "an official in the local government"
            words.insert(0, token)
            j -= 1
            break
        else:
            break
        j -= 1
    if not words:
        return None, verb_index
    first = j + 1
    # drop a leading sentence word that is not part of a name: "Hours later Jerry Silaa"
    speaker = _classify(words, registry)
    if speaker is not None and appositive is not None and speaker.kind == "person":
        role = " ".join(t.text for t in tokens[appositive[0] : appositive[1]])
        speaker = Speaker(speaker.name, _role_text(role), "person")
    if speaker is not None and speaker.kind in ("unnamed", "organisation") and len((speaker.name or "").split()) == 1 and verb_index >= 1 and tokens[verb_index - 1].lower == "there":
        # "authorities there confirmed": the staff of the organisation just named speak for it
        place = registry.pronoun("it")
        if place is not None:
            speaker = place
    return speaker, first


def _speaker_after(tokens: List[Token], index: int, registry: EntityRegistry, stop_words: Sequence[str] = ()) -> Tuple[Optional[Speaker], int]:
    """The noun phrase starting at tokens[index] (after "according to", "citing", an inverted "said")."""
    words: List[Token] = []
    j = index
    while j < len(tokens):
        token = tokens[j]
        low = token.bare
        if token.text in ".;:!?()" + _QUOTE_MARKS or low in stop_words:
            break
        if token.text == ",":
            # an appositive role: "said Jerry Silaa, the mayor"
            break
        if token.capitalised or (low in _NAMEISH_CONNECTORS and words) or (low in _FIGURES_WORDS and words) or low in rules.TITLES or low in rules.ORGANISATION_HEADS or low in rules.UNNAMED_HEADS or low in _MODIFIERS_OK or (low in ("the", "a", "an") and not words) or low in rules.OUTLET_HEADS:
            if low in rules.REPORTING_VERBS and words:
                break
            words.append(token)
        elif low.isalpha() and low not in rules.NOT_COMPOUND and low not in rules.NOT_NAMES and low not in rules.REPORTING_VERBS and any(_is_head(t) for t in tokens[j + 1 : j + 3]):
            words.append(token)  # a compound before its head: "UN refugee agency", "community leaders"
        else:
            break
        j += 1
    while words and words[-1].lower in _NAMEISH_CONNECTORS:
        words.pop()
    if not words or all(w.bare in rules.NOT_NAMES and not _is_head(w) for w in words):
        return None, index
    return _classify(words, registry), j


def find_cues(text: str, sentence: Sentence, masked: str, registry: EntityRegistry, tokens: List[Token]) -> List[Cue]:
    """Cues in one sentence (its ``tokens``), in text order, with their speakers resolved."""
    cues: List[Cue] = []
    lowers = [t.lower for t in tokens]
    i = 0
    while i < len(tokens):
        low = lowers[i]
        # "according to X", "as per X"
        if (low == "according" and i + 1 < len(tokens) and lowers[i + 1] == "to") or (low == "as" and i + 1 < len(tokens) and lowers[i + 1] == "per"):
            speaker, nxt = _speaker_after(tokens, _past_document(lowers, i + 2), registry)
            if speaker:
                speaker = registry.add(speaker)
                cues.append(Cue(f"{tokens[i].text} {tokens[i + 1].text}", tokens[i].start, speaker, (), (tokens[i].start, tokens[max(nxt - 1, i + 1)].end)))
            i = max(nxt, i + 2)
            continue
        if low in ("citing", "quoting") and i >= 2 and tokens[i - 1].text == ",":
            # "The Post, citing hospital officials, said 26 had died": the cited source speaks, via the Post
            inner, nxt = _speaker_after(tokens, i + 1, registry)
            if inner is not None and nxt + 1 < len(tokens) and tokens[nxt].text == "," and tokens[nxt + 1].lower in rules.REPORTING_VERBS:
                outer, first = _speaker_before(tokens, i - 1, registry)
                if outer is not None:
                    inner = registry.add(inner)
                    cues.append(Cue(tokens[nxt + 1].text, tokens[nxt + 1].start, inner, (registry.add(outer),), (tokens[first].start, tokens[nxt + 1].end)))
                    i = nxt + 2
                    continue
        if low in ("citing", "quoting") and cues and cues[-1].speaker is not None:
            speaker, nxt = _speaker_after(tokens, _past_document(lowers, i + 1), registry)
            if speaker:
                speaker = registry.add(speaker)
                outer = cues.pop()
                cues.append(Cue(f"{outer.verb}, {low}", outer.position, speaker, (outer.speaker,) + outer.via, (outer.span[0], tokens[max(nxt - 1, i)].end)))
            i = max(nxt, i + 1)
            continue
        if low == "cited" and i + 1 < len(tokens) and lowers[i + 1] == "by" and cues and cues[-1].speaker is not None:
            outlet, nxt = _speaker_after(tokens, i + 2, registry)
            if outlet:
                outlet = registry.add(outlet)
                inner = cues.pop()
                cues.append(Cue(inner.verb, inner.position, inner.speaker, inner.via + (outlet,), (inner.span[0], tokens[max(nxt - 1, i)].end)))
            i = max(nxt, i + 2)
            continue
        if low in rules.PARTICIPLE_CUES and i > 0 and tokens[i - 1].text == "," and not any(c.verb.lower() not in rules.HEARSAY_NOUNS for c in cues):
            # "The party dismissed the figures, saying ...": the sentence's subject speaks
            subject = _sentence_subject(tokens, i, registry)
            if subject is not None:
                subject = registry.add(subject)
                cues.append(Cue(tokens[i].text, tokens[i].start, subject, (), (tokens[0].start, tokens[i].end)))
            i += 1
            continue
        if low in rules.REPORTING_VERBS and low.endswith("ed") and i + 1 < len(tokens) and lowers[i + 1] == "by" and i and lowers[i - 1] not in ("was", "were", "is", "are", "been", "be"):
            # "the 52 announced by the commission": the agent after "by" is the source of the figure before
            agent, nxt = _speaker_after(tokens, i + 2, registry)
            if agent is not None:
                agent = registry.add(agent)
                cues.append(Cue(f"{tokens[i].text} by", tokens[i].start, agent, (), (tokens[i].start, tokens[max(nxt - 1, i + 1)].end)))
                i = max(nxt, i + 2)
                continue
        if low in ("quoted", "cited", "reported", "said") and i >= 2 and lowers[i - 1] in ("was", "were", "is", "are") and (
            lowers[i + 1 : i + 3] == ["as", "saying"] or lowers[i + 1 : i + 3] == ["to", "have"]
        ):
            # "the mayor was quoted as saying", "the chief is reported to have said": the subject speaks
            speaker, first = _speaker_before(tokens, i - 1, registry)
            if speaker is not None:
                speaker = registry.add(speaker)
                cues.append(Cue(f"{tokens[i - 1].text} {tokens[i].text}", tokens[i].start, speaker, (), (tokens[first].start, tokens[i].end)))
                i += 3
                continue
        if low in rules.HEARSAY_NOUNS and i + 1 < len(tokens) and lowers[i + 1] == "that" and i and lowers[i - 1] not in ("the", "a", "an", "his", "her", "its", "their"):
            # "dismissed reports that the floods had drowned 10": the figure is the reports'
            cues.append(Cue(tokens[i].text, tokens[i].start, _unnamed(tokens[i].text), (), (tokens[i].start, tokens[i + 1].end)))
            i += 2
            continue
        if low in ("show", "shows", "showed", "shown") and not (i and tokens[i - 1].lower in _FIGURES_WORDS):
            i += 1
            continue  # "a video shows ...": only figures and data "show" a number
        if low in rules.FIGURE_EDIT_VERBS and not any(t.lower in rules.FIGURE_OBJECTS for t in tokens[i + 1 : i + 4]):
            i += 1
            continue  # "changed" is a cue only for a figure: "changed it", "revised its toll"
        if (low in rules.REPORTING_VERBS or low in rules.FIGURE_EDIT_VERBS) and _is_verb_use(tokens, i):
            if low in ("quoted", "quotes", "quote", "reported", "reports", "cited", "cites"):
                # "X quoted Y as saying", "X reported Y as saying"
                outer, first = _speaker_before(tokens, i, registry)
                inner, nxt = _speaker_after(tokens, i + 1, registry, stop_words=("as",))
                as_saying = nxt + 1 < len(tokens) and tokens[nxt].lower == "as" and tokens[nxt + 1].lower in rules.PARTICIPLE_CUES
                if inner is not None and (low.startswith("quote") or as_saying):
                    inner = registry.add(inner)
                    via = (registry.add(outer),) if outer else ()
                    cues.append(Cue("quoted as saying", tokens[i].start, inner, via, (tokens[first].start if outer else tokens[i].start, tokens[max(nxt - 1, i)].end)))
                    i = max(nxt, i + 1)
                    continue
            speaker, first = _speaker_before(tokens, i, registry)
            if speaker is None and (i == 0 or tokens[i - 1].text in "," + _QUOTE_MARKS):
                speaker, nxt = _speaker_after(tokens, i + 1, registry)
                if speaker is not None:
                    if speaker.kind == "unnamed" and nxt + 2 < len(tokens) and tokens[nxt].text == "," and tokens[nxt + 1].capitalised and tokens[nxt + 2].capitalised:
                        # "said the prefect, Jean Morel": the name after the role
                        named, after_name = _speaker_after(tokens, nxt + 1, EntityRegistry())
                        if named is not None and named.kind == "person":
                            speaker, nxt = Speaker(named.name, speaker.role, "person"), after_name
                    if speaker.kind == "person" and nxt + 2 < len(tokens) and tokens[nxt].text == "," and tokens[nxt + 1].lower in ("a", "an", "the"):
                        # "said Johan Berg, a spokesman for the regional police"
                        role_end = nxt + 2
                        while role_end < len(tokens) and tokens[role_end].text not in ",.;:!?" + _QUOTE_MARKS and role_end - nxt < 12:
                            role_end += 1
                        role_words = tokens[nxt + 2 : role_end]
                        if any(w.bare in rules.TITLES for w in role_words[:3]):
                            speaker = Speaker(speaker.name, _role_text(" ".join(w.text for w in role_words)), "person")
                            nxt = role_end
                    speaker = registry.add(speaker)
                    cues.append(Cue(tokens[i].text, tokens[i].start, speaker, (), (tokens[i].start, tokens[max(nxt - 1, i)].end)))
                    i = nxt
                    continue
            if speaker is not None:
                speaker = registry.add(speaker)
                via: Tuple[Speaker, ...] = ()
                # "X told TASS": TASS relays X
                if low in ("told", "tells", "tell") and i + 1 < len(tokens):
                    heard, _ = _speaker_after(tokens, i + 1, EntityRegistry())
                    if heard is not None and heard.kind == "outlet":
                        via = (registry.add(heard),)
                cues.append(Cue(tokens[i].text, tokens[i].start, speaker, via, (tokens[first].start, tokens[i].end)))
        i += 1
    headline = _headline_source(tokens, registry)
    if headline is not None and not cues:
        cues.append(headline)
    asides = _dash_asides(masked, sentence.span)
    return [c for c in cues if not any(a <= c.position < b for a, b in asides)]


_AGENT_REACH = 15  # characters between a figure and "announced by X" that still make X its source
_TURN = regex.compile(r",\s+(?:while|but|whereas|although|though)\b")
_CLAUSE_BOUNDARY = regex.compile(r";|,\s+whereas\b")
_DASH_ASIDE = regex.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014]{1,120}?\s[-\u2013\u2014]\s")


def _dash_asides(text: str, span: Span) -> List[Span]:
    """Dash-delimited asides ("- reformist candidates won it, supporters say -"): a cue there governs only the aside."""
    return [m.span() for m in _DASH_ASIDE.finditer(text, span[0], span[1])]


def _past_document(lowers: Sequence[str], start: int) -> int:
    """Skip "a statement from", "figures by", "a count by" so that the source after them is read:
    "according to a statement from the ministry", "citing a count by community leaders"."""
    documents = rules.SOURCE_DOCUMENTS | _FIGURES_WORDS
    if start + 1 < len(lowers) and lowers[start] in ("a", "an", "the") and lowers[start + 1] in documents:
        start += 1
    if start + 1 < len(lowers) and lowers[start] in documents and lowers[start + 1] in ("from", "by", "of"):
        start += 2
    return start


def _sentence_subject(tokens: List[Token], before: int, registry: EntityRegistry) -> Optional[Speaker]:
    """The noun phrase that opens a sentence (after an opening adverbial such as "On Sunday,")."""
    starts = [0] + [k + 1 for k in range(min(before, 8)) if tokens[k].text == ","][:1]
    for start in starts:
        speaker, end = _speaker_after(tokens, start, registry)
        if speaker is not None and end < before:
            return speaker
    return None


def _headline_source(tokens: List[Token], registry: EntityRegistry) -> Optional[Cue]:
    """A headline credit after a colon: "Five die in floods: officials"."""
    for back in range(2, 5):
        if len(tokens) > back and tokens[-back].text == ":":
            words = tokens[-back + 1 :]
            if all(t.text.isalpha() for t in words) and any(_is_head(t) or t.capitalised for t in words):
                speaker, _ = _speaker_after(tokens, len(tokens) - back + 1, registry)
                if speaker is not None:
                    return Cue(":", tokens[-back].start, registry.add(speaker), (), (tokens[-back].start, tokens[-1].end))
    return None


def _is_verb_use(tokens: List[Token], i: int) -> bool:
    """Reject noun uses of cue words ("the report", "a statement", "put it")."""
    low = tokens[i].lower
    before = tokens[i - 1].lower if i else ""
    if tokens[i].capitalised:
        return False  # "State Duma", "Report Card": a name, not a verb
    if i + 1 < len(tokens) and tokens[i + 1].lower == "of" and low in rules.NOUN_LIKE_CUES:
        return False  # "the official estimate of 950,000"
    if before in ("was", "were", "is", "are", "been", "being", "be"):
        return False  # "were reported": the passive keeps the outlet's voice
    if before in ("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose", "to"):
        return False
    if low in ("report", "reports", "note", "notes", "state", "states", "count", "counts", "records", "lists", "show", "shows", "put", "gave", "give", "gives", "estimate", "estimates", "vote", "posts", "claims", "claim", "cites", "quotes") and before in ("of", "in", "for", "with", "and", "by", "no"):
        return False
    return True


def register_mentions(masked: str, sentence: Sentence, registry: EntityRegistry, tokens: List[Token]) -> None:
    """Register people and organisations named without a cue ("Governor Lena Ortiz visited..."),
    so that a later pronoun, surname or description can find them."""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        lowercase_title = not token.capitalised and token.bare in rules.TITLES and i + 2 < len(tokens) and tokens[i + 1].capitalised and tokens[i + 2].capitalised
        if (token.capitalised or lowercase_title) and token.bare in rules.TITLES and token.bare not in ("police",):
            # "Governor Lena Ortiz", "opposition leader Maria Duarte"
            j = i + 1
            while j < len(tokens) and tokens[j].capitalised and tokens[j].bare in rules.TITLES:
                j += 1
            k = j
            while k < len(tokens) and k - j < 4 and tokens[k].capitalised and tokens[k].bare not in rules.NOT_NAMES and tokens[k].bare not in rules.TITLES and tokens[k].bare not in rules.ORGANISATION_HEADS:
                k += 1
            if k > j:
                name = " ".join(t.text for t in tokens[j:k])
                if name.endswith(("'s", "\u2019s")):
                    name = name[:-2]
                role_start = i
                while lowercase_title and role_start > 0 and (tokens[role_start - 1].bare in _MODIFIERS_OK or tokens[role_start - 1].capitalised) and tokens[role_start - 1].bare not in rules.NOT_NAMES:
                    role_start -= 1
                role = " ".join(t.text for t in tokens[role_start:j])
                registry.add(Speaker(name, _role_text(role), "person"))
                i = k
                continue
        if not token.capitalised and token.bare in rules.UNNAMED_HEADS and token.bare.endswith("s") and i > 0 and tokens[i - 1].capitalised and tokens[i - 1].bare not in rules.NOT_NAMES:
            # "American scientists", "Syrian activists": a group a later "they" may mean
            registry.add(_unnamed(f"{tokens[i - 1].text} {token.text}"))
            i += 1
            continue
        if token.capitalised and token.bare in rules.ORGANISATION_HEADS and token.bare not in rules.TITLES:
            # a capitalised run ending (or starting, "Ministry of Health") with an organisation head
            start = i
            while start - 1 >= 0 and tokens[start - 1].capitalised and tokens[start - 1].bare not in rules.NOT_NAMES:
                start -= 1
            end = i + 1
            if end + 1 < len(tokens) and tokens[end].lower in ("of", "for") and tokens[end + 1].capitalised:
                end += 2
                while end < len(tokens) and tokens[end].capitalised:
                    end += 1
            name = " ".join(t.text for t in tokens[start:end])
            if end - start >= 2:
                registry.add(Speaker(name, None, _person_or_org(name)))
            i = end
            continue
        i += 1


# ------------------------------------------------------------------ per text
@dataclass(frozen=True)
class TextAttribution:
    """Attribution of each sentence and of each quotation in one text."""

    sentences: Tuple[Attribution, ...]
    quotations: Tuple[Tuple[Span, Attribution], ...]
    #: All cues per sentence (for figure-level choice of the governing cue).
    cues: Tuple[Tuple[Cue, ...], ...]

    #: Cues inside each quotation ("Police have told us that ..."), in quotation order.
    inner_cues: Tuple[Tuple[Cue, ...], ...] = ()
    #: Where each quotation starts, for binary search.
    quotation_starts: Tuple[int, ...] = ()
    #: Per sentence, the positions of clause boundaries a cue does not reach across ("; ", ", whereas").
    boundaries: Tuple[Tuple[int, ...], ...] = ()
    #: Per sentence, the positions of contrastive turns (", while", ", but"): a trailing "according to X" after one
    #: governs the clause it closes.
    turns: Tuple[Tuple[int, ...], ...] = ()

    def at(self, sentence_index: int, position: int) -> Attribution:
        """The attribution governing a figure at ``position`` in a sentence."""
        index = bisect.bisect_right(self.quotation_starts, position) - 1
        if index >= 0:
            span, attribution = self.quotations[index]
            if span[0] <= position < span[1]:
                inner = [c for c in (self.inner_cues[index] if index < len(self.inner_cues) else ()) if c.position <= position]
                if inner:
                    # the quoted speaker relays someone else: "Police have told us that ..."
                    cue = inner[-1]
                    relay = (attribution.speaker,) + attribution.via if attribution.speaker else attribution.via
                    return Attribution(cue.speaker, cue.via + relay, "direct", cue.verb, cue.span)
                return attribution
        cues = self.cues[sentence_index]
        bounds = self.boundaries[sentence_index] if sentence_index < len(self.boundaries) else ()
        if bounds and cues:
            # "the toll was 12; on the same day, a lawmaker said 50": a cue governs its own clause
            start = max((b for b in bounds if b <= position), default=-1)
            end = min((b for b in bounds if b > position), default=1 << 62)
            own = tuple(c for c in cues if start <= c.position < end)
            if not own:
                return Attribution(None, (), "unattributed", None, None)
            cues = own
            if len(cues) == 1:
                chosen = cues[0]
                return Attribution(chosen.speaker, chosen.via, "indirect", chosen.verb, chosen.span)
        agent = next((c for c in cues if c.verb.endswith(" by") and 0 <= c.position - position <= _AGENT_REACH), None)
        if agent is not None:
            return Attribution(agent.speaker, agent.via, "indirect", agent.verb, agent.span)
        if len(cues) > 1:
            before = [c for c in cues if c.position <= position]
            chosen = before[-1] if before else cues[0]
            after = [c for c in cues if c.position > position]
            turns = self.turns[sentence_index] if sentence_index < len(self.turns) else ()
            crossed = not before or any(chosen.position < t < position for t in turns)
            if after and crossed and after[0].verb.lower() in ("according to", "as per") and after[0].speaker is not None:
                chosen = after[0]  # "..., while damage could reach $4 billion, according to a Moody's analysis"
            others = [c for c in cues if c is not chosen and c.speaker is not None and c.speaker.kind == "outlet" and c.position > chosen.position]
            if chosen.speaker is not None and chosen.speaker.kind == "outlet":
                inner = [c for c in cues if c is not chosen and c.speaker is not None and c.speaker.kind != "outlet"]
                if inner:
                    chosen, others = inner[0], [chosen]
            via = chosen.via + tuple(c.speaker for c in others if c.speaker is not None and c.speaker not in chosen.via)
            return Attribution(chosen.speaker, via, "indirect", chosen.verb, chosen.span)
        return self.sentences[sentence_index]


def attribute(document: Document, outlet: Optional[str] = None, registry: Optional[EntityRegistry] = None) -> TextAttribution:
    """Attribute every sentence and quotation of ``document``.

    ``registry`` carries the speakers of an earlier text that this one continues (a story split into
    posts); it is updated in place.
    """
    registry = EntityRegistry() if registry is None else registry
    text, sentences, quotations, masked = document.text, document.sentences, document.quotations, document.masked
    per_sentence: List[Attribution] = []
    all_cues: List[Tuple[Cue, ...]] = []
    previous: Optional[Attribution] = None
    previous_paragraph = -1
    for sentence in sentences:
        tokens = document.tokens_in(sentence.span[0], sentence.span[1], quoted=False)
        register_mentions(masked, sentence, registry, tokens)
        cues = find_cues(text, sentence, masked, registry, tokens)
        all_cues.append(tuple(cues))
        attribution = _sentence_attribution(cues, text, sentence)
        if attribution.speaker is None and previous is not None and previous.speaker is not None and sentence.paragraph == previous_paragraph:
            if _continues(text, sentence, previous):
                attribution = Attribution(previous.speaker, previous.via, previous.mode, previous.cue, previous.span)
        per_sentence.append(attribution)
        previous, previous_paragraph = attribution, sentence.paragraph
    _apply_credits(sentences, per_sentence)
    _apply_signature(document, per_sentence, registry)
    quoted: List[Tuple[Span, Attribution]] = []
    inner_cues: List[Tuple[Cue, ...]] = []
    previous_quote: Optional[Tuple[Quotation, Attribution]] = None
    for quotation in quotations:
        inside = Sentence(-1, quotation.span, quotation.closes_in, text[quotation.span[0] : quotation.span[1]])
        inner_cues.append(tuple(c for c in find_cues(text, inside, text, registry, document.tokens_in(*quotation.span)) if c.speaker is not None))
        found = _quotation_attribution(quotation, sentences, all_cues, per_sentence)
        if found.speaker is None and previous_quote is not None and previous_quote[1].speaker is not None:
            # a quote paragraph right after another speaker's quote paragraph goes on in that voice
            opening = _sentence_at(sentences, quotation.span[0])
            if opening is not None and sentences[opening].paragraph - previous_quote[0].closes_in <= 1:
                found = previous_quote[1]
        if found.speaker is None:
            found = _paragraph_voice(quotation, sentences, per_sentence) or found
        quoted.append((quotation.span, found))
        previous_quote = (quotation, found)
    boundaries = tuple(tuple(m.start() for m in _CLAUSE_BOUNDARY.finditer(masked, s.span[0], s.span[1])) for s in sentences)
    turns = tuple(tuple(m.start() for m in _TURN.finditer(masked, s.span[0], s.span[1])) for s in sentences)
    return TextAttribution(tuple(per_sentence), tuple(quoted), tuple(all_cues), tuple(inner_cues), tuple(span[0] for span, _ in quoted), boundaries, turns)


def _sentence_attribution(cues: Sequence[Cue], text: str, sentence: Sentence) -> Attribution:
    named = [c for c in cues if c.speaker is not None]
    if not named:
        return Attribution(None, (), "unattributed", None, None)
    inner = [c for c in named if c.speaker.kind != "outlet"]
    outlets = [c for c in named if c.speaker.kind == "outlet"]
    if inner and outlets:
        chosen = inner[0]
        via = chosen.via + tuple(c.speaker for c in outlets if c.speaker not in chosen.via)
        return Attribution(chosen.speaker, via, "indirect", chosen.verb, chosen.span)
    chosen = named[0]
    return Attribution(chosen.speaker, chosen.via, "indirect", chosen.verb, chosen.span)


def _continues(text: str, sentence: Sentence, previous: Attribution) -> bool:
    """Does an unattributed sentence plainly continue the previous speaker's account?"""
    before = text[: sentence.span[0]].rstrip()
    if before.endswith(":"):
        return True
    first = sentence.text.split(None, 1)[0].lower() if sentence.text.split() else ""
    if first in ("and", "also", "moreover", "furthermore", "additionally"):
        return True
    # "Local media say the council will ... The count will take six weeks.": reported plans go on
    words = set(sentence.text.lower().split())
    return (previous.cue or "").lower() in rules.PRESENT_CUES and bool(words & {"will", "would"})


def _quotation_attribution(quotation: Quotation, sentences: Sequence[Sentence], cues: Sequence[Tuple[Cue, ...]], per_sentence: Sequence[Attribution]) -> Attribution:
    start, end = quotation.span
    closing = _sentence_at(sentences, end)
    opening = _sentence_at(sentences, start)
    candidates: List[int] = []
    for index in (closing, opening):
        if index is not None and index not in candidates:
            candidates.append(index)
    # the cue may follow in the next sentence ("..." He said.) or precede ("The minister said:")
    if closing is not None and closing + 1 < len(sentences):
        candidates.append(closing + 1)
    if opening is not None and opening > 0:
        candidates.append(opening - 1)
    for index in candidates:
        named = [c for c in cues[index] if c.speaker is not None]
        if not named:
            continue
        if index == closing + 1 if closing is not None else False:
            # only a short tag sentence: "he said."
            if sentences[index].span[0] - end > 3 or len(sentences[index].text) > 60:
                continue
        if opening is not None and index == opening - 1 and not sentences[index].text.rstrip().endswith(":"):
            continue
        chosen = min(named, key=lambda c: min(abs(c.position - end), abs(c.position - start)))
        outlets = [c.speaker for c in named if c is not chosen and c.speaker.kind == "outlet"]
        via = chosen.via + tuple(o for o in outlets if o not in chosen.via)
        return Attribution(chosen.speaker, via, "direct", chosen.verb, chosen.span)
    return Attribution(None, (), "direct", None, None)


_CREDIT = regex.compile(r"^\({1,3}[ \t]{0,3}via[ \t]+(?P<names>[^()]{1,200}?)[ \t]{0,3}\){1,3}\.?$", regex.IGNORECASE)


def _apply_credits(sentences: Sequence[Sentence], per_sentence: List[Attribution]) -> None:
    """An aggregator's credit line "(Via Al Jazeera)" attributes the unattributed sentences it closes:
    those of its own paragraph before it, or of the paragraph before when it stands alone."""
    for index, sentence in enumerate(sentences):
        match = _CREDIT.match(sentence.text)
        if not match:
            continue
        first = regex.split(r",|\band\b", match.group("names"))[0].strip()
        if not first or any(word in rules.IMAGE_CREDIT_WORDS for word in first.lower().split()):
            continue
        credit = Attribution(Speaker(first, None, "outlet"), (), "indirect", "via", sentence.span)
        alone = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
        paragraph = sentences[index - 1].paragraph if alone and index > 0 else sentence.paragraph
        back = index - 1
        while back >= 0 and sentences[back].paragraph == paragraph:
            if per_sentence[back].speaker is None:
                per_sentence[back] = credit
            back -= 1


_SIGNATURE = regex.compile(r"^[\u2014\u2013-]{1,2}[ \t]*(?P<who>[^.!?\n]{3,120})$")


def _apply_signature(document: Document, per_sentence: List[Attribution], registry: EntityRegistry) -> None:
    """A post signed on its last line ("— Head of the regional administration Oleh Hryhorov") is that
    person's voice wherever no other speaker is named."""
    if not document.sentences:
        return
    last = document.sentences[-1]
    match = _SIGNATURE.match(last.text)
    if not match:
        return
    tokens = document.tokens_in(last.span[0] + match.start("who"), last.span[0] + match.end("who"))
    signer, _ = _speaker_before(tokens + [make_token("said", last.span[1], last.span[1])], len(tokens), registry)
    if signer is None or signer.kind not in ("person", "organisation"):
        return
    signer = registry.add(signer)
    credit = Attribution(signer, (), "indirect", "signed", last.span)
    for index in range(len(per_sentence) - 1):
        if per_sentence[index].speaker is None:
            per_sentence[index] = credit


def _paragraph_voice(quotation: Quotation, sentences: Sequence[Sentence], per_sentence: Sequence[Attribution]) -> Optional[Attribution]:
    """A quotation with no cue of its own, in a paragraph that has just named a person speaking: theirs."""
    opening = _sentence_at(sentences, quotation.span[0])
    if opening is None:
        return None
    paragraph = sentences[opening].paragraph
    index = opening - 1 if sentences[opening].span[0] >= quotation.span[0] - 1 else opening
    while index >= 0 and sentences[index].paragraph == paragraph:
        speaker = per_sentence[index].speaker
        if speaker is not None and speaker.kind in ("person", "unnamed"):
            return Attribution(speaker, per_sentence[index].via, "direct", per_sentence[index].cue, per_sentence[index].span)
        index -= 1
    return None


def _sentence_at(sentences: Sequence[Sentence], position: int) -> Optional[int]:
    """Index of the sentence holding ``position`` (binary search: sentences are in text order)."""
    low, high = 0, len(sentences)
    while low < high:
        middle = (low + high) // 2
        if sentences[middle].span[1] < position:
            low = middle + 1
        else:
            high = middle
    if low < len(sentences) and sentences[low].span[0] <= position <= sentences[low].span[1]:
        return sentences[low].index
    return None
