"""Photos as phones and cloud exports write them: HEIC written by libheif (through pillow-heif),
altitudes below sea level, Google Takeout and XMP sidecars, and lossless cleaning of HEIC."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import piexif
import pytest
from conftest import make_jpeg

from footprint.collect.photos import collect_photos
from footprint.exif import read_photo_bytes, read_photo_file
from footprint.exif.isobmff import CraftedContainer, metadata_items
from footprint.scrub import scrub_file

pillow_heif = pytest.importorskip("pillow_heif", reason="pillow-heif (test extra) writes the HEIC files")


def heic(path: Path, *, lat: float | None = None, lon: float | None = None, gps_raw: dict | None = None,
         make: bytes = b"Canon", model: bytes = b"EOS 5D", xmp: bytes | None = None, fmt: str = "HEIF") -> Path:
    """A real HEIC (or AVIF) written by libheif, with the EXIF of a JPEG made by piexif."""
    from PIL import Image

    pillow_heif.register_heif_opener()
    jpeg = make_jpeg(lat=lat, lon=lon, gps_raw=gps_raw, zeroth={0x010F: make, 0x0110: model}, size=(64, 48))
    image = Image.open(io.BytesIO(jpeg))
    extra = {"xmp": xmp} if xmp else {}
    image.save(path, format=fmt, exif=image.info["exif"], quality=60, **extra)
    return path


def ids(tmp_path):
    counter = iter(range(1, 100))
    return lambda: f"P{next(counter)}"


def test_libheif_heic_gives_its_position_and_camera(tmp_path):
    meta = read_photo_file(heic(tmp_path / "IMG_0001.heic", lat=51.6007, lon=-3.3379))
    assert meta.error == "" and meta.format == "heic"
    assert (round(meta.gps.lat, 5), round(meta.gps.lon, 5)) == (51.6007, -3.3379)
    assert meta.device == {"make": "Canon", "model": "EOS 5D"}


def test_altitude_below_sea_level_is_negative_in_exif_heic_and_xmp(tmp_path):
    below = {piexif.GPSIFD.GPSAltitudeRef: 1, piexif.GPSIFD.GPSAltitude: (430, 1)}
    assert read_photo_bytes(make_jpeg(lat=31.5, lon=35.5, gps_raw=below), name="dead-sea.jpg").gps.alt == -430
    assert read_photo_file(heic(tmp_path / "d.heic", lat=31.5, lon=35.5, gps_raw=below)).gps.alt == -430
    above = {piexif.GPSIFD.GPSAltitudeRef: 0, piexif.GPSIFD.GPSAltitude: (430, 1)}
    assert read_photo_bytes(make_jpeg(lat=51.6, lon=-3.3, gps_raw=above), name="hill.jpg").gps.alt == 430
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="31,30.0N" exif:GPSLongitude="35,30.0E"'
           b' exif:GPSAltitude="4300/10" exif:GPSAltitudeRef="1"/></rdf:RDF></x:xmpmeta>')
    only_xmp = make_jpeg()
    only_xmp = only_xmp[:2] + b"\xff\xe1" + (len(xmp) + 31).to_bytes(2, "big") + b"http://ns.adobe.com/xap/1.0/\x00" + xmp + only_xmp[2:]
    assert read_photo_bytes(only_xmp, name="xmp.jpg").gps.alt == -430


def test_crafted_item_lists_are_refused_before_any_reader_sees_them():
    def box(kind: bytes, payload: bytes) -> bytes:
        return (8 + len(payload)).to_bytes(4, "big") + kind + payload

    iloc = box(b"iloc", b"\x01\x00\x00\x00" + b"\x44\x00" + (60000).to_bytes(2, "big"))
    crafted = box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic") + box(b"meta", b"\x00\x00\x00\x00" + box(b"iinf", b"\x00\x00\x00\x00\x00\x00") + iloc)
    with pytest.raises(CraftedContainer):
        metadata_items(crafted)
    assert "crafted" in read_photo_bytes(crafted, name="crafted.heic").error


def test_takeout_json_gives_position_and_time_the_photo_lacks(tmp_path):
    folder = tmp_path / "Takeout" / "Google Photos" / "Photos from 2024"
    folder.mkdir(parents=True)
    sidecar = {"title": "x", "photoTakenTime": {"timestamp": "1715868000", "formatted": "16 May 2024"},
               "geoData": {"latitude": 51.6007, "longitude": -3.3379, "altitude": 80.0},
               "geoDataExif": {"latitude": 0.0, "longitude": 0.0, "altitude": 0.0}}
    (folder / "IMG_1001.jpg").write_bytes(make_jpeg())
    (folder / "IMG_1001.jpg.json").write_text(json.dumps(sidecar))
    (folder / "IMG_1002.jpg").write_bytes(make_jpeg())
    (folder / "IMG_1002.jpg.supplemental-metadata.json").write_text(json.dumps({**sidecar, "geoData": {"latitude": 51.5, "longitude": -3.2}}))
    long_name = "PXL_20240516_101500123.MP.NIGHT.jpg"  # Takeout cuts the JSON's name to 51 characters
    (folder / long_name).write_bytes(make_jpeg())
    (folder / (f"{long_name}.supplemental-metadata.json"[:46] + ".json")).write_text(json.dumps(sidecar))
    (folder / "IMG_1003(1).jpg").write_bytes(make_jpeg())
    (folder / "IMG_1003.jpg(1).json").write_text(json.dumps(sidecar))
    (folder / "IMG_1004.jpg").write_bytes(make_jpeg())
    (folder / "IMG_1004.jpg.json").write_text(json.dumps({**sidecar, "geoData": {"latitude": 0.0, "longitude": 0.0}}))
    (folder / "metadata.json").write_text("{}")  # the album's own file: neither an image nor reported
    read = {Path(meta.path).name: meta for _, meta in collect_photos([tmp_path / "Takeout"], next_id=ids(tmp_path))}
    assert set(read) == {"IMG_1001.jpg", "IMG_1002.jpg", long_name, "IMG_1003(1).jpg", "IMG_1004.jpg"}
    for name in ("IMG_1001.jpg", long_name, "IMG_1003(1).jpg"):
        assert (read[name].gps.lat, read[name].gps.lon) == (51.6007, -3.3379), name
        assert "Google Takeout" in read[name].location_source
        assert read[name].taken_at == "2024-05-16T14:00:00+00:00"
    assert read["IMG_1002.jpg"].gps.lat == 51.5
    assert read["IMG_1004.jpg"].gps is None  # 0, 0 is Takeout's "no position"


def test_the_photos_own_position_wins_and_xmp_sidecars_are_read(tmp_path):
    (tmp_path / "own.jpg").write_bytes(make_jpeg(lat=52.0, lon=-4.0))
    (tmp_path / "own.jpg.json").write_text(json.dumps({"geoData": {"latitude": 51.0, "longitude": -3.0}}))
    (tmp_path / "IMG_2001.jpg").write_bytes(make_jpeg())
    (tmp_path / "IMG_2001.xmp").write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:tiff="http://ns.adobe.com/tiff/1.0/"'
        ' exif:GPSLatitude="51,36.042N" exif:GPSLongitude="3,20.274W" tiff:Artist="Jane Example"/></rdf:RDF></x:xmpmeta>')
    read = {Path(meta.path).name: meta for _, meta in collect_photos([tmp_path], next_id=ids(tmp_path))}
    assert read["own.jpg"].gps.lat == 52.0 and read["own.jpg"].location_source == ""
    assert round(read["IMG_2001.jpg"].gps.lat, 4) == 51.6007 and "XMP sidecar IMG_2001.xmp" in read["IMG_2001.jpg"].location_source
    assert read["IMG_2001.jpg"].personal_fields["artist"] == "Jane Example"


def test_a_sidecar_position_is_reported_as_exposure(run_cli, tmp_path):
    (tmp_path / "IMG_3001.jpg").write_bytes(make_jpeg())
    (tmp_path / "IMG_3001.jpg.json").write_text(json.dumps({"geoData": {"latitude": 51.6007, "longitude": -3.3379}}))
    result = run_cli("photos", str(tmp_path), "--json")
    [entry] = json.loads(result.out)["photos"]
    assert entry["location_source"].startswith("its Google Takeout file") and entry["findings"][0]["kind"] == "photo_gps"
    assert "Google Takeout" in entry["findings"][0]["evidence"]


def test_heic_is_cleaned_without_touching_the_picture(tmp_path):
    from PIL import Image

    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Artist="Jane Example"/></rdf:RDF></x:xmpmeta>'
    original = heic(tmp_path / "home.heic", lat=51.6007, lon=-3.3379, xmp=xmp)
    assert read_photo_file(original).personal_fields.get("artist") == "Jane Example"
    result = scrub_file(original, tmp_path / "clean" / "home.heic")
    assert result.error == "", result.error
    clean = Path(result.output)
    meta = read_photo_file(clean)
    assert (meta.gps, meta.device, meta.personal_fields) == (None, {}, {})
    assert clean.stat().st_size == original.stat().st_size
    pillow_heif.register_heif_opener()
    with Image.open(original) as before, Image.open(clean) as after:
        assert before.tobytes() == after.tobytes()
    if shutil.which("exiftool"):
        shown = subprocess.run(["exiftool", "-j", "-G1", "-a", str(clean)], capture_output=True, text=True, check=True).stdout
        tags = json.loads(shown)[0]
        assert not [key for key in tags if "GPS" in key or key.endswith((":Make", ":Model", ":Artist"))], tags
        assert not any("Warning" in key for key in tags), tags
