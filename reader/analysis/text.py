"""Sentences and words: the units every analysis works on, located in the Document.

`Tokenizer` has Sumy's tokenizer interface (`language`, `to_sentences`, `to_words`), so
Sumy's summarizers can run on dsreader's own sentence split, in which a headline is a
paragraph of its own and can never be glued to the body text that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from nltk.tokenize import NLTKWordTokenizer

from reader.analysis.resources import Resources
from reader.model import Document, Location

# Sumy's definition of a word: letters, then letters, apostrophes or hyphens.
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")
_word_tokenizer = NLTKWordTokenizer()


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of the document, where it is, and its position among all sentences."""

    order: int
    text: str
    location: Location


class Tokenizer:
    """NLTK sentence and word tokenisation with Sumy's tokenizer interface."""

    language = "english"

    def __init__(self, resources: Resources) -> None:
        self._splitter = resources.sentence_splitter

    def sentence_spans(self, paragraph: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence, trimmed of surrounding white space."""
        spans = []
        for start, end in self._splitter.span_tokenize(paragraph):
            text = paragraph[start:end]
            stripped = text.strip()
            if stripped:
                lead = len(text) - len(text.lstrip())
                spans.append((start + lead, start + lead + len(stripped)))
        return spans

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in self.sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return _words(sentence)


@lru_cache(maxsize=65536)
def _words(sentence: str) -> tuple[str, ...]:
    return tuple(w for w in _word_tokenizer.tokenize(sentence) if _WORD.match(w))


def token_spans(sentence: str) -> list[tuple[int, int]]:
    """Character spans of the Treebank-style tokens of a sentence (for tagging)."""
    try:
        return list(_word_tokenizer.span_tokenize(sentence))
    except ValueError:
        # align_tokens fails on a few quote sequences; split on white space instead.
        return [m.span() for m in re.finditer(r"\S+", sentence)]


def split_sentences(
    document: Document, tokenizer: Tokenizer, check: Callable[[], None] | None = None
) -> list[SentenceRef]:
    """Every sentence of the document in reading order; `check` is called between paragraphs
    (it raises to stop the work)."""
    return list(_iter_sentences(document, tokenizer, check or _never))


def _never() -> None:
    pass


def _iter_sentences(document: Document, tokenizer: Tokenizer, check: Callable[[], None]) -> Iterator[SentenceRef]:
    order = 0
    for paragraph in document.paragraphs:
        check()
        for start, end in tokenizer.sentence_spans(paragraph.text):
            location = Location(paragraph.index, start, end, paragraph.section)
            yield SentenceRef(order, paragraph.text[start:end], location)
            order += 1
