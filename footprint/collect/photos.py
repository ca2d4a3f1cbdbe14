"""The photo stage: the person's own photo files and folders.

Every file is read in a worker process with a time and a memory limit (isolation.py): a
crafted file can make exifread loop or grow without bound, and it must cost one "could not
read" line, not the audit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from footprint.collect.isolation import ImageJob, IsolatedReader
from footprint.collect.sidecars import apply_sidecars, is_sidecar, sidecars_in
from footprint.model import PhotoMeta, Source, SourceKind
from footprint.places import place_names


def iter_photo_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Yields (path, problem) for every file under the given paths, folders recursively.

    A missing path is yielded with its problem so the report can list it; files are not
    filtered by extension because the format is decided by content, except sidecars (.json,
    .xmp) in a folder, which are read with the photo they describe (sidecars.py).
    """
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and not is_sidecar(child):
                    yield child, ""
        elif path.is_file():
            yield path, ""
        else:
            yield path, "no such file or folder"


def read_photo_files(paths: list[Path], *, progress: Callable[[int, int], None] = lambda done, total: None) -> list[PhotoMeta]:
    """PhotoMeta for each path, in order, read in worker processes with a time and memory limit per file."""
    jobs = [ImageJob(name=str(path), path=str(path)) for path in paths]
    return IsolatedReader().read_all(jobs, progress=progress)


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
    sidecars = {folder: sidecars_in(folder) for folder in {path.parent for path in readable}}
    for path, problem in listed:
        meta = PhotoMeta(path=str(path), error=problem) if problem else next(metas)
        if not problem:
            apply_sidecars(path, meta, sidecars[path.parent])
        source = Source(id=next_id(), kind=SourceKind.PHOTO, location=str(path), title=path.name)
        if meta.error:
            source.fail(meta.error)
        read.append((source, meta))
    name_places([meta for _, meta in read])
    return read
