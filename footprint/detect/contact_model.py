"""A learned second opinion on whose an email address, a phone number or a postcode is.

The contact detectors (contact.py) find every address, number and postcode and judge whose each is
from the names and role words right beside it. Pages are full of look-alikes: a reporter's byline, a
club secretary's number, a school office, a venue's postcode. This model reads the words around
each mention, the word classes of data/ownership.json near it (someone else's role, a place that
answers, the writer offering it as their own), whether the person or someone else is named near it,
whose post it stands in, whose name heads the card or section it stands in, and what the rules decided; it was trained on the labelled pages
(bench/train_contact_model.py), and its weights are data (data/contact_model.json). It only ever
takes a detail away from the person (owner False), never gives one to them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from footprint.detect.learned import LinearModel, load_model
from footprint.detect.lexicon import cues, is_given_name
from footprint.detect.owner import (
    ROLE_WORD,
    owner_words,
    person_given_names,
    roles_held_by_person,
    section_heading_owner,
    surname_pieces,
    where_written,
)
from footprint.model import Detection, Document, Subject
from footprint.text import NAME_WORD, WORD, fold

KINDS = ("email", "phone", "postcode")
REACH_CHARS = 80  # either side of a mention: contact details stand in lists and footers, not sentences
MAX_MENTIONS = 4
NAMED = re.compile(NAME_WORD)


def contact_model() -> LinearModel:
    return load_model("contact_model.json")


@cache
def _classes() -> dict[str, frozenset[str]]:
    data = cues("ownership")
    return {name: frozenset(fold(p) for p in data[name]) for name in ("other_roles", "places_that_answer", "personal_cues")}


@cache
def _others_listed() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(cues("ownership")["others_listed_labels"], key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{labels})[ \t]*:[^\n]*", re.IGNORECASE | re.MULTILINE)


def _class_features(side: str, words: list[str]) -> set[str]:
    """Word classes among these words, single words and pairs ("text me", "box office")."""
    features = set()
    grams = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    for name, phrases in _classes().items():
        if grams & phrases:
            features.add(f"c{side}:{name}")
    return features


# A label at the start of a line: "Tel: 07700 ...", "Start location: Maes y Deri, ...", "Ring Sarah on: ...".
FIELD_LABEL = re.compile(r"^[ \t]*[^\W\d_][\w '’-]{0,30}:[ \t]")
FIELD_LABEL_WORDS = 4


def _own_field(before: str) -> str:
    """What stands before a detail, cut to the detail's own field: below a label line ("Shoes" / "Brooks
    Ghost 15" / "Start location:" / "Maes y Deri, ... CF39 8WZ") or after a label at the start of its line,
    a name above belongs to another field of the card."""
    lines = before.split("\n")
    if FIELD_LABEL.match(lines[-1]):
        return lines[-1]
    label = lines[-2].strip() if len(lines) >= 2 else ""
    if label.endswith(":") and len(label.split()) <= FIELD_LABEL_WORDS:
        return "\n".join(lines[-2:])
    return before


def _mention_features(document: Document, subject: Subject, start: int, end: int) -> set[str]:
    text = document.text
    before = text[max(0, start - REACH_CHARS) : start]
    after = text[end : end + REACH_CHARS]
    line_before = before[before.rfind("\n") + 1 :]
    left = list(reversed(WORD.findall(fold(before))))[:8]
    right = WORD.findall(fold(after))[:6]
    features = {f"l{i}:{w}" for i, w in enumerate(left[:2], start=1)} | {f"lw:{w}" for w in left[2:]}
    features |= {f"r{i}:{w}" for i, w in enumerate(right[:2], start=1)} | {f"rw:{w}" for w in right[2:]}
    features |= _class_features("l", list(reversed(left))) | _class_features("r", right)
    mine = owner_words(subject)
    for side, context in (("l", _own_field(before)), ("r", after[:40])):
        context = _others_listed().sub("", context)  # "Other occupants: Owain Prosser": listed, not the holder of what follows
        names = [w for w in NAMED.findall(context) if is_given_name(w) or fold(w) in mine]
        if any(fold(w) in mine for w in names):
            features.add(f"n{side}:person")
        if any(fold(w) not in mine for w in names):
            features.add(f"n{side}:someone_else")
    if not line_before.strip():
        features.add("s:starts_line")
    if (held := roles_held_by_person(text, subject)) and any(role.group(0) in held for role in ROLE_WORD.finditer(before.lower())):
        features.add("l:persons_role")  # "posted to the secretary at ..." where the page says the person is the secretary
    # The card or section it stands in, headed by a name: "Gareth Pugh-Edwards" / "Founder" / ... / "Mobile: 07700 ...".
    if (heading := section_heading_owner(text, start, subject, cards=True)) is not None and not (heading is False and _others_listed().search(before)):
        features.add("h:person" if heading else "h:someone_else")  # not "Other occupants: Owain Prosser" / "Landline: ..."
    features.add(where_written(document, start, subject))
    return features


def contact_features(document: Document, subject: Subject, detection: Detection) -> frozenset[str]:
    """What the model reads of one detection: its kind, the rules' decision, and each mention's context."""
    features = {f"k:{detection.kind}", f"rules:{detection.owner}"}
    if detection.kind == "email":
        local, _, domain = detection.value.partition("@")
        mine = owner_words(subject) | person_given_names(subject)  # and the short names the page gives them ("Sandy")
        mine |= surname_pieces(subject)  # "merry.gruffydd@" for Meriel Gruffydd-Owen
        if any(word in local for word in mine if len(word) > 2):
            features.add("e:local_names_person")
        elif any(is_given_name(part) for part in re.split(r"[._\d-]+", local) if len(part) > 2):
            features.add("e:local_names_someone")
        if domain in cues("ownership")["personal_mail_domains"]:
            features.add("e:personal_domain")
    if detection.evidence.startswith("phone link:"):
        features.add("src:link")
    elif detection.evidence.startswith("structured data for"):
        features.add("src:card")
    mentions = 0
    position = document.text.find(detection.match) if detection.match else -1
    while position != -1 and mentions < MAX_MENTIONS:
        features |= _mention_features(document, subject, position, position + len(detection.match))
        mentions += 1
        position = document.text.find(detection.match, position + 1)
    if mentions == 0:
        features.add("s:not_in_text")
    return frozenset(features)


# A detail in the page's own text that nothing on the page gives to anyone (the rules found nobody, no other
# name beside it, no footer or comment) is the person's unless the model is clearly against it: "Cot bed for
# sale. Text is easiest: 07700 900713." Missing the person's own number is worse than keeping a stranger's.
UNOPPOSED_MARGIN = 0.1


def unopposed(features: frozenset[str]) -> bool:
    return ("rules:None" in features and "o:in_main_text" in features
            and not any(f in features for f in ("o:in_aside", "o:in_someone_elses_post", "nl:someone_else", "nr:someone_else")))


def vetoed(features: frozenset[str], probability: float, threshold: float) -> bool:
    """Whether the model's reading marks the detail as someone else's."""
    return probability < threshold - (UNOPPOSED_MARGIN if unopposed(features) else 0)


def _a_register_listing(document: Document) -> bool:
    """The page lists the other people at an address, as people-finder and register listings do ("Other occupants:
    Owain Prosser"): the names the model reads around a detail there are listed, not its holders."""
    return _others_listed().search(document.text) is not None


def judge_contacts(document: Document, subject: Subject, detections: list[Detection]) -> list[Detection]:
    """The detections, with the contact details the model reads as someone else's marked so (owner False). On a
    register listing, what the rules give the person stays theirs: the household's landline is theirs to remove."""
    model = contact_model()
    register = _a_register_listing(document)
    judged = []
    for detection in detections:
        if detection.kind in KINDS and detection.owner is not False and not (register and detection.owner is True):
            features = contact_features(document, subject, detection)
            if vetoed(features, model.probability(features), model.thresholds[detection.kind]):
                detection = replace(detection, owner=False)
        judged.append(detection)
    return judged
