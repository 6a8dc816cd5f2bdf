"""Train the CRF name tagger on CoNLL-2003.

    python -m reader.analysis.entities.train --train ../shared/ner/conll2003/train.txt \\
        --valid ../shared/ner/conll2003/valid.txt [--out reader/models/ner] [--c1 0.1 --c2 0.05]

Needs NLTK's `names` and `gazetteers` corpora (for the word lists saved with the model).
Prints precision, recall and F1 on the validation split. Never runs at install or start-up.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from pathlib import Path

from nltk.tag import CRFTagger

from reader.analysis.entities.conll import Score, read_conll, spans
from reader.analysis.entities.crf import (
    LEXICON_FILE,
    MODEL_DIR,
    MODEL_FILE,
    CrfTagger,
    SentenceFeatures,
    allow_model_directory,
)
from reader.analysis.entities.features import FeatureExtractor, Lexicon


def train(train_path: Path, out: Path, c1: float, c2: float, iterations: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    allow_model_directory(out)
    lexicon = Lexicon.from_nltk()
    lexicon.save(out / LEXICON_FILE)
    features = SentenceFeatures(FeatureExtractor(lexicon))
    tagger = CRFTagger(
        feature_func=features,
        training_opt={"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True},
    )

    def sentences() -> Iterator[list[tuple[str, str]]]:
        # CRFTagger.train computes features as it iterates, so each sentence is featurised
        # while its own document's lower-case vocabulary is in force.
        for document in read_conll(train_path):
            features.vocabulary = document.lowercase_vocabulary
            yield from document.sentences

    started = time.perf_counter()
    tagger.train(sentences(), str(out / MODEL_FILE))
    print(f"trained in {time.perf_counter() - started:.0f} s: {out / MODEL_FILE}")


def evaluate(valid_path: Path, directory: Path) -> Score:
    tagger = CrfTagger(directory)
    score = Score()
    tokens = 0
    started = time.perf_counter()
    for document in read_conll(valid_path):
        words = [[t for t, _ in s] for s in document.sentences]
        predicted = tagger.tag_sentences(words, document.lowercase_vocabulary)
        for sentence, tags in zip(document.sentences, predicted, strict=True):
            score.add(spans([g for _, g in sentence]), spans(tags))
            tokens += len(sentence)
    elapsed = time.perf_counter() - started
    for kinds in (["PER"], ["ORG"], ["LOC"], ["MISC"], ["PER", "ORG"], ["PER", "ORG", "LOC", "MISC"]):
        p, r, f = score.prf(kinds)
        print(f"{'+'.join(kinds):<16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"{tokens / elapsed:,.0f} tokens/s")
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--valid", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=200)
    args = parser.parse_args()
    train(args.train, args.out.resolve(), args.c1, args.c2, args.iterations)
    evaluate(args.valid, args.out.resolve())


if __name__ == "__main__":
    main()
