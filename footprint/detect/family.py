"""Family-traceable details: children, their schools and uniforms, partners."""

from __future__ import annotations

import re
from functools import cache

from footprint.datafiles import terms
from footprint.detect.text import NAME_WORD, excerpt, phrase_pattern, sentences
from footprint.model import Detection, Document, Subject

# Words that follow "my son" but are not names.
NOT_NAMES = {"And", "The", "Is", "Was", "Has", "Had", "Who", "Will", "Loves", "Got", "Just", "Starts", "Started", "Turned", "Today", "In", "At", "On"}


@cache
def _relation_pattern(words_key: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(terms()[words_key], key=len, reverse=True))
    # "my daughter Ella", "our son, Tomos,", "my husband Owain"
    return re.compile(rf"\b(?:my|our|fy)\s+(?:{words})\s*,?\s+({NAME_WORD})", re.IGNORECASE)


def _named_relations(document: Document, kind: str, words_key: str) -> list[Detection]:
    found: dict[str, Detection] = {}
    for match in _relation_pattern(words_key).finditer(document.text):
        name = match.group(1)
        if not name[:1].isupper() or name in NOT_NAMES:
            continue
        found.setdefault(name, Detection(kind, name, excerpt(document.text, match.start(), match.end()), document.source_id, name))
    return list(found.values())


def find_children(document: Document, subject: Subject) -> list[Detection]:
    return _named_relations(document, "child", "child_words")


def find_partners(document: Document, subject: Subject) -> list[Detection]:
    return _named_relations(document, "partner", "partner_words")


@cache
def _school_pattern() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in sorted(terms()["school_suffixes"], key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in sorted(terms()["school_prefixes"], key=len, reverse=True))
    name = rf"(?:{NAME_WORD}|[Yy]|[Ss]t\.?|[Aa]p)"
    english = rf"((?:{NAME_WORD}\s+)(?:{name}\s+){{0,3}}(?i:{suffixes}))"
    welsh = rf"((?i:{prefixes})\s+{NAME_WORD}(?:\s+{name}){{0,3}})"
    return re.compile(rf"{english}|{welsh}")


def find_schools(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    for match in _school_pattern().finditer(document.text):
        value = " ".join((match.group(1) or match.group(2)).split())
        # Drop a leading sentence word ("At Glan Afon Primary School" -> "Glan Afon Primary School").
        value = re.sub(r"^(?:At|In|To|From|Our|My|The)\s+", "", value)
        found.setdefault(value.lower(), Detection("school", value, excerpt(document.text, match.start(), match.end()), document.source_id))
    return list(found.values())


def find_uniform(document: Document, subject: Subject) -> list[Detection]:
    pattern = phrase_pattern(terms()["uniform_words"])
    for offset, sentence in sentences(document.text):
        if match := pattern.search(sentence):
            evidence = excerpt(document.text, offset + match.start(), offset + match.end())
            return [Detection("uniform", sentence.strip()[:200], evidence, document.source_id)]
    return []
