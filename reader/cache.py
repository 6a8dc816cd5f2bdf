"""An on-disk cache of analysis results, so that reopening a document is instant.

One JSON file per document under the user's cache directory (platformdirs), named by a
hash of the document's text, dsreader's version and the NER model. JSON, never pickle:
a cache file is data, not code. A missing, truncated or corrupt file is a cache miss.
`DSREADER_CACHE_DIR` moves the cache (tests point it at a temporary directory).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from functools import cache
from pathlib import Path
from typing import Any

from reader import __version__
from reader.model import Document

FORMAT = 2
"""Bumped when the layout of cached data, or the analysis that fills it, changes."""
MAX_FILES = 200
"""Oldest entries are dropped beyond this many documents."""


def cache_directory() -> Path:
    override = os.environ.get("DSREADER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dsreader", appauthor=False))


@cache
def _model_id() -> str:
    from reader.analysis.entities.crf import MODEL_DIR, MODEL_FILE

    path = MODEL_DIR / MODEL_FILE
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return "no-model"


def document_key(document: Document) -> str:
    """Hash of everything the analysis reads, plus the program that analyses it."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), __version__, _model_id(), document.title or "", document.subtitle or ""):
        digest.update(part.encode("utf-8") + b"\0")
    for section in document.sections:
        digest.update(f"{section.title}\0{section.generated}\0".encode())
    for paragraph in document.paragraphs:
        digest.update(f"{paragraph.section}\0".encode() + paragraph.text.encode("utf-8") + b"\0")
    return digest.hexdigest()


class DocumentCache:
    """Named parts of one document's analysis (sentences, ratings, entities, quotes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._parts: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                self.path.unlink()  # truncated or corrupt: start again
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("parts"), dict):
            return {}
        return data["parts"]

    def get(self, name: str) -> Any | None:
        with self._lock:
            return self._parts.get(name)

    def put(self, name: str, value: Any) -> None:
        with self._lock:
            self._parts[name] = value
            self._write()

    def _write(self) -> None:
        temporary: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed into place below
                "w", encoding="utf-8", dir=self.path.parent, prefix=".tmp-", suffix=".json", delete=False
            )
            temporary = handle.name
            with handle:
                json.dump({"format": FORMAT, "parts": self._parts}, handle, separators=(",", ":"))
            os.replace(temporary, self.path)
        except OSError:
            if temporary:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            return  # a read-only or full disk only costs speed
        _prune(self.path.parent)


class AnalysisCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or cache_directory()

    def for_document(self, document: Document) -> DocumentCache:
        return DocumentCache(self.directory / f"{document_key(document)}.json")


def _prune(directory: Path) -> None:
    try:
        files = sorted(directory.glob("*.json"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return
    for old in files[:-MAX_FILES]:
        with contextlib.suppress(OSError):
            old.unlink()
