"""One audit from a person's details to an Audit: search -> pages -> photos -> detect -> assess.

The outside world is passed in (a search backend, a fetcher) so the same code runs live,
offline, on the bundled demo, and in tests against a local server.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from footprint import __version__
from footprint.assess import assess
from footprint.collect.fetch import Fetcher
from footprint.collect.pages import collect_pages
from footprint.collect.photos import collect_photos, name_places
from footprint.collect.search import PlannedQuery, SearchBackend, SearchLimits, classify_url, normalise_url, run_search
from footprint.detect import detect_document, detect_photo, detect_photo_set
from footprint.detect.results import ATTRIBUTION_THRESHOLD, about_subject, classify_result, declared_platforms, result_document
from footprint.model import Audit, Detection, Source, SourceKind, Subject
from footprint.names import is_common_name

Progress = Callable[[str, int, int], None]


COMMON_NAME_WARNING = (
    "Many people share this name, so some results may be about someone else. Results only count as yours "
    "when your town, employer or role appears beside your name; the others are listed as 'possibly you'."
)


@dataclass(frozen=True)
class AuditOptions:
    pages_from_search: int = 10  # the results most likely about the person are inspected
    read_page_images: bool = True
    rel_me_pages: int = 5  # other profiles the person's own pages link to with rel=me
    search_limits: SearchLimits = SearchLimits()


class SourceIds:
    """S1, S2, ... in the order things were looked at; safe to call from worker threads."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            return f"S{next(self._counter)}"


def run_audit(
    subject: Subject,
    *,
    consent: str,
    plan: list[PlannedQuery],
    search_backend: SearchBackend,
    fetcher: Fetcher,
    options: AuditOptions = AuditOptions(),
    progress: Progress = lambda stage, done, total: None,
) -> Audit:
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    next_id = SourceIds()
    sources: list[Source] = []
    detections: list[Detection] = []
    timings: dict[str, float] = {}

    clock = time.perf_counter()
    query_sources, results = run_search(
        plan, search_backend, next_id=next_id, declared_urls=subject.profile_urls, limits=options.search_limits,
        progress=lambda done, total: progress("search", done, total),
    )
    sources.extend(query_sources)
    platforms = declared_platforms(subject)
    for source, result in results:
        source.about_subject = about_subject(subject, result)
        sources.append(source)
        if source.about_subject >= ATTRIBUTION_THRESHOLD:
            detections.extend(detect_document(result_document(source, result), subject))
            detections.extend(classify_result(source, subject, platforms))
    timings["search"] = time.perf_counter() - clock

    clock = time.perf_counter()
    pages: list[Source] = []
    seen: set[str] = set()
    for url in subject.profile_urls:
        if normalise_url(url) not in seen:
            seen.add(normalise_url(url))
            platform, site_kind = classify_url(url)
            pages.append(Source(id=next_id(), kind=SourceKind.PAGE, location=url, platform=platform,
                                site_kind=site_kind, declared=True))
    likely = sorted((s for s, _ in results if (s.about_subject or 0) >= ATTRIBUTION_THRESHOLD),
                    key=lambda s: -(s.about_subject or 0))
    for result_source in likely[: options.pages_from_search]:
        if normalise_url(result_source.location) in seen:
            continue
        seen.add(normalise_url(result_source.location))
        pages.append(Source(id=next_id(), kind=SourceKind.PAGE, location=result_source.location,
                            platform=result_source.platform, site_kind=result_source.site_kind,
                            parent=result_source.id))
    progress("pages", 0, len(pages))
    reads = collect_pages(pages, fetcher, read_images=options.read_page_images)
    # rel=me links on the person's own pages point at their other profiles: read those too.
    linked: list[Source] = []
    for read in reads:
        if not (read.source.declared and read.document):
            continue
        for url in read.document.rel_me:
            if url.startswith(("http://", "https://")) and normalise_url(url) not in seen and len(linked) < options.rel_me_pages:
                seen.add(normalise_url(url))
                platform, site_kind = classify_url(url)
                linked.append(Source(id=next_id(), kind=SourceKind.PAGE, location=url, platform=platform,
                                     site_kind=site_kind, declared=True, parent=read.source.id))
    if linked:
        reads += collect_pages(linked, fetcher, read_images=options.read_page_images)
    name_places([meta for read in reads for _, meta in read.images])
    for read in reads:
        sources.append(read.source)
        if read.document is not None:
            detections.extend(detect_document(read.document, subject))
        for image_source, meta in read.images:
            sources.append(image_source)
            detections.extend(detect_photo(image_source, meta, subject))
    progress("pages", len(reads), len(reads))
    timings["pages"] = time.perf_counter() - clock

    clock = time.perf_counter()
    photos = collect_photos(subject.photo_paths, next_id=next_id, progress=lambda done, total: progress("photos", done, total))
    for source, meta in photos:
        sources.append(source)
        detections.extend(detect_photo(source, meta, subject))
    detections.extend(detect_photo_set(photos))
    progress("photos", len(photos), len(photos))
    timings["photos"] = time.perf_counter() - clock

    clock = time.perf_counter()
    findings = assess(detections, platforms={s.id: s.platform for s in sources if s.platform})
    timings["assess"] = time.perf_counter() - clock
    return Audit(
        subject=subject,
        consent=consent,
        sources=sources,
        findings=findings,
        started_at=started_at,
        tool_version=__version__,
        timings={k: round(v, 3) for k, v in timings.items()},
        photos=[meta for _, meta in photos],
        warnings=[COMMON_NAME_WARNING] if is_common_name(subject.full_name) else [],
    )

