"""What the command line prints: progress, photo and page summaries, all safe for a terminal."""

from __future__ import annotations

import os
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from footprint.exif import UNSUPPORTED
from footprint.model import SourceKind, Status

if TYPE_CHECKING:
    from footprint.pipeline import Inspection, PhotoReading


def terminal_safe(text: str) -> str:
    """Scraped text can carry terminal escape sequences; print only what is printable."""
    return "".join(ch if ch.isprintable() or ch == " " else "?" for ch in text if unicodedata.category(ch) != "Cf")


def plural(count: int, word: str, many: str = "") -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


STAGE_WORDS = {"search": ("search", "searches"), "pages": ("page", "pages"), "photos": ("photo", "photos")}


def progress_printer(quiet: bool, *, width: int = 30) -> Callable[[str, int, int], None]:
    """A one-line bar per stage on a terminal; occasional plain lines when stderr is a file."""
    interactive = sys.stderr.isatty()

    def report(stage: str, done: int, total: int) -> None:
        if quiet or total == 0:
            return
        one, many = STAGE_WORDS.get(stage, (stage, stage))
        counted = f"{done} of {plural(total, one, many)}"
        if interactive:
            filled = width * done // total
            click.echo(f"\r  {stage:7} [{'#' * filled}{'.' * (width - filled)}] {counted}", err=True, nl=done == total)
        elif done == total or done % 10 == 0:
            click.echo(f"  {stage}: {counted}", err=True)
    return report


def writable_folder_problem(folder: Path) -> str:
    """Why a report could not be written into `folder`, checked before any work; '' if it can."""
    if folder.exists() and not folder.is_dir():
        return f"{folder} exists and is not a folder"
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing} is not a folder"
    try:  # permissions alone do not tell (root, read-only mounts, /proc): try, and leave nothing behind
        os.rmdir(tempfile.mkdtemp(prefix=".footprint-check-", dir=existing))
    except OSError as error:
        return f"cannot write in {existing} ({error.strerror or error})"
    return ""


def print_photos(reading: PhotoReading, echo: Callable[[str], None] = click.echo) -> None:
    """One line or two per photo, then a summary; files that are not images are counted once."""
    not_images: list[str] = []
    located: Counter[str] = Counter()
    read = 0
    for _, meta in reading.photos:
        name = terminal_safe(meta.path)
        if meta.error == UNSUPPORTED:
            not_images.append(name)
            continue
        if meta.error:
            echo(f"{name}: could not read ({meta.error})")
            continue
        read += 1
        if meta.gps:
            located[meta.place or "an unnamed place"] += 1
        gps = f"{meta.gps.lat:.5f}, {meta.gps.lon:.5f} ({meta.place})" if meta.gps else "no location"
        names = ", ".join(f"{k}: {v}" for k, v in meta.personal_fields.items()) or "no names"
        camera = " ".join(v for k, v in meta.device.items() if k in ("make", "model")) or "no camera details"
        echo(f"{name}\n    {gps}; {meta.taken_at or 'no date'}; {terminal_safe(camera)}; {terminal_safe(names)}"
             f"{'; has a preview image' if meta.has_thumbnail else ''}")
    for pattern in {p.value: p for p in reading.patterns}.values():
        echo(f"Pattern: {terminal_safe(pattern.value)}")
    summary = f"Read {plural(read, 'photo')}; {sum(located.values())} with a location"
    if located:
        summary += " (" + ", ".join(f"{terminal_safe(place)}: {n}" for place, n in located.most_common(5)) + ")"
    echo(summary + ".")
    if not_images:
        echo(f"Skipped {plural(len(not_images), 'file')} that are not images footprint reads "
             f"(for example {not_images[0]}).")


def print_inspection(inspection: Inspection, echo: Callable[[str], None] = click.echo) -> None:
    """Each detail under the page it came from; details that are someone else's are marked."""
    by_source: dict[str, list[str]] = {}
    for detection in inspection.detections:
        whose = "  (someone else's)" if detection.owner is False else ""
        by_source.setdefault(detection.source_id, []).append(
            f"  {detection.kind}: {terminal_safe(detection.value)}{whose}   ({terminal_safe(detection.evidence)})")
    for source in inspection.sources:
        if source.status != Status.OK:
            echo(f"could not check {terminal_safe(source.location)}: {source.reason}")
        elif source.id in by_source:
            echo(terminal_safe(source.location))
            for line in by_source[source.id]:
                echo(line)
        elif source.kind == SourceKind.PAGE:
            echo(f"{terminal_safe(source.location)}: nothing found")
    for note in inspection.notes:
        echo(note)
