"""A Document and its Analysis as Markdown, JSON or plain text, and safe file writing."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from reader import __version__
from reader.errors import OutputError
from reader.model import Analysis, Document, Entity

FORMATS = ("markdown", "json", "text")
JSON_SCHEMA = 1
"""Bumped whenever a field of the JSON output changes meaning or disappears."""

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^([#>+\-=]|\d+[.)])")


def md_escape(text: str) -> str:
    """Article text as literal Markdown: no emphasis, links, HTML or headings sneak in."""
    return _MD_LINE_START.sub(r"\\\1", _MD_SPECIAL.sub(r"\\\1", text))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def source_line(document: Document) -> list[str]:
    parts = [document.source]
    parts += [p for p in (document.byline, document.date, document.site) if p]
    return parts


def to_markdown(document: Document, analysis: Analysis) -> str:
    lines = [f"# {md_escape(document.display_title)}", ""]
    if document.subtitle:
        lines += [f"*{md_escape(document.subtitle)}*", ""]
    lines += [f"Source: {' · '.join(md_escape(p) for p in source_line(document))}", ""]
    lines += ["## Summary", ""]
    lines += [f"- {md_escape(s.text)}" for s in analysis.summary.sentences] or ["(no sentences)"]
    lines.append("")
    if analysis.quotes:
        lines += ["## Key quotes", ""]
        for quote in analysis.quotes:
            lines.append(f"> {md_escape(quote.text)}")
            if quote.speaker:
                lines += [">", f"> — {md_escape(quote.speaker)}"]
            lines.append("")
    for heading, entities in (
        ("People", analysis.people),
        ("Organisations", analysis.organizations),
        ("Places", analysis.places),
    ):
        if entities:
            lines += [f"## {heading}", ""]
            lines += [f"- {md_escape(e.name)} ({_plural(e.count, 'mention')})" for e in entities]
            lines.append("")
    lines += ["---", "", produced_by(analysis), ""]
    return "\n".join(lines)


def produced_by(analysis: Analysis) -> str:
    summary = analysis.summary
    mode = f" ({summary.mode})" if summary.mode else ""
    return f"Summary by {summary.algorithm}{mode}, {summary.requested}; dsreader {__version__}."


def to_json(document: Document, analysis: Analysis) -> str:
    payload = {"dsreader": __version__, "schema": JSON_SCHEMA, "document": document.to_dict()}
    payload.update(analysis.to_dict())
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_text(document: Document, analysis: Analysis) -> str:
    lines = [document.display_title]
    if document.subtitle:
        lines.append(document.subtitle)
    if document.title:  # without a title, the first line is the source already
        lines.append(" · ".join(source_line(document)))
    lines.append("")
    lines += [f"SUMMARY ({analysis.summary.algorithm}, {analysis.summary.requested})"]
    lines += [f"  * {s.text}" for s in analysis.summary.sentences]
    if analysis.quotes:
        lines += ["", "QUOTES"]
        for quote in analysis.quotes:
            speaker = f" — {quote.speaker}" if quote.speaker else ""
            lines.append(f"  “{quote.text}”{speaker}")

    def names(label: str, entities: tuple[Entity, ...]) -> None:
        if entities:
            lines.extend(["", label])
            lines.extend(f"  {e.name} ({e.count})" for e in entities)

    names("PEOPLE", analysis.people)
    names("ORGANISATIONS", analysis.organizations)
    names("PLACES", analysis.places)
    return "\n".join(lines) + "\n"


def render(fmt: str, document: Document, analysis: Analysis) -> str:
    renderers = {"markdown": to_markdown, "json": to_json, "text": to_text}
    return renderers[fmt](document, analysis)


def write_file(path: Path, content: str, *, force: bool = False) -> Path:
    """Write `content` atomically; an existing file is replaced only with `force`.

    The text goes to a temporary file beside the target first, so a crash never leaves
    half a file, and without `force` it is hard-linked into place, which fails rather
    than overwrite a file that appeared in the meantime.
    """
    path = path.expanduser()
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path} is a directory")
    if path.exists() and not force:
        raise OutputError(f"{path} exists; use --force to overwrite it")
    if not directory.is_dir():
        raise OutputError(f"cannot write {path}: directory {directory} does not exist")
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, kept on success
            "w", encoding="utf-8", dir=directory, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        if force:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)
            except FileExistsError:
                raise OutputError(f"{path} exists; use --force to overwrite it") from None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        temporary.unlink(missing_ok=True)
    return path
