"""The CRF name tagger: NLTK's CRFTagger (python-crfsuite) with dsreader's features.

The model is trained on CoNLL-2003 by `python -m reader.analysis.entities.train` and ships
in `reader/models/ner/`. NLTK 3.10 opens model files only under its data paths, so that
directory is added to `nltk.data.path` rather than working around the check.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import nltk
from nltk.tag import CRFTagger

from reader.analysis.entities.features import FeatureExtractor, Lexicon
from reader.analysis.entities.mentions import Mention, TokenizedSentence, bio_mentions

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
MODEL_FILE = "ner.crfsuite"
LEXICON_FILE = "lexicon.json"


def allow_model_directory(directory: Path = MODEL_DIR) -> None:
    """Put the model's directory on NLTK's data path, where NLTK permits opening models."""
    if str(directory) not in nltk.data.path:
        nltk.data.path.append(str(directory))


def model_available(directory: Path = MODEL_DIR) -> bool:
    return (directory / MODEL_FILE).is_file() and (directory / LEXICON_FILE).is_file()


class SentenceFeatures:
    """A CRFTagger feature function: computes a sentence's features once, hands them out by index."""

    def __init__(self, extractor: FeatureExtractor) -> None:
        self.extractor = extractor
        self.vocabulary: frozenset[str] = frozenset()
        """Words the current document writes in lower case."""
        self._tokens: Sequence[str] | None = None
        self._features: list[list[str]] = []

    def __call__(self, tokens: Sequence[str], index: int) -> list[str]:
        if tokens is not self._tokens:
            self._tokens = tokens
            self._features = self.extractor.sentence(tokens, self.vocabulary)
        return self._features[index]


class CrfTagger:
    """Tags tokens with B-/I- PER, ORG, LOC, MISC."""

    def __init__(self, directory: Path = MODEL_DIR) -> None:
        allow_model_directory(directory)
        self.features = SentenceFeatures(FeatureExtractor(Lexicon.load(directory / LEXICON_FILE)))
        self._tagger = CRFTagger(feature_func=self.features)
        self._tagger.set_model_file(str(directory / MODEL_FILE))
        self._lock = threading.Lock()  # the feature function holds per-call state

    def tag_sentences(self, sentences: Sequence[Sequence[str]], vocabulary: frozenset[str]) -> list[list[str]]:
        with self._lock:
            self.features.vocabulary = vocabulary
            tagged = self._tagger.tag_sents([list(s) for s in sentences if s])
        tags = iter(tagged)
        return [[tag for _, tag in next(tags)] if s else [] for s in sentences]


class CrfExtractor:
    name = "CRF tagger (CoNLL-2003)"
    label_weight = 3.0
    """The trained model's types are trusted over hand-written cues."""

    def __init__(self, tagger: CrfTagger, vocabulary: frozenset[str]) -> None:
        self._tagger = tagger
        self._vocabulary = vocabulary

    def extract(self, sentences: Sequence[TokenizedSentence]) -> list[Mention]:
        tags = self._tagger.tag_sentences([s.tokens for s in sentences], self._vocabulary)
        mentions: list[Mention] = []
        for sentence, sentence_tags in zip(sentences, tags, strict=True):
            mentions.extend(bio_mentions(sentence, sentence_tags))
        return mentions
