"""Document-level recall: a name tagged once is the same name wherever it appears again.

A tagger decides sentence by sentence and misses a name in a context it finds unusual
("DeepSeek has achieved this" inside a quote). Here every untagged occurrence of a name
tagged elsewhere in the document becomes a mention with the name's usual type, and a
capitalised name coordinated with a tagged one ("Tencent and ByteDance") takes its type.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from reader.analysis.entities.cues import never_a_name
from reader.analysis.entities.mentions import MISC, PERSON, Mention, TokenizedSentence

_COORDINATORS = frozenset({"and", "or", ",", "&"})
MAX_COORDINATED = 4


def propagate(
    sentences: Sequence[TokenizedSentence], mentions: Sequence[Mention], lowercase_vocabulary: frozenset[str]
) -> list[Mention]:
    """`mentions` plus repeated and coordinated occurrences the extractor did not tag."""
    taken: dict[int, set[int]] = defaultdict(set)
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        taken[id(mention.sentence)].update(range(mention.first, mention.last + 1))
        if mention.label is not None and mention.label != MISC:
            votes[mention.tokens][mention.label] += 1
    labels = {surface: counts.most_common(1)[0][0] for surface, counts in votes.items()}
    for surface, label in list(labels.items()):
        if len(surface) > 1 and label == PERSON:
            # "Xi" of "Xi Jinping", "Trump" of "Donald Trump": short forms of a person's name.
            for part in (surface[0], surface[-1]):
                if part[:1].isupper() and part.isalpha():
                    labels.setdefault((part,), PERSON)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for surface in labels:
        by_first[surface[0]].append(surface)
    for surfaces in by_first.values():
        surfaces.sort(key=len, reverse=True)

    added: list[Mention] = []
    for sentence in sentences:
        tokens, used = sentence.tokens, taken[id(sentence)]
        index = 0
        while index < len(tokens):
            token = tokens[index]
            surface = next(
                (s for s in by_first.get(token, ()) if tuple(tokens[index : index + len(s)]) == s), None
            )
            if (
                surface is not None
                and not used.intersection(range(index, index + len(surface)))
                and not (index == 0 and len(surface) == 1 and token.lower() in lowercase_vocabulary)
            ):
                added.append(Mention(sentence, index, index + len(surface) - 1, labels[surface]))
                used.update(range(index, index + len(surface)))
                index += len(surface)
                continue
            index += 1
    everything = [*mentions, *added]
    return everything + _coordinated(everything, taken)


def _coordinated(mentions: Sequence[Mention], taken: dict[int, set[int]]) -> list[Mention]:
    """Capitalised names listed next to a typed mention: "Tencent and ByteDance"."""
    added: list[Mention] = []
    for mention in mentions:
        if mention.label is None or mention.label == MISC:
            continue
        sentence, used = mention.sentence, taken[id(mention.sentence)]
        tokens = sentence.tokens
        # A name just before: "<Name> and <mention>".
        joint = mention.first - 1
        if joint >= 1 and tokens[joint] in _COORDINATORS:
            last = joint - 1
            first = last
            while first - 1 > 0 and _name_word(tokens[first - 1]) and last - first + 1 < MAX_COORDINATED:
                first -= 1
            if first >= 1 and _name_word(tokens[last]) and not used.intersection(range(first, last + 1)):
                added.append(Mention(sentence, first, last, mention.label))
                used.update(range(first, last + 1))
        # A name just after: "<mention> and <Name>".
        joint = mention.last + 1
        if joint + 1 < len(tokens) and tokens[joint] in _COORDINATORS:
            first = last = joint + 1
            while last + 1 < len(tokens) and _name_word(tokens[last + 1]) and last - first + 1 < MAX_COORDINATED:
                last += 1
            if _name_word(tokens[first]) and not used.intersection(range(first, last + 1)):
                added.append(Mention(sentence, first, last, mention.label))
                used.update(range(first, last + 1))
    return added


def _name_word(token: str) -> bool:
    return token[:1].isupper() and token.isalpha() and not never_a_name(token)
