"""People's names: the forms a stranger would search for, and how common a name is.

nameparser splits a name into first, middle and last; Welsh patronymics ("ap Dafydd",
"ferch Ifan") are taught to it as surname prefixes so they stay with the surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nameparser import HumanName
from nameparser.config import Constants

from footprint.datafiles import load_json, load_lines
from footprint.text import fold

WELSH_PATRONYMICS = ("ap", "ab", "ferch", "verch")


@cache
def _constants() -> Constants:
    # A private copy: nameparser's shared CONSTANTS would change the library for everyone.
    constants = Constants()
    constants.prefixes.add(*WELSH_PATRONYMICS)
    return constants


@dataclass(frozen=True)
class ParsedName:
    first: str
    middle: str
    last: str

    @property
    def plain(self) -> str:
        return " ".join(p for p in (self.first, self.last) if p)


def parse_name(name: str) -> ParsedName:
    parsed = HumanName(" ".join(name.split()), constants=_constants())
    return ParsedName(first=parsed.first, middle=parsed.middle, last=parsed.last)


def name_variants(full_name: str, *, short_names: tuple[str, ...] = ()) -> list[str]:
    """Other ways the same name is written: "Jane Doe", "Jane A. Doe", "Doe, Jane", "Jen Doe".

    The full name as given comes first and is not repeated here.
    """
    parsed = parse_name(full_name)
    variants: list[str] = []

    def add(form: str) -> None:
        form = " ".join(form.split())
        if form and fold(form) != fold(full_name) and form not in variants:
            variants.append(form)

    if parsed.first and parsed.last:
        add(parsed.plain)
        if parsed.middle:
            initials = " ".join(f"{m[0]}." for m in parsed.middle.split() if m[0].isalpha())
            add(f"{parsed.first} {initials} {parsed.last}")
        add(f"{parsed.last}, {parsed.first}")
        for short in short_names:
            add(f"{short} {parsed.last}")
    return variants


@cache
def _common() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_json("common_names.json")
    return frozenset(raw["first_names"]), frozenset(raw["surnames"])


def has_common_surname(full_name: str) -> bool:
    """Every part of the surname is among the most common ("Jones"; "Price-Jones" too, but not
    "Okonkwo-Price"): many people share it, whatever their first name."""
    surname_words = [w for w in re.findall(r"\w+", fold(parse_name(full_name).last)) if w not in WELSH_PATRONYMICS]
    return bool(surname_words) and all(w in _common()[1] for w in surname_words)


def is_common_name(full_name: str) -> bool:
    """Both the first name and the surname (every part of it) are among the most common in Wales and the UK."""
    return fold(parse_name(full_name).first) in _common()[0] and has_common_surname(full_name)


@cache
def given_names() -> frozenset[str]:
    return frozenset(fold(name) for name in load_lines("first_names.txt"))


# Second halves of double given names that are not names alone on UK pages: "Lily-Mae", "Ellie-Mae"
# (a lone "Mae" is Welsh for "is").
COMPOUND_ONLY = frozenset({"mae"})


@cache
def short_forms() -> dict[str, list[str]]:
    """Given name -> the short forms it goes by that do not start with it (data/short_names.json: "gareth" -> "gaz")."""
    return {fold(name): [fold(short) for short in shorts] for name, shorts in load_json("short_names.json")["short_forms"].items()}


@cache
def known_short_forms() -> frozenset[str]:
    return frozenset(short for shorts in short_forms().values() for short in shorts)


# Titles a person's name may carry ("Mrs Jones", "Parch. Aled Huws"), as a regular expression alternation.
PERSON_TITLES = r"Mr|Mrs|Ms|Miss|Mx|Dr|Coach|Cllr|Rev|Parch"


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
