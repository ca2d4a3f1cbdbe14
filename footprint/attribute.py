"""The attribution stage: which search results are about the person, and why.

It sits between collecting results and detecting in them. Every result gets an
Attribution (a score from 0 to 1 and the evidence for and against); results at or above
ATTRIBUTION_THRESHOLD count as the person's, the others that carry their name are listed
as "possibly you". Scores live in a map keyed by source id; sources are never changed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from urllib.parse import urlsplit

from footprint.datafiles import load_json
from footprint.model import Attribution, SearchResult, SiteKind, Source, Subject
from footprint.names import WELSH_PATRONYMICS, has_common_surname, is_common_name, parse_name
from footprint.places import distance_km, uk_places
from footprint.sites import classify_url, normalise_url
from footprint.text import NAME_WORD, fold, phrase_pattern

ATTRIBUTION_THRESHOLD = 0.6

# What a name seen in a result is worth before any context, by how it appears (rows) and
# how telling the name is (columns): the person's full name when it is uncommon or matched
# with its middle name; an alternative or former name; a common name. A rare name written
# out in full is probably the person; a common one needs a town, employer or role beside
# it. Tuned on tests/data/attribution_labelled.json and measured by bench/attribution_accuracy.py.
NAME_BASE = {
    "full": (0.65, 0.45, 0.3),
    "loose": (0.45, 0.35, 0.2),
    "initial": (0.35, 0.25, 0.15),
    "partial": (0.25, 0.15, 0.1),
    "surname": (0.05, 0.0, 0.0),
}
DISTINCTIVE, ALTERNATIVE, COMMON = 0, 1, 2
CONTEXT_WEIGHTS = {"town": 0.25, "employer": 0.3, "role": 0.15, "former_name": 0.3}
NAME_REASONS = {
    "full": "the full name", "loose": "the name, words apart", "initial": "an initial and the surname",
    "partial": "the first name and part of the surname", "surname": "only the surname",
}


def tokens(text: str, *, keep_hyphens: bool = False) -> list[str]:
    pattern = r"\w+(?:-\w+)*" if keep_hyphens else r"\w+"
    return re.findall(pattern, fold(text))


def _contains_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def name_match(name: str, text: str, url_compact: str = "") -> tuple[str, bool]:
    """How a name appears in a text: ('full' | 'loose' | 'initial' | 'partial' | 'surname' | '', with_middle).

    Hyphenated words are kept whole, so "Catrin Hywel" is not found in "Catrin Hywel-Jones",
    while "Catrin Hywel Prosser" still matches "Catrin Hywel-Prosser".
    """
    parsed = parse_name(name)
    if not parsed.first or not parsed.last:
        return "", False
    text_tokens = tokens(text, keep_hyphens=True)
    # The name as written, then with its hyphens opened up ("Hywel Prosser" for "Hywel-Prosser").
    for keep_hyphens in (True, False):
        first, middle, last = (tokens(part, keep_hyphens=keep_hyphens) for part in (parsed.first, parsed.middle, parsed.last))
        initials = [m[0] for m in middle]
        if middle and any(_contains_run(text_tokens, run) for run in (first + middle + last, first + initials + last, last + first + middle)):
            return "full", True
        if _contains_run(text_tokens, first + last) or _contains_run(text_tokens, last + first):
            return "full", False
    first, last = tokens(parsed.first), tokens(parsed.last)
    if url_compact and "".join(first + last) in url_compact:
        return "full", False
    words = set(text_tokens)
    whole_last = tokens(parsed.last, keep_hyphens=True)
    if set(tokens(parsed.first, keep_hyphens=True) + whole_last) <= words:
        return "loose", False
    if _contains_run(text_tokens, [first[0][0]] + whole_last) or _contains_run(text_tokens, first + [whole_last[0][0]]):
        return "initial", False  # "B Howells", and "Beth H" as clubs and schools write their members
    if first[0] in words and len(last) > 1 and any(part in words for part in last if part not in WELSH_PATRONYMICS):
        return "partial", False
    if last[-1] in set(tokens(text)):
        return "surname", False
    return "", False


@cache
def _attribution_words() -> dict[str, frozenset[str]]:
    data = load_json("attribution.json")
    return {key: frozenset(fold(w) for w in data[key]) for key in ("not_places", "generic_words", "not_profile_paths")}


@cache
def _marker_patterns() -> dict[str, re.Pattern[str]]:
    data = load_json("attribution.json")
    keys = ("death_markers", "child_markers", "adults_in_charge", "retired_markers")
    return {key: phrase_pattern(tuple(data[key])) for key in keys}


@cache
def _public_bodies() -> tuple[tuple[str, ...], ...]:
    """Each Welsh public body's names, full name first (data/employer_aliases.json)."""
    return tuple((body["name"], *body["aliases"]) for body in load_json("employer_aliases.json")["bodies"])


@cache
def _departments() -> re.Pattern[str]:
    return phrase_pattern(tuple(load_json("employer_aliases.json")["departments"]))


SMALL_WORDS = {"of", "and", "the", "for", "&", "y", "yr", "a", "ac"}
COUNCIL_SUFFIX = re.compile(r"\s+(?:county\s+borough|county|city|borough|city\s+and\s+county)?\s*council$", re.IGNORECASE)


def employer_forms(employer: str) -> tuple[str, ...]:
    """The employer as typed, its initials ("ABUHB"), "<place> council" for a council, and every
    other name of it in data/employer_aliases.json: results write employers in all these ways."""
    forms = [employer]
    words = employer.split()
    initials = "".join(w[0] for w in words if w.lower() not in SMALL_WORDS and w[:1].isalpha())
    if len(initials) >= 3:
        forms.append(initials.upper())
    if (short := COUNCIL_SUFFIX.sub("", employer)) != employer and short:
        forms.append(f"{short} council")
    for names in _public_bodies():
        if fold(employer) in {fold(n) for n in names}:
            forms.extend(names)
    return tuple(dict.fromkeys(f for f in forms if f.strip()))


def employer_named(employer: str, words: set[str], *, text_tokens: list[str] | None = None, towns: tuple[str, ...] = ()) -> bool:
    """Most of the employer's distinctive words appear ("Afon Taf Family Services" ~ "Afon Taf family support").
    Short forms ("RCT", "Merthyr council") must appear as written, word for word; and the person's
    town does not count towards their employer ("Merthyr Tydfil" alone is not Merthyr Tydfil council)."""
    form = tokens(employer)
    if len(form) <= 3 and text_tokens is not None:
        return _contains_run(text_tokens, form)
    if len(form) == 1:
        return form[0] in words
    town_words = {w for town in towns for w in tokens(town)}
    distinctive = [w for w in form if len(w) > 2 and w not in {"the", "and", "for", "ltd"}]
    others = [w for w in distinctive if w not in town_words]
    enough = sum(w in words for w in distinctive) >= max(1, round(len(distinctive) * 0.6))
    # The words that say which body it is, not what kind: "Hywel Dda University Health Board" is not
    # "Cwm Taf University Health Board" for sharing "University Health Board".
    naming = [w for w in distinctive if w not in _org_kind_words()]
    named = not naming or sum(w in words for w in naming) >= max(1, round(len(naming) * 0.5))
    return bool(distinctive) and enough and named and (not others or sum(w in words for w in others) >= max(1, round(len(others) * 0.5)))


@cache
def _org_kind_words() -> frozenset[str]:
    return frozenset(w for phrase in load_json("employment.json")["org_words"] for w in tokens(phrase)) | {
        "county", "borough", "city", "university", "health", "board", "community", "national", "welsh", "wales", "cymru"}


# Ages and age bands as results state them: "aged 60-64", "Age 35 to 39", "(42)", "42-year-old", "in her 60s", "born 1961".
AGE_BAND = re.compile(r"\bage[ds]?(?:\s+guide)?\s*:?\s*(\d{2})\s*(?:-|–|to)\s*(\d{2})\b", re.IGNORECASE)
AGE_EXACT = re.compile(r"\b(?:aged?\s*:?\s*(\d{1,3})\b(?!\s*(?:-|–|to)\s*\d)|(\d{1,3})[- ]year[- ]old\b|(\d{1,3})\s+oed\b)", re.IGNORECASE)
AGE_AFTER_NAME = re.compile(rf"{NAME_WORD}\s*,\s*(\d{{2}})\s*,")
AGE_DECADE = re.compile(r"\bin\s+(?:her|his|their)\s+(?:early\s+|mid\s+|late\s+)?(\d)0s\b", re.IGNORECASE)
# Race and parkrun age categories: "VW40-44", "JM11-14", "SW25-29" (veteran, junior or senior; women or men).
AGE_CATEGORY = re.compile(r"\b[VSJ][WMF](\d{2})[-–](\d{2})\b")
BORN_YEAR = re.compile(r"\b(?:born|b\.)\s*(?:in\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
YEAR_GROUP_TEAM = re.compile(r"\b(?:year|blwyddyn)\s+\d{1,2}\s+(?:netball|rugby|football|hockey|cricket|team|squad|girls|boys)\b",
                             re.IGNORECASE)  # a school year's team: children
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
OLDEST_PRACTITIONER = 70  # without an age given: a working practitioner was born after this many years ago
AGE_SLACK = 1  # a birthday this year or last, a listing a year out of date


def stated_ages(text: str, *, this_year: int) -> list[tuple[int, int, str]]:
    """(lowest, highest, as written) for every age or age band the text states."""
    ages: list[tuple[int, int, str]] = []
    for match in AGE_BAND.finditer(text):
        ages.append((int(match.group(1)), int(match.group(2)), match.group(0)))
    for match in AGE_EXACT.finditer(text):
        age = int(next(g for g in match.groups() if g))
        ages.append((age, age, match.group(0)))
    for match in AGE_AFTER_NAME.finditer(text):
        ages.append((int(match.group(1)), int(match.group(1)), match.group(0)))
    for match in AGE_CATEGORY.finditer(text):
        ages.append((int(match.group(1)), int(match.group(2)), match.group(0)))
    for match in AGE_DECADE.finditer(text):
        decade = int(match.group(1)) * 10
        ages.append((decade, decade + 9, match.group(0)))
    for match in BORN_YEAR.finditer(text):
        age = this_year - int(match.group(1))
        ages.append((age - 1, age, match.group(0)))
    return ages


FORMER_NAME_CUE = re.compile(r"\b(?:née|nee|formerly|gynt|maiden name:?|born)\s+([A-Z][\w'’-]+)|(?<=[a-z])\s+\(([A-Z][\w'’-]+)\)")  # "Rhian Davies (Price)"


def _former_surname(subject: Subject, text: str) -> str:
    """One of the person's other surnames given as a former name ("Ceri Bevan (née Morgan)")."""
    others = {fold(parse_name(name).last) for name in subject.names[1:] if parse_name(name).last}
    others -= {fold(parse_name(subject.full_name).last)}
    return next((m.group(1) or m.group(2) for m in FORMER_NAME_CUE.finditer(text) if fold(m.group(1) or m.group(2)) in others), "")


def name_forms(subject: Subject) -> tuple[str, ...]:
    """The names a result may call the person by: their full name first, other names, and each short
    first name with their surname ("Cat Price" for Catrin Price; a short form given in full is kept as it is)."""
    surname = parse_name(subject.full_name).last
    short = tuple(s if len(s.split()) > 1 or not surname else f"{s} {surname}" for s in subject.short_names if s.strip())
    return tuple(dict.fromkeys((*subject.names, *short)))


def _role_words(role: str) -> set[str]:
    """The words of the person's role and of the roles in its family ("nurse" for a health visitor)."""
    words = set(tokens(role))
    for family in load_json("attribution.json")["role_families"]:
        if any(set(tokens(member)) <= words for member in family):
            words |= {w for member in family for w in tokens(member)}
    return words


@dataclass(frozen=True)
class Reading:
    """What one result says for and against being the person, before results are linked."""

    score: float
    name_strength: str  # how the name appears: name_match's first value
    reasons_for: tuple[str, ...]
    reasons_against: tuple[str, ...]
    ruled_out: bool  # a contradiction no shared evidence can outweigh
    context: bool  # the town, employer or role appears beside the name


INSTITUTION_BEFORE = re.compile(r"(?:College|University|Hospital|School|Academy|Church|Chapel|Centre|Stadium|Hotel|Club|"
                                r"Council|Court|Library|Theatre|Park),?\s*[,·|•–-]?\s*$")


def _stated_places(text: str, own: set[str]) -> list[str]:
    """UK places the text gives as where someone is ("Ceri Bevan · Swansea", "from Llanelli", "in Wrexham"):
    a known place name after a word that says where someone is or a separator ("near Pant" says where they are not),
    not the start of a longer name ("Cardiff Half Marathon")."""
    places = uk_places()
    skip = _attribution_words()["not_places"]
    found = []
    for match in re.finditer(rf"(?:\b(?:in|from|of|based in|lives in|living in)\s+|[,·|•–-]\s*)((?:{NAME_WORD})(?:\s+{NAME_WORD}){{0,2}})", text):
        if INSTITUTION_BEFORE.search(text, max(0, match.start() - 40), match.start() + 1):
            continue  # "Trinity University College, Carmarthen": where the institution is, not the person
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            name = fold(" ".join(words[:size]))
            if name in places and name not in skip and name not in own:
                following = text[match.start(1) + len(" ".join(words[:size])):].lstrip(" ")
                if not following[:1].isupper():
                    found.append(" ".join(words[:size]))
                break
    return found


@cache
def _professions() -> re.Pattern[str]:
    return phrase_pattern(tuple(load_json("attribution.json")["professions"]))


@cache
def _profession_words() -> frozenset[str]:
    return frozenset(w for job in load_json("attribution.json")["professions"] for w in tokens(job))


def _other_profession(role: str, text: str) -> str:
    """A job the text states that is not the person's role or of its family ("dentist" for a social worker)."""
    mine = _role_words(role)
    return next((m.group(0) for m in _professions().finditer(text) if not set(tokens(m.group(0))) <= mine
                 and not set(tokens(m.group(0))) & mine), "")


def _far_from_towns(place: str, towns: tuple[str, ...]) -> bool | None:
    """True when the place is more than FAR_TOWN_KM from every one of the person's towns; None when unknown."""
    places = uk_places()
    candidates = places.get(fold(place), ())
    homes = [home for t in towns for home in places.get(fold(t), ())]
    if not candidates or not homes:
        return None
    # Of the places with that name, the one nearest to the person's towns is the one meant.
    return all(distance_km(*where, *home) > FAR_TOWN_KM for where in candidates for home in homes)


FAR_TOWN_KM = 20  # nearer than this, a stated place can be where the person works, trains or shops
RULED_OUT_SCORE = 0.15
PEOPLE_FINDER_SCORE = 0.75
AGE_FITS_WEIGHT = 0.1
DEPARTMENT_WEIGHT = 0.1
PLACE_AGAINST = 0.3
PROFESSION_AGAINST = 0.2  # people change jobs and keep side ones: evidence against, never ruling out
CLONE_SCORE = 0.5


def read_result(subject: Subject, result: SearchResult, source: Source | None = None, *, this_year: int | None = None) -> Reading:
    """How sure we are that one result, on its own, is about this person and not a namesake."""
    if normalise_url(result.href) in {normalise_url(u) for u in subject.profile_urls}:
        return Reading(1.0, "full", ("one of the profiles you gave",), (), False, True)
    url_path = urlsplit(result.href).path
    written = f"{result.title} {result.body}"
    text = f"{written} {re.sub(r'[-._/]+', ' ', url_path)}"
    # A handle in the text ("10 years in children's services today for @bethhowells_sw") names the person as the URL does.
    url_compact = re.sub(r"[^a-z]", "", fold(" ".join((url_path, *HANDLE.findall(written)))))
    best, best_reason, best_strength = 0.0, "", ""
    for position, name in enumerate(name_forms(subject)):
        strength, with_middle = name_match(name, text, url_compact)
        if not strength:
            continue
        # Distinctive: written with the middle name, or the person's own name with a surname few share.
        if with_middle or (position == 0 and not has_common_surname(name)):
            tier = DISTINCTIVE
        elif is_common_name(name) or has_common_surname(name):
            tier = COMMON  # namesakes in the same town are likely: the town alone does not settle it
        else:
            tier = ALTERNATIVE
        if NAME_BASE[strength][tier] > best:
            common = " (a name many people share)" if tier == COMMON else ""
            best, best_reason, best_strength = NAME_BASE[strength][tier], f"{NAME_REASONS[strength]}{common}", strength
    if best == 0.0:
        return Reading(0.0, "", (), ("your name does not appear",), True, False)
    reasons = [best_reason]
    against: list[str] = []
    words = set(tokens(text))
    context = 0.0
    town_named = any(set(tokens(town)) <= words for town in subject.towns if tokens(town))
    if town_named:
        context += CONTEXT_WEIGHTS["town"]
        reasons.append("your town")
    text_tokens = tokens(text)
    employer_seen = next((form for employer in subject.employers for form in employer_forms(employer)
                          if employer_named(form, words, text_tokens=text_tokens, towns=subject.towns)), "")
    if employer_seen:
        context += CONTEXT_WEIGHTS["employer"]
        reasons.append("your employer" if fold(employer_seen) in {fold(e) for e in subject.employers}
                       else f"your employer, written as {employer_seen}")
    elif subject.role and (department := _departments().search(written)):
        context += DEPARTMENT_WEIGHT
        reasons.append(f"a service where your role works ({department.group(0)})")
    if subject.role and set(tokens(subject.role)) <= words:
        context += CONTEXT_WEIGHTS["role"]
        reasons.append("your role")
    if (former := _former_surname(subject, written)) and best_strength in ("full", "loose"):
        context += CONTEXT_WEIGHTS["former_name"]
        reasons.append(f"your former surname too ({former})")
    score = min(1.0, best + context)

    # Evidence that rules the result out: the person is an adult, alive, of a known age, living where they said.
    ruled_out = False
    markers = _marker_patterns()
    this_year = this_year or date.today().year
    years = [int(y) for y in YEAR.findall(written)]
    if years and max(years) < (subject.born or this_year - OLDEST_PRACTITIONER):
        against.append(f"only dates from before you were born ({min(years)}-{max(years)})")
        ruled_out = True
    if death := markers["death_markers"].search(written):
        against.append(f"a death notice ({death.group(0)})")
        ruled_out = True
    child = markers["child_markers"].search(written) or YEAR_GROUP_TEAM.search(written)
    if child and not markers["adults_in_charge"].search(written):
        against.append(f"about a child ({child.group(0)})")
        ruled_out = True
    if subject.born is not None:
        age = this_year - subject.born
        ages = stated_ages(written, this_year=this_year)
        if ages and not any(low - AGE_SLACK <= age <= high + AGE_SLACK for low, high, _ in ages):
            against.append(f"an age that is not yours ({ages[0][2].strip(' ,')})")
            ruled_out = True
        elif ages:
            score = min(1.0, score + AGE_FITS_WEIGHT)
            reasons.append("an age that fits yours")
        if age < 60 and (old := markers["retired_markers"].search(written)):
            against.append(f"someone older ({old.group(0)})")
            ruled_out = True
    if subject.role and not set(tokens(subject.role)) <= words and (other_job := _other_profession(subject.role, written)):
        against.append(f"a different job ({other_job})")
        score = max(0.0, score - PROFESSION_AGAINST)
    own_places = {fold(w) for t in subject.towns for w in (t, *t.split())}
    own_places |= {fold(w) for e in subject.employers for w in e.split()}
    if not town_named and subject.towns:
        far = [p for p in _stated_places(written, own_places) if _far_from_towns(p, subject.towns)]
        if far:
            against.append(f"a different town ({far[0]})")
            score = max(0.0, score - PLACE_AGAINST)
    if ruled_out:
        score = min(score, RULED_OUT_SCORE)
    elif (source is not None and source.site_kind == SiteKind.REGISTER and best_strength == "full" and subject.role
          and _role_words(subject.role) & set(tokens(written)) - {"worker", "assistant", "officer"}):
        # A professional register lists its registrants by name and kind of registration: that is the person.
        score = max(score, PEOPLE_FINDER_SCORE)
        reasons.append("a professional register entry for your name and kind of work")
    elif source is not None and source.site_kind == SiteKind.PEOPLE_FINDER and town_named and best_strength in ("full", "loose"):
        # The listing may say nothing else, yet one for this name in this town is what a stranger finds.
        score = max(score, PEOPLE_FINDER_SCORE)
        reasons.append("a people-finder listing for your name in your town")
    return Reading(round(score, 2), best_strength, tuple(reasons), tuple(against), ruled_out, bool(context))


def score_result(subject: Subject, result: SearchResult) -> Attribution:
    """One result on its own (see read_result)."""
    reading = read_result(subject, result)
    return Attribution(reading.score, reasons_for=reading.reasons_for, reasons_against=reading.reasons_against)


# The second pass: results that carry the name and share something distinctive (a club, an event,
# a handle, a fundraising page, a colleague) with a result already confidently the person's.
HANDLE = re.compile(r"@([A-Za-z0-9_.]{3,30})")
ENTITY = re.compile(rf"(?:{NAME_WORD}|[A-Z0-9][A-Za-z0-9]*)(?:\s+(?:(?:of|the|and|&|y|yr|for|a|de)\s+)?(?:{NAME_WORD}|[A-Z0-9][A-Za-z0-9]*))+")
LINK_WEIGHT = 0.3
LINK_CAP = 0.9
COMMON_EVIDENCE_SHARE = 0.3  # in more than this share of results, a phrase is the area's, not the person's


def evidence_of(subject: Subject, result: SearchResult, source: Source | None = None) -> frozenset[str]:
    """Distinctive things a result mentions: handles, and names of clubs, events, pages and people
    (runs of capitalised words) once the person's own name, towns, employer and site furniture are
    taken out."""
    generic = _attribution_words()["generic_words"]
    own = {w for name in name_forms(subject) for w in tokens(name)}
    own |= {w for town in subject.towns for w in tokens(town)}
    # The employer's own name is context already; its kind words ("university", "health") stay usable in
    # other names ("Cardiff University" on two of the person's profiles).
    own |= {w for employer in subject.employers for form in employer_forms(employer) for w in tokens(form)} - _org_kind_words()
    own |= _role_words(subject.role) | _profession_words()  # a job is context, not a link: many share it
    found: set[str] = set()
    written = f"{result.title} {result.body}"
    for match in HANDLE.finditer(written):
        found.add("@" + match.group(1).lower().rstrip("."))
    if source is not None and source.site_kind == SiteKind.SOCIAL:
        first = urlsplit(result.href).path.strip("/").split("/")[0]
        if len(first) >= 3 and first.lower() not in generic:
            found.add("@" + first.lower())
    for match in ENTITY.finditer(written):
        # A run of capitalised words, cut where a number or a common word stands ("87 Rhian PRITCHARD
        # 27:41 VW40-44 Female 21 Taf Fechan Harriers New PB"), and every stretch of two to four
        # words of each piece, so "Cardiff Half" is found in "Cardiff Half Marathon" too.
        words = tokens(match.group(0))
        pieces: list[list[str]] = [[]]
        for word in words:
            if word in generic or word in own or word.isdigit():
                pieces.append([])
            else:
                pieces[-1].append(word)
        for piece in pieces:
            if len(piece) == 1 and len(piece[0]) >= 5 and len(words) >= 2 and piece[0] not in uk_places():
                found.add(piece[0])  # a place on its own ("Cardiff") is where many people are, not a link
            for size in range(2, min(4, len(piece)) + 1):
                found |= {" ".join(piece[i : i + size]) for i in range(len(piece) - size + 1)}
    return frozenset(found)


def attribute(subject: Subject, results: list[tuple[Source, SearchResult]]) -> dict[str, Attribution]:
    """An Attribution for every result, keyed by the result's source id: each result read on its own,
    then linked to the others through the distinctive evidence they share."""
    readings = {source.id: read_result(subject, result, source) for source, result in results}
    evidence = {source.id: evidence_of(subject, result, source) for source, result in results}
    counts = Counter(item for items in evidence.values() for item in items)
    too_common = max(3, int(len(results) * COMMON_EVIDENCE_SHARE))
    evidence = {key: frozenset(i for i in items if counts[i] <= too_common) for key, items in evidence.items()}
    scores = {key: reading.score for key, reading in readings.items()}
    links: dict[str, str] = {}
    titles = {source.id: (source.title or source.location) for source, _ in results}
    hosts = {source.id: (urlsplit(result.href).hostname or "").removeprefix("www.") for source, result in results}
    for _ in range(3):  # a chain: the race result links the club page, which links the fundraiser
        anchors = [key for key, score in scores.items() if score >= ATTRIBUTION_THRESHOLD]
        changed = False
        for key, reading in readings.items():
            if key in links or scores[key] >= ATTRIBUTION_THRESHOLD or reading.ruled_out:
                continue
            against = " ".join(reading.reasons_against)
            if reading.name_strength not in ("full", "loose", "initial") or "a different town" in against or "a different job" in against:
                continue  # a link never outweighs a stated town or job that is not theirs
            for anchor in anchors:
                # Independent sources only: two pages of one site share its event and club names
                # whoever they are about (a results site lists everyone who ran).
                shared = sorted(evidence[key] & evidence[anchor]) if hosts[anchor] != hosts[key] else []
                if shared:
                    scores[key] = min(LINK_CAP, scores[key] + LINK_WEIGHT)
                    links[key] = f"shares “{shared[0]}” with a result that is yours ({titles[anchor][:80]})"
                    changed = True
                    break
        if not changed:
            break
    clones = possible_clones(subject, results, readings, scores)
    for key in clones:  # not theirs by the evidence: listed to check, not counted as theirs
        scores[key] = min(scores[key], CLONE_SCORE)
    attributions = {}
    for key, reading in readings.items():
        reasons_for = reading.reasons_for + ((links[key],) if key in links else ()) + ((clones[key],) if key in clones else ())
        attributions[key] = Attribution(round(scores[key], 2), reasons_for=reasons_for, reasons_against=reading.reasons_against,
                                        possible_clone=key in clones)
    return attributions


def is_profile_url(url: str) -> bool:
    """A person's profile on a network ("/ceri.bevan.5", "/in/ceri-bevan", "/@ceri", "/profile.php?id=1"),
    not a post, group, event or page on it (data/attribution.json, not_profile_paths)."""
    parts = [p for p in urlsplit(url).path.lower().split("/") if p]
    return 0 < len(parts) <= 2 and not any(p in _attribution_words()["not_profile_paths"] for p in parts)


def possible_clones(subject: Subject, results: list[tuple[Source, SearchResult]], readings: dict[str, Reading],
                    scores: dict[str, float]) -> dict[str, str]:
    """Source id -> reason, for profiles that show the person's full name and nothing else on a network
    where they declared a profile or have one attributed to them. A profile that states its own
    town, age or anything else that rules it out is a namesake, never a clone."""
    declared = {normalise_url(u) for u in subject.profile_urls}
    networks = {platform for platform, kind in map(classify_url, subject.profile_urls) if kind == SiteKind.SOCIAL}
    def bare(source: Source, result: SearchResult) -> bool:
        reading = readings[source.id]
        return (source.site_kind == SiteKind.SOCIAL and is_profile_url(result.href) and not source.declared
                and normalise_url(result.href) not in declared
                and reading.name_strength == "full" and not reading.context and not reading.reasons_against)

    # Networks where the person has a profile: declared, or found with evidence beyond the bare name.
    networks |= {source.platform for source, result in results
                 if source.site_kind == SiteKind.SOCIAL and scores[source.id] >= ATTRIBUTION_THRESHOLD and not bare(source, result)}
    return {source.id: f"a second {source.platform} profile with only your name, where you have one"
            for source, result in results if bare(source, result) and source.platform in networks}


def is_attributed(attribution: Attribution | None) -> bool:
    return attribution is not None and attribution.score >= ATTRIBUTION_THRESHOLD
