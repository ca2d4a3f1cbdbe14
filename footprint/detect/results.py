"""What a search result the person owns says about them: a people-finder listing, a press
article, a profile they did not list, or a second profile where they already have one."""

from __future__ import annotations

from footprint.attribute import is_profile_url
from footprint.model import Detection, Document, SearchResult, SiteKind, Source, Subject
from footprint.sites import classify_url


def result_document(source: Source, result: SearchResult) -> Document:
    """A result's title and snippet: a phone number in a snippet is exposure in itself."""
    return Document(source_id=source.id, text=f"{result.title}\n{result.body}")


def classify_result(source: Source, declared_platforms: set[str]) -> list[Detection]:
    """Detections for a result already attributed to the person (attribute.py)."""
    if source.declared:
        return []
    evidence = f"search result: {source.title}"
    if source.site_kind == SiteKind.PEOPLE_FINDER:
        return [Detection(kind="people_finder", value=source.platform, evidence=evidence, source_id=source.id)]
    if source.site_kind == SiteKind.PRESS:
        return [Detection(kind="press", value=source.title or source.location, evidence=evidence, source_id=source.id)]
    if source.site_kind == SiteKind.SOCIAL and is_profile_url(source.location):  # a post or group is not a profile
        kind = "possible_clone" if source.platform in declared_platforms else "profile_found"
        return [Detection(kind=kind, value=source.location, evidence=evidence, source_id=source.id, match=source.location)]
    return []


def declared_platforms(subject: Subject) -> set[str]:
    return {platform for platform, kind in map(classify_url, subject.profile_urls) if kind == SiteKind.SOCIAL}
