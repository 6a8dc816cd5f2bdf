"""The dsreader Textual application."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from reader.analysis.options import DEFAULT_NER
from reader.cache import AnalysisCache
from reader.tui.commands import ReaderCommands
from reader.tui.screens.help import HelpScreen, binding_rows
from reader.tui.screens.main import MainScreen
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.search import SearchBar

SIDEBAR_KEYS = [
    ("Enter", "Show the sentence, quote or name in the article"),
    ("Enter again", "On a name: go to its next mention"),
    ("j, k, ↑, ↓", "Move in the list"),
]


class ReaderApp(App[None]):
    """A terminal reader: the article on the left, its summary, quotes and names on the right."""

    CSS_PATH = "app.tcss"
    TITLE = "dsreader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.commands"),
    ]

    def __init__(self, source: str | None = None, algorithm: str = "default", sentences: int = 5,
                 ner: str = DEFAULT_NER, use_cache: bool = True, piped: bytes | None = None) -> None:
        super().__init__()
        self.piped = piped
        """The article, when it came through a pipe (`dsreader -`)."""
        self.source = source
        self.algorithm = algorithm
        self.sentences = sentences
        self.ner = ner
        self.use_cache = use_cache
        self.error: str | None = None
        """The message of a source that could not be opened (the CLI prints it on exit)."""

    def on_mount(self) -> None:
        cache = AnalysisCache() if self.use_cache else None
        self.push_screen(MainScreen(self.source, self.algorithm, self.sentences, self.ner, cache, self.piped))

    @property
    def main(self) -> MainScreen:
        return self.get_screen_stack_main()

    def get_screen_stack_main(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def help_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        return [
            ("Reading", binding_rows(ArticleView.BINDINGS)),
            ("Sidebar, search, export", binding_rows(MainScreen.BINDINGS)),
            ("In a sidebar list", SIDEBAR_KEYS),
            ("In the search bar", binding_rows(SearchBar.BINDINGS)),
            ("Application", binding_rows(self.BINDINGS)),
        ]

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups()))

    # Commands the palette offers, forwarded to the reading screen.
    def action_export(self) -> None:
        self.main.action_export()

    def action_copy_summary(self) -> None:
        self.main.action_copy_summary()

    def action_toggle_sidebar(self) -> None:
        self.main.action_toggle_sidebar()

    def action_toc(self) -> None:
        self.main.action_toc()

    def action_search(self) -> None:
        self.main.action_search()

    def action_collapse_all(self) -> None:
        self.main.action_collapse_all()

    def action_expand_all(self) -> None:
        self.main.action_expand_all()

    def action_length(self, step: int) -> None:
        self.main.action_length(step)

    def set_algorithm(self, name: str) -> None:
        self.main.set_algorithm(name)
