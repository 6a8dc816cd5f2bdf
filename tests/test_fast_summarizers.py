"""dsreader's vectorised summarizers choose the same sentences as Sumy's own classes.

Checked on many documents: real speeches, the seed article, and random documents from a
tiny vocabulary, full of repeated sentences and tied ratings.
"""

from __future__ import annotations

import random

import pytest
from nltk.corpus import inaugural

from reader.analysis import Analyzer
from reader.analysis.summarize import FAST, GREEDY, rate, sumy_document
from reader.ingest import document_from_text
from reader.model import Document

ALGORITHMS = sorted([*FAST, *GREEDY])
TIE = 1e-9


def speeches() -> list[tuple[str, Document]]:
    documents = []
    for fileid in inaugural.fileids()[::3]:
        paragraphs = [p for p in inaugural.raw(fileid).split("\n") if p.strip()][:12]
        documents.append((fileid, document_from_text("\n\n".join(paragraphs))))
    return documents


def random_documents(count: int = 25) -> list[tuple[str, Document]]:
    rng = random.Random(7)
    words = "market bank rates rise fall trade talks minister china growth jobs".split()
    documents = []
    for number in range(count):
        pool = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 7))).capitalize() + "." for _ in range(8)]
        sentences = [rng.choice(pool) for _ in range(rng.randint(3, 30))]  # many repeats
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        text = "\n\n".join(paragraphs)
        documents.append((f"random-{number}", document_from_text(text, name=f"random-{number}")))
    return documents


CASES = speeches() + random_documents()


def top(ratings: list[float], count: int) -> list[int]:
    return sorted(range(len(ratings)), key=lambda i: -ratings[i])[:count]


def equivalent(sumy: list[float], ours: list[float], count: int) -> bool:
    """Same selection; a difference is allowed only among ratings Sumy itself ties."""
    expected, got = top(sumy, count), top(ours, count)
    if expected == got:
        return True
    boundary = sumy[expected[-1]]
    return all(abs(sumy[i] - boundary) < TIE * max(1.0, abs(boundary)) for i in set(expected) ^ set(got))


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize(("name", "document"), CASES, ids=[name for name, _ in CASES])
def test_same_sentences_as_sumy(algorithm: str, name: str, document: Document) -> None:
    analyzer = Analyzer(document)
    model = sumy_document(document, analyzer.sentences, analyzer.tokenizer)
    reference = rate(algorithm, model, use_sumy=True).values
    for count in (1, 3, 5):
        ours = rate(algorithm, model, needed=count).values
        assert equivalent(reference, ours, count), (name, algorithm, count)


def test_duplicates_share_sumys_rating() -> None:
    """Sumy keys ratings by sentence text; equal sentences must tie the same way here."""
    text = "Rates rise. Markets fall. Rates rise.\n\nBanks lend. Rates rise. Markets fall sharply today."
    document = document_from_text(text)
    analyzer = Analyzer(document)
    model = sumy_document(document, analyzer.sentences, analyzer.tokenizer)
    for algorithm in ("lexrank", "textrank", "reduction"):
        ours, reference = rate(algorithm, model).values, rate(algorithm, model, use_sumy=True).values
        repeats = [i for i, s in enumerate(model.sentences) if str(s) == "Rates rise."]
        assert len({round(ours[i], 12) for i in repeats}) == 1
        assert [round(x, 9) for x in ours] == [round(x, 9) for x in reference]
