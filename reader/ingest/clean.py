"""Cleaning scraped text: safe characters, boilerplate lines, repeated paragraphs."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from zlib import crc32

# C0/C1 controls except tab and newline, DEL, and bidirectional overrides. They are shown
# as visible symbols so that article text can never drive the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode "control pictures": ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def normalise_text(text: str) -> str:
    """NFC, unified newlines, no invisible characters, control characters made visible."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub(_visible, text)


def collapse_spaces(text: str) -> str:
    """One paragraph on one line: runs of white space become a single space."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


_BOILERPLATE = re.compile(
    r"""^(?:advertisement|advert|ad|sponsored|promoted|
    (?:share|share\ this(?:\ article|\ story)?|tweet|email|print)(?:\ on\ \w+)?|
    related(?:\ (?:articles|stories|content|coverage|topics))?|read\ more|more\ on\ this\ story|
    (?:sign\ up|subscribe)(?:\ (?:now|today|here|for\ free))?|skip\ to\ (?:main\ )?content|
    (?:image|video|media)\ caption|getty\ images|click\ here.*|continue\ reading|
    scroll\ to\ continue(?:\ with\ content)?|(?:all\ )?rights\ reserved\.?|
    back\ to\ top|listen\ to\ this\ article|loading\.*|cookie\ (?:policy|settings))[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)


_FURNITURE_PREFIX = re.compile(
    r"^(?:scroll\ down\ (?:for|to\ (?:watch|see))\ (?:the\ )?videos?|watch\ the\ video(?:\ below)?)"
    r"\s*[.:—–-]?\s+(?=\S)",
    re.IGNORECASE | re.VERBOSE,
)


def strip_furniture(text: str) -> str:
    """A paragraph without the page furniture glued to its start ("Scroll down for video A
    mother was holding…")."""
    return _FURNITURE_PREFIX.sub("", text, count=1)


def is_boilerplate(text: str) -> bool:
    """Short page furniture that scrapers leave in article text."""
    return len(text) <= 60 and bool(_BOILERPLATE.match(text.strip()))


_NON_WORD = re.compile(r"[^\w\s]+")


@lru_cache(maxsize=65536)
def comparison_key(text: str) -> str:
    """What two paragraphs must share to count as the same text."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


SHINGLE = 3
NEAR_DUPLICATE = 0.8
"""Share of a paragraph's word triples found in one earlier paragraph that makes it a repeat."""
MIN_NEAR_WORDS = 8
MAX_POSTING = 64
"""Word triples shared by more paragraphs than this are stock phrases, not evidence."""
SAMPLE = 4
"""Long paragraphs are compared on the word triples whose hash is 0 modulo this: the same
sample for every paragraph, so shared text stays shared, at a quarter of the work."""
FULL_BELOW = 40


def _shingles(key: str) -> set[int]:
    """Hashes of the paragraph's word triples (a consistent sample for long paragraphs).

    CRC-32, not `hash()`: Python salts string hashes per process, and the same text must be
    cleaned the same way every time.
    """
    words = key.split()
    triples = map(" ".join, zip(words, words[1:], words[2:], strict=False))
    hashes = {crc32(t.encode()) for t in triples}
    if len(words) >= FULL_BELOW:
        hashes = {h for h in hashes if h % SAMPLE == 0} or hashes
    return hashes


def find_repeats(texts: Sequence[str]) -> list[bool]:
    """Flag each text that repeats an earlier one exactly or nearly (first occurrence kept).

    Near repeats are found through an index of word triples, so the cost grows with the
    text, not with the square of the number of paragraphs.
    """
    seen: set[str] = set()
    postings: dict[int, list[int]] = defaultdict(list)
    flags: list[bool] = []
    for index, text in enumerate(texts):
        key = comparison_key(text)
        if not key:
            flags.append(False)
            continue
        if key in seen:
            flags.append(True)
            continue
        shingles = _shingles(key) if key.count(" ") + 1 >= MIN_NEAR_WORDS else set()
        repeat = False
        if shingles:
            overlap: dict[int, int] = defaultdict(int)
            for shingle in shingles:
                owners = postings.get(shingle)
                if owners and len(owners) <= MAX_POSTING:
                    for owner in owners:
                        overlap[owner] += 1
            repeat = bool(overlap) and max(overlap.values()) >= NEAR_DUPLICATE * len(shingles)
        flags.append(repeat)
        if not repeat:
            seen.add(key)
            for shingle in shingles:
                postings[shingle].append(index)
    return flags
