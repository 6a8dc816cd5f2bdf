"""Reading raw bytes from a source: a file, an http(s) URL or stdin.

Everything that can go wrong here becomes a `SourceError` with a one-line message.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reader import __version__
from reader.errors import ContentError, InputTooLarge, SourceError

MAX_BYTES = 16 * 1024 * 1024
"""Largest source accepted (16 MiB): several books' worth of text."""

FETCH_TIMEOUT = 15.0
"""Seconds allowed for a whole URL fetch, not just for each network read."""

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
TEXT_MEDIA_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}


@dataclass(frozen=True, slots=True)
class RawSource:
    """Bytes read from a source, with what is known about how to read them."""

    name: str
    data: bytes
    format: str | None
    """"html", "markdown" or "text" when known from the name or content type, else None."""
    charset: str | None = None
    url: str | None = None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_source(
    source: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = FETCH_TIMEOUT,
    stdin: BinaryIO | None = None,
) -> RawSource:
    """Read the bytes of `source` ("-" is stdin) within the size limit."""
    if source == "-":
        return _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
    if is_url(source):
        return fetch_url(source, max_bytes=max_bytes, timeout=timeout)
    return read_file(Path(source), max_bytes=max_bytes)


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> RawSource:
    name = str(path)
    try:
        # O_NONBLOCK so that opening a FIFO cannot hang; regular files ignore it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SourceError(_describe_os_error(name, exc)) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = "a directory, not an article file" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise SourceError(f"{name} is {kind}")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > max_bytes:
            raise InputTooLarge(_too_large(name, max_bytes))
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise SourceError(_describe_os_error(name, exc)) from None
    if len(data) > max_bytes:
        raise InputTooLarge(_too_large(name, max_bytes))
    suffix = path.suffix.lower()
    fmt = "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else None
    return RawSource(name=name, data=data, format=fmt)


def _read_stdin(stream: BinaryIO, max_bytes: int) -> RawSource:
    if hasattr(stream, "isatty") and stream.isatty():
        raise SourceError("stdin is a terminal: pipe an article in, e.g. 'cat article.txt | dsreader -'")
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(_too_large("stdin", max_bytes))
    return RawSource(name="<stdin>", data=data, format=None)


def fetch_url(url: str, *, max_bytes: int = MAX_BYTES, timeout: float = FETCH_TIMEOUT) -> RawSource:
    """GET `url`, following a few redirects, refusing non-text content and bodies over the cap."""
    import httpx  # only URLs need it; keeps start-up fast

    headers = {"User-Agent": f"dsreader/{__version__} (terminal article reader)"}
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(
            follow_redirects=True, max_redirects=5, timeout=timeout, headers=headers
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise SourceError(f"{url}: HTTP {response.status_code} {reason}")
            media_type, charset = _content_type(response.headers.get("content-type", ""))
            if media_type and media_type not in TEXT_MEDIA_TYPES:
                raise ContentError(f"{url} serves {media_type}, not an article (HTML or text)")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputTooLarge(_too_large(url, max_bytes))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputTooLarge(_too_large(url, max_bytes))
                if time.monotonic() > deadline:
                    raise SourceError(f"{url}: timed out after {timeout:g} s")
                chunks.append(chunk)
            final_url = str(response.url)
    except httpx.TimeoutException:
        raise SourceError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise SourceError(f"{url}: too many redirects") from None
    except httpx.InvalidURL as exc:
        raise SourceError(f"{url}: invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise SourceError(f"{url}: cannot fetch ({_first_line(exc)})") from None
    fmt = TEXT_MEDIA_TYPES.get(media_type) if media_type else None
    return RawSource(name=url, data=b"".join(chunks), format=fmt, charset=charset, url=final_url)


def _content_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    media_type = parts[0].lower()
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value:
            charset = value.strip().strip("\"'")
    return media_type, charset


def _too_large(name: str, max_bytes: int) -> str:
    return f"{name} is larger than the {max_bytes // (1024 * 1024)} MiB limit"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _describe_os_error(name: str, exc: OSError) -> str:
    reasons = {
        errno.ENOENT: "no such file",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ELOOP: "symbolic link loop",
        errno.ENAMETOOLONG: "file name too long",
        errno.ENOTDIR: "a part of the path is not a directory",
        errno.EISDIR: "is a directory, not an article file",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or "cannot read")
    return f"cannot read {name}: {reason}"
