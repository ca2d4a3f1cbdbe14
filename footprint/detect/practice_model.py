"""A learned second opinion on practice comments.

The cue rules in work.find_practice catch the phrasings they were written from ("one of my
families", "home visits"). People also tell a case in plain words: someone they served, described
("a lovely lady in bay 3", "a gent in Penpedairheol who needs the hoist"), a place of work, a time,
in the first person. This module scores a sentence with a logistic regression over its words and
over word classes from data/practice.json ("word_classes"), trained on the labelled pages in
tests/data by bench/train_practice_model.py; the weights are data (data/practice_model.json), made
offline and shipped, never downloaded.
"""

from __future__ import annotations

import re
from functools import cache

from footprint.detect.learned import LinearModel, load_model
from footprint.detect.lexicon import cues
from footprint.text import WORD, fold

# An age said beside a person: ", 88," "(7)" "aged 9" "4-year-old" "in his 80s"
AGE = re.compile(r"(?:,\s*\d{1,3}\s*,|\(\d{1,2}\)|\baged?\s+\d{1,3}\b|\b\d{1,3}[- ]years?[- ]old\b|\bin (?:his|her|their) \d0s\b)")


def practice_model() -> LinearModel:
    return load_model("practice_model.json")


@cache
def _word_classes() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """For each word, the phrases of the word classes that begin with it, as (words, class name):
    a sentence's classes are found in one pass over its words."""
    data = cues("practice")
    lists = {"strong_event": data["strong_events"], "weak_event": data["weak_events"],
             "served": data["people_served"], "person": data["people_served_with_an_article"],
             "first_person": data["first_person"], "not_practice": data["not_practice"]}
    lists.update(data["word_classes"])
    starting: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, phrases in lists.items():
        for phrase in phrases:
            if words := tuple(WORD.findall(fold(phrase))):
                starting.setdefault(words[0], []).append((words, name))
    return {word: tuple(entries) for word, entries in starting.items()}


def _classes_in(words: list[str]) -> set[str]:
    starting = _word_classes()
    found = set()
    for index, word in enumerate(words):
        for phrase, name in starting.get(word, ()):
            if name not in found and tuple(words[index : index + len(phrase)]) == phrase:
                found.add(name)
    return found


@cache
def _someone_described() -> re.Pattern[str]:
    """An article, up to three describing words, then a person: "a lovely old collier", "one of the mums"."""
    data = cues("practice")
    people = data["people_served"] + data["people_served_with_an_article"] + data["word_classes"]["person_described"]
    body = "|".join(re.escape(fold(p)).replace(r"\ ", r"\s+") for p in sorted(set(people), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:a|an|one|this|one of (?:my|our|the))\s+(?:[\w'’-]+\s+){{0,3}}?(?:{body})(?!\w)")


@cache
def _trigger_words() -> frozenset[str]:
    """Words one of which every sentence the model reads holds: the first person, or the longest word of
    a person served or an event of the job. Most of a page holds none and costs one look-up per word."""
    data = cues("practice")
    phrases = (data["first_person"] + data["people_served"] + data["people_served_with_an_article"] + data["strong_events"]
               + data["weak_events"] + data["word_classes"]["person_described"])
    return frozenset(max(words, key=len) for phrase in phrases if (words := WORD.findall(fold(phrase))))


def sentence_features(sentence: str) -> frozenset[str] | None:
    """The sentence's words ("w:bay"), the word classes it holds ("c:work_place") and each pair of
    those classes ("c:person+c:work_place"): the shape of a case told in plain words. None for a
    sentence with no trigger word, which is never practice."""
    text = fold(" ".join(sentence.split()))
    words = WORD.findall(text)
    if _trigger_words().isdisjoint(words):
        return None
    features = {f"w:{word}" for word in words}
    found = _classes_in(words)
    if found & {"served", "person", "person_described"} and _someone_described().search(text):
        found.add("someone_described")
    classes = [f"c:{name}" for name in found]
    if AGE.search(text):
        classes.append("c:age")
    classes.sort()
    features.update(classes)
    features.update(f"{a}+{b}" for i, a in enumerate(classes) for b in classes[i + 1 :])
    return frozenset(features)


def practice_probability(sentence: str) -> float:
    features = sentence_features(sentence)
    return 0.0 if features is None else practice_model().probability(features)
