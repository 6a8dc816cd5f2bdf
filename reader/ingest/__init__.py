"""Ingest: any source (file, URL, stdin, the bundled article) to a clean `Document`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from reader.errors import ReaderError
from reader.ingest.decode import decode
from reader.ingest.fetch import FETCH_TIMEOUT, MAX_BYTES, RawSource, read_file, read_source
from reader.ingest.html import looks_like_html, parse_html
from reader.ingest.markdown import parse_markdown
from reader.ingest.plaintext import parse_plaintext
from reader.ingest.structure import build_document
from reader.model import Document

__all__ = ["SourceText", "default_article", "document_from_text", "load_document", "read_text"]

DEFAULT_ARTICLE = "deepseek.txt"
_ATX_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)


def default_article() -> Path:
    """The article bundled with dsreader: inside the installed package, or in the checkout's data/."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_data" / DEFAULT_ARTICLE, here.parent / "data" / DEFAULT_ARTICLE):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"bundled article {DEFAULT_ARTICLE} is missing from the installation")


@dataclass(frozen=True, slots=True)
class SourceText:
    """A source read and decoded, with the format it will be parsed as."""

    text: str
    raw: RawSource
    format: str

    @property
    def large(self) -> bool:
        return len(self.text) > PREVIEW_ABOVE

    def document(self) -> Document:
        return _parse(self.text, self.raw, self.format)

    def preview(self) -> Document | None:
        """The opening of a long plain-text or Markdown source, cut at a blank line, to show
        while the whole is cleaned; None when there is nothing to gain."""
        if not self.large or self.format == "html":
            return None
        cut = self.text.rfind("\n\n", 0, PREVIEW_SIZE)
        head = self.text[: cut if cut > 0 else PREVIEW_SIZE]
        try:
            return _parse(head, self.raw, self.format)
        except ReaderError:
            return None


PREVIEW_ABOVE = 256 * 1024
PREVIEW_SIZE = 64 * 1024


def read_text(
    source: str | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = FETCH_TIMEOUT,
    stdin: BinaryIO | None = None,
) -> SourceText:
    """Read and decode `source` (None: the bundled article; "-": stdin)."""
    if source is None:
        raw = replace(read_file(default_article(), max_bytes=max_bytes), name=f"{DEFAULT_ARTICLE} (bundled article)")
    else:
        raw = read_source(source, max_bytes=max_bytes, timeout=timeout, stdin=stdin)
    text = decode(raw.data, raw.name, raw.charset)
    return SourceText(text, raw, raw.format or _sniff(text))


def load_document(
    source: str | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = FETCH_TIMEOUT,
    stdin: BinaryIO | None = None,
) -> Document:
    """Read, decode, parse and clean `source` (None: the bundled article; "-": stdin)."""
    return read_text(source, max_bytes=max_bytes, timeout=timeout, stdin=stdin).document()


def document_from_text(text: str, name: str = "<text>", format: str | None = None) -> Document:
    """A `Document` from text already in memory (tests, benchmarks)."""
    return _parse(text, RawSource(name=name, data=b"", format=format), format or _sniff(text))


def _sniff(text: str) -> str:
    if looks_like_html(text):
        return "html"
    return "markdown" if _ATX_HEADING.search(text[:20000]) else "text"


def _parse(text: str, raw: RawSource, fmt: str) -> Document:
    if fmt == "html":
        parsed = parse_html(text, raw.name, raw.url)
    elif fmt == "markdown":
        parsed = parse_markdown(text)
    else:
        parsed = parse_plaintext(text)
    return build_document(parsed, raw.name)
