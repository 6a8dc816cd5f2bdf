"""The domain model: what ingest produces (`Document`) and what analysis produces (`Analysis`).

Plain frozen dataclasses with no behaviour beyond derived properties, so the CLI, the TUI,
the cache and the tests all share one vocabulary. `to_dict` gives the stable JSON shape
documented in the README.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

WORDS_PER_MINUTE = 230
"""Average adult reading speed for non-fiction; used for the reading-time estimate."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of article text. `index` is its position in `Document.paragraphs`."""

    index: int
    text: str
    section: int | None
    """Index of the section holding it, or None for the standfirst."""
    preformatted: bool = False
    """Code or a text capture: shown line for line, left out of the language analysis."""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of paragraphs under one heading."""

    index: int
    title: str | None
    level: int
    paragraphs: tuple[Paragraph, ...]
    generated: bool = False
    """True when the title was made up by dsreader (plain text without headings)."""


@dataclass(frozen=True, slots=True)
class Stats:
    words: int
    paragraphs: int
    duplicates_removed: int
    """Paragraphs and headline lines dropped because they repeated earlier text."""

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.words / WORDS_PER_MINUTE)) if self.words else 0


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article: metadata, standfirst and sections of paragraphs."""

    source: str
    title: str | None
    subtitle: str | None
    standfirst: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    stats: Stats
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    format: str = "text"
    """How the source was read: text, markdown or html."""

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every paragraph in reading order; `paragraphs[i].index == i`."""
        body = tuple(p for s in self.sections for p in s.paragraphs)
        return self.standfirst + body

    @property
    def display_title(self) -> str:
        return self.title or self.source

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "title": self.title,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "date": self.date,
            "site": self.site,
            "standfirst": [p.text for p in self.standfirst],
            "sections": [
                {
                    "title": s.title,
                    "level": s.level,
                    "generated": s.generated,
                    "paragraphs": [p.index for p in s.paragraphs],
                }
                for s in self.sections
            ],
            "stats": {
                "words": self.stats.words,
                "paragraphs": self.stats.paragraphs,
                "reading_minutes": self.stats.reading_minutes,
                "duplicates_removed": self.stats.duplicates_removed,
            },
        }


@dataclass(frozen=True, slots=True)
class Location:
    """A span of article text: paragraph index and character offsets within that paragraph."""

    paragraph: int
    start: int
    end: int
    section: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"paragraph": self.paragraph, "start": self.start, "end": self.end, "section": self.section}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Location:
        return cls(int(data["paragraph"]), int(data["start"]), int(data["end"]), data.get("section"))


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    location: Location
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Summary:
    algorithm: str
    sentences: tuple[Sentence, ...]
    requested: str
    """The requested length as the user gave it: "5" sentences or "20%"."""
    mode: str = ""
    """How the algorithm behaved on this document (e.g. "news mode"), when it adapts."""
    explanation: str = ""
    """Why it behaved so (the evidence for news mode, say)."""


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    location: Location
    score: float = 0.0
    speaker_cue: str | None = None
    """The words that named the speaker in the text ("he", "the spokesman"), if not the name."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_cue": self.speaker_cue,
            "score": self.score,
            "location": self.location.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(data["text"], data["speaker"], Location.from_dict(data["location"]), float(data["score"]),
                   data.get("speaker_cue"))


class EntityKind(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    kind: EntityKind
    mentions: tuple[Location, ...]
    aliases: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "count": self.count,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(data["name"], EntityKind(data["kind"]), tuple(Location.from_dict(m) for m in data["mentions"]),
                   tuple(data["aliases"]))


def of_kind(entities: tuple[Entity, ...], kind: EntityKind) -> tuple[Entity, ...]:
    return tuple(e for e in entities if e.kind is kind)


@dataclass(frozen=True, slots=True)
class Component:
    """One piece of the NLP pipeline and the mode it runs in."""

    name: str
    mode: str
    degraded: bool
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Component:
        return cls(data["name"], data["mode"], bool(data["degraded"]), data.get("detail", ""))


@dataclass(frozen=True, slots=True)
class Analysis:
    summary: Summary
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...]
    components: tuple[Component, ...] = field(default=())
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    def of_kind(self, kind: EntityKind) -> tuple[Entity, ...]:
        return of_kind(self.entities, kind)

    @property
    def people(self) -> tuple[Entity, ...]:
        return self.of_kind(EntityKind.PERSON)

    @property
    def organizations(self) -> tuple[Entity, ...]:
        return self.of_kind(EntityKind.ORGANIZATION)

    @property
    def places(self) -> tuple[Entity, ...]:
        return self.of_kind(EntityKind.PLACE)

    @property
    def degraded(self) -> bool:
        return any(c.degraded for c in self.components)

    def to_dict(self) -> dict[str, Any]:
        def entity(e: Entity) -> dict[str, Any]:
            data = e.to_dict()
            del data["kind"]  # implied by the list it is in
            return data

        return {
            "summary": {
                "algorithm": self.summary.algorithm,
                "length": self.summary.requested,
                "mode": self.summary.mode,
                "explanation": self.summary.explanation,
                "sentences": [
                    {"text": s.text, "score": s.score, "location": s.location.to_dict()}
                    for s in self.summary.sentences
                ],
            },
            "quotes": [q.to_dict() for q in self.quotes],
            "people": [entity(e) for e in self.people],
            "organizations": [entity(e) for e in self.organizations],
            "places": [entity(e) for e in self.places],
            "nlp": {
                "degraded": self.degraded,
                "components": [c.to_dict() for c in self.components],
            },
        }
