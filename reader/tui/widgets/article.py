"""The article pane: standfirst and collapsible sections, drawn line by line.

A Line API widget (like Textual's own Log): only the rows on screen are rendered, so a
book-length document scrolls as smoothly as a news story. Article text is always a plain
`rich.text.Text` — never parsed as markup — with highlights applied by character range.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import Document, Location
from reader.tui.layout import ArticleLayout, Row, RowKind

MAX_TEXT_WIDTH = 88
"""A comfortable reading measure; wider panes centre the text."""


@dataclass(frozen=True, slots=True)
class Highlight:
    location: Location
    kind: str
    """"focus" for the selected sentence, quote or mention; "match" for search hits."""


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, collapsible article text with highlighted ranges."""

    BINDINGS = [
        Binding("j,down", "scroll_lines(1)", "Down", show=False, id="article.down"),
        Binding("k,up", "scroll_lines(-1)", "Up", show=False, id="article.up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="article.page_down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="article.page_up"),
        Binding("g,home", "top", "Top", show=False, id="article.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="article.bottom"),
        Binding("n,right_square_bracket", "section(1)", "Next section", id="article.next_section"),
        Binding("p,left_square_bracket", "section(-1)", "Prev section", id="article.prev_section"),
        Binding("enter,o", "toggle_section", "Fold", id="article.toggle"),
        Binding("c", "collapse_all", "Collapse all", show=False, id="article.collapse_all"),
        Binding("e", "expand_all", "Expand all", show=False, id="article.expand_all"),
    ]

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        padding: 0 1;
    }
    """

    COMPONENT_CLASSES = {
        "article--heading",
        "article--heading-current",
        "article--standfirst",
        "article--code",
        "article--focus",
        "article--match",
        "article--match-current",
    }

    current_section: reactive[int | None] = reactive(None)

    class SectionChanged(Message):
        def __init__(self, section: int | None) -> None:
            super().__init__()
            self.section = section

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document: Document | None = None
        self.article_layout: ArticleLayout | None = None
        self.collapsed: set[int] = set()
        self.highlights: list[Highlight] = []
        self.current_match: Location | None = None

    # -- content -----------------------------------------------------------------

    def show_document(self, document: Document, keep_position: bool = False) -> None:
        """Show `document`; `keep_position` keeps the scroll offset (replacing a preview)."""
        top = round(self.scroll_y) if keep_position else 0
        self.document = document
        self.collapsed = set()
        self.highlights = []
        self.article_layout = None  # a new text: nothing to anchor to
        self._relayout()
        self.scroll_to(0, min(top, self.max_scroll_y), animate=False)
        self.current_section = 0 if document.sections else None

    @property
    def text_width(self) -> int:
        return max(20, min(MAX_TEXT_WIDTH, self.scrollable_content_region.width - 1))

    def _relayout(self) -> None:
        if self.document is None:
            return
        anchor = self._top_anchor()
        self.article_layout = ArticleLayout(self.document, self.text_width)
        self.article_layout.set_collapsed(self.collapsed)
        self.virtual_size = Size(self.text_width, self.article_layout.height)
        if anchor is not None:
            self.scroll_to(y=self.article_layout.visible_index(self.article_layout.row_of(*anchor)), animate=False)
        self.refresh()

    def _top_anchor(self) -> tuple[int, int] | None:
        """Paragraph and offset at the top of the screen, to keep in place across a re-wrap."""
        if self.article_layout is None:
            return None
        row = self.article_layout.row_at(round(self.scroll_y))
        if row is None or row.paragraph < 0:
            return None
        return row.paragraph, row.start

    def on_resize(self, event: events.Resize) -> None:
        if self.article_layout is not None and self.article_layout.width != self.text_width:
            self._relayout()

    # -- rendering ---------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self.article_layout
        row = layout.row_at(round(self.scroll_y) + y) if layout else None
        if row is None:
            return Strip.blank(width, base)
        text = self._row_text(row)
        margin = max(0, (width - self.text_width) // 2)
        line = Text(" " * margin, no_wrap=True, end="")
        line.append_text(text)
        line.stylize_before(base)  # the widget's colours under every span
        strip = Strip(line.render(self.app.console), line.cell_len)
        return strip.crop_extend(0, width, base)

    def _row_text(self, row: Row) -> Text:
        assert self.document is not None
        if row.kind is RowKind.BLANK:
            return Text("")
        if row.kind is RowKind.HEADING:
            return self._heading_text(row.section or 0)
        paragraph = self.document.paragraphs[row.paragraph]
        text = Text(paragraph.text[row.start : row.end], no_wrap=True, end="")
        if row.kind is RowKind.STANDFIRST:
            text.stylize(self.get_component_rich_style("article--standfirst"))
        elif paragraph.preformatted:
            text.stylize(self.get_component_rich_style("article--code"))
        for highlight in self.highlights:
            where = highlight.location
            if where.paragraph != row.paragraph or where.end <= row.start or where.start >= row.end:
                continue
            kind = "match-current" if highlight.kind == "match" and where == self.current_match else highlight.kind
            style = self.get_component_rich_style(f"article--{kind}")
            text.stylize(style, max(0, where.start - row.start), min(row.end, where.end) - row.start)
        return text

    def _heading_text(self, index: int) -> Text:
        assert self.document is not None
        section = self.document.sections[index]
        folded = index in self.collapsed
        marker = "▸ " if folded else "▾ "
        component = "article--heading-current" if index == self.current_section else "article--heading"
        style = self.get_component_rich_style(component)
        text = Text(marker, style=style, no_wrap=True, end="")
        title = section.title or "Untitled"
        if section.generated:
            text.append("◇ ", style=style)
            text.append(title, style=style + Style(italic=True))
        else:
            text.append(title, style=style)
        if folded:
            count = len(section.paragraphs)
            text.append(f"  ({count} paragraph{'s' if count != 1 else ''})", style=Style(dim=True))
        return text

    # -- navigation --------------------------------------------------------------

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if self.article_layout is not None and round(old) != round(new):
            section = self.article_layout.section_at(round(new))
            if section is not None and section != self.current_section:
                self.current_section = section

    def watch_current_section(self, old: int | None, new: int | None) -> None:
        self.refresh()
        self.post_message(self.SectionChanged(new))

    def action_scroll_lines(self, amount: int) -> None:
        self.scroll_to(y=self.scroll_y + amount, animate=False)

    def action_page(self, direction: int) -> None:
        self.scroll_to(y=self.scroll_y + direction * max(1, self.scrollable_content_region.height - 2), animate=False)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def action_section(self, step: int) -> None:
        """Bring the next or previous section's heading to the top."""
        if self.article_layout is None or not self.document or not self.document.sections:
            return
        current = self.current_section if self.current_section is not None else 0
        heading = self.article_layout.heading_line(current)
        if step < 0 and round(self.scroll_y) > heading:
            target = current  # back to the start of this section first
        else:
            target = min(max(current + step, 0), len(self.document.sections) - 1)
        self.go_to_section(target)

    def go_to_section(self, index: int) -> None:
        if self.article_layout is None:
            return
        self.scroll_to(y=self.article_layout.heading_line(index), animate=False)
        self.current_section = index

    def action_toggle_section(self) -> None:
        if self.current_section is not None:
            self.toggle_section(self.current_section)

    def toggle_section(self, index: int) -> None:
        self.set_collapsed(self.collapsed ^ {index}, keep=index)

    def action_collapse_all(self) -> None:
        if self.document:
            self.set_collapsed(set(range(len(self.document.sections))), keep=self.current_section)

    def action_expand_all(self) -> None:
        self.set_collapsed(set(), keep=self.current_section)

    def set_collapsed(self, collapsed: set[int], keep: int | None = None) -> None:
        """Fold the given sections, keeping section `keep`'s heading where it was on screen."""
        if self.article_layout is None:
            return
        on_screen = self.article_layout.heading_line(keep) - round(self.scroll_y) if keep is not None else 0
        self.collapsed = collapsed
        self.article_layout.set_collapsed(collapsed)
        self.virtual_size = Size(self.text_width, self.article_layout.height)
        if keep is not None:
            self.scroll_to(y=max(0, self.article_layout.heading_line(keep) - max(0, on_screen)), animate=False)
            self.current_section = keep
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        if self.article_layout is None:
            return
        row = self.article_layout.row_at(round(self.scroll_y) + event.y)
        if row is not None and row.kind is RowKind.HEADING and row.section is not None:
            self.current_section = row.section
            self.toggle_section(row.section)

    # -- highlights --------------------------------------------------------------

    def show_location(self, location: Location, kind: str = "focus") -> None:
        """Unfold, scroll to and highlight a location (a sentence, quote or mention)."""
        if self.article_layout is None or self.document is None:
            return
        section = self.document.paragraphs[location.paragraph].section
        if section is not None and section in self.collapsed:
            self.set_collapsed(self.collapsed - {section})
        self.highlights = [h for h in self.highlights if h.kind != "focus"]
        if kind == "focus":
            self.highlights.append(Highlight(location, "focus"))
        else:
            self.current_match = location
        line = self.article_layout.visible_index(self.article_layout.row_of(location.paragraph, location.start))
        height = self.scrollable_content_region.height
        if not (self.scroll_y <= line < self.scroll_y + height - 1):
            self.scroll_to(y=max(0, line - height // 3), animate=False)
        self.refresh()

    def set_matches(self, matches: list[Location]) -> None:
        self.highlights = [h for h in self.highlights if h.kind != "match"]
        self.highlights.extend(Highlight(m, "match") for m in matches)
        if self.current_match not in matches:
            self.current_match = None
        self.refresh()

    @property
    def focused_location(self) -> Location | None:
        return next((h.location for h in self.highlights if h.kind == "focus"), None)

    def visible_text(self) -> str:
        """The text on screen, line by line (for tests and screen readers)."""
        if self.article_layout is None:
            return ""
        top = round(self.scroll_y)
        lines = []
        for y in range(self.scrollable_content_region.height):
            row = self.article_layout.row_at(top + y)
            if row is not None:
                lines.append(self._row_text(row).plain)
        return "\n".join(lines)
