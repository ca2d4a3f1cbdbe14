"""Clean copies: metadata gone, pixels identical, orientation kept, originals untouched."""

from __future__ import annotations

import io
import json
import shutil
import subprocess

import piexif
import pytest
from conftest import make_jpeg
from PIL import Image

from footprint.exif import read_photo_bytes
from footprint.scrub import ScrubError, scrub_bytes, scrub_file

DIRTY = dict(
    lat=51.6007, lon=-3.3379,
    zeroth={piexif.ImageIFD.Artist: b"Jane Example", piexif.ImageIFD.Copyright: b"(c) Jane Example",
            piexif.ImageIFD.Orientation: 6, piexif.ImageIFD.Make: b"Fictiphone"},
    exif={piexif.ExifIFD.BodySerialNumber: b"SN-4242", piexif.ExifIFD.CameraOwnerName: b"Jane",
          piexif.ExifIFD.DateTimeOriginal: b"2026:05:16 08:10:00"},
    thumbnail=True, size=(64, 48),
)


def with_extras(jpeg: bytes) -> bytes:
    """Adds an XMP packet, an IPTC block and a comment after the EXIF segment."""
    xmp = (b'http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,36.042N" exif:GPSLongitude="3,20.274W"/>'
           b'</rdf:RDF></x:xmpmeta>')
    iptc = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0c\x1c\x02P\x00\x08JaneExam"
    segments = b""
    for marker, payload in ((0xE1, xmp), (0xED, iptc), (0xFE, b"taken at home by Jane")):
        segments += bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:2] + segments + jpeg[2:]


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()


def test_jpeg_scrub_is_lossless_and_removes_everything():
    dirty = with_extras(make_jpeg(**DIRTY))
    before = read_photo_bytes(dirty, name="dirty")
    assert before.gps and before.personal_fields and before.device.get("serial") and before.has_thumbnail
    clean = scrub_bytes(dirty)
    assert pixels(clean) == pixels(dirty)  # decoded pixels identical: nothing re-compressed
    after = read_photo_bytes(clean, name="clean")
    assert (after.gps, after.personal_fields, after.device, after.has_thumbnail, after.taken_at) == (None, {}, {}, False, "")
    for needle in (b"Jane", b"SN-4242", b"Fictiphone", b"xmpmeta", b"8BIM", b"taken at home"):
        assert needle not in clean, needle


def test_orientation_is_kept():
    clean = scrub_bytes(make_jpeg(**DIRTY))
    with Image.open(io.BytesIO(clean)) as image:
        assert image.getexif().get(0x0112) == 6
    upright = scrub_bytes(make_jpeg(lat=1.0, lon=1.0))
    assert b"Exif" not in upright


def test_png_and_webp():
    image = Image.new("RGB", (16, 16), (10, 200, 30))
    exif = image.getexif()
    exif[0x013B] = "Jane Example"
    png = io.BytesIO()
    image.save(png, "png", exif=exif.tobytes(), pnginfo=_png_text())
    clean_png = scrub_bytes(png.getvalue())
    assert b"Jane" not in clean_png and pixels(clean_png) == pixels(png.getvalue())
    webp = io.BytesIO()
    image.save(webp, "webp", lossless=True, exif=exif.tobytes())
    assert b"Jane" in webp.getvalue()
    clean_webp = scrub_bytes(webp.getvalue())
    assert b"Jane" not in clean_webp and pixels(clean_webp) == pixels(webp.getvalue())


def _png_text():
    from PIL.PngImagePlugin import PngInfo
    info = PngInfo()
    info.add_text("Author", "Jane Example")
    return info


def test_unsupported_and_damaged_files_are_refused():
    tiff = io.BytesIO()
    Image.new("RGB", (4, 4)).save(tiff, "tiff")
    with pytest.raises(ScrubError, match="not supported"):
        scrub_bytes(tiff.getvalue())
    with pytest.raises(ScrubError):
        scrub_bytes(make_jpeg(**DIRTY)[:300])


def test_originals_are_never_touched(tmp_path):
    original = tmp_path / "photo.jpg"
    original.write_bytes(make_jpeg(**DIRTY))
    before = original.read_bytes()
    assert scrub_file(original, original).error == "the clean copy would overwrite the original"
    result = scrub_file(original, tmp_path / "clean" / "photo.jpg")
    assert result.error == "" and original.read_bytes() == before


def test_cli_scrub_keeps_folder_layout(run_cli, tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.jpg").write_bytes(make_jpeg(**DIRTY))
    (tmp_path / "in" / "notes.txt").write_text("hello")
    result = run_cli("photos", str(tmp_path / "in"), "--scrub", str(tmp_path / "out"), "--json")
    assert result.exit_code == 0
    scrubbed = json.loads(result.out)["scrubbed"]
    assert [s["output"] for s in scrubbed] == [str(tmp_path / "out" / "sub" / "a.jpg")]
    assert read_photo_bytes((tmp_path / "out" / "sub" / "a.jpg").read_bytes(), name="x").gps is None


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed (Debian libimage-exiftool-perl; .ci/run installs it)")
def test_exiftool_finds_no_gps_owner_or_serial_in_the_clean_copy(tmp_path):
    dirty = tmp_path / "dirty.jpg"
    dirty.write_bytes(with_extras(make_jpeg(**DIRTY)))
    clean = tmp_path / "clean.jpg"
    clean.write_bytes(scrub_bytes(dirty.read_bytes()))
    def tags(path):
        out = subprocess.run(["exiftool", "-json", "-a", "-G", str(path)], capture_output=True, text=True, check=True).stdout
        return json.loads(out)[0]
    assert any("GPS" in key for key in tags(dirty))
    found = tags(clean)
    personal = [key for key in found if any(word in key for word in
                ("GPS", "Artist", "Copyright", "Owner", "Serial", "Creator", "By-line", "Comment", "Thumbnail", "XMP", "IPTC"))]
    assert personal == [], personal
    assert found.get("EXIF:Orientation") in ("Rotate 90 CW", 6)
