"""Token features for the CRF name tagger: spelling, shape, affixes, context and word lists.

Nothing here needs NLTK data at run time: the word lists (first names, places,
nationalities) are taken from NLTK's corpora when the model is trained and shipped with it
in `lexicon.json`, next to the cue words of `cues.py`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.analysis.entities.cues import (
    COMMON_PLACES,
    MONTHS,
    MULTIWORD_PLACES,
    NATIONALITIES,
    ORG_WORDS,
    PERSON_ROLES,
    PERSON_TITLES,
    PLACE_WORDS,
    WEEKDAYS,
)

_EDGE = {offset: f"{offset}:edge" for offset in (-2, -1, 1, 2)}


@dataclass(frozen=True)
class Lexicon:
    """Word lists the tagger consults; saved with the model."""

    first_names: frozenset[str]
    places: frozenset[str]
    """Single words of place names (countries, cities, states), as written."""
    place_phrases: frozenset[str]
    """Whole multi-word place names, lower case."""
    nationalities: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**{key: frozenset(value) for key, value in data.items()})

    def save(self, path: Path) -> None:
        data = {key: sorted(getattr(self, key)) for key in self.__dataclass_fields__}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")

    @classmethod
    def from_nltk(cls) -> Lexicon:
        """Built from NLTK's names and gazetteers corpora plus dsreader's built-in lists."""
        import nltk
        from nltk.corpus.reader import WordListCorpusReader

        names = WordListCorpusReader(nltk.data.find("corpora/names"), ["male.txt", "female.txt"])
        gazetteers = WordListCorpusReader(
            nltk.data.find("corpora/gazetteers"), r"(?!LICENSE).*\.txt", encoding="latin-1"
        )
        place_names = set(COMMON_PLACES) | set(MULTIWORD_PLACES)
        for fileid in ("countries.txt", "uscities.txt", "usstates.txt", "caprovinces.txt",
                       "mexstates.txt", "isocountries.txt"):
            place_names.update(p.strip() for p in gazetteers.words(fileid) if p.strip())
        words = {w for p in place_names for w in p.split() if w[:1].isupper()}
        return cls(
            first_names=frozenset(names.words()),
            places=frozenset(words),
            place_phrases=frozenset(p.lower() for p in place_names if " " in p),
            nationalities=frozenset(gazetteers.words("nationalities.txt")) | NATIONALITIES,
        )


_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10
)


def _map_shape(word: str) -> str:
    if word.isascii():
        return word.translate(_SHAPE)
    return "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word)


def shape(word: str) -> str:
    """Xxxx, XX, dd, x.x. ... with runs longer than 2 collapsed: "McDonald" -> "XxXxx"."""
    mapped = _map_shape(word)
    out = []
    for char in mapped:
        if len(out) >= 2 and out[-1] == char and out[-2] == char:
            continue
        out.append(char)
    return "".join(out)


def short_shape(word: str) -> str:
    """Shape with every run collapsed: "McDonald" -> "XxXx", "1996" -> "d"."""
    mapped = _map_shape(word)
    out = []
    for char in mapped:
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


class FeatureExtractor:
    """Features of every token of a sentence, as CRFsuite attribute strings."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._word = lru_cache(maxsize=100_000)(self._word_features)
        self._phrase_starts = frozenset(p.split()[0] for p in lexicon.place_phrases)

    def _word_features(self, word: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
        """(features of the word itself, {offset: features it gives a neighbour at offset}).

        Computed once per distinct word (cached), so tagging costs little beyond joining lists.
        """
        lower = word.lower()
        bare = lower.rstrip(".")
        lexicon = self.lexicon
        own = [
            f"w={lower}",
            f"shape={shape(word)}",
            f"ss={short_shape(word)}",
            f"p2={lower[:2]}", f"p3={lower[:3]}", f"p4={lower[:4]}",
            f"s1={lower[-1:]}", f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}",
        ]
        if word[:1].isupper():
            own.append("title")
        if word.isupper() and len(word) > 1:
            own.append("upper")
        if any(c.isdigit() for c in word):
            own.append("digit")
        if "-" in word:
            own.append("hyphen")
        if word in lexicon.first_names:
            own.append("gaz:first")
        if word in lexicon.places:
            own.append("gaz:place")
        if word in lexicon.nationalities:
            own.append("gaz:nation")
        if bare in ORG_WORDS:
            own.append("cue:org")
        if bare in PERSON_TITLES:
            own.append("cue:title")
        if bare in PERSON_ROLES:
            own.append("cue:role")
        if bare in PLACE_WORDS:
            own.append("cue:place")
        if bare in MONTHS or bare in WEEKDAYS:
            own.append("cue:date")
        near = [f"w={lower}", f"ss={short_shape(word)}"]
        near.extend(f for f in own if f.startswith(("gaz:", "cue:")) or f in ("title", "upper"))
        # Seen from the token at `offset` away, this word is its neighbour at -offset.
        neighbour = {offset: tuple(f"{-offset}:{f}" for f in near) for offset in (-2, -1, 1, 2)}
        return tuple(own), neighbour

    def sentence(self, tokens: Sequence[str], lowercase_vocabulary: frozenset[str] = frozenset()) -> list[list[str]]:
        """Features for each token; `lowercase_vocabulary` holds the words the whole document
        writes in lower case (a capitalised one of them is likely just a sentence start)."""
        words = [self._word(t) for t in tokens]
        lowered = [t.lower() for t in tokens]
        n = len(tokens)
        phrases = self._place_phrases(lowered) if n > 1 else set()
        features = []
        for i, token in enumerate(tokens):
            row = ["bias", *words[i][0]]
            if i == 0:
                row.append("first")
            if i in phrases:
                row.append("gaz:place-phrase")
            if token[:1].isupper() and lowered[i] in lowercase_vocabulary:
                row.append("doc:seen-lower")
            for offset in (-2, -1, 1, 2):
                j = i + offset
                if 0 <= j < n:
                    row.extend(words[j][1][-offset])
                else:
                    row.append(_EDGE[offset])
            if i > 0:
                row.append(f"w-1w={lowered[i - 1]}|{lowered[i]}")
            if i + 1 < n:
                row.append(f"ww+1={lowered[i]}|{lowered[i + 1]}")
            features.append(row)
        return features

    def _place_phrases(self, lowered: list[str]) -> set[int]:
        """Token positions inside a known multi-word place name ("new york")."""
        inside: set[int] = set()
        phrases, starts = self.lexicon.place_phrases, self._phrase_starts
        for i in range(len(lowered) - 1):
            if lowered[i] not in starts:
                continue
            for size in (2, 3):
                if i + size <= len(lowered) and " ".join(lowered[i : i + size]) in phrases:
                    inside.update(range(i, i + size))
        return inside
