"""What extractors produce: a name found in a sentence, with a provisional type."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.analysis.text import SentenceRef, token_spans
from reader.model import Location

PERSON, ORGANIZATION, PLACE, MISC = "PERSON", "ORGANIZATION", "PLACE", "MISC"


@dataclass(frozen=True, slots=True)
class TokenizedSentence:
    """A sentence with its tokens and their character spans in the paragraph."""

    ref: SentenceRef
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def tokenize_sentences(
    sentences: Sequence[SentenceRef], check: Callable[[], None] | None = None
) -> list[TokenizedSentence]:
    """Tokens of every sentence; `check` is called now and then (it raises to stop the work)."""
    tokenized = []
    for number, ref in enumerate(sentences):
        if check is not None and number % 256 == 0:
            check()
        offset = ref.location.start
        spans = token_spans(ref.text)
        tokenized.append(
            TokenizedSentence(
                ref,
                tuple(ref.text[s:e] for s, e in spans),
                tuple((offset + s, offset + e) for s, e in spans),
            )
        )
    return tokenized


@dataclass(frozen=True, slots=True)
class Mention:
    """A run of tokens an extractor took for a name."""

    sentence: TokenizedSentence
    first: int
    last: int
    """Token indices, inclusive."""
    label: str | None
    """PERSON, ORGANIZATION, PLACE, MISC, or None when the extractor does not type names."""

    @property
    def tokens(self) -> tuple[str, ...]:
        return self.sentence.tokens[self.first : self.last + 1]

    @property
    def before(self) -> tuple[str, ...]:
        return self.sentence.tokens[max(0, self.first - 2) : self.first]

    @property
    def after(self) -> tuple[str, ...]:
        return self.sentence.tokens[self.last + 1 : self.last + 3]

    @property
    def location(self) -> Location:
        ref = self.sentence.ref.location
        start = self.sentence.spans[self.first][0]
        end = self.sentence.spans[self.last][1]
        return Location(ref.paragraph, start, end, ref.section)


def bio_mentions(sentence: TokenizedSentence, tags: Sequence[str]) -> list[Mention]:
    """Mentions from BIO tags (B-PER, I-PER, ... or B-NE); labels mapped to dsreader's kinds."""
    mentions: list[Mention] = []
    start: int | None = None
    label: str | None = None
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix != "I" or kind != label):
            mentions.append(Mention(sentence, start, index - 1, LABELS.get(label or "")))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = index, kind
    return mentions


LABELS = {
    "PER": PERSON,
    "PERSON": PERSON,
    "ORG": ORGANIZATION,
    "ORGANIZATION": ORGANIZATION,
    "LOC": PLACE,
    "LOCATION": PLACE,
    "GPE": PLACE,
    "GSP": PLACE,
    "FACILITY": PLACE,
    "MISC": MISC,
}
"""Tag sets of CoNLL and NLTK's ACE chunker, mapped to dsreader's kinds ("NE" is untyped)."""
