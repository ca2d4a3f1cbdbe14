"""footprint's photo reader against exiftool's ground truth for the shared corpus, and on
HEIC files and Google Takeout sidecars written here.

    python bench/exif_agreement.py [CORPUS_DIR] [--list]     (default ../shared/corpus/exif)

Prints: files processed without a crash (target 100%); GPS agreement within 1e-5 degrees over
the images with a real fix (target 100% but for documented vendor-block cases); images given
a GPS position where exiftool has none or only void/zero values (target 0); and per-field
agreement for time, make, model, owner fields and thumbnails; the same over the corpus's HEIC,
HEIF and AVIF files alone. Then HEIC files written with libheif (pillow-heif), checked against
exiftool on the same files, and Takeout-style folders whose sidecars hold the only position,
checked against what was written. --list prints every disagreement; docs/exif-agreement.md
explains them.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from footprint.exif import read_photo_file

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "exif"
# exiftool field -> how to get the same field from PhotoMeta
OWNER_FIELDS = {
    "EXIF:Artist": lambda m: m.personal_fields.get("artist"),
    "EXIF:Copyright": lambda m: m.personal_fields.get("copyright"),
    "EXIF:XPAuthor": lambda m: m.personal_fields.get("author"),
    "EXIF:SerialNumber": lambda m: m.device.get("serial"),
    "XMP:Creator": lambda m: m.personal_fields.get("author") or m.personal_fields.get("artist"),
    "XMP:SerialNumber": lambda m: m.device.get("serial"),
}


def same_text(ours: object, theirs: object) -> bool:
    if isinstance(theirs, list):  # exiftool lists several XMP creators; we join them
        theirs = ", ".join(str(t) for t in theirs)
    return " ".join(str(ours or "").split()).strip() == " ".join(str(theirs or "").split()).strip()


def evaluate(root: Path, *, only_iso_bmff: bool = False) -> tuple[dict[str, list[int]], dict[str, list[str]], int, int]:
    """Per field: [agreed, compared]; per field: disagreements; crashes; files."""
    summary = json.loads((root / "ground_truth_summary.json").read_text())
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    disagreements: dict[str, list[str]] = defaultdict(list)
    crashes = 0

    def compare(field: str, agreed: bool, path: str, detail: str) -> None:
        tally[field][1] += 1
        if agreed:
            tally[field][0] += 1
        else:
            disagreements[field].append(f"{path}: {detail}")

    for entry in summary:
        path = entry["path"]
        if only_iso_bmff and not path.lower().endswith((".heic", ".heif", ".avif", ".hif")):
            continue
        try:
            meta = read_photo_file(root / path)
        except Exception as error:  # the target is that this never happens
            crashes += 1
            disagreements["crash"].append(f"{path}: {error!r}")
            continue
        if entry["gps_status"] == "valid" or entry["gps_status"] in ("xmp_only", "vendor_app1_only"):
            ok = bool(meta.gps and abs(meta.gps.lat - entry["lat"]) < 1e-5 and abs(meta.gps.lon - entry["lon"]) < 1e-5)
            compare(f"gps ({entry['gps_status']})", ok, path, f"ours {meta.gps} exiftool {entry['lat']}, {entry['lon']}")
        else:
            compare("no gps where exiftool has none, void or (0, 0)", meta.gps is None, path, f"ours {meta.gps}")
        if entry["datetime_original"]:
            theirs = entry["datetime_original"][:19].replace(":", "-", 2).replace(" ", "T")
            compare("time taken", meta.taken_at[:19] == theirs, path, f"ours {meta.taken_at!r} exiftool {entry['datetime_original']!r}")
        for field in ("make", "model"):
            if entry[field]:
                compare(field, same_text(meta.device.get(field), entry[field]), path,
                        f"ours {meta.device.get(field)!r} exiftool {entry[field]!r}")
        for field, ours in OWNER_FIELDS.items():
            if field in entry["owner_fields"] and str(entry["owner_fields"][field]).strip():
                compare(field, same_text(ours(meta), entry["owner_fields"][field]), path,
                        f"ours {ours(meta)!r} exiftool {entry['owner_fields'][field]!r}")
        if not entry["malformed"]:
            compare("thumbnail present", meta.has_thumbnail == bool(entry["has_thumbnail"]), path,
                    f"ours {meta.has_thumbnail} exiftool {entry['has_thumbnail']}")
    files = sum(not only_iso_bmff or e["path"].lower().endswith((".heic", ".heif", ".avif", ".hif")) for e in summary)
    return tally, disagreements, crashes, files


def written_here(folder: Path) -> tuple[dict[str, list[int]], dict[str, list[str]]]:
    """HEIC files written by libheif, compared with exiftool; Takeout folders, compared with their sidecars."""
    import io
    import shutil
    import subprocess

    import piexif
    import pillow_heif
    from PIL import Image

    from footprint.collect.photos import collect_photos

    pillow_heif.register_heif_opener()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    disagreements: dict[str, list[str]] = defaultdict(list)
    places = [(51.6007, -3.3379, 80), (-33.8568, 151.2153, 5), (31.5, 35.5, -430), (64.1466, -21.9426, 20), (0.0001, 0.0001, 0)]
    for number, (lat, lon, alt) in enumerate(places):
        gps = {piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S", piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
               piexif.GPSIFD.GPSLatitude: _dms(lat), piexif.GPSIFD.GPSLongitude: _dms(lon),
               piexif.GPSIFD.GPSAltitudeRef: 1 if alt < 0 else 0, piexif.GPSIFD.GPSAltitude: (abs(alt), 1)}
        exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: f"Pixel {number}".encode()},
                            "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:05:16 08:30:00"}, "GPS": gps})
        path = folder / f"libheif-{number}.heic"
        Image.new("RGB", (64, 48), (number * 40, 90, 160)).save(path, format="HEIF", exif=exif, quality=60)
        meta = read_photo_file(path)
        theirs = {}
        if shutil.which("exiftool"):
            shown = subprocess.run(["exiftool", "-j", "-n", "-GPSLatitude", "-GPSLongitude", "-GPSAltitude", "-Make", "-Model",
                                    "-DateTimeOriginal", str(path)], capture_output=True, text=True, check=True).stdout
            theirs = json.loads(shown)[0]
        for field, ours, truth in (("heic gps", meta.gps and (round(meta.gps.lat, 5), round(meta.gps.lon, 5)),
                                    (round(theirs.get("GPSLatitude", lat), 5), round(theirs.get("GPSLongitude", lon), 5))),
                                   ("heic altitude sign", meta.gps and meta.gps.alt, theirs.get("GPSAltitude", alt)),
                                   ("heic make/model", (meta.device.get("make"), meta.device.get("model")),
                                    (theirs.get("Make", "Google"), theirs.get("Model", f"Pixel {number}"))),
                                   ("heic time taken", meta.taken_at, "2024-05-16T08:30:00")):
            agreed = ours == truth
            tally[field][1] += 1
            tally[field][0] += agreed
            if not agreed:
                disagreements[field].append(f"{path.name}: ours {ours!r} exiftool {truth!r}")
    takeout = folder / "Takeout"
    takeout.mkdir()
    for number, (lat, lon, _) in enumerate(places[:4]):
        name = f"IMG_{number:04d}.jpg" if number % 2 else f"PXL_20240516_0830000{number}_LONG_NAME.NIGHT.jpg"
        buffer = io.BytesIO()
        Image.new("RGB", (16, 16)).save(buffer, "jpeg")
        (takeout / name).write_bytes(buffer.getvalue())
        sidecar = f"{name}.supplemental-metadata.json"
        sidecar = sidecar if len(sidecar) <= 51 else sidecar[:46] + ".json"
        (takeout / sidecar).write_text(json.dumps({"geoData": {"latitude": lat, "longitude": lon},
                                                   "photoTakenTime": {"timestamp": "1715848200"}}))
    for _, meta in collect_photos([takeout], next_id=lambda: "S"):
        truth = next((round(lat, 5), round(lon, 5)) for n, (lat, lon, _) in enumerate(places[:4])
                     if Path(meta.path).name.startswith((f"IMG_{n:04d}", f"PXL_20240516_0830000{n}")))
        ours = meta.gps and (round(meta.gps.lat, 5), round(meta.gps.lon, 5))
        tally["takeout sidecar gps"][1] += 1
        tally["takeout sidecar gps"][0] += ours == truth
        if ours != truth:
            disagreements["takeout sidecar gps"].append(f"{Path(meta.path).name}: ours {ours!r} sidecar {truth!r}")
    return tally, disagreements


def _dms(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600 * 10000)
    return ((degrees, 1), (minutes, 1), (seconds, 10000))


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    root = Path(args[0]) if args else DEFAULT_DIR
    if not (root / "ground_truth_summary.json").exists():
        print(f"no ground_truth_summary.json in {root}")
        return 2
    import tempfile

    tally, disagreements, crashes, files = evaluate(root)
    print(f"files processed without a crash: {files - crashes}/{files} ({100 * (files - crashes) / files:.1f}%)")
    show(tally)
    iso_tally, iso_disagreements, iso_crashes, iso_files = evaluate(root, only_iso_bmff=True)
    print(f"\nHEIC, HEIF and AVIF in the corpus: {iso_files - iso_crashes}/{iso_files} without a crash")
    show(iso_tally)
    try:
        with tempfile.TemporaryDirectory() as folder:
            here_tally, here_disagreements = written_here(Path(folder))
    except ImportError as error:
        print(f"\nfiles written here: skipped ({error.name} is a test extra)")
        here_tally, here_disagreements = {}, {}
    else:
        print("\nwritten here: HEIC by libheif (against exiftool), Takeout folders (against their sidecars)")
        show(here_tally)
    if "--list" in argv:
        for field, items in sorted({**disagreements, **here_disagreements}.items()):
            print(f"\n{field}:")
            for item in items:
                print(f"  {item}")
    return 0


def show(tally: dict[str, list[int]]) -> None:
    for field, (agreed, compared) in sorted(tally.items()):
        print(f"{field:50} {agreed:4}/{compared:<4} {100 * agreed / compared:5.1f}%")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
