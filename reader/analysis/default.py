"""The default summariser: where a sentence stands, what it says, and nothing said twice.

News is written lead-first: the opening sentences carry the story, so in *news mode* a
sentence's score starts from a position prior (exp(-i / 3): "the lead" is about three
sentences) and is then adjusted by its centrality (Sumy's LexRank), its overlap with the
headline and its length (news highlights are short). Speeches, essays and book chapters
do not put their point first, so in *general mode* there is no position prior: centrality
and headline overlap decide. Either way sentences are picked greedily with maximal marginal
relevance, so that no two say the same thing, and implausible sentences (a byline, a
photo credit, one word, a 120-word run-on from a tokenisation slip) are never picked.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.text import SentenceRef
from reader.ingest.clean import comparison_key
from reader.model import Document

LEAD = 3.0
"""Sentences over which the news position prior falls by a factor e."""
TYPICAL_WORDS = 15.0
"""Length at which the length factor halves a sentence's score (a news highlight's length)."""
CENTRALITY = 0.5
TITLE = 0.5
REDUNDANCY = 0.6
"""Weight of a candidate's similarity to the sentences already picked (MMR)."""
SIMILAR = 0.7
"""Cosine similarity above which a candidate repeats a picked sentence and is skipped."""
MIN_WORDS, MAX_WORDS = 5, 60
CONTEXTLESS = 0.5
"""Factor for a sentence that is all quotation with no one named: it needs its context."""

_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|stated|noted|explained|claimed|argued|warned|insisted|revealed|according to|"
    r"reported|announced|added|confirmed|spokesman|spokeswoman)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my)\b")
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]|(?<!\w)['‘](?:[^'’]|['’](?=\w))*?['’](?!\w)")
NEWS_WORDS = 5000
SHORT_WORDS = 1000
"""Most news stories are shorter than this; speeches and essays are longer."""
NARRATOR_FIRST_PERSON = 2.0
"""First-person words per 100 (outside quotations) above which a text speaks for its writer."""
_DATELINE = re.compile(
    r"^\s*(?:\((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|BBC)\)|[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][a-z]+\.?\s*\d{1,2})?"
    r"\s*\((?:AP|Reuters|AFP|UPI|CNN|Xinhua)\)|[A-Z]{3,}(?:\s+[A-Z]{3,})*\s*[,—–-])"
)
_JUNK = re.compile(
    r"^\s*(?:By\s+(?:\.\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*(?:[.,|]|and\b|$)|"
    r"(?:Photo|Image|Picture|Video|Credit|Source|Published|Updated|Last updated)\s*:|"
    r"(?:PUBLISHED|UPDATED|Follow\s+@|Click here|Subscribe|Read more|Sign up|Advertisement)|.*\bGetty Images\b)"
)
"""Bylines, credits, timestamps and page furniture: never summary sentences."""
_DATELINE_PREFIX = re.compile(
    r"^\s*(?:\((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|BBC)\)\s*(?:--|—|–|-)?\s*|"
    r"[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][a-z]+\.?\s*\d{1,2})?\s*\((?:AP|Reuters|AFP|UPI|CNN|Xinhua)\)"
    r"\s*(?:--|—|–|-)\s*|"
    r"[A-Z]{2,}(?:[ .'-]+[A-Z]{2,})*(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\s*(?:--|—|–)\s*)"
)
"""Where a story was filed: "(CNN) --", "LONDON (Reuters) -", "SAN FRANCISCO —"."""


@dataclass(frozen=True, slots=True)
class Choice:
    """The default summariser's decision: the mode it chose and why, and its picks."""

    mode: str
    explanation: str
    picked: list[int]
    scores: list[float]


def detect_mode(document: Document, sentences: Sequence[SentenceRef]) -> tuple[str, str]:
    """("news" or "general", the evidence), from how the text is written.

    News is reported: prose of up to a few thousand words, often with a dateline and
    "said". A text longer than a news story that speaks in the first person outside its
    quotations is a speech or an essay, and a book runs long: those get no lead bias.
    (Short texts keep the lead bias: quotation marks are too unreliable in scraped text to
    tell a columnist's "I" from a quoted one.)
    """
    text = " ".join(s.text for s in sentences[:400])
    words = max(1, len(text.split()))
    narration = _QUOTED.sub(" ", text)  # quoted people may say "I"; the writer does not
    first_person = len(_FIRST_PERSON.findall(narration)) * 100 / max(1, len(narration.split()))
    reporting = len(_REPORTING.findall(text)) * 100 / words
    opening = document.paragraphs[0].text if document.paragraphs else ""
    dateline = _DATELINE.match(opening)
    evidence = [
        f"{document.stats.words:,} words",
        f"{first_person:.1f} first-person words per 100 outside quotes",
        f"{reporting:.1f} reporting verbs per 100",
    ]
    if dateline:
        evidence.append(f"dateline “{dateline.group().strip()}”")
    words_total = document.stats.words
    speaks_for_itself = words_total > SHORT_WORDS and first_person >= NARRATOR_FIRST_PERSON
    news = words_total <= NEWS_WORDS and (bool(dateline) or not speaks_for_itself)
    return ("news" if news else "general"), "; ".join(evidence)


def plausible(text: str) -> bool:
    """A sentence a reader would accept in a summary."""
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS or _JUNK.match(text):
        return False
    if not text.rstrip().endswith((".", "!", "?", "…", '"', "”", "'", "’", ")")):
        return False  # a photo caption or a heading, not a sentence
    opening = text.lstrip(" \"“‘'([")
    if not opening[:1].isalnum() or (opening[:1].islower() and not opening[1:2].isupper()):
        # The tail of a sentence split in two ("girlfriend/wife, must love pets", "# RubberDub
        # # 7minutes, ' Merson put on Twitter"); "iPhone sales" is fine.
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) <= 0.6 * len(letters)


def _unattributed_quote(text: str) -> bool:
    stripped = text.strip()
    return stripped[:1] in "\"“'‘" and not _REPORTING.search(stripped)


def dateline_end(text: str) -> int:
    """Characters of a leading dateline ("(CNN) --", "LONDON (Reuters) -") to leave out."""
    match = _DATELINE_PREFIX.match(text)
    return match.end() if match and match.end() < len(text) - 20 else 0


@dataclass(frozen=True, slots=True)
class Rated:
    """What picking needs, computed once per document whatever the summary's length."""

    mode: str
    explanation: str
    scores: list[float]
    vectors: list[dict[str, float]]
    candidates: list[int]
    """Plausible sentences, or all of them when none is."""


def rate_sentences(
    document: Document,
    sentences: Sequence[SentenceRef],
    stems: Sequence[Sequence[str]],
    centrality: Sequence[float],
) -> Rated:
    """The mode and every sentence's score and term vector."""
    mode, explanation = detect_mode(document, sentences)
    n = len(sentences)
    if n == 0:
        return Rated(mode, explanation, [], [], [])
    vectors = _tfidf(stems)
    title = _title_vector(document, stems)
    low, high = min(centrality), max(centrality)
    spread = (high - low) or 1.0
    scores = []
    for i, sentence in enumerate(sentences):
        central = (centrality[i] - low) / spread
        overlap = _cosine(vectors[i], title) if title else 0.0
        length = 1.0 / (1.0 + len(sentence.text.split()) / TYPICAL_WORDS)
        if _unattributed_quote(sentence.text):
            length *= CONTEXTLESS  # "We will need more data." means little on its own
        if mode == "news":
            score = math.exp(-i / LEAD) * (1 + CENTRALITY * central) * (1 + TITLE * overlap) * length
        else:
            score = (central + TITLE * overlap) * (0.5 + length)
        scores.append(score)
    candidates = [i for i, s in enumerate(sentences) if plausible(s.text)] or list(range(n))
    return Rated(mode, explanation, scores, vectors, candidates)


def pick(rated: Rated, sentences: Sequence[SentenceRef], count: int) -> Choice:
    """The `count` best sentences by maximal marginal relevance, in document order."""
    n = len(sentences)
    scores, vectors, candidates = rated.scores, rated.vectors, rated.candidates
    picked: list[int] = []
    seen: set[str] = set()
    while len(picked) < min(count, n):
        best, best_value = None, -math.inf
        for i in candidates:
            if i in picked or comparison_key(sentences[i].text) in seen:
                continue
            similarity = max((_cosine(vectors[i], vectors[j]) for j in picked), default=0.0)
            if similarity > SIMILAR:
                continue
            value = scores[i] * (1 - REDUNDANCY * similarity)
            if value > best_value:
                best, best_value = i, value
        if best is None:
            if len(candidates) < n:
                candidates = list(range(n))  # too few plausible sentences: take what there is
                continue
            break
        picked.append(best)
        seen.add(comparison_key(sentences[best].text))
    return Choice(rated.mode, rated.explanation, sorted(picked), scores)


def _tfidf(stems: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    n = len(stems)
    frequency = Counter(term for words in stems for term in set(words))
    vectors = []
    for words in stems:
        counts = Counter(words)
        vector = {t: c * math.log((n + 1) / (frequency[t] + 0.5)) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({t: v / norm for t, v in vector.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _title_vector(document: Document, stems: Sequence[Sequence[str]]) -> dict[str, float]:
    """The headline (title and subtitle) as a unit vector over the sentences' stems."""
    from reader.analysis.summarize import _stemmer
    from reader.analysis.text import _words
    from reader.ingest.sections import stop_words

    stop, stem = stop_words(), _stemmer()
    heading = " ".join(t for t in (document.title, document.subtitle) if t)
    terms = [stem(w.lower()) for w in _words(heading) if w.lower() not in stop]
    known = {t for words in stems for t in words}
    counts = Counter(t for t in terms if t in known)
    norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
    return {t: c / norm for t, c in counts.items()}
