"""The sidebar: summary, quotes, people, organisations and places, each a tab with a list.

Choosing an item posts `Sidebar.Jump` with the article location to show; choosing the
same entity again moves on to its next mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from reader.model import Entity, Location, Quote, Summary

TABS = (
    ("summary", "Summary"),
    ("quotes", "Quotes"),
    ("people", "People"),
    ("organizations", "Orgs"),
    ("places", "Places"),
)


@dataclass(frozen=True, slots=True)
class Item:
    """What an option in a list stands for."""

    locations: tuple[Location, ...]
    label: str


class ResultList(OptionList):
    """A list of results; j/k move like the arrows."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class ResultPane(Vertical):
    """A header line and a list that shows a loading state until results arrive."""

    DEFAULT_CSS = """
    ResultPane { height: 1fr; }
    ResultPane > .pane-header { height: auto; color: $text-muted; padding: 0 1; }
    ResultPane > ResultList { height: 1fr; border: none; }
    """

    def __init__(self, name: str) -> None:
        super().__init__(id=f"pane-{name}")
        self.kind = name
        self.items: list[Item] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Analysing…"), classes="pane-header", markup=False)
        yield ResultList(id=f"list-{self.kind}", markup=False)

    def on_mount(self) -> None:
        self.set_loading(True)

    @property
    def list(self) -> ResultList:
        return self.query_one(ResultList)

    def set_loading(self, loading: bool, note: str = "Analysing…") -> None:
        self.list.loading = loading
        if loading:
            self.query_one(".pane-header", Static).update(Text(note))

    @property
    def spaced(self) -> bool:
        """Summary sentences and quotes run over several lines: separate them."""
        return self.kind in ("summary", "quotes")

    def show(self, header: Text, items: Sequence[tuple[Text, Item]], empty: str) -> None:
        self.items = [item for _, item in items]
        self.query_one(".pane-header", Static).update(header)
        option_list = self.list
        highlighted = option_list.highlighted
        option_list.clear_options()
        if items:
            options: list[Option | None] = []
            for index, (prompt, _) in enumerate(items):
                if index and self.spaced:
                    options.append(None)  # a rule between multi-line entries
                options.append(Option(prompt, id=str(index)))
            option_list.add_options(options)
            option_list.highlighted = min(highlighted or 0, len(items) - 1)
        else:
            option_list.add_option(Option(Text(empty, style="dim"), disabled=True))
        option_list.loading = False


class Sidebar(Vertical):
    """Tabs of analysis results next to the article."""

    DEFAULT_CSS = """
    Sidebar { width: 38; min-width: 24; border-left: solid $primary; }
    Sidebar TabbedContent { height: 1fr; }
    Sidebar Tabs Tab { padding: 0 0 0 1; }
    Sidebar TabPane { padding: 0; }
    """

    class Jump(Message):
        """Show `location` in the article; `note` says what it is (e.g. "mention 2 of 5")."""

        def __init__(self, location: Location, note: str) -> None:
            super().__init__()
            self.location = location
            self.note = note

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cycle: dict[tuple[str, int], int] = {}

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="summary"):
            for name, title in TABS:
                with TabPane(title, id=name):
                    yield ResultPane(name)

    def pane(self, name: str) -> ResultPane:
        return self.query_one(f"#pane-{name}", ResultPane)

    @property
    def active(self) -> str:
        return self.query_one(TabbedContent).active

    def activate(self, name: str) -> None:
        self.query_one(TabbedContent).active = name

    def focus_list(self, name: str | None = None) -> None:
        """Focus a tab's list now, so that keys typed right after go to it, not the article."""
        self.screen.set_focus(self.pane(name or self.active).list)

    def set_loading(self, names: Sequence[str], note: str = "Analysing…") -> None:
        for name in names:
            self.pane(name).set_loading(True, note)

    # -- results -----------------------------------------------------------------

    def show_summary(self, summary: Summary, hint: str = "") -> None:
        header = Text(f"{summary.algorithm} · {summary.requested}", style="bold")
        if summary.mode:
            header.append(f" · {summary.mode}")
        if hint:
            header.append(f"\n{hint}", style="dim")
        items = [
            (Text(f"• {s.text}"), Item((s.location,), "summary sentence")) for s in summary.sentences
        ]
        self.pane("summary").show(header, items, "No sentences to summarise.")

    def show_quotes(self, quotes: Sequence[Quote]) -> None:
        items = []
        for quote in quotes:
            prompt = Text(f"“{quote.text}”")
            if quote.speaker:
                prompt.append(f"\n  — {quote.speaker}", style="bold")
            elif quote.speaker_cue:
                prompt.append(f"\n  — {quote.speaker_cue}", style="italic")
            items.append((prompt, Item((quote.location,), "quote")))
        count = len(quotes)
        header = Text(f"{count} quote{'s' if count != 1 else ''}, most important first", style="bold")
        self.pane("quotes").show(header, items, "No direct quotes found.")

    def show_entities(self, name: str, entities: Sequence[Entity], noun: str) -> None:
        items = []
        for entity in entities:
            prompt = Text(entity.name)
            prompt.append(f"  {entity.count}", style="bold")
            if entity.aliases:
                prompt.append(f"\n  also: {', '.join(entity.aliases)}", style="dim")
            items.append((prompt, Item(entity.mentions, entity.name)))
        header = Text(f"{len(entities)} {noun} · enter: next mention", style="bold")
        self.pane(name).show(header, items, f"No {noun} found.")
        self._cycle = {key: value for key, value in self._cycle.items() if key[0] != name}

    # -- choosing ----------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        pane = next((p for p in self.query(ResultPane) if p.list is event.option_list), None)
        if pane is None or event.option.id is None:
            return
        index = int(event.option.id)
        item = pane.items[index]
        key = (pane.kind, index)
        turn = self._cycle.get(key, -1) + 1
        turn %= len(item.locations)
        self._cycle = {k: v for k, v in self._cycle.items() if k[0] != pane.kind}
        self._cycle[key] = turn
        note = item.label
        if len(item.locations) > 1:
            note = f"{item.label}: mention {turn + 1} of {len(item.locations)}"
        self.post_message(self.Jump(item.locations[turn], note))
