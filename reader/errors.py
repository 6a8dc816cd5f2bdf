"""Errors a user can cause and fix. Their message is a single line meant for the terminal."""

from __future__ import annotations


class ReaderError(Exception):
    """Base of every error dsreader reports to the user instead of a traceback."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        # One line, always: messages can quote file names or server text.
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class SourceError(ReaderError):
    """The source cannot be read: missing, a directory, unreadable, unreachable."""


class InputTooLarge(SourceError):
    """The source is over the size limit."""


class ContentError(ReaderError):
    """The source was read but holds no usable article text (empty, binary, undecodable)."""


class OutputError(ReaderError):
    """An output file cannot be written, or exists and would be overwritten."""


class DataError(ReaderError):
    """Language data could not be installed."""
