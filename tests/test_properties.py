"""Property-based tests: any text in, a valid Document and Analysis out, or a clean error."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import Analyzer, Length, Options
from reader.errors import ContentError, ReaderError
from reader.ingest import document_from_text
from reader.ingest.clean import comparison_key
from reader.ingest.decode import decode
from reader.model import Analysis, Document

WORDS = st.sampled_from(
    "The council Mayor Jane Smith said on Monday that the new bridge would open . , ! ? "
    "“ ” \" ' ( ) [ ] # * < > — DeepSeek Beijing Nvidia according to he she told reporters "
    "\n \n\n [bold] [/] \x1b[31m & ; : Mr Dr Inc".split(" ")
)
ARTICLE_TEXT = st.lists(WORDS, max_size=120).map(" ".join)
ANY_TEXT = st.one_of(ARTICLE_TEXT, st.text(max_size=400))
FORMATS = st.sampled_from([None, "text", "markdown", "html"])
# HYPOTHESIS_EXAMPLES=1000 searches harder than the default run.
SETTINGS = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(document: Document, analysis: Analysis) -> None:
    paragraphs = document.paragraphs
    assert [p.index for p in paragraphs] == list(range(len(paragraphs)))
    keys = [comparison_key(s.text) for s in analysis.summary.sentences]
    assert len(keys) == len(set(keys)), "a summary sentence twice"
    spans = [(s.location.paragraph, s.location.start) for s in analysis.summary.sentences]
    assert spans == sorted(spans), "summary out of document order"
    for sentence in analysis.summary.sentences:
        where = sentence.location
        assert paragraphs[where.paragraph].text[where.start : where.end] == sentence.text
    for quote in analysis.quotes:
        where = quote.location
        assert paragraphs[where.paragraph].text[where.start : where.end] == quote.text
    for entity in analysis.entities:
        for where in entity.mentions:
            assert paragraphs[where.paragraph].text[where.start : where.end] in (entity.name, *entity.aliases)
    for paragraph in paragraphs:
        assert "\x1b" not in paragraph.text and "\x00" not in paragraph.text


@SETTINGS
@given(text=ANY_TEXT, fmt=FORMATS, sentences=st.integers(1, 8), algorithm=st.sampled_from(["lexrank", "kl", "lsa"]))
def test_any_text_gives_a_document_and_analysis_or_a_clean_error(text: str, fmt: str | None, sentences: int,
                                                                 algorithm: str) -> None:
    try:
        document = document_from_text(text, format=fmt)
    except ReaderError as error:
        assert str(error) and "\n" not in str(error)
        return
    analysis = Analyzer(document).run(Options(algorithm=algorithm, length=Length(sentences)))
    assert len(analysis.summary.sentences) <= sentences
    check(document, analysis)


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_any_bytes_decode_or_fail_cleanly(data: bytes) -> None:
    try:
        text = decode(data, "input")
    except ContentError as error:
        assert "\n" not in str(error)
        return
    assert isinstance(text, str)


@SETTINGS
@given(paragraphs=st.lists(ARTICLE_TEXT.filter(lambda t: len(t.split()) > 3), min_size=1, max_size=8),
       repeats=st.integers(1, 3))
def test_repeated_text_is_shown_once(paragraphs: list[str], repeats: int) -> None:
    text = "\n\n".join(paragraphs * repeats)
    try:
        document = document_from_text(text, format="text")
    except ReaderError:
        return
    keys = [comparison_key(p.text) for p in document.paragraphs]
    assert len(keys) == len(set(keys))
