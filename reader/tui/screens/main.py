"""The reading screen: header, article, sidebar, search bar, status line and footer.

Loading and analysis run in thread workers; their results come back as messages, so the
article is readable while the sidebar fills in.
"""

from __future__ import annotations

import io
import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from reader.analysis.analyzer import Analyzer

from reader.analysis.options import ALGORITHM_LABELS, DEFAULT_NER, Length, resolve_algorithm
from reader.cache import AnalysisCache
from reader.errors import ReaderError
from reader.export import to_markdown, write_file
from reader.ingest import read_text
from reader.model import Analysis, Component, Document, Entity, EntityKind, Location, Quote, Summary, of_kind
from reader.search import find_matches
from reader.tui.messages import (
    AnalysisDone,
    AnalysisFailed,
    AnalysisProgress,
    DocumentLoaded,
    DocumentPreview,
    EntitiesReady,
    LoadFailed,
    QuotesReady,
    SummaryReady,
)
from reader.tui.screens.dialogs import ConfirmScreen, ErrorScreen, ExportScreen, TocScreen
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.header import ArticleHeader
from reader.tui.widgets.search import SearchBar
from reader.tui.widgets.sidebar import TABS, Sidebar
from reader.tui.widgets.status import StatusLine

MIN_SENTENCES, MAX_SENTENCES = 1, 50
SIDEBAR_MIN, SIDEBAR_STEP = 24, 4
SIDEBAR_DEFAULT_MIN = 36
"""Narrowest sidebar that shows all five tab names."""


class MainScreen(Screen[None]):
    BINDINGS = [
        Binding("tab", "switch_focus", "Article ⇄ sidebar", id="main.switch_focus"),
        Binding("1", "tab('summary')", "Summary tab", show=False, id="main.tab_summary"),
        Binding("2", "tab('quotes')", "Quotes tab", show=False, id="main.tab_quotes"),
        Binding("3", "tab('people')", "People tab", show=False, id="main.tab_people"),
        Binding("4", "tab('organizations')", "Organisations tab", show=False, id="main.tab_organizations"),
        Binding("5", "tab('places')", "Places tab", show=False, id="main.tab_places"),
        Binding("a", "cycle_algorithm", "Algorithm", id="main.algorithm"),
        Binding("plus,equals_sign", "length(1)", "Longer summary", show=False, id="main.longer"),
        Binding("minus", "length(-1)", "Shorter summary", show=False, id="main.shorter"),
        Binding("slash", "search", "Search", id="main.search"),
        Binding("f3", "match(1)", "Next match", show=False, id="main.next_match"),
        Binding("shift+f3", "match(-1)", "Previous match", show=False, id="main.previous_match"),
        Binding("t", "toc", "Contents", id="main.toc"),
        Binding("x,ctrl+s", "export", "Export", id="main.export"),
        Binding("y", "copy_summary", "Copy summary", show=False, id="main.copy"),
        Binding("s", "toggle_sidebar", "Sidebar", id="main.toggle_sidebar"),
        Binding("less_than_sign", "resize_sidebar(-1)", "Narrower sidebar", show=False, id="main.narrower"),
        Binding("greater_than_sign", "resize_sidebar(1)", "Wider sidebar", show=False, id="main.wider"),
    ]

    def __init__(self, source: str | None, algorithm: str = "default", sentences: int = 5,
                 ner: str = DEFAULT_NER, cache: AnalysisCache | None = None, piped: bytes | None = None) -> None:
        super().__init__()
        self.source = source
        self.cache = cache
        self.piped = piped
        self.algorithm = resolve_algorithm(algorithm)
        self.sentences = sentences
        self.ner = ner
        self.document: Document | None = None
        self.analyzer: Analyzer | None = None
        self.summary: Summary | None = None
        self.entities: tuple[Entity, ...] | None = None
        self.quotes: tuple[Quote, ...] | None = None
        self.components: tuple[Component, ...] = ()
        self.matches: list[Location] = []
        self.match_index = -1
        self.last_export: Path | None = None
        self._preview_shown = threading.Event()
        self.sidebar_width: int | None = None

    def compose(self) -> ComposeResult:
        yield ArticleHeader(id="header")
        with Horizontal(id="body"):
            yield ArticleView(id="article")
            yield Sidebar(id="sidebar")
        yield SearchBar(id="search")
        yield StatusLine(id="status")
        yield Footer()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def on_mount(self) -> None:
        self.article.focus()
        self.load()

    # -- loading and analysis (worker threads) ------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        try:
            stdin = io.BytesIO(self.piped) if self.piped is not None else None
            source = read_text(self.source, stdin=stdin)
            preview = source.preview()
            if preview is not None:  # a long text: show its opening while the rest is cleaned
                self.post_message(DocumentPreview(preview))
                # Let the screen draw it before this thread takes the interpreter's attention.
                self._preview_shown.wait(timeout=1.0)
            document = source.document()
        except ReaderError as exc:
            self.post_message(LoadFailed(exc.message))
            return
        except Exception as exc:  # noqa: BLE001 - shown on screen, never as a traceback
            self.post_message(LoadFailed(f"internal error: {type(exc).__name__}: {exc}"))
            return
        self.post_message(DocumentLoaded(document))

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self, document: Document) -> None:
        # NLTK and Sumy load here, in the worker thread, not while the screen starts.
        from reader.analysis.analyzer import Analyzer, Cancelled

        started = time.perf_counter()
        worker = get_current_worker()
        try:
            self.post_message(AnalysisProgress("splitting sentences"))
            analyzer = Analyzer(document, should_stop=lambda: worker.is_cancelled, cache=self.cache)
            self.analyzer = analyzer
            self.post_message(AnalysisProgress(f"summary ({ALGORITHM_LABELS[self.algorithm]})"))
            self.post_message(SummaryReady(analyzer.summary(self.algorithm, Length(self.sentences))))
            self.post_message(AnalysisProgress("people, organisations and places"))
            entities, ner = analyzer.entities(self.ner)
            self.post_message(EntitiesReady(entities))
            self.post_message(AnalysisProgress("quotes"))
            self.post_message(QuotesReady(analyzer.quotes(self.ner)))
            components = (*analyzer.resources.components(), ner)
            self.post_message(AnalysisDone(components, time.perf_counter() - started))
        except Cancelled:
            return  # the screen is closing
        except Exception as exc:  # noqa: BLE001 - reported in the status line
            self.post_message(AnalysisFailed(f"{type(exc).__name__}: {exc}"))

    @work(thread=True, exclusive=True, group="summary")
    def resummarise(self, algorithm: str, sentences: int) -> None:
        analyzer = self.analyzer
        if analyzer is None:
            return  # the running analysis will use the new settings
        try:
            self.post_message(SummaryReady(analyzer.summary(algorithm, Length(sentences))))
        except Exception as exc:  # noqa: BLE001
            self.post_message(AnalysisFailed(f"{type(exc).__name__}: {exc}"))

    @on(DocumentPreview)
    def document_preview(self, message: DocumentPreview) -> None:
        self.query_one(ArticleHeader).show_document(message.document)
        self.article.show_document(message.document)
        self.status.progress("Reading the whole text…")
        self.call_after_refresh(self._preview_shown.set)

    @on(DocumentLoaded)
    def document_loaded(self, message: DocumentLoaded) -> None:
        self.document = message.document
        self.query_one(ArticleHeader).show_document(message.document)
        self.article.show_document(message.document, keep_position=True)
        self.sidebar.set_loading([name for name, _ in TABS])
        self.analyse(message.document)

    @on(LoadFailed)
    def load_failed(self, message: LoadFailed) -> None:
        self.app.error = message.error  # type: ignore[attr-defined]
        self.app.push_screen(ErrorScreen(message.error), lambda _: self.app.exit(return_code=1))

    @on(AnalysisProgress)
    def analysis_progress(self, message: AnalysisProgress) -> None:
        self.status.progress(f"Analysing: {message.stage}…")

    @on(SummaryReady)
    def summary_ready(self, message: SummaryReady) -> None:
        self.summary = message.summary
        self.sidebar.show_summary(message.summary, "a: algorithm · +/-: length · Enter: show")

    @on(EntitiesReady)
    def entities_ready(self, message: EntitiesReady) -> None:
        self.entities = message.entities
        for name, kind, noun in (
            ("people", EntityKind.PERSON, "people"),
            ("organizations", EntityKind.ORGANIZATION, "organisations"),
            ("places", EntityKind.PLACE, "places"),
        ):
            self.sidebar.show_entities(name, of_kind(message.entities, kind), noun)

    @on(QuotesReady)
    def quotes_ready(self, message: QuotesReady) -> None:
        self.quotes = message.quotes
        self.sidebar.show_quotes(message.quotes)

    @on(AnalysisDone)
    def analysis_done(self, message: AnalysisDone) -> None:
        self.components = message.components
        self.status.progress("Analysis complete")
        self.status.components(message.components)

    @on(AnalysisFailed)
    def analysis_failed(self, message: AnalysisFailed) -> None:
        self.status.progress(f"Analysis failed: {message.error}")

    @property
    def analysis(self) -> Analysis | None:
        """Everything analysed so far, or None until summary, entities and quotes are all in."""
        if self.summary is None or self.entities is None or self.quotes is None:
            return None
        return Analysis(self.summary, self.quotes, self.entities, self.components)

    # -- sidebar ------------------------------------------------------------------

    @on(Sidebar.Jump)
    def jump(self, message: Sidebar.Jump) -> None:
        self.article.show_location(message.location)
        self.status.extra(message.note)

    def action_switch_focus(self) -> None:
        if self.article.has_focus and self.sidebar.display:
            self.sidebar.focus_list()
        else:
            self.set_focus(self.article)

    def action_tab(self, name: str) -> None:
        self.sidebar.display = True
        self.sidebar.activate(name)
        self.sidebar.focus_list(name)

    def action_toggle_sidebar(self) -> None:
        self.sidebar.display = not self.sidebar.display
        if not self.sidebar.display:
            self.article.focus()

    def action_resize_sidebar(self, direction: int) -> None:
        current = self.sidebar.outer_size.width or SIDEBAR_MIN
        widest = max(SIDEBAR_MIN, self.size.width - 30)
        self.sidebar_width = max(SIDEBAR_MIN, min(widest, current + direction * SIDEBAR_STEP))
        self.sidebar.styles.width = self.sidebar_width

    def on_resize(self) -> None:
        if self.sidebar_width is None:  # the user has not chosen a width: follow the terminal
            self.sidebar.styles.width = max(SIDEBAR_DEFAULT_MIN, min(56, self.size.width * 2 // 5))

    def action_cycle_algorithm(self) -> None:
        names = list(ALGORITHM_LABELS)
        self.set_algorithm(names[(names.index(self.algorithm) + 1) % len(names)])

    def set_algorithm(self, name: str) -> None:
        self.algorithm = resolve_algorithm(name)
        self._resummarise()

    def action_length(self, step: int) -> None:
        self.sentences = min(MAX_SENTENCES, max(MIN_SENTENCES, self.sentences + step))
        self._resummarise()

    def _resummarise(self) -> None:
        label = ALGORITHM_LABELS[self.algorithm]
        self.sidebar.set_loading(["summary"], f"Summarising with {label}, {self.sentences} sentences…")
        self.resummarise(self.algorithm, self.sentences)

    # -- article ------------------------------------------------------------------

    def action_collapse_all(self) -> None:
        self.article.action_collapse_all()

    def action_expand_all(self) -> None:
        self.article.action_expand_all()

    def action_toc(self) -> None:
        if self.document is None or not self.document.sections:
            return
        titles = [(s.title or "Untitled", s.generated, len(s.paragraphs)) for s in self.document.sections]

        def go(section: int | None) -> None:
            if section is not None:
                self.article.go_to_section(section)
                self.article.focus()

        self.app.push_screen(TocScreen(titles, self.article.current_section), go)

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Changed)
    def search_changed(self, event: SearchBar.Changed) -> None:
        if self.document is None:
            return
        self.matches = find_matches(self.document, event.value)
        self.article.set_matches(self.matches)
        self.match_index = -1
        if not event.value:
            self.status.extra("")
        elif not self.matches:
            self.status.extra(f"No match for “{event.value}”")
        else:
            self.action_match(1)

    @on(SearchBar.Step)
    def search_step(self, message: SearchBar.Step) -> None:
        self.action_match(message.step)

    @on(SearchBar.Closed)
    def search_closed(self) -> None:
        self.article.focus()

    def action_match(self, step: int) -> None:
        if not self.matches:
            return
        self.match_index = (self.match_index + step) % len(self.matches)
        self.article.show_location(self.matches[self.match_index], kind="match")
        self.status.extra(f"Match {self.match_index + 1} of {len(self.matches)}")

    # -- export -------------------------------------------------------------------

    def suggested_export_name(self) -> str:
        title = self.document.display_title if self.document else "summary"
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].rstrip("-") or "article"
        return f"{slug}-summary.md"

    def action_export(self) -> None:
        if self.analysis is None:
            self.notify("The analysis is still running; export when the sidebar is filled.", severity="warning")
            return

        def chosen(name: str | None) -> None:
            if not name:
                return
            path = Path(name).expanduser()
            path = path if path.is_absolute() else Path.cwd() / path
            if path.exists():
                def confirmed(yes: bool | None) -> None:
                    if yes:
                        self._write(path, force=True)

                self.app.push_screen(ConfirmScreen(f"{path} already exists. Overwrite it?"), confirmed)
            else:
                self._write(path, force=False)

        self.app.push_screen(ExportScreen(self.suggested_export_name()), chosen)

    def _write(self, path: Path, force: bool) -> None:
        assert self.document is not None and self.analysis is not None
        try:
            written = write_file(path, to_markdown(self.document, self.analysis), force=force)
        except ReaderError as exc:
            self.notify(exc.message, title="Export failed", severity="error")
            return
        self.last_export = written
        self.notify(f"Summary written to {written}", title="Exported")

    def action_copy_summary(self) -> None:
        if self.document is None or self.analysis is None:
            self.notify("The analysis is still running.", severity="warning")
            return
        self.app.copy_to_clipboard(to_markdown(self.document, self.analysis))
        self.notify("Summary copied to the clipboard (as Markdown).")
