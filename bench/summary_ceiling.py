"""How far can dsreader's signals go? Three summarisers beside `bench/summaries.py`.

    python bench/summary_ceiling.py [--data ../shared/summ/cnndm_dev.jsonl] [--folds 10]

- learned: a logistic sentence scorer over the default summariser's own signals (position,
  length, LexRank centrality, similarity to the article's centroid and to its first
  sentence, quotation, reporting verbs, numbers, capitalised words), trained on the greedy
  ROUGE-2 oracle's picks among the first six sentences and scored by k-fold
  cross-validation, so that no article is summarised by a model that saw it.
- coverage: position-weighted concept coverage (word and bigram stems weighted by
  exp(-i/3), picked greedily by new weight per word), the budgeted-coverage design of the
  ICSI summariser.
- oracle: the best choice among the first six sentences, what perfect scoring would reach.

Each is compared with Lead-3 (ROUGE-2 and ROUGE-L F1, stemming on; as many sentences as
highlights): mean, per-article wins and losses, paired bootstrap. This is not a product
path; it measures whether a better sentence scorer is within reach of these signals.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import re
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
os.environ.setdefault("NLTK_DATA", str(HERE.parents[1] / "shared" / "nltk_data"))

from summaries import bootstrap  # noqa: E402

from reader.analysis import Analyzer  # noqa: E402
from reader.analysis.default import _FIRST_PERSON, _QUOTED, _REPORTING, _cosine, _tfidf, plausible  # noqa: E402
from reader.ingest import document_from_text  # noqa: E402

LEAD_REGION = 6
"""Sentences the oracle and the learned scorer choose among."""


@dataclass
class Article:
    sentences: list[str]
    stems: list[list[str]]
    features: np.ndarray
    reference: str
    count: int
    oracle: list[int]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "summ" / "cnndm_dev.jsonl")
    parser.add_argument("--folds", type=int, default=10)
    args = parser.parse_args()
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        sys.exit("bench: needs rouge-score (pip install '.[bench]')")
    scorer = rouge_scorer.RougeScorer(["rouge2", "rougeL"], use_stemmer=True)

    def score(reference: str, chosen: Sequence[str]) -> dict[str, float]:
        result = scorer.score(reference, "\n".join(chosen))
        return {m: result[m].fmeasure * 100 for m in ("rouge2", "rougeL")}

    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [prepare(record, score) for record in records]

    systems: dict[str, Callable[[int, Article], list[int]]] = {
        "lead-3": lambda _, a: list(range(min(3, len(a.sentences)))),
        "learned (CV)": cross_validated(articles, args.folds),
        "coverage": lambda _, a: coverage(a.sentences, a.stems, a.count),
        "oracle (first 6)": lambda _, a: a.oracle,
    }
    results = {
        name: [score(a.reference, [a.sentences[i] for i in sorted(pick(n, a))]) for n, a in enumerate(articles)]
        for name, pick in systems.items()
    }
    print(f"{len(articles)} articles; ROUGE F1 x 100; against Lead-3: wins/losses, bootstrap P(better)\n")
    print(f"{'system':<18}{'R-2':>7}{'R-L':>7}   {'R-2 vs Lead-3':<26}{'R-L vs Lead-3':<26}")
    lead = results["lead-3"]
    for name, scores in results.items():
        row = f"{name:<18}" + "".join(f"{statistics.fmean(s[m] for s in scores):7.2f}" for m in ("rouge2", "rougeL"))
        if name != "lead-3":
            for metric in ("rouge2", "rougeL"):
                ours, theirs = [s[metric] for s in scores], [s[metric] for s in lead]
                wins = sum(o > t for o, t in zip(ours, theirs, strict=True))
                losses = sum(o < t for o, t in zip(ours, theirs, strict=True))
                row += f"   {wins:>3}/{losses:<3} P {bootstrap(ours, theirs, 2000):.3f}      "
        print(row)


def prepare(record: dict, score: Callable[[str, Sequence[str]], dict[str, float]]) -> Article:
    document = document_from_text(record["text"], name=record["id"], format="text")
    analyzer = Analyzer(document)
    sentences = [s.text for s in analyzer.sentences]
    stems = [list(s) for s in analyzer.stems()]
    centrality = analyzer.ratings("lexrank").values
    reference = "\n".join(record["highlights"])
    count = len(record["highlights"])
    region = min(LEAD_REGION, len(sentences))
    best = max(
        itertools.combinations(range(region), min(count, region)),
        key=lambda picked: score(reference, [sentences[i] for i in picked])["rouge2"],
    )
    return Article(sentences, stems, features(sentences, stems, centrality), reference, count, list(best))


def features(sentences: Sequence[str], stems: Sequence[Sequence[str]], centrality: Sequence[float]) -> np.ndarray:
    vectors = _tfidf(stems)
    centroid: dict[str, float] = {}
    for vector in vectors:
        for term, value in vector.items():
            centroid[term] = centroid.get(term, 0.0) + value
    norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    centroid = {t: v / norm for t, v in centroid.items()}
    low, high = min(centrality, default=0.0), max(centrality, default=1.0)
    rows = []
    for i, text in enumerate(sentences):
        words = len(text.split())
        rows.append([
            1.0, math.exp(-i / 3), math.exp(-i), 1 / (i + 1), i / len(sentences), math.log(words + 1),
            (centrality[i] - low) / ((high - low) or 1.0), _cosine(vectors[i], centroid),
            _cosine(vectors[i], vectors[0]) if i else 1.0, float(bool(_QUOTED.search(text))),
            float(bool(_REPORTING.search(text))), float(bool(re.search(r"\d", text))),
            sum(w[:1].isupper() for w in text.split()[1:]) / max(1, words),
            float(bool(_FIRST_PERSON.search(_QUOTED.sub(" ", text)))), float(plausible(text)),
        ])
    return np.array(rows)


def cross_validated(articles: Sequence[Article], folds: int) -> Callable[[int, Article], list[int]]:
    """Picks for article n from a model trained on the other folds."""
    order = list(range(len(articles)))
    random.Random(0).shuffle(order)
    fold_of = {n: position % folds for position, n in enumerate(order)}
    models = {
        fold: train([a for n, a in enumerate(articles) if fold_of[n] != fold]) for fold in range(folds)
    }

    def pick(n: int, article: Article) -> list[int]:
        region = min(LEAD_REGION, len(article.sentences))
        scores = models[fold_of[n]](article.features[:region])
        return sorted(sorted(range(region), key=lambda i: -scores[i])[: article.count])

    return pick


def train(articles: Sequence[Article], l2: float = 1.0) -> Callable[[np.ndarray], np.ndarray]:
    """L2-regularised logistic regression (Newton's method) on standardised features."""
    rows = np.vstack([a.features[: min(LEAD_REGION, len(a.sentences))] for a in articles])
    labels = np.concatenate(
        [[1.0 if i in a.oracle else 0.0 for i in range(min(LEAD_REGION, len(a.sentences)))] for a in articles]
    )
    mean, spread = rows.mean(0), rows.std(0)
    mean[0], spread[0] = 0.0, 1.0
    spread[spread == 0] = 1.0
    z = (rows - mean) / spread
    weights = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ weights))
        gradient = z.T @ (p - labels) + l2 * weights
        hessian = (z.T * (p * (1 - p))) @ z + l2 * np.eye(len(weights))
        weights -= np.linalg.solve(hessian, gradient)
    return lambda x: ((x - mean) / spread) @ weights


def coverage(sentences: Sequence[str], stems: Sequence[Sequence[str]], count: int) -> list[int]:
    concepts = [set(s) | set(itertools.pairwise(s)) for s in stems]
    weight: dict[object, float] = {}
    for i, found in enumerate(concepts):
        for concept in found:
            weight[concept] = weight.get(concept, 0.0) + math.exp(-i / 3)
    candidates = [i for i, s in enumerate(sentences) if plausible(s)] or list(range(len(sentences)))
    chosen: list[int] = []
    covered: set[object] = set()
    while len(chosen) < min(count, len(candidates)):
        best = max(
            (i for i in candidates if i not in chosen),
            key=lambda i: sum(weight[c] for c in concepts[i] - covered) / len(sentences[i].split()),
        )
        chosen.append(best)
        covered |= concepts[best]
    return chosen


if __name__ == "__main__":
    main()
