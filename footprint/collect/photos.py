"""The photo stage: the person's own photo files and folders."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from footprint.exif import read_photo_file
from footprint.model import PhotoMeta, Source, SourceKind, Status


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


def collect_photos(paths: Iterable[str | Path], *, next_id: Callable[[], str]) -> list[tuple[Source, PhotoMeta]]:
    read: list[tuple[Source, PhotoMeta]] = []
    for path, problem in iter_photo_files(paths):
        meta = PhotoMeta(path=str(path), error=problem) if problem else read_photo_file(path)
        source = Source(id=next_id(), kind=SourceKind.PHOTO, location=str(path), title=path.name)
        if meta.error:
            source.status, source.reason = Status.FAILED, meta.error
        read.append((source, meta))
    return read
