"""NLTK language data: where it is, what is missing, and what runs in its place.

Every model is loaded once per process (NLTK's `ne_chunk()` reloads its chunker on every
call, half a second each time). Missing data never stops dsreader: each component falls
back to something that needs no data and says so in `components()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import nltk

from reader.model import Component

T = TypeVar("T")

# nltk.download name -> resource path that proves it is installed.
PACKAGES: dict[str, str] = {
    "punkt_tab": "tokenizers/punkt_tab/english/",
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "maxent_ne_chunker_tab": "chunkers/maxent_ne_chunker_tab/english_ace_binary/",
    "words": "corpora/words",
    "stopwords": "corpora/stopwords",
    "names": "corpora/names",
    "gazetteers": "corpora/gazetteers",
}
MULTICLASS_CHUNKER = "chunkers/maxent_ne_chunker_tab/english_ace_multiclass/"


def installed(resource: str) -> bool:
    try:
        nltk.data.find(resource)
    except (LookupError, OSError, ValueError):
        return False
    return True


def missing_packages() -> list[str]:
    return [name for name, resource in PACKAGES.items() if not installed(resource)]


@dataclass(frozen=True, slots=True)
class NameLists:
    """First names by gender and place names, from NLTK's names and gazetteers corpora."""

    male: frozenset[str]
    female: frozenset[str]
    places: frozenset[str]
    nationalities: frozenset[str]


class Resources:
    """Lazily loaded NLTK models, shared by every analysis in the process."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._loaded: dict[str, Any] = {}

    def _load(self, key: str, loader: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._loaded:
                try:
                    self._loaded[key] = loader()
                except (LookupError, OSError, ValueError):
                    self._loaded[key] = None
            return self._loaded[key]

    @property
    def punkt(self) -> Any | None:
        """NLTK's trained English Punkt model, or None when punkt_tab is missing."""

        def load() -> Any:
            tokenizer = nltk.tokenize.PunktTokenizer("english")
            # The same additions Sumy makes to the English model.
            tokenizer._params.abbrev_types.update(["e.g", "al", "i.e"])
            return tokenizer

        return self._load("punkt", load)

    @property
    def sentence_splitter(self) -> Any:
        """Trained Punkt if installed, else an untrained Punkt tokenizer (rule based)."""
        return self.punkt or self._load("untrained", nltk.tokenize.PunktSentenceTokenizer)

    @property
    def tagger(self) -> Any | None:
        return self._load("tagger", lambda: nltk.tag.PerceptronTagger(lang="eng"))

    def chunker(self, multiclass: bool) -> Any | None:
        from nltk.chunk import ne_chunker

        fmt = "multiclass" if multiclass else "binary"
        return self._load(f"chunker-{fmt}", lambda: ne_chunker(fmt=fmt))

    @property
    def crf_tagger(self) -> Any | None:
        """dsreader's CRF name tagger (shipped with the package; needs no NLTK data)."""

        def load() -> Any:
            from reader.analysis.entities.crf import CrfTagger, model_available

            if not model_available():
                raise LookupError("CRF model missing")
            return CrfTagger()

        return self._load("crf", load)

    @property
    def has_multiclass_chunker(self) -> bool:
        return installed(MULTICLASS_CHUNKER)

    @property
    def names(self) -> NameLists | None:
        def load() -> NameLists:
            # Readers made here, not nltk.corpus's lazy globals: those keep the first data
            # path they found for the rest of the process.
            from nltk.corpus.reader import WordListCorpusReader

            names = WordListCorpusReader(nltk.data.find("corpora/names"), ["male.txt", "female.txt"])
            gazetteers = WordListCorpusReader(nltk.data.find("corpora/gazetteers"), r"(?!LICENSE).*\.txt",
                                              encoding="latin-1")
            places = set()
            for fileid in ("countries.txt", "uscities.txt", "usstates.txt", "usstateabbrev.txt",
                           "caprovinces.txt", "mexstates.txt", "isocountries.txt"):
                places.update(w.strip() for w in gazetteers.words(fileid))
            return NameLists(
                male=frozenset(names.words("male.txt")),
                female=frozenset(names.words("female.txt")),
                places=frozenset(p for p in places if p),
                nationalities=frozenset(gazetteers.words("nationalities.txt")),
            )

        return self._load("names", load)

    def components(self) -> tuple[Component, ...]:
        """The sentence splitter, tagger and name lists in use, and whether each is degraded."""
        punkt = self.punkt is not None
        # The tagger is only loaded by the NLTK chunker; being installed is what counts here.
        tagger = installed(PACKAGES["averaged_perceptron_tagger_eng"])
        names = self.names is not None
        return (
            Component(
                "sentences",
                "Punkt (trained English model)" if punkt else "untrained Punkt (punkt_tab missing)",
                not punkt,
            ),
            Component(
                "part of speech",
                "averaged perceptron tagger" if tagger else "none (averaged_perceptron_tagger_eng missing)",
                not tagger,
            ),
            Component(
                "name lists",
                "NLTK names + gazetteers" if names else "built-in cues only (names/gazetteers missing)",
                not names,
            ),
        )


_shared: Resources | None = None
_shared_lock = threading.Lock()


def shared() -> Resources:
    """The process-wide `Resources`."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Resources()
        return _shared


def reset() -> None:
    """Forget loaded models (after `setup` installs data, or when tests change NLTK_DATA)."""
    global _shared
    with _shared_lock:
        _shared = None
