"""Markdown to blocks with markdown-it-py: headings keep their level, inline markup is dropped."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.ingest.blocks import Block, Parsed

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_TAGS = re.compile(r"<[^<>]{0,500}>")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def parse_markdown(text: str) -> Parsed:
    text = _FRONT_MATTER.sub("", text, count=1)
    return Parsed(format="markdown", blocks=markdown_blocks(text))


def markdown_blocks(text: str) -> list[Block]:
    """Headings, paragraphs, list items, table rows and code as blocks, in order."""
    blocks: list[Block] = []
    tokens = _parser().parse(text)
    row: list[str] = []
    heading_level = 0
    list_depth = 0
    previous = ""
    for token in tokens:
        kind, previous_kind = token.type, previous
        previous = kind
        if kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if any(row):
                blocks.append(Block(" | ".join(row)))
        elif kind == "inline":
            content = inline_text(token)
            if previous_kind in ("th_open", "td_open"):
                row.append(content)
            elif content:
                if heading_level:
                    blocks.append(Block(content, heading_level))
                else:
                    blocks.append(Block(f"• {content}" if list_depth else content))
        elif kind in ("fence", "code_block"):
            code = token.content.strip("\n").rstrip()
            if code.strip():
                blocks.append(Block(code, preformatted=True))
        elif kind == "html_block":
            stripped = " ".join(_TAGS.sub(" ", token.content).split())
            if stripped:
                blocks.append(Block(stripped))
    return blocks


def inline_text(token: Token) -> str:
    """The visible text of an inline token: emphasis, links and HTML tags removed."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            alt = "".join(c.content for c in child.children or ())
            if alt:
                parts.append(alt)
    return " ".join("".join(parts).split())
