"""Direct quotations and who said them.

Quotes are found by their quotation marks (curly, straight, guillemets), their speaker
from the reporting clause next to them ("...," said X / X said: "..." / according to X),
and a pronoun speaker is resolved to the last person named before the quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.analysis.text import SentenceRef
from reader.model import Document, Location, Quote

MIN_QUOTE_WORDS = 3
"""Shorter quotations ("AI heroes") are scare quotes or titles, not things somebody said."""
CONTEXT = 120
"""Characters around a quote searched for its reporting clause."""

SPEECH_VERBS = (
    "said|says|say|told|tells|tell|stated|states|added|adds|explained|explains|noted|notes|"
    "argued|argues|asked|asks|wrote|writes|insisted|insists|warned|warns|claimed|claims|"
    "declared|declares|replied|replies|continued|continues|recalled|recalls|remarked|"
    "observed|admitted|admits|acknowledged|announced|announces|commented|suggested|suggests|"
    "stressed|stresses|emphasised|emphasized|concluded|responded|tweeted|posted|quipped|joked|"
    "urged|urges|cautioned|predicted|confirmed|conceded|boasted|complained|contended|"
    "maintained|agreed|countered|revealed|pointed out|went on|shouted|whispered|testified|"
    "reported|recounted|vowed|promised|believes|believed|thinks|thought"
)
_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President|Vice President|"
    r"Prime Minister|Senator|Sen|Rep|Representative|Governor|Gov|Mayor|Judge|Justice|"
    r"General|Gen|Colonel|Col|Captain|Capt|Chancellor|Minister|Secretary|King|Queen|Prince|"
    r"Princess|Pope|Father|Rev|Chief|Coach|Detective|Officer|Sheriff|Ambassador|CEO)\.?"
)
_NAME_WORD = r"(?:[A-Z][\w'’.\-]*[\w.]|[A-Z])"
_CONNECTOR = r"(?:de|da|di|del|van|von|der|den|bin|al|el|la|le|du|ibn|dos|das)"
_NAME = rf"(?:{_TITLE}\s+)?{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)?{_NAME_WORD}){{0,4}}"
_PRONOUN = r"(?:he|she|they|He|She|They)"
_ROLE = (
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:spokes(?:man|woman|person)|official|minister|secretary|adviser|advisor|analyst|"
    r"expert|source|statement|report|company|firm|ministry|department|agency|police|"
    r"founder|chief|executive|director|president|chairman|chairwoman|lawyer|attorney|"
    r"professor|researcher|economist|leader|manager|witness|resident|doctor|officer|"
    r"government|administration|court|judge|mayor|governor|senator|author|editor)"
)
_SPEAKER = rf"(?P<speaker>{_NAME}|{_PRONOUN}|{_ROLE})"
_VERB = rf"(?:{SPEECH_VERBS})"

# Clauses after a quote: ', said X' / ', X said' / ', according to X'.
_AFTER = [
    re.compile(rf"^[,\s—–-]*{_VERB}\s+{_SPEAKER}"),
    # ', said harbour master Ann Lee': a lower-case job title before the name.
    re.compile(rf"^[,\s—–-]*{_VERB}\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){{1,3}}?(?P<speaker>{_NAME})"),
    re.compile(rf"^[,\s—–-]*{_SPEAKER}(?:(?:\s*,[^,]{{1,60}}){{1,3}},)?\s+(?:also\s+|later\s+|then\s+)?{_VERB}\b"),
    re.compile(rf"^[,\s—–-]*according\s+to\s+{_SPEAKER}"),
]
# Clauses before a quote: 'X said: ' / 'X told reporters that ' / 'According to X, '.
_BEFORE = [
    re.compile(
        rf"{_SPEAKER}(?:(?:\s*,[^,]{{1,60}}){{1,3}},)?\s+(?:also\s+|later\s+|then\s+)?{_VERB}"
        rf"(?:\s+[\w\-]+){{0,4}}?\s*[:,]?\s*(?:that\s+)?$"
    ),
    re.compile(rf"[Aa]ccording\s+to\s+{_SPEAKER}\s*,\s*$"),
    # 'X called it "..."', 'X, the chief executive, described the plan as "..."'
    re.compile(
        rf"{_SPEAKER}(?:(?:\s*,[^,]{{1,60}}){{1,3}},)?\s+(?:called|calls|calling|described|describes|branded|dubbed)"
        rf"\s+(?:it|this|that|them|him|her|the\s+[\w\-]+(?:\s+[\w\-]+)?)\s*(?:as\s+)?$"
    ),
]

_PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’"}
_OPENERS = re.compile(r"[“\"«„]|(?<![\w])‘|(?<![^\s(\[—–-])(?!(?<=s )' [a-z])'(?=\s?[A-Za-z])")
_STRAIGHT_CLOSER = re.compile(r"'(?=\s|$|[.,;:!?)\]—–])")
_CURLY_APOSTROPHE = re.compile("’")
_SPACED_CONTRACTION = re.compile(r" (?:s|t|d|m|ll|re|ve)\b")
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)'(?=\s+[a-z])")
"""'The players' spirit was great,' he said: the first ' after "players" is an apostrophe."""
_TITLE_PREFIX = re.compile(rf"^{_TITLE}\s+")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    paragraph: int
    start: int
    """Offset of the first character inside the quotation marks."""
    end: int
    text: str
    open_mark: int
    close_mark: int


def find_quote_spans(paragraph: int, text: str) -> list[QuoteSpan]:
    """Quotations in one paragraph; an unclosed one runs to the paragraph's end."""
    spans: list[QuoteSpan] = []
    position = 0
    while True:
        opener = _OPENERS.search(text, position)
        if opener is None:
            break
        mark = opener.group()
        if mark == "'":  # British style with a typewriter apostrophe: only a closed one counts
            close = _straight_closer(text, opener.end())
            if close < 0:
                position = opener.end()
                continue
        else:
            close = _find_closer(text, opener.end(), _PAIRS[mark])
        end = close if close >= 0 else len(text)
        inner = text[opener.end() : end]
        stripped = inner.strip().rstrip(",")
        if stripped:
            lead = len(inner) - len(inner.lstrip())
            spans.append(
                QuoteSpan(paragraph, opener.end() + lead, opener.end() + lead + len(stripped), stripped,
                          opener.start(), end)
            )
        position = end + 1
    return spans


def _straight_closer(text: str, start: int) -> int:
    # Lazily: listing every candidate to the paragraph's end for each opener is quadratic
    # on a long one-paragraph text.
    for match in _STRAIGHT_CLOSER.finditer(text, start):
        if not _PLURAL_POSSESSIVE.match(text, match.start()):
            return match.start()
        # "'lollipops and rainbows' though": an apostrophe only if the quote goes on, that
        # is if no new quotation opens before the next closing mark.
        later = next((m.start() for m in _STRAIGHT_CLOSER.finditer(text, match.end())
                      if not _PLURAL_POSSESSIVE.match(text, m.start())), len(text))
        opener = _OPENERS.search(text, match.end(), later)
        if opener is not None and opener.group() == "'":
            return match.start()
    return -1


def _find_closer(text: str, start: int, closer: str) -> int:
    if closer != "’":
        return text.find(closer, start)
    # ’ is also the apostrophe: a closing single quote is not followed by a letter, nor
    # by a contraction's letters set apart ("that ’ s why" in detokenised text).
    for match in _CURLY_APOSTROPHE.finditer(text, start):  # from `start`, not a copy of the rest
        after = text[match.end() : match.end() + 4]
        if not after[:1].isalpha() and not _SPACED_CONTRACTION.match(after):
            return match.start()
    return -1


def is_key_quote(text: str) -> bool:
    words = text.split()
    if len(words) < MIN_QUOTE_WORDS:
        return False
    # Short quoted phrases without any punctuation are titles or scare quotes.
    return len(words) >= 6 or bool(re.search(r"[.,!?;:…]", text))


def find_speaker(text: str, span: QuoteSpan) -> str | None:
    """The speaker named in the reporting clause around a quote, as written."""
    after = text[span.close_mark + 1 : span.close_mark + 1 + CONTEXT]
    for pattern in _AFTER:
        match = pattern.match(after)
        if match:
            return match.group("speaker")
    before = text[max(0, span.open_mark - CONTEXT) : span.open_mark]
    for pattern in _BEFORE:
        match = pattern.search(before)
        if match:
            return match.group("speaker")
    return None


def strip_title(name: str) -> str:
    return _TITLE_PREFIX.sub("", name).strip()


def extract_quotes(
    document: Document,
    sentences: Sequence[SentenceRef],
    importance: Sequence[float],
    resolve_speaker: Callable[[str, Location], str | None],
) -> tuple[Quote, ...]:
    """Key quotes, most important first.

    `importance` is a 0..1 score per sentence (from the summariser); a quote is as
    important as the best sentence it overlaps, plus a bonus when its speaker is known.
    `resolve_speaker` maps what the text calls the speaker ("he", "Liang", "the
    spokesman") to the name to show, or None when it cannot tell (an unresolved "they").
    """
    starts = [(s.location.paragraph, s.location.start) for s in sentences]
    quotes: list[Quote] = []
    last_speaker: tuple[int, str] | None = None  # (paragraph, speaker) of the last attributed quote
    for paragraph in document.paragraphs:
        for span in find_quote_spans(paragraph.index, paragraph.text):
            if not is_key_quote(paragraph.text[span.start : span.close_mark]):
                continue
            location = Location(paragraph.index, span.start, span.end, paragraph.section)
            cue = find_speaker(paragraph.text, span)
            speaker = resolve_speaker(cue, location) if cue else None
            if speaker is None and cue is None and last_speaker and _continues(paragraph.text, span, last_speaker,
                                                                               paragraph.index):
                # “...,” Hale said. “And more.” — the second quote is still Hale's.
                speaker = last_speaker[1]
            if speaker:
                last_speaker = (paragraph.index, speaker)
            score = _importance(starts, sentences, importance, location) + (0.25 if speaker else 0.0)
            shown_cue = cue if cue and cue != speaker else None
            quotes.append(Quote(span.text, speaker, location, round(score, 4), shown_cue))
    return tuple(sorted(quotes, key=lambda q: -q.score))


def _continues(text: str, span: QuoteSpan, last: tuple[int, str], paragraph: int) -> bool:
    """An unattributed quote continues the previous speaker's words when it follows them in
    the same paragraph, or opens the next paragraph."""
    return last[0] == paragraph or (last[0] == paragraph - 1 and not text[: span.open_mark].strip())


def _importance(
    starts: list[tuple[int, int]],
    sentences: Sequence[SentenceRef],
    importance: Sequence[float],
    location: Location,
) -> float:
    """The best importance among sentences overlapping `location`."""
    first = max(0, bisect.bisect_right(starts, (location.paragraph, location.start)) - 1)
    best = 0.0
    for index in range(first, len(sentences)):
        where = sentences[index].location
        if where.paragraph != location.paragraph or where.start >= location.end:
            break
        if where.end > location.start:
            best = max(best, importance[index])
    return best
