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


class TreebankTokenizer(NLTKWordTokenizer):
    """NLTK's word tokenizer with its patterns compiled by Python's `re`.

    NLTK 3.10 wraps each pattern in the `regex` module with a time-out guard, which
    halves its speed; these patterns are NLTK's own and give the same tokens (tested).
    """


def _recompile(value: object) -> object:
    if isinstance(value, tuple) and len(value) == 2 and not isinstance(value[0], tuple):
        return (_recompile(value[0]), value[1])
    if isinstance(value, list):
        return [_recompile(item) for item in value]
    compiled = getattr(value, "_rx", value)
    return re.compile(compiled.pattern, compiled.flags & (re.I | re.M | re.S | re.X))


for _name in ("STARTING_QUOTES", "PUNCTUATION", "PARENS_BRACKETS", "CONVERT_PARENTHESES", "DOUBLE_DASHES",
              "ENDING_QUOTES", "CONTRACTIONS2", "CONTRACTIONS3"):
    setattr(TreebankTokenizer, _name, _recompile(getattr(NLTKWordTokenizer, _name)))

_word_tokenizer = TreebankTokenizer()


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of the document, where it is, and its position among all sentences."""

    order: int
    text: str
    location: Location


_LOST_STOP = re.compile(r"(?<=[a-z0-9)]) (?=(?:The|A|An) [a-z])|(?<=[a-z0-9)]) (?=(?:He|She|They) [a-z]+ )")
_NOT_A_STOP = re.compile(
    r"\b(?:a|an|the|type|grade|plan|class|vitamin|section|group|category|level|option|part|may|that|which|"
    r"whom|if|since|as|and|or|but|because|how|what|when)$",
    re.IGNORECASE,
)
"""Words before "A" or "He" that keep the sentence going: "an A grade", "type A", "may He guide us"."""


class Tokenizer:
    """NLTK sentence and word tokenisation with Sumy's tokenizer interface."""

    language = "english"

    def __init__(self, resources: Resources) -> None:
        self._resources = resources  # the Punkt model loads on first use (not for cached sentences)

    def sentence_spans(self, paragraph: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence, trimmed of surrounding white space.

        Besides Punkt's boundaries, a sentence also starts where scraped text lost a full
        stop: a photo caption run into the story ("…at East Midlands Airport A four-year-old
        boy was…") shows as a capitalised "The", "A" or "He" in mid-sentence.
        """
        spans = []
        for start, end in self._resources.sentence_splitter.span_tokenize(paragraph):
            text = paragraph[start:end]
            stripped = text.strip()
            if not stripped:
                continue
            begin = start + len(text) - len(text.lstrip())
            finish = begin + len(stripped)
            for match in _LOST_STOP.finditer(paragraph, begin, finish):
                if _NOT_A_STOP.search(paragraph, begin, match.start()):
                    continue
                spans.append((begin, match.start()))
                begin = match.end()
            spans.append((begin, finish))
        return spans

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in self.sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return _words(sentence)


@lru_cache(maxsize=65536)
def _words(sentence: str) -> tuple[str, ...]:
    """Sumy's words of a sentence: its tokens that are words (no numbers or punctuation)."""
    return tuple(sentence[s:e] for s, e in token_spans(sentence) if _WORD.match(sentence[s:e]))


@lru_cache(maxsize=65536)
def token_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the Treebank-style tokens of a sentence (tokenised once, shared
    by the summarisers and the name tagger)."""
    try:
        return tuple(_word_tokenizer.span_tokenize(sentence))
    except ValueError:
        # align_tokens fails on a few quote sequences; split on white space instead.
        return tuple(m.span() for m in re.finditer(r"\S+", sentence))


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
        if paragraph.preformatted:
            continue  # code and captures are shown, not analysed as prose
        for start, end in tokenizer.sentence_spans(paragraph.text):
            location = Location(paragraph.index, start, end, paragraph.section)
            yield SentenceRef(order, paragraph.text[start:end], location)
            order += 1
