"""The pipelines, written once for every front end:

- run_audit:     search -> attribute -> pages -> photos -> detect -> assess -> Audit
- inspect_pages: pages (web addresses or saved files) -> detect
- read_photos:   photo files and folders -> detect, and patterns across them

The outside world comes in as Services (services.py), so the same code runs live, offline,
on recorded results, on the bundled demo, and in tests against a local server.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from footprint import __version__
from footprint.collect.photos import collect_photos, name_places
from footprint.collect.search import SearchLimits
from footprint.detect import detect_document, detect_photo, detect_photo_set
from footprint.model import Attribution, Audit, Consent, Detection, PhotoMeta, PlannedQuery, SearchResult, Source, SourceKind, Subject

if TYPE_CHECKING:
    from footprint.collect.fetch import Fetcher
    from footprint.collect.pages import PageRead
    from footprint.services import Services

# The page and search machinery (requests, BeautifulSoup, mf2py, nameparser) is imported inside the
# pipelines that use it: `footprint photos` on a big folder should not wait for it to load.

Progress = Callable[[str, int, int], None]

COMMON_NAME_WARNING = (
    "Many people share this name, so some results may be about someone else. Results only count as yours "
    "when your town, employer or role appears beside your name; the others are listed as 'possibly you'."
)
# A page that lists hundreds of email addresses is a directory, not a profile; beyond this many
# values of one kind from one source, the rest are left out and the report says so.
MAX_VALUES_PER_KIND = 25


@dataclass(frozen=True)
class AuditOptions:
    pages_from_search: int = 10  # the results most likely about the person are inspected
    read_page_images: bool = True
    rel_me_pages: int = 5  # other profiles the person's own pages link to with rel=me
    search_limits: SearchLimits = SearchLimits()


class SourceIds:
    """S1, S2, ... in the order things were looked at; safe to call from worker threads."""

    def __init__(self, prefix: str = "S") -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self.prefix = prefix

    def __call__(self) -> str:
        with self._lock:
            return f"{self.prefix}{next(self._counter)}"


@dataclass
class Detections:
    """Detections gathered stage by stage, at most MAX_VALUES_PER_KIND of a kind per source."""

    items: list[Detection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, found: Iterable[Detection], *, where: str = "") -> None:
        kept: Counter[tuple[str, str]] = Counter()
        dropped: Counter[str] = Counter()
        for detection in found:
            key = (detection.source_id, detection.kind)
            if kept[key] >= MAX_VALUES_PER_KIND:
                dropped[detection.kind] += 1
                continue
            kept[key] += 1
            self.items.append(detection)
        for kind, count in dropped.items():
            self.notes.append(f"{where or 'One source'} held more than {MAX_VALUES_PER_KIND} values of one kind "
                              f"({kind}): {count} more were left out of this report.")


def _page_reads_to_detections(reads: list[PageRead], subject: Subject, detections: Detections,
                              sources: list[Source], places: dict[str, str]) -> list[tuple[Source, PhotoMeta]]:
    """Detections from each page and its images; returns the page images that carry a position."""
    name_places([meta for read in reads for _, meta in read.images])
    located = [(source, meta) for read in reads for source, meta in read.images if meta.gps is not None]
    for read in reads:
        sources.append(read.source)
        if read.document is not None:
            detections.add(detect_document(read.document, subject), where=read.source.location)
        for image_source, meta in read.images:
            sources.append(image_source)
            places[image_source.id] = meta.place
            detections.add(detect_photo(image_source, meta, subject))
    return located


def detect_in_results(subject: Subject, results: list[tuple[Source, SearchResult]],
                      attributions: dict[str, Attribution]) -> list[Detection]:
    """What the results that are the person's give away: details in their snippets, and what
    kind of exposure each is (a people-finder listing, press, a profile, a possible clone)."""
    from footprint.attribute import is_attributed
    from footprint.detect.results import classify_result, declared_platforms, result_document

    platforms = declared_platforms(subject)
    found: list[Detection] = []
    for source, result in results:
        attribution = attributions.get(source.id)
        if is_attributed(attribution):
            found += detect_document(result_document(source, result), subject)
            found += classify_result(source, platforms)
        elif attribution is not None and attribution.possible_clone:
            found.append(Detection(kind="possible_clone", value=source.location, evidence=f"search result: {source.title}",
                                   source_id=source.id, match=source.location))
    return found


def run_audit(subject: Subject, *, consent: Consent, plan: list[PlannedQuery], services: Services,
              options: AuditOptions = AuditOptions(), progress: Progress = lambda stage, done, total: None) -> Audit:
    from footprint.assess import assess
    from footprint.attribute import attribute, is_attributed
    from footprint.collect.pages import PageChoice, collect_pages
    from footprint.collect.search import run_search
    from footprint.names import is_common_name

    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    next_id = SourceIds()
    sources: list[Source] = []
    detections = Detections()
    timings: dict[str, float] = {}

    clock = time.perf_counter()
    query_sources, results = run_search(
        plan, services.backend, next_id=next_id, declared_urls=subject.profile_urls, limits=options.search_limits,
        progress=lambda done, total: progress("search", done, total),
    )
    sources.extend(query_sources)
    sources.extend(source for source, _ in results)
    timings["search"] = time.perf_counter() - clock

    clock = time.perf_counter()
    attributions = attribute(subject, results)
    likely = sorted((source for source, _ in results if is_attributed(attributions[source.id])),
                    key=lambda source: -attributions[source.id].score)
    detections.add(detect_in_results(subject, results, attributions))
    timings["attribute"] = time.perf_counter() - clock

    clock = time.perf_counter()
    choice = PageChoice(next_id)
    pages = choice.declared(subject.profile_urls) + choice.from_results(likely, limit=options.pages_from_search)
    progress("pages", 0, len(pages))
    reads = collect_pages(pages, services.fetcher, read_images=options.read_page_images)
    linked = choice.linked(reads, limit=options.rel_me_pages)
    if linked:
        reads += collect_pages(linked, services.fetcher, read_images=options.read_page_images)
    places: dict[str, str] = {}
    public_photos = _page_reads_to_detections(reads, subject, detections, sources, places)
    progress("pages", len(reads), len(reads))
    timings["pages"] = time.perf_counter() - clock

    clock = time.perf_counter()
    photos = collect_photos(subject.photo_paths, next_id=next_id, progress=lambda done, total: progress("photos", done, total))
    for source, meta in photos:
        sources.append(source)
        places[source.id] = meta.place
        detections.add(detect_photo(source, meta, subject))
    detections.add(detect_photo_set(photos, public_photos))
    progress("photos", len(photos), len(photos))
    timings["photos"] = time.perf_counter() - clock

    clock = time.perf_counter()
    findings = assess(detections.items, platforms={s.id: s.platform for s in sources if s.platform})
    timings["assess"] = time.perf_counter() - clock
    warnings = [COMMON_NAME_WARNING] if is_common_name(subject.full_name) else []
    return Audit(
        subject=subject,
        consent=consent,
        sources=sources,
        findings=findings,
        started_at=started_at,
        tool_version=__version__,
        timings={k: round(v, 3) for k, v in timings.items()},
        photos=[meta for _, meta in photos],
        attributions=attributions,
        places={source_id: place for source_id, place in places.items() if place},
        warnings=warnings + detections.notes,
    )


@dataclass
class Inspection:
    sources: list[Source]
    detections: list[Detection]
    notes: list[str]


def inspect_pages(targets: Iterable[str], subject: Subject, fetcher: Fetcher, *, read_images: bool = True) -> Inspection:
    """Pages given as web addresses or saved files, read and searched for details."""
    from footprint.collect.pages import collect_pages, read_local_page

    next_id = SourceIds()
    sources: list[Source] = []
    detections = Detections()
    urls: list[Source] = []
    for target in targets:
        if re.match(r"^https?://", target, re.IGNORECASE):
            urls.append(Source(id=next_id(), kind=SourceKind.PAGE, location=target))
            continue
        source, document = read_local_page(Path(target), next_id())
        sources.append(source)
        if document is not None:
            detections.add(detect_document(document, subject), where=source.location)
    _page_reads_to_detections(collect_pages(urls, fetcher, read_images=read_images), subject, detections, sources, {})
    return Inspection(sources=sources, detections=detections.items, notes=detections.notes)


@dataclass
class PhotoReading:
    photos: list[tuple[Source, PhotoMeta]]
    detections: dict[str, list[Detection]]  # source id -> what that photo gives away
    patterns: list[Detection]  # across photos: a place that keeps coming back


def read_photos(paths: Iterable[str | Path], subject: Subject,
                progress: Callable[[int, int], None] = lambda done, total: None) -> PhotoReading:
    photos = collect_photos(paths, next_id=SourceIds("P"), progress=progress)
    return PhotoReading(
        photos=photos,
        detections={source.id: detect_photo(source, meta, subject) for source, meta in photos},
        patterns=detect_photo_set(photos),
    )
