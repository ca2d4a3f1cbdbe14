"""Word lists the detectors share: given names (data/first_names.txt) and the cue files that say
how people write about their family, work and birthdays (data/*.json)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from footprint.datafiles import load_json
from footprint.names import given_names as given_names
from footprint.names import is_given_name as is_given_name
from footprint.text import alternation, fold, sentence_around


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


PET_ADJECTIVES = r"(?:(?:big|little|old|young|ginger|black|white|grey|gray|brown|tabby|fluffy|fat|soppy)\s+)*"


@cache
def _pet_after() -> re.Pattern[str]:
    """A pet word just after a name, past commas and a few describing words ("Pumpkin, ginger tom"; Welsh "Mostyn y gath")."""
    return re.compile(rf"[\s,–-]*(?:(?:the|a|our|my|y|yr|ein|fy)\s+)?{PET_ADJECTIVES}(?:{alternation(cues('kinship')['pets'])})\b")


# The sentence closing on what its subject is: ", the poor dog.", ", the daft cat!"
EPITHET_AT_END = re.compile(r",\s+the\s+(?:[\w'’-]+\s+)?([\w'’-]+)\s*[.!]?$")


def named_as_pet(text: str, name: str) -> bool:
    """Anywhere on the page the name stands right after a pet word in its sentence or before one ("LOST CAT –
    Pumpkin", "Pumpkin, ginger tom", "a garden snail named Gary"): "our boy Pumpkin" is a cat."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before, after = text[max(0, match.start() - 15) : match.start()], text[match.end() : match.end() + 30]
        before = re.split(r"[.!?]\s", before)[-1]  # not the sentence before: "a cake shaped like a dog bowl. Rhys ate half"
        if ((pet := pet_words().search(fold(before))) and _not_a_team_name(before[pet.start() : pet.end()])
                and kinship_set("said_only_of_people").isdisjoint(re.findall(r"[\w'’]+", fold(before[pet.end() :])))):
            return True  # not "a poorly dog and my son Tomos"
        if (pet := _pet_after().match(fold(after))) and _not_a_team_name(after[: pet.end()].split()[-1]):
            return True
        offset, sentence = sentence_around(text, match.start(), match.end())
        if (epithet := EPITHET_AT_END.search(fold(sentence[match.end() - offset :]))) and pet_words().fullmatch(epithet.group(1)):
            return True  # "Bella is 8 now and she's got worse every year, the poor dog."
    return False


def called_an_animal(text: str, name: str) -> bool:
    """Somewhere on the page the name follows a pet word straight on, or after "named"/"called" ("a garden snail
    named Gary", "our dog Bryn"): stricter than named_as_pet, which also takes "her cats, and Pat"."""
    return name in _animal_names(text)


@lru_cache(maxsize=8)
def _animal_names(text: str) -> frozenset[str]:
    """The capitalised words the page writes straight after a pet word: read once per page."""
    return frozenset(match.group(1) for match in _animal_then_name().finditer(text))


@cache
def _animal_then_name() -> re.Pattern[str]:
    """A pet word, "named"/"called" if said, then the capitalised word after it (group 1)."""
    return re.compile(rf"\b(?i:{alternation(cues('kinship')['pets'])})[ \t]+(?:(?i:named|called|o['’]r[ \t]+enw)[ \t]+)?([A-Z][\w'’-]*)")


def _not_a_team_name(word: str) -> bool:
    """A pet word in lower case or shouted ("cat", "LOST CAT"); "the Kittens" with a capital is a team."""
    return word.islower() or word.isupper()


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
