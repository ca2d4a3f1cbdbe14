"""Family-traceable details: children, their schools and uniforms, partners.

A child is named in many ways on a public page; each pattern below is one of them, with the
shape of text it recognises:
- a relation and a list:  "my daughter Ella", "their children Jac, nine, and Efa, six"
- a name with an age:     "Nanw (6)", "Gruffudd (8) a Lleucu (5)", "Nel (twins, age 6)"
- a name in a school year: "Evan is in Year 4", "Dylan's in Blwyddyn 2", "Tomos going into Year 3"
- a family list on a profile: "Cerys Pritchard" then "Daughter" on the next line
- a birth announcement:   "Welcomed Cerys"
- a toddler outing:       "Out with Gwen in the running buggy before nursery"
"""

from __future__ import annotations

import re
from functools import cache

from footprint.datafiles import terms
from footprint.detect.owner import belongs_to_subject, keep_most_owned
from footprint.model import Detection, Document, Subject
from footprint.text import NAME_WORD, UPPER, excerpt, finditer_near, phrases_in, sentence_around

# Capitalised words that follow "my son" or stand before "(6)" but are not names.
NOT_NAMES = {
    "And", "The", "Is", "Was", "Has", "Had", "Who", "Will", "Loves", "Got", "Just", "Starts", "Started", "Turned",
    "Today", "In", "At", "On", "Year", "Reception", "Blwyddyn", "Mam", "Mum", "Dad", "Nain", "Taid", "Mamgu", "Mam-gu",
    "Tadcu", "Grandma", "Grandad", "Our", "My", "Her", "His", "Their", "Happy", "Age", "Aged", "Page", "Vol", "Part",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms", "Miss", "Dr",
}
NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
CHILD_NOUNS = (r"(?:daughters?|sons?|children|kids|twins|boys|girls|grandchildren|grandsons?|granddaughters?|"
               r"little ones?|little girl|little boy|little man|little lady|youngest|eldest|oldest|middle one|"
               r"babies|baby|plant|merched|meibion|wyrion|wyresau|mab|merch)")
ADJECTIVES = r"(?:(?:two|three|four|little|lovely|gorgeous|beautiful|wonderful|youngest|eldest|oldest|baby|twin|amazing)\s+)*"
AGE_AFTER = rf"(?:\s*\((?:aged?\s*)?\d{{1,2}}\)|\s*,\s*(?:aged?\s*)?(?:\d{{1,2}}|{NUMBER_WORDS})\s*,?)?"
JOIN = r"(?:\s*,\s*|\s+and\s+|\s+a\s+|\s*&\s*)"
NAME_LIST = rf"({NAME_WORD}{AGE_AFTER}(?:{JOIN}{NAME_WORD}{AGE_AFTER})*)"

RELATION_LIST = re.compile(rf"\b(?i:my|our|her|his|their|fy|ein|ei)\s+(?i:{ADJECTIVES}{CHILD_NOUNS})\b[,:]?\s+{NAME_LIST}")
NAME_WITH_AGE = re.compile(rf"({NAME_WORD})\s*\((?:aged?\s*)?(\d{{1,2}})\)|({NAME_WORD})\s*\((?:twins|age|aged)\b")
SCHOOL_YEAR = re.compile(
    rf"({NAME_WORD})(?:(?:'s|’s|\s+is)\s+(?:now\s+)?in|\s+(?:is\s+)?(?:going into|starting|started|starts|moving up to|moves up to))\s+"
    r"(?:Year\s+\d+|Blwyddyn\s+\d+|Reception|Nursery|Derbyn)\b"
)
FAMILY_LIST_ENTRY = re.compile(rf"^({NAME_WORD})(?:\s+{NAME_WORD})*\s*\n\s*(?:Son|Daughter|Mab|Merch|Grandson|Granddaughter|Child|Plentyn)\s*$", re.MULTILINE)
WELCOMED = re.compile(rf"\b(?i:welcomed|welcome to the world,?)\s+({NAME_WORD})")
WITH_NAMES = re.compile(rf"\bwith\s+{NAME_LIST}")
CHILD_TRIGGER = re.compile(r"(?:daughter|son|children|kids|twins|boys|girls|grand|little|youngest|eldest|oldest|"
                           r"middle|bab|plant|merch|meibion|wyr|mab)")
WELCOME_TRIGGER = re.compile("welcome")
PARTNER_TRIGGER = re.compile(r"husband|wife|partner|fianc|boyfriend|girlfriend|other half|hubby")
AGE_TRIGGER = re.compile(r"\((?:aged?\s*)?\d{1,2}\)|\((?:twins|age|aged)\b")
SCHOOL_YEAR_TRIGGER = re.compile(r"year|blwyddyn|reception|nursery|derbyn")
FAMILY_TRIGGER = re.compile(r"\n\s*(?:son|daughter|mab|merch|grandson|granddaughter|child|plentyn)\s*$", re.MULTILINE)
TODDLER_CONTEXT = re.compile(r"buggy|pushchair|pram\b|toddler|nursery|school run|cylch meithrin")


def _names_in(name_list: str) -> list[str]:
    return [n for n in re.findall(NAME_WORD, name_list) if n not in NOT_NAMES]


def find_children(document: Document, subject: Subject) -> list[Detection]:
    text = document.text
    own_first_names = {n.split()[0] for n in subject.names if n.split()}
    found: dict[str, Detection] = {}

    def add(name: str, start: int, end: int) -> None:
        name = re.sub(r"['’]s$", "", name)
        if name in NOT_NAMES or name in own_first_names:
            return
        owner = belongs_to_subject(text, start, subject)
        keep_most_owned(found, Detection(kind="child", value=name, evidence=excerpt(text, start, end), source_id=document.source_id, match=name, owner=owner))

    for match in finditer_near(RELATION_LIST, text, CHILD_TRIGGER, before=60, after=160):
        for name in _names_in(match.group(1)):
            add(name, match.start(1), match.end())  # from the name, so "my son" counts as who is speaking
    for match in finditer_near(NAME_WITH_AGE, text, AGE_TRIGGER, before=40, after=12):
        name = match.group(1) or match.group(3)
        if match.group(2) is None or int(match.group(2)) < 18:
            add(name, match.start(), match.end())
    for pattern, trigger in ((SCHOOL_YEAR, SCHOOL_YEAR_TRIGGER), (FAMILY_LIST_ENTRY, FAMILY_TRIGGER), (WELCOMED, WELCOME_TRIGGER)):
        for match in finditer_near(pattern, text, trigger, before=60, after=40):
            add(match.group(1), match.start(), match.end())
    seen_sentences: set[int] = set()
    for context in TODDLER_CONTEXT.finditer(text.lower()):
        offset, sentence = sentence_around(text, context.start(), context.end())
        if offset in seen_sentences:
            continue
        seen_sentences.add(offset)
        for match in WITH_NAMES.finditer(sentence):
            for name in _names_in(match.group(1)):
                add(name, offset + match.start(), offset + match.end())
    return list(found.values())


@cache
def _partner_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(terms()["partner_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:my|our|her|his|fy)\s+(?:{words})\s*,?\s+({NAME_WORD})", re.IGNORECASE)


def find_partners(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    for match in finditer_near(_partner_pattern(), document.text, PARTNER_TRIGGER, before=20, after=60):
        name = match.group(1)
        if not name[:1].isupper() or name in NOT_NAMES:
            continue
        found.setdefault(name, Detection(kind="partner", value=name, evidence=excerpt(document.text, match.start(), match.end()), source_id=document.source_id, match=name))
    return list(found.values())


# Lower-case words that belong inside Welsh and English school names ("Nant yr Hebog", "Maes yr Onnen").
PARTICLES = r"(?:y|yr|ar|a|o|'r|’r|of|the|and|de|St\.?)"
WELSH_PARTICLES = r"(?:y|yr|'r|’r|ar|o)"
SCHOOL_NAME_PART = rf"(?:{NAME_WORD}|[{UPPER}]{{2,}})"
NOT_SCHOOLS = {"ysgol sul", "ysgol haf", "sunday school", "summer school", "high school musical"}


@cache
def _school_pattern() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in sorted(terms()["school_suffixes"], key=len, reverse=True))
    english = rf"((?:{SCHOOL_NAME_PART}\s+)(?:(?:{SCHOOL_NAME_PART}|{PARTICLES})\s+){{0,5}}(?i:{suffixes}))"
    # Welsh names start with the kind of school, capitalised as a proper noun: "Ysgol Gynradd Gymraeg Nant yr Hebog".
    welsh = (rf"((?:Ysgol|Meithrinfa|Cylch Meithrin)(?:\s+(?:Gynradd|Gyfun|Feithrin|Gymraeg|Uwchradd|Babanod|Iau|Arbennig))*"
             rf"(?:\s+(?:{SCHOOL_NAME_PART}|{WELSH_PARTICLES}(?=\s+[{UPPER}]))){{1,5}})")
    return re.compile(rf"{english}|{welsh}")


LEADING_WORDS = re.compile(r"^(?:(?:At|In|To|From|Our|My|The|Y|Yr|Welcome|Croeso|Friends|Ffrindiau)\s+(?:of\s+|i\s+)?)+")


SCHOOL_TRIGGER = re.compile(r"school|nursery|playgroup|club|ysgol|meithrin|cylch")


def find_schools(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    for match in finditer_near(_school_pattern(), document.text, SCHOOL_TRIGGER, before=150, after=150):
        value = " ".join((match.group(1) or match.group(2)).split())
        value = LEADING_WORDS.sub("", value)
        if value.lower() in NOT_SCHOOLS or len(value.split()) < 2:
            continue
        found.setdefault(value.lower(), Detection(kind="school", value=value, evidence=excerpt(document.text, match.start(), match.end()), source_id=document.source_id))
    return list(found.values())


def find_uniform(document: Document, subject: Subject) -> list[Detection]:
    pattern = phrases_in(document.text, terms()["uniform_words"])
    if match := (pattern.search(document.text) if pattern else None):
        _, sentence = sentence_around(document.text, match.start(), match.end())
        evidence = excerpt(document.text, match.start(), match.end())
        return [Detection(kind="uniform", value=sentence[:200], evidence=evidence, source_id=document.source_id)]
    return []
