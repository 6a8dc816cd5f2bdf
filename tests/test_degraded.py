"""With no NLTK data at all, every feature still works and says it is degraded."""

from __future__ import annotations

import json
from pathlib import Path

import nltk
import pytest

from reader.analysis import Analyzer, Options
from reader.analysis.resources import Resources
from reader.model import Document

from test_cli import dsreader


@pytest.fixture
def no_nltk_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Resources:
    """NLTK searching only an empty directory, and fresh (unloaded) resources."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    monkeypatch.setattr(nltk.data, "path", [str(empty)])
    return Resources()


def test_components_report_degraded_modes(no_nltk_data: Resources) -> None:
    components = {c.name: c for c in no_nltk_data.components()}
    assert components["sentences"].degraded and "untrained Punkt" in components["sentences"].mode
    assert components["part of speech"].degraded
    assert components["name lists"].degraded


def test_analysis_without_data(no_nltk_data: Resources, document: Document) -> None:
    analysis = Analyzer(document, no_nltk_data).run()
    assert analysis.degraded
    # The CRF model ships with dsreader and needs no NLTK data: names stay at full quality.
    entities = {c.name: c for c in analysis.components}["entities"]
    assert not entities.degraded and "CRF" in entities.mode
    assert len(analysis.summary.sentences) == 5
    assert {"Liang Wenfeng", "Xi Jinping", "Donald Trump", "Marina Zhang"} <= {e.name for e in analysis.people}
    assert {"DeepSeek", "Nvidia"} <= {e.name for e in analysis.organizations}
    quote = next(q for q in analysis.quotes if q.text.startswith("DeepSeek has achieved"))
    assert quote.speaker == "Liang Wenfeng"


@pytest.mark.parametrize("ner", ["nltk", "heuristic"])
def test_other_extractors_without_data(no_nltk_data: Resources, document: Document, ner: str) -> None:
    analysis = Analyzer(document, no_nltk_data).run(Options(ner=ner))
    entities = {c.name: c for c in analysis.components}["entities"]
    assert "capitalisation" in entities.mode
    assert entities.degraded == (ner == "nltk")  # asked for NLTK's chunker, got the fallback
    assert {"Liang Wenfeng", "Xi Jinping", "Donald Trump", "Marina Zhang"} <= {e.name for e in analysis.people}
    assert {"DeepSeek", "Nvidia"} <= {e.name for e in analysis.organizations}


def test_cli_without_data(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {"NLTK_DATA": str(empty), "HOME": str(tmp_path)}
    result = dsreader("summarize", "-f", "json", env=env)
    assert result.returncode == 0, result.stderr
    assert "degraded mode" in result.stderr
    data = json.loads(result.stdout)
    assert data["nlp"]["degraded"] is True
    assert len(data["summary"]["sentences"]) == 5
    doctor = dsreader("doctor", env=env)
    assert doctor.returncode == 0
    assert "punkt_tab                        MISSING" in doctor.stdout
    assert "dsreader setup" in doctor.stdout


def test_setup_offline_fails_with_one_line(tmp_path: Path) -> None:
    """Never downloads in tests: the proxy points nowhere, so the download must fail fast."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {
        "NLTK_DATA": str(empty),
        "HOME": str(tmp_path),
        "http_proxy": "http://127.0.0.1:9",
        "https_proxy": "http://127.0.0.1:9",
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
    }
    result = dsreader("setup", "--dir", str(empty), env=env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "dsreader: error: cannot download punkt_tab" in result.stderr
    assert list(empty.iterdir()) == []
