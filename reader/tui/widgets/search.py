"""The search bar: type to highlight matches; Enter / Shift+Enter move between them."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    BINDINGS = [
        Binding("enter", "step(1)", "Next match", id="search.next"),
        Binding("shift+enter", "step(-1)", "Previous match", id="search.previous"),
        Binding("escape", "close", "Close search", id="search.close"),
    ]

    DEFAULT_CSS = """
    SearchBar { dock: bottom; display: none; margin: 0 0 2 0; border: tall $accent; }
    SearchBar.-open { display: block; }
    """

    class Step(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Closed(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the article (Enter: next, Shift+Enter: previous, Esc: close)", id=id)

    def open(self) -> None:
        """Show and focus the bar; the previous search is selected, so typing replaces it."""
        self.add_class("-open")
        self.focus()
        self.select_all()

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(step))

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())
