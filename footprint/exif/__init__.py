"""Photo metadata: which image format a file is (containers), what its EXIF says (reader,
through exifread) and what its XMP packet says (xmp)."""

from footprint.exif.containers import MAX_FILE_BYTES, UNSUPPORTED, metadata_bytes, sniff_format
from footprint.exif.reader import read_photo_bytes, read_photo_file

__all__ = ["MAX_FILE_BYTES", "UNSUPPORTED", "metadata_bytes", "read_photo_bytes", "read_photo_file", "sniff_format"]
