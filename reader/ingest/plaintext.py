"""Plain text to blocks: paragraphs from blank lines, single lines or hard-wrapped runs."""

from __future__ import annotations

import html
import re
import statistics

from reader.ingest.blocks import Block, Parsed, looks_like_headline

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Stray HTML left in scraped text: tags and entities. Only well-formed tag shapes are
# removed, so "a < b" and "[bold]" stay as written.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_HARD_WRAP_MIN, _HARD_WRAP_MAX = 40, 100
_SENTENCE_END = tuple(".!?…:\"'”’")


def parse_plaintext(text: str) -> Parsed:
    blocks = [Block(p) for p in split_paragraphs(_strip_markup(text))]
    return Parsed(format="text", blocks=blocks, headings_reliable=False)


def _strip_markup(text: str) -> str:
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text.

    Blank lines always separate paragraphs. Inside a block, lines of roughly equal width
    under 100 characters are one hard-wrapped paragraph; anything else (scraped text
    typically) has one paragraph a line.
    """
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [line.strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if len(lines) > 1 and _hard_wrapped(lines):
            paragraphs.extend(_join_wrapped(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    body = [len(line) for line in lines[:-1]]
    width = max(body)
    # Prose is wrapped at 40 columns or more; shorter lines are a list, verse or code.
    return _HARD_WRAP_MIN <= width <= _HARD_WRAP_MAX and statistics.fmean(body) >= 0.7 * width


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join wrapped lines; a short line that ends a sentence or looks like a heading ends a paragraph."""
    width = max(len(line) for line in lines)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        short = len(line) < 0.6 * width
        if short and not current and looks_like_headline(line):
            paragraphs.append(line)
            continue
        current.append(line)
        if short and line.endswith(_SENTENCE_END):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
