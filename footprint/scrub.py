"""Clean copies of photos: every EXIF, XMP, IPTC and comment block and the embedded preview
removed, the picture itself untouched. Originals are never modified.

- JPEG: metadata segments are dropped and the compressed image data is copied byte for byte,
  so the decoded pixels are identical (no re-compression). Colour profiles (ICC, Adobe) stay.
  If the camera recorded a rotation, a minimal EXIF block holding only that rotation is
  written back, so the photo still shows the right way up.
- PNG: text, time and eXIf chunks are dropped; image data is copied as is.
- WebP: EXIF and XMP chunks are dropped and the header flags updated.
- HEIC, HEIF and AVIF: the Exif and XMP items are blanked in place (see scrub_heif); the
  image data is copied byte for byte.
- Other formats (TIFF, raw, JPEG XL) are not cleaned: convert them to JPEG first.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from footprint.exif import read_photo_bytes, sniff_format
from footprint.exif.containers import tiff_start
from footprint.exif.isobmff import CraftedContainer, metadata_items
from footprint.model import PhotoMeta, Source

PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}
WEBP_DROP = {b"EXIF", b"XMP "}


class ScrubError(Exception):
    pass


@dataclass(frozen=True)
class ScrubResult:
    source: str
    output: str = ""
    error: str = ""


def _orientation(data: bytes) -> int:
    """EXIF Orientation (1-8) of a JPEG, or 1."""
    start = tiff_start(data, "jpeg")
    if start is None:
        return 1
    tiff = data[start:]
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return 1
    order = "<" if tiff[:2] == b"II" else ">"
    try:
        (ifd,) = struct.unpack(order + "I", tiff[4:8])
        (count,) = struct.unpack(order + "H", tiff[ifd : ifd + 2])
        for index in range(min(count, 512)):
            entry = tiff[ifd + 2 + 12 * index : ifd + 14 + 12 * index]
            tag, kind, _, value = struct.unpack(order + "HHI4s", entry)
            if tag == 0x0112 and kind == 3:
                (orientation,) = struct.unpack(order + "H", value[:2])
                return orientation if 1 <= orientation <= 8 else 1
    except struct.error:
        return 1
    return 1


def _orientation_segment(orientation: int) -> bytes:
    """An APP1 Exif segment holding one tag: Orientation."""
    tiff = b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 1)
    tiff += struct.pack(">HHI", 0x0112, 3, 1) + struct.pack(">HH", orientation, 0) + struct.pack(">I", 0)
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def scrub_jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        raise ScrubError("not a JPEG")
    orientation = _orientation(data)
    out = bytearray(b"\xff\xd8")
    rotation = _orientation_segment(orientation) if orientation != 1 else b""
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise ScrubError("the JPEG structure is damaged")
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data, copied untouched
            out += data[position:]
            return bytes(out)
        if rotation and not (marker == 0xE0 and data[position + 4 : position + 9] == b"JFIF\x00"):
            out += rotation  # after the JFIF header, which must come first, before anything else
            rotation = b""
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[position : position + 2]
            position += 2
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        segment = data[position : position + 2 + length]
        if len(segment) < 2 + length:
            raise ScrubError("the JPEG is cut short")
        is_app = 0xE0 <= marker <= 0xEF
        keep = not is_app and marker != 0xFE  # COM holds free text
        if (marker == 0xE0 and segment[4:9] == b"JFIF\x00") or marker == 0xEE or (
                marker == 0xE2 and segment[4:16] == b"ICC_PROFILE\x00"):
            keep = True  # JFIF header (not a JFXX preview), Adobe colour transform, colour profile
        if keep:
            out += segment
        position += 2 + length
    raise ScrubError("the JPEG has no image data")


def scrub_png(data: bytes) -> bytes:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ScrubError("not a PNG")
    out = bytearray(data[:8])
    position = 8
    while position + 12 <= len(data):
        length = struct.unpack(">I", data[position : position + 4])[0]
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            raise ScrubError("the PNG is cut short")
        if kind not in PNG_DROP:
            out += data[position:end]
        position = end
        if kind == b"IEND":
            return bytes(out)
    raise ScrubError("the PNG has no end")


def scrub_webp(data: bytes) -> bytes:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ScrubError("not a WebP")
    chunks = bytearray()
    position = 12
    while position + 8 <= len(data):
        kind = data[position : position + 4]
        size = struct.unpack("<I", data[position + 4 : position + 8])[0]
        end = position + 8 + size + (size & 1)
        if position + 8 + size > len(data):
            raise ScrubError("the WebP is cut short")
        chunk = bytearray(data[position:end])
        if kind == b"VP8X":
            chunk[8] &= ~(0x08 | 0x04) & 0xFF  # clear the EXIF and XMP flags
        if kind not in WEBP_DROP:
            chunks += chunk
        position = end
    return b"RIFF" + struct.pack("<I", len(chunks) + 4) + b"WEBP" + bytes(chunks)


# An Exif item that says nothing: the 4-byte offset to its TIFF header, then a TIFF header whose
# first directory has no entries and no next directory.
EMPTY_EXIF_ITEM = struct.pack(">I", 0) + b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 0) + struct.pack(">I", 0)
EMPTY_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>'


def _blank(data: bytearray, spans: list[tuple[int, int]], content: bytes, filler: bytes) -> None:
    """Overwrites the item's bytes in place, same length: `content` first, then `filler`."""
    remaining = content
    for start, end in spans:
        length = end - start
        piece, remaining = remaining[:length], remaining[length:]
        data[start:end] = piece + filler * (length - len(piece))


def scrub_heif(data: bytes) -> bytes:
    """HEIC, HEIF and AVIF cleaned without re-encoding: the Exif and XMP items keep their place
    and size in the file but say nothing (an empty EXIF directory; an empty XMP packet padded
    with spaces), so every offset in the container stays right and the picture is untouched."""
    try:
        items = metadata_items(data)
    except CraftedContainer as error:
        raise ScrubError("the file's structure is damaged or crafted") from error
    clean = bytearray(data)
    exif_room = sum(end - start for start, end in items.exif_spans)
    if items.exif_spans and exif_room < len(EMPTY_EXIF_ITEM):
        _blank(clean, items.exif_spans, b"", b"\x00")
    else:
        _blank(clean, items.exif_spans, EMPTY_EXIF_ITEM, b"\x00")
    xmp_room = sum(end - start for start, end in items.xmp_spans)
    _blank(clean, items.xmp_spans, EMPTY_XMP if xmp_room >= len(EMPTY_XMP) else b"", b" ")
    return bytes(clean)


SCRUBBERS = {"jpeg": scrub_jpeg, "png": scrub_png, "webp": scrub_webp, "heic": scrub_heif, "heif": scrub_heif,
             "avif": scrub_heif}


def scrub_bytes(data: bytes) -> bytes:
    image_format = sniff_format(data[:16])
    scrubber = SCRUBBERS.get(image_format)
    if scrubber is None:
        raise ScrubError(f"cleaning {image_format.upper() or 'this format'} files is not supported; convert to JPEG first")
    clean = scrubber(data)
    left = read_photo_bytes(clean, name="clean copy")
    if left.gps or left.personal_fields or left.device.get("serial") or left.has_thumbnail:
        raise ScrubError("metadata was still found after cleaning, so no copy was written")
    return clean


def scrub_file(source: Path, output: Path) -> ScrubResult:
    """Writes a clean copy of `source` to `output`; never touches the original."""
    try:
        if output.resolve() == source.resolve():
            raise ScrubError("the clean copy would overwrite the original")
        clean = scrub_bytes(source.read_bytes())
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(clean)
    except ScrubError as error:
        return ScrubResult(source=str(source), error=str(error))
    except OSError as error:
        return ScrubResult(source=str(source), error=f"could not read or write: {error.strerror or error}")
    return ScrubResult(source=str(source), output=str(output))


def scrub_photos(photos: list[tuple[Source, PhotoMeta]], roots: Iterable[Path], out_dir: Path) -> list[ScrubResult]:
    """Clean copies of every photo that could be read, keeping its path relative to the folder
    it was found in."""
    folders = [root for root in roots if root.is_dir()]
    results = []
    for source, meta in photos:
        if meta.error and not meta.format:
            continue
        original = Path(source.location)
        relative = Path(original.name)
        for root in folders:
            if original.is_relative_to(root):
                relative = original.relative_to(root)
        results.append(scrub_file(original, out_dir / relative))
    return results
