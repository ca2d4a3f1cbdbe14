"""The one module that talks to exifread. Everything else sees PhotoMeta.

exifread's tag keys ("GPS GPSLatitude"), its Ratio type and its habit of raising on
odd files stay in here. A file that cannot be read comes back as PhotoMeta with
`error` set: one broken photo never stops an audit.

Known exifread pitfalls, each guarded here (and tested in tests/test_exif.py):
- 0/0 rationals raise ZeroDivisionError in its get_gps_coords (#192), which also mutates the
  tag dict: we never call it and convert rationals ourselves, treating 0/0 as missing.
- A crafted file can make it loop until memory runs out (#182) or read a HEIC without bound
  (#246): each file gets a time limit (read_with_time_limit) and, in worker processes, a
  memory limit (photos.py); a file is never read past MAX_FILE_BYTES.
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
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import exifread
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from footprint.model import GPS, PhotoMeta

log = logging.getLogger(__name__)
# exifread logs a warning for every odd file ("Possibly corrupted field..."). We report
# unreadable files ourselves, one line each, so its chatter would only alarm people.
logging.getLogger("exifread").setLevel(logging.ERROR)

MAX_FILE_BYTES = 512 * 1024 * 1024
JPEG_PREFIX_STEP = 256 * 1024
XMP_SEARCH_BYTES = 8 * 1024 * 1024
TIME_LIMIT_SECONDS = 10
MAX_IFD_ENTRIES = 1000  # cameras write a few dozen; fuzzed files claim tens of thousands
MAX_IFD_VALUES = 40_000

# Leading bytes of each format we accept. Decided by content, never by extension.
SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "jpeg"),
    (b"II*\x00\x10\x00\x00\x00CR", 0, "cr2"),
    (b"II*\x00", 0, "tiff"),
    (b"MM\x00*", 0, "tiff"),
    (b"\x89PNG\r\n\x1a\n", 0, "png"),
    (b"WEBP", 8, "webp"),
    (b"ftypavif", 4, "avif"),
    (b"ftypheic", 4, "heic"),
    (b"ftypheix", 4, "heic"),
    (b"ftypheim", 4, "heic"),
    (b"ftypheis", 4, "heic"),
    (b"ftyphevc", 4, "heic"),
    (b"ftypmif1", 4, "heif"),
    (b"ftypmsf1", 4, "heif"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", 0, "jxl"),
    (b"\xff\x0a", 0, "jxl"),
)
UNSUPPORTED = "not an image this tool can read (JPEG, TIFF and TIFF-based raw, PNG, WebP, HEIC/HEIF, AVIF or JPEG XL)"

DEVICE_TAGS = {
    "Image Make": "make",
    "Image Model": "model",
    "EXIF LensModel": "lens",
    "Image Software": "software",
    "EXIF BodySerialNumber": "serial",
    "EXIF LensSerialNumber": "lens_serial",
}
OWNER_TAGS = {
    "Image Artist": "artist",
    "Image Copyright": "copyright",
    "EXIF CameraOwnerName": "owner",
    "Image XPAuthor": "author",
    "Image ImageDescription": "description",
    "EXIF UserComment": "comment",
    "Image XPComment": "comment",
    "Image XPSubject": "subject",
}
XMP_NS = {
    "exif": "http://ns.adobe.com/exif/1.0/",
    "exifEX": "http://cipa.jp/exif/1.0/",
    "aux": "http://ns.adobe.com/exif/1.0/aux/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "tiff": "http://ns.adobe.com/tiff/1.0/",
}
XMP_COORDINATE = re.compile(r"^\s*(\d{1,3})(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$", re.IGNORECASE)


class PhotoTimeout(Exception):
    pass


def sniff_format(head: bytes) -> str:
    for signature, offset, name in SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return name
    return ""


def read_photo_file(path: Path) -> PhotoMeta:
    try:
        with path.open("rb") as handle:
            data = metadata_bytes(handle)
    except OSError as error:
        return PhotoMeta(path=str(path), error=f"could not open the file: {error.strerror or error}")
    return read_photo_bytes(data, name=str(path))


def metadata_bytes(handle: io.BufferedIOBase) -> bytes:
    """The bytes that hold the metadata. For a JPEG, only the segments before the image
    data (a few KB to a few hundred); other formats can keep metadata anywhere, so all of it."""
    head = handle.read(JPEG_PREFIX_STEP)
    if not head.startswith(b"\xff\xd8\xff"):
        return head + handle.read(MAX_FILE_BYTES - len(head))
    data = bytearray(head)
    position = 2
    while True:
        while position + 4 > len(data):
            more = handle.read(JPEG_PREFIX_STEP)
            if not more:
                return bytes(data)
            data += more
        if data[position] != 0xFF:
            return bytes(data)  # not a marker: damaged; let exifread have what there is
        marker = data[position + 1]
        if marker == 0xDA or marker == 0xD9:  # start of scan / end of image: no metadata after
            return bytes(data[:position]) + b"\xff\xd9"
        if marker == 0xFF:
            position += 1
            continue
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        end = position + 2 + length
        while end > len(data):
            more = handle.read(max(JPEG_PREFIX_STEP, end - len(data)))
            if not more:
                return bytes(data)
            data += more
        position = end


@contextmanager
def time_limit(seconds: float):
    """Raises PhotoTimeout in the block after `seconds`; only in the main thread, where
    signals are delivered (elsewhere the size caps are the bound)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
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
    if _oversized_ifd(data, image_format):
        return PhotoMeta(path=name, format=image_format,
                         error="its metadata claims far more fields than any camera writes: damaged or crafted, so it was not read")
    try:
        with time_limit(seconds):
            tags = exifread.process_file(io.BytesIO(data), details=False, extract_thumbnail=False)
            if not tags and image_format == "webp" and (exif_chunk := _webp_exif_chunk(data)):
                # exifread misses EXIF in WebP files whose VP8X header does not flag it.
                tags = exifread.process_file(io.BytesIO(exif_chunk), details=False, extract_thumbnail=False)
            xmp = read_xmp(data)
    except PhotoTimeout:
        return PhotoMeta(path=name, format=image_format, error=f"reading its metadata took over {seconds:.0f} s, so it was stopped")
    except MemoryError:
        return PhotoMeta(path=name, format=image_format, error="its metadata needed too much memory, so it was stopped")
    except Exception as error:  # exifread raises many types on damaged files
        log.info("exifread failed on %s: %r", name, error)
        return PhotoMeta(path=name, format=image_format, error="the image metadata is damaged and could not be read")
    owner = _text_fields(tags, OWNER_TAGS)
    for field, value in xmp.get("owner", {}).items():
        owner.setdefault(field, value)
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
        owner=owner,
        has_thumbnail=_has_thumbnail(tags, data, image_format),
    )


def _has_thumbnail(tags: dict[str, Any], data: bytes, image_format: str) -> bool:
    """An embedded JPEG preview whose bytes are really there (files often keep the tags after
    the preview itself was cut out)."""
    offset = getattr(tags.get("Thumbnail JPEGInterchangeFormat"), "values", None)
    length = getattr(tags.get("Thumbnail JPEGInterchangeFormatLength"), "values", None)
    if not (isinstance(offset, list) and offset and isinstance(length, list) and length):
        return False
    if not (isinstance(offset[0], int) and isinstance(length[0], int) and length[0] > 0):
        return False
    tiff_start = 0
    if image_format == "jpeg":
        marker = data.find(b"Exif\x00\x00")
        if marker == -1:
            return False
        tiff_start = marker + 6
    start = tiff_start + offset[0]
    return start + length[0] <= len(data) and data[start : start + 2] == b"\xff\xd8"


def _webp_exif_chunk(data: bytes) -> bytes:
    """The payload of a WebP file's EXIF chunk (a TIFF block, sometimes after "Exif\0\0")."""
    position = 12
    while position + 8 <= len(data):
        kind, size = data[position : position + 4], int.from_bytes(data[position + 4 : position + 8], "little")
        if kind == b"EXIF":
            payload = data[position + 8 : position + 8 + size]
            return payload[6:] if payload.startswith(b"Exif\x00\x00") else payload
        position += 8 + size + (size & 1)
    return b""


def _oversized_ifd(data: bytes, image_format: str) -> bool:
    """Whether the IFD chain claims more entries or values than any real file has.

    exifread decodes every value of every entry one by one: a fuzzed TIFF claiming 50,000
    values costs it a tenth of a second, a crafted one far more. Cameras write a few dozen
    entries; even a large striped TIFF stays well under the value limit.
    """
    start = 0
    if image_format == "jpeg":
        start = data.find(b"Exif\x00\x00")
        if start == -1:
            return False
        start += 6
    elif image_format not in ("tiff", "cr2"):
        return False
    header = data[start : start + 8]
    if len(header) < 8 or header[:2] not in (b"II", b"MM"):
        return False
    order = "little" if header[:2] == b"II" else "big"
    offset, values, seen = int.from_bytes(header[4:8], order), 0, 0
    while offset and seen < 16 and start + offset + 2 <= len(data):
        base = start + offset
        count = int.from_bytes(data[base : base + 2], order)
        if count > MAX_IFD_ENTRIES:
            return True
        for index in range(count):
            entry = data[base + 2 + 12 * index : base + 14 + 12 * index]
            if len(entry) < 12:
                break
            kind = int.from_bytes(entry[2:4], order)
            if kind not in (1, 2, 6, 7):  # byte strings are read in one go; numbers one by one
                values += int.from_bytes(entry[4:8], order)
        if values > MAX_IFD_VALUES:
            return True
        next_at = base + 2 + 12 * count
        offset = int.from_bytes(data[next_at : next_at + 4], order) if next_at + 4 <= len(data) else 0
        seen += 1
    return False


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
    parts = [_ratio_to_float(v) for v in values[:3]]
    if any(p is None for p in parts):
        return None
    degrees, minutes, seconds = (parts + [0.0, 0.0])[:3]
    return degrees + minutes / 60 + seconds / 3600


def _ref(tags: dict[str, Any], key: str) -> str:
    tag = tags.get(key)
    return str(getattr(tag, "values", "") or "").strip().upper()[:1]


def _plausible(lat: float, lon: float) -> bool:
    # (0, 0) is what a phone writes when it had no fix; nobody's photo is from the Gulf of Guinea.
    return not (lat == 0 and lon == 0) and abs(lat) <= 90 and abs(lon) <= 180


def _gps(tags: dict[str, Any]) -> GPS | None:
    lat = _degrees(tags.get("GPS GPSLatitude"))
    lon = _degrees(tags.get("GPS GPSLongitude"))
    if lat is None or lon is None:
        return None
    if _ref(tags, "GPS GPSLatitudeRef") == "S":
        lat = -abs(lat)
    if _ref(tags, "GPS GPSLongitudeRef") == "W":
        lon = -abs(lon)  # some cameras write an unsigned longitude with a W reference, some a signed one
    if not _plausible(lat, lon):
        return None
    altitude = None
    alt_tag = tags.get("GPS GPSAltitude")
    if alt_tag is not None and getattr(alt_tag, "values", None):
        altitude = _ratio_to_float(alt_tag.values[0])
        below_sea = getattr(tags.get("GPS GPSAltitudeRef"), "values", [0])
        if altitude is not None and below_sea and below_sea[0] == 1:
            altitude = -altitude
    return GPS(lat=round(lat, 7), lon=round(lon, 7), alt=altitude)


def _gps_time(tags: dict[str, Any]) -> str:
    """GPS date and time (always UTC) as ISO 8601, or ''."""
    date = _clean(tags.get("GPS GPSDate"))
    stamp = getattr(tags.get("GPS GPSTimeStamp"), "values", None)
    if not re.fullmatch(r"\d{4}:\d{2}:\d{2}", date) or date.startswith("0000"):
        return ""
    if not isinstance(stamp, list) or len(stamp) != 3:
        return f"{date.replace(':', '-')}"
    parts = [_ratio_to_float(v) for v in stamp]
    if any(p is None for p in parts) or not (0 <= parts[0] < 24 and 0 <= parts[1] < 60 and 0 <= parts[2] < 61):
        return f"{date.replace(':', '-')}"
    hours, minutes, seconds = (int(p) for p in parts)
    return f"{date.replace(':', '-')}T{hours:02d}:{minutes:02d}:{seconds:02d}Z"


def _taken_at(tags: dict[str, Any]) -> str:
    raw = _clean(tags.get("EXIF DateTimeOriginal")) or _clean(tags.get("Image DateTime"))
    return _exif_datetime(raw, _clean(tags.get("EXIF OffsetTimeOriginal")))


def _exif_datetime(raw: str, offset: str = "") -> str:
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


def read_xmp(data: bytes) -> dict[str, Any]:
    """GPS, time, names and serials from an XMP packet, if the file has one."""
    start = data.find(b"<x:xmpmeta", 0, XMP_SEARCH_BYTES)
    if start == -1:
        return {}
    end = data.find(b"</x:xmpmeta>", start)
    if end == -1:
        return {}
    try:
        root = ElementTree.fromstring(data[start : end + len(b"</x:xmpmeta>")])
    except (ElementTree.ParseError, DefusedXmlException, ValueError, UnicodeError):
        return {}
    values: dict[str, str] = {}
    for element in root.iter():
        for key, value in element.attrib.items():
            values.setdefault(key, value)
        if element.text and element.text.strip() and len(element) == 0:
            values.setdefault(element.tag, element.text.strip())
        # dc:creator and dc:rights hold lists of names.
        if element.tag in (f"{{{XMP_NS['dc']}}}creator", f"{{{XMP_NS['dc']}}}rights"):
            entries = [li.text.strip() for li in element.iter(f"{{{XMP_NS['rdf']}}}li") if li.text and li.text.strip()]
            if entries:
                values.setdefault(element.tag, ", ".join(entries))

    def get(prefix: str, name: str) -> str:
        return values.get(f"{{{XMP_NS[prefix]}}}{name}", "")

    result: dict[str, Any] = {}
    lat, lon = _xmp_coordinate(get("exif", "GPSLatitude")), _xmp_coordinate(get("exif", "GPSLongitude"))
    if lat is not None and lon is not None and _plausible(lat, lon):
        result["gps"] = GPS(lat=round(lat, 7), lon=round(lon, 7))
    taken = _exif_datetime(get("exif", "DateTimeOriginal") or get("photoshop", "DateCreated"))
    if taken:
        result["taken_at"] = taken
    owner = {"artist": get("tiff", "Artist"), "author": get("dc", "creator"), "copyright": get("dc", "rights")}
    result["owner"] = {k: v[:200] for k, v in owner.items() if v}
    device = {"serial": get("exifEX", "BodySerialNumber") or get("aux", "SerialNumber"), "lens_serial": get("aux", "LensSerialNumber")}
    result["device"] = {k: v[:200] for k, v in device.items() if v}
    return result


def _xmp_coordinate(text: str) -> float | None:
    """XMP writes "51,36.0612N" or "51,36,3.67N" (degrees, minutes[, seconds], hemisphere)."""
    match = XMP_COORDINATE.match(text or "")
    if not match:
        return None
    degrees = float(match.group(1)) + float(match.group(2) or 0) / 60 + float(match.group(3) or 0) / 3600
    return -degrees if match.group(4).upper() in "SW" else degrees
