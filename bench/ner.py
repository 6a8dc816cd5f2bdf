"""Named entities on the CoNLL-2003 validation split: dsreader's CRF against NLTK baselines.

    python bench/ner.py [--valid ../shared/ner/conll2003/valid.txt] [--limit N]

Mention level: entity spans with their type (PER, ORG, LOC; NLTK's GPE/LOCATION/FACILITY
count as LOC), exact match, on CoNLL's gold tokens. Systems:

- nltk multiclass: pos_tag + ne_chunk with NLTK's multiclass model (when installed);
- nltk binary + rules: NLTK's binary chunker, names typed by dsreader's cue rules;
- heuristic: capitalisation runs typed by the same rules (the no-data fallback);
- crf: dsreader's CRF tagger, sentence by sentence;
- crf + document: the CRF plus dsreader's document-level propagation and resolution
  (titles stripped, one type per name) — the mentions a reader is shown.

Document level: per document, the distinct people and organisations a reader would see
in the sidebar (after alias merging), against the gold mentions merged the same way.
Tokens per second time the tagger alone on every document (median of three runs, each
with a freshly loaded model, so per-word feature caches start cold); "crf + document"
adds propagation and resolution.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("NLTK_DATA", str(HERE.parents[1] / "shared" / "nltk_data"))

from reader.analysis.entities import document_entities, lowercase_vocabulary  # noqa: E402
from reader.analysis.entities.conll import ConllDocument, Score, read_conll, spans  # noqa: E402
from reader.analysis.entities.crf import CrfExtractor, CrfTagger, model_available  # noqa: E402
from reader.analysis.entities.heuristic import CapitalisationExtractor  # noqa: E402
from reader.analysis.entities.mentions import (  # noqa: E402
    MISC,
    ORGANIZATION,
    PERSON,
    PLACE,
    Mention,
    TokenizedSentence,
    bio_mentions,
)
from reader.analysis.entities.propagate import propagate  # noqa: E402
from reader.analysis.entities.resolve import clean_mention, name_key, resolve_entities  # noqa: E402
from reader.analysis.resources import Resources  # noqa: E402
from reader.analysis.text import SentenceRef  # noqa: E402
from reader.model import EntityKind, Location  # noqa: E402

TO_CONLL = {PERSON: "PER", ORGANIZATION: "ORG", PLACE: "LOC", MISC: "MISC"}
KINDS = {EntityKind.PERSON: "PER", EntityKind.ORGANIZATION: "ORG", EntityKind.PLACE: "LOC"}


def sentences_of(document: ConllDocument) -> list[TokenizedSentence]:
    """CoNLL's gold tokens as dsreader sentences (one paragraph a sentence)."""
    result = []
    for number, sentence in enumerate(document.sentences):
        tokens = [t for t, _ in sentence]
        offsets, position = [], 0
        for token in tokens:
            offsets.append((position, position + len(token)))
            position += len(token) + 1
        text = " ".join(tokens)
        ref = SentenceRef(number, text, Location(number, 0, len(text), 0))
        result.append(TokenizedSentence(ref, tuple(tokens), tuple(offsets)))
    return result


def typed_spans(mentions: Sequence[Mention], names, vocabulary) -> list[set[tuple[int, int, str]]]:
    """Mention spans per sentence: a typed tagger's own, or untyped names typed by
    dsreader's cue votes (with titles and articles stripped, as the reader shows them)."""
    per_sentence: dict[int, set[tuple[int, int, str]]] = {}
    for mention in mentions:
        if mention.label is not None:  # a typed tagger is scored on its own spans and types
            per_sentence.setdefault(mention.sentence.ref.order, set()).add(
                (mention.first, mention.last + 1, TO_CONLL[mention.label])
            )
            continue
        cleaned = clean_mention(mention, names, vocabulary)
        if cleaned is None or not cleaned.votes:
            continue
        kind = max(cleaned.votes.items(), key=lambda kv: (kv[1], kv[0] == PERSON))[0]
        if kind not in TO_CONLL:
            continue
        start = next(i for i, (s, _) in enumerate(mention.sentence.spans) if s >= cleaned.location.start)
        end = max(i for i, (_, e) in enumerate(mention.sentence.spans) if e <= cleaned.location.end) + 1
        per_sentence.setdefault(mention.sentence.ref.order, set()).add((start, end, TO_CONLL[kind]))
    return [per_sentence.get(i, set()) for i in range(max(per_sentence, default=-1) + 1)]


def resolved_spans(mentions, entities, names, vocabulary, label_weight) -> list[set[tuple[int, int, str]]]:
    """Spans of the mentions the reader is shown: cleaned (no titles), typed by their entity."""
    kind_of = {name_key(a): KINDS[e.kind] for e in entities for a in (e.name, *e.aliases)}
    per_sentence: dict[int, set[tuple[int, int, str]]] = {}
    for mention in mentions:
        cleaned = clean_mention(mention, names, vocabulary, label_weight)
        kind = kind_of.get(name_key(cleaned.text)) if cleaned else None
        if kind is None:
            continue
        token_spans = mention.sentence.spans
        start = next(i for i, (s, _) in enumerate(token_spans) if s >= cleaned.location.start)
        end = max(i for i, (_, e) in enumerate(token_spans) if e <= cleaned.location.end) + 1
        per_sentence.setdefault(mention.sentence.ref.order, set()).add((start, end, kind))
    return [per_sentence.get(i, set()) for i in range(max(per_sentence, default=-1) + 1)]


def reader_entities(mentions, names, vocabulary, trust: float) -> set[tuple[str, frozenset[str]]]:
    """(type, keys of the name and its aliases) of each person and organisation."""
    result = set()
    for entity in resolve_entities(mentions, names, vocabulary, label_weight=trust):
        kind = KINDS.get(entity.kind)
        if kind in ("PER", "ORG"):
            result.add((kind, frozenset(name_key(n) for n in (entity.name, *entity.aliases))))
    return result


def match_documents(gold, predicted, score: Score) -> None:
    matched_gold = {g for g in gold if any(p[0] == g[0] and p[1] & g[1] for p in predicted)}
    matched_predicted = {p for p in predicted if any(p[0] == g[0] and p[1] & g[1] for g in gold)}
    for kind in ("PER", "ORG"):
        score.gold[kind] += sum(1 for g in gold if g[0] == kind)
        score.predicted[kind] += sum(1 for p in predicted if p[0] == kind)
        score.true_positives[kind] += min(
            sum(1 for g in matched_gold if g[0] == kind), sum(1 for p in matched_predicted if p[0] == kind)
        )


def speed(documents: list[ConllDocument], make: Callable[[], Callable], document_level: bool, names,
          label_weight: float) -> float:
    """Median tokens per second over three passes, each with a fresh extractor."""
    prepared = [(sentences_of(d), None) for d in documents]
    prepared = [(s, lowercase_vocabulary(s)) for s, _ in prepared]
    tokens = sum(len(t.tokens) for s, _ in prepared for t in s)
    rates = []
    for _ in range(3):
        extract = make()
        started = time.perf_counter()
        for sentences, vocabulary in prepared:
            mentions = extract(sentences, vocabulary)
            if document_level:
                document_entities(sentences, mentions, names, vocabulary, label_weight)
        rates.append(tokens / (time.perf_counter() - started))
    return sorted(rates)[1]


def run(name: str, documents: list[ConllDocument], extract: Callable, resources: Resources, document_level: bool,
        label_weight: float = 1.0):
    mention_score, document_score = Score(), Score()
    names = resources.names
    for document in documents:
        sentences = sentences_of(document)
        vocabulary = lowercase_vocabulary(sentences)
        mentions = extract(sentences, vocabulary)
        if document_level:
            entities = document_entities(sentences, mentions, names, vocabulary, label_weight)
            mentions = propagate(sentences, mentions, vocabulary)
        if document_level:
            predicted = resolved_spans(mentions, entities, names, vocabulary, label_weight)
        else:
            predicted = typed_spans(mentions, names, vocabulary)
        for index, sentence in enumerate(document.sentences):
            gold = {s for s in spans([t for _, t in sentence]) if s[2] != "MISC"}
            guess = predicted[index] if index < len(predicted) else set()
            mention_score.add(gold, {s for s in guess if s[2] != "MISC"})
        gold_mentions = [m for s, sentence in zip(sentences, document.sentences, strict=True)
                         for m in bio_mentions(s, [t for _, t in sentence])]
        gold_entities = reader_entities(gold_mentions, names, vocabulary, trust=100.0)
        predicted_entities = reader_entities(mentions, names, vocabulary, trust=label_weight)
        match_documents(gold_entities, predicted_entities, document_score)
    return name, mention_score, document_score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--valid", type=Path, default=HERE.parents[1] / "shared" / "ner" / "conll2003" / "valid.txt")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    documents = read_conll(args.valid)
    if args.limit:
        documents = documents[: args.limit]
    resources = Resources()
    systems: list[tuple[str, Callable[[], Callable], bool, float]] = []
    tagger = resources.tagger
    if tagger is not None and resources.has_multiclass_chunker:
        chunker = resources.chunker(True)
        systems.append(("nltk multiclass", lambda: chunker_extract(tagger, chunker), False, 1.0))
    if tagger is not None and resources.chunker(False) is not None:
        binary = resources.chunker(False)
        systems.append(("nltk binary + rules", lambda: chunker_extract(tagger, binary), False, 1.0))
    systems.append(("heuristic", lambda: lambda s, v: CapitalisationExtractor(v).extract(s), False, 0.0))
    if not model_available():
        sys.exit("bench: the CRF model is missing (python -m reader.analysis.entities.train)")

    def crf_extractor() -> Callable:
        crf = CrfTagger()

        def extract(sentences, vocabulary):
            tags = crf.tag_sentences([s.tokens for s in sentences], vocabulary)
            return [m for s, t in zip(sentences, tags, strict=True) for m in bio_mentions(s, t)]

        return extract

    systems.append(("crf", crf_extractor, False, CrfExtractor.label_weight))
    systems.append(("crf + document", crf_extractor, True, CrfExtractor.label_weight))

    tokens = sum(len(s) for d in documents for s in d.sentences)
    print(f"CoNLL-2003 validation: {len(documents)} documents, {tokens:,} tokens\n")
    header = f"{'system':<22}{'PER F1':>8}{'ORG F1':>8}{'LOC F1':>8}{'P+O P':>8}{'P+O R':>8}{'P+O F1':>8}"
    header += f"{'doc P+O F1':>12}{'tokens/s':>11}"
    print(header)
    print("-" * len(header))
    for name, make, document_level, weight in systems:
        _, mention, document = run(name, documents, make(), resources, document_level, weight)
        rate = speed(documents, make, document_level, resources.names, weight)
        per, org, loc = (mention.prf([k])[2] for k in ("PER", "ORG", "LOC"))
        p, r, f = mention.prf(["PER", "ORG"])
        doc_f = document.prf(["PER", "ORG"])[2]
        print(f"{name:<22}{per:8.3f}{org:8.3f}{loc:8.3f}{p:8.3f}{r:8.3f}{f:8.3f}{doc_f:12.3f}{rate:11,.0f}")


def chunker_extract(tagger, chunker):
    from nltk.chunk import tree2conlltags

    def extract(sentences, vocabulary):
        mentions = []
        for sentence in sentences:
            tags = [iob for _, _, iob in tree2conlltags(chunker.parse(tagger.tag(list(sentence.tokens))))]
            mentions.extend(bio_mentions(sentence, tags))
        return mentions

    return extract


if __name__ == "__main__":
    main()
