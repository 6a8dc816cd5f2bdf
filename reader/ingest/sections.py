"""Topical sections for text without headings: TextTiling, and titles made from key words.

`text_tiling` is Hearst's block-comparison TextTiling with the parameters and smoothing
of `nltk.tokenize.TextTilingTokenizer`, computed with sparse matrices.
NLTK's own implementation compares every vocabulary word at every gap, which is
quadratic: it took 115 s on a 300 KB text on this machine. This version is linear,
and places boundaries on paragraph breaks directly, which is all dsreader needs.
"""

from __future__ import annotations

import itertools
import math
import pkgutil
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

_WORD = re.compile(r"[a-z][a-z'\-]*")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*[^\W_]")

MIN_SECTION_WORDS = 60
MAX_SECTION_MINIMUM = 400
MIN_TILING_WORDS = 400


@cache
def stop_words() -> frozenset[str]:
    """English stop words bundled with Sumy (no NLTK data needed)."""
    data = pkgutil.get_data("sumy", "data/stopwords/english.txt") or b""
    return frozenset(w.strip() for w in data.decode("utf-8").splitlines() if w.strip())


def text_tiling(paragraphs: Sequence[str], w: int = 20, k: int = 10) -> list[int]:
    """Indices of the paragraphs that start a new topical segment (never 0)."""
    return sorted(topic_breaks(paragraphs, w, k))


def topic_breaks(paragraphs: Sequence[str], w: int = 20, k: int = 10) -> dict[int, float]:
    """Paragraphs that start a new topical segment, with the depth of the topic change."""
    from scipy import sparse  # here: only texts long enough to tile need it

    stop = stop_words()
    words: list[str] = []
    word_paragraph: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        found = _WORD.findall(paragraph.lower())
        words.extend(found)
        word_paragraph.extend([index] * len(found))
    n_seq = math.ceil(len(words) / w)
    if n_seq < 4 or len(paragraphs) < 2:
        return {}
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for position, word in enumerate(words):
        if word not in stop:
            rows.append(position // w)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    counts = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(n_seq, max(1, len(vocabulary)))
    )
    scores = _block_scores(counts, k)
    smoothed = _smooth(scores) if len(scores) >= 3 else scores
    depth = _depth_scores(list(smoothed))
    breaks: dict[int, float] = {}
    for gap in _boundaries(depth):
        first_word = min((gap + 1) * w, len(words) - 1)
        paragraph = _nearest_break(word_paragraph, first_word)
        if 0 < paragraph < len(paragraphs):
            breaks[paragraph] = max(breaks.get(paragraph, 0.0), depth[gap])
    return breaks


def _block_scores(counts: Any, k: int) -> np.ndarray:
    """Cosine similarity of the k pseudo-sentences before and after each gap (`counts`: a
    sparse pseudo-sentence × word matrix)."""
    from scipy import sparse

    n_seq = counts.shape[0]
    n_gaps = n_seq - 1
    gap = np.arange(n_gaps)
    window = np.minimum(np.minimum(gap + 1, k), n_gaps - gap)
    left_rows, left_cols, right_rows, right_cols = [], [], [], []
    for offset in range(k):
        valid = offset < window
        left_rows.append(gap[valid])
        left_cols.append(gap[valid] - offset)
        right_rows.append(gap[valid])
        right_cols.append(gap[valid] + 1 + offset)
    shape = (n_gaps, n_seq)

    def windows(r: list[np.ndarray], c: list[np.ndarray]) -> Any:
        rr, cc = np.concatenate(r), np.concatenate(c)
        return sparse.csr_matrix((np.ones(len(rr)), (rr, cc)), shape=shape) @ counts

    left, right = windows(left_rows, left_cols), windows(right_rows, right_cols)
    dot = np.asarray(left.multiply(right).sum(axis=1)).ravel()
    norms = np.sqrt(
        np.asarray(left.multiply(left).sum(axis=1)).ravel()
        * np.asarray(right.multiply(right).sum(axis=1)).ravel()
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(norms > 0, dot / np.where(norms > 0, norms, 1), 0.0)


def _smooth(scores: np.ndarray, window: int = 3) -> np.ndarray:
    """Moving average with reflected ends: `nltk.tokenize.texttiling.smooth` with a flat window.

    Written out so that reading a document does not import NLTK (a second of start-up).
    """
    padded = np.r_[2 * scores[0] - scores[window:1:-1], scores, 2 * scores[-1] - scores[-1:-window:-1]]
    smoothed = np.convolve(np.ones(window) / window, padded, mode="same")
    return smoothed[window - 1 : -window + 1]


def _depth_scores(scores: list[float]) -> list[float]:
    """How deep each gap's valley is between the peaks on either side (as NLTK does)."""
    depth = [0.0] * len(scores)
    clip = min(max(len(scores) // 10, 2), 5)
    for index in range(clip, len(scores) - clip):
        score = scores[index]
        left = score
        for value in reversed(scores[: index + 1]):
            if value < left:
                break
            left = value
        right = score
        for value in scores[index:]:
            if value < right:
                break
            right = value
        depth[index] = left + right - 2 * score
    return depth


def _boundaries(depth: list[float]) -> list[int]:
    """Gaps deeper than mean - sd/2 (and deeper than zero), deepest first, none within
    3 gaps of another."""
    if not depth:
        return []
    values = np.asarray(depth)
    cutoff = values.mean() - values.std() / 2
    chosen: list[int] = []
    taken = np.zeros(len(depth), dtype=bool)
    for index in sorted(range(len(depth)), key=lambda i: -depth[i]):
        if depth[index] <= max(cutoff, 0.0):
            break  # not deeper than usual, or no valley at all
        if not taken[max(0, index - 3) : index + 4].any():
            chosen.append(index)
            taken[index] = True
    return chosen


def _nearest_break(word_paragraph: list[int], position: int) -> int:
    """The paragraph start closest (in words) to `position`."""
    here = word_paragraph[position]
    start = position
    while start > 0 and word_paragraph[start - 1] == here:
        start -= 1
    end = position
    while end < len(word_paragraph) and word_paragraph[end] == here:
        end += 1
    return here if position - start <= end - position else here + 1


def segment(paragraphs: Sequence[str]) -> list[tuple[int, int]]:
    """Split paragraphs into (start, end) runs of topically coherent text.

    TextTiling's segments are joined, shallowest topic change first, until no segment is
    shorter than a sixth of the text (between 60 and 400 words): a reader wants a few
    chunks, not crumbs, and the clearest changes of topic are the ones to keep.
    """
    counts = [len(p.split()) for p in paragraphs]
    total = sum(counts)
    if total < MIN_TILING_WORDS or len(paragraphs) < 4:
        return [(0, len(paragraphs))] if paragraphs else []
    breaks = topic_breaks(paragraphs)
    starts = sorted(breaks)
    minimum = min(max(total / 6, MIN_SECTION_WORDS), MAX_SECTION_MINIMUM)
    prefix = [0]
    for count in counts:
        prefix.append(prefix[-1] + count)

    def size(i: int) -> int:  # words in the run that starts at starts[i - 1] (or 0)
        begin = starts[i - 1] if i > 0 else 0
        end = starts[i] if i < len(starts) else len(paragraphs)
        return prefix[end] - prefix[begin]

    while starts:
        small = [i for i in range(len(starts) + 1) if size(i) < minimum]
        if not small:
            break
        # Boundaries next to a small run; drop the weakest of them.
        candidates = {j for i in small for j in (i - 1, i) if 0 <= j < len(starts)}
        weakest = min(candidates, key=lambda j: breaks[starts[j]])
        del starts[weakest]
    edges = [0, *starts, len(paragraphs)]
    return list(itertools.pairwise(edges))


def keyword_titles(sections: Sequence[Sequence[str]], size: int = 3) -> list[str]:
    """A title for each section from what is distinctive in it, e.g. "Nvidia · Xi Jinping · chips".

    Terms are names (capitalised words away from a sentence start, "Xi Jinping" as one)
    and other words. A term scores by its frequency in the section times its inverse
    frequency over all paragraphs, so what the whole text repeats ("China" in a story
    about China) gives way to what this part is about; names count double, being what a
    reader scans for.
    """
    stop = stop_words()
    counted: list[Counter[str]] = []
    surfaces: list[dict[str, Counter[str]]] = []
    document_frequency: Counter[str] = Counter()
    paragraphs_total = 0
    for paragraphs in sections:
        keys: Counter[str] = Counter()
        surface: dict[str, Counter[str]] = {}
        for paragraph in paragraphs:
            paragraphs_total += 1
            here: set[str] = set()
            for term, weight in _terms(paragraph, stop):
                key = term.lower()
                keys[key] += weight
                here.add(key)
                surface.setdefault(key, Counter())[term] += 1
            document_frequency.update(here)
        counted.append(keys)
        surfaces.append(surface)
    titles = []
    for keys, surface in zip(counted, surfaces, strict=True):
        def score(key: str, keys: Counter[str] = keys) -> tuple[float, str]:
            return (-keys[key] * math.log((paragraphs_total + 1) / document_frequency[key]), key)

        chosen: list[str] = []
        for key in sorted(keys, key=score):
            if any(key[:5] == c.lower()[:5] or key in c.lower() or c.lower() in key for c in chosen):
                continue  # "chip" and "chips", "Liang" and "Liang Wenfeng" are one idea
            chosen.append(surface[key].most_common(1)[0][0])
            if len(chosen) == size:
                break
        titles.append(" · ".join(chosen) if chosen else "Text")
    return titles


_NAME = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][\w'’\-]*[\w](?: [A-Z][\w'’\-]*[\w])*")


def _terms(paragraph: str, stop: frozenset[str]) -> list[tuple[str, float]]:
    """(term, weight): names found mid-sentence (weight 2) and the other content words."""
    terms: list[tuple[str, float]] = []
    named: set[str] = set()
    for match in _NAME.finditer(paragraph):
        name = re.split(r"['’]s\b", match.group())[0]  # "Baidu's Ernie" names Baidu
        if name.lower() not in stop and len(name) > 2:
            terms.append((name, 2.0))
            named.update(name.lower().split())
    for word in _TITLE_WORD.findall(paragraph):
        word = word.removesuffix("'s").removesuffix("’s")
        key = word.lower()
        if len(key) > 2 and key not in stop and key not in named and not word[:1].isupper():
            terms.append((word, 1.0))
    return terms
