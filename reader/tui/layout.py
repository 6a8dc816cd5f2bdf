"""The article as rows of screen text: wrapping, collapsed sections and where each paragraph lies.

Pure Python (no Textual) so it is fast to test. The article view renders only the rows
on screen, which is what lets a 2 MB book open instantly: no widget per paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from rich.cells import cell_len

from reader.model import Document

_WORD = re.compile(r"\S+")


class RowKind(str, Enum):
    STANDFIRST = "standfirst"
    HEADING = "heading"
    TEXT = "text"
    BLANK = "blank"


@dataclass(frozen=True, slots=True)
class Row:
    kind: RowKind
    section: int | None
    """The section the row belongs to (None: the standfirst)."""
    paragraph: int = -1
    start: int = 0
    end: int = 0
    """Character range of the paragraph shown on this row."""


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap: (start, end) character ranges of each line.

    Widths are terminal cells, so wide (CJK) characters count double; a word longer than
    a line is cut where it must be.
    """
    width = max(8, width)
    measure = len if text.isascii() else cell_len
    lines: list[tuple[int, int]] = []
    line_start = line_end = -1
    line_width = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        word_width = measure(text[start:end])
        if line_start >= 0 and line_width + 1 + word_width <= width:
            line_end, line_width = end, line_width + 1 + word_width
            continue
        if line_start >= 0:
            lines.append((line_start, line_end))
        while word_width > width:  # a word that cannot fit on any line
            cut = start + 1
            while cut < end and measure(text[start : cut + 1]) <= width:
                cut += 1
            lines.append((start, cut))
            start = cut
            word_width = measure(text[start:end])
        line_start, line_end, line_width = start, end, word_width
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines or [(0, 0)]


def preformatted_lines(text: str, width: int) -> list[tuple[int, int]]:
    """One row per line of code or capture, as written; a line wider than the pane is cut
    into pieces rather than reflowed."""
    width = max(8, width)
    rows: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        position = start
        while end - position > width:
            rows.append((position, position + width))
            position += width
        rows.append((position, end))
        start = end + 1
    return rows


class ArticleLayout:
    """Rows for a document at a given text width, and which of them are visible."""

    def __init__(self, document: Document, width: int) -> None:
        self.document = document
        self.width = width
        self.rows: list[Row] = []
        self.section_rows: list[tuple[int, int]] = []
        """(heading row, end row) of each section in `rows`; end is exclusive."""
        self.paragraph_row: dict[int, int] = {}
        self._build()
        self.collapsed: set[int] = set()
        self.visible: list[int] = list(range(len(self.rows)))

    def _build(self) -> None:
        rows = self.rows
        for paragraph in self.document.standfirst:
            self.paragraph_row[paragraph.index] = len(rows)
            lines = wrap(paragraph.text, self.width)
            rows.extend(Row(RowKind.STANDFIRST, None, paragraph.index, s, e) for s, e in lines)
            rows.append(Row(RowKind.BLANK, None))
        for section in self.document.sections:
            start = len(rows)
            rows.append(Row(RowKind.HEADING, section.index))
            rows.append(Row(RowKind.BLANK, section.index))
            for paragraph in section.paragraphs:
                self.paragraph_row[paragraph.index] = len(rows)
                lines = preformatted_lines(paragraph.text, self.width) if paragraph.preformatted else wrap(
                    paragraph.text, self.width
                )
                rows.extend(Row(RowKind.TEXT, section.index, paragraph.index, s, e) for s, e in lines)
                rows.append(Row(RowKind.BLANK, section.index))
            self.section_rows.append((start, len(rows)))

    def set_collapsed(self, collapsed: Iterable[int]) -> None:
        self.collapsed = set(collapsed)
        visible: list[int] = []
        first_section = self.section_rows[0][0] if self.section_rows else len(self.rows)
        visible.extend(range(first_section))
        for index, (start, end) in enumerate(self.section_rows):
            if index in self.collapsed:
                visible.extend((start, end - 1))  # the heading and one blank line
            else:
                visible.extend(range(start, end))
        self.visible = visible

    def row_at(self, y: int) -> Row | None:
        """The row shown at visible line `y`."""
        return self.rows[self.visible[y]] if 0 <= y < len(self.visible) else None

    def visible_index(self, row: int) -> int:
        """Visible line of `row`, or of the nearest visible row before it."""
        return max(0, bisect.bisect_right(self.visible, row) - 1)

    def row_of(self, paragraph: int, offset: int = 0) -> int:
        """The row (in `rows`) that shows character `offset` of `paragraph`."""
        row = self.paragraph_row.get(paragraph)
        if row is None:
            return 0
        rows = self.rows
        while row + 1 < len(rows) and rows[row + 1].paragraph == paragraph and rows[row + 1].start <= offset:
            row += 1
        return row

    def section_at(self, y: int) -> int | None:
        """The section that visible line `y` is in (the first one above the standfirst's end)."""
        row = self.row_at(min(max(0, y), len(self.visible) - 1))
        if row is None:
            return None
        if row.section is None:
            return 0 if self.section_rows else None
        return row.section

    def heading_line(self, section: int) -> int:
        """Visible line of a section's heading."""
        return self.visible_index(self.section_rows[section][0])

    @property
    def height(self) -> int:
        return len(self.visible)
