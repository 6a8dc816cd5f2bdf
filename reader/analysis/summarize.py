"""Extractive summaries with Sumy's algorithms, on dsreader's sentences.

Sumy rates sentences and keeps the best; dsreader asks it for the rating of every
sentence (through the callable `sentences_count` hook Sumy supports), then selects itself,
so that the same sentence text can never appear twice and every sentence keeps its place
in the document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from reader.analysis import fast
from reader.analysis.default import dateline_end, plausible
from reader.analysis.options import ALGORITHM_LABELS, Length
from reader.analysis.text import SentenceRef, Tokenizer
from reader.ingest.clean import comparison_key
from reader.ingest.sections import stop_words
from reader.model import Document, Summary
from reader.model import Sentence as SummarySentence


@dataclass(frozen=True, slots=True)
class Algorithm:
    name: str
    label: str
    make: Callable[[], Any]


def _stemmed(cls: type) -> Callable[[], Any]:
    def make() -> Any:
        summarizer = cls(_stemmer())
        summarizer.stop_words = stop_words()
        return summarizer

    return make


# English cue words for Edmundson's cue method (Sumy ships only Czech ones).
BONUS_WORDS = (
    "important", "significant", "major", "key", "main", "first", "new", "announced",
    "found", "revealed", "according", "result", "conclude", "crucial", "critical", "largest",
)
STIGMA_WORDS = (
    "hardly", "impossible", "perhaps", "maybe", "might", "allegedly", "reportedly",
    "rumour", "rumor", "advertisement", "subscribe", "click", "photo", "caption",
)

_CLASSES: dict[str, Callable[[], Any]] = {
    "lexrank": _stemmed(LexRankSummarizer),
    "lsa": _stemmed(LsaSummarizer),
    "luhn": _stemmed(LuhnSummarizer),
    "textrank": _stemmed(TextRankSummarizer),
    "edmundson": lambda: EdmundsonSummarizer(_stemmer()),
    "kl": _stemmed(KLSummarizer),
    "sumbasic": _stemmed(SumBasicSummarizer),
    "reduction": _stemmed(ReductionSummarizer),
}
ALGORITHMS: dict[str, Algorithm] = {
    name: Algorithm(name, ALGORITHM_LABELS[name], make) for name, make in _CLASSES.items()
}
"""Sumy's algorithms (dsreader's default is in `reader.analysis.default`)."""


@cache
def _stemmer() -> Callable[[str], str]:
    """Sumy's English (Snowball) stemmer, remembering its answers: the same words recur."""
    return lru_cache(maxsize=200_000)(Stemmer("english"))


def sumy_document(document: Document, sentences: Sequence[SentenceRef], tokenizer: Tokenizer) -> ObjectDocumentModel:
    """The document as Sumy's model: one Sumy paragraph a paragraph, headings flagged as such."""
    headings: dict[int, list[str]] = {}
    for text in (document.title, document.subtitle):
        if text:
            headings.setdefault(0, []).append(text)
    for section in document.sections:
        if section.paragraphs and not section.generated and section.title:
            headings.setdefault(section.paragraphs[0].index, []).append(section.title)
    by_paragraph: dict[int, list[Sentence]] = {}
    for ref in sentences:
        by_paragraph.setdefault(ref.location.paragraph, []).append(Sentence(ref.text, tokenizer))
    paragraphs = []
    for paragraph in document.paragraphs:
        heads = [Sentence(h, tokenizer, is_heading=True) for h in headings.get(paragraph.index, [])]
        paragraphs.append(Paragraph([*heads, *by_paragraph.get(paragraph.index, [])]))
    return ObjectDocumentModel(paragraphs)


FAST: dict[str, Callable[[ObjectDocumentModel, frozenset[str], Callable[[str], str]], fast.Ratings]] = {
    "lexrank": fast.lexrank,
    "textrank": fast.textrank,
    "lsa": fast.lsa,
    "luhn": fast.luhn,
    "reduction": fast.reduction,
}
"""Algorithms computed by `reader.analysis.fast`, with the same results as Sumy's classes."""
GREEDY = frozenset({"sumbasic", "kl"})
GREEDY_MARGIN = 5
"""Extra picks for the greedy algorithms, for sentences the selection skips as repeats."""


def rate(
    algorithm: str, model: ObjectDocumentModel, needed: int | None = None, use_sumy: bool = False
) -> fast.Ratings:
    """The rating of every sentence of `model`, in document order, as Sumy rates it.

    Greedy algorithms (SumBasic, KL-Sum) rate only the `needed` best sentences (all when
    None); the rest share the lowest rating. `use_sumy` runs Sumy's own classes instead of
    dsreader's vectorised ones (for tests and benchmarks).
    """
    total = len(model.sentences)
    if total == 0:
        return fast.Ratings([])
    if not use_sumy:
        if algorithm in FAST:
            return FAST[algorithm](model, stop_words(), _stemmer())
        wanted = total if needed is None else min(total, needed + GREEDY_MARGIN)  # for GREEDY
        if algorithm == "sumbasic":
            return fast.sumbasic(model, stop_words(), _stemmer(), wanted)
        if algorithm == "kl":
            return fast.kl(model, stop_words(), wanted)
    return _rate_with_sumy(algorithm, model)


def _rate_with_sumy(algorithm: str, model: ObjectDocumentModel) -> fast.Ratings:
    summarizer = ALGORITHMS[algorithm].make()
    if algorithm == "edmundson":
        _configure_edmundson(summarizer, model)
    ratings = [0.0] * len(model.sentences)

    def take_all(infos: Sequence[Any]) -> Sequence[Any]:
        for info in infos:
            ratings[info.order] = float(info.rating)
        return infos

    summarizer(model, take_all)
    return fast.Ratings(ratings)


def _configure_edmundson(summarizer: EdmundsonSummarizer, model: ObjectDocumentModel) -> None:
    heading_words = [w for h in model.headings for w in h.words]
    summarizer.bonus_words = (*BONUS_WORDS, *heading_words)
    summarizer.stigma_words = STIGMA_WORDS
    summarizer.null_words = stop_words()


def select(
    sentences: Sequence[SentenceRef], ratings: Sequence[float], count: int
) -> list[tuple[SentenceRef, float]]:
    """The `count` best-rated plausible sentences with distinct text, in document order.

    Implausible ones (a byline, a caption, a one-word or run-on "sentence") are taken only
    when there are not enough others."""
    ranked = sorted(range(len(sentences)), key=lambda i: -ratings[i])  # stable: ties by order
    ranked = [i for i in ranked if plausible(sentences[i].text)] + [
        i for i in ranked if not plausible(sentences[i].text)
    ]
    chosen: list[int] = []
    seen: set[str] = set()
    for index in ranked:
        key = comparison_key(sentences[index].text)
        if not key or key in seen:
            continue
        seen.add(key)
        chosen.append(index)
        if len(chosen) == count:
            break
    return [(sentences[i], score) for i, score in zip(sorted(chosen), normalised(ratings, sorted(chosen)), strict=True)]


def normalised(ratings: Sequence[float], indices: Sequence[int]) -> list[float]:
    """Ratings of `indices` scaled to 0..1 over all sentences."""
    if not ratings:
        return [0.0] * len(indices)
    low, high = min(ratings), max(ratings)
    spread = (high - low) or 1.0
    return [(ratings[i] - low) / spread for i in indices]


def make_summary(
    label: str, length: Length, picked: Sequence[tuple[SentenceRef, float]], mode: str = "", explanation: str = ""
) -> Summary:
    sentences = []
    for ref, score in picked:
        skip = dateline_end(ref.text)  # "(CNN) --" is where the story was filed, not the story
        location = replace(ref.location, start=ref.location.start + skip)
        sentences.append(SummarySentence(ref.text[skip:], location, round(score, 4)))
    return Summary(algorithm=label, sentences=tuple(sentences), requested=str(length), mode=mode,
                   explanation=explanation)


def summarize(
    algorithm: str,
    length: Length,
    sentences: Sequence[SentenceRef],
    ratings: fast.Ratings,
) -> Summary:
    picked = select(sentences, ratings.values, length.count(len(sentences)))
    return make_summary(ALGORITHMS[algorithm].label, length, picked, mode=ratings.note)
