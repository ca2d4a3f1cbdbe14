"""The EXIF reader: the one module that talks to exifread. Everything else sees PhotoMeta.

exifread's tag keys ("GPS GPSLatitude"), its Ratio type and its habit of raising on
odd files stay in here. A file that cannot be read comes back as PhotoMeta with
`error` set: one broken photo never stops an audit.

Known exifread pitfalls, each guarded here (and tested in tests/test_exif.py):
- 0/0 rationals raise ZeroDivisionError in its get_gps_coords (#192), which also mutates the
  tag dict: we never call it and convert rationals ourselves, treating 0/0 as missing.
- A crafted file can make it loop until memory runs out (#182) or read a HEIC without bound
  (#246): each file gets a time limit (time_limit) and, in worker processes, a memory limit
  (collect/photos.py); a file is never read past MAX_FILE_BYTES (containers.py).
- Some HEIF brands raise AttributeError (#197), among other exceptions: every exception from
  exifread becomes a one-line error.
- XMP is only returned with debug=True, as raw XML: we find and parse the XMP packet ourselves,
  with defusedxml, for GPS and names written only there.
MakerNote blocks are not parsed (details=False): that is six times slower, so vendor serial
numbers and owner names kept only in maker notes are not read (docs/exif-agreement.md).
"""

from __future__ import annotations

import io
import logging
import math
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import exifread

from footprint.exif.containers import UNSUPPORTED, metadata_bytes, oversized_ifd, sniff_format, tiff_start, webp_exif_chunk
from footprint.exif.isobmff import CraftedContainer, exif_tiff, metadata_items
from footprint.exif.values import below_sea_level, exif_datetime, plausible_position
from footprint.exif.xmp import read_xmp
from footprint.model import GPS, PhotoMeta

log = logging.getLogger(__name__)
# exifread logs a warning for every odd file ("Possibly corrupted field..."). We report
# unreadable files ourselves, one line each, so its chatter would only alarm people.
logging.getLogger("exifread").setLevel(logging.ERROR)

TIME_LIMIT_SECONDS = 10
ISO_BMFF_FORMATS = ("heic", "heif", "avif")
DEVICE_TAGS = {
    "Image Make": "make",
    "Image Model": "model",
    "EXIF LensModel": "lens",
    "Image Software": "software",
    "EXIF BodySerialNumber": "serial",
    "EXIF LensSerialNumber": "lens_serial",
}
PERSONAL_TAGS = {
    "Image Artist": "artist",
    "Image Copyright": "copyright",
    "EXIF CameraOwnerName": "owner",
    "Image XPAuthor": "author",
    "Image ImageDescription": "description",
    "EXIF UserComment": "comment",
    "Image XPComment": "comment",
    "Image XPSubject": "subject",
}
class PhotoTimeout(Exception):
    pass


def read_photo_file(path: Path) -> PhotoMeta:
    try:
        with path.open("rb") as handle:
            data = metadata_bytes(handle)
    except OSError as error:
        return PhotoMeta(path=str(path), error=f"could not open the file: {error.strerror or error}")
    return read_photo_bytes(data, name=str(path))


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raises PhotoTimeout in the block after `seconds`; only in the main thread, where
    signals are delivered (elsewhere the size caps are the bound)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise PhotoTimeout()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_photo_bytes(data: bytes, *, name: str, seconds: float = TIME_LIMIT_SECONDS) -> PhotoMeta:
    if not data:
        return PhotoMeta(path=name, error="the file is empty")
    image_format = sniff_format(data[:16])
    if not image_format:
        return PhotoMeta(path=name, error=UNSUPPORTED)
    crafted = PhotoMeta(path=name, format=image_format,
                        error="its metadata claims far more fields than any camera writes: damaged or crafted, so it was not read")
    # The block exifread reads, in the format it is read as: the whole file, or for HEIC, HEIF and
    # AVIF the TIFF block of the Exif item, found by our own bounded walker (isobmff.py).
    block, block_format, xmp_data = data, image_format, data
    if image_format in ISO_BMFF_FORMATS:
        try:
            items = metadata_items(data)
        except CraftedContainer:
            return crafted
        block, block_format = next((tiff for payload in items.exif if (tiff := exif_tiff(payload))), b""), "tiff"
        xmp_data = b"".join(items.xmp)
    if oversized_ifd(block, block_format):
        return crafted
    try:
        with time_limit(seconds):
            tags = exifread.process_file(io.BytesIO(block), details=False, extract_thumbnail=False) if block else {}
            if not tags and image_format == "webp" and (exif_chunk := webp_exif_chunk(data)):
                # exifread misses EXIF in WebP files whose VP8X header does not flag it.
                tags = exifread.process_file(io.BytesIO(exif_chunk), details=False, extract_thumbnail=False)
            xmp = read_xmp(xmp_data)
    except PhotoTimeout:
        return PhotoMeta(path=name, format=image_format, error=f"reading its metadata took over {seconds:.0f} s, so it was stopped")
    except MemoryError:
        return PhotoMeta(path=name, format=image_format, error="its metadata needed too much memory, so it was stopped")
    except Exception as error:  # exifread raises many types on damaged files
        log.info("exifread failed on %s: %r", name, error)
        return PhotoMeta(path=name, format=image_format, error="the image metadata is damaged and could not be read")
    personal = _text_fields(tags, PERSONAL_TAGS)
    for field, value in xmp.get("personal_fields", {}).items():
        personal.setdefault(field, value)
    device = _text_fields(tags, DEVICE_TAGS)
    for field, value in xmp.get("device", {}).items():
        device.setdefault(field, value)
    return PhotoMeta(
        path=name,
        format=image_format,
        gps=_gps(tags) or xmp.get("gps"),
        gps_time=_gps_time(tags),
        taken_at=_taken_at(tags) or xmp.get("taken_at", ""),
        device=device,
        personal_fields=personal,
        has_thumbnail=bool(thumbnail := _thumbnail(tags, block, block_format)),
        thumbnail=thumbnail if len(thumbnail) <= THUMBNAIL_MAX_BYTES and b"\xff\xd9" in thumbnail[-16:] else b"",
    )


THUMBNAIL_MAX_BYTES = 64 * 1024  # camera previews are 5-20 KB; anything larger is not shown


def _thumbnail(tags: dict[str, Any], data: bytes, image_format: str) -> bytes:
    """The embedded JPEG preview, when its bytes are really there (files often keep the tags after
    the preview itself was cut out) and start and end as a JPEG does; else b""."""
    offset = getattr(tags.get("Thumbnail JPEGInterchangeFormat"), "values", None)
    length = getattr(tags.get("Thumbnail JPEGInterchangeFormatLength"), "values", None)
    if not (isinstance(offset, list) and offset and isinstance(length, list) and length):
        return b""
    if not (isinstance(offset[0], int) and isinstance(length[0], int) and length[0] > 0):
        return b""
    base = tiff_start(data, image_format)
    if base is None:
        return b""
    start = base + offset[0]
    preview = data[start : start + length[0]]
    if start + length[0] > len(data) or preview[:2] != b"\xff\xd8":
        return b""
    return preview


def _ratio_to_float(value: Any) -> float | None:
    numerator = getattr(value, "num", value)
    denominator = getattr(value, "den", 1)
    try:
        if not denominator:
            return None
        result = float(numerator) / float(denominator)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return result if math.isfinite(result) else None


def _degrees(tag: Any) -> float | None:
    values = getattr(tag, "values", None)
    if not isinstance(values, list) or not values:
        return None
    parts = [part for v in values[:3] if (part := _ratio_to_float(v)) is not None]
    if len(parts) != len(values[:3]):
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
        lat = -abs(lat)
    if _ref(tags, "GPS GPSLongitudeRef") == "W":
        lon = -abs(lon)  # some cameras write an unsigned longitude with a W reference, some a signed one
    if not plausible_position(lat, lon):
        return None
    altitude = None
    alt_tag = tags.get("GPS GPSAltitude")
    if alt_tag is not None and getattr(alt_tag, "values", None):
        altitude = _ratio_to_float(alt_tag.values[0])
        if altitude is not None and below_sea_level(getattr(tags.get("GPS GPSAltitudeRef"), "values", None)):
            altitude = -abs(altitude)
    return GPS(lat=round(lat, 7), lon=round(lon, 7), alt=altitude)


def _gps_time(tags: dict[str, Any]) -> str:
    """GPS date and time (always UTC) as ISO 8601, or ''."""
    date = _clean(tags.get("GPS GPSDate"))
    stamp = getattr(tags.get("GPS GPSTimeStamp"), "values", None)
    if not re.fullmatch(r"\d{4}:\d{2}:\d{2}", date) or date.startswith("0000"):
        return ""
    if not isinstance(stamp, list) or len(stamp) != 3:
        return f"{date.replace(':', '-')}"
    parts = [part for v in stamp if (part := _ratio_to_float(v)) is not None]
    if len(parts) != 3 or not (0 <= parts[0] < 24 and 0 <= parts[1] < 60 and 0 <= parts[2] < 61):
        return f"{date.replace(':', '-')}"
    hours, minutes, seconds = (int(p) for p in parts)
    return f"{date.replace(':', '-')}T{hours:02d}:{minutes:02d}:{seconds:02d}Z"


def _taken_at(tags: dict[str, Any]) -> str:
    raw = _clean(tags.get("EXIF DateTimeOriginal")) or _clean(tags.get("Image DateTime"))
    return exif_datetime(raw, _clean(tags.get("EXIF OffsetTimeOriginal")))


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
                values = bytes(v & 0xFF for v in values).decode("utf-16-le")
            except (ValueError, UnicodeDecodeError):
                return ""
        else:
            values = " ".join(str(v) for v in values)
    text = "".join(ch for ch in str(values) if ch.isprintable()).strip().strip("\x00")
    if text.upper().startswith(("ASCII", "UNICODE")):
        text = text[7:].strip()
    return "" if set(text) <= {" ", "0", ":", "?", "\ufffd"} else text


def _text_fields(tags: dict[str, Any], mapping: dict[str, str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, name in mapping.items():
        text = _clean(tags.get(key))
        if text and name not in fields:
            fields[name] = text[:200]
    return fields
