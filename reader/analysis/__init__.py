"""Analysis: a `Document` in, an `Analysis` (summary, quotes, entities) out. No UI here.

The heavy parts (NLTK, Sumy) load on first use of `Analyzer`, so that importing this
package — as the TUI does at start-up — stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.analysis.options import (
    ALGORITHM_LABELS,
    DEFAULT_ALGORITHM,
    DEFAULT_NER,
    NER_METHODS,
    Length,
    Options,
    resolve_algorithm,
)

if TYPE_CHECKING:
    from reader.analysis.analyzer import Analyzer, Cancelled, analyze

__all__ = [
    "ALGORITHM_LABELS",
    "DEFAULT_ALGORITHM",
    "DEFAULT_NER",
    "NER_METHODS",
    "Analyzer",
    "Cancelled",
    "Length",
    "Options",
    "analyze",
    "resolve_algorithm",
]

_LAZY = {"Analyzer", "Cancelled", "analyze"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from reader.analysis import analyzer

        return getattr(analyzer, name)
    raise AttributeError(f"module 'reader.analysis' has no attribute {name!r}")
