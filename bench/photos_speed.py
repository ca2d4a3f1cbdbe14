"""`footprint photos --json` against exiftool on the same folder of at least 5,000 files.

    python bench/photos_speed.py [CORPUS_DIR] [--files N]     (default ../shared/corpus/exif, 5,000)

Copies the corpus repeatedly into a temporary folder until it holds N image files, then, in
the same run and with the page cache warm for both:
  footprint photos --json FOLDER
  exiftool -fast2 -n -json -r -GPSLatitude -GPSLongitude -DateTimeOriginal -Make -Model FOLDER
checks that the GPS positions agree, and prints files/s for both and their ratio.
Target: footprint at least 6x exiftool's files/s, with every field, XMP, place names and JSON.
Peak memory (maximum resident set size of the footprint process and its workers) is printed
too, to check it stays flat as the folder grows.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "exif"


def build_folder(corpus: Path, target: Path, count: int) -> int:
    images = [p for p in sorted(corpus.rglob("*")) if p.is_file() and p.suffix.lower() not in (".json", ".txt", ".md", "")]
    if not images:
        raise SystemExit(f"no images under {corpus}")
    written = 0
    round_number = 0
    while written < count:
        for source in images:
            if written >= count:
                break
            destination = target / f"r{round_number}" / source.relative_to(corpus)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            written += 1
        round_number += 1
    return written


def timed(command: list[str]) -> tuple[float, str, int]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True)
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, result.stdout.decode("utf-8", "replace"), peak_kb


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="footprint photos against exiftool")
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--files", type=int, default=5000)
    options = parser.parse_args(argv[1:])
    corpus, count = options.corpus, options.files
    if not corpus.is_dir():
        print(f"no corpus folder at {corpus}")
        return 2
    if shutil.which("exiftool") is None:
        print("exiftool not found (Debian package libimage-exiftool-perl)")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = build_folder(corpus, root, count)
        footprint = [sys.executable, "-m", "footprint", "photos", "--json", "--quiet", str(root)]
        exiftool = ["exiftool", "-fast2", "-n", "-json", "-r", "-GPSLatitude", "-GPSLongitude", "-DateTimeOriginal",
                    "-Make", "-Model", str(root)]
        for command in (footprint, exiftool):  # warm the page cache for both
            subprocess.run(command, capture_output=True)
        ours_seconds, ours_out, peak_kb = timed(footprint)
        theirs_seconds, theirs_out, _ = timed(exiftool)
    ours = {Path(e["path"]).relative_to(root).as_posix(): e for e in json.loads(ours_out)["photos"]}
    theirs = {Path(e["SourceFile"]).relative_to(root).as_posix(): e for e in json.loads(theirs_out or "[]")}
    compared = agreed = 0
    mismatches: set[str] = set()
    for path, entry in theirs.items():
        lat, lon = entry.get("GPSLatitude"), entry.get("GPSLongitude")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and not (lat == 0 and lon == 0):
            compared += 1
            gps = ours.get(path, {}).get("gps")
            same = bool(gps and abs(gps["lat"] - lat) < 1e-5 and abs(gps["lon"] - lon) < 1e-5)
            agreed += same
            if not same:
                mismatches.add(f"{path.split('/', 1)[1]}: ours {gps} exiftool {lat}, {lon}")
    ours_rate, theirs_rate = files / ours_seconds, files / theirs_seconds
    print(f"files: {files}")
    print(f"footprint photos --json: {ours_seconds:.2f} s, {ours_rate:.0f} files/s (peak memory {peak_kb / 1024:.0f} MB)")
    print(f"exiftool -fast2:        {theirs_seconds:.2f} s, {theirs_rate:.0f} files/s")
    print(f"ratio {ours_rate / theirs_rate:.1f}x (target >= 6x): {'met' if ours_rate / theirs_rate >= 6 else 'MISSED'}")
    print(f"GPS agreement where exiftool has a non-zero fix: {agreed}/{compared}")
    for mismatch in sorted(mismatches):
        print(f"  {mismatch}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
