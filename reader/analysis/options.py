"""What an analysis can be asked for: algorithms, summary length, name extractor.

Kept free of NLTK and Sumy imports so that the TUI starts without loading them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

ALGORITHM_LABELS: dict[str, str] = {
    "default": "Default",
    "lexrank": "LexRank",
    "lsa": "LSA",
    "luhn": "Luhn",
    "textrank": "TextRank",
    "edmundson": "Edmundson",
    "kl": "KL-Sum",
    "sumbasic": "SumBasic",
    "reduction": "Reduction",
}
DEFAULT_ALGORITHM = "default"
"""dsreader's own summariser (`reader.analysis.default`); the others are Sumy's."""
ALIASES = {
    "auto": DEFAULT_ALGORITHM,
    "lex-rank": "lexrank",
    "text-rank": "textrank",
    "sum-basic": "sumbasic",
    "kl-sum": "kl",
    "klsum": "kl",
}

NER_METHODS = ("crf", "nltk", "heuristic")
DEFAULT_NER = "crf"


def resolve_algorithm(name: str) -> str:
    """The canonical algorithm name for `name` (case and dashes do not matter)."""
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key not in ALGORITHM_LABELS:
        raise ValueError(f"unknown algorithm {name!r}; choose from {', '.join(ALGORITHM_LABELS)}")
    return key


@dataclass(frozen=True, slots=True)
class Length:
    """A summary length: a number of sentences or a ratio of the document's sentences."""

    sentences: int | None = 5
    ratio: float | None = None

    def count(self, total: int) -> int:
        if self.ratio is not None:
            return min(total, max(1, math.ceil(self.ratio * total)))
        return min(total, max(1, self.sentences or 1))

    def __str__(self) -> str:
        if self.ratio is not None:
            return f"{self.ratio:.0%}"
        return f"{self.sentences} sentences"


@dataclass(frozen=True, slots=True)
class Options:
    algorithm: str = DEFAULT_ALGORITHM
    length: Length = field(default_factory=Length)
    ner: str = DEFAULT_NER
