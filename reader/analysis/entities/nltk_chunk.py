"""NLTK's own named-entity chunker (MaxEnt, trained on ACE) over perceptron POS tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nltk.chunk import tree2conlltags

from reader.analysis.entities.mentions import Mention, TokenizedSentence, bio_mentions


class ChunkerExtractor:
    """`pos_tag` + `ne_chunk`, with the multiclass model or the binary one (untyped names)."""

    label_weight = 1.0
    """NLTK's ACE model mistypes companies as places often enough for cues to overrule it."""

    def __init__(self, tagger: Any, chunker: Any, multiclass: bool) -> None:
        self._tagger = tagger
        self._chunker = chunker
        self.name = "nltk multiclass chunker" if multiclass else "nltk binary chunker + typing rules"

    def extract(self, sentences: Sequence[TokenizedSentence]) -> list[Mention]:
        mentions: list[Mention] = []
        for sentence in sentences:
            if not sentence.tokens:
                continue
            tagged = self._tagger.tag(list(sentence.tokens))
            tags = [iob for _, _, iob in tree2conlltags(self._chunker.parse(tagged))]
            mentions.extend(bio_mentions(sentence, tags))
        return mentions
