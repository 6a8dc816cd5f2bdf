"""Sumy's summarizers computed with sparse matrices: the same ratings, in linear-ish time.

Sumy's implementations compare sentences in Python loops, which is quadratic (LexRank
took 26 s on 300 KB, KL-Sum over six minutes on 100 KB). Each function here rates the
sentences of a Sumy document exactly as the Sumy class of the same name does — same
tokens, stemmer, stop words and quirks — so the selected sentences are the same; the
equivalence is a tested property. Where Sumy keys ratings by sentence text, duplicates
share one rating here too.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sumy.models.dom import ObjectDocumentModel

Stem = Callable[[str], str]

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
ROW_BLOCK = 2048
"""Sentences compared at once; bounds the memory of the pairwise step."""


@dataclass
class Terms:
    """Sentences as rows of term ids, with the vocabulary they index."""

    rows: list[list[int]]
    vocabulary: dict[str, int]

    @classmethod
    def build(cls, sentences: Sequence[Sequence[str]]) -> Terms:
        vocabulary: dict[str, int] = {}
        rows = [[vocabulary.setdefault(word, len(vocabulary)) for word in words] for words in sentences]
        return cls(rows, vocabulary)

    def counts(self) -> sparse.csr_matrix:
        """Sentence × term occurrence counts."""
        indptr = np.zeros(len(self.rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(r) for r in self.rows])
        indices = np.fromiter((t for r in self.rows for t in r), dtype=np.int64, count=int(indptr[-1]))
        data = np.ones(len(indices))
        matrix = sparse.csr_matrix((data, indices, indptr), shape=(len(self.rows), max(1, len(self.vocabulary))))
        matrix.sum_duplicates()
        return matrix


def content_stems(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> list[list[str]]:
    """Sumy's `_to_words_set`: lower-cased words minus stop words, stemmed (duplicates kept)."""
    cache: dict[str, str] = {}

    def stemmed(word: str) -> str:
        if word not in cache:
            cache[word] = stem(word)
        return cache[word]

    result = []
    for sentence in model.sentences:
        lowered = (w.lower() for w in sentence.words)
        result.append([stemmed(w) for w in lowered if w not in stop_words])
    return result


def by_text(model: ObjectDocumentModel, scores: Sequence[float]) -> list[float]:
    """Sumy keeps ratings in a dict keyed by sentence text: equal sentences share the last score."""
    last: dict[str, float] = {}
    texts = [str(s) for s in model.sentences]
    for text, score in zip(texts, scores, strict=True):
        last[text] = float(score)
    return [last[text] for text in texts]


def lexrank(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> list[float]:
    """`sumy.summarizers.lex_rank.LexRankSummarizer` ratings."""
    words = content_stems(model, stop_words, stem)
    n = len(words)
    if n == 0:
        return []
    terms = Terms.build(words)
    counts = terms.counts()
    # tf normalised by the sentence's most frequent term; idf = log(N / (1 + n_j)).
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1
    tf = sparse.diags(1.0 / row_max) @ counts
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + document_frequency))
    weights = (tf @ sparse.diags(idf)).tocsr()
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    adjacency = _thresholded_cosine(weights, norms, LEXRANK_THRESHOLD)
    degrees = np.asarray(adjacency.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1
    transition = sparse.diags(1.0 / degrees) @ adjacency
    scores = _power_method(transition.T.tocsr(), LEXRANK_EPSILON, normalise=True)
    return by_text(model, scores)


def _thresholded_cosine(weights: sparse.csr_matrix, norms: np.ndarray, threshold: float) -> sparse.csr_matrix:
    """1 where the cosine of two rows is above `threshold`, computed a block of rows at a time."""
    n = weights.shape[0]
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    unit = (sparse.diags(scale) @ weights).tocsr()  # rows of length 1 (or 0 for empty rows)
    transposed = unit.T.tocsc()
    blocks = []
    for start in range(0, n, ROW_BLOCK):
        block = (unit[start : min(n, start + ROW_BLOCK)] @ transposed).tocsr()
        block.data = (block.data > threshold).astype(float)
        block.eliminate_zeros()
        blocks.append(block)
    return sparse.vstack(blocks).tocsr() if blocks else sparse.csr_matrix((0, 0))


def _power_method(transposed: sparse.csr_matrix, epsilon: float, normalise: bool) -> np.ndarray:
    """Sumy's power iteration on `transposed` (the transition matrix, transposed)."""
    n = transposed.shape[0]
    vector = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        following = transposed @ vector
        if normalise:
            following = following / np.linalg.norm(following)
        change = float(np.linalg.norm(following - vector))
        vector = following
    return vector


def textrank(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> list[float]:
    """`sumy.summarizers.text_rank.TextRankSummarizer` ratings.

    Edge weight of two sentences: occurrences of one's words in the other (a product of
    counts), over the sum of the logs of their lengths; rows normalised; PageRank with
    damping, by a power iteration on a low-rank form of Sumy's dense matrix.
    """
    words = content_stems(model, stop_words, stem)
    n = len(words)
    if n == 0:
        return []
    counts = Terms.build(words).counts()
    overlap = (counts @ counts.T).tocoo()
    lengths = np.array([len(w) for w in words], dtype=float)
    with np.errstate(divide="ignore"):
        logs = np.where(lengths > 0, np.log(np.maximum(lengths, 1)), 0.0)
    norm = logs[overlap.row] + logs[overlap.col]
    single = np.isclose(norm, 0.0)
    data = np.where(single, overlap.data, overlap.data / np.where(single, 1.0, norm))
    weights = sparse.csr_matrix((data, (overlap.row, overlap.col)), shape=(n, n))
    row_sums = np.asarray(weights.sum(axis=1)).ravel() + 1e-7
    weights = sparse.diags(1.0 / row_sums) @ weights
    teleport = (1.0 - TEXTRANK_DAMPING) / n
    transposed = (TEXTRANK_DAMPING * weights).T.tocsr()
    vector = np.full(n, 1.0 / n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        following = transposed @ vector + teleport * vector.sum()
        change = float(np.linalg.norm(following - vector))
        vector = following
    return by_text(model, vector)


def lsa(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> list[float]:
    """`sumy.summarizers.lsa.LsaSummarizer` ratings, without the SVD.

    Sumy keeps every singular value (its reduction ratio is 1), so a sentence's rank
    sqrt(sum_i s_i^2 v_ij^2) is exactly the norm of its column of the term matrix; that
    norm needs no dense matrix (Sumy's held 470 MB at 300 KB of text).
    """
    dictionary = {stem(w.lower()) for w in model.words if w.lower() not in stop_words}
    if not dictionary:
        return [0.0] * len(model.sentences)
    size = len(dictionary)
    ranks = []
    for sentence in model.sentences:
        counts = Counter(s for s in (stem(w.lower()) for w in sentence.words) if s in dictionary)
        if not counts:
            ranks.append(0.0)
            continue
        most = max(counts.values())
        # Every dictionary word not in the sentence scores the smoothing term 0.4.
        square = 0.16 * (size - len(counts)) + sum((0.4 + 0.6 * c / most) ** 2 for c in counts.values())
        ranks.append(math.sqrt(square))
    return ranks


def luhn(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> list[float]:
    """`sumy.summarizers.luhn.LuhnSummarizer` ratings (significant words: stems seen twice)."""
    frequency = Counter(stem(w.lower()) for w in model.words if w.lower() not in stop_words)
    significant = {term for term, count in frequency.items() if count > 1}
    gap = 4  # Sumy's max_gap_size
    ratings = []
    for sentence in model.sentences:
        chunks: list[list[int]] = []
        in_chunk = False
        for word in sentence.words:
            hit = stem(word.lower()) in significant
            if hit and not in_chunk:
                in_chunk = True
                chunks.append([1])
            elif in_chunk:
                chunks[-1].append(int(hit))
            if chunks and len(chunks[-1]) >= gap and not any(chunks[-1][-gap:]):
                in_chunk = False
        best = 0.0
        for chunk in chunks:
            while chunk and chunk[-1] == 0:
                chunk.pop()
            hits = sum(chunk)
            best = max(best, 0 if hits == 1 else hits**2 / len(chunk))
        ratings.append(best)
    return ratings


def reduction(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> list[float]:
    """`sumy.summarizers.reduction.ReductionSummarizer` ratings: summed edge weights."""
    words = content_stems(model, stop_words, stem)
    n = len(words)
    if n == 0:
        return []
    counts = Terms.build(words).counts()
    overlap = (counts @ counts.T).tocoo()
    off_diagonal = overlap.row != overlap.col
    rows, cols, data = overlap.row[off_diagonal], overlap.col[off_diagonal], overlap.data[off_diagonal]
    lengths = np.array([len(w) for w in words], dtype=float)
    logs = np.log(np.maximum(lengths, 1))
    norm = logs[rows] + logs[cols]
    weight = np.where(norm == 0.0, 0.0, data / np.where(norm == 0.0, 1.0, norm))
    per_sentence = np.bincount(rows, weights=weight, minlength=n)
    # Sumy adds into a dict keyed by sentence text: repeated sentences pool their ratings.
    texts = [str(s) for s in model.sentences]
    pooled: dict[str, float] = {}
    for text, value in zip(texts, per_sentence, strict=True):
        pooled[text] = pooled.get(text, 0.0) + float(value)
    return [pooled[text] for text in texts]


def _greedy_ratings(model: ObjectDocumentModel, needed: int, pick: Callable[[np.ndarray], int],
                    picked_callback: Callable[[int], None]) -> list[float]:
    """Ratings of a greedy Sumy summarizer (SumBasic, KL-Sum) that rates sentences by the
    order it picks them: 0, -1, -2... keyed by sentence text, as Sumy's dict does.

    Only as many picks are made as decide the `needed` best ratings; every sentence not
    picked gets a rating below all picked ones.
    """
    texts = [str(s) for s in model.sentences]
    n = len(texts)
    remaining = np.ones(n, dtype=bool)
    ratings: dict[str, int] = {}
    pending: Counter[str] = Counter(texts)
    while remaining.any():
        index = pick(remaining)
        remaining[index] = False
        text = texts[index]
        ratings[text] = -len(ratings)  # a repeated text moves to the current rank, like Sumy
        pending[text] -= 1
        picked_callback(index)
        best = sorted(ratings.values(), reverse=True)[:needed]
        settled = len(best) >= needed and best[-1] > -len(ratings)
        if settled and not any(pending[t] for t, r in ratings.items() if r >= best[-1]):
            break
    floor = -n - 1
    return [float(ratings.get(text, floor)) for text in texts]


def sumbasic(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem, needed: int) -> list[float]:
    """`sumy.summarizers.sum_basic.SumBasicSummarizer` ratings of the `needed` best sentences."""
    words = content_stems(model, stop_words, stem)
    if not words:
        return []
    terms = Terms.build(words)
    counts = terms.counts()
    total = sum(len(w) for w in words)
    probability = np.bincount(counts.indices, weights=counts.data, minlength=counts.shape[1]) / max(total, 1)
    lengths = np.array([len(w) for w in words], dtype=float)

    def pick(remaining: np.ndarray) -> int:
        sums = counts @ probability
        average = np.where(lengths > 0, sums / np.maximum(lengths, 1), 0.0)
        average[~remaining] = -np.inf
        return int(np.argmax(average))  # the first of equal bests, as Sumy's strict '>' does

    def picked(index: int) -> None:
        for term in terms.rows[index]:  # repeated words square repeatedly, as in Sumy
            probability[term] *= probability[term]

    return _greedy_ratings(model, needed, pick, picked)


def kl(model: ObjectDocumentModel, stop_words: frozenset[str], needed: int) -> list[float]:
    """`sumy.summarizers.kl.KLSummarizer` ratings of the `needed` best sentences.

    Replicates Sumy's arithmetic: candidate words are lower-cased non-stop words; the
    document distribution filters stop words before lower-casing; the summary side counts
    the raw words of the sentences picked so far.
    """
    sentences = model.sentences
    candidate_words = [[w.lower() for w in s.words if w.lower() not in stop_words] for s in sentences]
    document_words = [w.lower() for s in sentences for w in s.words if w not in stop_words]
    if not document_words:
        return [0.0] * len(sentences)
    vocabulary: dict[str, int] = {}
    for word in document_words:
        vocabulary.setdefault(word, len(vocabulary))
    frequency = np.bincount([vocabulary[w] for w in document_words], minlength=len(vocabulary)) / len(document_words)
    log_frequency = np.log(frequency)
    terms = Terms([[vocabulary[w] for w in words] for words in candidate_words], vocabulary)
    counts = terms.counts().tocsr()
    row_of_entry = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    lengths = np.array([len(w) for w in candidate_words], dtype=float)
    summary = np.zeros(len(vocabulary))
    summary_length = 0
    n = len(sentences)

    def pick(remaining: np.ndarray) -> int:
        in_summary = summary > 0
        d, log_d = frequency, log_frequency
        # Words already in the summary: their terms for every candidate.
        base_entropy = float(np.sum(d[in_summary] * log_d[in_summary]))
        base_mass = float(np.sum(d[in_summary]))
        base_log = float(np.sum(d[in_summary] * np.log(np.where(in_summary, summary, 1.0))[in_summary]))
        columns, values = counts.indices, counts.data
        shared = in_summary[columns]
        fresh = ~shared
        entropy = np.bincount(row_of_entry[fresh], weights=(d * log_d)[columns[fresh]], minlength=n)
        mass = np.bincount(row_of_entry[fresh], weights=d[columns[fresh]], minlength=n)
        fresh_log = np.bincount(row_of_entry[fresh], weights=d[columns[fresh]] * np.log(values[fresh]), minlength=n)
        shared_columns = columns[shared]
        shared_log = np.bincount(
            row_of_entry[shared],
            weights=d[shared_columns]
            * (np.log(summary[shared_columns] + values[shared]) - np.log(summary[shared_columns])),
            minlength=n,
        )
        total = lengths + summary_length
        with np.errstate(divide="ignore", invalid="ignore"):
            divergence = (base_entropy + entropy) + np.log(total) * (base_mass + mass) - (
                base_log + shared_log + fresh_log
            )
        divergence[total == 0] = 0.0
        divergence[~remaining] = np.inf
        return int(np.argmin(divergence))

    def picked(index: int) -> None:
        nonlocal summary_length
        for word in sentences[index].words:  # raw words, as Sumy's summary list holds them
            summary_length += 1
            term = vocabulary.get(word)
            if term is not None:
                summary[term] += 1

    return _greedy_ratings(model, needed, pick, picked)
