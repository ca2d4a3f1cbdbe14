"""Image containers: which format a file is, and where its metadata lives inside it.

Shared by the reader (reader.py) and the cleaner (scrub.py), so both find the same bytes.
Everything here is bounded: offsets are checked against the data, counts against limits
no camera comes near, so a crafted file costs a refusal, not memory or time.
"""

from __future__ import annotations

import io
from typing import Literal

MAX_FILE_BYTES = 256 * 1024 * 1024
JPEG_PREFIX_STEP = 256 * 1024
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


def sniff_format(head: bytes) -> str:
    for signature, offset, name in SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return name
    return ""


def metadata_bytes(handle: io.BufferedIOBase) -> bytes:
    """The bytes that hold the metadata, read after the format is known from the first bytes.

    A file that is no image footprint reads costs its first block only. For a JPEG, only the
    segments before the image data (a few KB to a few hundred); other formats can keep
    metadata anywhere, so all of the file up to MAX_FILE_BYTES."""
    head = handle.read(JPEG_PREFIX_STEP)
    image_format = sniff_format(head[:16])
    if not image_format:
        return head
    if image_format != "jpeg":
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



def tiff_start(data: bytes, image_format: str) -> int | None:
    """Offset of the TIFF header that holds the EXIF block: after "Exif\0\0" in a JPEG, 0 in a
    TIFF-based file; None when there is none to find this way."""
    if image_format == "jpeg":
        marker = data.find(b"Exif\x00\x00")
        return None if marker == -1 else marker + 6
    if image_format in ("tiff", "cr2"):
        return 0
    return None


def webp_exif_chunk(data: bytes) -> bytes:
    """The payload of a WebP file's EXIF chunk (a TIFF block, sometimes after "Exif\0\0")."""
    position = 12
    while position + 8 <= len(data):
        kind, size = data[position : position + 4], int.from_bytes(data[position + 4 : position + 8], "little")
        if kind == b"EXIF":
            payload = data[position + 8 : position + 8 + size]
            return payload[6:] if payload.startswith(b"Exif\x00\x00") else payload
        position += 8 + size + (size & 1)
    return b""


def oversized_ifd(data: bytes, image_format: str) -> bool:
    """Whether the IFD chain claims more entries or values than any real file has.

    exifread decodes every value of every entry one by one: a fuzzed TIFF claiming 50,000
    values costs it a tenth of a second, a crafted one far more. Cameras write a few dozen
    entries; even a large striped TIFF stays well under the value limit.
    """
    start = tiff_start(data, image_format)
    if start is None:
        return False
    header = data[start : start + 8]
    if len(header) < 8 or header[:2] not in (b"II", b"MM"):
        return False
    order: Literal["little", "big"] = "little" if header[:2] == b"II" else "big"
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
