"""HTML to blocks: trafilatura finds the article (dropping menus, ads and scripts) and its metadata."""

from __future__ import annotations

import logging

from reader.errors import ContentError
from reader.ingest.blocks import Parsed
from reader.ingest.markdown import markdown_blocks

MIN_ARTICLE_WORDS = 5

# trafilatura logs extraction problems as warnings; dsreader reports its own errors.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def parse_html(text: str, name: str, url: str | None = None) -> Parsed:
    # Imported here: trafilatura costs start-up time that plain text never needs.
    import trafilatura
    from trafilatura.xml import xmltotxt

    try:
        extracted = trafilatura.bare_extraction(
            text,
            url=url,
            with_metadata=True,
            include_formatting=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
        )
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many types on junk
        raise ContentError(f"{name}: cannot parse HTML ({type(exc).__name__})") from None
    if extracted is None or extracted.body is None:
        raise ContentError(f"{name}: no article text found in the HTML")
    markdown = xmltotxt(extracted.body, True) or ""
    blocks = markdown_blocks(markdown)
    if sum(len(b.text.split()) for b in blocks) < MIN_ARTICLE_WORDS:  # a <noscript> line is not an article
        raise ContentError(f"{name}: no article text found in the HTML")
    return Parsed(
        format="html",
        blocks=blocks,
        title=extracted.title or None,
        byline=extracted.author or None,
        date=extracted.date or None,
        site=extracted.sitename or extracted.hostname or None,
        description=extracted.description or None,
    )


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head
