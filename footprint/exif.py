"""The one module that talks to exifread. Everything else sees PhotoMeta.

exifread's tag keys ("GPS GPSLatitude"), its Ratio type and its habit of raising on
odd files stay in here. A file that cannot be read comes back as PhotoMeta with
`error` set: one broken photo never stops an audit.
"""

from __future__ import annotations

import io
import logging
import math
from pathlib import Path
from typing import Any

import exifread

from footprint.model import GPS, PhotoMeta

log = logging.getLogger(__name__)
# exifread logs a warning for every odd file ("Possibly corrupted field..."). We report
# unreadable files ourselves, one line each, so its chatter would only alarm people.
logging.getLogger("exifread").setLevel(logging.ERROR)

# Leading bytes of each format we accept. Decided by content, never by extension.
SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "jpeg"),
    (b"II*\x00", 0, "tiff"),
    (b"MM\x00*", 0, "tiff"),
    (b"\x89PNG\r\n\x1a\n", 0, "png"),
    (b"WEBP", 8, "webp"),
    (b"ftypheic", 4, "heic"),
    (b"ftypheix", 4, "heic"),
    (b"ftypmif1", 4, "heif"),
    (b"ftypmsf1", 4, "heif"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", 0, "jxl"),
    (b"\xff\x0a", 0, "jxl"),
)

DEVICE_TAGS = {
    "Image Make": "make",
    "Image Model": "model",
    "EXIF LensModel": "lens",
    "Image Software": "software",
    "EXIF BodySerialNumber": "serial",
    "MakerNote SerialNumber": "serial",
    "MakerNote InternalSerialNumber": "serial",
}

OWNER_TAGS = {
    "Image Artist": "artist",
    "Image Copyright": "copyright",
    "EXIF CameraOwnerName": "owner",
    "MakerNote OwnerName": "owner",
    "Image XPAuthor": "author",
    "Image ImageDescription": "description",
    "EXIF UserComment": "comment",
    "Image XPComment": "comment",
    "Image XPSubject": "subject",
}


def sniff_format(head: bytes) -> str:
    for signature, offset, name in SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return name
    return ""


def read_photo_file(path: Path) -> PhotoMeta:
    try:
        data = path.read_bytes()
    except OSError as error:
        return PhotoMeta(path=str(path), error=f"could not open the file: {error.strerror or error}")
    return read_photo_bytes(data, name=str(path))


def read_photo_bytes(data: bytes, *, name: str) -> PhotoMeta:
    image_format = sniff_format(data[:16])
    if not data:
        return PhotoMeta(path=name, error="the file is empty")
    if not image_format:
        return PhotoMeta(path=name, error="not an image this tool can read (JPEG, TIFF, PNG, WebP, HEIC or JPEG XL)")
    try:
        tags = exifread.process_file(io.BytesIO(data), details=False, extract_thumbnail=True)
    except Exception as error:  # exifread raises many types on damaged files
        log.info("exifread failed on %s: %r", name, error)
        return PhotoMeta(path=name, format=image_format, error="the image metadata is damaged and could not be read")
    return PhotoMeta(
        path=name,
        format=image_format,
        gps=_gps(tags),
        taken_at=_taken_at(tags),
        device=_text_fields(tags, DEVICE_TAGS),
        owner=_text_fields(tags, OWNER_TAGS),
        has_thumbnail=bool(tags.get("JPEGThumbnail") or tags.get("TIFFThumbnail")),
    )


def _ratio_to_float(value: Any) -> float | None:
    numerator = getattr(value, "num", value)
    denominator = getattr(value, "den", 1)
    try:
        if not denominator:
            return None
        result = float(numerator) / float(denominator)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return result if math.isfinite(result) else None


def _degrees(tag: Any) -> float | None:
    values = getattr(tag, "values", None)
    if not isinstance(values, list) or not values:
        return None
    parts = [_ratio_to_float(v) for v in values[:3]]
    if any(p is None for p in parts):
        return None
    degrees, minutes, seconds = (parts + [0.0, 0.0])[:3]
    return degrees + minutes / 60 + seconds / 3600


def _ref(tags: dict[str, Any], key: str) -> str:
    tag = tags.get(key)
    return str(getattr(tag, "values", "") or "").strip().upper()[:1]


def _gps(tags: dict[str, Any]) -> GPS | None:
    lat = _degrees(tags.get("GPS GPSLatitude"))
    lon = _degrees(tags.get("GPS GPSLongitude"))
    if lat is None or lon is None:
        return None
    if _ref(tags, "GPS GPSLatitudeRef") == "S":
        lat = -lat
    if _ref(tags, "GPS GPSLongitudeRef") == "W":
        lon = -abs(lon)
    # (0, 0) is what a phone writes when it had no fix; nobody's photo is from the Gulf of Guinea.
    if (lat == 0 and lon == 0) or abs(lat) > 90 or abs(lon) > 180:
        return None
    altitude = None
    alt_tag = tags.get("GPS GPSAltitude")
    if alt_tag is not None and getattr(alt_tag, "values", None):
        altitude = _ratio_to_float(alt_tag.values[0])
        below_sea = getattr(tags.get("GPS GPSAltitudeRef"), "values", [0])
        if altitude is not None and below_sea and below_sea[0] == 1:
            altitude = -altitude
    return GPS(lat=round(lat, 7), lon=round(lon, 7), alt=altitude)


def _taken_at(tags: dict[str, Any]) -> str:
    raw = _clean(tags.get("EXIF DateTimeOriginal")) or _clean(tags.get("Image DateTime"))
    if len(raw) < 19 or raw[4] != ":" or raw[7] != ":":
        return ""
    iso = f"{raw[0:4]}-{raw[5:7]}-{raw[8:10]}T{raw[11:19]}"
    if not (raw[0:4] + raw[5:7] + raw[8:10]).isdigit() or raw[0:4] == "0000":
        return ""
    offset = _clean(tags.get("EXIF OffsetTimeOriginal"))
    if len(offset) == 6 and offset[0] in "+-" and offset[3] == ":":
        iso += offset
    return iso


def _clean(tag: Any) -> str:
    """Printable text of a tag, or '' for empty, binary or placeholder values."""
    if tag is None:
        return ""
    values = getattr(tag, "values", tag)
    if isinstance(values, bytes):
        values = values.decode("utf-8", "replace")
    elif isinstance(values, list):
        if values and all(isinstance(v, int) for v in values):
            # XP* tags are UTF-16LE byte lists.
            try:
                values = bytes(values).decode("utf-16-le")
            except (ValueError, UnicodeDecodeError):
                return ""
        else:
            values = " ".join(str(v) for v in values)
    text = "".join(ch for ch in str(values) if ch.isprintable()).strip().strip("\x00")
    if text.upper().startswith(("ASCII", "UNICODE")):
        text = text[7:].strip()
    return "" if set(text) <= {" ", "0", ":", "?"} else text


def _text_fields(tags: dict[str, Any], mapping: dict[str, str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, name in mapping.items():
        text = _clean(tags.get(key))
        if text and name not in fields:
            fields[name] = text[:200]
    return fields
