from __future__ import annotations

from pathlib import Path

import piexif
import pytest
from conftest import make_jpeg, shared_path

from footprint.exif import read_photo_bytes, read_photo_file, sniff_format


def test_gps_with_hemisphere_references():
    meta = read_photo_bytes(make_jpeg(lat=51.6007, lon=-3.3379), name="a.jpg")
    assert meta.error == ""
    assert meta.format == "jpeg"
    assert meta.gps.lat == pytest.approx(51.6007, abs=1e-5)
    assert meta.gps.lon == pytest.approx(-3.3379, abs=1e-5)
    south = read_photo_bytes(make_jpeg(lat=-33.8568, lon=151.2153), name="b.jpg")
    assert (south.gps.lat < 0, south.gps.lon > 0) == (True, True)


def test_null_island_and_zero_denominators_are_no_location():
    zero = read_photo_bytes(make_jpeg(lat=0.0, lon=0.0), name="zero.jpg")
    assert zero.gps is None and zero.error == ""
    broken = make_jpeg(gps_raw={
        piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((0, 0), (0, 0), (0, 0)),
        piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((3, 1), (20, 0), (0, 0)),
    })
    meta = read_photo_bytes(broken, name="broken.jpg")
    assert meta.gps is None and meta.error == ""


def test_altitude_below_sea_level_is_negative():
    data = make_jpeg(lat=31.5, lon=35.5, gps_raw={piexif.GPSIFD.GPSAltitudeRef: 1, piexif.GPSIFD.GPSAltitude: (430, 1)})
    assert read_photo_bytes(data, name="dead-sea.jpg").gps.alt == -430


def test_time_device_owner_serial_and_thumbnail():
    data = make_jpeg(
        zeroth={piexif.ImageIFD.Make: b"Fictiphone", piexif.ImageIFD.Model: b"F1", piexif.ImageIFD.Artist: b"Jane Example"},
        exif={piexif.ExifIFD.DateTimeOriginal: b"2026:05:16 08:10:00", piexif.ExifIFD.OffsetTimeOriginal: b"+01:00",
              piexif.ExifIFD.BodySerialNumber: b"SN-123", piexif.ExifIFD.CameraOwnerName: b"J. Example"},
        thumbnail=True,
    )
    meta = read_photo_bytes(data, name="t.jpg")
    assert meta.taken_at == "2026-05-16T08:10:00+01:00"
    assert meta.device == {"make": "Fictiphone", "model": "F1", "serial": "SN-123"}
    assert meta.personal_fields == {"artist": "Jane Example", "owner": "J. Example"}
    assert meta.has_thumbnail


def test_clean_photo_has_nothing():
    meta = read_photo_bytes(make_jpeg(), name="clean.jpg")
    assert (meta.gps, meta.taken_at, meta.personal_fields, meta.error) == (None, "", {}, "")


def test_invalid_date_is_dropped():
    data = make_jpeg(exif={piexif.ExifIFD.DateTimeOriginal: b"0000:00:00 00:00:00"})
    assert read_photo_bytes(data, name="d.jpg").taken_at == ""


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"hello, this is text", "not an image"),
    (b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff", ""),
])
def test_bad_files_give_one_line_errors_not_exceptions(data, reason):
    meta = read_photo_bytes(data, name="bad")
    assert reason in meta.error
    assert "\n" not in meta.error


def test_huge_dimensions_are_not_decoded():
    import struct
    import zlib
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + header + struct.pack(">I", zlib.crc32(b"IHDR" + header))
    meta = read_photo_bytes(png + b"\x00" * 64, name="huge.png")
    assert meta.format == "png" and meta.gps is None


def test_truncated_jpeg_does_not_raise():
    data = make_jpeg(lat=51.6, lon=-3.3)
    for cut in (3, 20, 60, len(data) // 2):
        read_photo_bytes(data[:cut], name="cut.jpg")  # must not raise


def test_format_is_sniffed_by_content(tmp_path):
    path = tmp_path / "holiday.png"  # a JPEG with the wrong extension
    path.write_bytes(make_jpeg(lat=51.6, lon=-3.3))
    assert read_photo_file(path).format == "jpeg"
    assert sniff_format(b"\x89PNG\r\n\x1a\n") == "png"
    assert read_photo_file(tmp_path / "missing.jpg").error.startswith("could not open")


def test_real_corpus_agrees_with_exiftool():
    """Against exiftool's ground truth (../shared/corpus/exif), through bench/exif_agreement.py.
    The agreement it measured on 2026-11-24 is the floor here; docs/exif-agreement.md lists
    every disagreement and its cause."""
    root = shared_path("corpus", "exif")
    bench = load_bench("exif_agreement")
    tally, disagreements, crashes, files = bench.evaluate(root)
    assert crashes == 0 and files == 855
    assert tally["gps (valid)"] == [54, 54]
    assert tally["gps (xmp_only)"] == [1, 1]
    agreed, compared = tally["no gps where exiftool has none, void or (0, 0)"]
    assert agreed == compared
    for field, floor in (("time taken", 0.95), ("make", 0.97), ("model", 0.97), ("thumbnail present", 0.99),
                         ("EXIF:Artist", 0.85), ("EXIF:Copyright", 0.9)):
        agreed, compared = tally[field]
        assert agreed / compared >= floor, (field, disagreements[field])


def load_bench(name: str):
    import importlib.util
    import sys
    path = Path(__file__).resolve().parent.parent / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_gps_only_in_xmp_and_gps_time():
    xmp = (b'http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           b'exif:GPSLatitude="51,36.042N" exif:GPSLongitude="3,20.274W" exif:DateTimeOriginal="2026-05-16T08:10:00">'
           b'<dc:creator><rdf:Seq><rdf:li>Jane Example</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    jpeg = make_jpeg()
    data = jpeg[:2] + b"\xff\xe1" + (len(xmp) + 2).to_bytes(2, "big") + xmp + jpeg[2:]
    meta = read_photo_bytes(data, name="xmp.jpg")
    assert meta.gps.lat == pytest.approx(51 + 36.042 / 60, abs=1e-6) and meta.gps.lon == pytest.approx(-(3 + 20.274 / 60), abs=1e-6)
    assert meta.taken_at == "2026-05-16T08:10:00" and meta.personal_fields["author"] == "Jane Example"
    stamped = make_jpeg(lat=51.6, lon=-3.3, gps_raw={piexif.GPSIFD.GPSDateStamp: b"2026:05:16",
                                                    piexif.GPSIFD.GPSTimeStamp: ((7, 1), (10, 1), (5, 1))})
    assert read_photo_bytes(stamped, name="t.jpg").gps_time == "2026-05-16T07:10:05Z"


def test_xml_bombs_in_xmp_are_refused():
    bomb = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&lol2;</rdf:RDF></x:xmpmeta>')
    jpeg = make_jpeg()
    data = jpeg[:2] + b"\xff\xe1" + (len(bomb) + 2).to_bytes(2, "big") + bomb + jpeg[2:]
    assert read_photo_bytes(data, name="bomb.jpg").error == ""


def test_exifread_pitfalls_are_contained(monkeypatch):
    import time as time_module

    import exifread

    def loops(*args, **kwargs):  # like #182 and #246: a file that never finishes
        time_module.sleep(5)
    monkeypatch.setattr(exifread, "process_file", loops)
    started = time_module.monotonic()
    meta = read_photo_bytes(make_jpeg(), name="slow.jpg", seconds=0.3)
    assert "took over" in meta.error and time_module.monotonic() - started < 2

    def heif_bug(*args, **kwargs):  # like #197
        raise AttributeError("'NoneType' object has no attribute 'get_exif'")
    monkeypatch.setattr(exifread, "process_file", heif_bug)
    assert "damaged" in read_photo_bytes(make_jpeg(), name="x.heic").error

    def greedy(*args, **kwargs):
        raise MemoryError()
    monkeypatch.setattr(exifread, "process_file", greedy)
    assert "too much memory" in read_photo_bytes(make_jpeg(), name="x.jpg").error


def test_zero_denominator_does_not_touch_the_callers_tags():
    data = make_jpeg(gps_raw={piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((0, 0), (0, 0), (0, 0)),
                              piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((0, 0), (0, 0), (0, 0))})
    assert read_photo_bytes(data, name="zeros.jpg").gps is None


def test_place_names_offline():
    from footprint.model import GPS
    from footprint.places import place_names
    assert place_names([GPS(51.6007, -3.3379)]) == ["Pontypridd, Rhondda Cynon Taf, Wales"]
    assert place_names([GPS(0.5, -30.0)])[0].startswith("about ")  # mid-Atlantic: far from anywhere
    assert place_names([]) == []


def test_many_files_are_read_in_worker_processes(tmp_path):
    from footprint.collect import photos as photos_module
    for n in range(60):
        (tmp_path / f"{n:03d}.jpg").write_bytes(make_jpeg(lat=51.0 + n / 1000, lon=-3.0) if n % 2 else b"junk")
    paths = sorted(tmp_path.iterdir())
    metas = photos_module.read_photo_files(paths)
    assert [Path(m.path).name for m in metas] == [p.name for p in paths]
    assert all((m.gps is not None) == (i % 2 == 1) for i, m in enumerate(metas))
    assert all(m.error for i, m in enumerate(metas) if i % 2 == 0)
