"""Work and practice: employer, role, comments about practice, employer logos."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from footprint.datafiles import terms
from footprint.detect.owner import belongs_to_subject, keep_most_owned, owner_words
from footprint.model import Detection, Document, Subject
from footprint.text import NAME_WORD, UPPER, excerpt, finditer_near, fold, phrases_in, sentence_around

# An organisation's name: capitalised words, with the small words names use ("University of South Wales").
ORG_WORD = rf"(?:(?!I['’])(?:{NAME_WORD})|[{UPPER}]{{2,}}|Ltd\.?|&)"
ORG = rf"((?:[Tt]he\s+)?{ORG_WORD}(?:\s+(?:{ORG_WORD}|of|and|for|y|yr|ar|o|the)){{0,8}})"
JOB_WORDS = (r"(?:worker|nurse|teacher|assistant|lecturer|officer|manager|carer|practitioner|visitor|midwife|"
             r"therapist|doctor|gp|paramedic|coordinator|co-ordinator|leader|lead|director|administrator|"
             r"receptionist|cleaner|cook|volunteer|consultant|engineer|technician|advisor|adviser|head|"
             r"headteacher|deputy|supervisor|warden|mentor|tutor|instructor|counsellor|psychologist)")
# "Senior Social Worker (Children's Services) at Merthyr Tydfil County Borough Council", "a staff nurse at ...".
ROLE_AT = re.compile(rf"(?i:\b{JOB_WORDS}\b(?:\s*\([^)\n]{{1,60}}\))?\s*(?:at|with|for))\s*\n?\s*{ORG}")
WORK_VERB = re.compile(
    rf"(?i:\b(?:I\s+work|I'm\s+working|I’m\s+working|working|I've\s+been|I’ve\s+been|I\s+have\s+been|been|"
    rf"new\s+job|job|employed|on\s+(?:nights|days|shift|lates|earlies|the\s+ward)|back\s+on\s+\w+)\s+(?:at|for|with))\s+{ORG}"
)
TEACH_AT = re.compile(rf"(?i:\b(?:teach|teaches|teaching|taught)\b[^.\n]{{0,80}}?\bat)\s+{ORG}")
# Welsh: "Dw i'n nyrs ardal gyda Bwrdd Iechyd ...", "Rwy'n gweithio i Gyngor ...".
WELSH_WORK = re.compile(rf"\b(?:Dw i['’]n|Rydw i['’]n|Rwy['’]n|Rwy['’]n gweithio|gweithio)\b[^.\n]{{0,40}}?\b(?:gyda|efo|i|yn)\s+{ORG}")
JOB_TRIGGER = re.compile(JOB_WORDS)
WORK_TRIGGER = re.compile(r"work|been|job|employed|on nights|on days|on shift|on lates|on earlies|on the ward|back on")
TEACH_TRIGGER = re.compile(r"teach|taught")
ROLE_TRIGGER = re.compile(r"i am|i'm|i’m|work|job as")
WELSH_TRIGGER = re.compile(r"dw i|rydw i|rwy|gweithio")
STUDY_WORDS = re.compile(r"\b(?:studied|study|studying|graduated|student|alumni|alumnus|degree|course|trained)\b[^.\n]{0,40}$", re.IGNORECASE)
ENDED_RANGE = re.compile(r"^\W{0,5}(?:\w+\s+)?(?:19|20)\d\d\s*[-–]\s*(?:\w+\s+)?(?:19|20)\d\d\b")
TRAILING_SMALL_WORDS = re.compile(r"(?:\s+(?:of|and|for|y|yr|ar|o|the|&))+$")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _clean_org(value: str) -> str:
    return LEADING_THE.sub("", TRAILING_SMALL_WORDS.sub("", " ".join(value.split())))


def find_employer(document: Document, subject: Subject) -> list[Detection]:
    """Where the person works now: not where they studied, worked before, or where someone else works."""
    found: dict[str, Detection] = {}
    text = document.text

    def add(value: str, start: int, end: int, owner: bool | None) -> None:
        value = _clean_org(value)
        if len(value) < 3 or fold(value) in {fold(n) for n in subject.names}:
            return
        keep_most_owned(found, Detection(kind="employer", value=value, evidence=excerpt(text, start, end), source_id=document.source_id, owner=owner), key=fold(value))

    if subject.employer:
        start = fold(text).find(fold(subject.employer))
        if start != -1:
            add(text[start : start + len(subject.employer)], start, start + len(subject.employer), None)
    for pattern, trigger in ((ROLE_AT, JOB_TRIGGER), (WORK_VERB, WORK_TRIGGER), (TEACH_AT, TEACH_TRIGGER), (WELSH_WORK, WELSH_TRIGGER)):
        for match in finditer_near(pattern, text, trigger, before=30, after=200):
            if STUDY_WORDS.search(text[max(0, match.start() - 40) : match.start()]):
                continue
            if ENDED_RANGE.search(text[match.end() : match.end() + 40]):
                continue  # "2010 - 2015": a former job
            owner = belongs_to_subject(text, match.start(), subject)
            if owner is False:
                continue
            add(match.group(match.lastindex or 0), match.start(), match.end(), owner)
    for card in document.cards:
        if subject.full_name and not (owner_words(subject) & set(fold(card.name).split())):
            continue
        for org in card.fields.get("org", ()):
            add(org, 0, 0, True)
    return list(found.values())


def find_role(document: Document, subject: Subject) -> list[Detection]:
    roles = phrases_in(document.text, terms()["role_titles"] + ((subject.role.lower(),) if subject.role else ()))
    if roles is None:
        return []
    pattern = re.compile(r"\b(?:I\s+am|I'm|I’m|work(?:ing)?\s+as|job\s+as)\s+an?\s+(" + roles.pattern + r")", re.IGNORECASE)
    for match in finditer_near(pattern, document.text, ROLE_TRIGGER, before=5, after=80):
        return [Detection(kind="role", value=match.group(1).lower(), evidence=excerpt(document.text, match.start(), match.end()), source_id=document.source_id)]
    return []


def find_practice(document: Document, subject: Subject) -> list[Detection]:
    text = document.text
    found: dict[str, Detection] = {}
    pattern = phrases_in(text, terms()["practice_phrases"])
    for match in pattern.finditer(text) if pattern else ():
        _, sentence = sentence_around(text, match.start(), match.end())
        value = " ".join(sentence.split())[:300]
        if value not in found:
            found[value] = Detection(kind="practice", value=value, evidence=excerpt(text, match.start(), match.end(), width=120), source_id=document.source_id)
    return list(found.values())


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
            found.append(Detection(kind="logo", value=value[:200], evidence=f"image: {image.alt or file_name}", source_id=document.source_id))
    return found
