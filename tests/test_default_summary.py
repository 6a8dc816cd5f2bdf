"""dsreader's default summariser: news mode for news, no lead bias for speeches, sane picks."""

from __future__ import annotations

import pytest
from nltk.corpus import inaugural

from reader.analysis import Analyzer, Length
from reader.analysis.default import dateline_end, detect_mode, plausible
from reader.ingest import document_from_text
from reader.ingest.clean import comparison_key
from reader.model import Document

from test_cli import dsreader

NEWS = """(CNN) -- The city council approved a new bridge over the river on Monday after a decade of debate.

The bridge will cost 45 million dollars and should open in three years, officials said.

"It's a great day for every family who crosses this river to get to work," Mayor John Smith said.

Critics argued that the money should have gone to schools and hospitals instead.

Construction is expected to start in the spring, weather permitting, the council said in a statement.

Residents on both banks have campaigned for a bridge since the old ferry closed in 2009.
"""


def summary_of(text: str, count: int, fmt: str = "text"):
    document = document_from_text(text, format=fmt)
    return document, Analyzer(document).summary("default", Length(count))


def test_news_is_summarised_in_news_mode_from_the_lead() -> None:
    document, summary = summary_of(NEWS, 2)
    assert summary.mode == "news mode"
    assert "dateline “(CNN)”" in summary.explanation
    assert summary.sentences[0].text.startswith("The city council approved a new bridge")  # dateline left out
    where = summary.sentences[0].location
    assert document.paragraphs[where.paragraph].text[where.start : where.end] == summary.sentences[0].text


def test_a_long_speech_gets_no_lead_bias() -> None:
    document = document_from_text(inaugural.raw("2009-Obama.txt"))
    analyzer = Analyzer(document)
    mode, explanation = detect_mode(document, analyzer.sentences)
    assert mode == "general" and "first-person" in explanation
    summary = analyzer.summary("default", Length(5))
    assert summary.mode == "general mode"
    first = [s.text for s in analyzer.sentences[:5]]
    assert [s.text for s in summary.sentences] != first


@pytest.mark.parametrize("count", [1, 3, 5, 8])
def test_length_order_and_no_repeats(document: Document, count: int) -> None:
    summary = Analyzer(document).summary("default", Length(count))
    assert len(summary.sentences) == count
    keys = [comparison_key(s.text) for s in summary.sentences]
    assert len(set(keys)) == count
    spans = [(s.location.paragraph, s.location.start) for s in summary.sentences]
    assert spans == sorted(spans)


def test_repeated_sentences_are_picked_once() -> None:
    text = ("The minister resigned on Friday. The minister resigned on Friday. Officials confirmed it. "
            "A new minister will be named next week.")
    _, summary = summary_of(text, 3)
    assert [s.text for s in summary.sentences] == [
        "The minister resigned on Friday.", "Officials confirmed it.", "A new minister will be named next week."
    ]


def test_one_paragraph_and_headline_only_inputs() -> None:
    _, summary = summary_of("Storm closes the harbour for a week.", 3)
    assert [s.text for s in summary.sentences] == ["Storm closes the harbour for a week."]
    document, summary = summary_of("# Harbour Reopens After Storm\n", 5, fmt="markdown")
    assert document.title == "Harbour Reopens After Storm"
    assert len(summary.sentences) == 1


def test_implausible_sentences_are_not_picked_while_others_remain() -> None:
    assert not plausible("By John Smith, CNN")
    assert not plausible("Photo: Getty Images")
    assert not plausible("Yes.")
    assert not plausible(" ".join(["word"] * 120) + ".")
    assert plausible("By the end of the day, the council had agreed the plan.")
    assert not plausible("girlfriend/wife, must love pets and keep the house tidy.")  # half a sentence
    assert plausible("iPhone sales rose by a fifth in the last three months.")
    text = "By John Smith, CNN\n\n" + NEWS.replace("(CNN) -- ", "")
    _, summary = summary_of(text, 3)
    assert all(plausible(s.text) for s in summary.sentences)


def test_dateline_detection() -> None:
    assert dateline_end("(CNN) -- The council met on Monday to discuss the budget for next year.") == 9
    assert dateline_end("LONDON (Reuters) - British inflation rose to a ten-year high in March, data showed.") > 0
    assert dateline_end("The council met on Monday to discuss the budget for next year.") == 0


def test_explain_flag() -> None:
    result = dsreader("summarize", "--explain", "-f", "json")
    assert result.returncode == 0
    assert "dsreader: summary by Default, news mode (545 words;" in result.stderr
