"""The help screen: every key binding, collected from the widgets that define them."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

_KEY_NAMES = {
    "down": "↓", "up": "↑", "left": "←", "right": "→", "space": "space", "pagedown": "PgDn",
    "pageup": "PgUp", "home": "Home", "end": "End", "enter": "Enter", "tab": "Tab",
    "right_square_bracket": "]", "left_square_bracket": "[", "question_mark": "?", "slash": "/",
    "plus": "+", "minus": "-", "equals_sign": "=", "less_than_sign": "<", "greater_than_sign": ">",
    "escape": "Esc", "shift+enter": "Shift+Enter", "f3": "F3", "shift+f3": "Shift+F3",
}


def key_display(keys: str) -> str:
    return ", ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def binding_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    rows = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            rows.append((key_display(binding.key), binding.tooltip or binding.description))
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of each part of the screen; any of Esc, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close")]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 84; max-width: 95%; height: 90%;
        background: $panel; border: thick $primary; padding: 0 1;
    }
    """

    def __init__(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.help_text(), markup=False)

    def help_text(self) -> Text:
        text = Text()
        text.append("dsreader — keys\n", style="bold")
        for title, rows in self.groups:
            text.append(f"\n{title}\n", style="bold underline")
            for keys, action in rows:
                text.append(f"  {keys:<24}", style="bold")
                text.append(f"{action}\n")
        text.append("\n◇ marks a section title made up by dsreader (the text had none).\n", style="dim")
        text.append("Esc, q or ? closes this help.", style="dim")
        return text

    def action_dismiss(self) -> None:
        self.dismiss(None)
