"""HEIC, HEIF and AVIF (ISO base media file format): where the Exif and XMP items are.

These files keep metadata as "items": `iinf` names each item and its type (`Exif`, or `mime`
with `application/rdf+xml` for XMP), `iloc` says where its bytes are (in the file, or in an
`idat` box). exifread's own walker fails on files written by libheif (pillow-heif, GIMP,
darktable, many Android tools) and has read some files without bound, so footprint finds the
items itself, within limits no camera comes near, and hands exifread only the TIFF block inside
the Exif item, the same code path as a JPEG's.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

MAX_BOXES = 4096  # boxes looked at in all, at every level
MAX_ITEMS = 2048  # phones write a few dozen (one per grid tile)
MAX_EXTENTS = 64  # per item
MAX_DEPTH = 4
XMP_TYPES = ("application/rdf+xml", "application/xmp+xml", "text/xml")


class CraftedContainer(ValueError):
    """The structure claims more items, extents or nesting than any real file has, or points outside the file."""


@dataclass
class Box:
    kind: bytes
    start: int  # of the payload
    end: int


@dataclass
class MetadataItems:
    exif: list[bytes] = field(default_factory=list)  # each Exif item's payload
    xmp: list[bytes] = field(default_factory=list)
    # Where those payloads lie in the file, (start, end) per extent: what a cleaner blanks.
    exif_spans: list[tuple[int, int]] = field(default_factory=list)
    xmp_spans: list[tuple[int, int]] = field(default_factory=list)


class _Walk:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.boxes = 0

    def children(self, start: int, end: int) -> list[Box]:
        found = []
        position = start
        while position + 8 <= end:
            self.boxes += 1
            if self.boxes > MAX_BOXES:
                raise CraftedContainer("too many boxes")
            size, kind = struct.unpack(">I4s", self.data[position : position + 8])
            header = 8
            if size == 1:
                if position + 16 > end:
                    break
                size = struct.unpack(">Q", self.data[position + 8 : position + 16])[0]
                header = 16
            elif size == 0:
                size = end - position
            if size < header or position + size > end:
                break  # cut short: keep what was found before it
            found.append(Box(kind, position + header, position + size))
            position += size
        return found

    def uint(self, position: int, size: int) -> int:
        if size == 0:
            return 0
        chunk = self.data[position : position + size]
        if len(chunk) != size:
            raise CraftedContainer("a field runs past the end of its box")
        return int.from_bytes(chunk, "big")


def _item_types(walk: _Walk, box: Box) -> dict[int, tuple[bytes, str]]:
    """item_ID -> (item_type, content_type) from an `iinf` box."""
    version = walk.uint(box.start, 1)
    count = walk.uint(box.start + 4, 2 if version == 0 else 4)
    if count > MAX_ITEMS:
        raise CraftedContainer("too many items")
    types: dict[int, tuple[bytes, str]] = {}
    first = box.start + 4 + (2 if version == 0 else 4)
    for entry in walk.children(first, box.end):
        if entry.kind != b"infe":
            continue
        entry_version = walk.uint(entry.start, 1)
        if entry_version < 2:
            continue  # versions 0 and 1 predate HEIF: no item types
        id_size = 2 if entry_version == 2 else 4
        item_id = walk.uint(entry.start + 4, id_size)
        type_at = entry.start + 4 + id_size + 2
        item_type = walk.data[type_at : type_at + 4]
        content_type = ""
        if item_type == b"mime":
            name_end = walk.data.find(b"\0", type_at + 4, entry.end)
            content_end = walk.data.find(b"\0", name_end + 1, entry.end) if name_end != -1 else -1
            if content_end != -1:
                content_type = walk.data[name_end + 1 : content_end].decode("ascii", "replace").lower()
        types[item_id] = (item_type, content_type)
    return types


def _item_extents(walk: _Walk, box: Box) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """item_ID -> (construction method, [(offset, length)]) from an `iloc` box."""
    version = walk.uint(box.start, 1)
    position = box.start + 4
    sizes = walk.uint(position, 2)
    offset_size, length_size, base_size = sizes >> 12, (sizes >> 8) & 0xF, (sizes >> 4) & 0xF
    index_size = sizes & 0xF if version in (1, 2) else 0
    position += 2
    count = walk.uint(position, 2 if version < 2 else 4)
    position += 2 if version < 2 else 4
    if count > MAX_ITEMS:
        raise CraftedContainer("too many items")
    items: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    for _ in range(count):
        item_id = walk.uint(position, 2 if version < 2 else 4)
        position += 2 if version < 2 else 4
        method = 0
        if version in (1, 2):
            method = walk.uint(position, 2) & 0xF
            position += 2
        position += 2  # data_reference_index
        base = walk.uint(position, base_size)
        position += base_size
        extent_count = walk.uint(position, 2)
        position += 2
        if extent_count > MAX_EXTENTS:
            raise CraftedContainer("too many extents")
        extents = []
        for _ in range(extent_count):
            position += index_size
            offset = walk.uint(position, offset_size)
            position += offset_size
            length = walk.uint(position, length_size)
            position += length_size
            extents.append((base + offset, length))
        items[item_id] = (method, extents)
    return items


def _spans(data: bytes, method: int, extents: list[tuple[int, int]], idat: Box | None) -> list[tuple[int, int]]:
    """Where an item's bytes are in the file."""
    if method == 0:
        origin, limit = 0, len(data)
    elif method == 1 and idat is not None:
        origin, limit = idat.start, idat.end
    else:
        return []  # construction from other items: not used for metadata
    spans = []
    for offset, length in extents:
        start = origin + offset
        end = limit if length == 0 else start + length
        if start > limit or end > limit:
            raise CraftedContainer("an item points outside the file")
        spans.append((start, end))
    return spans


def metadata_items(data: bytes) -> MetadataItems:
    """The Exif and XMP items' bytes; CraftedContainer when the structure is beyond any real file's."""
    walk = _Walk(data)
    found = MetadataItems()
    meta = next((box for box in walk.children(0, len(data)) if box.kind == b"meta"), None)
    if meta is None:
        return found
    inside = {box.kind: box for box in walk.children(meta.start + 4, meta.end)}  # meta is a full box
    if b"iinf" not in inside or b"iloc" not in inside:
        return found
    types = _item_types(walk, inside[b"iinf"])
    extents = _item_extents(walk, inside[b"iloc"])
    for item_id, (item_type, content_type) in types.items():
        if item_id not in extents or not (item_type == b"Exif" or content_type in XMP_TYPES):
            continue
        method, parts = extents[item_id]
        spans = _spans(data, method, parts, inside.get(b"idat"))
        payload = b"".join(data[start:end] for start, end in spans)
        if item_type == b"Exif":
            found.exif.append(payload)
            found.exif_spans += spans
        else:
            found.xmp.append(payload)
            found.xmp_spans += spans
    return found


def exif_tiff(payload: bytes) -> bytes:
    """The TIFF block inside an Exif item: after a 4-byte offset to it (some writers add "Exif\\0\\0")."""
    if len(payload) < 4:
        return b""
    start = 4 + int.from_bytes(payload[:4], "big")
    tiff = payload[start:] if start < len(payload) else b""
    if tiff[:2] not in (b"II", b"MM"):  # a wrong offset: look for the header just after it
        marker = payload.find(b"Exif\0\0", 4, 64)
        tiff = payload[marker + 6 :] if marker != -1 else b""
    return tiff if tiff[:2] in (b"II", b"MM") else b""
