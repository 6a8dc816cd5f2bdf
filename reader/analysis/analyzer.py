"""The analysis of one document: sentences, summaries, names and quotes, each computed once."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sumy.models.dom import ObjectDocumentModel

from reader.analysis.default import Choice, Rated, pick, rate_sentences
from reader.analysis.entities import SpeakerResolver, find_entities
from reader.analysis.entities.mentions import TokenizedSentence, tokenize_sentences
from reader.analysis.fast import Ratings, content_stems
from reader.analysis.options import ALGORITHM_LABELS, DEFAULT_ALGORITHM, DEFAULT_NER, Length, Options, resolve_algorithm
from reader.analysis.quotes import extract_quotes
from reader.analysis.resources import Resources, shared
from reader.analysis.summarize import (
    GREEDY,
    _stemmer,
    make_summary,
    normalised,
    rate,
    summarize,
    sumy_document,
)
from reader.analysis.text import SentenceRef, Tokenizer, split_sentences
from reader.cache import AnalysisCache, DocumentCache
from reader.ingest.sections import stop_words
from reader.model import Analysis, Component, Document, Entity, Location, Quote, Summary

T = TypeVar("T")

Progress = Callable[[str], None]


class Cancelled(Exception):
    """The analysis was stopped because nobody wants its result any more."""


class Analyzer:
    """Analysis of one document, computed lazily and kept: switching the summary algorithm
    or length re-rates nothing that was rated before."""

    def __init__(
        self,
        document: Document,
        resources: Resources | None = None,
        should_stop: Callable[[], bool] | None = None,
        cache: AnalysisCache | None = None,
    ) -> None:
        self.document = document
        self.resources = resources or shared()
        self.tokenizer = Tokenizer(self.resources)
        self.timings: dict[str, float] = {}
        self._should_stop = should_stop
        self._store: DocumentCache | None = cache.for_document(document) if cache else None
        with self._timed("sentences"):
            self.sentences: list[SentenceRef] = self._cached(
                "sentences",
                lambda: split_sentences(document, self.tokenizer, self.check),
                lambda sentences: [[s.location.paragraph, s.location.start, s.location.end] for s in sentences],
                self._sentences_from,
            )
        self._model = None
        self._stems: list[list[str]] | None = None
        self._rated: Rated | None = None
        self._ratings: dict[tuple[str, int | None], Ratings] = {}
        self._tokenized: list[TokenizedSentence] | None = None
        self._entities: dict[str, tuple[tuple[Entity, ...], Component]] = {}

    def check(self) -> None:
        """Raise `Cancelled` if the caller asked to stop (called between units of work)."""
        if self._should_stop is not None and self._should_stop():
            raise Cancelled

    def _timed(self, name: str) -> _Timer:
        return _Timer(self.timings, name)

    def _cached(self, name: str, compute: Callable[[], T], dump: Callable[[T], Any], load: Callable[[Any], T]) -> T:
        """A result from the on-disk cache when there is a valid one, else computed and stored."""
        if self._store is not None:
            stored = self._store.get(name)
            if stored is not None:
                try:
                    return load(stored)
                except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                    pass  # tampered with or from another layout: compute afresh
        value = compute()
        if self._store is not None:
            self._store.put(name, dump(value))
        return value

    def _sentences_from(self, stored: list[list[int]]) -> list[SentenceRef]:
        paragraphs = self.document.paragraphs
        sentences = []
        for order, (index, start, end) in enumerate(stored):
            paragraph = paragraphs[index]
            if not 0 <= start < end <= len(paragraph.text):
                raise ValueError("cached sentence outside its paragraph")
            location = Location(index, start, end, paragraph.section)
            sentences.append(SentenceRef(order, paragraph.text[start:end], location))
        return sentences

    def _check_locations(self, locations: Iterable[Location]) -> None:
        paragraphs = self.document.paragraphs
        for location in locations:
            if not 0 <= location.start <= location.end <= len(paragraphs[location.paragraph].text):
                raise ValueError("cached location outside its paragraph")

    def ratings(self, algorithm: str, needed: int | None = None) -> Ratings:
        """Every sentence's rating by `algorithm` (greedy ones rate the `needed` best only)."""
        algorithm = resolve_algorithm(algorithm)
        key = (algorithm, needed if algorithm in GREEDY else None)
        if key not in self._ratings:
            self.check()
            with self._timed(f"rate:{algorithm}"):
                self._ratings[key] = self._cached(
                    f"ratings:{algorithm}:{key[1]}",
                    lambda: rate(algorithm, self._sumy_model(), needed),
                    lambda found: {"values": found.values, "note": found.note},
                    lambda stored: Ratings(
                        [float(x) for x in _same_length(stored["values"], len(self.sentences))], str(stored["note"])
                    ),
                )
        return self._ratings[key]

    def _sumy_model(self) -> ObjectDocumentModel:
        if self._model is None:
            self._model = sumy_document(self.document, self.sentences, self.tokenizer)
        return self._model

    def summary(self, algorithm: str = DEFAULT_ALGORITHM, length: Length | None = None) -> Summary:
        algorithm = resolve_algorithm(algorithm)
        length = length or Length()
        if algorithm == DEFAULT_ALGORITHM:
            choice = self.default_choice(length.count(len(self.sentences)))
            picked = list(zip([self.sentences[i] for i in choice.picked],
                              normalised(choice.scores, choice.picked), strict=True))
            return make_summary(ALGORITHM_LABELS[algorithm], length, picked, f"{choice.mode} mode", choice.explanation)
        ratings = self.ratings(algorithm, length.count(len(self.sentences)))
        return summarize(algorithm, length, self.sentences, ratings)

    def default_choice(self, count: int) -> Choice:
        """dsreader's own summariser: position, centrality, headline overlap, no repeats."""
        with self._timed("rate:default"):
            if self._rated is None:  # once: a longer or shorter summary only picks again
                centrality = self.ratings("lexrank").values
                self._rated = rate_sentences(self.document, self.sentences, self.stems(), centrality)
            return pick(self._rated, self.sentences, count)

    def stems(self) -> list[list[str]]:
        """The stemmed content words of every sentence, as the summarisers see them."""
        if self._stems is None:
            self._stems = content_stems(self._sumy_model(), stop_words(), _stemmer())
        return self._stems

    def entities(self, ner: str = DEFAULT_NER) -> tuple[tuple[Entity, ...], Component]:
        if ner not in self._entities:
            with self._timed(f"entities:{ner}"):
                self._entities[ner] = self._cached(
                    f"entities:{ner}",
                    lambda: find_entities(self._tokens(), ner, self.resources, self.check),
                    lambda found: {"entities": [e.to_dict() for e in found[0]], "component": found[1].to_dict()},
                    self._entities_from,
                )
        return self._entities[ner]

    def _tokens(self) -> list[TokenizedSentence]:
        if self._tokenized is None:
            with self._timed("tokens"):
                self._tokenized = tokenize_sentences(self.sentences, self.check)
        return self._tokenized

    def _entities_from(self, stored: dict[str, Any]) -> tuple[tuple[Entity, ...], Component]:
        entities = tuple(Entity.from_dict(e) for e in stored["entities"])
        self._check_locations(m for e in entities for m in e.mentions)
        return entities, Component.from_dict(stored["component"])

    def quotes(self, ner: str = DEFAULT_NER) -> tuple[Quote, ...]:
        """Quotes ranked by the importance the default summariser gives their sentences."""

        def compute() -> tuple[Quote, ...]:
            entities, _ = self.entities(ner)
            ratings = self.default_choice(0).scores  # position and centrality: the lead's quotes first
            low, high = (min(ratings), max(ratings)) if ratings else (0.0, 0.0)
            importance = [(r - low) / ((high - low) or 1.0) for r in ratings]
            resolver = SpeakerResolver(entities, self.resources.names)
            return extract_quotes(self.document, self.sentences, importance, resolver)

        def load(stored: list[dict[str, Any]]) -> tuple[Quote, ...]:
            quotes = tuple(Quote.from_dict(q) for q in stored)
            self._check_locations(q.location for q in quotes)
            return quotes

        with self._timed("quotes"):
            return self._cached(f"quotes:{ner}", compute, lambda found: [q.to_dict() for q in found], load)

    def run(self, options: Options | None = None, progress: Progress | None = None) -> Analysis:
        options = options or Options()
        report = progress or (lambda stage: None)
        report("summary")
        summary = self.summary(options.algorithm, options.length)
        report("entities")
        entities, ner = self.entities(options.ner)
        report("quotes")
        quotes = self.quotes(options.ner)
        components = (*self.resources.components(), ner)
        return Analysis(summary, quotes, entities, components, dict(self.timings))


def _same_length(values: list[Any], length: int) -> list[Any]:
    if len(values) != length:
        raise ValueError("cached ratings for another sentence split")
    return values


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
