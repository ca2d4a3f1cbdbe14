"""Sidecar files: where cloud exports keep a photo's place and time when the photo itself does not.

- Google Takeout writes a JSON file beside each photo (`IMG_1234.jpg.json`, newer exports
  `IMG_1234.jpg.supplemental-metadata.json`, cut to 51 characters when long) with `geoData`,
  `geoDataExif` and `photoTakenTime`, and often strips the GPS from the photo's own EXIF.
- Apple Photos, Lightroom, darktable and others write XMP sidecars (`IMG_1234.xmp` or
  `IMG_1234.jpg.xmp`).

A photo footprint reads gets the position and time its sidecar gives when its own metadata has
none, with `location_source` naming the sidecar, so a Takeout folder shows every located photo.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from footprint.exif.values import plausible_position
from footprint.exif.xmp import read_xmp
from footprint.model import GPS, PhotoMeta

MAX_SIDECAR_BYTES = 1024 * 1024
TAKEOUT_NAME_LIMIT = 51  # Takeout cuts "IMG_...jpg.supplemental-metadata.json" to this many characters
SIDECAR_SUFFIXES = (".json", ".xmp")


def is_sidecar(path: Path) -> bool:
    return path.suffix.lower() in SIDECAR_SUFFIXES


def _duplicate_number(name: str) -> tuple[str, str]:
    """("IMG_1234.jpg", "(1)") for "IMG_1234(1).jpg": Takeout names the JSON "IMG_1234.jpg(1).json"."""
    match = re.fullmatch(r"(.*?)(\(\d+\))(\.[^.]+)", name)
    return (match.group(1) + match.group(3), match.group(2)) if match else (name, "")


def takeout_candidates(photo: Path) -> list[Path]:
    """Where Google Takeout may have put this photo's JSON, most likely first."""
    name, duplicate = _duplicate_number(photo.name)
    names = [name]
    if (stem := re.sub(r"-(edited|bearbeitet|modifié)(\.[^.]+)$", r"\2", name)) != name:
        names.append(stem)  # an edited copy shares the original's JSON
    candidates = []
    for base in names:
        for tail in (".supplemental-metadata", ""):
            full = f"{base}{tail}{duplicate}.json"
            candidates.append(full)
            if len(full) > TAKEOUT_NAME_LIMIT:
                candidates.append(f"{base}{tail}"[: TAKEOUT_NAME_LIMIT - len(duplicate) - 5] + f"{duplicate}.json")
    return [photo.with_name(candidate) for candidate in dict.fromkeys(candidates)]


def xmp_candidates(photo: Path) -> list[Path]:
    return [photo.with_name(f"{photo.name}.xmp"), photo.with_suffix(".xmp"), photo.with_suffix(".XMP")]


def _read_small(path: Path) -> bytes | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_SIDECAR_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _takeout_gps(raw: dict[str, Any]) -> GPS | None:
    for key in ("geoData", "geoDataExif"):
        place = raw.get(key)
        if not isinstance(place, dict):
            continue
        try:
            lat, lon = float(place.get("latitude", 0)), float(place.get("longitude", 0))
            alt = float(place["altitude"]) if "altitude" in place else None
        except (TypeError, ValueError):
            continue
        if plausible_position(lat, lon):
            return GPS(lat=round(lat, 7), lon=round(lon, 7), alt=alt)
    return None


def _takeout_time(raw: dict[str, Any]) -> str:
    taken = raw.get("photoTakenTime")
    if not isinstance(taken, dict):
        return ""
    try:
        moment = datetime.fromtimestamp(int(str(taken.get("timestamp", ""))), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return ""
    return moment.isoformat()


def sidecars_in(folder: Path) -> frozenset[str]:
    """The names of the sidecar files in a folder, listed once: most photos have none to look for."""
    try:
        return frozenset(entry.name for entry in folder.iterdir() if is_sidecar(entry))
    except OSError:
        return frozenset()


def apply_sidecars(photo: Path, meta: PhotoMeta, present: frozenset[str] | None = None) -> None:
    """Fills in what the photo's sidecars say and the photo does not. `present`: sidecars_in(its folder)."""
    if meta.error:
        return
    present = sidecars_in(photo.parent) if present is None else present
    if not present:
        return
    for candidate in takeout_candidates(photo):
        if candidate.name not in present:
            continue
        data = _read_small(candidate)
        if data is None:
            continue
        try:
            raw = json.loads(data)
        except ValueError:
            continue
        if not isinstance(raw, dict):
            continue
        if meta.gps is None and (gps := _takeout_gps(raw)):
            meta.gps, meta.location_source = gps, f"its Google Takeout file {candidate.name}"
        meta.taken_at = meta.taken_at or _takeout_time(raw)
        break
    for candidate in xmp_candidates(photo):
        if candidate.name not in present:
            continue
        data = _read_small(candidate)
        if data is None:
            continue
        found = read_xmp(data)
        if meta.gps is None and found.get("gps"):
            meta.gps, meta.location_source = found["gps"], f"its XMP sidecar {candidate.name}"
        meta.taken_at = meta.taken_at or found.get("taken_at", "")
        for field, value in found.get("personal_fields", {}).items():
            meta.personal_fields.setdefault(field, value)
        break
