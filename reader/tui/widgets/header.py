"""The article header: title, subtitle, byline/source/date, length and hidden repeats."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.model import Document


def header_text(document: Document) -> Text:
    text = Text(document.display_title, style="bold", end="")
    if document.subtitle:
        text.append("\n")
        text.append(document.subtitle, style="italic")
    meta = [part for part in (document.byline, document.date, document.site) if part]
    if document.title:
        meta.append(document.source)  # an untitled text is already headed by where it came from
    if meta:
        text.append("\n")
        text.append(" · ".join(meta), style="dim")
    stats = document.stats
    facts = [f"{stats.words:,} words", f"{stats.reading_minutes} min read"]
    if stats.duplicates_removed:
        count = stats.duplicates_removed
        facts.append(f"{count} repeated paragraph{'s' if count != 1 else ''} hidden")
    text.append("\n")
    text.append(" · ".join(facts), style="dim")
    return text


class ArticleHeader(Static):
    """What the article is and how long it is; says when repeats were removed."""

    DEFAULT_CSS = """
    ArticleHeader {
        height: auto;
        max-height: 6;
        padding: 0 2;
        background: $panel;
        border-bottom: solid $primary;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Loading…", style="dim"), id=id, markup=False)

    def show_document(self, document: Document) -> None:
        self.update(header_text(document))
