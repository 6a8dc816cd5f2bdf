"""Analysis: a `Document` in, an `Analysis` (summary, quotes, entities) out. No UI here."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.analysis.entities import DEFAULT_NER, NER_METHODS, SpeakerResolver, find_entities
from reader.analysis.entities.mentions import TokenizedSentence, tokenize_sentences
from reader.analysis.quotes import extract_quotes
from reader.analysis.resources import Resources, shared
from reader.analysis.summarize import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    GREEDY,
    Length,
    rate,
    resolve_algorithm,
    summarize,
    sumy_document,
)
from reader.analysis.text import SentenceRef, Tokenizer, split_sentences
from reader.model import Analysis, Component, Document, Entity, Quote, Summary

__all__ = ["ALGORITHMS", "NER_METHODS", "Analyzer", "Cancelled", "Length", "Options", "analyze", "resolve_algorithm"]

Progress = Callable[[str], None]


class Cancelled(Exception):
    """The analysis was stopped because nobody wants its result any more."""


@dataclass(frozen=True, slots=True)
class Options:
    algorithm: str = DEFAULT_ALGORITHM
    length: Length = field(default_factory=Length)
    ner: str = DEFAULT_NER


class Analyzer:
    """Analysis of one document, computed lazily and kept: switching the summary algorithm
    or length re-rates nothing that was rated before."""

    def __init__(
        self,
        document: Document,
        resources: Resources | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> None:
        self.document = document
        self.resources = resources or shared()
        self.tokenizer = Tokenizer(self.resources)
        self.timings: dict[str, float] = {}
        self._should_stop = should_stop
        with self._timed("sentences"):
            self.sentences: list[SentenceRef] = split_sentences(document, self.tokenizer, self.check)
        self._model = None
        self._ratings: dict[tuple[str, int | None], list[float]] = {}
        self._tokenized: list[TokenizedSentence] | None = None
        self._entities: dict[str, tuple[tuple[Entity, ...], Component]] = {}

    def check(self) -> None:
        """Raise `Cancelled` if the caller asked to stop (called between units of work)."""
        if self._should_stop is not None and self._should_stop():
            raise Cancelled

    def _timed(self, name: str) -> _Timer:
        return _Timer(self.timings, name)

    def ratings(self, algorithm: str, needed: int | None = None) -> list[float]:
        """Every sentence's rating by `algorithm` (greedy ones rate the `needed` best only)."""
        algorithm = resolve_algorithm(algorithm)
        key = (algorithm, needed if algorithm in GREEDY else None)
        if key not in self._ratings:
            self.check()
            with self._timed(f"rate:{algorithm}"):
                if self._model is None:
                    self._model = sumy_document(self.document, self.sentences, self.tokenizer)
                self._ratings[key] = rate(algorithm, self._model, needed)
        return self._ratings[key]

    def summary(self, algorithm: str = DEFAULT_ALGORITHM, length: Length | None = None) -> Summary:
        algorithm = resolve_algorithm(algorithm)
        length = length or Length()
        ratings = self.ratings(algorithm, length.count(len(self.sentences)))
        return summarize(algorithm, length, self.sentences, ratings)

    def entities(self, ner: str = DEFAULT_NER) -> tuple[tuple[Entity, ...], Component]:
        if ner not in self._entities:
            if self._tokenized is None:
                with self._timed("tokens"):
                    self._tokenized = tokenize_sentences(self.sentences, self.check)
            with self._timed(f"entities:{ner}"):
                self._entities[ner] = find_entities(self._tokenized, ner, self.resources, self.check)
        return self._entities[ner]

    def quotes(self, entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
        """Quotes ranked by the importance the default summariser gives their sentences."""
        ratings = self.ratings(DEFAULT_ALGORITHM)
        low, high = (min(ratings), max(ratings)) if ratings else (0.0, 0.0)
        importance = [(r - low) / ((high - low) or 1.0) for r in ratings]
        resolver = SpeakerResolver(entities, self.resources.names)
        with self._timed("quotes"):
            return extract_quotes(self.document, self.sentences, importance, resolver)

    def run(self, options: Options | None = None, progress: Progress | None = None) -> Analysis:
        options = options or Options()
        report = progress or (lambda stage: None)
        report("summary")
        summary = self.summary(options.algorithm, options.length)
        report("entities")
        entities, ner = self.entities(options.ner)
        report("quotes")
        quotes = self.quotes(entities)
        components = (*self.resources.components(), ner)
        return Analysis(summary, quotes, entities, components, dict(self.timings))


def analyze(document: Document, options: Options | None = None, resources: Resources | None = None) -> Analysis:
    """Summary, quotes and entities of `document` in one call."""
    return Analyzer(document, resources).run(options)


class _Timer:
    def __init__(self, timings: dict[str, float], name: str) -> None:
        self._timings, self._name = timings, name

    def __enter__(self) -> None:
        self._start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self._timings[self._name] = round(time.perf_counter() - self._start, 4)
