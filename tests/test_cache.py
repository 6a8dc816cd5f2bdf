"""The on-disk analysis cache: reopening is instant, a damaged cache is never trusted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader.analysis.analyzer as analysis_module
from reader.analysis import Analyzer
from reader.cache import AnalysisCache, document_key
from reader.ingest import document_from_text
from reader.model import Document

from test_cli import dsreader


@pytest.fixture
def cache(tmp_path: Path) -> AnalysisCache:
    return AnalysisCache(tmp_path / "cache")


def test_second_analysis_comes_from_the_cache(document: Document, cache: AnalysisCache,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first = Analyzer(document, cache=cache).run()
    assert len(list(cache.directory.glob("*.json"))) == 1

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("recomputed although cached")

    monkeypatch.setattr(analysis_module, "find_entities", fail)
    monkeypatch.setattr(analysis_module, "split_sentences", fail)
    monkeypatch.setattr(analysis_module, "rate", fail)
    second = Analyzer(document, cache=cache).run()
    assert second.entities == first.entities
    assert second.quotes == first.quotes
    assert second.summary == first.summary


@pytest.mark.parametrize("damage", ["truncate", "garbage", "wrong shape", "bad locations"])
def test_a_damaged_cache_is_recomputed(document: Document, cache: AnalysisCache, damage: str) -> None:
    expected = Analyzer(document, cache=cache).run()
    [path] = cache.directory.glob("*.json")
    text = path.read_text(encoding="utf-8")
    if damage == "truncate":
        path.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "garbage":
        path.write_bytes(b"\x00\xff not json")
    elif damage == "wrong shape":
        path.write_text(json.dumps({"format": 1, "parts": {"sentences": "nonsense", "entities:crf": [1, 2]}}))
    else:
        data = json.loads(text)
        data["parts"]["sentences"] = [[0, 5, 10_000], *data["parts"]["sentences"][1:]]
        for entity in data["parts"]["entities:crf"]["entities"]:
            entity["mentions"][0]["end"] = 10_000
        path.write_text(json.dumps(data), encoding="utf-8")
    again = Analyzer(document, cache=cache).run()
    assert again.entities == expected.entities
    assert again.summary == expected.summary
    assert again.quotes == expected.quotes


def test_the_key_follows_the_text() -> None:
    one = document_from_text("The council met on Monday. It agreed the budget.")
    same = document_from_text("The council met on Monday. It agreed the budget.")
    other = document_from_text("The council met on Tuesday. It agreed the budget.")
    assert document_key(one) == document_key(same) != document_key(other)


def test_no_cache_flag_writes_nothing(tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    result = dsreader("summarize", "--no-cache", "-f", "json", env={"DSREADER_CACHE_DIR": str(directory)})
    assert result.returncode == 0
    assert not directory.exists()
    result = dsreader("summarize", "-f", "json", env={"DSREADER_CACHE_DIR": str(directory)})
    assert result.returncode == 0
    assert len(list(directory.glob("*.json"))) == 1


def test_an_unwritable_cache_costs_only_speed(document: Document, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    analysis = Analyzer(document, cache=AnalysisCache(blocker / "cache")).run()
    assert len(analysis.summary.sentences) == 5
