"""The status line: analysis progress and the mode NLP runs in (full or degraded)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.model import Component


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._progress = "Loading…"
        self._mode = ""
        self._extra = ""

    def _show(self) -> None:
        parts = [p for p in (self._progress, self._extra, self._mode) if p]
        self.update(Text("  ·  ".join(parts)))

    def progress(self, text: str) -> None:
        self._progress = text
        self._show()

    def extra(self, text: str) -> None:
        """A transient note, e.g. search results."""
        self._extra = text
        self._show()

    def components(self, components: tuple[Component, ...]) -> None:
        degraded = [c.name for c in components if c.degraded]
        entities = next((c.mode for c in components if c.name == "entities"), "")
        if degraded:
            self._mode = f"NLP: degraded ({', '.join(degraded)}) — see 'dsreader doctor'"
        else:
            self._mode = f"NLP: full · entities: {entities}" if entities else "NLP: full"
        self._show()
