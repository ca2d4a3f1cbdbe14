"""Whose detail is it? Pages carry other people's details too: a newspaper's newsdesk, a club
treasurer, a reporter's byline, "people also viewed". Only the person's own details are
their exposure.

The rule: look back from the detail to the start of its sentence (at most a few lines, since
profile pages put a label line such as "Mobile" above the value) and find the last person
mentioned there. The person themselves (their first name, surname, or "I", "me", "my")
means True; someone else (a role such as "treasurer" or "newsdesk", or a line holding
only another person's name) means False; nobody means None, which counts as theirs.
"""

from __future__ import annotations

import re

from footprint.detect.text import fold
from footprint.model import Subject

LOOK_BACK = 120
# Roles that name someone other than the page's owner. "secretary" and "chair" are left out:
# owners hold those roles on their own club and chapel pages.
OTHER_ROLES = (
    "treasurer", "reporter", "newsdesk", "news desk", "editor", "correspondent", "journalist", "photographer",
    "reception", "receptionist", "switchboard", "head office", "our office", "call us", "contact us", "email us",
    "our team", "minister", "headteacher", "head teacher", "clerk", "press office", "customer service",
)
FIRST_PERSON = ("i", "me", "my", "mine", "i'm", "i’m", "fi", "fy", "mi", "dw")
ORGANISATION_WORDS = {
    "council", "university", "hospital", "school", "ysgol", "ltd", "limited", "board", "services", "service",
    "trust", "club", "centre", "center", "park", "road", "street", "chapel", "capel", "church", "group",
    "primary", "nursery", "college", "health", "care", "wales", "cymru", "valley", "valleys", "news", "media",
    # job titles stand on lines of their own too
    "senior", "lecturer", "manager", "officer", "assistant", "director", "worker", "nurse", "teacher", "head",
    "lead", "coordinator", "practitioner", "consultant", "engineer", "student", "volunteer", "carer",
}
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")
NAME_LINE = re.compile(r"^\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})\s*$")


def _window(text: str, start: int) -> tuple[str, int]:
    left = max(0, start - LOOK_BACK)
    window = text[left:start]
    breaks = list(SENTENCE_BREAK.finditer(window))
    if breaks:
        cut = breaks[-1].end()
        return window[cut:], left + cut
    return window, left


def owner_words(subject: Subject) -> set[str]:
    words: set[str] = set()
    for name in subject.names:
        words |= {w for w in re.findall(r"[\w'’-]+", fold(name)) if len(w) > 1}
    return words


def belongs_to_subject(text: str, start: int, subject: Subject) -> bool | None:
    """True, False or None (nobody named) for the detail starting at `start` in `text`."""
    if not subject.full_name:
        return None
    window, _ = _window(text, start)
    mine = owner_words(subject)
    mentions: list[tuple[int, bool]] = []
    for match in re.finditer(r"[\w'’-]+", window):
        word = fold(match.group(0))
        if word in mine or word in FIRST_PERSON:
            mentions.append((match.start(), True))
    lowered = fold(window)
    for role in OTHER_ROLES:
        for match in re.finditer(rf"(?<!\w){re.escape(role)}(?!\w)", lowered):
            mentions.append((match.start(), False))
    position = 0
    for line in window.split("\n"):
        name_line = NAME_LINE.match(line)
        if name_line:
            words = [fold(w) for w in name_line.group(1).split()]
            if not (set(words) & mine) and not (set(words) & ORGANISATION_WORDS):
                mentions.append((position + name_line.start(1), False))
        position += len(line) + 1
    if not mentions:
        return None
    return max(mentions)[1]
