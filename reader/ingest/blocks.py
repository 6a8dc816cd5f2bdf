"""The shape every input format is parsed into before it becomes a `Document`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, or a heading when `level` > 0."""

    text: str
    level: int = 0
    preformatted: bool = False
    """Code or a text capture: its line breaks and spacing are part of it."""

    @property
    def is_heading(self) -> bool:
        return self.level > 0


@dataclass(slots=True)
class Parsed:
    """Blocks in reading order plus whatever metadata the format carried."""

    format: str
    blocks: list[Block]
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    description: str | None = None
    headings_reliable: bool = field(default=True)
    """False for plain text, where headings are guessed from the shape of lines."""


_TERMINAL = tuple(".,;:!?…\"'”’)]»")
_BULLET = re.compile(r"^(?:[-*•–·]|\d+[.)])\s")


def looks_like_headline(text: str) -> bool:
    """A short line with no closing punctuation that starts with a capital: a headline.

    Headlines ending in ? or ! count when they are in title case.
    """
    words = text.split()
    if not 1 <= len(words) <= 18 or len(text) > 140 or _BULLET.match(text):
        return False
    first = text.lstrip("\"'“‘(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if text.isupper():
        return True
    if text.endswith(("?", "!")):
        capitalised = sum(1 for w in words if w[:1].isupper())
        return capitalised >= 0.6 * len(words)
    return not text.endswith(_TERMINAL)
