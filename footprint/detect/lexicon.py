"""Word lists the detectors share: given names (data/first_names.txt) and the cue files that say
how people write about their family, work and birthdays (data/*.json)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from footprint.datafiles import load_json, load_lines
from footprint.text import fold


@cache
def given_names() -> frozenset[str]:
    return frozenset(fold(name) for name in load_lines("first_names.txt"))


# Second halves of double given names that are not names alone on UK pages: "Lily-Mae", "Ellie-Mae"
# (a lone "Mae" is Welsh for "is").
COMPOUND_ONLY = frozenset({"mae"})


def is_given_name(word: str) -> bool:
    """A given name, or a double one whose halves are ("Mia-Rose", "Lily-Mae"; not "Wynne-Jones")."""
    folded = fold(word)
    if folded in given_names():
        return True
    if "-" not in folded:
        return False
    first, _, second = folded.partition("-")
    names = given_names()
    return first in names and (second in names or second in COMPOUND_ONLY)


@cache
def cues(name: str) -> dict[str, Any]:
    """A cue file, e.g. cues("kinship") for data/kinship.json."""
    data: dict[str, Any] = load_json(f"{name}.json")
    return data


@cache
def pet_words() -> re.Pattern[str]:
    """The pet words of data/kinship.json as whole words, for lower-cased text ("our boy Pumpkin" is a cat)."""
    words = "|".join(re.escape(w) for w in sorted(cues("kinship")["pets"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b")


@cache
def kinship_set(*lists: str) -> frozenset[str]:
    """The words and phrases of the named lists of data/kinship.json, together."""
    return frozenset(phrase for name in lists for phrase in cues("kinship")[name])


@cache
def relation_words() -> frozenset[str]:
    """Single words for the people around the person, of data/kinship.json: children, parents, other
    relatives and friends, partners, pets ("Mam's 95th birthday", "Poppy's ... my son's party")."""
    data = cues("kinship")
    lists = ("child_nouns", "parent_roles", "not_children", "pets", "adult_relatives")
    return frozenset(fold(phrase) for name in lists for phrase in data[name] if " " not in phrase)
