"""XMP packets: GPS, time, names and serials that some files keep only there.

exifread returns XMP only in debug mode, as raw XML, so the packet is found and parsed here,
with defusedxml (no entities, no external references).
"""

from __future__ import annotations

import re
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from footprint.exif.values import below_sea_level, exif_datetime, plausible_position
from footprint.model import GPS

XMP_SEARCH_BYTES = 8 * 1024 * 1024
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
    if lat is not None and lon is not None and plausible_position(lat, lon):
        altitude = _xmp_rational(get("exif", "GPSAltitude"))
        if altitude is not None and below_sea_level(get("exif", "GPSAltitudeRef")):
            altitude = -abs(altitude)
        result["gps"] = GPS(lat=round(lat, 7), lon=round(lon, 7), alt=altitude)
    taken = exif_datetime(get("exif", "DateTimeOriginal") or get("photoshop", "DateCreated"))
    if taken:
        result["taken_at"] = taken
    personal = {"artist": get("tiff", "Artist"), "author": get("dc", "creator"), "copyright": get("dc", "rights")}
    result["personal_fields"] = {k: v[:200] for k, v in personal.items() if v}
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


def _xmp_rational(text: str) -> float | None:
    """XMP writes rationals as "4300/10"."""
    numerator, _, denominator = (text or "").partition("/")
    try:
        value = float(numerator) / float(denominator or 1)
    except (ValueError, ZeroDivisionError):
        return None
    return value if value == value and abs(value) < 1e6 else None
