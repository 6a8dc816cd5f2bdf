"""People, organisations and places: an extractor finds names, `resolve` makes entities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from reader.analysis.entities.crf import CrfExtractor
from reader.analysis.entities.heuristic import CapitalisationExtractor
from reader.analysis.entities.mentions import Mention, TokenizedSentence
from reader.analysis.entities.nltk_chunk import ChunkerExtractor
from reader.analysis.entities.propagate import propagate
from reader.analysis.entities.resolve import SpeakerResolver, resolve_entities
from reader.analysis.options import DEFAULT_NER, NER_METHODS
from reader.analysis.resources import NameLists, Resources
from reader.model import Component, Entity

__all__ = ["DEFAULT_NER", "NER_METHODS", "SpeakerResolver", "choose_extractor", "find_entities"]


class Extractor(Protocol):
    name: str
    label_weight: float
    """How much the extractor's own type outweighs dsreader's cue words in resolution."""

    def extract(self, sentences: Sequence[TokenizedSentence]) -> list[Mention]: ...


def lowercase_vocabulary(sentences: Sequence[TokenizedSentence]) -> frozenset[str]:
    """Words the text uses in lower case: capitalised at a sentence start they are not names."""
    return frozenset(t for s in sentences for t in s.tokens if t.islower())


def choose_extractor(
    method: str, resources: Resources, vocabulary: frozenset[str] = frozenset()
) -> tuple[Extractor, Component]:
    """The extractor for `method`, or the best fallback the installed data allows."""
    if method == "crf":
        tagger = resources.crf_tagger
        if tagger is not None:
            extractor = CrfExtractor(tagger, vocabulary)
            return extractor, Component("entities", extractor.name, False, "--ner crf")
        heuristic = CapitalisationExtractor(vocabulary)
        return heuristic, Component("entities", f"{heuristic.name} (CRF model missing)", True, "--ner crf")
    if method == "nltk":
        tagger = resources.tagger
        multiclass = resources.has_multiclass_chunker
        chunker = resources.chunker(multiclass) if tagger is not None else None
        if chunker is None and multiclass and tagger is not None:
            multiclass = False
            chunker = resources.chunker(False)
        if tagger is not None and chunker is not None:
            extractor = ChunkerExtractor(tagger, chunker, multiclass)
            return extractor, Component("entities", extractor.name, False, "--ner nltk")
        heuristic = CapitalisationExtractor(vocabulary)
        return heuristic, Component(
            "entities", f"{heuristic.name} (NLTK tagger/chunker missing)", True, "--ner nltk"
        )
    heuristic = CapitalisationExtractor(vocabulary)
    return heuristic, Component("entities", heuristic.name, False, "--ner heuristic")


BATCH = 256
"""Sentences tagged between two checks for cancellation."""


def find_entities(
    sentences: Sequence[TokenizedSentence],
    method: str,
    resources: Resources,
    check: Callable[[], None] | None = None,
) -> tuple[tuple[Entity, ...], Component]:
    """Entities of the document; `check` is called between batches (it raises to stop)."""
    vocabulary = lowercase_vocabulary(sentences)
    extractor, component = choose_extractor(method, resources, vocabulary)
    mentions: list[Mention] = []
    for start in range(0, len(sentences), BATCH):
        if check is not None:
            check()
        mentions.extend(extractor.extract(sentences[start : start + BATCH]))
    entities = document_entities(sentences, mentions, resources.names, vocabulary, extractor.label_weight)
    return entities, component


def document_entities(
    sentences: Sequence[TokenizedSentence],
    mentions: Sequence[Mention],
    names: NameLists | None,
    vocabulary: frozenset[str],
    label_weight: float,
) -> tuple[Entity, ...]:
    """The document-level step after any extractor: propagate names, then resolve them."""
    return resolve_entities(propagate(sentences, mentions, vocabulary), names, vocabulary, label_weight)
