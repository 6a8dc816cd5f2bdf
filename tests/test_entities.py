"""People, organisations and places as a reader should see them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import Analyzer, Options
from reader.analysis.entities.crf import CrfTagger, model_available
from reader.analysis.entities.features import shape, short_shape
from reader.analysis.entities.resolve import name_key
from reader.ingest import document_from_text, load_document
from reader.model import Analysis

SEED_PEOPLE = {"Liang Wenfeng", "Xi Jinping", "Donald Trump", "Marina Zhang", "Biden"}
SEED_ORGANISATIONS = {"DeepSeek", "Nvidia", "Baidu", "Tencent", "ByteDance"}
SEED_PLACES = {"China", "US", "Silicon Valley", "Beijing", "Australia"}


def names(entities: tuple) -> set[str]:
    return {e.name for e in entities}


def test_the_model_ships_with_the_package() -> None:
    assert model_available()


def test_seed_entities_are_exactly_right(analysis: Analysis) -> None:
    assert names(analysis.people) == SEED_PEOPLE
    assert names(analysis.organizations) == SEED_ORGANISATIONS
    assert names(analysis.places) == SEED_PLACES


def test_no_entity_twice_under_another_spelling(analysis: Analysis) -> None:
    keys = [key for e in analysis.entities for key in {name_key(n) for n in (e.name, *e.aliases)}]
    assert len(keys) == len(set(keys))
    liang = next(e for e in analysis.people if e.name == "Liang Wenfeng")
    assert liang.count == 3 and "Liang" in liang.aliases


def test_entities_sorted_by_mentions(analysis: Analysis) -> None:
    for group in (analysis.people, analysis.organizations, analysis.places):
        counts = [e.count for e in group]
        assert counts == sorted(counts, reverse=True)
    assert analysis.organizations[0].name == "DeepSeek" and analysis.organizations[0].count == 13


def analyse(text: str, ner: str = "crf") -> Analysis:
    return Analyzer(document_from_text(text)).run(Options(ner=ner))


@pytest.mark.parametrize("ner", ["crf", "nltk", "heuristic"])
def test_short_names_join_the_full_name(ner: str) -> None:
    analysis = analyse(
        "Donald Trump met Angela Merkel in Berlin on Tuesday.\n\n"
        "Trump said the talks were good. Merkel was more cautious about the outcome.\n\n"
        "Later, Trump left for Paris.",
        ner,
    )
    trump = next(e for e in analysis.people if e.name == "Donald Trump")
    assert trump.count == 3 and trump.aliases == ("Trump",)
    assert next(e for e in analysis.people if e.name == "Angela Merkel").count == 2
    assert not {"Trump", "Merkel"} & names(analysis.entities)


@pytest.mark.parametrize("ner", ["crf", "nltk", "heuristic"])
def test_titles_possessives_and_administrations(ner: str) -> None:
    analysis = analyse(
        "President Joe Biden spoke in Washington on Monday. Officials in the Biden administration "
        "said Biden's plan would pass. Apple's chief executive Tim Cook agreed, and Mr Cook said "
        "Apple would invest in Ohio.",
        ner,
    )
    assert "Joe Biden" in names(analysis.people) and "Tim Cook" in names(analysis.people)
    biden = next(e for e in analysis.people if e.name == "Joe Biden")
    assert biden.count == 3
    assert "Apple" in names(analysis.organizations)
    assert not any(n.endswith(("'s", "’s")) or n.startswith(("President", "Mr")) for n in names(analysis.entities))


def test_months_weekdays_and_sentence_starts_are_not_names() -> None:
    analysis = analyse(
        "However, the council met on Monday in March. Meanwhile, residents waited.\n\n"
        "Experts said the plan was sound. In January the mayor, Sarah Jones, will decide."
    )
    assert names(analysis.entities) == {"Sarah Jones"}


def test_products_are_not_organisations() -> None:
    analysis = analyse("Baidu's Ernie chatbot drew ridicule, while Nvidia A100 chips were in demand in China.")
    assert "Ernie" not in names(analysis.entities)
    assert {"Baidu", "Nvidia"} <= names(analysis.organizations)


def test_coordinated_names_share_a_type() -> None:
    analysis = analyse("Investors watched Tencent and ByteDance closely, as well as Alibaba.")
    assert {"Tencent", "ByteDance"} <= names(analysis.organizations)


def test_crf_tags_tokens() -> None:
    tagger = CrfTagger()
    sentence = ["Angela", "Merkel", "visited", "Paris", "and", "met", "executives", "of", "Microsoft", "Corp", "."]
    [tags] = tagger.tag_sentences([sentence], frozenset(w for w in sentence if w.islower()))
    assert tags == ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"]


def test_word_shapes() -> None:
    assert shape("McDonald") == "XxXxx"
    assert short_shape("McDonald") == "XxXx"
    assert shape("1996-08-22") == "dd-dd-dd"
    assert shape("Zürich") == "Xxx"


def test_modern_companies_are_organisations() -> None:
    """Names a 1996 newswire model never saw, typed by brand spelling, context and common names."""
    document = load_document(str(Path(__file__).parent / "data" / "tech.txt"))
    analysis = Analyzer(document).run()
    organisations = names(analysis.organizations)
    assert {"OpenAI", "Google", "Anthropic", "Microsoft", "Nvidia", "Alphabet", "Moonshot AI"} <= organisations
    assert {"Sam Altman", "Satya Nadella", "Margrethe Vestager"} <= names(analysis.people)
    assert not {"OpenAI", "Google", "Nvidia"} & (names(analysis.people) | names(analysis.places))
    assert "AI Act" not in names(analysis.entities)  # a law, not a body
    speakers = {q.text[:20]: q.speaker for q in analysis.quotes}
    assert speakers["a breakthrough for d"] == "Satya Nadella"  # 'X called it "..."'


def test_scraped_page_names_are_split_merged_and_typed() -> None:
    """A scraped sports story: captions glued to sentences, surnames a newswire model mistypes."""
    document = load_document(str(Path(__file__).parent / "data" / "scraped_sport.txt"))
    analysis = Analyzer(document).run()
    by_name = {e.name: e for e in analysis.entities}
    # "at Wembley Henderson's new deal": a caption and a sentence, not a name.
    assert "Wembley Henderson" not in by_name and "Real Madrid Henderson" not in by_name
    # The surname alone is the midfielder, however a tagger typed it.
    henderson = by_name["Jordan Henderson"]
    assert henderson.kind.value == "person" and henderson.count == 6 and "Henderson" in henderson.aliases
    assert "Henderson" not in by_name
    # "However Real Madrid" loses the sentence word; "the Queen in Balmoral" is two names.
    assert by_name["Real Madrid"].count == 2
    assert not [e.name for e in analysis.entities if " in " in e.name or e.name.startswith(("However", "in "))]
    # A call sign is a broadcaster even when it "said" something, and stays in capitals.
    assert by_name["KOMO-TV"].kind.value == "organization"
    assert by_name["Queen Mother"].kind.value == "person" and "Mother" not in by_name
    assert by_name["Queen"].kind.value == "person" and by_name["Queen Mother"].count == 1
    assert by_name["Liverpool"].count == 2 and by_name["Liverpool Echo"].count == 1  # a club and a paper


def test_british_single_quotes_with_typewriter_apostrophes() -> None:
    document = load_document(str(Path(__file__).parent / "data" / "scraped_sport.txt"))
    quotes = Analyzer(document).run().quotes
    speakers = {" ".join(q.text.split()[:4]): q.speaker for q in quotes}
    assert speakers == {"He is a model": "Brendan Rodgers", "I have never doubted": "Jordan Henderson"}
    # "the player's agent" and "Queen Mother's" are apostrophes, not quotations.
    assert all("agent" not in q.text and "former home" not in q.text for q in quotes)


def test_clubs_named_like_people_are_teams() -> None:
    text = (
        "Chelsea boss Jose Mourinho praised his players after a 2-0 win at Stamford Bridge on Saturday. "
        "Chelsea fans sang throughout the second half. Burnley manager Sean Dyche said his side had "
        "defended well for an hour. Burnley striker Danny Ings missed two chances before the break."
    )
    analysis = Analyzer(document_from_text(text)).run()
    kinds = {e.name: e.kind.value for e in analysis.entities}
    assert kinds["Chelsea"] == kinds["Burnley"] == "organization"
    assert kinds["Jose Mourinho"] == kinds["Sean Dyche"] == kinds["Danny Ings"] == "person"
