"""The seed article: a scraped story that repeats its headline and its whole body."""

from __future__ import annotations

from reader.ingest.clean import comparison_key
from reader.model import Document

HEADLINE = "DeepSeek: China's AI Innovation Stuns Global Tech Landscape"


def test_every_body_paragraph_appears_once(document: Document, seed_text: str) -> None:
    texts = [p.text for p in document.paragraphs]
    lines = seed_text.splitlines()
    body, repeat = lines[5:13], lines[13:]
    assert body == repeat  # the source has its whole body twice
    for original in body:
        assert texts.count(original) == 1
    assert len({comparison_key(t) for t in texts}) == len(texts)


def test_headline_once_as_title(document: Document, seed_text: str) -> None:
    assert seed_text.count(HEADLINE) == 2
    assert document.title == HEADLINE
    assert all(HEADLINE not in p.text for p in document.paragraphs)


def test_removed_paragraphs_are_counted(document: Document) -> None:
    # 8 repeated body paragraphs and the repeated headline line.
    assert document.stats.duplicates_removed == 9


def test_header_lines_are_not_body_text(document: Document) -> None:
    assert document.subtitle == "DeepSeek: How China's 'AI heroes' overcame US curbs to stun Silicon Valley"
    assert [p.text[:20] for p in document.standfirst] == ["Amid escalating tens", "In the shadow of exp"]
    body = [p.text for s in document.sections for p in s.paragraphs]
    assert body[0].startswith("When ChatGPT took the tech world by storm")
    assert all(document.subtitle not in t for t in body)


def test_generated_sections_cover_the_body_in_order(document: Document) -> None:
    assert len(document.sections) >= 2
    assert all(s.generated and s.title for s in document.sections)
    indices = [p.index for p in document.paragraphs]
    assert indices == list(range(len(indices)))
    assert sum(len(s.paragraphs) for s in document.sections) == 8


def test_stats(document: Document) -> None:
    words = sum(len(p.text.split()) for p in document.paragraphs)
    assert document.stats.words == words
    assert 500 < words < 600
    assert document.stats.reading_minutes == round(words / 230)
