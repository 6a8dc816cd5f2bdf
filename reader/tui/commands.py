"""The command palette (ctrl+p): dsreader's own commands next to Textual's (theme, quit...)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.analysis.options import ALGORITHM_LABELS

if TYPE_CHECKING:
    from reader.tui.app import ReaderApp


class ReaderCommands(Provider):
    def _commands(self) -> list[tuple[str, str, object]]:
        app: ReaderApp = self.app  # type: ignore[assignment]
        commands: list[tuple[str, str, object]] = [
            ("Export summary to Markdown", "Write the summary, quotes and names to a .md file", app.action_export),
            ("Copy summary to clipboard", "Copy the summary as Markdown", app.action_copy_summary),
            ("Toggle sidebar", "Show or hide the summary/quotes/names sidebar", app.action_toggle_sidebar),
            ("Table of contents", "Jump to a section", app.action_toc),
            ("Search the article", "Find text and highlight every match", app.action_search),
            ("Collapse all sections", "Fold every section to its heading", app.action_collapse_all),
            ("Expand all sections", "Unfold every section", app.action_expand_all),
            ("Longer summary", "One more summary sentence", partial(app.action_length, 1)),
            ("Shorter summary", "One fewer summary sentence", partial(app.action_length, -1)),
            ("Show keys", "List every key binding", app.action_help),
        ]
        for name, label in ALGORITHM_LABELS.items():
            command = partial(app.set_algorithm, name)
            commands.append((f"Summary algorithm: {label}", f"Summarise with {label}", command))
        return commands

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)  # type: ignore[arg-type]
