"""Bytes to text: byte-order marks, declared charsets, then charset-normalizer's detection."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from reader.errors import ContentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")
"""Bytes that text files practically never hold (ESC is allowed: ANSI-coloured text is text)."""


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode `data` or raise a `ContentError` saying why it is not text."""
    if not data:
        raise ContentError(f"{name} is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name)
    if _looks_binary(data):
        raise ContentError(f"{name} looks like a binary file, not text")
    try:
        # Valid UTF-8 is almost never an accident, so it beats a declared charset
        # (servers often declare ISO-8859-1 for UTF-8 pages).
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise ContentError(f"{name}: cannot detect the text encoding (not UTF-8 or a known charset)")
    for match in matches:
        # Windows-1252 is by far the commonest legacy encoding of English and Western
        # European text; when it reads about as well as the top guess, it is the right one.
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.2:
            return str(match)
    return str(best)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ContentError(f"{name}: invalid {encoding.upper()} text") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of a Latin-script language has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    return controls > 0.02 * len(sample)
