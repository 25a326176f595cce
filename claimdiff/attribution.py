"""Attribution: who says each sentence and each quotation, and through whom.

The engine reads its English from ``rules.attribution_en`` (through ``rules.english``) and works on
the tokens of :class:`~claimdiff.text.Document`:

* a *cue* is a reporting verb ("said", "told", "added", "pledged", ...) or a frame ("according to X",
  "X quoted Y as saying", "X reported, citing Y", "In a CNN/ORC poll released Monday, ...",
  "records show"); the frames are a table (``_FRAMES``) of readers, each tried at the words that can
  open it;
* the *speaker* is the noun phrase next to the cue, split into a name and a role ("Regional Governor,
  Vasily Golubev" -> Vasily Golubev, regional governor); appositives, relative clauses, ages and party
  tags between a subject and its verb are stepped over; a subject with no known head is read only
  before a verb of saying ("the candidate argued");
* a speaker's ``kind`` is person, organisation, outlet, unnamed, or *document*: a poll, survey, study,
  report, data set or record that is its own source ("the latest Reuters/Ipsos poll"); data an
  organisation keeps speaks for it ("the Red Cross's figures" -> Red Cross);
* pronouns ("he", "it"), relative "who" and definite descriptions ("the ministry", "the company", "the
  poll") resolve to the nearest compatible speaker named before, and surnames to the full name,
  through an :class:`EntityRegistry` that lives for one text;
* an outlet speaking about another speaker ("..., CNN reported") becomes the *chain* (``via``),
  nearest first;
* each cue has a *scope*, the stretch of its sentence it reports (:attr:`Cue.scope`): what follows a
  leading cue ("X said that ..."), what precedes a trailing one ("..., X said"); a figure outside the
  scope of every cue of its sentence, or inside a speaker phrase ("75 percent of voters said"), is the
  narrator's.

``Attribution.span`` (from :class:`Cue.span`) is the speaker phrase with its cue word: "the coast guard
said", "said Omar Haddad", "according to the ministry", "In a CNN/ORC poll released Monday".
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import regex

from .rules import english as rules
from .text import Document, Quotation, Sentence, Token, make_token
from .types import Attribution, Span, Speaker

_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
#: Words capitalised only because they open a sentence ("Local medics said").
_SENTENCE_CASE_WORDS = (rules.SPEAKER_MODIFIERS | rules.UNNAMED_HEADS | rules.COUNTING_DETERMINERS) - rules.NATIONALITY_ADJECTIVES


def _is_head(token: "Token") -> bool:
    low = token.bare
    return low in rules.TITLES or low in rules.ORGANISATION_HEADS or low in rules.UNNAMED_HEADS or low in rules.OUTLET_HEADS or low in rules.DOCUMENT_NOUNS


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
    #: Names that opened a sentence with no title or head to say what they are ("Acme Tools opened a plant"),
    #: each with how many speakers were known when it was seen and the serial of its sentence: "the company"
    #: in the next sentence may mean one.
    openers: List[Tuple[int, str, int]] = field(default_factory=list)
    #: How many sentences have registered their mentions.
    sentences_seen: int = 0
    #: The span of the sentence whose mentions were registered last, and those mentions with where each stands:
    #: a pronoun does not stand for someone its own sentence names only after it ("he said Lynch would ...").
    sentence_span: Span = (0, 0)
    mentions: List[Tuple[int, Speaker]] = field(default_factory=list)
    #: A name the text has not met that opens the current sentence as its subject, and where it stands: "he" later in
    #: that sentence means it ("Hale criticised the budget, which he said would cut 400 jobs").
    subject: Optional[Tuple[int, str]] = None

    def copy(self) -> "EntityRegistry":
        return EntityRegistry(list(self.speakers), dict(self.keys), dict(self.surfaces), list(self.openers), self.sentences_seen,
                              self.sentence_span, list(self.mentions), self.subject)

    def note_sentence(self, opener: Optional[str], span: Span = (0, 0)) -> None:
        """A new sentence, and the bare name that opens it if any; kept apart from the speakers until a description resolves to it."""
        self.sentences_seen += 1
        self.sentence_span, self.mentions, self.subject = span, [], None
        if opener is not None:
            self.openers.append((len(self.speakers), opener, self.sentences_seen))
            del self.openers[: -rules.RECENT_OPENERS]

    def mention(self, speaker: Speaker, at: int) -> Speaker:
        """:meth:`add` for a name the sentence mentions at offset ``at`` without a cue."""
        known = self.add(speaker)
        self.mentions.append((at, known))
        return known

    def _named_after(self, known: Speaker, at: Optional[int]) -> bool:
        """Does the current sentence name ``known`` only after offset ``at`` (where a pronoun stands)?"""
        if at is None or not self.sentence_span[0] <= at < self.sentence_span[1] or not self.mentions:
            return False
        key = self.key(known.name or "")
        if not key:
            return False
        named = [where for where, other in self.mentions if other.name and (self.key(other.name) <= key or key <= self.key(other.name))]
        return bool(named) and min(named) > at

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
                if merged.name is not None and merged.name != known.name and known.name in self.surfaces:
                    self.surfaces[merged.name] = self.surfaces.pop(known.name)
                if written and merged.name is not None:
                    self.surfaces[merged.name] = speaker.name
                self.speakers[index] = merged
                self._touch(index)
                return self.present(merged)
        canonical = Speaker(speaker.name, speaker.role, speaker.kind)
        self.speakers.append(canonical)
        return self.present(canonical)

    def recall(self, name: str) -> bool:
        """A name that opens a sentence as its subject ("Hale, who ..., was ..."): a known person or organisation of
        that name becomes the nearest antecedent for the pronouns of the next sentence; an unknown name is not added.
        Returns whether the name was known."""
        key = self.key(name)
        if not key:
            return False
        for index in self._recent():
            known = self.speakers[index]
            if known.kind in ("person", "organisation", "outlet") and known.name and key <= self.key(known.name):
                self._touch(index)
                return True
        return False

    def _touch(self, index: int) -> None:
        if index != len(self.speakers) - 1:
            self.speakers.append(self.speakers.pop(index))

    def pronoun(self, word: str, at: Optional[int] = None) -> Optional[Speaker]:
        """The nearest speaker the pronoun may stand for; ``at``: where the pronoun stands, so that a name its
        sentence gives only after it is passed over ("she said that Mayor Ruiz ...": she is not Ruiz)."""
        word = word.lower()
        if self.subject is not None and word in rules.PRONOUNS_PERSON and at is not None and self.subject[0] < at < self.sentence_span[1]:
            return Speaker(self.subject[1], None, "person")  # the unknown name that opens the pronoun's own sentence
        for index in self._recent():
            known = self.speakers[index]
            if self._named_after(known, at):
                continue
            if rules.PRONOUNS_PERSON.get(word) is not None and word in rules.SPEAKER_PRONOUNS:
                if known.kind == "person" and known.name and _gender_fits(known, word):
                    return self.present(known)
                if known.kind == "unnamed" and known.role and _singular_person(known.role) and _gender_fits(known, word):
                    return known
            elif word == rules.PRONOUN_ORGANISATION:
                if known.kind in ("organisation", "outlet"):
                    return self.present(known)
            elif word == rules.PRONOUN_GROUP:
                if known.kind in ("organisation", "outlet") or (known.kind == "unnamed" and not _singular_person(known.role or "")) or (
                        known.kind == "person" and (known.name or "").lower() in rules.GROUP_NAMES):  # "Republicans said ... They said ..." 
                    return self.present(known) if known.kind != "unnamed" else known
        return None

    def describe(self, head_words: Sequence[str], modifiers: Sequence[str] = ()) -> Optional[Speaker]:
        """Resolve a definite description ("the ministry", "the governor"); ``modifiers``: the description's own
        words before its head ("ferry" of "the ferry company"), which a generic head's antecedent must share."""
        wanted = {rules.SPELLING.get(w, w) for w in head_words}
        if not wanted:
            return None
        for index in self._recent():
            known = self.speakers[index]
            if known.kind == "unnamed":
                head = next((w for w in (known.role or "").lower().split() if w in rules.TITLES), None)
                words = frozenset({head}) if head else frozenset()
            elif known.kind == "person" and not wanted & rules.TITLES:
                words = self.key(known.name or "")  # "the ministry" is not "Ann Lind, a spokeswoman for the ministry"
            else:
                words = self.key((known.name or "") + " " + (known.role or ""))
            if wanted and wanted <= words:
                return self.present(known) if known.kind != "unnamed" else known
        return self._compatible(wanted, modifiers)

    def _compatible(self, wanted: set, modifiers: Sequence[str] = ()) -> Optional[Speaker]:
        """"the company", "the group", "the agency": the nearest organisation named before whose own head
        does not say it is something else (a "ministry" is not "the company").  A description with a noun
        of its own before the head ("the ferry company", "the bus operator's parent group") means that
        organisation only when its name has the word too ("Lamar Ferry Lines"); else it is another body."""
        if len(wanted) != 1:
            return None
        head = next(iter(wanted))
        if head in rules.TRADE_DESCRIPTIONS and not modifiers:
            return self._trade(head)
        if head not in rules.GENERIC_ORGANISATION_HEADS:
            return None
        if modifiers:
            return self._named_with(head, modifiers)
        for index, known in self._recent_organisations():
            opener = self._opener_after(index, head)
            if opener is not None:
                return opener
            if self._other_kind(head, known.name or ""):
                return None
            return self.present(known)
        return self._opener_after(-1, head)

    def _recent_organisations(self) -> Iterator[Tuple[int, Speaker]]:
        """(index, speaker) of the named organisations seen, the latest first."""
        for index in self._recent():
            known = self.speakers[index]
            if known.kind == "organisation" and known.name:
                yield index, known

    def _trade(self, head: str) -> Optional[Speaker]:
        """"the carmaker", "the airline": the bare name that opened this sentence or the one before ("Carro Motors will
        cut 1,200 jobs, the carmaker said"), else the nearest organisation whose name holds the word ("Velo Airlines")."""
        for index, known in self._recent_organisations():
            opener = self._opener_after(index, head)
            if opener is not None:
                return opener
            if self.openers and known.name == self.openers[-1][1] and self.sentences_seen - self.openers[-1][2] <= rules.OPENER_SENTENCE_REACH:
                return self.present(known)  # the opener, already met as this description
            if head in {_singular(w) for w in self.key(known.name or "")}:
                return self.present(known)
            break
        return self._opener_after(-1, head) if not self.speakers or self.speakers[-1].kind != "organisation" else None

    def _other_kind(self, head: str, name: str) -> bool:
        """Does an organisation's name say it is of another kind than a description's generic ``head``?"""
        heads = {w for w in self.key(name) if w in rules.ORGANISATION_HEADS}
        if heads & rules.SPECIFIC_ORGANISATION_HEADS and head not in heads:
            return True  # "the agency" is not the Health Ministry
        if head in rules.COMMERCIAL_DESCRIPTIONS and heads & rules.NON_COMMERCIAL_HEADS:
            return True  # "the company" is not the Farmers Union
        return head in rules.PUBLIC_BODY_HEADS and bool(heads & rules.MEMBER_BODY_HEADS)  # "the election commission" is not a union

    def _named_with(self, head: str, modifiers: Sequence[str]) -> Optional[Speaker]:
        """The nearest organisation named before whose name holds every one of ``modifiers`` (singular or plural)."""
        wanted = {_singular(m) for m in modifiers}

        def fits(name: str) -> bool:
            return wanted <= {_singular(w) for w in self.key(name)} and not self._other_kind(head, name)

        for index in self._recent():
            known = self.speakers[index]
            if known.kind == "organisation" and known.name and fits(known.name):
                return self.present(known)
        opener = self._opener_after(-1, head)
        return opener if opener is not None and opener.name and fits(opener.name) else None

    def _opener_after(self, index: int, head: str) -> Optional[Speaker]:
        """The latest bare sentence-opening name seen after speakers[index] ("Acme Tools opened a plant. The company
        said ..."), unless it is a person the text has named, or the description is not one a bare name may take."""
        if head not in rules.OPENER_DESCRIPTIONS and head not in rules.TRADE_DESCRIPTIONS or not self.openers:
            return None
        seen, name, sentence = self.openers[-1]
        if seen <= index or self.sentences_seen - sentence > rules.OPENER_SENTENCE_REACH:
            return None
        key = self.key(name)
        if any(known.kind in ("person", "unnamed") and known.name and key & self.key(known.name) for known in self.speakers[-RECENT_ENTITIES:]):
            return None
        return self.add(Speaker(name, None, "organisation"))


def _singular(word: str) -> str:
    """A crude singular of a lower-case noun ("ferries" -> "ferry", "lines" -> "line"), for matching words only."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _singular_person(role: str) -> bool:
    """A role naming one person: its first title word is singular ("lawmaker from the province")."""
    for word in role.lower().split():
        if word in rules.TITLES:
            return not word.endswith("s") or word in rules.SINGULAR_S_TITLES
    return False


def _gender_fits(speaker: Speaker, pronoun: str) -> bool:
    words = set(regex.findall(r"[a-z]+", (speaker.role or "").lower()))
    female = bool(words & rules.FEMALE_ROLE_WORDS)
    male = bool(words & rules.MALE_ROLE_WORDS)
    if rules.PRONOUNS_PERSON.get(pronoun) == "female":
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
    #: From the start of the speaker phrase to the end of the cue word ("the coast guard said"); for an
    #: inverted cue or a frame, from the cue word to the end of the speaker phrase ("said Omar Haddad",
    #: "according to the ministry").  This is what :attr:`Attribution.span` holds.  A figure inside it is
    #: part of how the speaker is described ("75 percent of voters said"), not something they said.
    span: Span
    #: The stretch of the sentence the cue's content may cover: after a leading cue ("X said that ..."),
    #: before a trailing one ("..., X said"); None: the whole sentence.
    scope: Optional[Span] = None
    #: Stretches inside the scope that are the narrator's own asides, not what the cue reports: a
    #: non-restrictive relative clause ("X said the storm hit Vale, where 9,000 people live").
    holes: Tuple[Span, ...] = ()
    #: The speaker phrase opens with a count of the speakers ("49 percent of Republicans say"): a figure
    #: there is no one's report, not even that of another cue of the sentence.
    counted: bool = False
    #: Non-restrictive relative clauses inside the scope that have a source of their own ("X said the storm hit Vale,
    #: where officials say 9,000 people live"): no hole, but the cue does not relay what that source says.
    sourced_asides: Tuple[Span, ...] = ()
    #: The speaker phrase follows a subordinating conjunction ("while Trump boasts that ...,", "even as X claimed"): what
    #: the main clause after it says is not in its report.
    subordinate: bool = False


def _owner_of_medium(words: List[Token]) -> Optional[List[Token]]:
    """The owner in "<owner>'s [a few words] <medium>" ("Ann Lind's Twitter account", "the governor's Telegram
    channel", "the ministry's website", "the company's statement"): the owner speaks through what it keeps."""
    if len(words) < 2 or words[-1].bare not in rules.OWNED_MEDIA:
        return None
    for index in range(len(words) - 2, max(-1, len(words) - 2 - rules.OWNED_PUBLICATION_REACH), -1):
        if _possessive(words[index]) and words[index].bare not in rules.PRONOUN_CONTRACTIONS:
            return words[: index + 1]
    return None


def _possessive(token: Token) -> bool:
    """Does the word end in a possessive "'s" (straight or curly): "Lind's", "the ministry\u2019s"?"""
    return token.text.lower().endswith(("'s", "\u2019s"))


def _uncontracted(word: str) -> str:
    """A pronoun without its contracted auxiliary ("he's" -> "he", "they\u2019ve" -> "they")."""
    plain = word.replace("\u2019", "'")
    for ending in rules.AUXILIARY_CONTRACTIONS:
        if plain.endswith(ending):
            return plain[: -len(ending)]
    return word


def _classify(words: List[Token], registry: EntityRegistry) -> Optional[Speaker]:
    """Turn a noun phrase into a Speaker (name, role, kind), resolving pronouns and descriptions."""
    while words and (words[0].lower in rules.DETERMINERS and words[0].lower not in rules.COUNTING_DETERMINERS or words[0].text in "," + _QUOTE_MARKS):
        words = words[1:]
    while words and (words[-1].text in "," + _QUOTE_MARKS or len(words) > 1 and words[-1].lower in rules.REFLEXIVE_INTENSIFIERS):
        words = words[:-1]  # "the bank itself", "Cruz himself": the speaker, stressed
    if not words:
        return None
    if len(words) == 1 and words[0].lower in rules.SPEAKER_PRONOUNS:
        return registry.pronoun(words[0].lower, words[0].start)
    if len(words) == 1 and _uncontracted(words[0].lower) in rules.SPEAKER_PRONOUNS:
        return registry.pronoun(_uncontracted(words[0].lower), words[0].start)  # "He's warned", "They've said"
    if len(words) == 1 and words[0].lower.replace("\u2019", "'") in rules.NOT_SPEAKER_CONTRACTIONS:
        return None  # "Let's say they're at 54": a supposition, no speaker
    medium_owner = _owner_of_medium(words)
    if medium_owner is not None:
        return _classify(medium_owner, registry)  # "Ann Lind's Twitter account", "the ministry's website": the owner speaks
    if words[-1].bare in rules.DOCUMENT_NOUNS:
        return _document(words, registry)
    for index in range(len(words) - 1):
        if _possessive(words[index]) and all(w.capitalised and w.bare not in rules.TITLES and w.bare not in rules.ORGANISATION_HEADS for w in words[index + 1 :]) and len(words) - index - 1 <= 3:
            # "the Red Crescent's al-Shukri": a person of an organisation
            name = " ".join(w.text for w in words[index + 1 :])
            owner = " ".join(w.text for w in words[: index + 1])
            return registry.add(Speaker(name, owner[:-2], "person"))
    last = words[-1]
    if _possessive(last) and (len(words) > 1 or last.bare not in rules.PRONOUN_CONTRACTIONS):
        words = words[:-1] + [make_token(last.text[:-2], last.start, last.end - 2)]
    lower = [w.bare for w in words]
    head = lower[-1]
    text = _phrase_text(words)
    titled = _titled_name_of_place(words)
    if titled is not None:
        return titled
    joint = _joint_titled_names(words)
    if joint is not None:
        return joint  # "Sen. Ann Roe and Rep. Bo Tate": both speak, as "Ann Roe and Bo Tate" would
    if _titled_head_of_body(words):
        return _unnamed(text)  # "a senior official at the ministry": a person of the body, not the body
    if all(not w.capitalised or (index == 0 and w.bare in _SENTENCE_CASE_WORDS) or w.bare.endswith(rules.DESCRIPTIVE_SUFFIXES) for index, w in enumerate(words)):
        # a description: "the ministry", "the governor", "local media", "officials"
        if lower[0] in rules.TITLES and any(w in rules.HEAD_CONNECTORS for w in lower):
            return _unnamed(text)  # "an official in the local government"
        resolved = registry.describe([h for h in lower if h in rules.TITLES or h in rules.ORGANISATION_HEADS], _own_modifiers(words))
        if resolved is not None and head not in rules.COLLECTIVE_HEADS:
            return resolved
        if head in rules.OUTLET_HEADS or set(lower) & rules.OUTLET_MARKERS:
            return Speaker(text, None, "outlet")
        if head in rules.ORGANISATION_HEADS:
            return Speaker(text, None, "organisation")
        return _unnamed(text)
    if len(lower) > 2 and lower[0] in rules.UNNAMED_HEADS and lower[0].endswith("s") and not lower[0].endswith("ss") and lower[1] in rules.HEAD_CONNECTORS \
            and words[1].shape == "word" and not words[1].capitalised:
        return _unnamed(text)  # "Analysts from Orba Capital": a group of people at a body, not a person
    # split the trailing person name from a leading role: "State Duma deputy Alexander Khinshtein"
    split = len(words)
    while split > 0 and (words[split - 1].capitalised or words[split - 1].text == "." and split >= 2 and len(words[split - 2].text) == 1) and words[split - 1].bare not in rules.TITLES and words[split - 1].bare not in rules.ORGANISATION_HEADS:
        split -= 1
    name_words, role_words = words[split:], words[:split]
    if name_words and role_words and not role_words[-1].capitalised and (role_words[-1].bare in rules.OUTLET_HEADS or role_words[-1].bare in rules.ORGANISATION_HEADS) and len(name_words) >= 2 and not any(w.text.isupper() for w in name_words) and any(w.bare in rules.TITLES for w in role_words):
        # "Head of the regional military administration Oleh Hryhorov": a person and the office they hold
        return Speaker(_phrase_text(name_words), _role_text(" ".join(w.text for w in role_words)), "person")
    if name_words and role_words and not role_words[-1].capitalised and (role_words[-1].bare in rules.OUTLET_HEADS or role_words[-1].bare in rules.ORGANISATION_HEADS) and len(name_words) <= 3:
        # "the news agency YJC", "the broadcaster NHK": the name after its description
        name = _phrase_text(name_words)
        kind = "outlet" if role_words[-1].bare in rules.OUTLET_HEADS or any(w.bare in rules.OUTLET_MARKERS for w in role_words) else "organisation"
        return Speaker(name, _role_text(" ".join(w.text for w in role_words)), kind)
    if name_words and role_words and (role_words[-1].bare in rules.TITLES or role_words[-1].bare in rules.ROLES_BEFORE_NAME) and sum(w.shape == "word" for w in name_words) <= 4:
        name = _phrase_text(name_words)
        role = " ".join(w.text for w in role_words)
        return Speaker(name, _role_text(role), _person_or_org(name))
    if lower[0] in rules.TITLES and any(w in rules.HEAD_CONNECTORS for w in lower):
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


def _titled_name(words: Sequence[Token]) -> Optional[List[Token]]:
    """The name of a titled person's phrase ("Sen. Ann Roe" -> "Ann Roe", "Governor Dana Holt"): the capitalised
    words after the titles that open it; None when no title opens it or no name follows."""
    k = 0
    while k < len(words) and (words[k].bare in rules.TITLES or words[k].text == "." and k > 0):
        k += 1
    name = list(words[k:])
    if k == 0 or not name or len(name) > 4 or not all(w.capitalised and w.bare not in rules.TITLES and w.bare not in rules.ORGANISATION_HEADS for w in name):
        return None
    return name


def _joint_titled_names(words: Sequence[Token]) -> Optional[Speaker]:
    """Two titled people joined by "and" ("Sen. Ann Roe and Rep. Bo Tate", "Mayor Li Wen and Governor Dana
    Holt"): one joint speaker named by both names, like "Ann Roe and Bo Tate"; None for any other phrase."""
    joins = [k for k, w in enumerate(words) if w.lower == rules.AND]
    if len(joins) != 1:
        return None
    left, right = _titled_name(words[: joins[0]]), _titled_name(words[joins[0] + 1 :])
    if left is None or right is None:
        return None
    return Speaker(_phrase_text(left) + " " + rules.AND + " " + _phrase_text(right), None, "person")


def _titled_head_of_body(words: Sequence[Token]) -> bool:
    """Is the phrase a title with its body after a preposition ("senior official at the ministry", "a top aide
    to the governor"): the head before the first connector is one titled person, only modifiers stand before it,
    and the phrase ends in a body or a role, not in a person's name or a place?"""
    lower = [w.bare for w in words]
    connector = next((k for k, w in enumerate(lower) if w in rules.HEAD_CONNECTORS), None)
    if connector is None or connector == 0 or lower[connector - 1] not in rules.TITLES:
        return False
    if _singular(lower[connector - 1]) != lower[connector - 1] or lower[-1] not in rules.ORGANISATION_HEADS and lower[-1] not in rules.TITLES:
        return False  # "Secretary of State Hillary Clinton": a named person; "local officials in the district"
    return all(w in rules.SPEAKER_MODIFIERS or w in rules.TITLES or w in rules.ARTICLES for w in lower[: connector - 1])


def _own_modifiers(words: Sequence[Token]) -> List[str]:
    """The nouns a description puts before its head that say what kind of body it is ("ferry" in "the ferry
    company"): lower-case words that are no determiner, title, organisation head or common speaker modifier.
    None when the head does not end the phrase ("the families of the company's founders")."""
    if any(w.bare in rules.HEAD_CONNECTORS or _possessive(w) for w in words[:-1]):
        return []
    return [w.bare for w in words[:-1] if w.shape == "word" and not w.capitalised and w.bare not in rules.DETERMINERS
            and w.bare not in rules.ARTICLES and w.bare not in rules.SPEAKER_MODIFIERS and w.bare not in rules.TITLES
            and w.bare not in rules.ORGANISATION_HEADS and not w.bare.endswith(rules.DESCRIPTIVE_SUFFIXES)]


def _document(words: List[Token], registry: EntityRegistry) -> Optional[Speaker]:
    """A poll, report or data set as a source ("the latest Reuters/Ipsos poll", "FEC records").

    The owner speaks for figures it keeps ("the Red Cross's figures", "UN refugee agency data" -> the
    organisation); a document of its own (a poll, a study, "fundraising reports") is a speaker of kind
    "document"; a bare description ("the poll") is the last document of that kind the text named."""
    while words and words[0].bare in rules.FIGURES_MODIFIERS and not (len(words) > 1 and _opens_document_name(words, 0)):
        words = words[1:]
    if not words:
        return None
    head = words[-1]
    owner = words[:-1]
    while owner and owner[0].bare in rules.FIGURES_MODIFIERS:
        owner = owner[1:]
    if head.bare in rules.FIGURES_WORDS and owner and (_possessive(owner[-1]) or _is_head(owner[-1]) and owner[-1].bare not in rules.DOCUMENT_NOUNS or all(w.capitalised for w in owner)):
        return _classify(owner, registry)  # "the Red Cross's figures", "UN refugee agency data"
    name = _phrase_text(words)
    if not any(w.capitalised for w in words[:-1] if w is not words[0] or len(words) > 1) and len(words) <= 2:
        found = registry.describe([head.bare])
        if found is not None and found.kind == "document":
            return found  # "the poll": the poll named before
    return Speaker(name, None, "document")


def _phrase_text(words: Sequence[Token]) -> str:
    """The words as written, spaced as in the text ("Reuters/Ipsos poll")."""
    out = words[0].text if words else ""
    for previous, word in zip(words, words[1:]):
        out += (" " if word.start > previous.end else "") + word.text
    return out


def _titled_name_of_place(words: Sequence[Token]) -> Optional[Speaker]:
    """"Senator Joe Hale of Ohio", "Mayor Ana Ruiz of Lyon": a titled person and where they serve."""
    if len(words) < 4 or not words[0].capitalised or words[0].bare not in rules.TITLES:
        return None
    for at in range(2, len(words) - 1):
        if words[at].lower in rules.PLACE_CONNECTORS:
            name, place = words[1:at], words[at + 1 :]
            if all(w.capitalised and w.bare not in rules.TITLES and w.bare not in rules.ORGANISATION_HEADS for w in name) and all(w.capitalised for w in place):
                return Speaker(" ".join(w.text for w in name), _role_text(" ".join(w.text for w in [words[0], *words[at:]])), "person")
            return None
    return None


def _alias(inner: Sequence[Token]) -> Optional[str]:
    """The short name in an appositive "known as OCHA" / "also known as the White Helmets"."""
    words = [t.text for t in inner]
    lowered = [w.lower() for w in words]
    for start in range(len(lowered) - 1):
        if tuple(lowered[start : start + 2]) == rules.ALIAS_FRAME:
            rest = [w for w in words[start + 2 :] if w.lower() not in rules.ALIAS_DROPPED]
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
        common = word.lower() in rules.TITLES or (word.lower() in rules.SPEAKER_MODIFIERS and not following_is_name)
        out.append(word.lower() if common and not word.isupper() else word)
    return " ".join(out)


def _person_or_org(name: str) -> str:
    low = name.lower()
    words = set(low.split())
    last = low.split()[-1] if low.split() else ""
    if low.rsplit(".", 1)[-1] in rules.WEB_DOMAINS and "." in low and " " not in low:
        return "outlet"  # "Factcheck.org": a website
    if len(words) >= 2 and last in rules.NEWSPAPER_TITLE_WORDS and name.split()[-1][:1].isupper():
        return "outlet"  # "the Vale Post", "the New York Times": a newspaper's title
    if low in rules.OUTLETS or words & rules.OUTLET_HEADS or words & rules.OUTLET_MARKERS or (words and words <= rules.OUTLETS):
        return "outlet"
    if words & rules.ORGANISATION_HEADS or name.isupper() or len(words) >= 2 and last.rstrip(".") in rules.CORPORATE_SUFFIXES:
        return "organisation"  # "Norvo Inc", "Halden Corp."
    return "person"


# ------------------------------------------------------------------ the speaker before a cue
def _relative_subject(tokens: List[Token], verb_index: int) -> Optional[Tuple[Speaker, int]]:
    """"Those who organised the march claimed ...": a pronoun with a relative clause is an unnamed source,
    described by the whole phrase."""
    first = max(0, verb_index - rules.RELATIVE_SUBJECT_REACH)
    for i in range(verb_index - 2, first - 1, -1):
        if tokens[i].text in ",;:" or tokens[i].lower in rules.REPORTING_VERBS:
            return None
        if tokens[i].lower in rules.RELATIVE_SUBJECT_PRONOUNS and i > 0 and tokens[i - 1].lower in rules.RELATIVE_SUBJECT_HEADS:
            if i - 1 > 0 and tokens[i - 2].shape == "word" and tokens[i - 2].lower not in rules.RELATIVE_SUBJECT_OPENERS:
                return None  # the pronoun must open the subject ("Those who ...", "..., those who ...")
            name = " ".join(t.text for t in tokens[i - 1 : verb_index])
            return Speaker(name[:1].lower() + name[1:], None, "unnamed"), i - 1
    return None


def _person_head(token: Token) -> bool:
    """A lower-case or sentence-initial noun that names people by role or group ("officials", "a person")."""
    return token.bare in rules.UNNAMED_HEADS or token.bare in rules.TITLES


def _opens_subject(tokens: List[Token], start: int) -> bool:
    """May a subject begin at tokens[start]: at the sentence start, or after a clause mark or a conjunction?"""
    if start == 0:
        return True
    before = tokens[start - 1]
    return (before.text in ",;:(" or before.text in _QUOTE_MARKS or before.text in _DASHES or before.lower in rules.CLAUSE_OPENERS
            or before.lower in rules.RELATIVE_OBJECT_PRONOUNS)  # "a call in which organizers claimed 400 took part"


def _head_start(tokens: List[Token], head: int) -> int:
    """The first token of the words before a person noun: determiners, speaker modifiers, names and one compound."""
    start = head
    while start - 1 >= 0 and head - start < 4:
        token = tokens[start - 1]
        if token.lower in rules.CLAUSE_OPENERS or token.shape != "word":
            break
        if token.lower in rules.DETERMINERS or token.lower in rules.SUBJECT_DETERMINERS or token.bare in rules.SPEAKER_MODIFIERS or token.capitalised and token.bare not in rules.NOT_NAMES:
            start -= 1
        elif start == head and _compounds(token) and _nounlike(token):
            start -= 1  # "rescue workers"
        else:
            break
    return start


def _postmodified_subject(tokens: List[Token], verb_index: int) -> Optional[Tuple[Speaker, int]]:
    """"A person familiar with the talks says", "Rescue workers at the scene said": a person noun that opens
    its clause, then a prepositional or adjective phrase with no verb in it, then the verb of saying.

    The whole phrase is an unnamed source."""
    first = max(0, verb_index - rules.POSTMODIFIED_SUBJECT_REACH)
    for head in range(verb_index - 1, first - 1, -1):
        token = tokens[head]
        if token.text in ",;:()" or token.text in _QUOTE_MARKS or token.text in rules.FINITE_MARKERS or token.lower in rules.REPORTING_VERBS or token.lower in rules.RELATIVE_PRONOUNS or token.lower in rules.CLAUSE_OPENERS:
            return None
        if not _person_head(token) or tokens[head + 1].lower not in rules.POSTMODIFIER_OPENERS:
            continue
        start = _head_start(tokens, head)
        if not _opens_subject(tokens, start):
            continue
        name = " ".join(t.text for t in tokens[start:verb_index])
        return Speaker(name[:1].lower() + name[1:] if tokens[start].lower in rules.DETERMINERS | rules.SUBJECT_DETERMINERS else name, None, "unnamed"), start
    return None


def _speaker_before(tokens: List[Token], verb_index: int, registry: EntityRegistry) -> Tuple[Optional[Speaker], int]:
    """The speaker phrase ending just before tokens[verb_index]; returns (speaker, first token index).

    Steps: skip what may stand between a subject and its verb (:func:`_skip_to_subject`), read an
    appositive between commas (:func:`_appositive`), walk the noun phrase back (:func:`_phrase_before`),
    then classify it.
    """
    relative = _relative_subject(tokens, verb_index)
    if relative is not None:
        return relative
    j = _skip_to_subject(tokens, verb_index - 1)
    if j < 0:
        return None, verb_index
    appositive: Optional[Tuple[int, int]] = None
    skipped = False
    while j >= 0 and tokens[j].text == ",":
        if j >= 2 and tokens[j - 1].shape == "number" and tokens[j - 1].text.endswith(",") and tokens[j - 2].text == ",":
            j, skipped = j - 2, True  # an age: "Jimmy Ghazal, 39, a visitor from Lyon, told ..."
            continue
        # "Bill Taylor, an organizer of the rallies, said", "Rep. Ann Cole, R-Ohio, says",
        # "Edd, an official at the authority, which has a backlog of 500 homes, said"
        found = _appositive(tokens, j, registry)
        if isinstance(found, _Found):
            return found.speaker, found.first
        if found is None:
            if skipped:
                j -= 1  # the comma that opened the last appositive
            break
        start, end, is_role = found[:3]
        if is_role and appositive is None:
            appositive = (start, end)
        j, skipped = (found[3] if len(found) > 3 else start - 1), True  # another appositive may end at the comma that opened this one
    end = j
    words, j = _phrase_before(tokens, j)
    if not words:
        after_verb = tokens[verb_index + 1].lower if verb_index + 1 < len(tokens) else ""
        words, j = _subject_before(tokens, end, tokens[verb_index] if verb_index < len(tokens) else None, after_verb)
    if not words and verb_index < len(tokens) and tokens[verb_index].lower in rules.SPEECH_VERBS:
        # "Engineers hired by the city said": a plain noun phrase after the preposition of a post-modifier
        enclosing = _postmodifier_head(tokens, _plain_object_start(tokens, end), end)
        if enclosing is not None:
            return enclosing
    if not words:
        return None, verb_index
    if len(words) == 1 and j >= 0 and tokens[j].shape == "number" and not _ends_with_comma(tokens[j]):
        return None, verb_index  # "the film 13 Hours said": a title or a quantity, not a speaker
    if j >= 0 and tokens[j].bare in rules.COUNT_WORDS and not words[0].capitalised:
        j -= 1  # "one senior official said": the count is part of how the speaker is described
    enclosing = _postmodifier_head(tokens, j + 1, end)
    if enclosing is not None:
        return enclosing
    speaker = _classify(words, registry)
    if speaker is not None and appositive is not None and speaker.kind == "person":
        role = " ".join(t.text for t in tokens[appositive[0] : appositive[1]])
        speaker = Speaker(speaker.name, _role_text(role), "person")
    if speaker is not None and speaker.kind in ("unnamed", "organisation") and len((speaker.name or "").split()) == 1 and verb_index >= 1 and tokens[verb_index - 1].lower == rules.THERE:
        # "authorities there confirmed": the staff of the organisation just named speak for it
        place = registry.pronoun(rules.PRONOUN_ORGANISATION)
        if place is not None:
            speaker = place
    return speaker, j + 1


def _plain_object_start(tokens: List[Token], last: int) -> int:
    """The first token of a short plain noun phrase ending at tokens[last] right after a preposition ("by the
    city"), or ``last + 1`` when none stands there."""
    k = last
    while k >= 0 and last - k < rules.SUBJECT_MAX_WORDS and tokens[k].shape == "word" and (_nounlike(tokens[k]) or tokens[k].lower in rules.DETERMINERS):
        if k > 0 and (tokens[k - 1].lower in rules.POSTMODIFIER_PREPOSITIONS or tokens[k - 1].lower in rules.SUPPORT_PARTICIPLES):
            return k  # "by the city", "opposing the dam"
        k -= 1
    return last + 1


def _postmodifier_head(tokens: List[Token], first: int, last: int) -> Optional[Tuple[Speaker, int]]:
    """The subject whose post-modifier holds the phrase tokens[first..last] read before a verb: "Economists surveyed
    by Bloomberg expect", "A panel appointed by the governor concluded", "Donors in both parties said" are the
    economists, the panel and the donors, not Bloomberg, the governor or the parties.  The phrase follows a
    preposition (after a participle for "by") that follows a noun of people or of a body opening the clause; the
    whole phrase is the speaker.  A document or a statement of someone ("a report by the UN") is no such head."""
    start = first
    for _ in range(rules.POSTMODIFIER_DEPTH):
        p = start - 1
        backing = p >= 1 and tokens[p].lower in rules.SUPPORT_PARTICIPLES  # "A super PAC backing Pike said": the PAC
        if p < 1 or last < first or tokens[p].lower not in rules.POSTMODIFIER_PREPOSITIONS and not backing:
            return None
        h = p - 1
        agent = tokens[p].lower == rules.AGENT_PREPOSITION
        if agent:
            if h < 1 or tokens[h].capitalised or not tokens[h].lower.endswith(rules.PAST_PARTICIPLE_ENDING):
                return None  # only a participle after its noun: "surveyed by", "appointed by"
            h -= 1
        head = tokens[h]
        if head.shape != "word" or head.bare in rules.DOCUMENT_NOUNS or head.bare in rules.OWNED_MEDIA or head.bare in rules.NOT_SUBJECT_HEADS:
            return None  # "a report by the UN said": the UN speaks through it
        if not (_person_head(head) or head.bare in rules.ORGANISATION_HEADS or _nounlike(head) and (agent or head.bare.endswith("s"))):
            return None
        if backing and not (head.bare in rules.ORGANISATION_HEADS or _person_head(head) and head.bare.endswith("s")):
            return None  # only a body or a group backs someone: "voters backing Pike", not "a poll backing"
        if head.capitalised and h > 0 and not _opens_subject(tokens, h) and not (backing and head.text.isupper()):
            return None  # a name: "the Red Cross in Geneva"
        start = _head_start(tokens, h)
        if _opens_subject(tokens, start):
            break
    else:
        return None
    head = tokens[h]
    opening = start + 1 if tokens[start].lower in rules.ARTICLES else start  # "a panel appointed by ..." -> "panel appointed by ..."
    name = _phrase_text(tokens[opening : last + 1])
    if tokens[start].lower in rules.DETERMINERS or tokens[start].lower in rules.SUBJECT_DETERMINERS:
        name = name[:1].lower() + name[1:]
    kind = "organisation" if head.bare in rules.ORGANISATION_HEADS else "unnamed"
    return Speaker(name, None, kind), start


@dataclass(frozen=True)
class _Found:
    """A speaker read whole by one step, and the index of its first token."""

    speaker: Optional[Speaker]
    first: int


def _is_adverb(token: Token) -> bool:
    low = token.lower
    return low in rules.CUE_ADVERBS or low in rules.FREQUENCY_ADVERBS or token.bare in rules.TIME_WORDS or low in rules.NEGATIONS or (low.endswith(rules.ADVERB_SUFFIX) and not token.capitalised and len(low) > 4 and token.bare not in rules.LY_NOUNS)


def _skip_to_subject(tokens: List[Token], j: int) -> int:
    """Step back from just before the verb over adverbs, a bracketed acronym, a short relative clause and
    a time phrase, to the last token of the subject."""
    while j >= 0:
        if tokens[j].lower in rules.TIME_PHRASE_ENDS and _time_phrase_start(tokens, j) < j:
            j = _time_phrase_start(tokens, j) - 1  # "The chief executive a month later announced"
        elif j >= 1 and (tokens[j - 1].lower, tokens[j].lower) in rules.ADVERB_PHRASES:
            j -= 2  # "at first"
        elif _is_adverb(tokens[j]) or tokens[j].lower in rules.TIME_PREPOSITIONS and j + 1 < len(tokens) and tokens[j + 1].bare in rules.TIME_WORDS:
            j -= 1
        elif tokens[j].text == "," and j >= 2 and tokens[j - 2].text == "," and (tokens[j - 1].lower in rules.CUE_ADVERBS or tokens[j - 1].lower.endswith(rules.ADVERB_SUFFIX)):
            j -= 3  # ", however," / ", meanwhile,"
        else:
            break
    # an acronym or a party tag in brackets after a name: "the International Organization for Migration (IOM) said",
    # "Sen. Ann Cole (R-Ohio) said"
    if j >= 3 and tokens[j].text == ")":
        opening = next((k for k in range(j - 1, max(0, j - 1 - rules.BRACKET_MAX_WORDS), -1) if tokens[k].text == "("), None)
        if opening is not None and opening >= 1 and all(t.capitalised or t.shape == "mark" for t in tokens[opening + 1 : j]):
            j = opening - 1
    # an age before the verb: "Marcel Lazar, 44, said"
    if j >= 2 and tokens[j].shape == "number" and tokens[j].text.endswith(",") and tokens[j - 1].text == ",":
        j -= 2
    # the relative pronoun that is the verb's subject: "voters who say", "Smith, who said"
    if j >= 0 and tokens[j].lower in rules.RELATIVE_PRONOUNS:
        if j == 0 or tokens[j].capitalised:
            return -1  # "Who told you ...?": a question, not a speaker
        j -= 1
        if j >= 0 and tokens[j].text == ",":
            j -= 1
        return j
    # a short relative clause between speaker and verb: "passengers who survived had said"
    for back in range(1, rules.RELATIVE_CLAUSE_REACH + 1):
        w = j - back
        if w < 1 or tokens[w].text in ",.;:" + _QUOTE_MARKS:
            break
        if tokens[w].lower in rules.RELATIVE_PRONOUNS and tokens[w + 1].lower not in rules.DETERMINERS and all(not t.capitalised and t.text.isalpha() for t in tokens[w + 1 : j + 1]):
            if tokens[w].lower in rules.RELATIVE_OBJECT_PRONOUNS:
                break  # "the march, in which organizers said ...", "damage which insurers said": the words after "which" are the subject
            j = w - 1
            break
    # a time phrase between speaker and verb: "on Friday", "on 3 March"
    if j >= 1 and tokens[j].capitalised and tokens[j - 1].lower in rules.TIME_PREPOSITIONS:
        j -= 2
    if j >= 2 and tokens[j].text[:1].isdigit() and tokens[j - 2].lower in rules.TIME_PREPOSITIONS:
        j -= 3
    return j


def _role_start(tokens: List[Token], k: int) -> int:
    """The first token of a role phrase ending at tokens[k] ("The regional police chief")."""
    start = k
    while start - 1 >= 0 and (tokens[start - 1].bare in rules.TITLES or tokens[start - 1].bare in rules.SPEAKER_MODIFIERS or tokens[start - 1].capitalised and tokens[start - 1].bare not in rules.NOT_NAMES):
        start -= 1
    return start


def _appositive(tokens: List[Token], j: int, registry: EntityRegistry):
    """Read the stretch between commas that ends at tokens[j] (a comma).

    Returns a :class:`_Found` when it settles the speaker ("The hospital's director, Dr. Amira Saleh,",
    "..., known as OCHA,"), the (start, end) of a role to keep when it is an appositive role after the
    name ("Jerry Silaa, mayor of X,"), or None.
    """
    k = j - 1
    while k >= 0 and tokens[k].text not in (",", ";", ":") and not _ends_with_comma(tokens[k]) and not (tokens[k].text in _QUOTE_MARKS and (k == 0 or tokens[k].start > tokens[k - 1].end)) and j - k < rules.APPOSITIVE_MAX_WORDS:
        k -= 1
    if k >= 2 and tokens[k].shape == "number" and tokens[k - 1].text == ",":
        # "Jimmy Ghazal, 39, a visitor from Lyon, told": an age, then the role
        inner = tokens[k + 1 : j]
        if inner and inner[0].lower in rules.ARTICLES and tokens[k - 2].capitalised:
            return (k + 1, j, True, k - 1)
        return None
    if k < 1 or tokens[k].text != ",":
        return None
    inner = tokens[k + 1 : j]
    if not inner:
        return None
    alias = _alias(inner)
    if alias:
        # "the United Nations Office for ..., known as OCHA, said": the short name speaks
        return _Found(registry.add(Speaker(alias, None, "organisation" if alias.isupper() else _person_or_org(alias))), k + 1)
    names_inside = [w for w in inner if w.capitalised and w.bare not in rules.TITLES and w.text != "."]
    role_before = tokens[k - 1].bare in rules.TITLES
    if len(names_inside) >= 2 and len(inner) <= 5 and role_before and all(w.capitalised for w in inner):
        # "The hospital's director, Dr. Amira Saleh, said": the name between commas after its role
        role_start = _role_start(tokens, k - 1)
        named = _classify(list(inner), registry)
        if named is not None and named.kind == "person":
            return _Found(Speaker(named.name, _role_text(" ".join(t.text for t in tokens[role_start:k])), "person"), role_start)
    if any(w.bare in rules.TITLES or w.bare in rules.ORGANISATION_HEADS for w in inner) and j - k < rules.ROLE_MAX_WORDS:
        return (k + 1, j, True)
    name_at = k - 3 if k >= 3 and tokens[k - 1].shape == "number" and tokens[k - 1].text.endswith(",") and tokens[k - 2].text == "," else k - 1  # past an age
    named_before = tokens[name_at].capitalised and tokens[name_at].bare not in rules.NOT_NAMES
    if named_before and inner[0].lower in rules.ARTICLES:
        return (k + 1, j, True)  # "Chris Brown, an audience member, said"
    if inner[0].lower in rules.RELATIVE_PRONOUNS:
        return (k + 1, j, False)  # "..., which has a backlog of 500 homes, said": a relative clause, the narrator's
    if named_before and len(inner) <= 3 and all(w.capitalised or w.shape == "mark" for w in inner) and any("-" in w.text or w.text.isupper() for w in inner):
        return (k + 1, j, False)  # "Rep. Ann Cole, R-Ohio, says": a party and state tag
    if inner and len(inner) <= 4 and all(w.capitalised for w in inner) and role_before:
        # "The regional police chief, Anna Berg, said": the name stands between commas after its role
        role_start = _role_start(tokens, k - 1)
        named = _classify(list(inner), registry)
        if named is not None and named.kind == "person":
            return _Found(Speaker(named.name, _role_text(" ".join(t.text for t in tokens[role_start:k])), "person"), role_start)
    return None


def _subject_before(tokens: List[Token], j: int, verb: Optional[Token] = None, after_verb: str = "") -> Tuple[List[Token], int]:
    """A plain noun phrase that opens its clause and ends at tokens[j], whatever its head ("The candidate",
    "the billionaire real estate magnate", "Cement makers"): read when no known head was found.

    It must start the sentence or follow a clause mark or conjunction, open with a determiner, a name or a
    plural, hold only nouns, adjectives, names and "of"-style connectors, and be short."""
    if j < 0 or tokens[j].shape != "word" or not (_nounlike(tokens[j]) or tokens[j].bare in rules.OWNED_MEDIA) or tokens[j].bare in rules.NOT_SUBJECT_HEADS:
        return [], j  # ("feed" ends like a participle but is a medium: "The senator's Twitter feed said")
    if verb is not None and verb.lower not in rules.SPEECH_VERBS and not (after_verb == rules.THAT and verb.lower in rules.FINDING_VERBS):
        # only a verb of saying, or of finding with a that-clause ("the panel found that ..."), makes any noun
        # phrase a source ("the candidate argued"; not "a video posted")
        return [], j
    k = j
    while k - 1 >= 0 and j - k < rules.SUBJECT_MAX_WORDS:
        token = tokens[k - 1]
        if token.shape != "word" or token.lower in rules.CLAUSE_OPENERS or token.lower in rules.RELATIVE_OBJECT_PRONOUNS \
                or token.lower in rules.FREE_RELATIVE_OPENERS:
            break
        if not (_nounlike(token) or token.lower in rules.HEAD_CONNECTORS or token.lower in rules.DETERMINERS or token.lower in rules.SUBJECT_DETERMINERS
                or token.lower in rules.SPEAKER_MODIFIERS):
            return [], j
        if token.lower in rules.HEAD_CONNECTORS and not (tokens[k].lower in rules.DETERMINERS or tokens[k].capitalised):
            return [], j  # "advisers to the governor", not "rules allow for minority"
        k -= 1
        if token.lower in rules.DETERMINERS or token.lower in rules.SUBJECT_DETERMINERS:
            break
    start = k
    if start > 0 and not (tokens[start - 1].text in ",;:(" or tokens[start - 1].text in _QUOTE_MARKS or tokens[start - 1].text in _DASHES or tokens[start - 1].lower in rules.CLAUSE_OPENERS
                          or tokens[start - 1].lower in rules.RELATIVE_OBJECT_PRONOUNS
                          or tokens[start - 1].lower in rules.FREE_RELATIVE_OPENERS and after_verb in rules.FINITE_PASSIVE_AUXILIARIES):
        return [], j  # ("what advocates estimated were 100,000 children": a free relative with its own copula)
    first = tokens[start]
    if first.lower in rules.HEAD_CONNECTORS:
        return [], j
    if not (first.lower in rules.DETERMINERS or first.lower in rules.SUBJECT_DETERMINERS or first.capitalised or tokens[j].bare.endswith("s")):
        return [], j
    if any(t.bare in rules.COUNT_WORDS for t in tokens[start : j + 1]) or j == start and first.lower in rules.SUBJECT_DETERMINERS:
        return [], j  # "Two in three said", "one adds": a count of people, not a source
    return list(tokens[start : j + 1]), start - 1


def _nounlike(token: Token) -> bool:
    """A word that may stand in a plain noun phrase: not a verb form, an adverb or a function word."""
    low = token.bare
    if token.capitalised:
        return low not in rules.NOT_NAMES and low not in rules.NOT_SUBJECT_HEADS
    return (
        low.isalpha() or "-" in low
    ) and len(low) > 1 and low not in rules.NOT_COMPOUND and low not in rules.NOT_NAMES and low not in rules.REPORTING_VERBS and (not low.endswith(rules.ADVERB_SUFFIX) or low in rules.LY_NOUNS) and low not in rules.CUE_ADVERBS and low not in rules.NEGATIONS and not low.endswith(rules.PARTICIPLE_SUFFIXES[0]) and low not in rules.NOT_SUBJECT_HEADS


def _phrase_before(tokens: List[Token], j: int) -> Tuple[List[Token], int]:
    """Walk a speaker noun phrase back from tokens[j]; returns its words and the index before its first."""
    words: List[Token] = []
    while j >= 0:
        step = _phrase_step(tokens, j, words)
        if step is _STOP:
            break
        taken, j = step
        if taken is _STOP_AFTER:
            break
        j -= 1
    return words, j


_STOP = object()
_STOP_AFTER = object()


def _head_before_connector(token: Token, words: Sequence[Token]) -> bool:
    """Is a capitalised head the start of "Officials in the province": a sentence-case head before a lower-case connector?"""
    return _is_head(token) and bool(words) and not words[0].capitalised and words[0].lower in rules.HEAD_CONNECTORS


def _phrase_step(tokens: List[Token], j: int, words: List[Token]):
    """One step of :func:`_phrase_before`: take tokens[j] into ``words`` (front) or stop.

    Returns ``_STOP``, or (marker, j) where marker is ``_STOP_AFTER`` when the phrase ends with this token.
    """
    token = tokens[j]
    low = token.bare
    before = tokens[j - 1] if j >= 1 else None
    if token.text == "." and words and words[0].capitalised and before is not None and len(before.text) == 1 and before.text.isupper():
        words.insert(0, token)  # the full stop of an initial: "Vladimir V. Putin"
        return None, j
    if token.text == "." and before is not None and before.end == token.start and before.capitalised and before.bare in rules.CORPORATE_SUFFIXES \
            and j >= 2 and tokens[j - 2].capitalised and (not words or not words[0].capitalised):
        return None, j  # "Norvo Inc. reported": the full stop of a company's suffix, not the end of the phrase
    if token.text in _QUOTE_MARKS or token.text in ".;:!?()":
        return _STOP
    if token.text in rules.NAME_MARKS and words and words[0].capitalised and before is not None and before.capitalised:
        words.insert(0, token)  # "Reuters/Ipsos poll", "Shaw & Company"
        return None, j
    if token.text == ",":
        # "Regional Governor, Vasily Golubev": a title run before a comma
        if words and before is not None and before.capitalised and before.bare in rules.TITLES:
            return None, j
        return _STOP
    if token.capitalised and not (low in rules.NOT_NAMES and not words):
        if low in rules.NOT_NAMES and words and low != rules.NAME_ARTICLE and not (low in rules.NAME_OPENERS and words[0].capitalised) and not (before is not None and before.capitalised and before.bare not in rules.NOT_NAMES and words[0].text in rules.NAME_MARKS) and not _head_before_connector(token, words):
            return _STOP  # "New" opens "New York Times", not "New figures"; but "USA Today/Suffolk" goes on
        words.insert(0, token)
    elif low in rules.NAMEISH_CONNECTORS and words and before is not None and before.capitalised:
        words.insert(0, token)
    elif low == rules.AND and words and _is_head(words[-1]) and before is not None and (_is_head(before) or before.capitalised):
        words.insert(0, token)  # "local activists and the first responders"
    elif low in rules.HEAD_CONNECTORS and words and before is not None and _is_head(before):
        words.insert(0, token)  # "the mayor of Derna", "a lawmaker from Qom"
    elif _is_head(token):
        words.insert(0, token)
    elif low in rules.SPEAKER_MODIFIERS and words:
        words.insert(0, token)
    elif not words and low in rules.PLACE_WORDS and j >= 3 and before is not None and before.lower == "the" and tokens[j - 2].lower in rules.HEAD_CONNECTORS and _is_head(tokens[j - 3]):
        words.insert(0, token)  # "a lawmaker from the province said"
    elif not words and low in rules.PLACE_WORDS and j >= 3 and before is not None and before.capitalised and tokens[j - 2].lower in rules.HEAD_CONNECTORS and _is_head(tokens[j - 3]):
        words[:0] = [before, token]  # "the representative of the minister in Gilan province said"
        return None, j - 1
    elif words and len(words) <= 3 and (_is_head(words[0]) or _stacked_compound(token, words)) and low.isalpha() and len(low) > 2 and low not in rules.NOT_NAMES and low not in rules.NOT_COMPOUND and low not in rules.HEAD_CONNECTORS and low not in rules.REPORTING_VERBS and low not in rules.SUPPORT_PARTICIPLES \
            and not (low in rules.FIGURE_SCALE_WORDS and before is not None and before.shape == "number"):
        words.insert(0, token)  # a compound: "election commission", "fire department", "two biggest unions"
    elif _year_of_document(token, before, words):
        words.insert(0, token)  # "A 2019 email shows", "the 2016 audit found"
    elif _dated_document_start(tokens, j, words) is not None:
        start = _dated_document_start(tokens, j, words)
        words[:0] = tokens[start : j + 1]  # "A May 2015 report found", "a March 3, 2014 memo shows"
        return None, start
    elif low in rules.THIRD_PERSON_PRONOUNS and not words:
        words.insert(0, token)
        return _STOP_AFTER, j - 1
    elif low in rules.ARTICLES and words:
        if before is not None and before.lower == rules.AND:
            return None, j  # "... and the first responders": keep walking into the coordination
        if j >= 2 and before is not None and before.lower in rules.HEAD_CONNECTORS and _is_head(tokens[j - 2]):
            words.insert(0, token)
            return None, j  # "an official in the local government"
        words.insert(0, token)
        return _STOP_AFTER, j - 1
    else:
        return _STOP
    return None, j


def _stacked_compound(token: Token, words: Sequence[Token]) -> bool:
    """A plain noun before a compound that ends in an organisation head ("the mountain rescue service", "the state road
    repair agency"): lower-case words only, no participle or determiner."""
    return words[-1].bare in rules.ORGANISATION_HEADS and all(w.shape == "word" and not w.capitalised for w in words) \
        and not token.capitalised and not token.bare.endswith(rules.PARTICIPLE_SUFFIXES) and token.bare not in rules.DETERMINERS \
        and token.bare not in rules.COUNTING_DETERMINERS and token.bare not in rules.NOT_COMPOUND_MODIFIERS


def _year_of_document(token: Token, before: Optional[Token], words: Sequence[Token]) -> bool:
    """Is ``token`` a year between an article or possessive and the document it dates ("A 2019 email", "its 2016
    audit"), not a count ("2,000 documents")?"""
    return bool(words) and words[-1].bare in rules.DOCUMENT_NOUNS and token.shape == "number" and _YEAR.fullmatch(token.text) is not None \
        and before is not None and (before.lower in rules.ARTICLES or before.lower in rules.POSSESSIVE_DETERMINERS)


def _initial_dot(tokens: List[Token], j: int) -> bool:
    """Is tokens[j] the dot of a middle initial ("Marta J. Olsen"): glued to one capital letter after a capitalised
    word, with a capitalised word after it?"""
    if j < 2 or j + 1 >= len(tokens) or tokens[j].text != ".":
        return False
    letter = tokens[j - 1]
    return (len(letter.text) == 1 and letter.text.isupper() and letter.end == tokens[j].start and tokens[j - 2].capitalised
            and tokens[j + 1].capitalised and tokens[j + 1].shape == "word")


def _plural_possessive_mark(tokens: List[Token], j: int) -> bool:
    """Is tokens[j] the apostrophe of a plural possessive ("the teachers' federation", "exporters’ association"):
    glued to a word in "s" before it, and followed by a lower-case word of the same phrase?"""
    if j == 0 or j + 1 >= len(tokens) or tokens[j].text not in rules.APOSTROPHES:
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return (before.end == tokens[j].start and before.shape == "word" and before.lower.endswith("s") and not before.quoted
            and after.shape == "word" and not after.capitalised and after.start > tokens[j].end)


def _dated_document_start(tokens: List[Token], j: int, words: Sequence[Token]) -> Optional[int]:
    """When tokens[j] is the year of a date that stands between an article or possessive and the document it dates
    ("A May 2015 report", "a March 3, 2014 memo", "its Sept. 15, 2011 email"), the index of the date's month."""
    if not words or words[-1].bare not in rules.DOCUMENT_NOUNS or tokens[j].shape != "number" or _YEAR.fullmatch(tokens[j].text) is None:
        return None
    k = j - 1
    if k >= 0 and _DAY_OF_MONTH.fullmatch(tokens[k].text):
        k -= 1
    if k >= 1 and tokens[k].text == "." and tokens[k - 1].end == tokens[k].start:
        k -= 1  # "Sept."
    if k < 1 or not tokens[k].capitalised or tokens[k].bare not in rules.DOCUMENT_DATE_MONTHS:
        return None
    before = tokens[k - 1].lower
    return k if before in rules.ARTICLES or before in rules.POSSESSIVE_DETERMINERS else None


def _possessive_owner(tokens: List[Token], index: int, registry: EntityRegistry) -> Optional[Tuple[Speaker, int]]:
    """"according to its website", "citing their own count": the organisation or group the possessive
    means speaks for the publication it keeps; returns it and the index after the phrase."""
    pronoun = rules.POSSESSIVE_OWNERS.get(tokens[index].lower)
    if pronoun is None:
        return None
    for j in range(index + 1, min(len(tokens), index + 1 + rules.OWNED_PUBLICATION_REACH)):
        if tokens[j].bare in rules.OWNED_PUBLICATIONS and not (j + 1 < len(tokens) and tokens[j + 1].lower == rules.OF):
            owner = registry.pronoun(pronoun)
            return (owner, j + 1) if owner is not None else None
        if tokens[j].shape != "word" or tokens[j].capitalised:
            return None
    return None


def _speaker_after(tokens: List[Token], index: int, registry: EntityRegistry, stop_words: Sequence[str] = ()) -> Tuple[Optional[Speaker], int]:
    """The noun phrase starting at tokens[index] (after "according to", "citing", an inverted "said")."""
    if index < len(tokens):
        owned = _possessive_owner(tokens, index, registry)
        if owned is not None:
            return owned
    words: List[Token] = []
    j = index
    while j < len(tokens):
        token = tokens[j]
        low = token.bare
        if words and (_plural_possessive_mark(tokens, j) or _initial_dot(tokens, j)):
            words.append(token)  # "the teachers' federation", "said Oliver K. Hedge": a mark inside the name
            j += 1
            continue
        if words and _web_domain_dot(tokens, j):
            words.extend(tokens[j : j + 2])  # "according to Factcheck.org": a web name, written as one word
            j += 2
            continue
        if token.text in ".;:!?()" + _QUOTE_MARKS or low in stop_words:
            break
        if token.text == ",":
            # an appositive role: "said Jerry Silaa, the mayor"
            break
        if words and low in rules.TIME_PREPOSITIONS and j + 1 < len(tokens) and tokens[j + 1].bare in rules.TIME_WORDS:
            break  # "announced by the commission on Monday": a time, not part of the name
        verb = _relative_subject_verb(tokens, j) if words and words[-1].bare in rules.DOCUMENT_NOUNS else None
        if verb is not None:
            # "according to figures the council released Monday": the maker speaks for figures it keeps, as for "the
            # council's figures" (:func:`_document`); "a fact sheet lawmakers released", "a memo the paper obtained": the document
            keeps = tokens[verb].lower in rules.DOCUMENT_MAKING_VERBS and words[-1].bare in rules.FIGURES_WORDS
            maker = _classify(list(tokens[j:verb]), registry) if keeps else None
            if maker is not None and maker.kind in ("person", "organisation", "outlet", "unnamed"):
                return maker, verb + 1
            break
        if words and low in rules.OWNED_MEDIA and any(_possessive(w) for w in words):
            words.append(token)  # "according to Ann Lind's Twitter account": the medium ends the phrase
            j += 1
            break
        if _may_open_or_extend(token, words):
            if low in rules.REPORTING_VERBS and words and not (low in _DOCUMENTS and _ends_phrase(tokens, j + 1)):
                break  # "according to X records" keeps its document; "said X reports ..." does not
            words.append(token)
        elif _compound_before_head(tokens, j):
            words.append(token)  # a compound before its head: "UN refugee agency", "community leaders"
        else:
            break
        j += 1
    while words and (words[-1].lower in rules.NAMEISH_CONNECTORS or words[-1].shape == "number"):
        words.pop()
    if not words or all(w.bare in rules.NOT_NAMES and not _is_head(w) for w in words):
        return None, index
    if words[0].lower in rules.COUNTING_OPENERS:
        if not any(_is_head(w) or w.capitalised for w in words[1:]):
            return None, index  # "said one thing": a count, not a speaker
        if len(words) > 2 and words[1].lower == rules.OF:
            return _unnamed(_phrase_text(words)), j  # "quoted one of Lind's aides": one unnamed person of a group
        speaker = _classify(words[1:], registry)
        if speaker is not None and speaker.kind == "person" and speaker.role is None:
            return speaker, j
        return (_unnamed(_phrase_text(words)) if speaker is not None else None), j  # "said one district party leader"
    return _classify(words, registry), j


def _web_domain_dot(tokens: List[Token], j: int) -> bool:
    """Is tokens[j] the dot of a web name glued to the capitalised word before it ("Factcheck.org", "Politico.com")?"""
    return (0 < j and j + 1 < len(tokens) and tokens[j].text == "." and tokens[j - 1].capitalised and tokens[j + 1].lower in rules.WEB_DOMAINS
            and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start)


def _relative_subject_verb(tokens: List[Token], j: int) -> Optional[int]:
    """When a relative clause without its pronoun opens at tokens[j], right after a document noun, the index of its
    verb: a short subject, then a verb of publishing or saying ("a fact sheet lawmakers released", "the report the
    ministry published on Monday", "figures Harbor Bank issued", "a memo the paper obtained")."""
    if tokens[j].bare in rules.TIME_WORDS:
        return None  # "a report Thursday that ...": a time, not a subject
    for m in range(j, min(len(tokens), j + 1 + rules.RELATIVE_SUBJECT_WORDS)):
        token = tokens[m]
        if m > j and not token.capitalised and (token.lower in rules.DOCUMENT_PARTICIPLES or token.lower in rules.DOCUMENT_MAKING_VERBS
                                                or token.lower in rules.REPORTING_VERBS):
            return m
        if not (token.lower in rules.ARTICLES or token.lower in rules.POSSESSIVE_DETERMINERS or token.capitalised or _is_head(token)
                or _possessive(token) or token.bare in rules.SPEAKER_MODIFIERS or _compounds(token) and m + 1 < len(tokens) and _is_head(tokens[m + 1])):
            return None  # the words before the verb must be a short subject ("the state's lawmakers", "Harbor Bank")
    return None


def _compounds(token: Token) -> bool:
    """May a lower-case word be part of a compound noun ("refugee agency", "election commission")?"""
    low = token.bare
    return low.isalpha() and low not in rules.NOT_COMPOUND and low not in rules.NOT_NAMES and low not in rules.REPORTING_VERBS


def _compound_before_head(tokens: List[Token], j: int) -> bool:
    """Is tokens[j] a compound word right before a head, or before another compound word and then a head, with
    perhaps a plural possessive between ("textile exporters' association")?"""
    if not _compounds(tokens[j]):
        return False
    if j + 1 < len(tokens) and _is_head(tokens[j + 1]):
        return True
    k = j + 1
    if k < len(tokens) and _compounds(tokens[k]):
        k += 1
    if k < len(tokens) and _plural_possessive_mark(tokens, k):
        k += 1
    return k > j + 1 and k < len(tokens) and _is_head(tokens[k])


def _ends_phrase(tokens: List[Token], k: int) -> bool:
    """Does a noun phrase end before tokens[k] (at a mark, the sentence end or a preposition)?"""
    return k >= len(tokens) or tokens[k].shape == "mark" or _ends_with_comma(tokens[k - 1]) or tokens[k].lower in rules.DOCUMENT_SOURCE_PREPOSITIONS or tokens[k].lower in rules.ADJUNCT_PREPOSITIONS


def _may_open_or_extend(token: Token, words: Sequence[Token]) -> bool:
    """Can ``token`` go on a speaker phrase read forward (``words`` so far)?"""
    low = token.bare
    if token.capitalised and not words and low in rules.NOT_NAMES and low not in rules.ARTICLES:
        return False  # "In three separate interviews": a sentence opener, not a name
    return (
        token.capitalised
        or (words and (low in rules.NAMEISH_CONNECTORS or low in rules.FIGURES_WORDS))
        or (token.shape == "number" and _YEAR.fullmatch(token.text) is not None and all(w.bare in rules.ARTICLES for w in words))
        or (not words and (low in rules.ARTICLES or low in rules.COUNTING_OPENERS))
        or _is_head(token)
        or low in rules.SPEAKER_MODIFIERS
    )


# ------------------------------------------------------------------ cue frames
@dataclass
class _Scan:
    """The state of :func:`find_cues` over one sentence: its tokens and the cues found so far."""

    tokens: List[Token]
    lowers: List[str]
    registry: EntityRegistry
    cues: List[Cue]
    span: Span = (0, 0)
    masked: str = ""
    #: The sentence's asides between dashes or brackets: a cue inside one governs only it.
    asides: Sequence[Span] = ()

    def scoped(self, cue: Cue) -> Cue:
        """``cue`` with its scope, read from its own speaker phrase and cue word (before a chain widens its span)."""
        return cue if cue.scope is not None else replace(cue, scope=_scope(cue, self.tokens, [t.start for t in self.tokens], self.span, self.masked))

    def at(self, index: int) -> str:
        return self.lowers[index] if 0 <= index < len(self.lowers) else ""

    def pair(self, index: int, words: Tuple[str, str]) -> bool:
        return self.at(index) == words[0] and self.at(index + 1) == words[1]

    def add(self, verb: str, position: int, speaker: Speaker, via: Tuple[Speaker, ...], first: int, last: int) -> None:
        """A cue spanning tokens[first] .. tokens[last]."""
        self.cues.append(Cue(verb, position, speaker, via, (self.tokens[first].start, self.tokens[last].end)))


def _frame_source_follows(scan: _Scan, i: int) -> Optional[int]:
    """"according to X", "as per X"."""
    if not any(scan.pair(i, frame) for frame in rules.SOURCE_FOLLOWS):
        return None
    tokens = scan.tokens
    if scan.at(i + 2) in rules.RELATIVE_SUBJECT_PRONOUNS | rules.RELATIVE_OBJECT_PRONOUNS:
        antecedent = _document_antecedent(scan, i)  # "the numbers a newspaper collected, according to which 209 ..."
        if antecedent is not None:
            scan.add(f"{tokens[i].text} {tokens[i + 1].text}", tokens[i].start, scan.registry.add(antecedent), (), i, i + 2)
        return i + 3
    speaker, nxt = _speaker_after(tokens, _past_document(scan.lowers, _past_exchange(scan.lowers, i + 2)), scan.registry)
    author = _titled_work_author(tokens, i + 2 if speaker is None else nxt, scan.registry)
    if author is not None:
        speaker, nxt = author  # "according to “River of Gold” by Ana Ruiz", "according to the book “River of Gold” by Ana Ruiz"
    if speaker is None:
        speaker, nxt = _document_in_stretch(tokens, i + 2, scan.registry)
    if speaker:
        scan.add(f"{tokens[i].text} {tokens[i + 1].text}", tokens[i].start, scan.registry.add(speaker), (), i, max(nxt - 1, i + 1))
    return max(nxt, i + 2)


def _titled_work_author(tokens: List[Token], k: int, registry: EntityRegistry) -> Optional[Tuple[Speaker, int]]:
    """A quoted title at tokens[k] and "by" its author ("“River of Gold” by Ana Ruiz"): the author, who speaks for
    the work as the maker of "a report by the ministry" does, and the index after the name."""
    if not (k + 3 < len(tokens) and tokens[k].text in _QUOTE_MARKS and tokens[k + 1].text in _QUOTE_MARKS and tokens[k + 2].lower == rules.AGENT_PREPOSITION):
        return None
    author, nxt = _speaker_after(tokens, k + 3, registry)
    if author is None or author.kind not in ("person", "organisation", "outlet"):
        return None
    return author, nxt


def _document_in_stretch(tokens: List[Token], start: int, registry: EntityRegistry) -> Tuple[Optional[Speaker], int]:
    """The document a source phrase names when it is not a plain name: "according to a just-released poll from
    the Lakeside Institute, ...", "according to July's Harbor polling, ...", "according to early results of exit
    polls conducted by ...": the first document noun up to the next mark, with the words before it."""
    end = start
    while end < len(tokens) and end - start < rules.SOURCE_STRETCH_WORDS and not (
            tokens[end].shape == "mark" and tokens[end].text not in rules.NAME_MARKS and tokens[end].text not in _QUOTE_MARKS):
        end += 1  # a quoted title may stand in the phrase ("according to the “Medicare for all” document he released")
    for k in range(start, end):
        if tokens[k].bare in rules.DOCUMENT_NOUNS and not tokens[k].capitalised:
            words = [t for t in tokens[start : k + 1] if t.bare not in rules.DETERMINERS]
            first = next((n for n, t in enumerate(words) if t.capitalised or t.bare in rules.DOCUMENT_NOUNS or t.bare in rules.FIGURES_MODIFIERS), len(words))
            speaker = _document(words[first:], registry) if words[first:] else None
            return speaker, end
    return None, start


def _document_antecedent(scan: _Scan, i: int) -> Optional[Speaker]:
    """The source "according to which" points back to: the nearest document before the comma, or who made it
    ("the figures a newspaper collected" -> the newspaper; "the report" -> the report)."""
    tokens = scan.tokens
    if i == 0 or tokens[i - 1].text != ",":
        return None
    for d in range(i - 2, max(-1, i - 2 - rules.ANTECEDENT_REACH), -1):
        if tokens[d].text in ",;:":
            return None
        if tokens[d].lower in _DOCUMENTS:
            maker = d + 2 if d + 2 < i and tokens[d + 1].lower in rules.ARTICLES else d + 1
            if maker + 1 < i and tokens[maker].shape == "word" and tokens[maker + 1].lower.endswith(rules.PAST_PARTICIPLE_ENDING):
                maker_speaker = _classify([tokens[maker]], scan.registry)  # "the numbers a newspaper collected"
                return maker_speaker or Speaker(tokens[maker].text, None, "unnamed")
            return Speaker(tokens[d].text, None, "document")
    return None


def _frame_comma_citing(scan: _Scan, i: int) -> Optional[int]:
    """"The Post, citing hospital officials, said 26 had died": the cited source speaks, via the Post."""
    tokens, registry = scan.tokens, scan.registry
    if scan.at(i) not in rules.CITING or i < 2 or tokens[i - 1].text != ",":
        return None
    inner, nxt = _speaker_after(tokens, i + 1, registry)
    verb = nxt + 1
    while verb < len(tokens) and _is_adverb(tokens[verb]):
        verb += 1  # "CNN, citing the ministry, later said"
    if inner is None or not (verb < len(tokens) and tokens[nxt].text == "," and tokens[verb].lower in rules.REPORTING_VERBS):
        return None
    outer, first = _speaker_before(tokens, i - 1, registry)
    if outer is None:
        return None
    if _own_material(tokens, i + 1):
        # "The ministry, citing its own data, said ...": the subject's own figures; it speaks alone
        scan.add(tokens[verb].text, tokens[verb].start, registry.add(outer), (), first, verb)
        return verb + 1
    inner = registry.add(inner)
    scan.add(tokens[verb].text, tokens[verb].start, inner, (registry.add(outer),), first, verb)
    return verb + 1


def _own_material(tokens: List[Token], k: int) -> bool:
    """Does what is cited at tokens[k] belong to the one who cites it: a possessive pronoun before "own" or before
    figures or a document ("citing its own data", "quoting their figures", "citing his records")?"""
    if k + 1 >= len(tokens) or tokens[k].lower not in rules.POSSESSIVE_DETERMINERS:
        return False
    if tokens[k + 1].lower == rules.OWN:
        return True
    for token in tokens[k + 1 : k + 1 + rules.OWN_MATERIAL_REACH]:
        if token.bare in rules.FIGURES_WORDS or token.bare in rules.DOCUMENT_NOUNS:
            return True
        if token.shape == "mark" or _is_head(token):
            return False
    return False


def _frame_citing(scan: _Scan, i: int) -> Optional[int]:
    """"X said ..., citing Y": Y speaks, via X."""
    if scan.at(i) not in rules.CITING or not scan.cues or scan.cues[-1].speaker is None:
        return None
    tokens = scan.tokens
    speaker, nxt = _speaker_after(tokens, _past_document(scan.lowers, i + 1), scan.registry)
    if speaker and _own_material(tokens, i + 1):
        return max(nxt, i + 1)  # "X said ..., citing its own figures": X speaks alone
    if speaker:
        speaker = scan.registry.add(speaker)
        outer = scan.scoped(scan.cues.pop())
        scan.cues.append(Cue(f"{outer.verb}, {scan.at(i)}", outer.position, speaker, _relays(outer), outer.span, outer.scope))
    return max(nxt, i + 1)


def _relays(cue: Cue) -> Tuple[Speaker, ...]:
    """Who a cue's words reach the reader through when its speaker cites another: the speaker, then its own relays."""
    return ((cue.speaker,) if cue.speaker is not None else ()) + cue.via


def _frame_cited_by(scan: _Scan, i: int) -> Optional[int]:
    """"The ministry said in a statement cited by RIA": RIA relays the ministry."""
    if not scan.pair(i, rules.CITED_BY) or not scan.cues or scan.cues[-1].speaker is None:
        return None
    tokens = scan.tokens
    outlet, nxt = _speaker_after(tokens, i + 2, scan.registry)
    if outlet:
        outlet = scan.registry.add(outlet)
        inner = scan.scoped(scan.cues.pop())
        scan.cues.append(Cue(inner.verb, inner.position, inner.speaker, inner.via + (outlet,), inner.span, inner.scope))
    return max(nxt, i + 2)


def _frame_participle(scan: _Scan, i: int) -> Optional[int]:
    """"The party dismissed the figures, saying ...": the sentence's subject speaks."""
    tokens = scan.tokens
    if scan.at(i) not in rules.PARTICIPLE_CUES or i == 0 or tokens[i - 1].text != "," or not _is_verb_use(tokens, i):
        return None  # not "..., claiming 41 percent of the vote": winning it
    earlier = [c for c in scan.cues if c.verb.lower() not in rules.HEARSAY_NOUNS]
    if earlier:
        last = earlier[-1]
        if last.speaker is not None and last.position < tokens[i].start and not any(t.lower in rules.REPORTING_VERBS for t in tokens[i + 1 :] if not t.capitalised):
            # "..., he said, adding that 12 ...": the same speaker goes on, and this cue governs what follows it
            scan.add(tokens[i].text, tokens[i].start, last.speaker, last.via, i, i)
            scan.cues[-1] = replace(scan.cues[-1], scope=(tokens[i].end, scan.span[1]))
        return None
    subject, _ = _sentence_subject_span(tokens, i, scan.registry)
    if subject is not None:
        scan.add(tokens[i].text, tokens[i].start, scan.registry.add(subject), (), i, i)
        # what follows the participle: the main clause before it is what the subject did, told by the
        # narrator ("The union is suing the city for $2 million, claiming ...")
        scan.cues[-1] = replace(scan.cues[-1], scope=(tokens[i].end, scan.span[1]))
    return i + 1


def _frame_progressive(scan: _Scan, i: int) -> Optional[int]:
    """A verb of saying in the progressive ("Officials are saying 40 died", "the agency is reporting 12 cases", "the
    bank has been projecting growth of 2 percent"): the subject before the auxiliary speaks."""
    tokens = scan.tokens
    k = i - 1
    while k >= 0 and _is_adverb(tokens[k]) and tokens[k].lower not in rules.PROGRESSIVE_AUXILIARIES:
        k -= 1  # "are now saying", "is still insisting"
    if k < 1 or tokens[k].lower not in rules.PROGRESSIVE_AUXILIARIES or tokens[k].capitalised or not _progressive_verb_use(tokens, i):
        return None
    speaker, first = _speaker_before(tokens, k, scan.registry)
    if speaker is None and k >= 2 and tokens[k].lower == rules.BEEN and tokens[k - 1].lower in rules.PERFECT_AUXILIARIES:
        speaker, first = _speaker_before(tokens, k - 1, scan.registry)  # "has been saying"
    if speaker is None or speaker.kind == "document":
        return None
    scan.add(tokens[i].text, tokens[i].start, scan.registry.add(speaker), (), first, i)
    return i + 1


def _progressive_verb_use(tokens: List[Token], i: int) -> bool:
    """Is the "-ing" form at tokens[i] a report, as :func:`_is_verb_use` reads a finite one ("is claiming victory",
    "are claiming 41 percent of the vote", "is asking residents to save 20 percent" are no reports)?"""
    ahead = tokens[i + 1 : i + 1 + rules.FIGURE_OBJECT_REACH]
    if tokens[i].capitalised or _hypothetical_or_generic(tokens, i) or _asks_to_act(tokens, i):
        return False
    if tokens[i].lower == rules.CLAIMING and (_claims_by_taking(tokens, i) or any(t.lower in rules.WON_SHARES for t in ahead)
                                               and any(t.shape == "number" for t in ahead) and not _clause_follows(tokens, i + 1)):
        return False
    return True


def _frame_agent(scan: _Scan, i: int) -> Optional[int]:
    """"the 52 announced by the commission": the agent after "by" is the source of the figure before."""
    low = scan.at(i)
    if low in rules.REPORTING_VERBS and low.endswith("ed") and scan.at(i + 1) in rules.AS_SOURCE_PREPOSITIONS and _as_opens(scan.tokens, i):
        return _frame_as_reported_in(scan, i)
    if not (low in rules.REPORTING_VERBS and low.endswith("ed") and scan.at(i + 1) == rules.AGENT_PREPOSITION and i and scan.at(i - 1) not in rules.PASSIVE_AUXILIARIES - {"being"}):
        return None
    agent, nxt = _speaker_after(scan.tokens, i + 2, scan.registry)
    if agent is None:
        return None
    scan.add(f"{scan.tokens[i].text} {rules.AGENT_PREPOSITION}", scan.tokens[i].start, scan.registry.add(agent), (), i, max(nxt - 1, i + 1))
    return max(nxt, i + 2)


def _frame_as_reported_in(scan: _Scan, i: int) -> Optional[int]:
    """"As reported in the health ministry, 14 people were injured": a sentence opened by "As", a reporting
    participle and "in"/"at" credits what follows to the body named after the preposition, when it is an
    organisation, outlet or document ("As reported in May" names a time, "As noted in passing" nobody)."""
    agent, nxt = _speaker_after(scan.tokens, i + 2, scan.registry)
    if agent is None or agent.kind not in rules.AS_SOURCE_KINDS:
        return None
    preposition = scan.tokens[i + 1].text
    scan.add(f"{scan.tokens[i].text} {preposition}", scan.tokens[i].start, scan.registry.add(agent), (), i, max(nxt - 1, i + 1))
    return max(nxt, i + 2)


def _frame_passive_speech(scan: _Scan, i: int) -> Optional[int]:
    """"the mayor was quoted as saying", "the chief is reported to have said": the subject speaks."""
    if not (scan.at(i) in rules.REPORTED_SPEECH_PASSIVES and i >= 2 and scan.at(i - 1) in rules.FINITE_PASSIVE_AUXILIARIES):
        return None
    tokens = scan.tokens
    relay: Optional[Speaker] = None
    tail_at = i + 1
    if scan.at(i + 1) == rules.AGENT_PREPOSITION:
        # "Emergency services were quoted by the Tass news agency as saying ...": the agent relays the subject
        relay, tail_at = _speaker_after(tokens, i + 2, EntityRegistry(), stop_words=(rules.AS,))
        if relay is None:
            return None
    if not any(scan.pair(tail_at, tail) for tail in rules.REPORTED_SPEECH_TAILS):
        return None
    speaker, first = _speaker_before(tokens, i - 1, scan.registry)
    if speaker is None:
        return None
    via = (scan.registry.add(relay),) if relay is not None else ()
    scan.add(f"{tokens[i - 1].text} {tokens[i].text}", tokens[i].start, scan.registry.add(speaker), via, first, tail_at + 1)
    return tail_at + 2


def _frame_hearsay(scan: _Scan, i: int) -> Optional[int]:
    """"dismissed reports that the floods had drowned 10": the figure is the reports'; "the mayor's claim
    that 10 drowned": the mayor's."""
    tokens = scan.tokens
    if scan.at(i) in rules.POSSESSED_CLAIMS and scan.at(i + 1) == rules.THAT and i and _possessive(tokens[i - 1]):
        owner, first = _speaker_before(tokens, i, scan.registry)
        if owner is not None:
            scan.add(f"{tokens[i].text} {tokens[i + 1].text}", tokens[i].start, scan.registry.add(owner), (), first, i + 1)
            return i + 2
    if not (scan.at(i) in rules.HEARSAY_NOUNS and scan.at(i + 1) == rules.THAT and i and scan.at(i - 1) not in rules.HEARSAY_DETERMINERS):
        return None
    tokens = scan.tokens
    scan.add(tokens[i].text, tokens[i].start, _unnamed(tokens[i].text), (), i, i + 1)
    return i + 2


def _frame_owned_figure(scan: _Scan, i: int) -> Optional[int]:
    """"the agency's count of 212 dead", "the ministry's official tally of 48", "the union's figure of 90,000": the
    owner of a figure noun gave the figure after "of" (only that figure: the rest of the sentence is not its report)."""
    tokens = scan.tokens
    if scan.at(i + 1) != rules.OF:
        return None
    number = next((k for k in range(i + 2, min(len(tokens), i + 3 + rules.OWNED_FIGURE_REACH)) if tokens[k].shape == "number"), None)
    if number is None or any(t.shape != "word" for t in tokens[i + 2:number]):
        return None
    owner_at = i - 1
    while owner_at >= 0 and i - owner_at <= rules.OWNED_FIGURE_REACH and tokens[owner_at].lower in rules.OWNED_FIGURE_MODIFIERS:
        owner_at -= 1
    if owner_at < 0:
        return None
    # a named owner only: "its figure of 90,000" may mean the subject of its own sentence, which the registry of
    # speakers does not know yet ("The union stood by its figure"), so a pronoun is left to the narrator
    if not _possessive(tokens[owner_at]) or tokens[owner_at].bare in rules.PRONOUN_CONTRACTIONS:
        return None
    speaker, first = _speaker_before(tokens, owner_at + 1, scan.registry)
    if speaker is None:
        return None
    scan.add(f"{tokens[i].text} {tokens[i + 1].text}", tokens[i].start, scan.registry.add(speaker), (), first, i + 1)
    tail = min(len(tokens), number + 1 + rules.OWNED_FIGURE_TAIL)
    end = next((k for k in range(number + 1, tail) if tokens[k].shape == "mark"), tail)
    scan.cues[-1] = replace(scan.cues[-1], scope=(tokens[i + 1].start, tokens[end - 1].end))
    return i + 2


def _frame_relative_document(scan: _Scan, i: int) -> Optional[int]:
    """"the polls that show the mayor at 10 percent", "two studies which found 40 percent ...": the document
    before the relative pronoun shows what follows the verb."""
    if i < 2 or scan.at(i - 1) not in rules.RELATIVE_DOCUMENT_PRONOUNS:
        return None
    if scan.tokens[i - 2].bare not in rules.DOCUMENT_NOUNS:
        return _relative_made_document(scan, i)
    words, before = _phrase_before(scan.tokens, i - 2)
    speaker = _classify(words, scan.registry) if words else None
    if speaker is None:
        return None
    scan.add(scan.tokens[i].text, scan.tokens[i].start, scan.registry.add(speaker), (), before + 1, i)
    scan.cues[-1] = replace(scan.cues[-1], scope=(scan.tokens[i].end, _turn_after(scan.tokens, i + 1, scan.span[1])))
    return i + 1


def _relative_made_document(scan: _Scan, i: int) -> Optional[int]:
    """"surveys by Vale College that showed Lind ahead in three counties", "a study from the Ridge Institute which found
    ...": a document, "by" or "from" and its maker's name, then the relative pronoun: the maker speaks, as for "a
    report by the ministry"."""
    tokens = scan.tokens
    name_end = i - 2
    k = name_end
    while k >= 0 and name_end - k < rules.MAKER_NAME_WORDS and (tokens[k].capitalised or tokens[k].lower in rules.NAMEISH_CONNECTORS):
        k -= 1
    if k == name_end or k < 1 or tokens[k].lower not in rules.MAKER_PREPOSITIONS or tokens[k - 1].bare not in rules.DOCUMENT_NOUNS:
        return None
    maker = [t for t in tokens[k + 1 : name_end + 1]]
    while maker and maker[0].lower in rules.ARTICLES:
        maker = maker[1:]
    if not maker or not maker[0].capitalised:
        return None
    speaker = _classify(maker, scan.registry)
    if speaker is None or speaker.kind not in ("organisation", "outlet", "person"):
        return None
    _, before = _phrase_before(tokens, k - 1)
    scan.add(tokens[i].text, tokens[i].start, scan.registry.add(speaker), (), before + 1, i)
    scan.cues[-1] = replace(scan.cues[-1], scope=(tokens[i].end, _turn_after(tokens, i + 1, scan.span[1])))
    return i + 1


def _frame_not_a_cue(scan: _Scan, i: int) -> Optional[int]:
    """Cue words that report only a figure: "a video shows ..." is no cue; "changed" is one only for "changed it", "revised its toll"."""
    low = scan.at(i)
    if low in rules.SHOW_VERBS and not _after_document(scan, i):
        return _frame_document_subject(scan, i) or i + 1
    reach = scan.tokens[i + 1 : i + 1 + rules.FIGURE_OBJECT_REACH]
    if low in rules.FIGURE_EDIT_VERBS and not any(t.lower in rules.FIGURE_OBJECTS for t in reach):
        return i + 1  # "revised its toll", not "changed direction"
    no_object = scan.at(i + 1) in rules.FRAME_VERB_NON_OBJECTS or i + 1 < len(scan.tokens) and scan.tokens[i + 1].shape == "mark"
    if low in rules.FIGURE_FRAME_VERBS and no_object:
        return i + 1  # "cut the number of polling places by 85 percent": a noun, no figure object
    if low in rules.FIGURE_FRAME_VERBS and not (any(t.lower in rules.FIGURE_OBJECTS for t in reach) or _after_document(scan, i) or _placed_at_figure(scan, i)):
        return i + 1  # "gave the toll as 45", "put his net worth at $45 billion", not "gave $500,000 to a group"
    if low in rules.CUES_BEFORE_THAT and scan.at(i + 1) not in (rules.THAT, ":") and not _closes_quote_tag(scan, i):
        return i + 1
    if low in rules.ACT_OR_REPORT_VERBS and not _declares_something(scan.tokens, i):
        return i + 1  # "declared war on the province", "has maintained a large lead": an act, no report
    return None


def _placed_at_figure(scan: _Scan, i: int) -> bool:
    """Does the verb tokens[i] place its object at a figure ("gave the toll as 45", "put his net worth at $45
    billion", "placed the value of the deal at about $12 billion")?  "put"-type verbs may have a longer object
    than "gave"; no clause mark may stand between, and the figure is not a clock time."""
    tokens = scan.tokens
    reach = rules.PLACING_OBJECT_WORDS if scan.at(i) in rules.PLACING_VERBS else rules.FIGURE_OBJECT_REACH
    for n in range(i + 1, min(len(tokens), i + 1 + reach)):
        if tokens[n].shape == "mark" and tokens[n].text not in rules.NAME_MARKS:
            return False
        if tokens[n].lower in rules.FRAME_PREPOSITIONS:
            figure = next((k for k in range(n + 1, min(len(tokens), n + 1 + rules.FRAME_FIGURE_REACH)) if tokens[k].shape == "number"), None)
            return figure is not None and not (figure + 1 < len(tokens) and tokens[figure + 1].bare in rules.CLOCK_WORDS)
    return False


def _declares_something(tokens: List[Token], i: int) -> bool:
    """After a verb of declaring or maintaining at tokens[i], does a report follow: "that", a colon or quotation, a clause, or
    a figure before the next comma ("declared 12 counties disaster areas"), or nothing (a closing tag)?"""
    k = _skip_adjunct(tokens, i + 1)
    if k >= len(tokens) or tokens[k].text in ",.:;" or tokens[k].text in _QUOTE_MARKS or tokens[k].lower == rules.THAT:
        return True
    for n, token in enumerate(tokens[k : k + rules.ADJUNCT_MAX_WORDS]):
        if _ends_with_comma(token) and token.shape != "number" or token.text in ".;:":
            return False
        if token.lower in rules.CLAUSE_AUXILIARIES and not token.capitalised:
            return True  # "declared the vote was void": a clause (not "in May")
        if n < rules.LIST_REACH and (token.shape == "number" or token.lower in rules.COUNT_WORDS):
            return True
    return False


def _closes_quote_tag(scan: _Scan, i: int) -> bool:
    """Is tokens[i] the last word of a short tag after a closing quote mark ("“...,” a voice-over states.")?"""
    tokens = scan.tokens
    if not (i + 1 == len(tokens) or i + 2 == len(tokens) and tokens[i + 1].text in ".!"):
        return False
    for k in range(i - 1, max(-1, i - 1 - rules.QUOTE_TAG_REACH), -1):
        if tokens[k].text in ".;:!?":
            return False
        if tokens[k].text in _QUOTE_MARKS:
            return True
    return False


def _after_document(scan: _Scan, i: int) -> bool:
    """Does tokens[i] follow a document noun ("figures show", "the poll also showed")?"""
    k = i - 1
    while k >= 0 and _is_adverb(scan.tokens[k]):
        k -= 1  # "the poll also showed", "a poll last month showed"
    return k >= 0 and scan.tokens[k].bare in rules.DOCUMENT_NOUNS


def _frame_in_document(scan: _Scan, i: int) -> Optional[int]:
    """"In a CNN/ORC poll released Monday, 50 percent ...", "... fell to 10 percent in the latest poll": the poll is the source."""
    tokens = scan.tokens
    if not _opens_clause(tokens, i):
        return None  # "... at 5% in the poll": a poll the narrator reads, as often as one that speaks
    head = _document_after(tokens, i + 1)
    if head is None:
        return None
    end = head + 1
    comma = next((k for k in range(end, min(len(tokens), end + rules.IN_FRAME_REACH)) if _ends_with_comma(tokens[k])), None)
    if comma is not None and not any(t.text in ".;:!?" for t in tokens[end:comma]):
        end = comma  # "In a poll of 1,000 voters taken in May, ...": the whole opening phrase describes the source
    if end < len(tokens) and tokens[end].lower in rules.DOCUMENT_PARTICIPLES:
        # "released Monday", "conducted by Siena College", "taken last week"
        end += 1
        while end < len(tokens) and end - head < rules.ADJUNCT_MAX_WORDS and tokens[end].text not in ",.;:!?()" + _QUOTE_MARKS and not _ends_with_comma(tokens[end - 1]) and tokens[end].shape != "number":
            end += 1
    owned = _possessive_owner(tokens, i + 1, scan.registry)
    if owned is not None and owned[1] == head + 1:
        speaker: Optional[Speaker] = owned[0]  # "In its latest survey, ...": the organisation it means keeps the survey
    else:
        speaker = _classify(list(tokens[i + 1 : head + 1]), scan.registry)
    if speaker is None:
        return None
    scan.add(tokens[i].text, tokens[i].start, scan.registry.add(speaker), (), i, end - 1)
    return end


def _document_after(tokens: List[Token], k: int) -> Optional[int]:
    """The index of the document noun closing a short noun phrase from tokens[k] ("a national USA TODAY/Suffolk University Poll")."""
    start = k
    while k < len(tokens) and k - start <= rules.DOCUMENT_PHRASE_WORDS:
        token = tokens[k]
        if token.bare in rules.IN_DOCUMENT_NOUNS and k > start:
            return k
        if token.shape == "mark" and token.text not in rules.NAME_MARKS:
            return None
        if token.shape == "number" or token.lower in rules.NOT_COMPOUND or token.lower in rules.REPORTING_VERBS and not token.capitalised:
            return None
        if token.lower in rules.NOT_NAMES and not (k == start and token.lower in rules.DETERMINERS | rules.ARTICLES) and not _opens_document_name(tokens, k) \
                and not _dates_document(tokens, start, k):
            return None
        k += 1
    return None


def _dates_document(tokens: List[Token], start: int, k: int) -> bool:
    """Is tokens[k] a word that dates the document after an article ("the latest poll", "a new survey", "the most
    recent study", "an earlier survey")?"""
    if tokens[k].lower not in rules.FIGURES_MODIFIERS and tokens[k].lower not in rules.DOCUMENT_ORDER_MODIFIERS:
        return False
    before = tokens[k - 1].lower if k > start else ""
    return before in rules.ARTICLES or before in rules.POSSESSIVE_DETERMINERS or before in rules.FIGURES_MODIFIERS


def _opens_document_name(tokens: List[Token], k: int) -> bool:
    """A capitalised month or name opener inside a document's name: "a September Harbor Times poll", "a New Haven Register survey"."""
    token = tokens[k]
    if not token.capitalised or k + 1 >= len(tokens) or not tokens[k + 1].capitalised:
        return False
    return token.bare in rules.DOCUMENT_NAME_MONTHS or token.bare in rules.NAME_OPENERS


def _coordinated(tokens: List[Token], i: int, conjunctions: frozenset = frozenset({rules.AND})) -> bool:
    """Is tokens[i] a verb coordinated with an earlier one ("... blasted Congress and said", "..., but added")?"""
    k = i - 1
    while k >= 0 and (_is_adverb(tokens[k]) or tokens[k].lower in rules.TIME_PREPOSITIONS and k + 1 < i and tokens[k + 1].bare in rules.TIME_WORDS):
        k -= 1  # "... and later said", "... and on Monday announced"
    return k > 1 and tokens[k].lower in conjunctions


def _frame_document_participle(scan: _Scan, i: int) -> Optional[int]:
    """"a new poll showing Trump at 14 percent", "the survey finding that 45 percent ...", "estimates are showing that ..."."""
    k = i - 1
    if k >= 0 and scan.at(k) in rules.FINITE_PASSIVE_AUXILIARIES:
        k -= 1  # the progressive: "are showing"
    while k >= 0 and _is_adverb(scan.tokens[k]):
        k -= 1
    if k >= 0 and scan.tokens[k].bare not in rules.DOCUMENT_NOUNS and k < i - 1 and scan.at(k + 1) in rules.FINITE_PASSIVE_AUXILIARIES:
        # "Early results of an entrance poll of Nevada voters are showing that ...": a document with a tail
        return _frame_document_subject(scan, i)
    if k < 0 or scan.tokens[k].bare not in rules.DOCUMENT_NOUNS:
        return None
    words, before = _phrase_before(scan.tokens, k)
    speaker = _classify(words, scan.registry) if words else None
    if speaker is None:
        return None
    scan.add(scan.tokens[i].text, scan.tokens[i].start, scan.registry.add(speaker), (), before + 1, i)
    return i + 1


def _frame_document_subject(scan: _Scan, i: int) -> Optional[int]:
    """A document subject with a tail before its verb: "A CNN/ORC poll released Saturday found",
    "Exit polls from the primary, which X won, showed", "The poll by the Policy Institute showed".

    The document noun must open its clause, and what stands between it and the verb must be a tail
    that describes it (a participle, a preposition, a time, or an aside between commas)."""
    tokens = scan.tokens
    for k in range(i - 1, max(-1, i - 1 - rules.DOCUMENT_ASIDE_WORDS), -1):
        token = tokens[k]
        if token.text in ";:" or token.text in _QUOTE_MARKS or token.lower == rules.THAT:
            return None
        if token.bare not in rules.DOCUMENT_NOUNS or k == i - 1:
            continue
        tail = tokens[k + 1 : i]
        opener = tail[0]
        if token.capitalised and opener.capitalised:
            continue  # a word inside a name ("Marquette Law School", "Shaw & Company Research")
        if not (opener.lower in rules.DOCUMENT_PARTICIPLES or opener.lower in rules.HEAD_CONNECTORS or opener.lower == rules.AGENT_PREPOSITION
                or opener.bare in rules.TIME_WORDS or opener.text == "," or _dated_tail(tail)):
            continue  # not a tail of this noun; the subject may stand further back
        if opener.text != "," and len(tail) > rules.DOCUMENT_TAIL_WORDS:
            return None  # only an aside between commas is read this far
        if any(t.lower in rules.REPORTING_VERBS and t.lower not in rules.DOCUMENT_PARTICIPLES for t in tail):
            return None
        words, before = _phrase_before(tokens, k)
        start = before + 1
        if start > 0 and tokens[start - 1].lower in rules.ARTICLES | rules.DETERMINERS | rules.SUBJECT_DETERMINERS:
            start -= 1  # "A Metro Times poll": the article is capitalised at the start; "Other recent polls"
        if start == 1 and tokens[0].bare in rules.BARE_DOCUMENT_MODIFIERS:
            start = 0  # "Early results of an exit poll of ... show": a word that dates the document opens the sentence
        if not words or not (start == 0 or tokens[start - 1].text in ",;(" or tokens[start - 1].lower in rules.CLAUSE_OPENERS):
            return None
        speaker = _classify(words, scan.registry)
        if speaker is None:
            return None
        scan.add(tokens[i].text, tokens[i].start, scan.registry.add(speaker), (), start, i)
        return i + 1
    return None


def _dated_tail(tail: Sequence[Token]) -> bool:
    """Does a document's tail open with a time phrase ("A Harbor Times poll on Wednesday showed")?"""
    return len(tail) > 1 and tail[0].lower in rules.TIME_PREPOSITIONS and tail[1].bare in rules.TIME_WORDS


def _frame_relay(scan: _Scan, i: int) -> Optional[int]:
    """"X quoted Y (as saying)", "X reported Y as saying": Y speaks, via X."""
    low = scan.at(i)
    if low not in rules.RELAY_VERBS or low not in rules.REPORTING_VERBS or not _is_verb_use(scan.tokens, i):
        return None
    tokens, registry = scan.tokens, scan.registry
    outer, first = _speaker_before(tokens, i, registry)
    inner, nxt = _speaker_after(tokens, i + 1, registry, stop_words=(rules.AS,))
    as_saying = nxt + 1 < len(tokens) and tokens[nxt].lower == rules.AS and tokens[nxt + 1].lower in rules.PARTICIPLE_CUES
    if inner is None or not (low in rules.QUOTE_VERBS or as_saying):
        return None
    inner = registry.add(inner)
    via = (registry.add(outer),) if outer else ()
    end = nxt + 1 if as_saying else max(nxt - 1, i)
    scan.add("quoted as saying", tokens[i].start, inner, via, first if outer else i, end)
    return max(end + 1, i + 1)


def _plain_speaker_after(tokens: List[Token], k: int) -> Tuple[Optional[Speaker], int]:
    """"“...,” said the woman.", "..., says a retired teacher, who ...": after an inverted verb of saying, an article and
    plain nouns that end the clause are its speaker, an unnamed one, whatever the head."""
    if k >= len(tokens) or tokens[k].lower not in rules.ARTICLES:
        return None, k
    end = k + 1
    while end < len(tokens) and end - k <= rules.SUBJECT_MAX_WORDS and _plain_noun(tokens[end]):
        end += 1
    ends_clause = end == len(tokens) or tokens[end].text in ",.;!?" or _ends_with_comma(tokens[end - 1])
    if end == k + 1 or end - k > rules.SUBJECT_MAX_WORDS or not ends_clause:
        return None, k
    return _unnamed(_phrase_text(tokens[k + 1 : end])), end


def _plain_noun(token: Token) -> bool:
    """A lower-case word that may stand in a plain noun phrase ("old", "farmer")."""
    return token.shape == "word" and not token.capitalised and _nounlike(token)


def _frame_inverted(scan: _Scan, i: int) -> Optional[int]:
    """"..., said Jerry Silaa, the mayor": the speaker after the verb."""
    tokens, registry = scan.tokens, scan.registry
    speaker, nxt = _speaker_after(tokens, i + 1, registry)
    if speaker is None and scan.at(i) in rules.SPEECH_VERBS:
        speaker, nxt = _plain_speaker_after(tokens, i + 1)
    if speaker is None:
        return None
    if speaker.kind == "unnamed" and nxt + 2 < len(tokens) and tokens[nxt].text == "," and tokens[nxt + 1].capitalised and tokens[nxt + 2].capitalised:
        # "said the prefect, Jean Morel": the name after the role
        named, after_name = _speaker_after(tokens, nxt + 1, EntityRegistry())
        if named is not None and named.kind == "person":
            speaker, nxt = Speaker(named.name, speaker.role, "person"), after_name
    if speaker.kind == "person" and nxt + 2 < len(tokens) and tokens[nxt].text == "," and tokens[nxt + 1].lower in rules.ARTICLES:
        # "said Johan Berg, a spokesman for the regional police"
        role_end = nxt + 2
        while role_end < len(tokens) and tokens[role_end].text not in ",.;:!?" + _QUOTE_MARKS and role_end - nxt < 12:
            role_end += 1
        role_words = tokens[nxt + 2 : role_end]
        if any(w.bare in rules.TITLES for w in role_words[:3]):
            speaker = Speaker(speaker.name, _role_text(" ".join(w.text for w in role_words)), "person")
            nxt = role_end
    elif speaker.kind == "person" and nxt + 3 < len(tokens) and tokens[nxt].text == "," and tokens[nxt + 1].lower in rules.COUNTING_OPENERS \
            and tokens[nxt + 2].lower == rules.OF:
        # "writes Kevin Hale, one of several critics on the staff": the description of the speaker is no part of what he wrote
        role_end = nxt + 2
        while role_end < len(tokens) and tokens[role_end].text not in ",.;:!?" + _QUOTE_MARKS and role_end - nxt < 14:
            role_end += 1
        nxt = role_end
    scan.add(tokens[i].text, tokens[i].start, registry.add(speaker), (), i, max(nxt - 1, i))
    return nxt


def _frame_verb(scan: _Scan, i: int) -> Optional[int]:
    """A reporting verb with its speaker before it ("X said") or, inverted, after it ("said X")."""
    low = scan.at(i)
    if not ((low in rules.REPORTING_VERBS or low in rules.FIGURE_EDIT_VERBS or low in rules.COMMITMENT_VERBS) and _is_verb_use(scan.tokens, i)):
        return None
    if low in rules.COMMITMENT_VERBS and low not in rules.REPORTING_VERBS and any(
            (c.scope is None or c.scope[1] > scan.tokens[i].start) and _same_aside(scan.asides, c.position, scan.tokens[i].start) for c in (scan.scoped(c) for c in scan.cues)):
        return None
    tokens, registry = scan.tokens, scan.registry
    speaker, first = _speaker_before(tokens, i, registry)
    if speaker is not None and speaker.kind == "person" and 0 < first and tokens[first - 1].lower in rules.LOCATIVE_PREPOSITIONS:
        # "Doctors at a clinic in Gaza City said", "Organisers of the march in Velnor said": the name after "in"
        # is where the speakers are; the people named by the head before it speak
        found = _postmodified_subject(tokens, i)
        if found is not None and found[1] < first:
            speaker, first = found
    if speaker is not None and first >= 3 and tokens[first - 1].lower == rules.AGENT_PREPOSITION and tokens[first - 2].lower.endswith(rules.PAST_PARTICIPLE_ENDING) \
            and tokens[first - 2].lower not in rules.DOCUMENT_MAKING_VERBS and tokens[first - 3].bare in rules.DOCUMENT_NOUNS and (low in rules.FINDING_VERBS or low in rules.DOCUMENT_REPORT_VERBS):
        # "A memo obtained by the Vale Post said ...": the document speaks, not the agent that obtained it (but the maker
        # of "a survey conducted by the network" speaks for it)
        nxt = _frame_document_subject(scan, i)
        if nxt is not None:
            return nxt
    if speaker is None and (low in rules.FINDING_VERBS or low in rules.DOCUMENT_REPORT_VERBS):
        # "A CNN/ORC poll released Saturday found", "An audit issued in May reported 12 attempts"
        nxt = _frame_document_subject(scan, i)
        if nxt is not None:
            return nxt
    finding_that = low in rules.FINDING_VERBS and scan.at(i + 1) == rules.THAT
    if speaker is None and low in rules.SPEECH_VERBS and low not in rules.BASE_FORMS and _coordinated(tokens, i, rules.CONTRASTIVE_COORDINATORS):
        # "“...,” she said, but added that ...": the speaker of the cue before goes on
        earlier = next((c for c in reversed(scan.cues) if c.speaker is not None and c.position < tokens[i].start), None)
        if earlier is not None and earlier.speaker is not None:
            scan.add(tokens[i].text, tokens[i].start, earlier.speaker, earlier.via, i, i)
            return i + 1
    if speaker is None and (low in rules.SPEECH_VERBS or finding_that) and low not in rules.BASE_FORMS and _coordinated(tokens, i, rules.CONTRASTIVE_COORDINATORS | {rules.AND}):
        # "Gov. Rick Scott blasted Congress and said ...": the sentence's subject speaks again
        speaker = _sentence_subject(tokens, i, registry)
        if speaker is not None and speaker.kind in ("person", "organisation", "unnamed", "outlet"):
            scan.add(tokens[i].text, tokens[i].start, registry.add(speaker), (), i, i)
            return i + 1
        speaker = None
    if speaker is None and low in rules.SPEECH_VERBS:
        # "One pastor, Dan Hale of Grace Church in Troy, said", "Hale, who backs the bill, meanwhile, said"
        found = _subject_across_asides(tokens, i, registry)
        if found is not None:
            speaker, first = found
    if speaker is None:
        # "A person familiar with the talks says", "Rescue workers at the scene said"
        found = _postmodified_subject(tokens, i)
        if found is not None:
            speaker, first = found
    if speaker is None and (i == 0 or tokens[i - 1].text in "," + _QUOTE_MARKS) and low not in rules.TELL_VERBS and low not in rules.MANNER_PARTICIPLES:
        # "..., said the mayor"; but "..., told Fox News": Fox News is the one told, not the speaker
        nxt = _frame_inverted(scan, i)
        if nxt is not None:
            return nxt
    if speaker is not None:
        speaker = registry.add(speaker)
        via: Tuple[Speaker, ...] = ()
        if low in rules.TELL_VERBS and i + 1 < len(tokens):
            # "X told TASS": TASS relays X
            heard, _ = _speaker_after(tokens, i + 1, EntityRegistry())
            if heard is not None and heard.kind == "outlet":
                via = (registry.add(heard),)
        scan.add(tokens[i].text, tokens[i].start, speaker, via, first, i)
    return i + 1


def _aside_mark(token: Token) -> bool:
    """A comma or a dash that may open or close an aside."""
    return _ends_with_comma(token) or token.text in _DASHES


def _subject_across_asides(tokens: List[Token], verb_index: int, registry: EntityRegistry) -> Optional[Tuple[Speaker, int]]:
    """The subject of a verb of saying across asides between commas or dashes: "Dan Hale, the county's
    treasurer since 2009 and a critic of the plan, said", "One pastor, Dan Hale of Grace Church in Troy,
    said", "Hale, meanwhile, who backs the bill, said".

    The subject opens its clause (after at most an introductory adverbial), names someone (a capitalised
    name or a known head), and every stretch between it and the verb is an aside: none opens a clause of
    its own with a conjunction, none holds a verb of saying.  An appositive that is a name alone
    ("One pastor, Dan Hale, said") is the speaker's name."""
    j = _skip_to_subject(tokens, verb_index - 1)
    if j < 1 or not _aside_mark(tokens[j]):
        return None
    marks: List[int] = []
    k = j
    while k >= 0 and j - k <= rules.ASIDE_REACH:
        token = tokens[k]
        opening = _bracket_opening(tokens, k)
        if opening is not None:
            k = opening - 1  # a party tag or an acronym in brackets: "Rep. Ann Cole (D-Md.), chair of ..., said"
            continue
        if token.text in ".;:!?" or token.text in _QUOTE_MARKS:
            break
        if token.lower in rules.REPORTING_VERBS and not token.capitalised and k != j and not _manner_aside(tokens, k):
            return None
        if token.lower in rules.CLAUSE_OPENERS and k > 0 and _aside_mark(tokens[k - 1]) and token.lower not in rules.ASIDE_OPENERS:
            break  # "Prices fell, and the board, which ..., said": the subject opens the clause after the conjunction
        if _aside_mark(token):
            marks.append(k)
        k -= 1
    if k >= 0 and tokens[k].text not in ".;:!?" and tokens[k].text not in _QUOTE_MARKS and tokens[k].lower not in rules.CLAUSE_OPENERS:
        return None  # the subject would start beyond the reach
    start = k + 1
    marks.sort()
    if len(marks) >= 2 and _introduces(tokens, marks[0]) and start == 0:
        start, marks = marks[0] + 1, marks[1:]  # "In Iowa, Hale, who ..., said"
    if len(marks) < 2:
        return None  # no aside: "X, said ..." is read elsewhere
    subject = tokens[start : marks[0]]
    if not subject or len(subject) > rules.SUBJECT_MAX_WORDS + 2 or subject[0].lower in rules.CLAUSE_OPENERS:
        return None
    if not any(_is_head(t) or t.capitalised and t.bare not in rules.NOT_NAMES for t in subject):
        return None
    if any(t.shape == "number" for t in subject):
        return None
    appositive = list(tokens[marks[0] + 1 : marks[1]])
    name_end = next((n for n, t in enumerate(appositive) if t.lower in rules.PLACE_CONNECTORS or t.lower == rules.IN), len(appositive))
    name = appositive[:name_end]
    if 1 <= len(name) <= rules.BRACKET_MAX_WORDS and all(t.capitalised and t.bare not in rules.NOT_NAMES and t.bare not in rules.TITLES for t in name) and (
            name_end == len(appositive) or len(name) >= 2 and all(t.capitalised or t.lower in rules.NAMEISH_CONNECTORS or t.lower == rules.IN for t in appositive[name_end:])):
        # "One pastor, Dan Hale, said", "One pastor, Dan Hale of Grace Church in Troy, said"
        named = _classify(name, registry)
        if named is not None and named.kind == "person":
            if name_end < len(appositive):
                named = Speaker(named.name, _role_text(" ".join(t.text for t in appositive[name_end + 1 :])), "person")
            return named, start
    # the subject's own head, before a participle or relative clause that describes it ("One pastor supporting the bill")
    cut = next((n for n, t in enumerate(subject) if n and not t.capitalised and (t.lower in rules.RELATIVE_PRONOUNS or t.lower.endswith(rules.PARTICIPLE_SUFFIXES))), len(subject))
    words = [t for t in _unbracketed(subject[:cut]) if t.shape != "mark" or t.text in rules.NAME_MARKS]
    speaker = _classify(list(words), registry)
    if speaker is None or speaker.kind == "document":
        return None
    return speaker, start


def _manner_aside(tokens: List[Token], k: int) -> bool:
    """Does tokens[k] open an aside of the manner of saying ("The mayor, speaking at a briefing, said")?"""
    return k > 0 and tokens[k].lower in rules.MANNER_PARTICIPLES and _aside_mark(tokens[k - 1])


def _bracket_opening(tokens: List[Token], k: int) -> Optional[int]:
    """The index of the "(" that opens a short bracketed tag closing at tokens[k] ("(D-Md.)", "(IOM)"), or None."""
    if tokens[k].text != ")":
        return None
    return next((n for n in range(k - 1, max(-1, k - 2 - rules.BRACKET_MAX_WORDS), -1) if tokens[n].text == "("), None)


def _unbracketed(words: Sequence[Token]) -> List[Token]:
    """The words without what stands in brackets ("Sen. Ann Cole (R-Ohio)" -> "Sen. Ann Cole")."""
    out: List[Token] = []
    depth = 0
    for word in words:
        if word.text == "(":
            depth += 1
        elif word.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(word)
    return out


def _frame_phrasal(scan: _Scan, i: int) -> Optional[int]:
    """"The candidate pointed out that ...", "she pointed to the 9 times ...": a cue with its particle."""
    if scan.at(i + 1) not in rules.PHRASAL_CUES.get(scan.at(i), ()) or not _is_verb_use(scan.tokens, i):
        return None
    tokens = scan.tokens
    speaker, first = _speaker_before(tokens, i, scan.registry)
    if speaker is None:
        return None
    scan.add(f"{tokens[i].text} {tokens[i + 1].text}", tokens[i].start, scan.registry.add(speaker), (), first, i + 1)
    return i + 2


def _frame_eager(scan: _Scan, i: int) -> Optional[int]:
    """"The mayor was quick to point out that ...", "Officials were careful to note that ...", "She has been eager
    to say ...": a verb of saying after "be" and an adjective of readiness with "to" is the subject's report."""
    tokens, low = scan.tokens, scan.at(i)
    if i < 3 or scan.at(i - 1) != rules.TO or scan.at(i - 2) not in rules.READY_ADJECTIVES or scan.at(i - 3) not in rules.PASSIVE_AUXILIARIES:
        return None
    last = i
    if low in rules.PHRASAL_CUES:
        if scan.at(i + 1) not in rules.PHRASAL_CUES[low]:
            return None
        last = i + 1  # "quick to point out"
    if not _content_follows(tokens, last + 1) and not _clause_follows(tokens, last + 1):
        return None  # "was quick to say goodbye": no report
    auxiliary = i - 3
    if scan.at(auxiliary) == "been" and auxiliary >= 1 and scan.at(auxiliary - 1) in rules.PERFECT_AUXILIARIES:
        auxiliary -= 1  # "has been careful to say"
    speaker, first = _speaker_before(tokens, auxiliary, scan.registry)
    if speaker is None:
        return None
    verb = " ".join(t.text for t in tokens[i : last + 1])
    scan.add(verb, tokens[i].start, scan.registry.add(speaker), (), first, last)
    return last + 1


def _frame_colon_speaker(scan: _Scan, i: int) -> Optional[int]:
    """"Ann Hale: “...”", "Rising costs - Ann Hale and Tom Roe: “...”", "More from Hale: “...”": a name, a colon,
    then a quotation: the named speak what follows the colon.

    The name opens its sentence, or follows a dash or "from"; it is written as a name (capitalised words,
    initials, "and" between names), not a label ("Update:"); a single word must name someone already met."""
    tokens = scan.tokens
    after = scan.masked[tokens[i].end : tokens[i].end + 4].lstrip()
    if not after or after[0] not in _QUOTE_MARKS:
        return _post_author(scan, i)
    k = i - 1
    while k >= 0 and i - k <= rules.COLON_NAME_MAX_WORDS and (tokens[k].capitalised or tokens[k].lower in rules.COLON_NAME_JOINERS
                                                              or tokens[k].text == "." and k > 0 and len(tokens[k - 1].text) == 1):
        k -= 1
    if not (k < 0 or tokens[k].text in _DASHES or tokens[k].lower in rules.COLON_NAME_OPENERS):
        return None
    words = tokens[k + 1 : i]
    verb = tokens[i]
    if len(words) > 1 and words[0].lower in rules.REPORTING_VERBS:
        verb, words = words[0], words[1:]  # "Continued Hale: “...”": the verb before the name
    words = _initials_joined(words)
    names = [t for t in words if t.capitalised]
    if not names or words[0].lower in rules.COLON_NAME_JOINERS or words[-1].lower in rules.COLON_NAME_JOINERS:
        return None
    if any(t.bare in rules.NOT_NAMES or t.bare in rules.COLON_LABEL_WORDS or t.bare in rules.DOCUMENT_NOUNS and (len(names) == 1 or t is names[0]) for t in names):
        return None  # a label ("Update:", "Poll:"), but a name may end in a document noun ("Pew Research:")
    if len(names) == 1 and not _met_before(scan.registry, names[0]):
        return None
    speaker = _classify(list(words), scan.registry)
    if speaker is None or speaker.kind not in ("person", "organisation", "outlet", "document"):
        return None
    speaker = scan.registry.add(speaker)
    scan.cues.append(Cue(verb.text, verb.start, speaker, (), (tokens[k + 1].start, tokens[i].end), (tokens[i].end, scan.span[1])))
    return i + 1


def _post_author(scan: _Scan, i: int) -> Optional[int]:
    """"Governor Pavel Kern: 3 people were injured ...": a post or live-blog entry that opens with its author's title
    and full name and a colon, then a clause of its own (a finite verb): the author speaks the rest of the sentence.
    A bare name ("Pavel Kern: the making of a governor") stays a label."""
    tokens = scan.tokens
    if i < 3 or i > rules.POST_AUTHOR_MAX_WORDS or not tokens[0].capitalised or tokens[0].bare not in rules.TITLES:
        return None
    j = 1
    while j < i and tokens[j].capitalised and tokens[j].bare in rules.TITLES:
        j += 1
    names = tokens[j:i]
    if len(names) < 2 or not all(t.shape == "word" and t.capitalised and t.bare not in rules.NOT_NAMES and t.bare not in rules.TITLES
                                 and t.bare not in rules.ORGANISATION_HEADS for t in names):
        return None
    rest = tokens[i + 1 :]
    if not any(t.lower in rules.POST_FINITE_VERBS or t.shape == "word" and not t.capitalised and t.lower.endswith(rules.PAST_PARTICIPLE_ENDING) for t in rest):
        return None
    speaker = _classify(list(tokens[:i]), scan.registry)
    if speaker is None or speaker.kind != "person":
        return None
    speaker = scan.registry.add(speaker)
    scan.cues.append(Cue(tokens[i].text, tokens[i].start, speaker, (), (tokens[0].start, tokens[i].end), (tokens[i].end, scan.span[1])))
    return i + 1


def _initials_joined(words: Sequence[Token]) -> List[Token]:
    """"Ann M . Hale" -> "Ann M. Hale": an initial and its full stop as one word."""
    out: List[Token] = []
    for word in words:
        if word.text == "." and out and len(out[-1].text) == 1 and out[-1].end == word.start:
            out[-1] = make_token(out[-1].text + ".", out[-1].start, word.end)
        else:
            out.append(word)
    return out


def _frame_colon_subject(scan: _Scan, i: int) -> Optional[int]:
    """"The mayor had a warning for residents: “...”", "Transcript as follows:": a clause with no cue of its own
    that a colon closes before a quotation (or at the end of its sentence, before a block) is its subject's voice."""
    tokens = scan.tokens
    after = scan.masked[tokens[i].end : tokens[i].end + 4].lstrip()
    if after and after[0] not in _QUOTE_MARKS or not after and i + 1 < len(tokens):
        return None
    if any(c.position < tokens[i].start for c in scan.cues):
        return None  # "X said:": the cue before the colon speaks
    if any(t.text in _DASHES for t in tokens[:i]):
        return None  # "Costs - Pew Research: “...”": a label, read by :func:`_frame_colon_speaker` or not at all
    speaker, end = _colon_subject(tokens, i, scan.registry, scan.masked)
    if speaker is None or speaker.kind not in rules.COLON_SUBJECT_KINDS:
        return None
    scan.cues.append(Cue(":", tokens[i].start, scan.registry.add(speaker), (), (tokens[0].start, tokens[i].end), (tokens[i].end, scan.span[1])))
    return i + 1


def _colon_subject(tokens: List[Token], colon: int, registry: EntityRegistry, masked: str = "") -> Tuple[Optional[Speaker], int]:
    """The subject of the clause a colon closes: at the start of the sentence or after a fronted phrase and its
    comma ("Likewise, a paper from the institute had this to say:"); a predicate must stand between it and the
    colon, and a lone capitalised word must be a name met before ("Clinton"), not a capitalised opener ("Asked")."""
    turn = max((k + 1 for k in range(1, colon) if tokens[k].lower in rules.CLAUSE_OPENERS and tokens[k - 1].text in ",;"), default=None)
    starts = [turn] if turn is not None else [0] + [k + 1 for k in range(min(colon, rules.INTRO_MAX_WORDS + 2)) if tokens[k].text == ","][:1]
    for start in starts:
        sourced = start + 1 < colon and tokens[start].lower in rules.COLON_NAME_OPENERS
        if sourced:
            start += 1  # "From the report: “...”": a source, which needs no predicate
        speaker, end = _colon_pronoun(tokens, start, colon, registry) or _speaker_after(tokens, start, registry)
        if speaker is None or end > colon or end == colon and not sourced:
            continue
        phrase = tokens[start:end]
        if phrase[0].bare in rules.COLON_POINTERS:
            continue  # "See the results below:", "Read more:"
        if len(phrase) == 1 and phrase[0].capitalised and not _is_head(phrase[0]) and phrase[0].bare not in rules.DOCUMENT_NOUNS and not _met_before(registry, phrase[0]) \
                and phrase[0].bare not in rules.CONTINUING_PRONOUNS:
            full = _written_in_full(masked, phrase[0].start, phrase[0].text) if masked and _surname_like(phrase[0]) else None
            if full is None:
                continue
            speaker = registry.add(Speaker(full, None, "person"))  # "Lind has since apologized ...:", after "Ann Lind"
        return speaker, end
    return None, colon


def _colon_pronoun(tokens: List[Token], start: int, colon: int, registry: EntityRegistry) -> Optional[Tuple[Optional[Speaker], int]]:
    """"He", "she" or "they" as the subject of a clause a colon closes ("She then listed the damage:"), not "it"
    ("It was simple:"): the speaker it stands for and the index after it; None when tokens[start] is no such pronoun."""
    if start + 1 >= colon or tokens[start].bare not in rules.CONTINUING_PRONOUNS:
        return None
    return registry.pronoun(tokens[start].bare, tokens[start].start), start + 1


def _met_before(registry: EntityRegistry, token: Token) -> bool:
    """Is a one-word name ("Hale") part of the name of a person or organisation the text has named?"""
    key = registry.key(token.text)
    return bool(key) and any(known.kind in ("person", "organisation", "outlet") and known.name and key <= registry.key(known.name)
                             for known in (registry.speakers[n] for n in registry._recent()))


def _frame_reads(scan: _Scan, i: int) -> Optional[int]:
    """A text whose words are quoted right after "read(s)" ("The letter reads: “...”", "a banner that read “300 jobs
    lost”", "The notice from the union read, “...”"): the text, or who is named as writing it, is the quotation's
    source.  A pronoun subject ("it reads") is left alone: what it means is seldom the speaker last named."""
    tokens = scan.tokens
    k = i + 1
    if k < len(tokens) and tokens[k].text in ",:":
        k += 1
    if k >= len(tokens) or tokens[k].text not in _QUOTE_MARKS or tokens[i].capitalised:
        return None
    if i > 0 and (tokens[i - 1].lower in rules.PASSIVE_AUXILIARIES or tokens[i - 1].lower in rules.SPEAKER_PRONOUNS or tokens[i - 1].lower == rules.TO):
        return None  # "the names were read: ...", "she read “...”" (aloud, or to herself), "asked to read"
    close = next((n for n in range(k + 1, len(tokens)) if tokens[n].text in _QUOTE_MARKS), None)
    if close is None:
        return None
    found = _text_bearer(tokens, i)
    speaker, first = found if found is not None else _speaker_before(tokens, i, scan.registry)
    kinds = rules.READING_SPEAKER_KINDS if tokens[i + 1].text == ":" else rules.TEXT_SPEAKER_KINDS
    if speaker is None or speaker.kind not in kinds:
        return None  # "Hale read “The 39 Steps” to the class": a title he read, not his words; "Hale read: “...”" is his
    # the text speaks only the quotation ("Hale reads “The Times” daily and owns 40 cows": the cows are the narrator's)
    scan.cues.append(Cue(tokens[i].text, tokens[i].start, scan.registry.add(speaker), (), (tokens[first].start, tokens[i].end),
                         (tokens[k].start, tokens[close].end)))
    return i + 1


def _text_bearer(tokens: List[Token], i: int) -> Optional[Tuple[Speaker, int]]:
    """The thing that bears the text before "read(s)" at tokens[i] ("the sign read", "a banner that read", "the
    headline reads"), as a speaker of kind document, and the index of its first word."""
    j = i - 1
    if j >= 0 and (tokens[j].lower in rules.RELATIVE_SUBJECT_PRONOUNS or tokens[j].lower in rules.RELATIVE_OBJECT_PRONOUNS):
        j -= 1  # "a sign that read", "the placard, which read"
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    if j < 0 or tokens[j].bare not in rules.TEXT_BEARING_NOUNS:
        return None
    start = j
    while start > 0 and j - start < rules.TEXT_BEARER_WORDS and tokens[start - 1].shape == "word" and not tokens[start - 1].capitalised \
            and tokens[start - 1].lower not in rules.ARTICLES and tokens[start - 1].lower not in rules.NOT_NAMES and tokens[start - 1].lower not in rules.HEAD_CONNECTORS:
        start -= 1  # "the snarky campaign headline", "a hand-painted sign"
    first = start - 1 if start > 0 and (tokens[start - 1].lower in rules.ARTICLES or tokens[start - 1].lower in rules.POSSESSIVE_DETERMINERS) else start
    return Speaker(_phrase_text(tokens[start : j + 1]), None, "document"), first


#: The frames as data: (the words that can open one, the reader), tried in this order at each token;
#: the first reader that answers takes the token (and returns the index to go on from).
_FRAMES = (
    (frozenset(first for first, _ in rules.SOURCE_FOLLOWS), _frame_source_follows),
    (rules.CITING, _frame_comma_citing),
    (rules.CITING, _frame_citing),
    (frozenset(rules.CITED_BY[:1]), _frame_cited_by),
    (rules.PARTICIPLE_CUES, _frame_participle),
    (rules.PROGRESSIVE_CUES, _frame_progressive),
    (frozenset(w for w in rules.REPORTING_VERBS if w.endswith("ed")), _frame_agent),
    (rules.REPORTED_SPEECH_PASSIVES, _frame_passive_speech),
    (rules.HEARSAY_NOUNS | rules.POSSESSED_CLAIMS, _frame_hearsay),
    (rules.OWNED_FIGURE_NOUNS, _frame_owned_figure),
    (frozenset({rules.IN}), _frame_in_document),
    (rules.FINDING_VERBS, _frame_relative_document),
    (rules.SHOW_VERBS | rules.FIGURE_EDIT_VERBS | rules.FIGURE_FRAME_VERBS | rules.CUES_BEFORE_THAT | rules.ACT_OR_REPORT_VERBS, _frame_not_a_cue),
    (rules.RELAY_VERBS & rules.REPORTING_VERBS, _frame_relay),
    (rules.REPORTING_VERBS | rules.FIGURE_EDIT_VERBS | rules.COMMITMENT_VERBS, _frame_verb),
    (frozenset(rules.PHRASAL_CUES), _frame_phrasal),
    (rules.DOCUMENT_PARTICIPLE_CUES, _frame_document_participle),
    (rules.REPORTING_VERBS | frozenset(rules.PHRASAL_CUES), _frame_eager),
    (rules.READING_VERBS, _frame_reads),
    (frozenset({":"}), _frame_colon_speaker),
    (frozenset({":"}), _frame_colon_subject),
)


def _index_frames(frames) -> Dict[str, Tuple]:
    """Each opening word -> the readers it may open, in order (most tokens open none)."""
    index: Dict[str, List] = {}
    for words, reader in frames:
        for word in words:
            index.setdefault(word, []).append(reader)
    return {word: tuple(readers) for word, readers in index.items()}


_FRAME_INDEX = _index_frames(_FRAMES)


def find_cues(text: str, sentence: Sentence, masked: str, registry: EntityRegistry, tokens: List[Token],
              asides: Optional[Sequence[Span]] = None) -> List[Cue]:
    """Cues in one sentence (its ``tokens``), in text order, with their speakers resolved; ``asides``: the
    sentence's asides (:func:`_sentence_asides`), when the caller already has them."""
    asides = _sentence_asides(masked, sentence.span) if asides is None else asides
    scan = _Scan(tokens, [t.lower for t in tokens], registry, [], sentence.span, masked, asides)
    lowers = scan.lowers
    i = 0
    while i < len(tokens):
        for reader in _FRAME_INDEX.get(lowers[i], ()):
            nxt = reader(scan, i)
            if nxt is not None:
                i = nxt
                break
        else:
            i += 1
    cues = scan.cues
    if not cues:
        headline = _headline_source(tokens, registry) or _headline_label(tokens, sentence.span)
        if headline is None:
            return cues
        cues.append(headline)
    cues = _with_scopes(cues, tokens, sentence.span, masked)
    if asides:
        cues = [_within_aside(c, asides) for c in cues]
    return _counted(_respondents(_owned_documents(_recorded_under_report(_unmade_reports(cues, tokens)), tokens), tokens), tokens)


def _unmade_reports(cues: List[Cue], tokens: List[Token]) -> List[Cue]:
    """Drop a cue of a report not yet made ("the mayor will announce", "would announce", "could say") that stands inside
    what an earlier leading cue reports ("Lind said the mayor will announce 3 new parks"): the figure is the outer
    speaker's, since no one has reported it yet."""
    if len(cues) < 2:
        return cues
    starts = [t.start for t in tokens]
    out = []
    for cue in cues:
        verb = bisect.bisect_left(starts, cue.position)
        k = verb - 1
        while k >= 0 and _is_adverb(tokens[k]) and tokens[k].lower not in rules.UNMADE_MODALS:
            k -= 1
        unmade = k >= 0 and tokens[k].lower in rules.UNMADE_MODALS and cue.span[0] < cue.position
        if unmade and any(other is not cue and other.speaker is not None and other.scope is not None and other.position < cue.span[0]
                          and other.scope[0] >= other.span[1] and other.scope[0] <= cue.span[0] and cue.span[1] <= other.scope[1] for other in cues):
            continue
        out.append(cue)
    return out


def _recorded_under_report(cues: List[Cue]) -> List[Cue]:
    """Drop a cue of recording a figure ("had logged 2,766 hours", "police recorded 40 burglaries") that stands
    inside what a verb of saying of the same sentence reports ("..., the airline said"): the one who says it is the
    source of the sentence's figures, and the recording is part of what was said."""
    speaking = [c for c in cues if c.scope is not None and (c.verb.lower() in rules.SPEECH_VERBS or tuple(c.verb.lower().split()) in rules.SOURCE_FOLLOWS)]
    if not speaking:
        return cues
    return [c for c in cues if not (c.verb.lower() in rules.CUES_WITH_FIGURE
                                    and any(s is not c and s.scope is not None and s.scope[0] <= c.span[0] and c.span[1] <= s.scope[1] for s in speaking))]


def _counted(cues: List[Cue], tokens: List[Token]) -> List[Cue]:
    """Widen a speaker phrase over the count before it ("49 percent of Republicans say", "one campaign
    source said", "nine out of 10 say"): a figure counting the speakers is part of how they are described."""
    starts = [t.start for t in tokens]
    out = []
    for cue in cues:
        first = bisect.bisect_left(starts, cue.span[0])
        if first < len(tokens) and tokens[first].start == cue.span[0] and cue.span[0] < cue.position and cue.speaker is not None and cue.speaker.kind in rules.COUNTED_SPEAKER_KINDS:
            k = first
            if k >= 2 and tokens[k - 1].lower == rules.OF and tokens[k - 2].lower == rules.OUT:
                k -= 1  # "nine out of 10 say"
            if k >= 1 and tokens[k - 1].lower == rules.OF:
                k -= 1
            count = next((n for n in range(k - 1, max(-1, k - 4), -1) if tokens[n].shape == "number" or tokens[n].bare in rules.COUNT_WORDS), None)
            if count is not None and (k < first or count == first - 1) and not any(_ends_with_comma(t) or t.shape == "mark" for t in tokens[count:first]):
                while count > 0 and (tokens[count - 1].shape == "number" or tokens[count - 1].bare in rules.COUNT_WORDS or tokens[count - 1].lower in rules.APPROXIMATORS):
                    count -= 1
                cue = replace(cue, span=(tokens[count].start, cue.span[1]), counted=True)
                cue = replace(cue, holes=cue.holes + _other_count_holes(cue, tokens, starts))
        out.append(cue)
    return out


def _other_count_holes(cue: Cue, tokens: List[Token], starts: List[int]) -> Tuple[Span, ...]:
    """After a counted speaker, a comparison with another share of respondents ("26 percent of Democrats say
    ..., compared with 11 percent of Republicans"; "72 percent said yes while 48 percent agreed") counts other
    people: a hole from the comparison to the end of what the cue reports."""
    if cue.scope is None or cue.scope[0] < cue.span[1]:
        return ()
    first = bisect.bisect_left(starts, cue.scope[0])
    last = bisect.bisect_left(starts, cue.scope[1])
    for j in range(first, last - 2):
        if tokens[j].lower not in rules.COUNT_COMPARISONS:
            continue
        k = j + 1
        while k < last and tokens[k].lower in rules.COUNT_COMPARISON_FILLERS:
            k += 1
        if k + 1 < last and tokens[k].shape == "number" and tokens[k + 1].lower in rules.SHARE_WORDS:
            return ((tokens[j].start, cue.scope[1]),)
    return ()


def _within_aside(cue: Cue, asides: Sequence[Span]) -> Cue:
    """A cue inside a dash aside ("most voters - 63 percent, according to the survey - agree") governs only the aside."""
    for a, b in asides:
        if a <= cue.position < b:
            if a >= cue.span[0] - 3 and b <= cue.span[1] + 3:
                return cue  # "Sales fell 4 percent \u2014 the company said \u2014 after the recall": the aside is the cue alone
            scope = cue.scope or (a, b)
            return replace(cue, scope=(max(scope[0], a), min(scope[1], b)))
    return cue


def _owned_documents(cues: List[Cue], tokens: List[Token]) -> List[Cue]:
    """"Opposition parties say their own survey shows 70 percent": a document the speaker of an earlier cue
    owns ("their", "its") is that speaker's."""
    if len(cues) < 2:
        return cues
    starts = [t.start for t in tokens]
    out = list(cues)
    for index, cue in enumerate(cues):
        if cue.speaker is None or cue.speaker.kind != "document":
            continue
        first = bisect.bisect_left(starts, cue.span[0])
        if not (tokens[first].lower in rules.POSSESSIVE_DETERMINERS or first > 0 and tokens[first - 1].lower in rules.POSSESSIVE_DETERMINERS):
            continue
        owner = next((c for c in reversed(cues[:index]) if c.speaker is not None and c.scope is not None and c.scope[0] <= cue.span[0] < c.scope[1]), None)
        if owner is not None:
            out[index] = replace(cue, speaker=owner.speaker, via=owner.via)
    return out


def _respondents(cues: List[Cue], tokens: List[Token]) -> List[Cue]:
    """"In a Lakeside poll, 79 percent of voters said ...": people counted by a poll answer it; the poll, not
    they, is the source of the figures around them."""
    documents = [c for c in cues if c.speaker is not None and c.speaker.kind == "document"]
    if not documents or len(cues) < 2:
        return cues
    starts = [t.start for t in tokens]
    kept = []
    for cue in cues:
        first = bisect.bisect_left(starts, cue.span[0])
        counted = _follows_count(tokens, first)
        if counted and any(d is not cue and d.scope is not None and d.scope[0] <= cue.position < d.scope[1] for d in documents):
            continue
        kept.append(cue)
    return kept


def _follows_count(tokens: List[Token], first: int) -> bool:
    """Does the speaker phrase from tokens[first] follow a count ("79 percent of voters said"), also as the
    last of a coordination ("28% of Democrats and Democratic-leaning voters said")?"""
    of = first - 1
    if of >= 2 and tokens[of].lower == rules.AND:
        of = next((k for k in range(of - 1, max(0, of - 1 - rules.RESPONDENT_COORDINATION_WORDS), -1) if tokens[k].lower == rules.OF), -1)
    return of >= 1 and tokens[of].lower == rules.OF and any(t.shape == "number" or t.bare in rules.COUNT_WORDS for t in tokens[max(0, of - 3) : of])


# ------------------------------------------------------------------ what a cue covers
_DASHES = frozenset("-\u2013\u2014")


def _with_scopes(cues: List[Cue], tokens: List[Token], span: Span, masked: str) -> List[Cue]:
    """Give each cue the stretch of the sentence its content may cover (:attr:`Cue.scope`)."""
    if not cues:
        return cues
    starts = [t.start for t in tokens]
    # a cue's content lies within a window of tokens around it: real sentences fit in it, and a hostile
    # run-on sentence with hundreds of cues costs linear time, not quadratic
    windows = [_scope_window(cue, tokens, starts, span) for cue in cues]
    scoped = [cue if cue.scope is not None else replace(cue, scope=_scope(cue, window, window_starts, window_span, masked))
              for cue, (window, window_starts, window_span) in zip(cues, windows)]
    scoped = _coordinated_complements(scoped, tokens, starts)
    return [replace(cue, holes=_narrator_asides(cue, window, window_starts) + _dash_holes(cue, window, window_starts, masked)
                    + _addressee_holes(cue, window, window_starts) + _margin_holes(cue, window, window_starts)
                    + _adjunct_holes(cue, window, window_starts) + _trailing_comparison_holes(cue, window, window_starts)
                    + _name_appositive_holes(cue, window, window_starts) + _work_object_holes(cue, window, window_starts)
                    + _expectation_holes(cue, window, window_starts),
                    sourced_asides=_narrator_asides(cue, window, window_starts, sourced=True),
                    subordinate=_after_subordinator(cue, tokens, starts))
            for cue, (window, window_starts, _) in zip(scoped, windows)]


def _after_subordinator(cue: Cue, tokens: List[Token], starts: List[int]) -> bool:
    """Does the cue's speaker phrase follow a subordinating conjunction ("while Trump boasts", "even as X claimed")?"""
    if cue.span[0] >= cue.position:
        return False  # "As reported by Western Journalism, ...": a source frame, not a clause with its own subject
    first = bisect.bisect_left(starts, cue.span[0])
    return 0 < first <= len(tokens) and tokens[first - 1].lower in rules.SUBORDINATORS


def _work_object_holes(cue: Cue, tokens: List[Token], starts: List[int]) -> Tuple[Span, ...]:
    """The work a verb of writing or posting makes ("The author has published 12 novels", "She posted two photos",
    "The senator wrote three letters to the agency"): a figure in that object counts the works; no report of it.
    The hole runs from the object to what the work says ("..., saying", "that", a colon), or to the scope's end."""
    if cue.scope is None or cue.scope[0] < cue.span[1] or cue.verb.lower() not in rules.CREATION_VERBS:
        return ()
    v = bisect.bisect_left(starts, cue.position)
    if v >= len(tokens) or tokens[v].start != cue.position:
        return ()
    last = bisect.bisect_left(starts, cue.scope[1])
    k = v + 1
    while k < last and k - v <= rules.WORK_OBJECT_REACH and tokens[k].bare not in rules.WORK_NOUNS:
        token = tokens[k]
        if token.shape == "mark" or token.capitalised or token.lower == rules.THAT or token.lower in rules.CLAUSE_AUXILIARIES or token.lower in rules.SPEAKER_PRONOUNS:
            return ()  # "wrote that ...", "posted: ...", "tweeted Trump had won": a report follows
        k += 1
    if k >= last or tokens[k].bare not in rules.WORK_NOUNS or k + 1 < last and tokens[k + 1].lower in rules.CLAUSE_AUXILIARIES:
        return ()  # "wrote 40 letters were lost": a clause
    end = next((n for n in range(k + 1, last) if tokens[n].lower == rules.THAT or tokens[n].lower in rules.PARTICIPLE_CUES
                or tokens[n].lower in rules.DOCUMENT_PARTICIPLE_CUES or tokens[n].lower in rules.WORK_CONTENT_PARTICIPLES
                or tokens[n].text in ":" + _QUOTE_MARKS), last)
    close = tokens[end].start if end < last else cue.scope[1]
    if tokens[k].bare in rules.PICTURE_NOUNS and k + 1 < end and tokens[k + 1].lower == rules.OF:
        # "tweeted an image of the rival alongside $100 bills": what the picture shows is reported, up to the next comma
        comma = next((n for n in range(k + 2, end) if _ends_with_comma(tokens[n]) or tokens[n].text in rules.ASIDE_CLOSERS), None)
        holes = [(tokens[v + 1].start, tokens[k + 1].start)]
        if comma is not None:
            holes.append((tokens[comma].start, close))
        return tuple(holes)
    return ((tokens[v + 1].start, close),)


def _scope_window(cue: Cue, tokens: List[Token], starts: List[int], span: Span) -> Tuple[List[Token], List[int], Span]:
    """The tokens within :data:`SCOPE_WINDOW_TOKENS` of the cue (the whole sentence when it is shorter), their
    starts, and the stretch of text they cover."""
    if len(tokens) <= 2 * rules.SCOPE_WINDOW_TOKENS:
        return tokens, starts, span
    first = bisect.bisect_left(starts, cue.span[0])
    last = bisect.bisect_left(starts, max(cue.span[1], cue.position))
    lo, hi = max(0, first - rules.SCOPE_WINDOW_TOKENS), min(len(tokens), last + rules.SCOPE_WINDOW_TOKENS)
    window = tokens[lo:hi]
    return window, starts[lo:hi], (span[0] if lo == 0 else window[0].start, span[1] if hi == len(tokens) else window[-1].end)


def _adjunct_holes(cue: Cue, tokens: List[Token], starts: List[int]) -> Tuple[Span, ...]:
    """The adjunct between a leading cue word and "that" ("wrote in the listing of the 9mm handgun that ...",
    "said at a rally of 3,000 people that ..."): where it was said, a hole in what it reports."""
    if cue.scope is None or cue.scope[0] < cue.span[1] or cue.span[0] >= cue.position:
        return ()
    v = bisect.bisect_left(starts, cue.position)
    if v + 2 >= len(tokens) or tokens[v + 1].lower not in rules.SAYING_ADJUNCT_PREPOSITIONS \
            or (tokens[v + 1].lower, tokens[v + 2].lower) in rules.ADVERB_PHRASES:
        return ()  # not "reported at least 20 victims at a center that ..."
    for k in range(v + 2, min(len(tokens), v + 2 + rules.ADJUNCT_MAX_WORDS)):
        if tokens[k].lower == rules.THAT:
            return ((tokens[v + 1].start, tokens[k].start),) if k > v + 2 else ()
        if tokens[k].shape == "mark" and tokens[k].text not in "-%$" or _ends_with_comma(tokens[k]) or tokens[k].lower in rules.REPORTING_VERBS:
            return ()
    return ()


def _is_margin(words: Sequence[Token]) -> bool:
    """Are the tokens a split of two figures ("55%-41%", "62 percent to 30 percent", "a 2-to-1 margin")?"""
    numbers = sum(1 for t in words if t.shape == "number")
    if not numbers or not all(t.shape == "number" or t.lower in rules.MARGIN_WORDS or t.lower.startswith(("to-", "-")) for t in words):
        return False
    return numbers >= 2 or any(t.lower.startswith("to-") for t in words)  # "a 2-to-1 margin"


def _margin_holes(cue: Cue, tokens: List[Token], starts: List[int]) -> Tuple[Span, ...]:
    """The split of the speakers in what a leading cue reports: right after the verb ("Voters say by 55%-41%
    that ..."), or closing the sentence after a comma ("Renters say rents are too high, 62%-30%.").  A
    figure there counts who said it, as "72 percent of voters say" does; after a document or a verb of finding
    ("a poll found ..., 52 percent to 37 percent") it is what was found."""
    if cue.scope is None or cue.scope[0] < cue.span[1] or cue.span[0] >= cue.position:
        return ()
    if cue.speaker is None or cue.speaker.kind == "document" or cue.verb.lower() in rules.FINDING_VERBS:
        return ()
    v = bisect.bisect_left(starts, cue.position)
    last = bisect.bisect_left(starts, cue.scope[1])
    holes: List[Span] = []
    if v + 2 < last and tokens[v + 1].lower == rules.MARGIN_OPENER:
        reach = range(v + 2, min(last, v + 2 + rules.MARGIN_REACH))
        end = next((k for k in reach if tokens[k].lower == rules.THAT or _ends_with_comma(tokens[k]) and tokens[k].shape != "number"), None)
        if end is not None and _is_margin(tokens[v + 2 : end]):
            holes.append((tokens[v + 1].start, tokens[end].start))
    close = last - 1 if last - 1 > v and tokens[last - 1].text in ".!" else last
    comma = next((k for k in range(close - 1, max(v, close - rules.MARGIN_REACH - 1), -1) if _ends_with_comma(tokens[k])), None)
    if comma is not None and comma + 1 < close and _is_margin(tokens[comma + 1 : close]):
        holes.append((tokens[comma].start, cue.scope[1]))
    return tuple(holes)


def _coordinated_complements(cues: List[Cue], tokens: List[Token], starts: List[int]) -> List[Cue]:
    """"X said the figures showed A and that B": "and that" coordinates a second complement of the outer verb
    of saying, so the inner cue's content ends before it and B is the outer speaker's."""
    out = list(cues)
    for index, inner in enumerate(cues):
        if inner.scope is None or not any(
                outer.scope is not None and outer.position < inner.position and outer.scope[0] <= inner.position < outer.scope[1]
                and outer.verb.lower() in rules.SPEECH_VERBS for outer in cues[max(0, index - rules.OUTER_CUE_REACH) : index]):
            continue
        k = bisect.bisect_left(starts, inner.span[1])
        while k + 1 < len(tokens) and tokens[k].start < inner.scope[1]:
            if tokens[k].lower == rules.AND and tokens[k + 1].lower == rules.THAT and tokens[k].start > inner.scope[0]:
                out[index] = replace(inner, scope=(inner.scope[0], tokens[k].start))
                break
            k += 1
    return out


def _addressee_start(tokens: List[Token], v: int) -> Optional[int]:
    """The first token of the addressee after the verb at tokens[v] ("told a crowd", "said to a crowd"), or None."""
    low = tokens[v].lower
    if low in rules.TELL_VERBS:
        return v + 1
    if low not in rules.ADDRESS_VERBS or v + 2 >= len(tokens) or tokens[v + 1].lower != rules.TO:
        return None
    after = tokens[v + 2]
    if after.lower in rules.DETERMINERS or after.shape == "number" or after.capitalised:
        return v + 2
    return None


def _addressed(words: Sequence[Token]) -> bool:
    """Does a phrase after "told" name people, by its first noun ("a crowd of 3,000", "his 20,000 followers";
    not "a tale of two parties")?"""
    noun = next((t for t in words if t.lower not in rules.DETERMINERS and t.shape != "number" and t.text != "-"), None)
    return noun is not None and (_is_head(noun) or noun.capitalised or noun.bare in rules.ADDRESSEES or noun.bare in rules.AUDIENCE_NOUNS)


def _addressee_holes(cue: Cue, tokens: List[Token], starts: List[int]) -> Tuple[Span, ...]:
    """The addressee of a leading cue ("X told a crowd of 3,000 that ...", "X wrote to her 20,000 followers"):
    a figure there describes the audience, so the addressee is a hole in what the cue reports.  After
    "told", the addressee must end at "that", a comma or a colon; after "said to" it may end the sentence."""
    if cue.scope is None or cue.scope[0] < cue.span[1] or cue.span[0] >= cue.position:
        return ()
    v = bisect.bisect_left(starts, cue.position)
    if v >= len(tokens) or tokens[v].start != cue.position:
        return ()
    start = _addressee_start(tokens, v)
    if start is None:
        return ()
    last = bisect.bisect_left(starts, cue.scope[1])
    for end in range(start, min(last, start + rules.ADDRESSEE_REACH) + 1):
        if end == last:
            closed = tokens[v].lower not in rules.TELL_VERBS
        else:
            token = tokens[end]
            if token.shape == "mark" and token.text in "!?":
                return ()
            closed = token.lower == rules.THAT or token.text in ",;:" or token.text in _QUOTE_MARKS or (token.text == "." and end + 1 >= last and tokens[v].lower not in rules.TELL_VERBS)
        if closed:
            if end == start or tokens[v].lower in rules.TELL_VERBS and not _addressed(tokens[start:end]):
                return ()
            return ((tokens[start].start, tokens[end].start if end < last else cue.scope[1]),)
        if end > start and _ends_with_comma(tokens[end - 1]):
            return ((tokens[start].start, tokens[end].start if end < last else cue.scope[1]),)
    return ()


def _narrator_asides(cue: Cue, tokens: List[Token], starts: List[int], sourced: bool = False) -> Tuple[Span, ...]:
    """The narrator's asides inside what a leading cue reports: a non-restrictive relative clause after a
    comma ("X said the storm hit Vale, where 9,000 people live"; "..., in which 4 died"), up to the next
    comma, dash or semicolon.  A clause opening right after the cue ("X said, when ...") is no aside.
    ``sourced``: the same clauses that hold a verb of saying of their own instead (:attr:`Cue.sourced_asides`)."""
    if cue.scope is None or cue.scope[0] < cue.span[1]:
        return ()
    first = bisect.bisect_left(starts, cue.scope[0])
    last = bisect.bisect_left(starts, cue.scope[1])
    holes: List[Span] = []
    j = first + 2
    while j < last:
        if _ends_with_comma(tokens[j - 1]) and _opens_relative(tokens, j):
            end = j + 1
            while end < last and not (_ends_with_comma(tokens[end]) or tokens[end].text in rules.ASIDE_CLOSERS):
                end += 1
            if _has_own_source(tokens, j + 1, end) == sourced:
                holes.append((tokens[j].start, tokens[end].start if end < last else cue.scope[1]))
            j = end
        j += 1
    return tuple(holes)


def _dash_holes(cue: Cue, tokens: List[Token], starts: List[int], masked: str) -> Tuple[Span, ...]:
    """The narrator's asides between dashes inside what a leading cue reports ("X said the storm hit Vale
    - a town of 9,000 - on Friday"), and after a last unpaired dash ("..., - that is 3 a day")."""
    if cue.scope is None or cue.scope[0] < cue.span[1]:
        return ()
    first = bisect.bisect_left(starts, cue.scope[0])
    last = bisect.bisect_left(starts, cue.scope[1])
    dashes = [k for k in range(first, last) if _is_dash(tokens[k], masked)]
    holes: List[Span] = []
    for n in range(0, len(dashes), 2):
        opening = dashes[n]
        closing = dashes[n + 1] if n + 1 < len(dashes) else None
        if not _restates(tokens, opening + 1) and not _has_own_source(tokens, opening + 1, closing if closing is not None else last):
            holes.append((tokens[opening].start, tokens[closing].end if closing is not None else cue.scope[1]))
    return tuple(holes)


def _trailing_comparison_holes(cue: Cue, tokens: List[Token], starts: List[int]) -> Tuple[Span, ...]:
    """The narrator's comparison after a comma that follows a figure a leading cue reports ("Amazon reported
    sales of $30 billion, up 31 percent from a year earlier"; "..., well above the $1.11 that analysts
    expected"; "..., an increase of $200 million"): from the comparison to the next comma, dash or semicolon."""
    if cue.scope is None or cue.scope[0] < cue.span[1]:
        return ()
    first = bisect.bisect_left(starts, cue.scope[0])
    last = bisect.bisect_left(starts, cue.scope[1])
    holes: List[Span] = []
    figure_seen = first < last and tokens[first].shape == "number"
    for j in range(first + 1, last - 1):
        figure_seen = figure_seen or tokens[j].shape == "number"
        if not _ends_with_comma(tokens[j]) or not figure_seen:
            continue
        if not _opens_trailing_comparison(tokens, j + 1, last):
            continue
        end = next((k for k in range(j + 2, last) if _ends_with_comma(tokens[k]) or tokens[k].text in rules.ASIDE_CLOSERS), last)
        holes.append((tokens[j + 1].start, tokens[end].start if end < last else cue.scope[1]))
    return tuple(holes)


def _expectation_holes(cue: Cue, tokens: List[Token], starts: List[int]) -> Tuple[Span, ...]:
    """A figure in a relative clause of expecting with its own subject and no pronoun ("..., above the $9.5 billion
    analysts had forecast", "the 450 units traders expected"): someone else's forecast, not what the cue reports.
    The hole runs from the figure's determiner to the verb."""
    if cue.scope is None:
        return ()
    first = bisect.bisect_left(starts, cue.scope[0])
    last = min(len(tokens), bisect.bisect_left(starts, cue.scope[1]))
    holes: List[Span] = []
    for k in range(first, last - 2):
        if tokens[k].lower not in rules.ARTICLES or cue.span[0] <= tokens[k].start < cue.span[1]:
            continue
        m = k + 1
        while m < last and (tokens[m].shape == "number" or tokens[m].text in rules.CURRENCY_MARKS or tokens[m].lower in rules.FIGURE_SCALE_WORDS):
            m += 1
        if m == k + 1 or not any(t.shape == "number" for t in tokens[k + 1 : m]):
            continue
        for v in range(m + 1, min(last, m + rules.RELATIVE_EXPECTATION_REACH)):
            word = tokens[v]
            if word.lower in rules.RELATIVE_EXPECTATION_VERBS:
                subject = tokens[m:v]
                if any(_is_head(t) or t.capitalised for t in subject) and not cue.span[0] <= word.start < cue.span[1]:
                    holes.append((tokens[k].start, word.end))
                break
            if word.shape != "word" or word.lower in rules.HEAD_CONNECTORS or word.lower in rules.REPORTING_VERBS:
                break
    return tuple(holes)


def _opens_trailing_comparison(tokens: List[Token], k: int, last: int) -> bool:
    """Does tokens[k] open a comparison with another level: "up 31 percent", "down sharply from", "well above
    the", "an increase of", "$74 million more than", "less than half of the", "double the"?  Not a bound ("up to 40") nor an approximator ("more than 300")."""
    n = k
    while n < last and tokens[n].lower in rules.TRAILING_COMPARISON_ADVERBS:
        n += 1
    if n + 1 >= last:
        return False
    word, after = tokens[n].lower, tokens[n + 1]
    if word in rules.TRAILING_COMPARISON_WORDS:
        return after.lower != rules.TO and (after.shape == "number" or after.lower in rules.COUNT_WORDS or after.lower in rules.ARTICLES or after.lower in rules.TRAILING_COMPARISON_ADVERBS
                                            or after.lower == rules.TRAILING_COMPARISON_FROM)
    if word in rules.ARTICLES:
        return n + 2 < last and after.lower in rules.TRAILING_CHANGE_NOUNS and tokens[n + 2].lower == rules.OF
    if word in rules.TRAILING_COMPARATIVES and after.lower == rules.TRAILING_COMPARISON_THAN and n + 2 < last:
        n, after = n + 2, tokens[n + 2]  # "less than half of the 18 million viewers"
        word = after.lower
        after = tokens[n + 1] if n + 1 < last else after
    if word in rules.TRAILING_MULTIPLES:
        return after.lower in rules.ARTICLES or after.lower == rules.OF and n + 2 < last and tokens[n + 2].lower in rules.ARTICLES
    reach = min(last - 1, n + rules.TRAILING_COMPARISON_REACH)
    than = next((m for m in range(n + 1, reach + 1) if tokens[m].lower == rules.TRAILING_COMPARISON_THAN), None)
    if than is None or tokens[than - 1].lower not in rules.TRAILING_COMPARATIVES or not any(t.shape == "number" for t in tokens[n : than - 1]):
        return False
    # "12 were missing and more than 300 were evacuated": "more than" bounds the next figure of a series, no comparison
    return not (than + 1 < last and tokens[than + 1].shape == "number" or any(t.lower == rules.AND for t in tokens[n:than]))


def _name_appositive_holes(cue: Cue, tokens: List[Token], starts: List[int]) -> Tuple[Span, ...]:
    """The narrator's description of someone or somewhere a leading cue's report names, in an appositive with a
    relative clause after the name ("Police say Jan Novak, the driver who hit 14 cars, had two convictions";
    "..., 25 percent in Idaho, the state where she served two terms"): from the article to the next comma,
    dash or semicolon.  An appositive with a source of its own ("the firm that analysts said lost $4 billion")
    stays."""
    if cue.scope is None or cue.scope[0] < cue.span[1]:
        return ()
    first = bisect.bisect_left(starts, cue.scope[0])
    last = bisect.bisect_left(starts, cue.scope[1])
    holes: List[Span] = []
    for j in range(first + 1, last - 2):
        if tokens[j].text != "," or not (tokens[j - 1].capitalised and tokens[j - 1].shape == "word") or tokens[j + 1].lower not in rules.ARTICLES:
            continue
        if _fronted_place(tokens, j - 1, first):
            continue  # "said in Ohio, the workers who stayed lost 40 percent": a fronted adjunct, then the clause
        reach = range(j + 2, min(last, j + 2 + rules.APPOSITIVE_HEAD_REACH))
        relative = next((k for k in reach if tokens[k].lower in rules.APPOSITIVE_RELATIVES or tokens[k].shape == "mark"), None)
        if relative is None or tokens[relative].shape == "mark":
            continue
        end = next((k for k in range(relative + 1, last) if _ends_with_comma(tokens[k]) or tokens[k].text in rules.ASIDE_CLOSERS), last)
        if not _has_own_source(tokens, relative + 1, end):
            holes.append((tokens[j + 1].start, tokens[end].start if end < last else cue.scope[1]))
    return tuple(holes)


def _fronted_place(tokens: List[Token], name_end: int, first: int) -> bool:
    """Is the name ending at tokens[name_end] the object of a preposition that opens the report at tokens[first]
    (after an optional "that": "said (that) in Ohio, ...")?"""
    n = name_end
    while n > first and tokens[n - 1].capitalised and tokens[n - 1].shape == "word":
        n -= 1
    opening = first + 1 if tokens[first].lower == rules.THAT else first
    return n - 1 == opening and tokens[n - 1].lower in rules.RELATIVE_PREPOSITIONS


def _has_own_source(tokens: List[Token], k: int, end: int) -> bool:
    """Does tokens[k:end] hold a verb of saying ("..., which analysts said would cost $9 billion")?  Then the
    aside is someone's report, not the narrator's."""
    return any(tokens[n].lower in rules.REPORTING_VERBS and _is_verb_use(tokens, n) for n in range(k, min(end, len(tokens))))


def _restates(tokens: List[Token], k: int) -> bool:
    """Does an aside open with a figure that restates the report ("- 55 percent -", "- or about 2 a day -")?"""
    while k < len(tokens) and (tokens[k].lower in rules.RESTATING_OPENERS or tokens[k].lower in rules.APPROXIMATORS):
        k += 1
    return k < len(tokens) and (tokens[k].shape == "number" or tokens[k].lower in rules.COUNT_WORDS)


def _opens_relative(tokens: List[Token], j: int) -> bool:
    """Does tokens[j] open a non-restrictive relative clause ("which", "where", "in which", "of whom")?"""
    if tokens[j].lower in rules.NONRESTRICTIVE_RELATIVES:
        return True
    return tokens[j].lower in rules.RELATIVE_PREPOSITIONS and j + 1 < len(tokens) and tokens[j + 1].lower in rules.RELATIVE_OBJECT_PRONOUNS


def _scope(cue: Cue, tokens: List[Token], starts: List[int], span: Span, masked: str) -> Span:
    """A leading cue ("X said (that) ...", "According to X, ...") covers what follows it; a trailing one
    ("..., X said", "\u201c...,\u201d said X", "..., according to X") what comes before its speaker phrase,
    and also what follows when the sentence goes on after a comma ("Six people, police said, were
    killed", "..., X said, adding that ...").  A fronted adjunct before a leading cue's subject ("At the
    club, where it costs $70,000 to join, X said ...") and an adjunct or subordinate clause after a
    trailing cue ("..., X said at a rally of 3,000", "..., X said, as 300 fans watched") are the narrator's."""
    first = bisect.bisect_left(starts, cue.span[0])
    last = bisect.bisect_left(starts, cue.span[1]) - 1
    if cue.verb.endswith(" " + rules.AGENT_PREPOSITION) and (first == 0 or _as_opens(tokens, first)) \
            or cue.verb.lower().split()[-1] in rules.AS_SOURCE_PREPOSITIONS and _as_opens(tokens, first):
        return (cue.span[1], span[1])  # "As reported by X, ...", "As first reported by X, ...": the agent opens the sentence
    if cue.verb.endswith(" " + rules.AGENT_PREPOSITION):
        # "the 52 announced by the commission": the agent is the source of the noun phrase just before the participle
        return (tokens[max(0, first - rules.AGENT_PHRASE_WORDS)].start, cue.span[0])
    if cue.verb == ":":
        return (span[0], cue.span[0])  # a headline credit
    if cue.verb.lower() in rules.PARTICIPLE_CUES:
        return span  # "The party rejected the count of 12, saying 41 ...": the subject's whole sentence
    if _in_comparative_clause(tokens, first) and tuple(cue.verb.lower().split()) not in rules.SOURCE_FOLLOWS:
        return (cue.span[1], cue.span[1])  # "Sales rose 12 percent, more than analysts had forecast": the forecast is elided
    verb = bisect.bisect_left(starts, cue.position)
    if cue.verb.lower() in rules.TOPIC_SPEECH_VERBS and not _content_follows(tokens, verb + 1) and not any(t.text in _QUOTE_MARKS for t in tokens[:verb]):
        return (cue.span[1], cue.span[1])  # "the mayor spoke at a rally of 3,000": a topic or an addressee, no report (a quotation after may be hers)
    if tuple(cue.verb.lower().split()) in rules.SOURCE_FOLLOWS and last + 1 < len(tokens) and tokens[last].lower in rules.RELATIVE_OBJECT_PRONOUNS:
        return (cue.span[1], _turn_after(tokens, last + 1, span[1]))  # "..., according to which 209 died": what follows
    if tuple(cue.verb.lower().split()) in rules.SOURCE_FOLLOWS or cue.verb.lower() == rules.IN:
        trails = not _opens_clause(tokens, first)  # "..., according to X" / "According to X, ..."
    else:
        trails = _trails(tokens, first, last, masked)
        if first == 0 and _reports_nothing(tokens, last, masked) and not _opens_quotation(tokens, last, masked):
            return (cue.span[1], cue.span[1])  # "Mr. Lund said, clutching the lectern with two hands.": the quote was before
    if not trails:
        if _fronted_participle(tokens, first) or tokens[0].lower in rules.TOPIC_OPENERS and not _absolute_opener(tokens, first):
            return (span[0], span[1])  # "Commenting on the 5 deaths, the mayor said ...", "With 41 deaths, the province reported ..."
        ends = (_turn_after(tokens, last + 1, span[1]), _subordinate_close(tokens, first, last, span[1]), _inference_start(tokens, last + 1, span[1]),
                _parallel_predicate(tokens, bisect.bisect_left(starts, cue.position), span[1]), _coordinated_report(tokens, last + 1, span[1]))
        return (cue.span[1], min(ends))
    if _ends_with_comma(tokens[first - 1]) and _introduces(tokens, first - 1):
        return span  # "In the early 1990s, Ms. Ripert said, when she was earning $24,000, ...": a parenthetical cue
    if first == 1 and tokens[0].lower == rules.AS and _adjunct_comma(tokens, last + 1):
        return span  # "As the minister noted last week, 40 percent of schools ...": a fronted "as" clause credits the sentence
    phrase = _as_clause_phrase(tokens, first)
    if phrase is not None:
        return (tokens[phrase].start, tokens[first - 1].start)  # "..., not 23 as police first reported": that phrase only
    if tokens[first - 1].lower in rules.RELATIVE_OBJECT_PRONOUNS and not tuple(cue.verb.lower().split()) in rules.SOURCE_FOLLOWS:
        # "another president whom Obama mentioned later": the cue's object is the noun phrase before the pronoun
        return (tokens[_antecedent_start(tokens, first - 1)].start, cue.span[0])
    if _reduced_relative_object(tokens, first, last) and not tuple(cue.verb.lower().split()) in rules.SOURCE_FOLLOWS:
        # "the cases it cited", "the 52 deaths the ministry reported": the cue's object is the noun phrase before its subject
        return (tokens[_antecedent_start(tokens, first)].start, cue.span[0])
    if _goes_on(tokens, last + 1) and not (cue.position == cue.span[0] and _describes_speaker(tokens, last + 1)):
        return span
    frame = tuple(cue.verb.lower().split()) in rules.SOURCE_FOLLOWS or cue.verb.lower() == rules.IN
    if not frame and _fronted_question(tokens, first):
        return (cue.span[1], cue.span[1])  # "When asked if a 2 percent tax would do, Gale said: “...”": the question is not hers
    return (span[0] if frame else _colon_quotation_start(tokens, first, span[0]), cue.span[0])


def _fronted_question(tokens: List[Token], first: int) -> bool:
    """Does the sentence open with the question put to the speaker, closed by the comma right before the speaker
    phrase at tokens[first] ("When asked if ..., ", "Asked whether ..., ", "Pressed on ..., ")?"""
    if first < 3 or not _ends_with_comma(tokens[first - 1]) or tokens[first - 1].text != "," and not tokens[first - 1].text.endswith(","):
        return False
    opener = 1 if tokens[0].lower in rules.QUESTION_OPENER_CONJUNCTIONS else 0
    if tokens[opener].lower not in rules.QUESTION_PARTICIPLES:
        return False
    return not any(t.text in ",;:" or t.text in _QUOTE_MARKS for t in tokens[opener + 1 : first - 1])


def _innermost_cue(cues: Sequence[Cue], position: int) -> Optional[Cue]:
    """Of several cues whose scopes hold ``position``, the one whose scope lies strictly inside every other's, on both
    sides, and that follows the figure (an "as" clause after it), or None."""
    holding = [c for c in cues if c.scope is not None and c.scope[0] <= position < c.scope[1] and c.speaker is not None]
    if len(holding) < 2 or len(holding) != len(cues):
        return None
    holding.sort(key=lambda c: c.scope[1] - c.scope[0] if c.scope else 0)
    inner = holding[0]
    if inner.scope is None or inner.position <= position:
        return None
    for other in holding[1:]:
        if other.scope is None or not (other.scope[0] < inner.scope[0] and inner.scope[1] < other.scope[1]):
            return None  # strictly inside on both sides: a phrase within another's report, not a relay of the same clause
    return inner


def _as_clause_phrase(tokens: List[Token], first: int) -> Optional[int]:
    """Where the phrase starts that an "as" clause right after it credits ("31 were held, not 23 as police first
    reported", "a toll of 23 as the mayor had put it"): "as" stands right before the cue's subject with no comma
    before it, and the phrase, back to the last comma, dash or semicolon, holds a figure.  None otherwise."""
    if first < 3 or tokens[first - 1].lower != rules.AS or _ends_with_comma(tokens[first - 2]) or tokens[first - 2].text in rules.ASIDE_CLOSERS:
        return None
    k = first - 2
    while k > 0 and not (_ends_with_comma(tokens[k - 1]) or tokens[k - 1].text in rules.ASIDE_CLOSERS):
        k -= 1
    if k == 0 or first - 1 - k > rules.AS_CLAUSE_PHRASE_WORDS or not any(t.shape == "number" for t in tokens[k : first - 1]):
        return None
    return k


def _in_comparative_clause(tokens: List[Token], first: int) -> bool:
    """Does the speaker phrase at tokens[first] open the clause of a comparison ("..., more than analysts had
    forecast", "higher than previous studies suggested", "twice what the office estimated")?  What that cue
    reports is only the elided level compared with; the sentence's figures are the narrator's."""
    if first < 2:
        return False
    before = tokens[first - 1].lower
    if before == rules.TRAILING_COMPARISON_THAN:
        return tokens[first - 2].lower not in rules.NOT_COMPARATIVE_BEFORE_THAN and not _figure_right_after(tokens, first)
    return before in rules.FREE_RELATIVE_OPENERS and (tokens[first - 2].lower in rules.TRAILING_MULTIPLES or tokens[first - 2].lower == rules.TRAILING_COMPARISON_THAN)


def _reduced_relative_object(tokens: List[Token], first: int, last: int) -> bool:
    """Does the cue of tokens[first..last] stand in a relative clause without its pronoun, right after the noun
    phrase it reports ("the cases it cited", "the 52 deaths the ministry reported", "a sum the firm
    disclosed")?  The noun phrase opens with a determiner a few words back and holds only lower-case words
    and figures, and its noun is no title or head that describes the speaker ("the website Rah-e-Sabz said");
    the clause reports nothing after it."""
    if first < 2 or _complement_follows(tokens, last + 1, tokens[last].lower):
        return False
    head = tokens[first - 1]
    if head.shape != "word" or head.capitalised or head.lower in rules.REDUCED_RELATIVE_NOT_HEADS or head.lower.endswith(rules.PARTICIPLE_SUFFIXES):
        return False
    described = _is_head(head) or _is_head(tokens[first])  # "..., the pro-reform website Rah-e-Sabz said": the noun describes the speaker
    for k in range(first - 2, max(-1, first - 2 - rules.REDUCED_RELATIVE_REACH), -1):
        token = tokens[k]
        if token.lower in rules.DETERMINERS or token.lower in rules.ARTICLES:
            # "the $9.5 billion analysts had forecast": a figure's noun phrase, then the clause's own subject
            return not described or not _is_head(head) and any(t.shape == "number" for t in tokens[k + 1 : first])
        if token.shape == "mark" and token.text not in rules.CURRENCY_MARKS or token.capitalised and k > 0 or token.lower in rules.REDUCED_RELATIVE_NOT_HEADS \
                or token.shape == "word" and token.lower.endswith(rules.PARTICIPLE_SUFFIXES):
            return False
    return False


def _as_opens(tokens: List[Token], first: int) -> bool:
    """Does "As" open the sentence right before tokens[first], with at most adverbs between ("As reported by",
    "As first reported by", "As previously reported by")?"""
    return first >= 1 and tokens[0].lower == rules.AS and all(_is_adverb(t) for t in tokens[1:first])


def _antecedent_start(tokens: List[Token], pronoun: int) -> int:
    """The first token of the noun phrase before a relative pronoun at tokens[pronoun] ("the 200 tonnes which"):
    back to its determiner, within a short reach."""
    for k in range(pronoun - 1, max(-1, pronoun - 1 - rules.AGENT_PHRASE_WORDS), -1):
        if tokens[k].lower in rules.DETERMINERS or tokens[k].lower in rules.ARTICLES:
            return k
    return max(0, pronoun - rules.AGENT_PHRASE_WORDS)


def _colon_quotation_start(tokens: List[Token], first: int, start: int) -> int:
    """Where a trailing cue right after a closing quote mark starts reporting: at the quotation when a colon
    opens it ("After 3 days of talks, the mood soured: \u201cWe have 5 days left,\u201d he said": the
    narrator's lead-in is no part of what was said); ``start`` otherwise.  A source frame after the quotation
    ("...: “...”, according to the letter") still covers the whole sentence."""
    if first < 3 or tokens[first - 1].text not in _QUOTE_MARKS or tokens[first - 1].quoted:
        return start
    k = first - 1
    while k >= 0 and (tokens[k].quoted or tokens[k].text in _QUOTE_MARKS):
        k -= 1  # the quoted words are masked out; "''" may stand for one mark
    if 0 <= k < first - 2 and tokens[k].text == ":":
        return tokens[k + 1].start
    return start


def _turn_after(tokens: List[Token], k: int, end: int) -> int:
    """Where what a leading cue reports stops: at a contrastive turn that opens a clause with a source of
    its own ("Early reports suggested 5 had died, but the latest count says 12"), not at one that goes on
    with the same account ("They said 32 had booked, but only 13 got on", "..., but that 12 were missing"),
    and at "but" that opens the narrator's correction ("..., but in fact she used one")."""
    for j in range(k, len(tokens) - 1):
        if tokens[j].lower in rules.NARRATOR_TURNS and any(tuple(t.lower for t in tokens[j + 1 : j + 1 + len(m)]) == m for m in rules.FACT_MARKERS):
            return tokens[j].start
        if _ends_with_comma(tokens[j]) and tokens[j + 1].lower in rules.NARRATOR_TURNS and not (j + 2 < len(tokens) and tokens[j + 2].lower == rules.THAT):
            k = j + 2
            while k < len(tokens) and _is_adverb(tokens[k]):
                k += 1
            if k < len(tokens) and tokens[k].lower in rules.REPORTING_VERBS:
                continue  # "..., but said that ...": the same speaker goes on
            if any(t.lower in rules.REPORTING_VERBS and _is_verb_use(tokens, n) for n, t in enumerate(tokens[k:], k)):
                return tokens[j + 1].start  # the new clause has a source of its own
    return end


def _coordinated_report(tokens: List[Token], k: int, end: int) -> int:
    """Where a clause with a speaker of its own is joined after ", and" ("Travelers posted photos, and one passenger
    said ...", "The mayor said 40 homes burned, and two firefighters said 12 were hurt"): what the first cue reports
    stops there, or ``end``.  The new subject is a short noun phrase right before its verb of saying; "and that ..."
    goes on with the first report."""
    for j in range(k, len(tokens) - 2):
        if not (_ends_with_comma(tokens[j]) and tokens[j + 1].lower == rules.AND):
            continue
        n = j + 2
        while n < len(tokens) and n - j - 2 <= rules.SUBJECT_MAX_WORDS and tokens[n].shape in ("word", "number") and tokens[n].lower != rules.THAT \
                and tokens[n].lower not in rules.REPORTING_VERBS and (_nounlike(tokens[n]) or tokens[n].shape == "number" or tokens[n].lower in rules.DETERMINERS
                                                                       or tokens[n].lower in rules.SUBJECT_DETERMINERS or tokens[n].bare in rules.COUNT_WORDS):
            n += 1
        if n > j + 2 and n < len(tokens) and tokens[n].lower in rules.SPEECH_VERBS and _is_verb_use(tokens, n):
            return tokens[j + 1].start
    return end


def _parallel_predicate(tokens: List[Token], v: int, end: int) -> int:
    """Where a second predicate of the speaker opens, after "and" with the perfect auxiliary of the cue word
    at tokens[v] ("X has assured me the show will be classy and has invited two guests"), or ``end``.  An
    auxiliary of the report's own ("has said the firm has lost 5 and has closed 3") leaves it whole."""
    k = v - 1
    while k >= 0 and _is_adverb(tokens[k]) and tokens[k].lower not in rules.PERFECT_AUXILIARIES:
        k -= 1  # "has repeatedly said"
    if k < 0 or tokens[k].lower not in rules.PERFECT_AUXILIARIES:
        return end
    auxiliary = tokens[k].lower
    for j in range(v + 1, len(tokens) - 2):
        if tokens[j].lower == auxiliary:
            return end
        if tokens[j].lower == rules.AND and tokens[j + 1].lower == auxiliary and tokens[j + 2].shape == "word":
            return tokens[j].start
    return end


def _inference_start(tokens: List[Token], k: int, end: int) -> int:
    """Where the narrator's inference from a leading cue's report opens, after a comma ("..., meaning there
    were 5 crimes per 1,000 residents"), or ``end``."""
    for j in range(k, len(tokens) - 1):
        if _ends_with_comma(tokens[j]) and tokens[j + 1].lower in rules.INFERENCE_PARTICIPLES:
            return tokens[j + 1].start
    return end


def _absolute_opener(tokens: List[Token], first: int) -> bool:
    """Does the sentence open with an absolute phrase that ends in a participle ("With two TV crews filming,
    ...")?  It sets the scene of the saying, unlike a topic ("With 41 deaths, the province reported ...")."""
    comma = next((k for k in range(1, first) if _ends_with_comma(tokens[k])), None)
    if comma is None or comma < 2:
        return False
    end = comma - 1 if tokens[comma - 1].lower in rules.PARTICIPLE_PARTICLES and comma >= 3 else comma  # "looking on"
    low = tokens[end - 1].lower
    return low.endswith(rules.PARTICIPLE_SUFFIXES[1]) and low not in rules.PREPOSITION_PARTICIPLES


def _subordinate_close(tokens: List[Token], first: int, last: int, end: int) -> int:
    """Where a leading cue inside a fronted subordinate clause stops reporting: at the comma that closes the
    clause ("After the mayor said 5 had died, 300 people gathered": the main clause is the narrator's).
    The clause may follow an introductory adverbial ("In June, after the firm asked staff to ..., 8,000 agreed").
    ``end`` when the sentence opens no such clause or the cue stands after its comma ("When asked, X said")."""
    k = 1 if len(tokens) > 1 and tokens[0].lower in rules.SUBORDINATOR_LEADS else 0
    comma = next((j for j in range(k, min(first, rules.INTRO_MAX_WORDS + k + 1)) if _ends_with_comma(tokens[j])), None)
    if comma is not None and comma + 1 < first and _introduces(tokens, comma):
        k = comma + 1  # "In June, after ...": the adverbial, then the clause
    if k >= first or tokens[k].lower not in rules.FRONTED_SUBORDINATORS or any(_ends_with_comma(t) for t in tokens[k:first]):
        return end
    for j in range(last + 1, len(tokens) - 1):
        if _ends_with_comma(tokens[j]):
            return tokens[j + 1].start
    return end


def _opens_clause(tokens: List[Token], first: int) -> bool:
    """Does tokens[first] open the sentence, or follow only an introductory adverbial ("On Monday, ...")?"""
    if first == 0 or tokens[first - 1].text in ":;":
        return True  # "... unnoticed: According to recent polls, ..."
    if tokens[first - 1].text in _DASHES:
        # "... unnoticed - according to recent polls, ..."; but a dash that closes an aside
        # ("115 crimes - including 3 murders - according to FBI data") leaves the cue trailing
        return sum(1 for t in tokens[: first - 1] if t.text in _DASHES and t.text != "-") % 2 == 0
    return _ends_with_comma(tokens[first - 1]) and _introduces(tokens, first - 1)


def _introduces(tokens: List[Token], comma: int) -> bool:
    """Is tokens[:comma] an introductory adverbial ("On Monday", "In a statement", "However", "Asked about it")?"""
    if comma == 0 or comma > rules.INTRO_MAX_WORDS or any(_ends_with_comma(t) for t in tokens[:comma]):
        return False
    if _time_phrase_end(tokens, 0) == comma or _time_adverbial(tokens[:comma]):
        return True  # "A few minutes later, ...", "One morning in 2001, ...": the time of what follows
    opener = tokens[0]
    low = opener.lower
    return low in rules.INTRO_OPENERS or low in rules.CUE_ADVERBS or low.endswith(rules.ADVERB_SUFFIX) or low.endswith(rules.PARTICIPLE_SUFFIXES)


def _time_adverbial(words: Sequence[Token]) -> bool:
    """Is ``words`` a phrase of time and nothing else ("One morning in 2001", "Late last year", "Early in
    March")?  A figure other than a year, a verb or a noun that is no unit of time makes it something else."""
    timed = False
    for word in words:
        low = word.bare
        if word.shape == "number":
            if _YEAR.fullmatch(word.text) is None:
                return False
            timed = True
        elif low in rules.TIME_WORDS or low in rules.DOCUMENT_NAME_MONTHS or low in rules.TIME_PHRASE_WORDS and low.rstrip("s") in rules.TIME_UNITS:
            timed = True
        elif not (low in rules.TIME_MODIFIERS or low in rules.TIME_PHRASE_WORDS or low in rules.TIME_PHRASE_PREPOSITIONS):
            return False
    return timed


def _fronted_participle(tokens: List[Token], first: int) -> bool:
    """Does the sentence open with the speaker's own participle clause before the subject ("Commenting on ..., X said")?"""
    if first < 2 or not _ends_with_comma(tokens[first - 1]):
        return False
    low = tokens[0].lower
    return low.endswith(rules.PARTICIPLE_SUFFIXES[1]) and low not in rules.PREPOSITION_PARTICIPLES and low not in rules.NARRATOR_OPENERS


def _ends_with_comma(token: Token) -> bool:
    return token.text == "," or token.shape == "number" and token.text.endswith(",")  # "in 2014, according to"


def _trails(tokens: List[Token], first: int, last: int, masked: str) -> bool:
    """Does the cue whose speaker phrase and cue word are tokens[first..last] close what it reports?

    It does when nothing it could report follows it ("..., the website said.", "... told Reuters on
    Sunday."), or when it follows a closed quotation or a dash ("...,\u201d said X, who ...")."""
    if first == 0:
        return False
    if not _complement_follows(tokens, last + 1, tokens[last].lower):
        return not _leads_quotation(tokens, first, last, masked)
    before = tokens[first - 1]
    if before.text in _QUOTE_MARKS:
        # a closing quote mark ends a quotation the mask blanked ("...,\u201d he said"), not a possessive ("Sanders\u2019 campaign")
        return before.start > 0 and (masked[before.start - 1].isspace() or masked[before.start - 1] in ",.!?" + _QUOTE_MARKS)
    if _is_dash(before, masked):
        # "WASHINGTON \u2014 Sen. X said ...": a dateline, not a closed clause; "... \u2014 filings show it has
        # $1 million \u2014 ...": a dash that opens an aside the cue leads
        if last + 1 < len(tokens) and tokens[last + 1].lower == rules.THAT and sum(1 for t in tokens[: first - 1] if _is_dash(t, masked)) % 2:
            return False  # "When it comes to crime - a frequent complaint - firms point out that ...": the dash closes an aside
        if not any(_is_dash(t, masked) for t in tokens[: first - 1]) and not any(_is_dash(t, masked) for t in tokens[last + 1 :]) \
                and (_figure_right_after(tokens, last + 1) or last + 2 < len(tokens) and tokens[last + 1].lower.endswith(rules.PARTICIPLE_SUFFIXES[1])
                     and _figure_right_after(tokens, last + 2)):
            return False  # "The mill paid well for her — she reported earning $132 million": the one dash opens her report
        return not _dateline(tokens, first - 1) and not _opens_dash_aside(tokens, first - 1, last, masked)
    return False


def _opens_dash_aside(tokens: List[Token], dash: int, last: int, masked: str) -> bool:
    """Does the dash tokens[dash] open an aside that a later dash closes, after the cue ending at tokens[last]?"""
    if sum(1 for t in tokens[:dash] if _is_dash(t, masked)) % 2:
        return False  # it closes an earlier aside
    return any(_is_dash(t, masked) for t in tokens[last + 2:])


def _reports_nothing(tokens: List[Token], last: int, masked: str) -> bool:
    """After a cue that opens its sentence, is there nothing it reports, only the narrator's participle
    ("The mayor said, waving to 200 fans.")?  The quotation it closes stood in the sentence before."""
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].text == ",":
        low = tokens[k + 1].lower
        return low.endswith(rules.PARTICIPLE_SUFFIXES[1]) and low not in rules.PREPOSITION_PARTICIPLES and low not in rules.PARTICIPLE_CUES and low not in rules.SPEECH_PARTICIPLES
    return False


def _opens_quotation(tokens: List[Token], last: int, masked: str) -> bool:
    """Does a quotation follow the cue word tokens[last] after a comma or colon ("said, \u201c...", "told
    reporters: \u201c...")?"""
    k = _skip_adjunct(tokens, last + 1)
    if tokens[last].lower in rules.TELL_VERBS:
        k = _skip_adjunct(tokens, _skip_addressee(tokens, k))  # "told reporters: \u201c...\u201d"
    if not (k + 1 < len(tokens) and tokens[k].text in rules.QUOTATION_INTRODUCERS and tokens[k + 1].text in _QUOTE_MARKS):
        return False
    opening = tokens[k + 1]
    if k + 2 < len(tokens) and tokens[k + 2].text in _QUOTE_MARKS and tokens[k + 2].start == opening.end:
        opening = tokens[k + 2]  # "added: ''We ...''": a quote mark written as two
    return opening.end < len(masked) and masked[opening.end].isspace()  # a quotation the mask blanked


def _leads_quotation(tokens: List[Token], first: int, last: int, masked: str) -> bool:
    """Does the cue open a quotation after a comma or colon ("..., and the mayor said, \u201c...\u201d"; "he
    added: \u201c...\u201d") with no quotation before it in the sentence?  Then the quotation is what it
    reports, and what comes before the speaker is the narrator's."""
    if not _opens_quotation(tokens, last, masked):
        return False
    if _ends_with_comma(tokens[first - 1]) and not _introduces(tokens, first - 1):
        return False  # "..., the columnist suggested: \u201c...\u201d": it closes what comes before, too
    return not any(t.text in _QUOTE_MARKS for t in tokens[:first])


def _is_dash(token: Token, masked: str) -> bool:
    """A dash between clauses: an en or em dash, or a hyphen with space before it (not "50-state")."""
    return token.text in _DASHES and (token.text != "-" or token.start == 0 or masked[token.start - 1].isspace())


def _dateline(tokens: List[Token], dash: int) -> bool:
    """Are tokens[:dash] a dateline ("WASHINGTON", "NEW YORK (AP)")?"""
    return dash <= rules.INTRO_MAX_WORDS and all(t.capitalised or t.shape == "mark" for t in tokens[:dash])


def _skip_adjunct(tokens: List[Token], k: int) -> int:
    """Step over adverbs and a short time or place phrase after a cue ("said on Friday", "told Fox News on Sunday")."""
    while k < len(tokens):
        if k + 1 < len(tokens) and (tokens[k].lower, tokens[k + 1].lower) in rules.ADVERB_PHRASES:
            k += 2
        elif _is_adverb(tokens[k]) or tokens[k].bare in rules.TIME_WORDS:
            k += 1
        elif _time_phrase_end(tokens, k) > k:
            k = _time_phrase_end(tokens, k)  # "reported a few days later"
        else:
            break
    return k


def _time_phrase_end(tokens: List[Token], k: int) -> int:
    """Past a phrase of relative time that opens at tokens[k] ("a few minutes later", "two weeks ago"), or k."""
    for j in range(k, min(len(tokens), k + rules.TIME_PHRASE_MAX_WORDS + 1)):
        if tokens[j].lower in rules.TIME_PHRASE_ENDS:
            return j + 1 if j > k else k
        if not (tokens[j].lower in rules.TIME_PHRASE_WORDS or tokens[j].shape == "number"):
            return k
    return k


def _time_phrase_start(tokens: List[Token], end: int) -> int:
    """The first token of a phrase of relative time that ends at tokens[end] ("a month later", "two weeks
    ago"): back over its words and figures, within a short reach; ``end`` when none stands before it."""
    k = end
    while k - 1 >= 0 and end - k < rules.TIME_PHRASE_MAX_WORDS and (tokens[k - 1].lower in rules.TIME_PHRASE_WORDS or tokens[k - 1].shape == "number"):
        k -= 1
    return k


def _skip_addressee(tokens: List[Token], k: int) -> int:
    """Step over the addressee of "told" ("told Reuters", "told the BBC's Newsnight", "told reporters")."""
    if k < len(tokens) and tokens[k].capitalised:
        while k < len(tokens) and (tokens[k].capitalised or tokens[k].lower in rules.NAMEISH_CONNECTORS and k + 1 < len(tokens) and tokens[k + 1].capitalised):
            k += 1
        return k
    if k < len(tokens) and tokens[k].lower in rules.ADDRESSEES:
        return k + 1
    if k < len(tokens) and tokens[k].lower in rules.DETERMINERS:
        end = k + 1
        while end < len(tokens) and end - k <= 4 and tokens[end].shape == "word" and tokens[end].lower != rules.THAT:
            if _is_head(tokens[end]) or tokens[end].lower in rules.ADDRESSEES or tokens[end].capitalised:
                return end + 1 if not (end + 1 < len(tokens) and (tokens[end + 1].capitalised or _is_head(tokens[end + 1]))) else _skip_addressee(tokens, end + 1)
            end += 1
    return k


def _complement_follows(tokens: List[Token], k: int, verb: str = "") -> bool:
    """After "X said" does what was said follow ("said 5 died", "said on Friday that ...", "told Reuters 5 died")?"""
    k = _skip_adjunct(tokens, k)
    if verb in rules.TELL_VERBS:
        k = _skip_adjunct(tokens, _skip_addressee(tokens, k))
    if k + 1 < len(tokens) and tokens[k].text in rules.CURRENCY_MARKS and tokens[k + 1].shape == "number":
        return True  # "announced $5 million more"
    if k >= len(tokens) or tokens[k].shape == "mark":
        return False
    if tokens[k].lower in rules.SPEAKER_RELATIVE_PRONOUNS and k >= 1 and tokens[k - 1].lower not in rules.REPORTING_VERBS:
        return False  # "..., said a police official who declined to be named": a clause about the speaker
    if verb in rules.ESTIMATE_AT_VERBS and tokens[k].lower in rules.FRAME_PREPOSITIONS and _figure_right_after(tokens, k + 1):
        return True  # "a crowd that police estimated at 20,000": the estimate itself
    if tokens[k].lower in rules.ADJUNCT_PREPOSITIONS:
        # "said in a statement that ...": a complement after the adjunct; "said at a rally on Monday.": none
        for t in tokens[k + 1 : k + 1 + rules.ADJUNCT_MAX_WORDS]:
            if t.text in ",;:" or t.text in _QUOTE_MARKS:
                return False
            if t.lower == rules.THAT:
                return True
        return False
    return True


def _figure_right_after(tokens: List[Token], k: int) -> bool:
    """Does a figure start at tokens[k], perhaps after an approximator or a currency sign ("about $2 billion")?"""
    while k < len(tokens) and (tokens[k].lower in rules.APPROXIMATORS or tokens[k].text in rules.CURRENCY_MARKS or tokens[k].lower in rules.FIGURE_LEADERS):
        k += 1
    return k < len(tokens) and tokens[k].shape == "number"


def _adjunct_comma(tokens: List[Token], k: int) -> bool:
    """Is tokens[k] a comma, or a short adjunct without a clause mark ("last week", "in a statement") then one?"""
    for j in range(k, min(len(tokens), k + rules.ADJUNCT_MAX_WORDS)):
        if _ends_with_comma(tokens[j]):
            return True
        if tokens[j].shape == "mark" or tokens[j].lower == rules.THAT:
            return False
    return False


def _describes_speaker(tokens: List[Token], k: int) -> bool:
    """After a speaker named after the verb ("..., said Ana Ruiz"), does the comma at tokens[k] open their
    description: a role ("director of the Harbor Trust, whose members run 40 farms") or a participle with its
    agent ("surrounded by his 12 deputies")?  Then nothing of what was said follows."""
    if not (k + 2 < len(tokens) and _ends_with_comma(tokens[k])):
        return False
    if tokens[k + 1].lower.endswith(rules.PAST_PARTICIPLE_ENDING) and tokens[k + 2].lower == rules.AGENT_PREPOSITION:
        return True  # "..., said the mayor, flanked by 12 firefighters"
    for j in range(k + 1, min(len(tokens) - 1, k + 1 + rules.ROLE_TITLE_REACH)):
        if tokens[j].bare in rules.TITLES:
            return tokens[j + 1].lower in rules.ROLE_FOLLOWERS or tokens[j + 1].bare in rules.TITLES
        if not (tokens[j].bare in rules.SPEAKER_MODIFIERS or tokens[j].capitalised):
            return False
    return False


def _goes_on(tokens: List[Token], k: int) -> bool:
    """After a trailing "..., X said" does the sentence go on with what was said, after a comma?

    Right after the cue anything but the narrator's subordinate clause goes on ("police said, were killed");
    after an adjunct or addressee only a participle of the speaker's does ("told the hosts, adding that ...")."""
    if k < len(tokens) and _ends_with_comma(tokens[k]) and k + 1 < len(tokens):
        low = tokens[k + 1].lower
        if low.endswith(rules.PARTICIPLE_SUFFIXES[1]) and low not in rules.PREPOSITION_PARTICIPLES:
            return low in rules.PARTICIPLE_CUES or low in rules.SPEECH_PARTICIPLES  # "..., he said, clutching the lectern"
        if low in rules.ARTICLES or tokens[k + 1].shape == "number" and _ends_with_comma(tokens[k + 1]):
            return False  # "..., said Ana Ruiz, 39, a waitress at a diner that serves a $4 breakfast": her description
        return low not in rules.NARRATOR_OPENERS and (tokens[k + 1].shape != "mark" or tokens[k + 1].text in rules.CURRENCY_MARKS)
    for j in range(k, min(len(tokens), k + rules.ADJUNCT_MAX_WORDS)):
        if tokens[j].text in ".;:!?" or tokens[j].text in _QUOTE_MARKS:
            return False
        if _ends_with_comma(tokens[j]):
            following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
            return following in rules.PARTICIPLE_CUES or following in rules.SPEECH_PARTICIPLES
    return False


_AGENT_REACH = 15  # characters between a figure and "announced by X" that still make X its source
_TURN = regex.compile(r",\s+(?:" + "|".join(rules.TURN_WORDS) + r")\b")
_CLAUSE_BOUNDARY = regex.compile(r";|,\s+(?:" + "|".join(rules.BOUNDARY_WORDS) + r")\b")
#: A year that may open a document's name ("the 2009 paper", "a 2014 Labor Department study").
_YEAR = regex.compile(r"(?:19|20)\d\d")
_ITEM_WORD = regex.compile(r"[^\W\d_][\w'\u2019.-]*")
_DAY_OF_MONTH = regex.compile(r"(?:[1-9]|[12]\d|3[01]),?")
_BRACKET_ASIDE = regex.compile(r"\([^()\s]*\s[^()]{1,300}\)")
_DASH_ASIDE = regex.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014]{1,120}?\s[-\u2013\u2014]\s")


def _bracket_asides(text: str, span: Span) -> List[Span]:
    """Asides in round brackets of several words ("(the actual number is closer to 15, according to X)")."""
    return [m.span() for m in _BRACKET_ASIDE.finditer(text, span[0], span[1])]


def _same_aside(asides: Sequence[Span], a: int, b: int) -> bool:
    """Do positions a and b stand in the same aside, or both outside every aside?"""
    return all((start <= a < end) == (start <= b < end) for start, end in asides)


def _sentence_asides(text: str, span: Span) -> Tuple[Span, ...]:
    """The asides of a sentence between dashes or brackets: a cue inside one governs only it."""
    return tuple(_dash_asides(text, span) + _bracket_asides(text, span))


def _dash_asides(text: str, span: Span) -> List[Span]:
    """Dash-delimited asides ("- reformist candidates won it, supporters say -"): a cue there governs only the aside."""
    return [m.span() for m in _DASH_ASIDE.finditer(text, span[0], span[1])]


_DOCUMENTS = rules.SOURCE_DOCUMENTS | rules.FIGURES_WORDS | rules.INFORMATION_WORDS


def _past_document(lowers: Sequence[str], start: int) -> int:
    """Skip "a statement from", "figures by", "a count by", "the data collated by" so that the source after them is read:
    "according to a statement from the ministry", "citing a count by community leaders"."""
    if start + 1 < len(lowers) and lowers[start] in rules.ARTICLES and lowers[start + 1] in _DOCUMENTS:
        start += 1
    elif start + 2 < len(lowers) and lowers[start] in rules.ARTICLES and lowers[start + 1] in rules.FIGURES_MODIFIERS and lowers[start + 2] in _DOCUMENTS:
        start += 2  # "a preliminary count by the Red Crescent", "the latest figures from the ministry"
    elif start + 2 < len(lowers) and lowers[start] in rules.BARE_DOCUMENT_MODIFIERS and lowers[start + 1] in _DOCUMENTS \
            and lowers[start + 2] in rules.DOCUMENT_SOURCE_PREPOSITIONS:
        start += 1  # "updated information from the ministry", "preliminary data from the agency"
    if start + 1 < len(lowers) and lowers[start] in _DOCUMENTS and lowers[start + 1] in rules.DOCUMENT_SOURCE_PREPOSITIONS:
        start += 2
    elif (start + 2 < len(lowers) and lowers[start] in _DOCUMENTS and lowers[start + 1].endswith(rules.PAST_PARTICIPLE_ENDING)
          and lowers[start + 2] == rules.AGENT_PREPOSITION):
        start += 3  # "as per the data collated by the newspaper", "figures compiled by the agency": the agent
    return start


def _past_exchange(lowers: Sequence[str], start: int) -> int:
    """Skip "interviews with", "a conversation with" so that the people interviewed are read as the source:
    "according to interviews with a dozen party leaders", "according to a conversation with two aides"."""
    k = start + 1 if start < len(lowers) and lowers[start] in rules.ARTICLES else start
    if k + 1 < len(lowers) and lowers[k] in rules.EXCHANGE_NOUNS and lowers[k + 1] in rules.EXCHANGE_PREPOSITIONS:
        return k + 2
    return start


def _sentence_subject(tokens: List[Token], before: int, registry: EntityRegistry) -> Optional[Speaker]:
    """The noun phrase that opens a sentence (after an opening adverbial such as "On Sunday,")."""
    return _sentence_subject_span(tokens, before, registry)[0]


def _sentence_subject_span(tokens: List[Token], before: int, registry: EntityRegistry) -> Tuple[Optional[Speaker], int]:
    """:func:`_sentence_subject` and the index after its phrase."""
    dash = next((k for k in range(min(before, rules.INTRO_MAX_WORDS + 1)) if tokens[k].text in _DASHES), None)
    opening = dash + 1 if dash is not None and _dateline(tokens, dash) else 0  # "WASHINGTON \u2014 Sen. X ..."
    starts = [opening] + [k + 1 for k in range(opening, min(before, opening + 8)) if tokens[k].text == ","][:1]
    for start in starts:
        if start + 1 < before and tokens[start].lower in rules.SPEAKER_PRONOUNS and tokens[start + 1].shape == "word":
            # "She also laid out plans, saying ...": a pronoun subject stands for the speaker named before
            resolved = registry.pronoun(tokens[start].lower, tokens[start].start)
            if resolved is not None:
                return resolved, start + 1
            continue
        speaker, end = _speaker_after(tokens, start, registry)
        if speaker is not None and end < before:
            return speaker, end
    return None, before


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


def _headline_label(tokens: List[Token], span: Span) -> Optional[Cue]:
    """A headline opened by a document noun and a colon ("Poll: Hale leads by 5 points"): that document's finding."""
    if len(tokens) < 3 or tokens[1].text != ":" or not tokens[0].capitalised or tokens[0].bare not in rules.HEADLINE_SOURCE_LABELS:
        return None
    return Cue(":", tokens[1].start, Speaker(tokens[0].text, None, "document"), (), (tokens[0].start, tokens[1].end), (tokens[1].end, span[1]))


def _measure_compound(tokens: List[Token], k: int) -> bool:
    """Does a hyphenated measure ("10-year", "five-page"), which can only modify a noun, end at tokens[k]?"""
    parts = tokens[k].lower.split("-")
    if len(parts) == 2:
        return (parts[0].isdigit() or parts[0] in rules.MEASURE_COMPOUND_NUMBERS) and parts[1] in rules.MEASURE_COMPOUND_ENDS
    return k >= 2 and tokens[k].lower in rules.MEASURE_COMPOUND_ENDS and tokens[k - 1].text == "-" and (tokens[k - 2].shape == "number" or tokens[k - 2].lower in rules.MEASURE_COMPOUND_NUMBERS)


def _after_measure_compound(tokens: List[Token], i: int) -> bool:
    """Does a measure compound stand just before tokens[i], or before a name that does ("the 10-year Treasury note")?"""
    return i >= 1 and _measure_compound(tokens, i - 1) or i >= 2 and tokens[i - 1].capitalised and _measure_compound(tokens, i - 2)


def _is_verb_use(tokens: List[Token], i: int) -> bool:
    """Reject noun uses of cue words ("the report", "a statement", "put it")."""
    low = tokens[i].lower
    before = tokens[i - 1].lower if i else ""
    if tokens[i].capitalised:
        return False  # "State Duma", "Report Card": a name, not a verb
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if after in rules.REPORTING_VERBS or after in rules.SHOW_VERBS:
        return False  # "state records suggest", "estimates show": the noun before the verb
    if low in rules.NOUN_OR_VERB_CUES and after in rules.NOUN_SUBJECT_AUXILIARIES:
        return False  # "his cost estimates have been", "the reports were": the subject of the auxiliary (not "X estimates would cost")
    if low in rules.CUES_ONLY_CLOSING and not (i + 1 >= len(tokens) or tokens[i + 1].shape == "mark"):
        return False  # "'...,' he continued." but not "continues to lead"
    if after in rules.PARTICLES_NOT_CUES.get(low, ()):
        return False  # "add up to"
    if _hypothetical_or_generic(tokens, i) or _asks_to_act(tokens, i):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].lower == rules.OF and low in rules.NOUN_LIKE_CUES:
        return False  # "the official estimate of 950,000"
    if before in rules.PASSIVE_AUXILIARIES:
        return False  # "were reported": the passive keeps the outlet's voice
    if before in rules.NOUN_DETERMINERS:
        return False
    if low in rules.NOUN_OR_VERB_CUES and before in rules.NOUN_CUE_PRECEDERS:
        return False
    if low in rules.NOUN_OR_VERB_CUES and _after_measure_compound(tokens, i):
        return False  # "the 10-year Treasury note fell to 1.4 percent"
    if low in rules.NOUN_OR_VERB_CUES and i and _possessive(tokens[i - 1]):
        return False  # "Editor's note", "the agency's estimates"
    if low in rules.HEARSAY_PARTICIPLES and i and _possessive(tokens[i - 1]) and i + 1 < len(tokens) and tokens[i + 1].shape == "word":
        return False  # "the senator's reported income", "the firm's alleged losses": an adjective of hearsay
    if low.endswith(rules.PAST_PARTICIPLE_ENDING) and i and _possessive(tokens[i - 1]) and tokens[i - 1].bare not in rules.PRONOUN_CONTRACTIONS:
        return False  # "the senator's reported income", "the firm's stated goal": a participle qualifying a noun
    ahead = tokens[i + 1 : i + 1 + rules.FIGURE_OBJECT_REACH]
    if low in rules.CUES_WITH_FIGURE and not any(t.shape == "number" or t.lower in rules.FIGURE_NOUNS for t in tokens[i + 1 : i + 1 + rules.LIST_REACH]):
        return False  # "the ministry registered 300 cases", not "registered voters", "listed investments"
    if low in rules.ADD_VERBS and _figure_after_openers(ahead):
        return False  # "the economy added 292,000 jobs", "employers added only 12,000": an increase, not a remark
    if low in rules.CLAIM_VERBS and any(t.lower in rules.WON_SHARES for t in ahead) and any(t.shape == "number" for t in ahead) and not _clause_follows(tokens, i + 1) \
            and not _share_is_subject(tokens, i):
        return False  # "claiming 41 percent of the vote": winning it; not "claiming (that) 41 percent of ballots were forged"
    if low in rules.CLAIM_VERBS and _claims_by_taking(tokens, i):
        return False  # "the storm claimed 6 lives", "claimed responsibility for the attack": taking, not saying
    return True


def _share_is_subject(tokens: List[Token], i: int) -> bool:
    """After "claimed" at tokens[i], is the counted share the subject of a clause with a verb in the past ("organizers
    claimed nearly 400 delegates and alternates participated"), not what was won ("claimed 41 percent of the vote")?"""
    share = next((n for n in range(i + 1, min(len(tokens), i + 1 + rules.FIGURE_OBJECT_REACH)) if tokens[n].lower in rules.WON_SHARES), None)
    if share is None:
        return False
    k = share + 1
    if k + 1 < len(tokens) and tokens[k].lower in rules.SHARE_COORDINATORS and not tokens[k + 1].capitalised and tokens[k + 1].shape == "word":
        k += 2  # "delegates and alternates"
    if k >= len(tokens) or tokens[k].capitalised or tokens[k].shape != "word":
        return False
    return tokens[k].lower.endswith(rules.PAST_PARTICIPLE_ENDING) or tokens[k].lower in rules.IRREGULAR_PAST_VERBS
def _figure_after_openers(ahead: Sequence[Token]) -> bool:
    """Does a figure come first in ``ahead``, after at most two words that open one ("about", "only", "more than")?"""
    for token in ahead[:rules.ADD_FIGURE_OPENER_WORDS + 1]:
        if token.shape == "number":
            return True
        if token.lower not in rules.ADD_FIGURE_OPENERS:
            return False
    return False


def _claims_by_taking(tokens: List[Token], i: int) -> bool:
    """Is the object of "claimed" at tokens[i] a thing taken ("6 lives", "the lives of 40 people", "victory",
    "responsibility for the attack") rather than a statement ("claimed (that) 6 lives were lost")?"""
    for n in range(i + 1, min(len(tokens), i + 1 + rules.FIGURE_OBJECT_REACH)):
        token = tokens[n]
        if token.bare in rules.CLAIMED_TAKINGS:
            # the thing taken, unless it is the subject of a clause ("claimed 6 lives were lost")
            return not (n + 1 < len(tokens) and (tokens[n + 1].lower in rules.CLAUSE_AUXILIARIES or not tokens[n + 1].capitalised and tokens[n + 1].shape == "word"
                                                 and (tokens[n + 1].lower.endswith(rules.PAST_PARTICIPLE_ENDING) or tokens[n + 1].lower in rules.IRREGULAR_PAST_VERBS)))
        if token.shape == "mark" and token.text not in rules.CURRENCY_MARKS or token.lower == rules.THAT or token.lower in rules.CLAUSE_AUXILIARIES \
                or token.lower in rules.SPEAKER_PRONOUNS:
            return False  # "claimed that ...", "claims he lost his life savings": a clause
    return False


def _asks_to_act(tokens: List[Token], i: int) -> bool:
    """"The mayor asked residents to save 20 percent of their water": a request for an act, a wish of the one who asks,
    not a report of what they said; the verb of asking, a short object and "to" before a verb."""
    if tokens[i].lower not in rules.REQUEST_VERBS:
        return False
    for k in range(i + 1, min(len(tokens) - 1, i + 2 + rules.REQUEST_OBJECT_WORDS)):
        token = tokens[k]
        if token.lower == rules.TO:
            after = tokens[k + 1]
            verb_follows = after.shape == "word" and not after.capitalised and after.lower not in rules.DETERMINERS | rules.SUBJECT_DETERMINERS
            return k > i + 1 and verb_follows  # not "asked to comment, she said": no object, the one asked speaks
        if token.shape == "mark" or token.lower in rules.CLAUSE_OPENERS or token.lower in rules.REQUEST_OBJECT_STOPS:
            return False  # "asked how ...", "asked about ...": a question, which reports
    return False


def _hypothetical_or_generic(tokens: List[Token], i: int) -> bool:
    """"Let's say they win 54 seats", "let me put it this way", "people who tell you ...", "it tells you that ...":
    a supposition or a generic "you", not a report of what someone said."""
    before = tokens[i - 1].lower if i else ""
    if before in rules.LET_FORMS or before in rules.LET_OBJECTS and i >= 2 and tokens[i - 2].lower == rules.LET:
        return True
    return tokens[i].lower in rules.GENERIC_TELL_VERBS and i + 1 < len(tokens) and tokens[i + 1].lower == rules.GENERIC_ADDRESSEE


def _bare_opener(tokens: List[Token]) -> Optional[str]:
    """A name of two or more capitalised words that opens a sentence and is followed by its lower-case verb,
    with no title or organisation head to say what it is ("Acme Tools opened ...", "Save the Coast filed ...")."""
    k = 0
    while k < len(tokens) and (tokens[k].capitalised or tokens[k].lower in rules.NAMEISH_CONNECTORS and k and k + 1 < len(tokens) and tokens[k + 1].capitalised):
        token = tokens[k]
        if token.capitalised and token.bare in rules.NOT_NAMES or token.bare in rules.TITLES or token.bare in rules.ORGANISATION_HEADS or token.bare in _SENTENCE_CASE_WORDS or token.bare in rules.OUTLET_HEADS or not token.text.isalpha() and token.lower not in rules.NAMEISH_CONNECTORS:
            return None
        k += 1
    if k < 2 or k >= len(tokens):
        return None
    verb = tokens[k]
    if verb.capitalised or verb.shape != "word" or not (verb.lower.endswith(rules.OPENER_VERB_ENDINGS) or verb.lower in rules.OPENER_MODALS) or verb.lower in rules.REPORTING_VERBS:
        return None
    return " ".join(t.text for t in tokens[:k])


def _opening_subject(tokens: List[Token]) -> Tuple[Optional[str], Optional[str]]:
    """The subject that opens a sentence, followed by a lower-case word or a comma: a name (capitalised words, a title
    may lead: "Hale, who backs the bill, was ...", "Mr. Hale toured ..."), or "the" and a title ("The mayor, who ...,
    left"); returns (name, None) or (None, title).  Not a possessive ("Hale's plan", "the mayor's office")."""
    if len(tokens) > 2 and tokens[0].lower in rules.ARTICLES and tokens[1].bare in rules.TITLES and tokens[1].lower == tokens[1].bare \
            and _before_predicate(tokens[2]):
        return None, tokens[1].bare
    k = 0
    while k < min(len(tokens), rules.SUBJECT_NAME_WORDS) and tokens[k].shape == "word" and tokens[k].capitalised \
            and tokens[k].bare not in rules.NOT_NAMES:
        if _possessive(tokens[k]):
            return None, None
        k += 1
    if k == 0 or k >= len(tokens) or not _before_predicate(tokens[k]):
        return None, None
    words = [t.text for t in tokens[:k] if t.bare not in rules.TITLES]
    return (" ".join(words) or None), None


def _before_predicate(token: Token) -> bool:
    """May ``token`` follow a subject phrase that has ended: a comma (an aside) or a lower-case word (its verb)?"""
    return token.text == "," or token.shape == "word" and not token.capitalised and token.bare not in rules.TITLES


def _recall_subject(tokens: List[Token], cues: Sequence[Cue], registry: EntityRegistry) -> None:
    """Make the sentence's subject the nearest antecedent for the next sentence's pronouns, unless a cue of the
    sentence names its speaker after its verb ("“...,” said Hale", "according to Hale") and the subject is not it."""
    if not tokens or any(c.span[0] >= c.position for c in cues) and not any(c.span[0] <= tokens[0].start < c.span[1] for c in cues):
        return
    name, title = _opening_subject(tokens)
    if name is not None:
        registry.recall(name)
    elif title is not None:
        known = registry.describe([title])
        if known is not None and known.kind == "person" and known.name:
            registry.recall(known.name)


def _recall_opening_name(tokens: List[Token], registry: EntityRegistry, masked: str = "") -> None:
    """A known name that opens the sentence as its subject becomes the nearest antecedent for the pronouns of the
    sentence itself ("Hale criticised the budget, which he said would cut 400 jobs": he is Hale, not someone named
    in an earlier sentence).  An unknown name is not added.  A lone surname the text gave earlier after a first name
    ("Dana Holt is bent on ... Holt has blasted the rules, which he said ...") stands for that person there too."""
    name, _ = _opening_subject(tokens)
    if name is None or registry.recall(name):
        return
    if _personal_name_opens(tokens):
        registry.subject = (tokens[0].start, name)
        return
    full = _full_name_before(masked, tokens, name)
    if full is not None:
        registry.subject = (tokens[0].start, full)


def _surname_like(token: Token) -> bool:
    """May the capitalised word be a surname: no title, head, place word, opener or function word?"""
    low = token.bare
    return token.text.isalpha() and len(low) > 2 and low not in rules.NOT_NAMES and low not in rules.TITLES and low not in rules.ORGANISATION_HEADS \
        and low not in _SENTENCE_CASE_WORDS and low not in rules.OUTLETS and low not in rules.PLACE_NAME_WORDS and low not in rules.INTRO_OPENERS \
        and low not in rules.NARRATOR_OPENERS and low not in rules.HEAD_CONNECTORS and low not in rules.NAMEISH_CONNECTORS and low not in rules.NOT_COMPOUND


def _full_name_before(masked: str, tokens: List[Token], name: str) -> Optional[str]:
    """The full name "<First> <name>" the text wrote before the sentence ``tokens`` opens with ``name``, a lone
    capitalised word that is no title, head, place word or opener; the latest such name, when only one first name
    went with it."""
    if not masked or not tokens or " " in name or tokens[0].text != name or not name.isalpha():
        return None
    low = name.lower()
    if low in rules.NOT_NAMES or low in rules.TITLES or low in rules.ORGANISATION_HEADS or low in _SENTENCE_CASE_WORDS \
            or low in rules.OUTLETS or low in rules.PLACE_NAME_WORDS or low in rules.INTRO_OPENERS or low in rules.NARRATOR_OPENERS \
            or low in rules.HEAD_CONNECTORS or low in rules.NAMEISH_CONNECTORS or low in rules.NOT_COMPOUND or len(low) < 3:
        return None  # ("To believe the ...": a preposition, not the "To" of "Race To The Top")
    return _written_in_full(masked, tokens[0].start, name)


#: A capitalised word ending where the search stops (searched backwards from there), and the end of a name: no
#: letter and no capitalised word after it.
_FIRST_NAME_ENDING = regex.compile(r"(?r)(?<![\p{L}.])(\p{Lu}\p{Ll}+)\Z")
_NAME_ENDS = regex.compile(r"(?![\p{L}])(?!\s+\p{Lu})")


def _written_in_full(masked: str, start: int, name: str) -> Optional[str]:
    """The one full name "<First> <name>" the text wrote in the :data:`FULL_NAME_REACH` characters before ``start``."""
    window = masked[max(0, start - rules.FULL_NAME_REACH) : start]
    # each " <name>" in turn, as one pattern "<First> <name>" would find them left to right without overlaps (a
    # pattern made for each name would be compiled anew for each)
    firsts: set[str] = set()
    needle = " " + name
    found, searched = window.find(needle), 0
    while found >= 0:
        first = _FIRST_NAME_ENDING.search(window, searched, found)
        if first is not None and _NAME_ENDS.match(window, found + len(needle)) is not None:
            firsts.add(first.group(1))
            searched = found + len(needle)
            found = window.find(needle, searched)
        else:
            found = window.find(needle, found + 1)
    firsts = {f for f in firsts if f.lower() not in rules.NOT_NAMES and f.lower() not in rules.TITLES and f.lower() not in _SENTENCE_CASE_WORDS
              and f.lower() not in rules.PLACE_NAME_WORDS and f.lower() not in rules.ORGANISATION_HEADS}
    if len(firsts) != 1:
        return None
    return next(iter(firsts)) + " " + name


def _personal_name_opens(tokens: List[Token]) -> bool:
    """Does the sentence open with what can only be a person's name: a title before a name ("Mr. Hale", "Gov. Ann
    Lind"), or a first name and a surname ("Dana Holt")?  Not a single word, which may be a place ("Moscow"), a
    surname the text has not met, or an opening word ("Asked", "Despite")."""
    k = 0
    while k < len(tokens) and tokens[k].capitalised and tokens[k].bare in rules.TITLES:
        k += 1
    titled = k > 0
    words = []
    while k < len(tokens) and tokens[k].capitalised and tokens[k].shape == "word" and not _possessive(tokens[k]):
        words.append(tokens[k])
        k += 1
    if not words or len(words) > rules.SUBJECT_NAME_WORDS or not titled and len(words) < 2:
        return False
    if tokens[0].bare in rules.INTRO_OPENERS or tokens[0].bare in rules.NARRATOR_OPENERS:
        return False
    return all(w.text.rstrip(".").isalpha() and w.bare not in rules.NOT_NAMES and w.bare not in rules.TITLES and w.bare not in rules.ORGANISATION_HEADS
               and w.bare not in _SENTENCE_CASE_WORDS and w.bare not in rules.OUTLETS and w.bare not in rules.PLACE_NAME_WORDS for w in words)


def _clause_follows(tokens: List[Token], k: int) -> bool:
    """Does a clause follow tokens[k]: "that", or an auxiliary within a short reach ("41 percent of ballots were forged")?"""
    if k < len(tokens) and tokens[k].lower == rules.THAT:
        return True
    return any(t.lower in rules.CLAUSE_AUXILIARIES for t in tokens[k : k + rules.ADJUNCT_MAX_WORDS] if not _ends_with_comma(t))


def _content_follows(tokens: List[Token], k: int) -> bool:
    """Does the topic of what was said follow a verb of speaking ("spoke of", "mentioned about"), or a clause
    or a quotation within a short adjunct, before any comma ("mentioned on Friday that", "spoke: \u201c...")?"""
    if k < len(tokens) and tokens[k].lower in rules.SPEECH_TOPIC_OPENERS:
        return True
    for token in tokens[k : k + rules.ADJUNCT_MAX_WORDS]:
        if token.lower == rules.THAT or token.text in _QUOTE_MARKS or token.text == ":":
            return True
        if _ends_with_comma(token) or token.text in ".;!?":
            return False
    return False


def register_mentions(masked: str, sentence: Sentence, registry: EntityRegistry, tokens: List[Token]) -> None:
    """Register people and organisations named without a cue ("Governor Lena Ortiz visited..."),
    so that a later pronoun, surname or description can find them."""
    registry.note_sentence(_bare_opener(tokens), sentence.span)
    _register_described_subject(tokens, registry)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.bare in rules.IN_DOCUMENT_NOUNS and i > 0 and tokens[i - 1].capitalised and tokens[i - 1].bare not in rules.NOT_NAMES:
            # "A Ridge Research poll was published": a later "the poll" means it
            start = i - 1
            while start - 1 >= 0 and (tokens[start - 1].capitalised and tokens[start - 1].bare not in rules.NOT_NAMES or tokens[start - 1].text in rules.NAME_MARKS):
                start -= 1
            while tokens[start].text in rules.NAME_MARKS:
                start += 1  # "Costs - Harbor Survey": a mark joins names, it opens none
            registry.mention(Speaker(_phrase_text(tokens[start : i + 1]), None, "document"), tokens[start].start)
            i += 1
            continue
        lowercase_title = not token.capitalised and (token.bare in rules.TITLES or token.bare in rules.ROLES_BEFORE_NAME) and i + 2 < len(tokens) \
            and tokens[i + 1].capitalised and tokens[i + 2].capitalised  # "opposition leader Maria Duarte", "council member Dana Ortiz"
        if (token.capitalised and token.bare in rules.TITLES or lowercase_title) and token.bare not in rules.NOT_NAME_TITLES:
            # "Governor Lena Ortiz", "opposition leader Maria Duarte"
            j = i + 1
            while j < len(tokens) and tokens[j].capitalised and tokens[j].bare in rules.TITLES:
                j += 1
            k = j
            while k < len(tokens) and k - j < 4 and tokens[k].capitalised and tokens[k].bare not in rules.NOT_NAMES and tokens[k].bare not in rules.TITLES and tokens[k].bare not in rules.ORGANISATION_HEADS:
                k += 1
                if _possessive(tokens[k - 1]):
                    break  # "Governor Ivan Petrov's Telegram channel": the name ends at its possessive
            if k > j:
                name = " ".join(t.text for t in tokens[j:k])
                if name.endswith(("'s", "\u2019s")):
                    name = name[:-2]
                role_start = i
                while lowercase_title and role_start > 0 and (tokens[role_start - 1].bare in rules.SPEAKER_MODIFIERS or tokens[role_start - 1].capitalised) and tokens[role_start - 1].bare not in rules.NOT_NAMES:
                    role_start -= 1
                role = " ".join(t.text for t in tokens[role_start:j])
                registry.mention(Speaker(name, _role_text(role), "person"), tokens[role_start].start)
                i = k
                continue
        if not token.capitalised and token.bare in rules.UNNAMED_HEADS and token.bare.endswith("s") and i > 0 and tokens[i - 1].capitalised and tokens[i - 1].bare not in rules.NOT_NAMES:
            # "American scientists", "Syrian activists": a group a later "they" may mean
            registry.mention(_unnamed(f"{tokens[i - 1].text} {token.text}"), tokens[i - 1].start)
            i += 1
            continue
        if token.capitalised and token.bare in rules.ORGANISATION_HEADS and token.bare not in rules.TITLES:
            # a capitalised run ending (or starting, "Ministry of Health") with an organisation head
            start = i
            while start - 1 >= 0 and tokens[start - 1].capitalised and tokens[start - 1].bare not in rules.NOT_NAMES:
                start -= 1
            end = i + 1
            if end + 1 < len(tokens) and tokens[end].lower in rules.NAME_OF and tokens[end + 1].capitalised:
                end += 2
                while end < len(tokens) and tokens[end].capitalised:
                    end += 1
            name = " ".join(t.text for t in tokens[start:end])
            if name.endswith(("'s", "\u2019s")):
                name = name[:-2]  # "the Hale Foundation's dinner": the organisation, not its possessive
            if end - start >= 2:
                registry.mention(Speaker(name, None, _person_or_org(name)), tokens[start].start)
            i = end
            continue
        i += 1


def _register_described_subject(tokens: List[Token], registry: EntityRegistry) -> None:
    """A sentence opened by a described organisation as its subject ("The regional emergencies department gave a
    different account."): the body becomes the nearest antecedent of a later "it", though it was not yet a speaker.
    Only "the", at most a few lower-case modifiers and a singular organisation head, then a lower-case word that is
    no connector (its verb)."""
    if len(tokens) < 3 or tokens[0].lower not in rules.DESCRIBED_SUBJECT_ARTICLES:
        return
    k = 1
    while k < len(tokens) and k <= rules.DESCRIBED_SUBJECT_WORDS and tokens[k].shape == "word" and not tokens[k].capitalised \
            and tokens[k].bare not in rules.ORGANISATION_HEADS and tokens[k].bare not in rules.HEAD_CONNECTORS:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].capitalised or tokens[k].bare not in rules.SINGULAR_ORGANISATION_HEADS or _possessive(tokens[k]):
        return
    verb = tokens[k + 1]
    if verb.shape != "word" or verb.capitalised or verb.bare in rules.NOT_SUBJECT_FOLLOWERS or verb.bare in rules.ORGANISATION_HEADS:
        return
    speaker = _classify(tokens[: k + 1], registry)
    if speaker is None or speaker.kind not in ("organisation", "outlet") or k == 1 and (speaker.name or "").lower() == tokens[k].bare:
        return  # a bare "The group" the text has not named says too little to stand for
    registry.mention(speaker, tokens[0].start)


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
    #: Per sentence, the credit line that closes it ("(Via Al Jazeera)"), for a figure no cue of the sentence covers.
    credits: Tuple[Optional[Attribution], ...] = ()
    #: Where each sentence starts: a cue inside a quotation governs only the quoted sentence it stands in.
    sentence_starts: Tuple[int, ...] = ()
    #: Per sentence, its asides between dashes or brackets: a cue inside the figure's aside governs the figure.
    asides: Tuple[Tuple[Span, ...], ...] = ()
    #: Per sentence, the speaker of the block a colon opened ("Wallnau wrote:") when the sentence has a source of its
    #: own inside that block: that source is relayed by the block's speaker.
    block_relays: Tuple[Optional[Speaker], ...] = ()
    #: Per sentence, its cues' positions when they are in text order (else empty), and how far any of its cues'
    #: scopes reaches from the cue: the cues whose scope may hold a figure are found by binary search.
    cue_positions: Tuple[Tuple[int, ...], ...] = ()
    cue_reach: Tuple[int, ...] = ()

    def _reaching(self, sentence_index: int, position: int) -> Sequence[Cue]:
        """The cues of a sentence whose scope may hold ``position`` (all of them when no index was built)."""
        cues = self.cues[sentence_index]
        positions = self.cue_positions[sentence_index] if sentence_index < len(self.cue_positions) else ()
        if len(positions) != len(cues) or len(cues) < _INDEXED_CUES:
            return cues
        reach = self.cue_reach[sentence_index]
        return cues[bisect.bisect_left(positions, position - reach): bisect.bisect_right(positions, position + reach)]

    def at(self, sentence_index: int, position: int) -> Attribution:
        """The attribution governing a figure at ``position`` in a sentence."""
        index = bisect.bisect_right(self.quotation_starts, position) - 1
        if index >= 0:
            span, attribution = self.quotations[index]
            if span[0] <= position < span[1]:
                opening = self.sentence_starts[sentence_index] if 0 <= sentence_index < len(self.sentence_starts) else span[0]
                inner = [c for c in (self.inner_cues[index] if index < len(self.inner_cues) else ()) if opening <= c.position <= position and not c.span[0] <= position < c.span[1] and (c.scope is None or c.scope[0] <= position < c.scope[1])]
                if inner:
                    # the quoted speaker relays someone else: "Police have told us that ..."
                    cue = inner[-1]
                    relay = (attribution.speaker,) + attribution.via if attribution.speaker else attribution.via
                    return Attribution(cue.speaker, cue.via + relay, "direct", cue.verb, cue.span)
                return attribution
        found = self._in_sentence(sentence_index, position)
        if found.speaker is None or found.span is None:
            return found
        marks = (self.turns[sentence_index] if sentence_index < len(self.turns) else ()) + (self.boundaries[sentence_index] if sentence_index < len(self.boundaries) else ())
        asides = self.asides[sentence_index] if sentence_index < len(self.asides) else ()
        found = _with_chain(found, self._reaching(sentence_index, position), position, marks, asides)
        block_relay = self.block_relays[sentence_index] if sentence_index < len(self.block_relays) else None
        if block_relay is not None and not _same_speaker(block_relay, found.speaker) and not any(_same_speaker(block_relay, v) for v in found.via):
            found = replace(found, via=found.via + (block_relay,))  # "Wallnau wrote: ... Iowa polls are showing 33% ..."
        return found

    def _in_sentence(self, sentence_index: int, position: int) -> Attribution:
        """The attribution governing a figure at ``position`` outside any quotation."""
        cues = self.cues[sentence_index]
        if cues:
            # a cue governs its scope, and not its own speaker phrase ("75 percent of voters said")
            live = tuple(c for c in cues if (c.scope is None or c.scope[0] <= position < c.scope[1]) and not c.span[0] <= position < c.span[1])
            aside = [a for a in (self.asides[sentence_index] if sentence_index < len(self.asides) else ()) if a[0] <= position < a[1]]
            if aside and any(aside[0][0] <= c.position < aside[0][1] for c in live):
                # "... 300 homes (closer to 120, according to state records)": a cue inside the figure's aside governs it
                live = tuple(c for c in live if aside[0][0] <= c.position < aside[0][1])
            counted = next((c for c in cues if c.counted and c.span[0] <= position < c.span[1]), None)
            if counted is not None:
                # "..., while only 49 percent of Republicans say so": a count of another cue's speakers is no one's
                # report, unless an outer cue reports the count ("The ministry said 40 percent of farmers say ...")
                turns = self.turns[sentence_index] if sentence_index < len(self.turns) else ()
                live = tuple(c for c in live if c is not counted and c.position < counted.span[0]
                             and not any(c.position < t < counted.span[0] for t in turns))
            if live and all(any(a <= position < b for a, b in c.holes) for c in live):
                live = ()  # the narrator's aside inside what every cue reaching it reports
            else:
                holed = [c for c in live if any(a <= position < b for a, b in c.holes)]
                outer = [c for c in live if c not in holed and c.scope is not None and c.scope[0] >= c.span[1]
                         and all(c.position < h.span[0] and c.scope[0] <= h.span[0] and h.span[1] <= c.scope[1] for h in holed)]
                if holed and len(outer) == 1 and len(outer) + len(holed) == len(live):
                    # "Prosecutors say that he told one FBI agent ...": a hole of the inner report (its addressee) is still
                    # what the leading outer cue reports
                    return _from_cues(outer)
                if holed and len(holed) < len(live) and all(c.span[1] <= position for c in holed if c.verb in rules.RELATIVE_EXPECTATION_VERBS) \
                        and any(c.verb in rules.RELATIVE_EXPECTATION_VERBS and c.position > position for c in live if c not in holed):
                    live = tuple(c for c in live if c not in holed)  # "..., the firm said, above the $9.5 billion analysts had forecast"
            if not live:
                credit = self.credits[sentence_index] if sentence_index < len(self.credits) else None
                return credit or Attribution(None, (), "unattributed", None, None)
            if len(live) == 1 and len(cues) > 1:
                return _from_cues(live)
            if len(live) < len(cues):
                cues = live
                if len(cues) == 1:
                    return _from_cues(cues)
        bounds = self.boundaries[sentence_index] if sentence_index < len(self.boundaries) else ()
        if bounds and cues:
            # "the toll was 12; on the same day, a lawmaker said 50": a cue governs its own clause
            start = max((b for b in bounds if b <= position), default=-1)
            end = min((b for b in bounds if b > position), default=1 << 62)
            own = tuple(c for c in cues if start <= c.position < end)
            if not own:
                # "According to the survey, 12 percent ...; 30 percent ...": a fronted source frame heads the whole sentence
                fronted = [c for c in cues if c.position < bounds[0] and _fronted_frame(c) and c.scope is not None and c.scope[0] <= position < c.scope[1]]
                if fronted:
                    return Attribution(fronted[0].speaker, fronted[0].via, "indirect", fronted[0].verb, fronted[0].span)
                return Attribution(None, (), "unattributed", None, None)
            cues = own
            if len(cues) == 1:
                chosen = cues[0]
                return Attribution(chosen.speaker, chosen.via, "indirect", chosen.verb, chosen.span)
        agent = next((c for c in cues if c.verb.endswith(" by") and 0 <= c.position - position <= _AGENT_REACH), None)
        if agent is not None:
            return Attribution(agent.speaker, agent.via, "indirect", agent.verb, agent.span)
        nested = _innermost_cue(cues, position)
        if nested is not None:
            # "The ministry said 31 were held, not 23 as police first reported": the content nested in another's;
            # an outlet whose report holds it relays it ("..., the ministry later said, CNN reported")
            relays = tuple(c.speaker for c in cues if c is not nested and c.speaker is not None and c.speaker.kind == "outlet" and c.speaker not in nested.via)
            return Attribution(nested.speaker, nested.via + relays, "indirect", nested.verb, nested.span)
        if len(cues) > 1:
            before = [c for c in cues if c.position <= position]
            chosen = before[-1] if before else cues[0]
            after = [c for c in cues if c.position > position]
            turns = self.turns[sentence_index] if sentence_index < len(self.turns) else ()
            crossed = not before or any(chosen.position < t < position for t in turns)
            if after and crossed and tuple(after[0].verb.lower().split()) in rules.SOURCE_FOLLOWS and after[0].speaker is not None:
                chosen = after[0]  # "..., while damage could reach $4 billion, according to a Moody's analysis"
            # outlets relaying the chosen cue: after it ("..., CNN reported"), or before it with the cue in their
            # scope ("According to CNN, the ministry said ...", "CNN reported that the ministry said ...")
            others = [c for c in cues if c is not chosen and c.speaker is not None and c.speaker.kind == "outlet"
                      and (c.position > chosen.position or c.scope is not None and c.scope[0] <= chosen.position < c.scope[1])]
            if chosen.speaker is not None and chosen.speaker.kind == "outlet":
                inner = [c for c in cues if c is not chosen and c.speaker is not None and c.speaker.kind != "outlet"
                         and not (c.position < chosen.position and any(chosen.position > t > c.position for t in turns))]
                # ("Forbes lists her with $40 billion, while Bloomberg lists her with $55 billion": across a turn, the
                # outlet's own report)
                if inner:
                    chosen, others = inner[0], [chosen]
            via = chosen.via + tuple(c.speaker for c in others if c.speaker is not None and c.speaker not in chosen.via
                                     and not _same_speaker(c.speaker, chosen.speaker))
            return Attribution(chosen.speaker, via, "indirect", chosen.verb, chosen.span)
        return self.sentences[sentence_index]


def _with_chain(attribution: Attribution, cues: Sequence[Cue], position: int, marks: Sequence[int] = (), asides: Sequence[Span] = ()) -> Attribution:
    """``attribution`` with every outer speaker of its sentence in its chain: "The union said the mayor said 12 were
    hurt" is the mayor's, via the union.  An outer cue is one whose report (its scope, not a hole of it) holds the
    chosen cue's speaker phrase, the whole of what the chosen cue reports and the figure, with no clause boundary or
    contrastive turn (``marks``: "; ", ", whereas", ", while") between the two cues and no aside of the chosen cue's own
    ("(Obama has proposed 10,000)"); ``via`` lists the relays from the innermost out."""
    chosen = next((c for c in cues if c.span == attribution.span and c.speaker == attribution.speaker), None)
    if attribution.speaker is None or attribution.span is None or chosen is None or chosen.scope is None or chosen.verb.endswith(" " + rules.AGENT_PREPOSITION):
        return attribution  # ("..., not the 52 announced by the commission": the agent of a figure the outer cue sets aside)
    start, end = attribution.span
    inner_scope = chosen.scope

    low_bound, high_bound = min(start, inner_scope[0]), max(end, inner_scope[1])

    def holds(c: Cue) -> bool:
        # the scope test first: it is a comparison of numbers, and it rules out all but the few cues around the figure
        if c.scope is None or not (c.scope[0] <= low_bound and high_bound <= c.scope[1] and c.scope[0] <= position < c.scope[1]):
            return False
        if c is chosen or c.speaker is None or _same_speaker(c.speaker, attribution.speaker):
            return False
        if any(a <= position < b or a <= start < b for a, b in c.holes + c.sourced_asides):
            return False
        if c.position < start and (c.scope[0] < c.span[1] or c.subordinate) or c.position >= start and c.scope[1] > c.span[0]:
            return False  # a cue that reports both sides of itself (", records show,"), or one in a fronted "while"-clause
        low, high = (c.span[1], start) if c.position < start else (end, c.span[0])
        if any(low <= m < high for m in marks):
            return False
        return not any(a <= start < b and not a <= c.position < b for a, b in asides)

    outer = sorted((c for c in cues if holds(c)), key=lambda c: c.scope[1] - c.scope[0] if c.scope else 0)
    if not outer:
        return attribution
    relays = [c.speaker for c in outer if c.speaker is not None]
    own = [v for v in attribution.via if v not in relays]
    chain: List[Speaker] = []
    for speaker in own + relays:
        if not _same_speaker(speaker, attribution.speaker) and not any(_same_speaker(speaker, other) for other in chain):
            chain.append(speaker)
    return replace(attribution, via=tuple(chain))


def _same_speaker(one: Optional[Speaker], other: Optional[Speaker]) -> bool:
    """Are two speakers one entity ("The New York Times" and "New York Times")?"""
    if one is None or other is None:
        return one is other
    return one == other or (one.entity or one.name) == (other.entity or other.name) or one.kind == other.kind and entity_key(one.name or "") == entity_key(other.name or "")


def _fronted_frame(cue: Cue) -> bool:
    """Is the cue a source frame that leads its sentence ("According to X, ...", "In a Harbor poll, ...")?"""
    words = tuple(cue.verb.lower().split())
    return cue.speaker is not None and cue.scope is not None and cue.scope[0] >= cue.span[1] and (words in rules.SOURCE_FOLLOWS or words == (rules.IN,))


def attribute(document: Document, outlet: Optional[str] = None, registry: Optional[EntityRegistry] = None) -> TextAttribution:
    """Attribute every sentence and quotation of ``document``.

    ``registry`` carries the speakers of an earlier text that this one continues (a story split into
    posts); it is updated in place.
    """
    registry = EntityRegistry() if registry is None else registry
    text, sentences, quotations, masked = document.text, document.sentences, document.quotations, document.masked
    per_sentence: List[Attribution] = []
    all_cues: List[Tuple[Cue, ...]] = []
    sentence_asides: List[Tuple[Span, ...]] = []
    previous: Optional[Attribution] = None
    previous_paragraph = -1
    block: Optional[Tuple[int, Attribution]] = None
    relays: List[Optional[Speaker]] = []
    quotation_starts = [q.span[0] for q in quotations]
    for sentence in sentences:
        tokens = document.tokens_in(sentence.span[0], sentence.span[1], quoted=False)
        register_mentions(masked, sentence, registry, tokens)
        _recall_opening_name(tokens, registry, masked)
        asides = _sentence_asides(masked, sentence.span)
        sentence_asides.append(asides)
        cues = find_cues(text, sentence, masked, registry, tokens, asides)
        all_cues.append(tuple(cues))
        _recall_subject(tokens, cues, registry)
        attribution = _sentence_attribution(cues, text, sentence)
        if attribution.speaker is None and previous is not None and previous.speaker is not None and sentence.paragraph == previous_paragraph:
            if _continues(text, sentence, previous) and not _says_for_itself(tokens) and not _and_moves_on(tokens):
                attribution = Attribution(previous.speaker, previous.via, previous.mode, previous.cue, previous.span)
        if block is not None and sentence.paragraph != block[0]:
            block = None
        relays.append(block[1].speaker if block is not None and any(c.speaker is not None for c in cues) else None)
        if attribution.speaker is None and block is not None and not _about_the_source(tokens, block[1].speaker, registry):
            attribution = block[1]  # the paragraph a colon introduced ("Blumenthal and Cohen wrote:") goes on in that voice
        if attribution.speaker is not None and sentence.text.rstrip().endswith(":") and sentence.index + 1 < len(sentences) and sentences[sentence.index + 1].paragraph == sentence.paragraph + 1:
            block = (sentence.paragraph + 1, attribution)
        elif _opens_unclosed_quote(text, quotations, quotation_starts, cues, attribution):
            block = (sentence.paragraph, attribution)  # "Hale: “... (the quote never closes)": the paragraph is theirs
        per_sentence.append(attribution)
        previous, previous_paragraph = attribution, sentence.paragraph
    credits: List[Optional[Attribution]] = [None] * len(sentences)
    _apply_credits(sentences, per_sentence, credits)
    _apply_signature(document, per_sentence, registry)
    quoted: List[Tuple[Span, Attribution]] = []
    inner_cues: List[Tuple[Cue, ...]] = []
    previous_quote: Optional[Tuple[Quotation, Attribution]] = None
    partial_sentence: Optional[int] = None
    for quotation in quotations:
        inside = Sentence(-1, quotation.span, quotation.closes_in, text[quotation.span[0] : quotation.span[1]])
        inner = (c for c in find_cues(text, inside, text, registry, document.tokens_in(*quotation.span)) if c.speaker is not None)
        inner_cues.append(tuple(_within_sentence(c, text, quotation, sentences) for c in inner))
        found = _quotation_attribution(quotation, sentences, all_cues, per_sentence)
        opening = _sentence_at(sentences, quotation.span[0])
        if opening is not None and any(c.span[0] <= quotation.span[0] and quotation.span[1] <= c.span[1] for c in all_cues[opening]):
            # a title inside how a source is named ("according to “River of Gold” by Ana Ruiz, ..."): no one's words
            quoted.append((quotation.span, Attribution(None, (), "unattributed", None, None)))
            inner_cues[-1] = ()
            previous_quote = None
            continue
        if found.speaker is None and opening is not None and opening != partial_sentence:
            partial_sentence = opening  # once a sentence: later quotations in it go on in the voice found here
            found = _partial_quote_subject(document, quotation, all_cues, registry) or found
        if found.speaker is None and previous_quote is not None and previous_quote[1].speaker is not None:
            # a quote paragraph right after another speaker's quote paragraph goes on in that voice
            opening = _sentence_at(sentences, quotation.span[0])
            if opening is not None and (sentences[opening].paragraph == previous_quote[0].closes_in
                                        or sentences[opening].paragraph == previous_quote[0].closes_in + 1 and not _introduced(text, quotation)
                                        and _goes_on_in_voice(document, opening, quotation, previous_quote[1].speaker)) \
                    and not _names_speaker(document, quotation, previous_quote[1].speaker):
                found = previous_quote[1]
        if found.speaker is None:
            found = _paragraph_voice(quotation, sentences, per_sentence) or found
        quoted.append((quotation.span, found))
        previous_quote = (quotation, found)
    boundaries = tuple(_clause_boundaries(masked, s, cues) for s, cues in zip(sentences, all_cues))
    turns = tuple(tuple(m.start() for m in _TURN.finditer(masked, s.span[0], s.span[1])) for s in sentences)
    positions = tuple(_ordered_positions(cues) for cues in all_cues)
    reach = tuple(max((max(c.position - c.scope[0], c.scope[1] - c.position) for c in cues if c.scope), default=0) for cues in all_cues)
    return TextAttribution(tuple(per_sentence), tuple(quoted), tuple(all_cues), tuple(inner_cues), tuple(span[0] for span, _ in quoted), boundaries, turns, tuple(credits), tuple(s.span[0] for s in sentences),
                           tuple(sentence_asides), tuple(relays), positions, reach)


#: A sentence with this many cues or more is searched by position (a run-on sentence of hundreds of cues).
_INDEXED_CUES = 16


def _ordered_positions(cues: Sequence[Cue]) -> Tuple[int, ...]:
    """The cues' positions when they come in text order, else () (no index)."""
    positions = tuple(c.position for c in cues)
    return positions if all(a <= b for a, b in zip(positions, positions[1:])) else ()


def _about_the_source(tokens: List[Token], speaker: Optional[Speaker], registry: EntityRegistry) -> bool:
    """Does the sentence open with the source itself as its subject ("The poll also found that: ... The poll has a
    margin of error of 3 points", "Hale wrote: ... Hale has been mayor since 2010")?  It tells of the source, in the
    narrator's voice, rather than going on with what the source says."""
    if speaker is None or len(tokens) < 3:
        return False
    if tokens[0].lower in rules.ARTICLES and tokens[1].bare in rules.DOCUMENT_NOUNS and speaker.kind == "document":
        found = registry.describe([tokens[1].bare])
        return found is None or _same_speaker(found, speaker)
    name, _ = _opening_subject(tokens)
    if name is None or not speaker.name:
        return False
    key = entity_key(name)
    return bool(key) and key <= entity_key(speaker.name)


def _clause_boundaries(masked: str, sentence: Sentence, cues: Sequence[Cue]) -> Tuple[int, ...]:
    """The positions of the clause boundaries a cue of the sentence does not reach across ("; ", ", whereas"),
    less the semicolons of a series closed by "; and" whose one cue trails its last item ("A was paid $5; B was
    paid $7; and C was paid $9, according to FEC records"): there they separate items of what the cue reports."""
    bounds = tuple(m.start() for m in _CLAUSE_BOUNDARY.finditer(masked, sentence.span[0], sentence.span[1]))
    bounds = tuple(b for b in bounds if not (masked[b] == ";" and _verbless_item(masked, b, sentence.span[1])))
    bounds = _colon_list_items(masked, sentence, cues, bounds)
    semicolons = [b for b in bounds if masked[b] == ";"]
    if not semicolons or not _series_tail(masked, semicolons[-1], sentence.span[1]):
        return bounds
    speaking = [c for c in cues if c.speaker is not None]
    if len(speaking) != 1 or len(cues) != 1:
        return bounds
    cue = speaking[0]
    if cue.position < semicolons[-1] or cue.scope is None or cue.scope[1] > cue.span[0] or cue.scope[0] > sentence.span[0]:
        return bounds  # not a cue that trails the series and reports all of it
    return tuple(b for b in bounds if masked[b] != ";")


def _colon_list_items(masked: str, sentence: Sentence, cues: Sequence[Cue], bounds: Tuple[int, ...]) -> Tuple[int, ...]:
    """``bounds`` less the semicolons of a list a colon opens inside what one leading cue reports ("A Harbor survey
    shows a split: 34% back the levy; 17% oppose it"): the items are all the cue's.  Only when no cue stands after
    the colon, and the cue's report runs from before the colon to the end of the sentence."""
    colon = masked.find(":", sentence.span[0], sentence.span[1])
    if colon < 0 or not any(masked[b] == ";" and b > colon for b in bounds):
        return bounds
    if any(b < colon for b in bounds) or any(c.position > colon for c in cues):
        return bounds
    speaking = [c for c in cues if c.speaker is not None and c.scope is not None]
    scope = speaking[0].scope if len(speaking) == 1 else None
    if scope is None or not (scope[0] >= speaking[0].span[1] and scope[0] < colon and scope[1] >= sentence.span[1] - 1):
        return bounds
    return tuple(b for b in bounds if not (masked[b] == ";" and b > colon))


def _verbless_item(masked: str, semicolon: int, end: int) -> bool:
    """Is what follows the semicolon at ``semicolon`` (to the next one or ``end``) an item of a list with no verb
    ("...; Park at 12 percent, and Cho, 9 percent."): names and figures joined by words of a list only?  It goes
    on the clause before it, and whatever reports that clause reports it."""
    stop = masked.find(";", semicolon + 1, end)
    item = masked[semicolon + 1 : end if stop < 0 else stop]
    words = _ITEM_WORD.findall(item)
    if not words or not any(ch.isdigit() for ch in item):
        return False
    return all(w[0].isupper() or w.lower().rstrip(".") in rules.VERBLESS_ITEM_WORDS for w in words)


def _series_tail(masked: str, semicolon: int, end: int) -> bool:
    """Does the last item of a series follow the semicolon at ``semicolon`` ("; and the airport shipped 900 tonnes")?"""
    rest = masked[semicolon + 1 : end].lstrip()
    word = rest.split(None, 1)[0].lower() if rest.strip() else ""
    return word in rules.SERIES_CLOSERS


def _partial_quote_subject(document: Document, quotation: Quotation, cues: Sequence[Tuple[Cue, ...]], registry: EntityRegistry) -> Optional[Attribution]:
    """A partial quotation inside a sentence with no cue, whose subject names someone ("Weld describes the party as
    “a six-lane highway”", "Hale is pledging to “build 300 homes”"): the subject's words."""
    index = _sentence_at(document.sentences, quotation.span[0])
    if index is None or cues[index] or _sentence_at(document.sentences, quotation.span[1]) != index:
        return None
    sentence = document.sentences[index]
    tokens = document.tokens_in(sentence.span[0], sentence.span[1], quoted=False)
    before = [t for t in tokens if t.end <= quotation.span[0]]
    if len(before) < 3 or before[0].lower in rules.SPEAKER_PRONOUNS:
        return None
    known = registry.copy()
    speaker, end = _speaker_after(tokens, 0, known)
    if any(t.lower in rules.CLAUSE_OPENERS and before[n - 1].text in ",;" for n, t in enumerate(before) if n > end):
        return None  # "Hale led the charge, and within weeks the board had sent “...”": another clause's subject
    if speaker is None or end >= len(before) - 1 or speaker.kind != "person":
        return None
    if end == 1 and not _met_before(registry, tokens[0]) or any(t.text.isupper() and len(t.text) > 1 for t in tokens[:end]):
        return None  # "Indeed, “...”", a headline in capitals
    words = [t for t in tokens if t.shape == "word"]
    if sum(t.capitalised for t in words) > rules.TITLE_CASE_SHARE * len(words):
        return None  # a title in title case: its capitals mark no names
    verb = _predicate_after(before, end)
    if before[verb].lower in rules.PASSIVE_AUXILIARIES and not (verb + 1 < len(before) and before[verb + 1].lower.endswith(rules.PROGRESSIVE_ENDING)):
        return None  # "Trump was not at the “Three Amigos” summit": a copula describes, it reports nothing
    return Attribution(known.add(speaker), (), "direct", tokens[verb].text, (tokens[0].start, tokens[verb].end))


def _predicate_after(tokens: Sequence[Token], k: int) -> int:
    """The first word of the predicate after a subject ending before tokens[k], past asides between commas or
    brackets and adverbs ("Hale, the mayor, (D-Ohio) clearly erred" -> "erred")."""
    while k < len(tokens):
        token = tokens[k]
        if token.text in ",(":
            close = "," if token.text == "," else ")"
            k = next((n for n in range(k + 1, len(tokens)) if tokens[n].text == close), len(tokens) - 1) + 1
            continue
        if token.shape == "word" and not _is_adverb(token):
            return k
        k += 1
    return len(tokens) - 1


def _opens_unclosed_quote(text: str, quotations: Sequence[Quotation], starts: Sequence[int], cues: Sequence[Cue], attribution: Attribution) -> bool:
    """Is the sentence's voice a colon cue ("Hale: “...") whose quote mark opens no quotation that closes?"""
    if attribution.speaker is None or attribution.span is None or text[attribution.span[1] - 1 : attribution.span[1]] != ":":
        return False
    if not any(c.span == attribution.span and c.scope is not None and c.scope[0] == c.span[1] for c in cues):
        return False
    colon = attribution.span[1]
    index = bisect.bisect_left(starts, colon)
    return not (index < len(quotations) and quotations[index].span[0] - colon <= 4)


def _names_speaker(document: Document, quotation: Quotation, speaker: Speaker) -> bool:
    """Does the quotation name the speaker in the third person ("... Hale's otherwise fine piece ...")?  Then it is
    someone else speaking of them: people do not call themselves by their surname."""
    if speaker.kind != "person" or not speaker.name:
        return False
    surname = speaker.name.split()[-1].lower()
    return any(t.bare == surname and t.capitalised for t in document.tokens_in(*quotation.span))


def _goes_on_in_voice(document: Document, opening: int, quotation: Quotation, speaker: Speaker) -> bool:
    """May a quotation in the paragraph after ``speaker``'s quote go on in their voice?  If it opens its paragraph (a quote
    paragraph), or if the narrator's words before it in its sentence open with "he", "she" or "they" or name the speaker
    ("He warned of “...”", "Hale went on: “...”"); not after a headline or someone named anew ("TRADE TALKS STALL “...”",
    "A student held a sign that read “...”")."""
    sentences, text = document.sentences, document.text
    first = opening
    while first > 0 and sentences[first - 1].paragraph == sentences[opening].paragraph:
        first -= 1
    if not text[sentences[first].span[0] : quotation.span[0]].strip(" \t\n\u00a0" + _QUOTE_MARKS):
        return True
    words = document.tokens_in(sentences[opening].span[0], quotation.span[0], quoted=False)
    last = (speaker.name or "").split()[-1:]
    return bool(words) and (words[0].lower in rules.CONTINUING_PRONOUNS or bool(last) and any(w.bare == last[0].lower() for w in words))


def _introduced(text: str, quotation: Quotation) -> bool:
    """Is the quotation introduced by a colon ("Hale: “...”", "The sign said: “...”")?  Then its own
    introducer names its voice, even when no rule reads it: it does not go on in an earlier quote's voice."""
    return text[max(0, quotation.span[0] - 4) : quotation.span[0]].rstrip(" \u00a0" + _QUOTE_MARKS).endswith(":")


def _within_sentence(cue: Cue, text: str, quotation: Quotation, sentences: Sequence[Sentence]) -> Cue:
    """A cue inside a quotation ("..., they told me, ...") reports only the sentence it stands in, not the
    rest of a long quotation: its scope ends with that sentence.  A cue right after a quote mark is the
    narrator's tag inside a badly paired quotation ("“It is rare,“ said X. “..."): it keeps the rest."""
    index = _sentence_at(sentences, cue.position)
    if index is None or text[max(quotation.span[0], cue.span[0] - 3) : cue.span[0]].rstrip(" ,").endswith(tuple(_QUOTE_MARKS)):
        return replace(cue, scope=None)
    return replace(cue, scope=(cue.position, sentences[index].span[1]))


def _is_outlet_cue(cue: Cue) -> bool:
    """Whether a cue's speaker is a news outlet."""
    return cue.speaker is not None and cue.speaker.kind == "outlet"


def _outlets_via(chosen: Cue, cues: Sequence[Cue]) -> Tuple[Speaker, ...]:
    """``chosen``'s relays, then the outlets the other cues name that are not among them yet, in order."""
    relays: List[Speaker] = list(chosen.via)
    for c in cues:
        if c is not chosen and c.speaker is not None and c.speaker.kind == "outlet" \
                and not any(_same_speaker(c.speaker, other) for other in relays + [chosen.speaker]):
            relays.append(c.speaker)  # not the chosen speaker itself ("The Times confirmed it, reporting: ...")
    return tuple(relays)


def _from_cues(cues: Sequence[Cue]) -> Attribution:
    """The attribution of a set of cues: the first inner speaker, with the outlets relaying it."""
    named = [c for c in cues if c.speaker is not None]
    if not named:
        return Attribution(None, (), "unattributed", None, None)
    inner = [c for c in named if not _is_outlet_cue(c)]
    chosen = inner[0] if inner else named[0]
    return Attribution(chosen.speaker, _outlets_via(chosen, named), "indirect", chosen.verb, chosen.span)


def _sentence_attribution(cues: Sequence[Cue], text: str, sentence: Sentence) -> Attribution:
    named = [c for c in cues if c.speaker is not None]
    if not named:
        return Attribution(None, (), "unattributed", None, None)
    inner = [c for c in named if not _is_outlet_cue(c)]
    outlets = [c for c in named if _is_outlet_cue(c)]
    if inner and outlets:
        chosen = inner[0]
        return Attribution(chosen.speaker, _outlets_via(chosen, outlets), "indirect", chosen.verb, chosen.span)
    chosen = named[0]
    return Attribution(chosen.speaker, chosen.via, "indirect", chosen.verb, chosen.span)


def _continues(text: str, sentence: Sentence, previous: Attribution) -> bool:
    """Does an unattributed sentence plainly continue the previous speaker's account?"""
    before = text[: sentence.span[0]].rstrip()
    if before.endswith(":"):
        return True
    first = sentence.text.split(None, 1)[0].lower() if sentence.text.split() else ""
    if first in rules.CONTINUATION_OPENERS:
        return True
    # "Local media say the council will ... The count will take six weeks.": reported plans go on
    return (previous.cue or "").lower() in rules.PRESENT_CUES and _main_clause_plan(sentence.text.lower().split())


def _says_for_itself(tokens: List[Token]) -> bool:
    """Does a sentence with no speaker hold a verb of saying of its own ("Just over a quarter, 27 percent, say
    they will vote no")?  Its figures are then no continuation of the previous speaker's account: they count
    whoever says it."""
    return any(t.lower in rules.SPEECH_VERBS and _is_verb_use(tokens, n) for n, t in enumerate(tokens))


def _and_moves_on(tokens: List[Token]) -> bool:
    """Does a sentence opening with "And" move the narrative on rather than continue a report: a time phrase
    ("And a few weeks later, ...", "And in 2011, ...") or a named subject of its own ("And Dana Holt, who
    founded the firm, saw her stake grow to $50 million")?"""
    if len(tokens) < 3 or tokens[0].lower != rules.AND:
        return False
    if _time_phrase_end(tokens, 1) > 1:
        return True
    if tokens[1].lower in rules.NARRATIVE_TIME_PREPOSITIONS and tokens[2].shape == "number" and (_ends_with_comma(tokens[2]) or len(tokens) > 3 and tokens[3].text == ",") \
            and regex.fullmatch(rules.NARRATIVE_YEAR, tokens[2].text.rstrip(",")):
        return True
    name, _ = _opening_subject(_initials_joined(tokens[1 : 1 + 2 * rules.SUBJECT_NAME_WORDS]))
    return name is not None


def _main_clause_plan(words: Sequence[str]) -> bool:
    """Does a plan word ("will", "would") stand in the sentence's main clause, not in a clause inside it
    ("Turnout fell, because some stayed home in hopes it would drop")?  A clause that opens the sentence
    ("If the dam holds, the town will ...") is passed over."""
    for n, word in enumerate(words):
        if word in rules.PLAN_WORDS:
            return True
        if n and word in rules.INNER_CLAUSE_OPENERS:
            return False
    return False


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
        return Attribution(chosen.speaker, _outlets_via(chosen, named), "direct", chosen.verb, chosen.span)
    return Attribution(None, (), "direct", None, None)


_CREDIT = regex.compile(r"^\({1,3}[ \t]{0,3}" + regex.escape(rules.CREDIT_WORD) + r"[ \t]+(?P<names>[^()]{1,200}?)[ \t]{0,3}\){1,3}\.?$", regex.IGNORECASE)


_NAME_LIST = regex.compile(r",|\b" + rules.AND + r"\b")


def _apply_credits(sentences: Sequence[Sentence], per_sentence: List[Attribution], credits: Optional[List[Optional[Attribution]]] = None) -> None:
    """An aggregator's credit line "(Via Al Jazeera)" attributes the unattributed sentences it closes:
    those of its own paragraph before it, or of the paragraph before when it stands alone.  ``credits``
    receives the credit of every sentence it closes (for a figure that no cue of its sentence covers)."""
    for index, sentence in enumerate(sentences):
        match = _CREDIT.match(sentence.text)
        if not match:
            continue
        first = _NAME_LIST.split(match.group("names"))[0].strip()
        if not first or any(word in rules.IMAGE_CREDIT_WORDS for word in first.lower().split()):
            continue
        credit = Attribution(Speaker(first, None, "outlet"), (), "indirect", "via", sentence.span)
        alone = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
        paragraph = sentences[index - 1].paragraph if alone and index > 0 else sentence.paragraph
        back = index - 1
        while back >= 0 and sentences[back].paragraph == paragraph:
            if per_sentence[back].speaker is None:
                per_sentence[back] = credit
            if credits is not None:
                credits[back] = credit
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
