"""The photo stage: the person's own photo files and folders.

Large folders are read by a small pool of worker processes (one per core, at most two here),
each with a memory limit, and every file with a time limit (footprint/exif.py): a crafted
file can make exifread loop or grow without bound, and it must cost one "could not read"
line, not the audit.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from footprint.exif import read_photo_file
from footprint.model import PhotoMeta, Source, SourceKind
from footprint.places import place_names

PARALLEL_FROM = 48  # below this, starting worker processes costs more than it saves
WORKER_MEMORY_BYTES = 2 * 1024**3
CHUNK = 32


def iter_photo_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Yields (path, problem) for every file under the given paths, folders recursively.

    A missing path is yielded with its problem so the report can list it; files are
    not filtered by extension because the format is decided by content.
    """
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield child, ""
        elif path.is_file():
            yield path, ""
        else:
            yield path, "no such file or folder"


def _limit_worker_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform: the time limit still holds


def _read(path: str) -> PhotoMeta:
    return read_photo_file(Path(path))


def worker_count() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def read_photo_files(paths: list[Path], *, progress: Callable[[int, int], None] = lambda done, total: None) -> list[PhotoMeta]:
    """PhotoMeta for each path, in order; in worker processes when there are many."""
    total = len(paths)
    results: list[PhotoMeta] = []
    if total < PARALLEL_FROM or worker_count() < 2:
        for path in paths:
            results.append(read_photo_file(path))
            progress(len(results), total)
        return results
    # fork starts workers in milliseconds; the photo stage runs after every other thread is done.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    try:
        with ProcessPoolExecutor(max_workers=worker_count(), mp_context=context, initializer=_limit_worker_memory) as pool:
            for meta in pool.map(_read, [str(p) for p in paths], chunksize=CHUNK):
                results.append(meta)
                if len(results) % CHUNK == 0 or len(results) == total:
                    progress(len(results), total)
    except BrokenProcessPool:
        # A worker died (killed for memory, or crashed): the files it had not finished are reported, not lost.
        results += [PhotoMeta(path=str(p), error="the photo reader stopped on this file or one near it")
                    for p in paths[len(results):]]
    return results


def name_places(photos: list[PhotoMeta]) -> None:
    """Fills in `place` for every photo with a GPS position (offline, one lookup for all)."""
    located = [(p, p.gps) for p in photos if p.gps is not None]
    for (photo, _), name in zip(located, place_names([gps for _, gps in located]), strict=True):
        photo.place = name


def collect_photos(paths: Iterable[str | Path], *, next_id: Callable[[], str],
                   progress: Callable[[int, int], None] = lambda done, total: None) -> list[tuple[Source, PhotoMeta]]:
    listed = list(iter_photo_files(paths))
    readable = [path for path, problem in listed if not problem]
    metas = iter(read_photo_files(readable, progress=progress))
    read: list[tuple[Source, PhotoMeta]] = []
    for path, problem in listed:
        meta = PhotoMeta(path=str(path), error=problem) if problem else next(metas)
        source = Source(id=next_id(), kind=SourceKind.PHOTO, location=str(path), title=path.name)
        if meta.error:
            source.fail(meta.error)
        read.append((source, meta))
    name_places([meta for _, meta in read])
    return read
