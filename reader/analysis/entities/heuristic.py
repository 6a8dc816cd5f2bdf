"""Names by capitalisation alone: the fallback that needs no language data."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.entities.cues import never_a_name
from reader.analysis.entities.mentions import Mention, TokenizedSentence
from reader.ingest.sections import stop_words

_CONNECTORS = frozenset({"of", "de", "du", "da", "di", "van", "von", "der", "bin", "al", "&"})
# Capitalised words without digits: "A100" is a model number, not part of a name.
_CAPITALISED = re.compile(r"^[A-Z][^\W\d_]*(?:['’.\-&][^\W\d_]*)*\.?$")
_OPENING = frozenset({'"', "``", "“", "‘", "'", "(", ":", "—", "-", "–"})


class CapitalisationExtractor:
    """Runs of capitalised words ("Bank of China" included); a word at a sentence start
    only when the text also capitalises it elsewhere."""

    name = "capitalisation heuristic"
    label_weight = 0.0  # untyped: cue words decide

    def __init__(self, lowercase_vocabulary: frozenset[str] = frozenset()) -> None:
        self.lowercase_vocabulary = lowercase_vocabulary

    def extract(self, sentences: Sequence[TokenizedSentence]) -> list[Mention]:
        capitalised_inside = self._capitalised_inside(sentences)
        mentions: list[Mention] = []
        for sentence in sentences:
            tokens = sentence.tokens
            index = 0
            while index < len(tokens):
                if not self._starts_name(tokens, index, capitalised_inside):
                    index += 1
                    continue
                last = index
                probe = index + 1
                while probe < len(tokens):
                    if _CAPITALISED.match(tokens[probe]) and not never_a_name(tokens[probe]):
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
    def _capitalised_inside(sentences: Sequence[TokenizedSentence]) -> frozenset[str]:
        """Capitalised words seen away from a sentence start: those are names wherever they are."""
        return frozenset(
            token
            for sentence in sentences
            for index, token in enumerate(sentence.tokens)
            if index > 0 and sentence.tokens[index - 1] not in _OPENING and _CAPITALISED.match(token)
        )

    @staticmethod
    def _connects(tokens: Sequence[str], index: int) -> bool:
        """A lower-case word inside a name: "Bank of China", "Ludwig van Beethoven"."""
        return tokens[index] in _CONNECTORS and index + 1 < len(tokens) and bool(_CAPITALISED.match(tokens[index + 1]))

    def _starts_name(self, tokens: Sequence[str], index: int, capitalised_inside: frozenset[str]) -> bool:
        token = tokens[index]
        if not _CAPITALISED.match(token) or never_a_name(token):
            return False
        initial = index == 0 or tokens[index - 1] in _OPENING
        if not initial:
            return True
        # At a sentence start every word is capitalised: a name if it is capitalised
        # elsewhere too, or if it opens a run of names ("Donald Trump said") and is no
        # common word.
        if token in capitalised_inside:
            return True
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        return (
            bool(_CAPITALISED.match(following))
            and not never_a_name(following)
            and token.lower() not in stop_words()
            and token.lower() not in self.lowercase_vocabulary
        )
