"""Which school is the person's child's (or the person's workplace): the rules of family.school_mentions,
and a learned second opinion.

The rules tie a school to the person by the words of its sentence: the first person, the person's or
their children's names, a child word. On a page of many people those words are everywhere: a chapel
newsletter's "our", another parent's "my Evie (she's at ...)" in a post the page does not mark as
theirs, a PTA that brings the teas, a school that lends its field. Every mention of a school is read
for the rule that judged it, the words around it, who else is named in its sentence, where on the page
it stands and how many schools the page names; a logistic regression trained on the labelled pages
(bench/train_school_model.py) scores each school from all its mentions. Its weights are data
(data/school_model.json), made offline and shipped, never downloaded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from footprint.detect.family import (
    FIRST_PERSON_WORDS,
    SINGULAR_FIRST_PERSON,
    SOMEONE_ELSES_CHILD,
    SchoolMention,
    child_words,
    childrens_names,
    school_mentions,
)
from footprint.detect.learned import LinearModel, load_model
from footprint.detect.lexicon import is_given_name
from footprint.detect.owner import POSSESSIVE_S, owner_words, where_written
from footprint.model import Detection, Document, Subject
from footprint.text import NAME_WORD, WORD, excerpt, fold, sentences

REACH_WORDS = 8
MAX_MENTIONS = 8
NEAR_BEFORE = 200  # characters before the sentence


def school_model() -> LinearModel:
    return load_model("school_model.json")


@dataclass(frozen=True)
class Candidate:
    value: str
    mentions: tuple[SchoolMention, ...]
    features: frozenset[str]

    @property
    def by_rules(self) -> bool:
        return any(mention.owner is None for mention in self.mentions)


def _mention_features(document: Document, subject: Subject, sentence_start: int, sentence: str, mention: SchoolMention,
                      children: frozenset[str]) -> set[str]:
    before = sentence[: max(mention.start - sentence_start, 0)]
    after = sentence[mention.end - sentence_start :]
    left = list(reversed(WORD.findall(fold(before))))[:REACH_WORDS]
    right = WORD.findall(fold(after))[:2]
    rule = mention.rule.removeprefix("short_name_")
    features = {f"r:{rule}", f"o:{'tied' if mention.owner is None else 'not_tied'}"}
    if rule != mention.rule:
        features.add("s:short_name")
    features |= {f"l{i}:{w}" for i, w in enumerate(left[:3], start=1)} | {f"lw:{w}" for w in left[3:]}
    features |= {f"r{i}:{w}" for i, w in enumerate(right, start=1)}
    inside = range(mention.start - sentence_start, mention.end - sentence_start)
    words = {POSSESSIVE_S.sub("", w) for w in WORD.findall(fold(sentence))}
    # Every capital "I", unlike family.CAPITAL_I, which leaves out Welsh "I Osian" (to): with that one the
    # model took two wrong schools more on the development sets and one more held out.
    if not SINGULAR_FIRST_PERSON.isdisjoint(words - {"i"}) or re.search(r"(?<![\w'’])I(?![\w])", sentence):
        features.add("c:first_person_singular")
    elif not FIRST_PERSON_WORDS.isdisjoint(words):
        features.add("c:first_person_plural")
    if owner_words(subject) & words:
        features.add("c:person_named")
    if children & words:
        features.add("c:own_child_named")
    if child_words() & words:
        features.add("c:child_word")
    if SOMEONE_ELSES_CHILD.search(sentence):
        features.add("c:someone_elses_child")
    if any(m.start() not in inside and is_given_name(m.group(0)) and fold(m.group(0)) not in children | owner_words(subject)
           for m in re.finditer(NAME_WORD, sentence)):
        features.add("c:someone_else_named")
    if not before.strip():
        features.add("s:starts_sentence")
    # The sentences just before, which the rules read too ("Mam i Begw a Gethin. Mae'r ddau yn mynd i ...").
    near = {POSSESSIVE_S.sub("", w) for w in WORD.findall(fold(document.text[max(0, sentence_start - NEAR_BEFORE) : sentence_start]))}
    if children & near:
        features.add("c:own_child_named_before")
    if child_words() & near:
        features.add("c:child_word_before")
    features.add(where_written(document, mention.start, subject))
    return features


def candidates(document: Document, subject: Subject) -> list[Candidate]:
    """Each school the page names, with the features of its mentions."""
    mentions = school_mentions(document, subject)
    if not mentions:
        return []
    by_value: dict[str, list[SchoolMention]] = {}
    for mention in mentions:
        by_value.setdefault(mention.value.lower(), []).append(mention)
    cut = sentences(document.text)
    starts = [offset for offset, _ in cut]
    children = childrens_names(document, subject)
    schools = len(by_value)
    page = {"p:schools_1" if schools == 1 else "p:schools_2-3" if schools <= 3 else "p:schools_4+"}
    if children:
        page.add("p:children_found")
    title = fold(document.meta.get("title", ""))
    found = []
    for same in by_value.values():
        features = set(page)
        for mention in same[:MAX_MENTIONS]:
            index = bisect_right(starts, mention.start) - 1
            if index < 0:
                continue
            features |= _mention_features(document, subject, cut[index][0], cut[index][1], mention, children)
        features.add("n:1" if len(same) == 1 else "n:2-3" if len(same) <= 3 else "n:4+")
        if title and fold(same[0].value) in title:
            features.add("p:in_title")
        found.append(Candidate(same[0].value, tuple(same), frozenset(features)))
    return found


def find_schools(document: Document, subject: Subject) -> list[Detection]:
    """Schools and nurseries named on the page: the person's when the rules tie one to them and the model
    agrees, or the model alone is all but sure; every other one as someone else's or nobody's (owner False)."""
    model = school_model()
    found = []
    for candidate in candidates(document, subject):
        tied = [m for m in candidate.mentions if m.owner is None]
        p = model.probability(candidate.features)
        # A school no rule ties to the person, from the model alone when it is all but sure: "He's at Ysgol
        # Gynradd Cefnllys Fach" a sentence after "my youngest", "Half his class from Llangrallo Fields Primary came".
        owned = (bool(tied) and p >= model.threshold) or p >= model.thresholds.get("untied", 1.0)
        shown = tied[0] if owned and tied else candidate.mentions[0]
        found.append(Detection(kind="school", value=candidate.value, evidence=excerpt(document.text, shown.start, shown.end),
                               source_id=document.source_id, owner=None if owned else False))
    return found
