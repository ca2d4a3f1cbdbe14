"""Where the person lives and goes: home-area statements and check-ins."""

from __future__ import annotations

import re
from functools import cache

from footprint.datafiles import terms
from footprint.detect.owner import keep_most_owned, owner_in_page
from footprint.model import Detection, Document, Subject
from footprint.text import NAME_WORD, excerpt, phrases_in

PLACE = rf"((?:{NAME_WORD}|y|yr|ap|St\.?)(?:\s+(?:{NAME_WORD}|y|yr|ap|Road|Street|Lane|Close))*)"


@cache
def _pattern(key: str) -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in sorted(terms()[key], key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{phrases}))\s+(?:the\s+)?{PLACE}")


def _find(document: Document, subject: Subject, kind: str, key: str) -> list[Detection]:
    """Places after a home or check-in phrase, each with whose statement it is ("I live in" from a commenter is theirs)."""
    found: dict[str, Detection] = {}
    if phrases_in(document.text, terms()[key]) is None:
        return []
    for match in _pattern(key).finditer(document.text):
        place = match.group(1)
        if not place[:1].isupper():
            continue
        owner = owner_in_page(document, match.start(1), subject)  # the phrase ("we live in") is who speaks
        keep_most_owned(found, Detection(kind=kind, value=place, evidence=excerpt(document.text, match.start(), match.end()),
                                         source_id=document.source_id, owner=owner))
    return list(found.values())


def find_home_area(document: Document, subject: Subject) -> list[Detection]:
    return _find(document, subject, "home_area", "home_phrases")


def find_checkins(document: Document, subject: Subject) -> list[Detection]:
    return _find(document, subject, "checkin", "checkin_phrases")
