"""Where the person works: the employment cues of work.employers_by_cues, and a learned second opinion.

People name their employer without the cue the rules know: "my fellow midwives at X", "joined the
team here at X eleven years ago", "a paramedic for X", "X will have to pay me in courgettes". Every
organisation-shaped name after a linking word (at, with, for, by, gyda, i, yn...), a headline separator
or at the start of a line is a candidate; its features are the words around its mentions, whether a
job word, a study word, a former-job word or someone else's name stands near, the first person, the
kind of organisation its name says (Council, Health Board, Ltd...), and whose post it stands in. A
logistic regression trained on the labelled pages (bench/train_employer_model.py) scores it; its
weights are data (data/employer_model.json).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from footprint.detect.learned import LinearModel, load_model
from footprint.detect.lexicon import cues, is_given_name
from footprint.detect.owner import in_aside, owner_in_page, owner_words, written_by_someone_else
from footprint.detect.work import (
    HEAD_WORDS,
    JOB_WORD,
    ORG,
    SOMEONE_ELSES_JOB,
    STUDY_WORDS,
    add_employer,
    employer_name,
    employers_by_cues,
    one_per_employer,
    said_as_current,
    said_as_former,
)
from footprint.model import Detection, Document, Subject
from footprint.text import NAME_WORD, WORD, excerpt, fold, lowered, sentences

# Where an organisation's name can start: after a linking word, a headline separator, or a line's start.
LINK_BEFORE_NAME = re.compile(r"(?:(?<![\w'’])(?i:at|with|for|by|gyda|efo|i|yn|ym|yng|joined|join|joining|to|from)[ \t]+(?:the[ \t]+)?"
                              r"|@[ \t]*|[|·•–—][ \t]*|^[ \t]*)(?=[A-Z])", re.MULTILINE)
ORG_NAME = re.compile(ORG)
REACH_WORDS = 8
MAX_MENTIONS = 8
FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "my", "me", "we", "our", "fy", "dw", "rwy", "rydw"})


@cache
def _org_word() -> re.Pattern[str]:
    """A word that says a name is an organisation's (data/employment.json org_words, and the head words)."""
    words = sorted({*cues("employment")["org_words"], *HEAD_WORDS}, key=len, reverse=True)
    return re.compile(r"(?i:\b(?:" + "|".join(re.escape(w) for w in words) + r")\b)|\b[A-Z]{2,}\b|Ltd")


def employer_model() -> LinearModel:
    return load_model("employer_model.json")


@dataclass(frozen=True)
class Candidate:
    name: str  # as written at its first mention (employer_name reads it in full)
    positions: tuple[tuple[int, int], ...]  # (start, end) of each mention
    features: frozenset[str]


def _words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def _mention_features(document: Document, subject: Subject, sentence_start: int, sentence: str, start: int, end: int,
                      value: str) -> set[str]:
    text = document.text
    before = sentence[: start - sentence_start]
    after = sentence[end - sentence_start :]
    left = list(reversed(_words(before)))[:REACH_WORDS]
    right = _words(after)[:4]
    features = {f"l{i}:{w}" for i, w in enumerate(left[:3], start=1)} | {f"lw:{w}" for w in left[3:]}
    features |= {f"r{i}:{w}" for i, w in enumerate(right[:2], start=1)}
    lower_before = lowered(before)[-60:]
    if JOB_WORD.search(lower_before):
        features.add("c:job_before")
    if JOB_WORD.search(lowered(after)[:40]):
        features.add("c:job_after")
    if STUDY_WORDS.search(before[-60:]):
        features.add("c:study")
    if said_as_former(text, start, end):
        features.add("c:former")
    if said_as_current(text, start, end):
        features.add("c:current")
    jobs = list(JOB_WORD.finditer(lowered(before), max(0, len(before) - 60)))
    if SOMEONE_ELSES_JOB.search(before[-30:]) or (jobs and SOMEONE_ELSES_JOB.search(before[max(0, jobs[-1].start() - 30) : jobs[-1].start()])):
        features.add("c:someone_elses_job")  # "Caio's teacher at ...", "her husband, a nurse with ..."
    if any(cue in lower_before for cue in cues("employment")["not_employment"]):
        features.add("c:volunteer")
    words = set(_words(sentence))
    if not FIRST_PERSON.isdisjoint(words):
        features.add("c:first_person")
    mine = owner_words(subject)
    if mine & words:
        features.add("c:person_named")
    if any(is_given_name(w) and fold(w) not in mine for w in re.findall(NAME_WORD, before)):
        features.add("c:someone_named_before")
    if not before.strip():
        features.add("s:starts_sentence")
    if re.search(r"[|·•@–—]\s*$", before):
        features.add("s:after_separator")
    if written_by_someone_else(document, start, subject):
        features.add("o:in_someone_elses_post")
    elif in_aside(document, start):
        features.add("o:in_aside")
    else:
        features.add("o:in_main_text")
    name_words = fold(value).split()
    features.update(f"h:{w}" for w in name_words if w in HEAD_WORDS)
    features.add(f"h:words_{min(len(name_words), 5)}")
    if value.isupper():
        features.add("h:acronym")
    return features


def candidates(document: Document, subject: Subject) -> list[Candidate]:
    """Every organisation-shaped name the page links to someone, with the features of its mentions."""
    text = document.text
    cut = sentences(text)
    starts = [offset for offset, _ in cut]
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    named: dict[str, str | None] = {}  # a name written several times is read in full once
    org_word = _org_word()
    for link in LINK_BEFORE_NAME.finditer(text):
        match = ORG_NAME.match(text, link.end())
        if match is None:
            continue
        raw = match.group(1)
        if not link.group().strip() and not org_word.search(raw):
            continue  # a line's first words: a candidate only when they name a kind of organisation
        if raw not in named:
            named[raw] = employer_name(raw, text, subject, in_full=False)
        if (value := named[raw]) is None:
            continue
        mentions.setdefault(fold(value), []).append((match.start(1), match.end(1), value))
    found = []
    for spans in mentions.values():
        features: set[str] = set()
        for start, end, value in spans[:MAX_MENTIONS]:
            index = bisect_right(starts, start) - 1
            if index < 0 or end > cut[index][0] + len(cut[index][1]):
                continue
            features |= _mention_features(document, subject, cut[index][0], cut[index][1], start, end, value)
        if features:
            features.add("n:1" if len(spans) == 1 else "n:2-3" if len(spans) <= 3 else "n:4+")
            found.append(Candidate(spans[0][2], tuple((s, e) for s, e, _ in spans), frozenset(features)))
    return found


def find_employer(document: Document, subject: Subject) -> list[Detection]:
    """Where the person works now: what the employment cues say, and the names the model reads as their
    employer."""
    found = employers_by_cues(document, subject)
    model = employer_model()
    for candidate in candidates(document, subject):
        if model.probability(candidate.features) < model.threshold:
            continue
        own_mentions = [span for span in candidate.positions if not written_by_someone_else(document, span[0], subject)]
        if not own_mentions:
            continue  # named only in other people's posts: where they work
        start, end = own_mentions[0]
        name = employer_name(candidate.name, document.text, subject) or candidate.name
        # Whose it is the model has read (whose post, who is named near); the page may still say it is the person's.
        add_employer(found, Detection(kind="employer", value=name, evidence=excerpt(document.text, start, end),
                                      source_id=document.source_id, owner=owner_in_page(document, start, subject) or None))
    return one_per_employer(found)
