"""Checks and conversions shared by the EXIF and XMP readers."""

from __future__ import annotations

import re


def plausible_position(lat: float, lon: float) -> bool:
    # (0, 0) is what a phone writes when it had no fix; nobody's photo is from the Gulf of Guinea.
    return not (lat == 0 and lon == 0) and abs(lat) <= 90 and abs(lon) <= 180


def exif_datetime(raw: str, offset: str = "") -> str:
    """'2024:05:06 18:30:00' (and '+01:00') as ISO 8601, or '' for placeholders and nonsense."""
    match = re.match(r"^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})", raw)
    if not match or match.group(1) == "0000":
        return ""
    year, month, day, hour, minute, second = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second < 61):
        return ""
    iso = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
    if re.fullmatch(r"[+-]\d{2}:\d{2}", offset):
        iso += offset
    return iso


def below_sea_level(reference: object) -> bool:
    """GPSAltitudeRef 1 means below sea level, however a writer stored it: a number, a byte
    list, bytes or text ("1")."""
    if isinstance(reference, (list, tuple)):
        reference = reference[0] if reference else 0
    if isinstance(reference, (bytes, bytearray)):
        reference = reference[0] if reference else 0
    if isinstance(reference, str):
        reference = reference.strip()[:1]
        return reference == "1"
    return reference == 1
