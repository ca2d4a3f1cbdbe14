"""Where the person works: the employment cues of work.employers_by_cues, and a learned second opinion.

People name their employer without a cue the rules know: "my shifts with Gwent Police", "on the labour
ward at Ysbyty Glan Clwyd", "the girls in the office at Gofal Elwy Homecare", "HCA 🩺 BCUHB". Every
organisation-shaped name on the page (capitalised words with a word that says what kind of body it is:
Council, Health Board, Homecare, Tîm, Ysgol... or an acronym) is a candidate; its features are the
words around its mentions, whether a job word, a word of working life (data/employment.json
work_life), a study, former-job or volunteering cue, the first person or someone else's name stands
near, the kind of body its name says, and whose post it stands in. A logistic regression trained on
the labelled pages (bench/train_employer_model.py) scores it; its weights are data
(data/employer_model.json). When the cues find no employer of the person's, the best candidate that
reaches the threshold is added: someone's page rarely names where they work without saying so.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from footprint.datafiles import load_json
from footprint.detect.learned import LinearModel, load_model
from footprint.detect.lexicon import cues, is_given_name
from footprint.detect.owner import (
    job_holder_is_someone_else,
    owner_in_page,
    owner_words,
    where_written,
    written_by_someone_else,
)
from footprint.detect.work import (
    HEAD_WORDS,
    JOB_NOUN,
    JOB_WORD,
    ORG,
    SOMEONE_ELSES_JOB,
    SOMEONE_ELSES_JOB_AT,
    STUDY_WORDS,
    TEAM_WORDS,
    employer_key,
    employer_name,
    employers_by_cues,
    is_welsh_job_word,
    said_as_current,
    said_as_former,
    someone_else_does_the_job,
    someone_elses_job_noun,
)
from footprint.model import Detection, Document, Subject
from footprint.text import NAME_WORD, WORD, excerpt, fold, lowered, phrase_pattern, sentences, words_of

ORG_NAME = re.compile(ORG)
REACH_WORDS = 8
MAX_MENTIONS = 8
MAX_CANDIDATES = 80
FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "my", "me", "we", "our", "fy", "dw", "rwy", "rydw", "i'n", "i’n"})


def employer_model() -> LinearModel:
    return load_model("employer_model.json")


@dataclass(frozen=True)
class Candidate:
    name: str  # as a finding gives it (work.employer_name)
    positions: tuple[tuple[int, int], ...]  # (start, end) of each mention
    features: frozenset[str]


@cache
def _kind_words() -> frozenset[str]:
    """Words that say a name is a body's: data/employment.json org_words and kind words, head and team words."""
    data = cues("employment")
    words = {w for phrase in data["org_words"] for w in fold(phrase).split()}
    words |= {fold(w) for w in (*data["kind_words_before_name"], *data["welsh_mutations"], *HEAD_WORDS, *TEAM_WORDS)}
    return frozenset(words)


@cache
def _work_life() -> frozenset[str]:
    return frozenset(cues("employment")["work_life"])


@cache
def _job_links() -> frozenset[str]:
    return frozenset(cues("employment")["job_links"])


def _is_organisation(name: str) -> bool:
    words = fold(name).split()
    return bool(_kind_words().intersection(words)) or any(w.isupper() and 2 <= len(w) <= 6 for w in name.split())


def _mention_features(document: Document, subject: Subject, sentence_start: int, sentence: str, start: int, end: int,
                      value: str) -> set[str]:
    text = document.text
    before = sentence[: start - sentence_start]
    after = sentence[end - sentence_start :]
    left = list(reversed(WORD.findall(fold(before))))[:REACH_WORDS]
    right = WORD.findall(fold(after))[:4]
    features = {f"l{i}:{w}" for i, w in enumerate(left[:3], start=1)} | {f"lw:{w}" for w in left[3:]}
    features |= {f"r{i}:{w}" for i, w in enumerate(right[:2], start=1)}
    if left and left[0] in _job_links():
        features.add("s:link_before")
    lower_before = lowered(before)[-60:]
    if JOB_WORD.search(lower_before) or any(is_welsh_job_word(word) for word in left):  # "mae hi'n fydwraig gymunedol (Tîm ..."
        features.add("c:job_before")
    if JOB_WORD.search(lowered(after)[:40]):
        features.add("c:job_after")
    if STUDY_WORDS.search(before[-60:]):
        features.add("c:study")
    if said_as_former(text, start, end):
        features.add("c:former")
    elif said_as_current(text, start, end):
        features.add("c:current")
    else:
        features.add("c:not_current")  # studied there, or a job ended after it ("... before I went on the road")
    if SOMEONE_ELSES_JOB.search(before[-30:]) or SOMEONE_ELSES_JOB_AT.search(before[-40:]):
        features.add("c:someone_elses_before")  # "Caio's teacher at ...", "her husband, a nurse with ..."
    if any(cue in lower_before for cue in cues("employment")["not_employment"]):
        features.add("c:volunteer")
    words = set(WORD.findall(fold(sentence)))
    if not FIRST_PERSON.isdisjoint(words):
        features.add("c:first_person")
    if not _work_life().isdisjoint(words):
        features.add("c:work_life")
    mine = owner_words(subject)
    if mine & words:
        features.add("c:person_named")
    if any(is_given_name(w) and fold(w) not in mine for w in re.findall(NAME_WORD, before)):
        features.add("c:someone_named_before")
    if not before.strip():
        features.add("s:starts_sentence")
    if start == 0 or text[start - 1] == "\n":
        features.add("s:starts_line")
    if re.search(r"[|·•@–—,]\s*$", before):
        features.add("s:after_separator")
    features.add(where_written(document, start, subject))
    name_words = fold(value).split()
    features.update(f"h:{w}" for w in name_words if w in _kind_words())
    features.add(f"h:words_{min(len(name_words), 5)}")
    if value.isupper():
        features.add("h:acronym")
    return features


def candidates(document: Document, subject: Subject) -> list[Candidate]:
    """Every organisation-shaped name on the page, with the features of its mentions."""
    text = document.text
    cut = sentences(text)
    starts = [offset for offset, _ in cut]
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    named: dict[str, str | None] = {}  # a name written several times is read in full once
    for match in ORG_NAME.finditer(text):
        raw = match.group(1)
        if not _is_organisation(raw):
            continue
        if raw not in named:
            named[raw] = employer_name(raw, text, subject)
        if (value := named[raw]) is None:
            continue
        mentions.setdefault(employer_key(value), []).append((match.start(1), match.end(1), value))
        if len(mentions) >= MAX_CANDIDATES:
            break
    taken = [(start, end) for spans in mentions.values() for start, end, _ in spans]
    known = {key for key, spans in mentions.items() if _known_bodies().fullmatch(spans[0][2])}
    for match in _known_bodies().finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue  # "Hywel Dda" inside "Hywel Dda University Health Board", read in full above
        if (value := employer_name(match.group(0), text, subject)) is None:
            continue
        known.add(employer_key(value))
        mentions.setdefault(employer_key(value), []).append((match.start(), match.end(), value))
    site = set()
    for name in _site_names(document):
        if (value := employer_name(name, text, subject)) is None:
            continue
        key = employer_key(value)
        site.add(key)
        if key not in mentions:
            spans = [(m.start(), m.end(), value) for m in re.finditer(re.escape(name), text)]
            if spans:
                mentions[key] = spans
    found = []
    title = fold(document.meta.get("title", ""))
    listed_with_job = _person_listed_with_job(text, subject)
    staff_page = _staff_page(title)
    for spans in mentions.values():
        features: set[str] = set()
        for start, end, value in spans[:MAX_MENTIONS]:
            index = bisect_right(starts, start) - 1
            if index < 0 or end > cut[index][0] + len(cut[index][1]):
                continue
            features |= _mention_features(document, subject, cut[index][0], cut[index][1], start, end, value)
        if features:
            features.add("n:1" if len(spans) == 1 else "n:2-3" if len(spans) <= 3 else "n:4+")
            # The page's own organisation ("Meet the team | Tŷ Gwyn Vets") on a page that lists the person with a
            # job ("Sioned Parry RVN", "Bethan Howells, Registered Manager"): a staff page of where they work.
            in_title = bool(title) and fold(spans[0][2]) in title
            if in_title:
                features.add("p:in_title")
            if listed_with_job:
                features.add("p:person_with_job")
                if in_title:
                    features.add("p:in_title_person_with_job")
            if employer_key(spans[0][2]) in known:
                features.add("h:known_body")
            if employer_key(spans[0][2]) in site:
                features.add("p:site_name")
                if staff_page:
                    features.add("p:site_staff_page")
            found.append(Candidate(spans[0][2], tuple((s, e) for s, e, _ in spans), frozenset(features)))
    return found


@cache
def _known_bodies() -> re.Pattern[str]:
    """Welsh public bodies' names and the short forms people write for them (data/employer_aliases.json): "Hywel Dda",
    "Betsi", "Velindre" have no word that says what kind of body they are."""
    names = {name for body in load_json("employer_aliases.json")["bodies"] for name in (body["name"], *body["aliases"])}
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})(?![\w'’-])")


TITLE_PARTS = re.compile(r"\s+[|–—·:-]\s+|\s*[|·]\s*")
SITE_NAME_WORDS = 6


def _site_names(document: Document) -> list[str]:
    """The page's own organisation: a part of its title ("Our Drivers – Dilys Morgan | Cwm Cabs, Aberdare", less a
    place after a comma) that is also a line of the page of its own, as a site's header is ("🐈 Cwtsh Cattery"). Found
    whatever its name is made of, where organisation-shaped names need a word that says what kind of body it is."""
    names = []
    for part in TITLE_PARTS.split(document.meta.get("title", "")):
        name = part.split(",")[0].strip()
        words = name.split()
        if not 1 <= len(words) <= SITE_NAME_WORDS or not all(w[0].isupper() or not w[0].isalpha() or w in ORG_JOINERS for w in words):
            continue
        if _staff_page(fold(name)):
            continue  # "Meet the Team" heads the page too, but names no one
        if re.search(rf"(?m)^[^\w\n]*{re.escape(name)}(?=[ \t]*(?:$|[·|–—:(-]))", document.text):
            names.append(name)
    return names


ORG_JOINERS = frozenset({"a", "and", "y", "yr", "of", "the", "by", "&", "at", "in", "on", "for", "o", "ac", "i"})


def _staff_page(title: str) -> bool:
    """A folded title that says the page is about an organisation's people (data/employment.json
    staff_page_title_words, folded as the title is: "Ein Tîm" is "ein tim")."""
    words = tuple(fold(word) for word in cues("employment")["staff_page_title_words"])
    return phrase_pattern(words).search(title) is not None


PERSON_JOB_REACH = 80


def _person_listed_with_job(text: str, subject: Subject) -> bool:
    """The person's full name with a job word right after it: a staff list, a team page, a signature."""
    if not subject.full_name:
        return False
    name = r"\s+".join(re.escape(word) for word in subject.full_name.split())
    for match in re.finditer(name, text, re.IGNORECASE):
        after = lowered(text[match.end() : match.end() + PERSON_JOB_REACH])
        if JOB_WORD.search(after) or WORKS_CLAUSE.match(after):
            return True
    return False


# "Mr Rhodri Pugh, who teaches Year 6 and leads science across the school": the job said as what they do.
WORKS_CLAUSE = re.compile(r"[ \t]*,?[ \t]*(?:who|sy['’]n)[ \t]+(?:teaches|works|leads|runs|manages|heads|coordinates|coaches|dysgu|gweithio|arwain|rheoli)\b")


def _someone_elses_job_before(text: str, start: int, subject: Subject) -> bool:
    """The organisation at `start` follows someone else's job: "Caio's teacher at", "Rachel's a nurse at"."""
    if SOMEONE_ELSES_JOB_AT.search(text, max(0, start - 40), start):
        return True
    nouns = list(JOB_NOUN.finditer(text, max(0, start - 40), start))
    if nouns and someone_elses_job_noun(text, nouns[-1].start(), subject):
        return True  # "Rhod's still doing his day job with ..."
    jobs = list(JOB_WORD.finditer(lowered(text[max(0, start - 40) : start])))
    if not jobs:
        return False
    job_start = max(0, start - 40) + jobs[-1].start()
    return job_holder_is_someone_else(text, job_start, text[max(0, job_start - 200) : job_start], subject)


SECOND_EMPLOYER_THRESHOLD = 0.95



@cache
def _long_gone_after() -> re.Pattern[str]:
    """data/employment.json long_gone_after, right after a place ("... Tal y Waun ers talwm")."""
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in cues("employment")["long_gone_after"])
    return re.compile(rf"[ \t,]*(?:{phrases})\b", re.IGNORECASE)


def find_employer(document: Document, subject: Subject) -> list[Detection]:
    """Where the person works now: what the employment cues say (beside one they give as the person's, the ones
    they leave unattributed only when the model rates them high enough); when they say nothing of the person's,
    the name the model rates highest, if it rates it high enough."""
    found = employers_by_cues(document, subject)
    if owner_words(subject).isdisjoint(words_of(fold(document.text))):
        return found  # a page that never names the person says nothing of where they work
    model = employer_model()
    scored = sorted(((model.probability(c.features), c) for c in candidates(document, subject)), key=lambda pair: -pair[0])
    if any(d.owner is True for d in found):
        # Beside a workplace the page gives as the person's, most the cues leave unattributed are other people's
        # (a team-mate's "Day job: ..."); keep one only when the model rates it as the person's.
        rated = {employer_key(c.name): p for p, c in scored}
        found = [d for d in found if d.owner is not None or rated.get(employer_key(d.value), 0.0) >= model.threshold]
    by_cues = any(d.owner is True for d in found)
    # With an employer from the cues, only a second one the model is all but sure of: a day job beside a side business.
    threshold = SECOND_EMPLOYER_THRESHOLD if by_cues else model.threshold
    known = {employer_key(d.value) for d in found}
    for p, best in scored[: 2 if by_cues else 1]:
        own_mentions = [span for span in best.positions if not written_by_someone_else(document, span[0], subject)
                        and not _someone_elses_job_before(document.text, span[0], subject)
                        and not someone_else_does_the_job(document, span[0], subject)]
        if p < threshold or not own_mentions or employer_key(best.name) in known:
            continue  # named only in other people's posts or as someone else's job: where they work
        if by_cues and "c:former" in best.features and "c:current" not in best.features:
            continue  # beside the job the cues give, one said only as in the past: "Before health visiting I was a school nurse with ..."
        if all(_long_gone_after().match(document.text, end) for _, end in own_mentions):
            continue  # "athrawes gelf ffantastig yn Ysgol Uwchradd Tal y Waun ers talwm": a time long gone, said right after it
        start, end = own_mentions[0]
        found.append(Detection(kind="employer", value=best.name, evidence=excerpt(document.text, start, end),
                               source_id=document.source_id, owner=owner_in_page(document, start, subject) or None))
        break
    return found
