"""footprint's photo reader against exiftool's ground truth for the shared corpus.

    python bench/exif_agreement.py [CORPUS_DIR] [--list]     (default ../shared/corpus/exif)

Prints: files processed without a crash (target 100%); GPS agreement within 1e-5 degrees over
the images with a real fix (target 100% but for documented vendor-block cases); images given
a GPS position where exiftool has none or only void/zero values (target 0); and per-field
agreement for time, make, model, owner fields and thumbnails. --list prints every
disagreement; docs/exif-agreement.md explains them.
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


def evaluate(root: Path) -> tuple[dict[str, list[int]], dict[str, list[str]], int, int]:
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
    return tally, disagreements, crashes, len(summary)


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    root = Path(args[0]) if args else DEFAULT_DIR
    if not (root / "ground_truth_summary.json").exists():
        print(f"no ground_truth_summary.json in {root}")
        return 2
    tally, disagreements, crashes, files = evaluate(root)
    print(f"files processed without a crash: {files - crashes}/{files} ({100 * (files - crashes) / files:.1f}%)")
    for field, (agreed, compared) in sorted(tally.items()):
        print(f"{field:50} {agreed:4}/{compared:<4} {100 * agreed / compared:5.1f}%")
    if "--list" in argv:
        for field, items in sorted(disagreements.items()):
            print(f"\n{field}:")
            for item in items:
                print(f"  {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
