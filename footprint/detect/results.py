"""What search results say about the person: whether each is about them, and what kind of
exposure it is (a people-finder listing, a press article, a profile they did not list)."""

from __future__ import annotations

import re

from footprint.collect.search import SearchResult, classify_url
from footprint.detect.text import fold
from footprint.model import Detection, Document, Source, Subject

ATTRIBUTION_THRESHOLD = 0.6


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


def about_subject(subject: Subject, result: SearchResult) -> float:
    """Confidence (0-1) that a result is about this person and not a namesake.

    A full name match is the base; the person's town, employer and role seen beside it
    raise it. A surname alone is weak evidence.
    """
    words = _words(f"{result.title} {result.body} {result.href.replace('.', ' ').replace('/', ' ')}")
    best = 0.0
    for name in subject.names:
        parts = [p for p in _words(name) if len(p) > 1]
        if not parts:
            continue
        if all(p in words for p in parts):
            best = max(best, 0.6)
        elif parts[-1] in words:
            best = max(best, 0.2)
    if best == 0.0:
        return 0.0
    context = 0.0
    if any(_words(town) <= words for town in subject.towns if town):
        context += 0.2
    if subject.employer and _words(subject.employer) <= words:
        context += 0.2
    if subject.role and _words(subject.role) <= words:
        context += 0.1
    return round(min(1.0, best + context), 2)


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
