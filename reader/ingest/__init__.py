"""Ingest: any source (file, URL, stdin, the bundled article) to a clean `Document`."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from reader.ingest.decode import decode
from reader.ingest.fetch import FETCH_TIMEOUT, MAX_BYTES, RawSource, read_file, read_source
from reader.ingest.html import looks_like_html, parse_html
from reader.ingest.markdown import parse_markdown
from reader.ingest.plaintext import parse_plaintext
from reader.ingest.structure import build_document
from reader.model import Document

__all__ = ["default_article", "document_from_text", "load_document"]

DEFAULT_ARTICLE = "deepseek.txt"
_ATX_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)


def default_article() -> Path:
    """The article bundled with dsreader: inside the installed package, or in the checkout's data/."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_data" / DEFAULT_ARTICLE, here.parent / "data" / DEFAULT_ARTICLE):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"bundled article {DEFAULT_ARTICLE} is missing from the installation")


def load_document(
    source: str | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = FETCH_TIMEOUT,
    stdin: BinaryIO | None = None,
) -> Document:
    """Read, decode, parse and clean `source` (None: the bundled article; "-": stdin)."""
    if source is None:
        raw = replace(read_file(default_article(), max_bytes=max_bytes), name=f"{DEFAULT_ARTICLE} (bundled article)")
    else:
        raw = read_source(source, max_bytes=max_bytes, timeout=timeout, stdin=stdin)
    return _to_document(raw)


def document_from_text(text: str, name: str = "<text>", format: str | None = None) -> Document:
    """A `Document` from text already in memory (tests, the TUI's paste, benchmarks)."""
    return _parse(text, RawSource(name=name, data=b"", format=format))


def _to_document(raw: RawSource) -> Document:
    return _parse(decode(raw.data, raw.name, raw.charset), raw)


def _parse(text: str, raw: RawSource) -> Document:
    fmt = raw.format
    if fmt is None:
        fmt = "html" if looks_like_html(text) else "markdown" if _ATX_HEADING.search(text[:20000]) else "text"
    if fmt == "html":
        parsed = parse_html(text, raw.name, raw.url)
    elif fmt == "markdown":
        parsed = parse_markdown(text)
    else:
        parsed = parse_plaintext(text)
    return build_document(parsed, raw.name)
