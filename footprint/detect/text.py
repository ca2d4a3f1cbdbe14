"""Small text helpers shared by the detectors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

EXCERPT_WIDTH = 80
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def squash(text: str) -> str:
    return " ".join(text.split())


def excerpt(text: str, start: int, end: int, *, width: int = EXCERPT_WIDTH) -> str:
    """The match with up to `width` characters either side, cut at word boundaries."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0 and (space := text.find(" ", left, start)) != -1:
        left = space + 1
    if right < len(text) and (space := text.rfind(" ", end, right)) != -1:
        right = space
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    return prefix + squash(text[left:right]) + suffix


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs; lines count as sentence breaks because pages use them so."""
    position = 0
    for part in SENTENCE_END.split(text):
        offset = text.find(part, position)
        position = offset + len(part)
        if part.strip():
            yield offset, part


def fold(text: str) -> str:
    """Lower case without accents, so 'Siân' matches 'Sian' and 'Gwenllïan' matches 'Gwenllian'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any phrase on word boundaries, longest first."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)", re.IGNORECASE)


# A capitalised word, as names of people and places are written (Welsh and hyphenated too).
UPPER = "A-Z\u00C0-\u00DE\u0174\u0176"  # Latin capitals, with Welsh Ŵ and Ŷ
LOWER = "a-z\u00DF-\u00FF\u0175\u0177"  # and ŵ, ŷ
NAME_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"
