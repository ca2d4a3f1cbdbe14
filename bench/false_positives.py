"""Noise on real pages that are not about the person: how many family, work and birthday findings
footprint would give a person who is not on the page at all.

    python bench/false_positives.py [PAGES_DIR] [--show]     (default ../shared/corpus/pages-real)

The folder holds real-world markup (the microformats test suite, extruct and any23 samples): blog
posts, event listings, profiles of strangers. The person checked is "Jane Example", named on none
of them, so every child, school, employer, birthday, partner, home area or practice comment that
is not marked as someone else's is a false finding. Prints the count per kind and per 100 pages;
with --show, each one with its page and evidence. There is no target: the number should only fall.
Real pages name real people, so nothing here is copied into the repository.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from footprint.collect.pages import parse_html
from footprint.detect import detect_document
from footprint.model import Subject

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pages-real"
KINDS = ("child", "school", "employer", "birthday", "partner", "home_area", "practice")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--show", action="store_true", help="print each false finding with its evidence")
    args = parser.parse_args(argv[1:])
    pages = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in (".html", ".htm"))
    if not pages:
        print(f"no pages under {args.folder}")
        return 1
    nobody = Subject(full_name="Jane Example")
    counts: Counter[str] = Counter()
    for page in pages:
        for detection in detect_document(parse_html("S1", page.read_bytes()), nobody):
            if detection.kind in KINDS and detection.owner is not False:
                counts[detection.kind] += 1
                if args.show:
                    print(f"{page.name}: {detection.kind} {detection.value[:60]!r} | {detection.evidence[:100]!r}")
    print(f"{len(pages)} pages from {args.folder}, none about the person checked")
    for kind in KINDS:
        print(f"  {kind:10} {counts[kind]:4}  ({100 * counts[kind] / len(pages):.1f} per 100 pages)")
    print(f"  {'all':10} {sum(counts.values()):4}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
