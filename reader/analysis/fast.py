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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sumy.models.dom import ObjectDocumentModel

Stem = Callable[[str], str]

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
PAIR_BUDGET = 12_000_000
"""Sentence pairs kept before a graph is too big to hold exactly (about 150 MB); past it,
each sentence keeps its NEIGHBOURS strongest links and the ratings say so."""
NEIGHBOURS = 100
BLOCK_ENTRIES = 4_000_000
"""Sentence pairs compared at once; bounds the memory of the pairwise step."""
APPROXIMATE = f"approximate: {NEIGHBOURS} strongest links per sentence (very long text)"


@dataclass
class Ratings:
    """A rating per sentence, and a note when they had to be approximated."""

    values: list[float]
    note: str = ""


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


def _sentence_terms(
    model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem
) -> tuple[list[list[str]], sparse.csr_matrix]:
    """Each sentence's content stems, and the sentence × term count matrix."""
    words = content_stems(model, stop_words, stem)
    return words, Terms.build(words).counts()


def by_text(model: ObjectDocumentModel, scores: Sequence[float]) -> list[float]:
    """Sumy keeps ratings in a dict keyed by sentence text: equal sentences share the last score."""
    last: dict[str, float] = {}
    texts = [str(s) for s in model.sentences]
    for text, score in zip(texts, scores, strict=True):
        last[text] = float(score)
    return [last[text] for text in texts]


def lexrank(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> Ratings:
    """`sumy.summarizers.lex_rank.LexRankSummarizer` ratings."""
    words, counts = _sentence_terms(model, stop_words, stem)
    if not words:
        return Ratings([])
    n = len(words)
    # tf normalised by the sentence's most frequent term; idf = log(N / (1 + n_j)).
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1
    tf = sparse.diags(1.0 / row_max) @ counts
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + document_frequency))
    weights = (tf @ sparse.diags(idf)).tocsr()
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    unit = (sparse.diags(scale) @ weights).tocsr()  # rows of length 1 (or 0 for empty rows)

    def linked(block: sparse.coo_matrix, start: int) -> sparse.coo_matrix:
        above = block.data > LEXRANK_THRESHOLD  # cosines of unit rows
        return sparse.coo_matrix((block.data[above], (block.row[above], block.col[above])), shape=block.shape)

    adjacency, approximate = _pairwise(unit, linked)
    adjacency.data[:] = 1.0
    degrees = np.asarray(adjacency.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1
    transition = sparse.diags(1.0 / degrees) @ adjacency
    scores = _power_method(transition.T.tocsr(), LEXRANK_EPSILON, normalise=True)
    return Ratings(by_text(model, scores), APPROXIMATE if approximate else "")


Weigh = Callable[[sparse.coo_matrix, int], sparse.coo_matrix]


def _pairwise(rows: sparse.csr_matrix, weigh: Weigh) -> tuple[sparse.csr_matrix, bool]:
    """The sentence × sentence matrix `weigh(rows @ rows.T)`, a block of rows at a time.

    `weigh` gets each block (rows numbered from 0 within it, starting at sentence `start`)
    and returns the entries to keep. When more than PAIR_BUDGET pairs would be kept, every
    sentence keeps only its NEIGHBOURS heaviest ones, and the second value is True.
    """
    n = rows.shape[0]
    step = max(16, min(2048, BLOCK_ENTRIES // max(1, n)))
    transposed = rows.T.tocsc()

    def blocks(keep: int | None) -> Iterator[sparse.csr_matrix]:
        for start in range(0, n, step):
            block = weigh((rows[start : start + step] @ transposed).tocoo(), start).tocsr()
            yield _strongest(block, keep) if keep else block

    kept: list[sparse.csr_matrix] = []
    total = 0
    for block in blocks(None):
        total += block.nnz
        if total > PAIR_BUDGET:
            return sparse.vstack(list(blocks(NEIGHBOURS))).tocsr(), True
        kept.append(block)
    return sparse.vstack(kept).tocsr(), False


def _strongest(block: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Each row's `keep` largest entries."""
    block.sort_indices()
    data, indices, indptr = block.data, block.indices, block.indptr
    rows, cols, values = [], [], []
    for row in range(block.shape[0]):
        low, high = indptr[row], indptr[row + 1]
        many = high - low > keep
        top = low + np.argpartition(data[low:high], -keep)[-keep:] if many else np.arange(low, high)
        rows.append(np.full(len(top), row))
        cols.append(indices[top])
        values.append(data[top])
    if not rows:
        return block
    return sparse.csr_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))), shape=block.shape
    )


def _power_method(transposed: sparse.csr_matrix, epsilon: float, normalise: bool) -> np.ndarray:
    """Sumy's power iteration on `transposed` (the transition matrix, transposed)."""
    n = transposed.shape[0]
    vector = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        following = transposed @ vector
        if normalise:
            length = np.linalg.norm(following)
            if length == 0:  # no sentence links to any other: nothing to rank by
                return np.zeros(n)
            following = following / length
        change = float(np.linalg.norm(following - vector))
        vector = following
    return vector


def _overlap_weights(words: list[list[str]], zero_when_single: bool, diagonal: bool) -> Weigh:
    """Sumy's TextRank/Reduction edge: shared word occurrences over the sum of the logs of
    the two sentence lengths (for two one-word sentences: the count, or 0 for Reduction)."""
    lengths = np.array([len(w) for w in words], dtype=float)
    logs = np.log(np.maximum(lengths, 1))

    def weigh(block: sparse.coo_matrix, start: int) -> sparse.coo_matrix:
        rows, cols, data = block.row, block.col, block.data
        if not diagonal:
            off = (rows + start) != cols
            rows, cols, data = rows[off], cols[off], data[off]
        norm = logs[rows + start] + logs[cols]
        single = np.isclose(norm, 0.0) if not zero_when_single else norm == 0.0
        fill = np.zeros_like(data) if zero_when_single else data
        weight = np.where(single, fill, data / np.where(single, 1.0, norm))
        return sparse.coo_matrix((weight, (rows, cols)), shape=block.shape)

    return weigh


def textrank(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> Ratings:
    """`sumy.summarizers.text_rank.TextRankSummarizer` ratings.

    Edge weight of two sentences: occurrences of one's words in the other (a product of
    counts), over the sum of the logs of their lengths; rows normalised; PageRank with
    damping, by a power iteration on a low-rank form of Sumy's dense matrix.
    """
    words, counts = _sentence_terms(model, stop_words, stem)
    if not words:
        return Ratings([])
    n = len(words)
    weights, approximate = _pairwise(counts, _overlap_weights(words, zero_when_single=False, diagonal=True))
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
    return Ratings(by_text(model, vector), APPROXIMATE if approximate else "")


def lsa(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> Ratings:
    """`sumy.summarizers.lsa.LsaSummarizer` ratings, without the SVD.

    Sumy keeps every singular value (its reduction ratio is 1), so a sentence's rank
    sqrt(sum_i s_i^2 v_ij^2) is exactly the norm of its column of the term matrix; that
    norm needs no dense matrix (Sumy's held 470 MB at 300 KB of text).
    """
    dictionary = {stem(w.lower()) for w in model.words if w.lower() not in stop_words}
    if not dictionary:
        return Ratings([0.0] * len(model.sentences))
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
    return Ratings(ranks)


def luhn(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> Ratings:
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
    return Ratings(ratings)


def reduction(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem) -> Ratings:
    """`sumy.summarizers.reduction.ReductionSummarizer` ratings: summed edge weights."""
    words, counts = _sentence_terms(model, stop_words, stem)
    if not words:
        return Ratings([])
    weights, approximate = _pairwise(counts, _overlap_weights(words, zero_when_single=True, diagonal=False))
    per_sentence = np.asarray(weights.sum(axis=1)).ravel()
    # Sumy adds into a dict keyed by sentence text: repeated sentences pool their ratings.
    texts = [str(s) for s in model.sentences]
    pooled: dict[str, float] = {}
    for text, value in zip(texts, per_sentence, strict=True):
        pooled[text] = pooled.get(text, 0.0) + float(value)
    return Ratings([pooled[text] for text in texts], APPROXIMATE if approximate else "")


def _greedy_ratings(model: ObjectDocumentModel, needed: int, pick: Callable[[np.ndarray], int],
                    picked_callback: Callable[[int], None]) -> Ratings:
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
    return Ratings([float(ratings.get(text, floor)) for text in texts])


def sumbasic(model: ObjectDocumentModel, stop_words: frozenset[str], stem: Stem, needed: int) -> Ratings:
    """`sumy.summarizers.sum_basic.SumBasicSummarizer` ratings of the `needed` best sentences."""
    words = content_stems(model, stop_words, stem)
    if not words:
        return Ratings([])
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


def kl(model: ObjectDocumentModel, stop_words: frozenset[str], needed: int) -> Ratings:
    """`sumy.summarizers.kl.KLSummarizer` ratings of the `needed` best sentences.

    Replicates Sumy's arithmetic: candidate words are lower-cased non-stop words; the
    document distribution filters stop words before lower-casing; the summary side counts
    the raw words of the sentences picked so far.
    """
    sentences = model.sentences
    candidate_words = [[w.lower() for w in s.words if w.lower() not in stop_words] for s in sentences]
    document_words = [w.lower() for s in sentences for w in s.words if w not in stop_words]
    if not document_words:
        return Ratings([0.0] * len(sentences))
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
