"""CoNLL-2003 files (`TOKEN POS CHUNK NER`, IOB2) and entity-level scoring."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Sentence = list[tuple[str, str]]
"""(token, IOB2 tag) pairs."""


@dataclass
class ConllDocument:
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def lowercase_vocabulary(self) -> frozenset[str]:
        return frozenset(token for sentence in self.sentences for token, _ in sentence if token.islower())


def read_conll(path: Path) -> list[ConllDocument]:
    """Documents of sentences; -DOCSTART- lines separate documents."""
    documents = [ConllDocument()]
    current: Sentence = []

    def flush() -> None:
        if current:
            documents[-1].sentences.append(list(current))
            current.clear()

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                flush()
            elif parts[0] == "-DOCSTART-":
                flush()
                documents.append(ConllDocument())
            else:
                current.append((parts[0], parts[-1]))
    flush()
    return [d for d in documents if d.sentences]


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end exclusive, type) of an IOB2 tag sequence."""
    found: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or label != kind):
            found.add((start, index, kind or ""))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = index, label
    return found


@dataclass
class Score:
    true_positives: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Iterable[tuple], predicted: Iterable[tuple], type_of: int = -1) -> None:
        gold, predicted = set(gold), set(predicted)
        for item in gold:
            self.gold[item[type_of]] += 1
        for item in predicted:
            self.predicted[item[type_of]] += 1
        for item in gold & predicted:
            self.true_positives[item[type_of]] += 1

    def prf(self, kinds: Iterable[str]) -> tuple[float, float, float]:
        kinds = list(kinds)
        tp = sum(self.true_positives[k] for k in kinds)
        predicted = sum(self.predicted[k] for k in kinds)
        gold = sum(self.gold[k] for k in kinds)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1
