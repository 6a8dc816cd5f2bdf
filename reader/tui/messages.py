"""Messages from the background workers to the screen: results arrive as they are ready."""

from __future__ import annotations

from textual.message import Message

from reader.model import Component, Document, Entity, Quote, Summary


class DocumentLoaded(Message):
    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document


class DocumentPreview(Message):
    """The opening of a long document, shown while the whole is being cleaned."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document


class LoadFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class AnalysisProgress(Message):
    """A stage of the analysis has started ("summary", "people and organisations", ...)."""

    def __init__(self, stage: str) -> None:
        super().__init__()
        self.stage = stage


class SummaryReady(Message):
    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary


class EntitiesReady(Message):
    def __init__(self, entities: tuple[Entity, ...]) -> None:
        super().__init__()
        self.entities = entities


class QuotesReady(Message):
    def __init__(self, quotes: tuple[Quote, ...]) -> None:
        super().__init__()
        self.quotes = quotes


class AnalysisDone(Message):
    def __init__(self, components: tuple[Component, ...], seconds: float) -> None:
        super().__init__()
        self.components = components
        self.seconds = seconds


class AnalysisFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error
