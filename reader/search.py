"""Finding text in a Document (case-insensitive), as locations the views can highlight."""

from __future__ import annotations

from reader.model import Document, Location

MAX_MATCHES = 10_000
"""Past this, more matches would not help a reader; it keeps a search for "e" cheap."""


def find_matches(document: Document, query: str, limit: int = MAX_MATCHES) -> list[Location]:
    """Every occurrence of `query` in the document's paragraphs, in reading order."""
    needle = query.casefold()
    if not needle.strip():
        return []
    matches: list[Location] = []
    for paragraph in document.paragraphs:
        haystack = paragraph.text.casefold()
        if len(haystack) != len(paragraph.text):
            haystack = paragraph.text.lower()  # casefold changed lengths (ß); keep offsets right
        start = haystack.find(needle)
        while start >= 0:
            matches.append(Location(paragraph.index, start, start + len(needle), paragraph.section))
            if len(matches) >= limit:
                return matches
            start = haystack.find(needle, start + max(1, len(needle)))
    return matches
