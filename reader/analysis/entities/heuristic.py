"""Names by capitalisation alone: the fallback that needs no language data."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.entities.cues import NOT_NAMES
from reader.analysis.entities.mentions import Mention, TokenizedSentence

_CONNECTORS = frozenset({"of", "de", "du", "da", "di", "van", "von", "der", "bin", "al", "&", "for", "and"})
_CAPITALISED = re.compile(r"^(?:[A-Z][\w'’.\-&]*|[A-Z]{2,}[\w\-]*)$")


class CapitalisationExtractor:
    """Runs of capitalised words ("Bank of China" included); sentence-initial words only
    when the text never uses them in lower case."""

    name = "capitalisation heuristic"

    def __init__(self, lowercase_vocabulary: frozenset[str] = frozenset()) -> None:
        self._common = lowercase_vocabulary

    def extract(self, sentences: Sequence[TokenizedSentence]) -> list[Mention]:
        mentions: list[Mention] = []
        for sentence in sentences:
            tokens = sentence.tokens
            index = 0
            while index < len(tokens):
                if not self._starts_name(tokens, index):
                    index += 1
                    continue
                last = index
                probe = index + 1
                while probe < len(tokens):
                    if _CAPITALISED.match(tokens[probe]):
                        last = probe
                        probe += 1
                    elif self._connects(tokens, probe):
                        probe += 1
                    else:
                        break
                mentions.append(Mention(sentence, index, last, None))
                index = last + 1
        return mentions

    @staticmethod
    def _connects(tokens: Sequence[str], index: int) -> bool:
        """A lower-case word inside a name: "Bank of China", "Ludwig van Beethoven"."""
        return tokens[index] in _CONNECTORS and index + 1 < len(tokens) and bool(_CAPITALISED.match(tokens[index + 1]))

    def _starts_name(self, tokens: Sequence[str], index: int) -> bool:
        token = tokens[index]
        if not _CAPITALISED.match(token) or token.lower() in NOT_NAMES:
            return False
        initial = index == 0 or tokens[index - 1] in ('"', "``", "“", "‘", "'", "(", ":", "—", "-")
        return not (initial and token.lower() in self._common)
