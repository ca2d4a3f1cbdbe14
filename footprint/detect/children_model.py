"""A learned second opinion on the person's children's names.

The kinship patterns in family.find_children find a name bound to a cue ("mam to Ela & Twm",
"our youngest, Mali (6)"). People also name their children with no cue beside the name: "drop Nel at
swimming and watch Gethin's footie", "Cadi V's dad", "DS Tomos (7)". Every given name on the page
(data/first_names.txt) is a candidate; its features are the words right before and after each of its
mentions, the word classes of data/kinship.json near them, and the shapes around them (an age after
it, another name joined to it, a surname after it, a title before it, whose post it stands in). A
logistic regression trained on the labelled pages (bench/train_children_model.py) scores the name;
its weights are data (data/children_model.json).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from footprint.detect.contact import MONTHS, WEEKDAYS
from footprint.detect.learned import LinearModel, load_model
from footprint.detect.lexicon import cues, is_given_name
from footprint.detect.owner import TITLES, owner_words, where_written
from footprint.model import Document, Subject
from footprint.text import NAME_WORD, WORD, fold, sentences

CANDIDATE = re.compile(rf"(?<![\w'’@/.-])({NAME_WORD})(?![\w@])")
REACH_WORDS = 6  # words either side of a mention that describe it
MAX_MENTIONS = 12  # of one name on a page: enough to see how it is used
CHILD_AGES = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
AGE_AFTER = re.compile(rf"^(?:'s|’s)?\s*(?:\(\s*(?:aged?\s+|oed\s+)?{CHILD_AGES}\s*(?:oed|yrs?|years?(?:\s+old)?)?\s*\)|,\s*{CHILD_AGES}\b|\s+(?:is|aged|age|turned|turns|oed)\s+{CHILD_AGES}\b|,?\s*(?:who(?:\s+is|['’]s|\s+(?:has\s+)?(?:just\s+)?turned|\s+turns)|sy['’]n)\s+{CHILD_AGES}\b|\s+\d{{1,2}}\b(?!\s*[:.]\d))",
                       re.IGNORECASE)
FIRST_PERSON = frozenset({"i", "my", "our", "we", "me", "fy", "ein", "i'm", "we're", "us"})
NAME_AFTER = re.compile(rf"[ \t]+({NAME_WORD})")
JOINED_NAME_AFTER = re.compile(rf"\s*(?:and|&|a|ac)\s+{NAME_WORD}")
POSSESSOR_BEFORE = re.compile(rf"({NAME_WORD})(?:'s|’s)\s+(?!.*(?:'s|’s)\s)")
POSSESSOR_REACH = 60


# Names listed together ("Elis, Maya and Cadi", "Twm & Non", "Begw a Twm"): one family's, or one team's.
LISTED = re.compile(rf"{NAME_WORD}(?:(?:\s*,\s*(?:and\s+|&\s*|a\s+|ac\s+)?|\s+(?:and|a|ac)\s+|\s*&\s*){NAME_WORD})+")


def listed_together(text: str) -> list[frozenset[str]]:
    """The given names (folded) of each list of two or more names on the page."""
    groups = []
    for match in LISTED.finditer(text):
        names = frozenset(fold(w) for w in re.findall(NAME_WORD, match.group(0)) if is_given_name(w))
        if len(names) >= 2:
            groups.append(names)
    return groups


def judged_as_lists(probabilities: dict[str, float], groups: list[frozenset[str]], named_apart: frozenset[str] = frozenset()) -> dict[str, float]:
    """Names listed together share one verdict, the mean of theirs: "Good luck to Elis, Maya and Cadi"
    says the same of all three, whatever words happen to stand next to the last. A name also written
    outside every list keeps its own: "I've got to get Alys to Ysgol Pen y Dre" says more of Alys than a
    neighbour's "Alys and Ryan have decided they're getting married"."""
    judged = dict(probabilities)
    for group in groups:
        members = [name for name in group if name in probabilities]
        if len(members) >= 2:
            mean = sum(probabilities[name] for name in members) / len(members)
            for name in members:
                if name not in named_apart:
                    judged[name] = mean
    return judged


def named_apart_from_lists(text: str, named: list[Candidate]) -> frozenset[str]:
    """The candidates (folded) with a mention outside every list of names on the page."""
    spans = [(match.start(), match.end()) for match in LISTED.finditer(text)]
    return frozenset(fold(c.name) for c in named
                     if any(not any(start <= at < end for start, end in spans) for at, _ in c.positions))


def children_model() -> LinearModel:
    return load_model("children_model.json")


@dataclass(frozen=True)
class Candidate:
    name: str  # as first written on the page
    positions: tuple[tuple[int, int], ...]  # (start, end) of each mention
    features: frozenset[str]


@cache
def kinship_classes() -> dict[str, str]:
    """Word -> kinship class, for the single words of data/kinship.json's lists."""
    data = cues("kinship")
    classes: dict[str, str] = {}
    for name in ("child_nouns", "parent_roles", "possessives", "not_children", "pets", "school_run_verbs", "own_child_nouns", "child_life"):
        for phrase in data[name]:
            for word in WORD.findall(fold(phrase)):
                classes.setdefault(word, name)
    for word in data["joiners"]:
        classes.setdefault(fold(word), "joiners")
    return classes


def _window_features(side: str, words: list[str]) -> set[str]:
    """Words nearest the mention by position ("l1:to"), and classes within reach ("cl:parent_roles")."""
    classes = kinship_classes()
    features = {f"{side}{i}:{word}" for i, word in enumerate(words[:2], start=1)}
    features.update(f"{side}w:{word}" for word in words[2:REACH_WORDS])
    features.update(f"c{side}:{classes[word]}" for word in words[:REACH_WORDS] if word in classes)
    return features


def possessor_named_before(before: str, own: frozenset[str]) -> bool | None:
    """Whose the next name is when someone is named with 's just before it ("Sarah's own two, Elan and
    Gruff"): True for the person (their words in `own`), False for someone else, None when nobody is."""
    if possessor := POSSESSOR_BEFORE.search(before[-POSSESSOR_REACH:]):
        return fold(possessor.group(1)) in own
    return None


@dataclass(frozen=True)
class _Sentence:
    offset: int
    text: str
    words: tuple[tuple[int, str], ...]  # (offset in the page, folded word)
    features: frozenset[str]  # of the sentence as a whole


def _read_sentence(offset: int, sentence: str) -> _Sentence:
    if sentence.isascii():  # folding is lower-casing, and keeps every offset
        words = tuple((offset + m.start(), m.group()) for m in WORD.finditer(sentence.lower()))
    else:
        words = tuple((offset + m.start(), fold(m.group())) for m in WORD.finditer(sentence))
    classes = kinship_classes()
    # the sentence as a whole: who speaks in it and what kind of family words it holds
    features = {f"cs:{classes[word]}" for _, word in words if word in classes}
    if not FIRST_PERSON.isdisjoint(word for _, word in words):
        features.add("s:first_person")
    if "?" in sentence[-2:]:
        features.add("s:question")
    return _Sentence(offset, sentence, words, frozenset(features))


def _mention_features(text: str, sentence: _Sentence, start: int, end: int, own: frozenset[str], surname_words: frozenset[str]) -> set[str]:
    before = sentence.text[: start - sentence.offset]
    after = sentence.text[end - sentence.offset :]
    at = bisect_right(sentence.words, (start, ""))
    left = [word for _, word in reversed(sentence.words[max(0, at - REACH_WORDS) : at])]
    right = [word for _, word in sentence.words[at + 1 : at + 1 + REACH_WORDS]]
    features = _window_features("l", left) | _window_features("r", right) | sentence.features
    if AGE_AFTER.match(after):
        features.add("s:age_after")
    if before.rstrip().endswith("#"):
        features.add("s:hashtag")
    if after.startswith(("'s", "’s")):
        features.add("s:possessive")
    if left and left[0] in TITLES:
        features.add("s:title_before")
    next_word = NAME_AFTER.match(after)
    if next_word and not is_given_name(next_word.group(1)):
        features.add("s:surname_of_person" if fold(next_word.group(1)) in surname_words else "s:other_surname")
    if (next_word and is_given_name(next_word.group(1))) or JOINED_NAME_AFTER.match(after):
        features.add("s:joined_to_name")
    if (possessor := possessor_named_before(before, own)) is not None:
        features.add("s:owner_possessor" if possessor else "s:other_possessor")
    if not before.strip():
        features.add("s:starts_sentence")
    if start == 0 or text[start - 1] == "\n":
        features.add("s:starts_line")
    return features


def candidates(document: Document, subject: Subject) -> list[Candidate]:
    """Every given name on the page but the person's own, with the features of its mentions."""
    text = document.text
    own = owner_words(subject)
    surname_words = frozenset(fold(w) for name in subject.names for w in name.split()[1:])
    cut = sentences(text)
    starts = [offset for offset, _ in cut]
    authors = {fold(w) for _, _, author in document.posts for w in WORD.findall(author)}
    mentions: dict[str, list[tuple[int, int]]] = {}
    written: dict[str, str] = {}
    for match in CANDIDATE.finditer(text):
        word = match.group(1).removesuffix("'s").removesuffix("’s")  # "Gethin's footie": Gethin
        key = fold(word)
        if key in own or key in MONTHS or key in WEEKDAYS or not is_given_name(word) or len(key) < 2:
            continue
        mentions.setdefault(key, []).append((match.start(1), match.start(1) + len(word)))
        written.setdefault(key, word)
    found = []
    read: dict[int, _Sentence] = {}
    for key, spans in mentions.items():
        features: set[str] = set()
        for start, end in spans[:MAX_MENTIONS]:
            index = bisect_right(starts, start) - 1
            if index < 0 or end > cut[index][0] + len(cut[index][1]):
                continue
            if index not in read:
                read[index] = _read_sentence(*cut[index])
            features |= _mention_features(text, read[index], start, end, own, surname_words)
            features.add(where_written(document, start, subject))
        if not features:
            continue
        count = len(spans)
        features.add("n:1" if count == 1 else "n:2-3" if count <= 3 else "n:4+")
        if key in authors:
            features.add("o:names_an_author")
        found.append(Candidate(written[key], tuple(spans), frozenset(features)))
    return found
