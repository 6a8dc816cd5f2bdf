"""From mentions to entities: clean each name, merge aliases, decide one type per entity.

An extractor looks at one sentence at a time; a reader looks at the whole article.
Here "President Xi Jinping" becomes Xi Jinping, "DeepSeek's" becomes DeepSeek, "Liang"
joins "Liang Wenfeng", and an entity's type is voted over all its mentions together with
cues such as titles, organisation words and gazetteers.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reader.analysis.entities.cues import (
    ALIAS_GROUPS,
    COMMON_ORGANIZATIONS,
    COMMON_PLACES,
    HOLIDAYS,
    MONTHS,
    MULTIWORD_PLACES,
    NATIONALITIES,
    ORG_CONTEXT,
    ORG_ROLES,
    ORG_WORDS,
    PERSON_ROLES,
    PERSON_TITLES,
    PLACE_WORDS,
    PRODUCT_NOUNS,
    TEAM_ROLES,
    WEEKDAYS,
    _words,
    never_a_name,
)
from reader.analysis.entities.mentions import MISC, ORGANIZATION, PERSON, PLACE, Mention
from reader.analysis.quotes import strip_title
from reader.analysis.resources import NameLists
from reader.model import Entity, EntityKind, Location

# Honorifics removed from a name; military ranks and "General" only when the extractor
# already says the name is a person ("General Motors" is a company).
STRIP_TITLES = (
    _words("""mr mrs ms miss dr prof professor sir dame lord lady president senator sen rep governor
    gov mayor judge justice chancellor premier minister secretary king queen prince princess
    pope rev reverend ambassador sheikh emir sultan cardinal bishop archbishop rabbi imam
    vice prime congressman congresswoman""")
)
_POSSESSIVE = ("'s", "’s", "'", "’")
_ALIASES = {
    alias.casefold().replace(".", ""): group[0].casefold() for group in ALIAS_GROUPS for alias in group
}
_PUNCT = re.compile(r"^\W+$")
_DOCUMENT_WORDS = frozenset(
    {"act", "bill", "treaty", "agreement", "accord", "accords", "convention", "protocol", "law"}
)
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]*)+$|^[A-Z][a-z]+[A-Z]{2,}$")
_KINDS = {PERSON: EntityKind.PERSON, ORGANIZATION: EntityKind.ORGANIZATION, PLACE: EntityKind.PLACE}
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "who"})
ANTECEDENT_PARAGRAPHS = 3
"""How far back a pronoun may look for the person it stands for."""
_CONNECTORS = frozenset({"of", "the", "and", "for", "&", "de", "du", "van", "von"})
_NAME_PARTICLES = _CONNECTORS | frozenset(
    {"des", "der", "den", "la", "le", "da", "di", "del", "della", "al", "el", "bin", "ibn", "y", "upon", "on"}
)
"""Lower-case words that belong inside a name ("Bank of England", "Ludwig van Beethoven")."""
_BROADCASTER = re.compile(r"^[A-Z0-9]{2,}-(?:TV|FM|AM|DT)$")
"""A station's call sign ("KOMO-TV", "WXYZ-FM"): a broadcaster, whatever it "said"."""
_AFTER_TITLE = frozenset({"mother", "father", "consort", "regent", "dowager", "emeritus", "mum"})
"""Words that with a title before them are the name ("the Queen Mother", "Prince Consort")."""
_NAMED_AFTER = _words("""airport stadium station hospital park bridge street road avenue square hotel prison
    school arena centre center museum palace house tower church cathedral mosque temple port harbour base
    echo times post herald telegraph journal gazette mirror tribune chronicle express standard observer""")
"""Places and papers named after a town ("Hefei Xinqiao International Airport", "Liverpool
Echo"): not another name for it."""
_FEMALE_WORDS = _words(
    "mother queen princess duchess lady dame mrs ms miss countess baroness empress sister wife daughter"
)
_MALE_WORDS = _words("father king prince duke lord sir mr count baron emperor brother husband son")
"""Words in a name that say which pronoun can stand for it."""


def name_key(text: str) -> str:
    """What two spellings of a name must share: case, dots and spacing do not matter."""
    key = " ".join(text.casefold().replace(".", "").split())
    return _ALIASES.get(key, key)


@dataclass(slots=True)
class _Candidate:
    key: str
    tokens: tuple[str, ...]
    surfaces: Counter[str] = field(default_factory=Counter)
    locations: list[Location] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)

    def absorb(self, other: _Candidate, votes: bool = True) -> None:
        self.surfaces.update(other.surfaces)
        self.locations.extend(other.locations)
        if votes:
            self.votes.update(other.votes)

    @property
    def typed(self) -> bool:
        """Whether any real evidence (a label or a cue) says what kind of name this is."""
        return bool(self.votes) and max(self.votes.values()) >= 1.0

    @property
    def kind(self) -> str | None:
        if not self.votes:
            return None
        best, weight = max(self.votes.items(), key=lambda kv: (kv[1], kv[0] == PERSON))
        return best if weight > 0 else None


@dataclass(slots=True)
class _Cleaned:
    text: str
    tokens: tuple[str, ...]
    first: int
    """Index of the first of `tokens` in the mention's sentence."""
    location: Location
    votes: Counter[str]


def resolve_entities(
    mentions: Iterable[Mention],
    names: NameLists | None,
    lowercase_vocabulary: frozenset[str] = frozenset(),
    label_weight: float = 1.0,
) -> tuple[Entity, ...]:
    """One `Entity` per person, organisation or place, most mentioned first.

    `label_weight` is the vote of the extractor's own label against the cue words
    (benchmarks give gold labels an overwhelming weight)."""
    candidates: dict[str, _Candidate] = {}

    def clean(mention: Mention) -> _Cleaned | None:
        return clean_mention(mention, names, lowercase_vocabulary, label_weight)

    found = [(m, c) for m in split_at_lowercase(join_adjacent(mentions)) if (c := clean(m)) is not None]
    first_names = names.male | names.female if names else frozenset()
    for cleaned in split_glued(found, clean, first_names):
        key = name_key(cleaned.text)
        candidate = candidates.get(key)
        if candidate is None:
            candidate = candidates[key] = _Candidate(key, cleaned.tokens)
        candidate.surfaces[cleaned.text] += 1
        candidate.locations.append(cleaned.location)
        candidate.votes.update(cleaned.votes)
    merged = _merge_aliases(candidates)
    entities = []
    for candidate in merged:
        kind = candidate.kind
        if kind not in _KINDS:
            continue
        name, aliases = _display_name(candidate, kind)
        locations = tuple(sorted(set(candidate.locations), key=lambda loc: (loc.paragraph, loc.start)))
        entities.append(Entity(name, _KINDS[kind], locations, aliases))
    return tuple(sorted(entities, key=lambda e: (-e.count, e.name.casefold())))


def join_adjacent(mentions: Iterable[Mention]) -> list[Mention]:
    """Join names the extractor split in two ("Robert" + "Hale" → "Robert Hale", "Queen" +
    "Mother")."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.sentence is mention.sentence
            and previous.last + 1 == mention.first
            and (
                (previous.label == mention.label and mention.label in (PERSON, None))
                or (mention.first == mention.last and mention.sentence.tokens[mention.first].lower() in _AFTER_TITLE)
            )
        ):
            joined[-1] = Mention(mention.sentence, previous.first, mention.last, mention.label)
        else:
            joined.append(mention)
    return joined


def split_at_lowercase(mentions: Iterable[Mention]) -> list[Mention]:
    """Split a span the extractor ran across an ordinary word ("Queen in Balmoral")."""
    pieces: list[Mention] = []
    for mention in mentions:
        tokens = mention.sentence.tokens
        start = mention.first
        for index in range(mention.first, mention.last + 1):
            token = tokens[index].rstrip(".")  # "Luis added." when the full stop stays on
            if token.isalpha() and token.islower() and len(token) > 1 and token not in _NAME_PARTICLES:
                if start < index:
                    pieces.append(Mention(mention.sentence, start, index - 1, mention.label))
                start = index + 1
        if start == mention.first:
            pieces.append(mention)
        elif start <= mention.last:
            pieces.append(Mention(mention.sentence, start, mention.last, mention.label))
    return pieces


def split_glued(
    found: Sequence[tuple[Mention, _Cleaned]],
    clean: Callable[[Mention], _Cleaned | None],
    first_names: frozenset[str] = frozenset(),
) -> list[_Cleaned]:
    """Split two names run together ("Manchester United River Plate", "Real Madrid Neymar").

    Scraped pages lose the full stop between a photo caption and the next sentence, so an
    extractor sees one long name. A name written so only once, whose two halves the
    article also writes on their own, is two names; so is one that ends in the surname of
    someone else the article names ("Wembley Henderson" beside "Jordan Henderson") after a
    word that is not a first name.
    """
    seen = Counter(name_key(c.text) for _, c in found)
    surnames: dict[str, set[str]] = {}
    for _, c in found:
        if len(c.tokens) > 1 and c.votes and c.votes.most_common(1)[0][0] == PERSON:
            surnames.setdefault(name_key(c.tokens[-1]), set()).add(name_key(c.text))
    result: list[_Cleaned] = []
    for mention, cleaned in found:
        parts = None
        if len(cleaned.tokens) > 1:
            parts = _halves(mention, cleaned, seen)
            whole, surname = name_key(cleaned.text), name_key(cleaned.tokens[-1])
            if parts is None and seen[whole] == 1 and surnames.get(surname, set()) - {whole} \
                    and cleaned.tokens[-2] not in first_names and cleaned.tokens[-2] not in _CONNECTORS:
                parts = _cut(mention, cleaned, len(cleaned.tokens) - 1)
        if parts is None:
            result.append(cleaned)
            continue
        result.extend(c for part in parts if (c := clean(part)) is not None)
    return result


def _halves(mention: Mention, cleaned: _Cleaned, seen: Counter[str]) -> tuple[Mention, Mention] | None:
    if seen[name_key(cleaned.text)] > 1:
        return None  # the article writes it this way more than once: one name
    tokens = cleaned.tokens
    for cut in range(1, len(tokens)):
        left, right = tokens[:cut], tokens[cut:]
        if right[0].lower() in ("and", "&"):
            right = right[1:]
        if not right or left[-1] in _CONNECTORS or right[0] in _CONNECTORS:
            continue
        if any(len(half) == 1 and half[0].lower() in ORG_WORDS | PLACE_WORDS for half in (left, right)):
            continue  # "Emirates Stadium", "Sky Sports": a name and the kind of thing it names
        if seen[name_key(" ".join(left))] and seen[name_key(" ".join(right))]:
            return _cut(mention, cleaned, cut, len(tokens) - cut - len(right))
    return None


def _cut(mention: Mention, cleaned: _Cleaned, cut: int, skip: int = 0) -> tuple[Mention, Mention]:
    """`cleaned` as two mentions: its first `cut` tokens, and the rest after `skip` more."""
    first = cleaned.first
    last = first + len(cleaned.tokens) - 1
    return (
        Mention(mention.sentence, first, first + cut - 1, mention.label),
        Mention(mention.sentence, first + cut + skip, last, mention.label),
    )


def clean_mention(
    mention: Mention,
    names: NameLists | None,
    lowercase_vocabulary: frozenset[str] = frozenset(),
    label_weight: float = 1.0,
) -> _Cleaned | None:
    """Strip titles, possessives and articles from a mention and collect type cues; None for junk."""
    tokens = list(mention.tokens)
    first, last = mention.first, mention.last
    before = mention.sentence.tokens[first - 1] if first else ""
    if len(tokens) == 1 and tokens[0].lower() in _AFTER_TITLE and before.lower() in STRIP_TITLES:
        tokens.insert(0, before)  # "Queen Mother" when the extractor saw only "Mother"
        first -= 1
    votes: Counter[str] = Counter()
    if mention.label:
        votes[mention.label] += label_weight
    while last >= first and (tokens[-1] in _POSSESSIVE or _PUNCT.match(tokens[-1])):
        tokens.pop()
        last -= 1
    while tokens and (tokens[0].lower() in ("the", "a", "an") or _PUNCT.match(tokens[0])):
        tokens.pop(0)
        first += 1
    # "However Real Madrid", "Batiste The": a sentence word glued on where a full stop was lost.
    while len(tokens) > 1 and _sentence_word(tokens[0]) and tokens[0].lower() not in STRIP_TITLES:
        tokens.pop(0)
        first += 1
    while len(tokens) > 1 and _sentence_word(tokens[-1]):
        tokens.pop()
        last -= 1
    while len(tokens) > 1 and _is_strippable_title(tokens, mention.label) and not (
        len(tokens) == 2 and tokens[1].lower() in _AFTER_TITLE
    ):
        votes[PERSON] += 2.0
        tokens.pop(0)
        first += 1
    cut = _role_prefix(tokens, mention.label)
    if cut:  # "Fed Chair Jerome Powell", "Treasury Secretary Janet Yellen": the name follows the role
        votes[PERSON] += 2.0
        del tokens[:cut]
        first += cut
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].lower() in STRIP_TITLES:
        votes[PERSON] += 4.0  # "the Queen", "the Pope": the holder of the office, whatever a tagger says
    sentence = mention.sentence
    start = sentence.spans[first][0]
    end = sentence.spans[last][1]
    paragraph_start = sentence.ref.location.start
    text = sentence.ref.text[start - paragraph_start : end - paragraph_start]
    for suffix in ("'s", "’s"):  # a possessive glued to the name by white-space tokenisation
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text, end = text[: -len(suffix)], end - len(suffix)
    if _is_junk(text, tokens, first, lowercase_vocabulary):
        return None
    location = Location(sentence.ref.location.paragraph, start, end, sentence.ref.location.section)
    context: Counter[str] = Counter()
    _context_votes(context, mention, tokens, first, last)
    # What the sentence says around a name ("the Biden administration", "Baidu's Ernie
    # chatbot") outweighs any one label, even a trained model's.
    for kind, weight in context.items():
        votes[kind] += weight * max(1.0, label_weight)
    _lexical_votes(votes, text, tokens, names, trusted=label_weight > 1)
    return _Cleaned(text, tuple(tokens), first, location, votes)


def _sentence_word(token: str) -> bool:
    """"However", "The": never part of a name ("AI" in "Moonshot AI" is)."""
    return token.istitle() and never_a_name(token)


def _role_prefix(tokens: list[str], label: str | None) -> int:
    """Tokens before a person's name that describe their office ("Fed Chair", "Chief
    Executive"), when the rest is a two-word name; 0 when there are none."""
    if label not in (PERSON, None) or len(tokens) < 3:
        return 0
    for index in range(len(tokens) - 2, 0, -1):
        word = tokens[index].lower().rstrip(".")
        if word in PERSON_TITLES or word in PERSON_ROLES or word == "chair":
            rest = tokens[index + 1 :]
            return index + 1 if 1 <= len(rest) <= 3 and all(t[:1].isupper() for t in rest) else 0
    return 0


def _is_strippable_title(tokens: list[str], label: str | None) -> bool:
    word = tokens[0].lower().rstrip(".")
    if word in STRIP_TITLES:
        return tokens[-1].lower() not in ORG_WORDS
    return word in PERSON_TITLES and label == PERSON


def _is_junk(text: str, tokens: list[str], first: int, lowercase_vocabulary: frozenset[str]) -> bool:
    lowered = text.casefold()
    if len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    if lowered in MONTHS or lowered in WEEKDAYS or lowered in HOLIDAYS:
        return True
    if all(never_a_name(t) or t.lower() in MONTHS or t.lower() in WEEKDAYS for t in tokens):
        return True
    # A capitalised common word opening a sentence ("However", "Experts").
    return len(tokens) == 1 and first == 0 and lowered in lowercase_vocabulary


def _context_votes(votes: Counter[str], mention: Mention, tokens: list[str], first: int, last: int) -> None:
    sentence_tokens = mention.sentence.tokens
    before = [t.lower().rstrip(".") for t in sentence_tokens[max(0, first - 2) : first]]
    after = [t.lower() for t in sentence_tokens[last + 1 : last + 4]]
    if before and (before[-1] in PERSON_TITLES or before[-1] in PERSON_ROLES):
        votes[PERSON] += 2.0
    if after[:1] and after[0] in ("administration", "government") and len(tokens) == 1:
        # "the Biden administration": a surname, not an organisation called Biden.
        votes[PERSON] += 2.0
    if after[:1] and after[0] in TEAM_ROLES and mention.sentence.tokens[last + 1][:1].islower():
        votes[ORGANIZATION] += 1.5  # "Chelsea boss Jose Mourinho", "Burnley fans"
    if after[:1] and after[0] in _POSSESSIVE and len(after) > 1 and after[1] in ORG_ROLES:
        votes[ORGANIZATION] += 1.5  # "DeepSeek's founder", "Alibaba's shares"
    if after[:1] == [","] and len(after) > 2 and after[1] in _DETERMINERS and after[2] in PERSON_ROLES:
        votes[PERSON] += 1.5  # "Liang Wenfeng, the founder"
    if tuple(before) in ORG_CONTEXT:
        votes[ORGANIZATION] += 2.0  # "shares of Nvidia", "analysts at Morgan Stanley"
    if after[:1] and after[0] in PRODUCT_NOUNS:
        votes[MISC] += 2.0  # "the Ernie chatbot": a product
    elif len(after) > 1 and after[1] in PRODUCT_NOUNS and (after[0] in _POSSESSIVE or _has_digit(after[0])):
        votes[ORGANIZATION] += 1.5  # "Baidu's Ernie chatbot", "Nvidia A100 chips": the maker
    elif len(after) > 2 and after[0] in _POSSESSIVE and after[2] in PRODUCT_NOUNS:
        votes[ORGANIZATION] += 1.5


def _has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


def _lexical_votes(
    votes: Counter[str], text: str, tokens: list[str], names: NameLists | None, trusted: bool = False
) -> None:
    """Votes from the words of the name; `trusted` when a trained model typed it already."""
    lowered = [t.lower().rstrip(".") for t in tokens]
    if any(t in ORG_WORDS for t in lowered[1:]) or (len(lowered) > 1 and lowered[0] in ORG_WORDS):
        votes[ORGANIZATION] += 2.0
    if text in COMMON_ORGANIZATIONS or _BROADCASTER.match(text):
        votes[ORGANIZATION] += 4.0
    elif len(tokens) == 1 and _CAMEL.match(text):
        votes[ORGANIZATION] += 1.5  # "OpenAI", "ByteDance", "YouTube": brand spelling
    if lowered[-1] in _DOCUMENT_WORDS and len(tokens) > 1:
        votes[MISC] += 6.0  # "the AI Act", "the Paris Agreement": laws and treaties, not bodies
    if lowered[-1] in PLACE_WORDS and len(tokens) > 1:
        votes[PLACE] += 2.0
    places = names.places if names else frozenset()
    known_place = text in places or text in COMMON_PLACES or text in MULTIWORD_PLACES or name_key(text) in ("us", "uk")
    if known_place:
        votes[PLACE] += 2.0
    elif names and votes[PLACE] and not trusted and not any(t in PLACE_WORDS for t in lowered):
        # The ACE chunker calls many companies GPEs ("Nvidia", "Tencent"); a "place" no
        # gazetteer knows is more often an organisation.
        votes[PLACE] -= 0.5
        votes[ORGANIZATION] += 0.6
    if text in NATIONALITIES or (names and text in names.nationalities):
        votes[MISC] += 3.0
    if names and not trusted and len(tokens) >= 2 and tokens[0] in names.male | names.female and text not in places:
        votes[PERSON] += 1.5
    if not votes:
        # No evidence at all (heuristic extractor): short all-letter names are mostly people.
        if 2 <= len(tokens) <= 3 and all(t.isalpha() and t[0].isupper() and not t.isupper() for t in tokens):
            votes[PERSON] += 0.2
        else:
            votes[ORGANIZATION] += 0.1


def _merge_aliases(candidates: dict[str, _Candidate]) -> list[_Candidate]:
    """Fold short forms into the full name: "Liang" and "Wenfeng" into "Liang Wenfeng",
    "EU" into "European Union"."""
    full = [c for c in candidates.values() if len(c.key.split()) >= 2]
    merged_into: dict[str, _Candidate] = {}
    for candidate in candidates.values():
        words = candidate.key.split()
        if len(words) != 1:
            continue
        word = words[0]
        if word in STRIP_TITLES:
            continue  # "the Queen" is not short for "the Queen Mother"
        containers = [
            f for f in full
            if word in (f.key.split()[0], f.key.split()[-1]) and f.key.split()[-1] not in _NAMED_AFTER
        ]
        # Only a name of the same kind: "Moscow" the city is not short for "Dynamo Moscow".
        # But a person's surname is the person whatever a tagger called it ("Sterling" after
        # "Raheem Sterling"), unless it is a well-known place or organisation in its own right.
        surname_of = [
            f for f in containers
            if f.kind == PERSON and f.key.split()[-1] == word
            and candidate.tokens[0] not in COMMON_PLACES and candidate.tokens[0] not in COMMON_ORGANIZATIONS
        ]
        containers = [f for f in containers if not candidate.typed or f.kind in (None, candidate.kind)]
        if not containers and len(surname_of) == 1:
            surname_of[0].absorb(candidate, votes=False)  # the full name's type stands
            merged_into[candidate.key] = surname_of[0]
            continue
        if not containers:
            acronym = [f for f in full if len(word) >= 2 and _initials(f.key) == word]
            containers = acronym
        if len(containers) > 1:
            people = [f for f in containers if f.kind == PERSON and f.key.split()[-1] == word]
            containers = people if len(people) == 1 else []
        if len(containers) == 1:
            containers[0].absorb(candidate)
            merged_into[candidate.key] = containers[0]
    return [c for c in candidates.values() if c.key not in merged_into]


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _CONNECTORS)


def _display_name(candidate: _Candidate, kind: str) -> tuple[str, tuple[str, ...]]:
    surfaces = candidate.surfaces
    if kind == PERSON:
        longest = max(len(s.split()) for s in surfaces)
        name = max((s for s in surfaces if len(s.split()) == longest), key=lambda s: (surfaces[s], s))
    else:
        # A dateline's "WASHINGTON" gives way to "Washington" written anywhere else.
        name = max(surfaces, key=lambda s: (not _shouting(s), surfaces[s], len(s), s))
    aliases = tuple(sorted(s for s in surfaces if s != name))
    if _shouting(name):
        name = name.title()
    return name, aliases


def _shouting(name: str) -> bool:
    """An all-capitals name that is not an acronym ("WASHINGTON", not "NATO")."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 4 or not all(c.isupper() for c in letters):
        return False
    # "KOMO-TV" and "AT&T" are acronyms joined up; "NEW YORK" and "WASHINGTON" are shouted.
    return " " in name.strip() or any(len(part) > 4 for part in re.split(r"[-&./]", name))


class SpeakerResolver:
    """Maps the way a quote names its speaker to an entity's name.

    Names and short names go through the entities' aliases; "he" and "she" go to the
    closest person named before the quote whose first name does not contradict the pronoun.
    """

    def __init__(self, entities: Sequence[Entity], names: NameLists | None) -> None:
        self._by_key: dict[str, str] = {}
        people: list[tuple[int, int, str]] = []
        for entity in entities:
            for surface in (entity.name, *entity.aliases):
                self._by_key.setdefault(name_key(surface), entity.name)
            if entity.kind is EntityKind.PERSON:
                people.extend((m.paragraph, m.start, entity.name) for m in entity.mentions)
                for part in entity.name.split():
                    self._by_key.setdefault(name_key(part), entity.name)
        people.sort()
        self._positions = [(p, s) for p, s, _ in people]
        self._people = [name for _, _, name in people]
        self._names = names

    def __call__(self, cue: str, location: Location) -> str | None:
        word = cue.lower()
        if word in ("he", "she"):
            return self._antecedent(word, location)
        if word == "they":
            return None
        name = strip_title(cue)
        known = self._by_key.get(name_key(name))
        if known is None and len(name.split()) > 1:
            # "Fed Chair Jerome Powell": the words that end it name the person.
            for size in (2, 1):
                known = self._by_key.get(name_key(" ".join(name.split()[-size:])))
                if known is not None:
                    break
        return known or name

    def _antecedent(self, pronoun: str, location: Location) -> str | None:
        index = bisect.bisect_left(self._positions, (location.paragraph, location.start))
        for position in range(index - 1, -1, -1):
            if location.paragraph - self._positions[position][0] > ANTECEDENT_PARAGRAPHS:
                break
            candidate = self._people[position]
            if self._gender_fits(candidate, pronoun):
                return candidate
        return None

    def _gender_fits(self, name: str, pronoun: str) -> bool:
        words = {w.lower() for w in name.split()}
        if words & _FEMALE_WORDS:
            return pronoun == "she"  # "the Queen Mother" is not "he"
        if words & _MALE_WORDS:
            return pronoun == "he"
        if self._names is None:
            return True
        first = name.split()[0]
        male, female = first in self._names.male, first in self._names.female
        if male and not female:
            return pronoun == "he"
        if female and not male:
            return pronoun == "she"
        return True
