"""Shared fixtures. NLTK_DATA must point at the shared NLTK data before NLTK is imported."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_SHARED = Path(__file__).resolve().parents[2] / "shared" / "nltk_data"
if "NLTK_DATA" not in os.environ and _SHARED.is_dir():
    os.environ["NLTK_DATA"] = str(_SHARED)
# Tests never touch the user's real cache directory (subprocesses inherit this too).
os.environ["DSREADER_CACHE_DIR"] = tempfile.mkdtemp(prefix="dsreader-test-cache-")

import pytest  # noqa: E402

from reader.analysis import Analyzer  # noqa: E402
from reader.ingest import default_article, load_document  # noqa: E402
from reader.model import Analysis, Document  # noqa: E402


@pytest.fixture(scope="session")
def seed_text() -> str:
    return default_article().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def document() -> Document:
    return load_document()


@pytest.fixture(scope="session")
def analyzer(document: Document) -> Analyzer:
    return Analyzer(document)


@pytest.fixture(scope="session")
def analysis(analyzer: Analyzer) -> Analysis:
    return analyzer.run()


@pytest.fixture(scope="session")
def http_server():
    from httpserver import LocalServer

    with LocalServer() as server:
        yield server
