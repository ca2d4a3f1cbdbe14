"""Work and practice: employer, role, comments about practice, employer logos."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from footprint.datafiles import terms
from footprint.detect.text import NAME_WORD, excerpt, fold, phrase_pattern, sentences
from footprint.model import Detection, Document, Subject

WORKS_AT = re.compile(rf"\b(?:I\s+work|I'm\s+working|working|employed)\s+(?:at|for|with)\s+((?:{NAME_WORD}|&|of|and|the)(?:\s+(?:{NAME_WORD}|&|of|and|for|the))*)")


def find_employer(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text + "\n" + document.meta.get("json-ld", "")
    if subject.employer:
        start = fold(text).find(fold(subject.employer))
        if start != -1:
            end = start + len(subject.employer)
            found[fold(subject.employer)] = Detection("employer", text[start:end], excerpt(text, start, end), document.source_id)
    for match in WORKS_AT.finditer(text):
        value = re.sub(r"\s+(?:and|the|of|&)$", "", match.group(1))
        found.setdefault(fold(value), Detection("employer", value, excerpt(text, match.start(), match.end()), document.source_id))
    return list(found.values())


def find_role(document: Document, subject: Subject) -> list[Detection]:
    roles = terms()["role_titles"] + ((subject.role.lower(),) if subject.role else ())
    pattern = re.compile(r"\b(?:I\s+am|I'm|I’m|work(?:ing)?\s+as|job\s+as)\s+an?\s+(" + phrase_pattern(roles).pattern + r")", re.IGNORECASE)
    for match in pattern.finditer(document.text):
        return [Detection("role", match.group(1).lower(), excerpt(document.text, match.start(), match.end()), document.source_id)]
    return []


def find_practice(document: Document, subject: Subject) -> list[Detection]:
    pattern = phrase_pattern(terms()["practice_phrases"])
    found = []
    for offset, sentence in sentences(document.text):
        if match := pattern.search(sentence):
            value = " ".join(sentence.split())[:300]
            found.append(Detection("practice", value, excerpt(document.text, offset + match.start(), offset + match.end(), width=120), document.source_id))
    return found


def find_logos(document: Document, subject: Subject) -> list[Detection]:
    """An image whose alt text or file name says it is a logo, or names the employer."""
    employer_words = {w for w in fold(subject.employer).split() if len(w) > 3}
    found = []
    for image in document.images:
        file_name = PurePosixPath(urlsplit(image.src).path).name
        label = fold(f"{image.alt} {file_name}")
        names_employer = bool(employer_words) and sum(w in label for w in employer_words) >= min(2, len(employer_words))
        if "logo" in label or names_employer:
            value = image.alt or file_name
            found.append(Detection("logo", value[:200], f"image: {image.alt or file_name}", document.source_id))
    return found
