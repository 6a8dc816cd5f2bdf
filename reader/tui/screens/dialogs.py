"""Small modal dialogs: export file name, overwrite confirmation, table of contents, errors."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

_DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 72; max-width: 95%; height: auto; max-height: 90%;
    background: $panel; border: thick $primary; padding: 1 2;
}}
{name} Horizontal {{ height: auto; align-horizontal: right; margin-top: 1; }}
{name} Button {{ margin-left: 2; }}
"""


class ExportScreen(ModalScreen[str | None]):
    """Asks for the Markdown file name; returns it, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]
    DEFAULT_CSS = _DIALOG_CSS.format(name="ExportScreen")

    def __init__(self, suggested: str) -> None:
        super().__init__()
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Export the summary to Markdown")
            yield Input(self.suggested, id="export-path")
            yield Static(Text("Enter: write · Esc: cancel", style="dim"), markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; y/n answer it, Esc means no."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]
    DEFAULT_CSS = _DIALOG_CSS.format(name="ConfirmScreen")

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question), markup=False)
            with Horizontal():
                yield Button("No", id="no", variant="primary")
                yield Button("Overwrite", id="yes", variant="error")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class TocScreen(ModalScreen[int | None]):
    """The table of contents: choose a section to jump to."""

    BINDINGS = [Binding("escape,t,q", "cancel", "Close", id="toc.close")]
    DEFAULT_CSS = _DIALOG_CSS.format(name="TocScreen")

    def __init__(self, titles: list[tuple[str, bool, int]], current: int | None) -> None:
        super().__init__()
        self.titles = titles
        self.current = current

    def compose(self) -> ComposeResult:
        options = []
        for index, (title, generated, paragraphs) in enumerate(self.titles):
            prompt = Text(f"{index + 1:>3}. ")
            prompt.append(f"◇ {title}" if generated else title, style="italic" if generated else "")
            prompt.append(f"  ({paragraphs} ¶)", style="dim")
            options.append(Option(prompt, id=str(index)))
        with Vertical():
            yield Label("Contents — Enter: go · Esc: close")
            yield OptionList(*options, id="toc-list", markup=False)

    def on_mount(self) -> None:
        toc = self.query_one(OptionList)
        if self.current is not None and self.titles:
            toc.highlighted = self.current
        toc.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ErrorScreen(ModalScreen[None]):
    """A source that cannot be opened: the same one-line message as the CLI."""

    BINDINGS = [Binding("escape,q,enter", "close", "Quit", id="error.quit")]
    DEFAULT_CSS = _DIALOG_CSS.format(name="ErrorScreen")

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("dsreader cannot open this source")
            yield Static(Text(self.message), id="error-message", markup=False)
            yield Static(Text("Press q, Enter or Esc to quit.", style="dim"), markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
