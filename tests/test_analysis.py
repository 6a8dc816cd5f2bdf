"""Summaries, quotes and entities on the seed article and on focused examples."""

from __future__ import annotations

import pytest

from reader.analysis import ALGORITHM_LABELS as ALGORITHMS
from reader.analysis import Analyzer, Length, Options
from reader.analysis.quotes import find_quote_spans
from reader.ingest import document_from_text
from reader.ingest.clean import comparison_key
from reader.model import Analysis, Document

LIANG_QUOTE = "DeepSeek has achieved this with fewer resources, showcasing resilience amidst adversity"


def names(entities: tuple) -> set[str]:
    return {e.name for e in entities}


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
@pytest.mark.parametrize("count", [1, 3, 7])
def test_every_algorithm_gives_the_requested_distinct_sentences(
    analyzer: Analyzer, document: Document, algorithm: str, count: int
) -> None:
    summary = analyzer.summary(algorithm, Length(sentences=count))
    texts = [s.text for s in summary.sentences]
    assert len(texts) == count
    assert len({comparison_key(t) for t in texts}) == count
    positions = [(s.location.paragraph, s.location.start) for s in summary.sentences]
    assert positions == sorted(positions)  # document order
    for sentence in summary.sentences:
        paragraph = document.paragraphs[sentence.location.paragraph]
        assert paragraph.text[sentence.location.start : sentence.location.end] == sentence.text
        assert sentence.location.section == paragraph.section


def test_ratio_length(analyzer: Analyzer) -> None:
    total = len(analyzer.sentences)
    summary = analyzer.summary("lexrank", Length(sentences=None, ratio=0.25))
    assert len(summary.sentences) == -(-total // 4)
    assert summary.requested == "25%"


def test_headline_is_never_part_of_a_summary_sentence(analyzer: Analyzer, document: Document) -> None:
    for algorithm in ALGORITHMS:
        for sentence in analyzer.summary(algorithm, Length(sentences=10)).sentences:
            assert document.title not in sentence.text
            assert document.subtitle not in sentence.text


def test_liang_wenfeng_quote(analysis: Analysis) -> None:
    quote = next(q for q in analysis.quotes if q.text.startswith("DeepSeek has achieved"))
    assert quote.text == LIANG_QUOTE
    assert quote.speaker == "Liang Wenfeng"


def test_scare_quotes_are_not_key_quotes(analysis: Analysis) -> None:
    assert all("AI heroes" not in q.text for q in analysis.quotes)


def test_seed_people_and_organisations(analysis: Analysis) -> None:
    assert {"Liang Wenfeng", "Xi Jinping", "Donald Trump", "Marina Zhang"} <= names(analysis.people)
    assert {"DeepSeek", "Nvidia"} <= names(analysis.organizations)


def test_aliases_merge_into_the_full_name(analysis: Analysis) -> None:
    liang = next(e for e in analysis.people if e.name == "Liang Wenfeng")
    # "stated Liang Wenfeng", "Liang Wenfeng’s commitment", "Liang’s newfound fame"
    assert liang.count == 3
    assert "Liang" in liang.aliases
    assert not any(e.name in ("Liang", "Wenfeng") for e in analysis.entities)


def test_entity_mentions_point_at_the_name(analysis: Analysis, document: Document) -> None:
    for entity in analysis.entities:
        for mention in entity.mentions:
            text = document.paragraphs[mention.paragraph].text[mention.start : mention.end]
            assert text in (entity.name, *entity.aliases)


def analyse(text: str) -> Analysis:
    return Analyzer(document_from_text(text)).run(Options(length=Length(sentences=2)))


STORY = """Mayor Helen Carter opened the new bridge on Monday after three years of work.

"This bridge joins two halves of our city that have been apart for far too long," she said.

The project was led by Northbridge Engineering Ltd, whose chief executive, Robert Hale, praised the workers.

“We finished on time and on budget, which almost never happens in this business,” Hale told reporters. “The credit belongs to the crews.”

According to Robert Hale, "the next bridge will be even bigger and should open within five years."

Critics called it a "vanity project" but turnout was high.
"""


def test_quote_speakers_before_after_and_pronouns() -> None:
    quotes = {q.text[:20]: q for q in analyse(STORY).quotes}
    assert quotes["This bridge joins tw"].speaker == "Helen Carter"  # "she said"
    assert quotes["This bridge joins tw"].speaker_cue == "she"
    assert quotes["We finished on time "].speaker == "Robert Hale"  # "Hale told reporters"
    assert quotes["the next bridge will"].speaker == "Robert Hale"  # "According to Robert Hale,"
    assert not any(text.startswith("vanity") for text in quotes)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("'The players' spirit was great,' he said.", ["The players' spirit was great"]),
        ("It was 'lollipops and rainbows' though, and 'She is vibrant,' she said.",
         ["lollipops and rainbows", "She is vibrant"]),
        ("' That prompted another guy to grab me, ' he told the paper.", ["That prompted another guy to grab me"]),
        ("if Brendan Rodgers ' side beat Newcastle on Monday. 'We won,' he said.", ["We won"]),
        ("‘ We are doing badly, that ’ s why we must improve, ’ he said.", ["We are doing badly, that ’ s why we must improve"]),
        ("In the '90s the boys' band played rock and roll.", []),
    ],
)
def test_single_quotation_marks_and_apostrophes(text: str, found: list[str]) -> None:
    """British quotes with typewriter or curly marks, also as detokenised text spaces them out."""
    assert [span.text for span in find_quote_spans(0, text)] == found


def test_speakers_with_ages_places_and_long_titles() -> None:
    text = (
        "Harry Meadwell watched the parade on Thursday. Mr Meadwell, 50, from Newcastle-upon-Tyne, said: "
        "'I didn't expect anything like this to happen, he went flying.'\n\n"
        "The officer was suspended. 'We take these matters very seriously and the investigation is "
        "continuing,' Limerick Police Chief William Albany told the Mercury."
    )
    speakers = {q.text[:8]: q.speaker for q in analyse(text).quotes}
    assert speakers == {"I didn't": "Harry Meadwell", "We take ": "William Albany"}


def test_quote_locations_point_at_the_quote() -> None:
    document = document_from_text(STORY)
    analysis = Analyzer(document).run()
    for quote in analysis.quotes:
        paragraph = document.paragraphs[quote.location.paragraph].text
        assert paragraph[quote.location.start : quote.location.end] == quote.text


def test_multi_sentence_quote_is_one_quote() -> None:
    quote = next(q for q in analyse(STORY).quotes if q.text.startswith("The credit"))
    assert quote.speaker == "Robert Hale"
    text = 'He added: "We are proud. We will do it again. Nobody can stop us now."'
    quotes = analyse("Robert Hale spoke first.\n\n" + text).quotes
    assert [q.text for q in quotes] == ["We are proud. We will do it again. Nobody can stop us now."]
    assert quotes[0].speaker == "Robert Hale"


def test_quotes_are_ranked_by_importance(analysis: Analysis) -> None:
    scores = [q.score for q in analysis.quotes]
    assert scores == sorted(scores, reverse=True)


def test_titles_and_possessives_are_stripped() -> None:
    analysis = analyse(
        "President Xi Jinping met business leaders in Beijing on Friday.\n\n"
        "Xi's remarks were welcomed by Alibaba's chairman, who praised the President's vision.\n\n"
        "Analysts at Goldman Sachs Group Inc said Xi Jinping's plan would help growth."
    )
    xi = next(e for e in analysis.people if "Xi" in e.name)
    assert xi.name == "Xi Jinping"
    assert xi.count == 3
    assert not any(e.name.endswith("'s") for e in analysis.entities)
