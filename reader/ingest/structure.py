"""Parsed blocks to a `Document`: clean, drop repeats, find title and standfirst, make sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.errors import ContentError
from reader.ingest.blocks import Block, Parsed, looks_like_headline
from reader.ingest.clean import (
    collapse_spaces,
    comparison_key,
    find_repeats,
    is_boilerplate,
    normalise_text,
    strip_furniture,
)
from reader.ingest.sections import keyword_titles, segment
from reader.model import Document, Paragraph, Section, Stats

TOP_BLOCK = 8
"""How many leading blocks may hold the headline, standfirst, byline and date."""
MIN_SUBTITLE_WORDS = 5
STANDFIRST_WORDS = 50

_BYLINE = re.compile(r"^(?:by|written by|words by|reporting by)\s+\S", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"""^(?:(?:published|updated|posted|first\ published)(?:\ on)?:?\ )?
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\ )?
    (?:{_MONTH}\ \d{{1,2}}(?:st|nd|rd|th)?,?\ \d{{4}}|\d{{1,2}}\ {_MONTH},?\ \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})
    (?:[\sT,]+\d{{1,2}}[:.]\d{{2}}.*)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")


@dataclass(slots=True)
class _Top:
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    date: str | None = None
    standfirst: list[str] = field(default_factory=list)


def build_document(parsed: Parsed, source: str) -> Document:
    blocks, removed = _clean_blocks(parsed)
    if not blocks:
        raise ContentError(f"{source} holds no readable text")
    if len(blocks) > 1 and all(b.is_heading for b in blocks):
        # Headings and nothing else (an outline): they are the text.
        blocks = [blocks[0], *(Block(b.text) for b in blocks[1:])]
    top, rest = _split_top(blocks, parsed)
    rest, removed_title = _drop_title_repeats(rest, top.title)
    removed += removed_title
    if not parsed.headings_reliable:
        rest = _guess_headings(rest)
    standfirst, rest = _leading_standfirst(rest, top)
    if not top.standfirst and standfirst:
        top.standfirst = standfirst
    if not rest and not top.standfirst:
        if top.title:  # a headline and nothing else: still something to read
            rest = [Block(top.title)]
        else:
            raise ContentError(f"{source} holds no readable text")
    return _assemble(parsed, source, top, rest, removed)


def _clean_blocks(parsed: Parsed) -> tuple[list[Block], int]:
    cleaned: list[Block] = []
    for block in parsed.blocks:
        if block.preformatted:
            text = "\n".join(line.rstrip() for line in normalise_text(block.text).split("\n"))
        else:
            text = strip_furniture(collapse_spaces(normalise_text(block.text)))
        if text and comparison_key(text) and not is_boilerplate(text):
            cleaned.append(Block(text, block.level, block.preformatted))
    flags = find_repeats([b.text for b in cleaned])
    kept: list[Block] = []
    removed = 0
    first_heading = next((comparison_key(b.text) for b in cleaned if b.is_heading), None)
    for block, repeat in zip(cleaned, flags, strict=True):
        if repeat and block.is_heading:
            # Section names legitimately recur ("Notes"); only the headline itself or a
            # heading repeated back to back is scraper noise.
            key = comparison_key(block.text)
            adjacent = bool(kept) and kept[-1].is_heading and comparison_key(kept[-1].text) == key
            repeat = adjacent or key == first_heading
        if repeat:
            removed += 1
        else:
            kept.append(block)
    return kept, removed


def _headline_like(block: Block, parsed: Parsed) -> bool:
    return block.is_heading if parsed.headings_reliable else looks_like_headline(block.text)


def _split_top(blocks: list[Block], parsed: Parsed) -> tuple[_Top, list[Block]]:
    """Take the headline(s), byline, date and standfirst sentences around the headline.

    Scraped text often puts a teaser sentence before the headline and repeats headlines;
    everything up to the last headline-like line near the top belongs to the header.
    """
    top = _Top(title=_clean_meta(parsed.title), byline=_clean_meta(parsed.byline), date=_clean_meta(parsed.date))
    pending: list[str] = []
    consumed = 0
    from_metadata = top.title is not None
    for index, block in enumerate(blocks[:TOP_BLOCK]):
        text = block.text
        if _BYLINE.match(text) and len(text.split()) <= 12:
            top.byline = top.byline or _strip_by(text)
            consumed = index + 1 if not pending else consumed
        elif _DATELINE.match(text):
            top.date = top.date or text
            consumed = index + 1 if not pending else consumed
        elif _headline_like(block, parsed):
            if top.title is None:
                top.title = text
            elif from_metadata and comparison_key(text) in comparison_key(top.title):
                # The page's own headline, without the " | Site name" of its <title>.
                top.title, from_metadata = text, False
            elif top.subtitle is None and len(text.split()) >= MIN_SUBTITLE_WORDS and block.level <= 1:
                top.subtitle = text
            else:
                break
            top.standfirst.extend(pending)
            pending = []
            consumed = index + 1
        elif _single_sentence(text) and len(text.split()) <= STANDFIRST_WORDS:
            pending.append(text)
        else:
            break
    if top.title is None:
        return _Top(byline=top.byline, date=top.date), blocks
    return top, blocks[consumed:]


def _drop_title_repeats(blocks: list[Block], title: str | None) -> tuple[list[Block], int]:
    if not title:
        return blocks, 0
    key = comparison_key(title)
    kept = [b for b in blocks if comparison_key(b.text) != key]
    return kept, len(blocks) - len(kept)


def _guess_headings(blocks: list[Block]) -> list[Block]:
    """In plain text, a headline-like line followed by a paragraph is a section heading."""
    candidates = [
        i
        for i, block in enumerate(blocks)
        if looks_like_headline(block.text)
        and i + 1 < len(blocks)
        and not looks_like_headline(blocks[i + 1].text)
    ]
    if not candidates or len(candidates) > 0.4 * len(blocks):
        return blocks  # a list or a poem, not headings
    marked = set(candidates)
    return [Block(b.text, 2) if i in marked else b for i, b in enumerate(blocks)]


def _leading_standfirst(blocks: list[Block], top: _Top) -> tuple[list[str], list[Block]]:
    """Short paragraphs between the headline and the first section heading are a standfirst."""
    if top.title is None:
        return [], blocks
    lead: list[str] = []
    for block in blocks[:3]:
        if block.is_heading:
            words = sum(len(t.split()) for t in lead)
            if lead and words <= STANDFIRST_WORDS * 1.5:
                return lead, blocks[len(lead) :]
            break
        if len(block.text.split()) > STANDFIRST_WORDS:
            break
        lead.append(block.text)
    return [], blocks


def _assemble(parsed: Parsed, source: str, top: _Top, blocks: list[Block], removed: int) -> Document:
    standfirst = tuple(Paragraph(i, text, None) for i, text in enumerate(top.standfirst))
    runs: list[tuple[str | None, int, list[Block]]] = []  # (title, level, paragraphs)
    for block in blocks:
        if block.is_heading:
            runs.append((block.text, block.level, []))
        else:
            if not runs:
                runs.append((None, 2, []))
            runs[-1][2].append(block)
    if len(runs) == 1 and runs[0][0] is None:
        body = runs[0][2]
        runs = [(None, 2, body[start:end]) for start, end in segment([b.text for b in body])]
    prose = [[b.text for b in r[2] if not b.preformatted] for r in runs]
    generated = keyword_titles(prose) if any(r[0] is None for r in runs) else []
    sections: list[Section] = []
    index = len(standfirst)
    for number, (title, level, body) in enumerate(runs):
        paragraphs = tuple(Paragraph(index + i, b.text, number, b.preformatted) for i, b in enumerate(body))
        index += len(paragraphs)
        if title is None:
            sections.append(Section(number, generated[number], level, paragraphs, generated=True))
        else:
            sections.append(Section(number, title, level, paragraphs))
    all_text = [p.text for p in standfirst] + [p.text for s in sections for p in s.paragraphs]
    stats = Stats(
        words=sum(len(t.split()) for t in all_text),
        paragraphs=len(all_text),
        duplicates_removed=removed,
    )
    return Document(
        source=source,
        title=top.title,
        subtitle=top.subtitle,
        standfirst=standfirst,
        sections=tuple(sections),
        stats=stats,
        byline=top.byline,
        date=top.date,
        site=_clean_meta(parsed.site),
        format=parsed.format,
    )


def _strip_by(byline: str) -> str:
    """"By Sarah Chen" -> "Sarah Chen"."""
    return re.sub(r"^(?:by|written by|words by|reporting by)\s+", "", byline, flags=re.IGNORECASE).strip()


def _single_sentence(text: str) -> bool:
    return text[-1:] in ".!?\"'”’" and not _SENTENCE_BREAK.search(text)


def _clean_meta(value: str | None) -> str | None:
    if not value:
        return None
    return collapse_spaces(normalise_text(value)) or None
