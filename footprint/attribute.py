"""The attribution stage: which search results are about the person, and why.

It sits between collecting results and detecting in them. Every result gets an
Attribution (a score from 0 to 1 and the evidence for and against); results at or above
ATTRIBUTION_THRESHOLD count as the person's, the others that carry their name are listed
as "possibly you". Scores live in a map keyed by source id; sources are never changed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from footprint.model import Attribution, SearchResult, Source, Subject
from footprint.names import WELSH_PATRONYMICS, is_common_name, parse_name
from footprint.sites import normalise_url
from footprint.text import fold

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
    if _contains_run(text_tokens, [first[0][0]] + whole_last):
        return "initial", False
    if first[0] in words and len(last) > 1 and any(part in words for part in last if part not in WELSH_PATRONYMICS):
        return "partial", False
    if last[-1] in set(tokens(text)):
        return "surname", False
    return "", False


def employer_named(employer: str, words: set[str]) -> bool:
    """Most of the employer's distinctive words appear ("Afon Taf Family Services" ~ "Afon Taf family support")."""
    distinctive = [w for w in tokens(employer) if len(w) > 2 and w not in {"the", "and", "for", "ltd"}]
    return bool(distinctive) and sum(w in words for w in distinctive) >= max(1, round(len(distinctive) * 0.6))


def score_result(subject: Subject, result: SearchResult) -> Attribution:
    """How sure we are that one result, on its own, is about this person and not a namesake."""
    if normalise_url(result.href) in {normalise_url(u) for u in subject.profile_urls}:
        return Attribution(1.0, reasons_for=("one of the profiles you gave",))
    url_path = urlsplit(result.href).path
    text = f"{result.title} {result.body} {re.sub(r'[-._/]+', ' ', url_path)}"
    url_compact = re.sub(r"[^a-z]", "", fold(url_path))
    best, best_reason = 0.0, ""
    for position, name in enumerate(subject.names):
        strength, with_middle = name_match(name, text, url_compact)
        if not strength:
            continue
        if with_middle or (position == 0 and not is_common_name(name)):
            tier = DISTINCTIVE
        elif is_common_name(name):
            tier = COMMON
        else:
            tier = ALTERNATIVE
        if NAME_BASE[strength][tier] > best:
            common = " (a common name)" if tier == COMMON else ""
            best, best_reason = NAME_BASE[strength][tier], f"{NAME_REASONS[strength]}{common}"
    if best == 0.0:
        return Attribution(0.0, reasons_against=("your name does not appear",))
    reasons = [best_reason]
    words = set(tokens(text))
    context = 0.0
    if any(set(tokens(town)) <= words for town in subject.towns if tokens(town)):
        context += CONTEXT_WEIGHTS["town"]
        reasons.append("your town")
    if any(employer_named(employer, words) for employer in subject.employers):
        context += CONTEXT_WEIGHTS["employer"]
        reasons.append("your employer")
    if subject.role and set(tokens(subject.role)) <= words:
        context += CONTEXT_WEIGHTS["role"]
        reasons.append("your role")
    return Attribution(round(min(1.0, best + context), 2), reasons_for=tuple(reasons))


def attribute(subject: Subject, results: list[tuple[Source, SearchResult]]) -> dict[str, Attribution]:
    """An Attribution for every result, keyed by the result's source id."""
    return {source.id: score_result(subject, result) for source, result in results}


def is_attributed(attribution: Attribution | None) -> bool:
    return attribution is not None and attribution.score >= ATTRIBUTION_THRESHOLD
