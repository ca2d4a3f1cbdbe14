"""What search results say about the person: whether each is about them, and what kind of
exposure it is (a people-finder listing, a press article, a profile they did not list)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from footprint.collect.search import SearchResult, classify_url, normalise_url
from footprint.detect.text import fold
from footprint.names import WELSH_PATRONYMICS, is_common_name, parse_name
from footprint.model import Detection, Document, Source, Subject

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
CONTEXT_WEIGHTS = {"town": 0.25, "employer": 0.3, "role": 0.15}


def _tokens(text: str, *, keep_hyphens: bool = False) -> list[str]:
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
    text_tokens = _tokens(text, keep_hyphens=True)
    # The name as written, then with its hyphens opened up ("Hywel Prosser" for "Hywel-Prosser").
    for keep_hyphens in (True, False):
        first, middle, last = (_tokens(part, keep_hyphens=keep_hyphens) for part in (parsed.first, parsed.middle, parsed.last))
        initials = [m[0] for m in middle]
        if middle and any(_contains_run(text_tokens, run) for run in (first + middle + last, first + initials + last, last + first + middle)):
            return "full", True
        if _contains_run(text_tokens, first + last) or _contains_run(text_tokens, last + first):
            return "full", False
    first, last = _tokens(parsed.first), _tokens(parsed.last)
    if url_compact and "".join(first + last) in url_compact:
        return "full", False
    words = set(text_tokens)
    whole_last = _tokens(parsed.last, keep_hyphens=True)
    if set(_tokens(parsed.first, keep_hyphens=True) + whole_last) <= words:
        return "loose", False
    if _contains_run(text_tokens, [first[0][0]] + whole_last):
        return "initial", False
    if first[0] in words and len(last) > 1 and any(part in words for part in last if part not in WELSH_PATRONYMICS):
        return "partial", False
    if last[-1] in set(_tokens(text)):
        return "surname", False
    return "", False


def about_subject(subject: Subject, result: SearchResult) -> float:
    """Confidence (0-1) that a result is about this person and not a namesake."""
    if normalise_url(result.href) in {normalise_url(u) for u in subject.profile_urls}:
        return 1.0
    url_path = urlsplit(result.href).path
    text = f"{result.title} {result.body} {re.sub(r'[-._/]+', ' ', url_path)}"
    url_compact = re.sub(r"[^a-z]", "", fold(url_path))
    best = 0.0
    for position, name in enumerate((subject.full_name, *subject.other_names)):
        strength, with_middle = name_match(name, text, url_compact)
        if not strength:
            continue
        if with_middle or (position == 0 and not is_common_name(name)):
            tier = DISTINCTIVE
        elif is_common_name(name):
            tier = COMMON
        else:
            tier = ALTERNATIVE
        best = max(best, NAME_BASE[strength][tier])
    if best == 0.0:
        return 0.0
    words = set(_tokens(text))
    context = 0.0
    if any(set(_tokens(town)) <= words for town in subject.towns if _tokens(town)):
        context += CONTEXT_WEIGHTS["town"]
    if subject.employer and _employer_named(subject.employer, words):
        context += CONTEXT_WEIGHTS["employer"]
    if subject.role and set(_tokens(subject.role)) <= words:
        context += CONTEXT_WEIGHTS["role"]
    return round(min(1.0, best + context), 2)


def _employer_named(employer: str, words: set[str]) -> bool:
    """Most of the employer's distinctive words appear ("Afon Taf Family Services" ~ "Afon Taf family support")."""
    distinctive = [w for w in _tokens(employer) if len(w) > 2 and w not in {"the", "and", "for", "ltd"}]
    return bool(distinctive) and sum(w in words for w in distinctive) >= max(1, round(len(distinctive) * 0.6))


def result_document(source: Source, result: SearchResult) -> Document:
    """A result's title and snippet: a phone number in a snippet is exposure in itself."""
    return Document(source_id=source.id, text=f"{result.title}\n{result.body}")


def classify_result(source: Source, subject: Subject, declared_platforms: set[str]) -> list[Detection]:
    if source.about_subject is None or source.about_subject < ATTRIBUTION_THRESHOLD or source.declared:
        return []
    evidence = f"search result: {source.title}"
    if source.site_kind == "people_finder":
        return [Detection("people_finder", source.platform, evidence, source.id)]
    if source.site_kind == "press":
        return [Detection("press", source.title or source.location, evidence, source.id)]
    if source.site_kind == "social":
        if source.platform in declared_platforms:
            return [Detection("possible_clone", source.location, evidence, source.id)]
        return [Detection("profile_found", source.location, evidence, source.id)]
    return []


def declared_platforms(subject: Subject) -> set[str]:
    return {classify_url(url)[0] for url in subject.profile_urls if classify_url(url)[1] == "social"}
