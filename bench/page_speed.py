"""Page stage speed: detection throughput against bare parsing, and the fetch stage's wall time.

    python bench/page_speed.py [PAGES_DIR]     (default ../shared/corpus/pages, else tests/data/pages)

1. The labelled pages repeated to at least 10 MB of HTML: bare BeautifulSoup(lxml) + get_text,
   then footprint's full page reading (parse_html: visible text, links, images, JSON-LD, h-card)
   plus every text detector, over the same bytes. Prints MB/s for both and their ratio.
   Target: the full detector set at >= 0.5x the bare parse throughput.
2. 30 pages served by a local server with 300 ms latency each, read by the page stage
   (collect_pages with the real HttpFetcher). Sequential would take 9 s. Target: under 2 s.
"""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bs4 import BeautifulSoup

from footprint.collect.fetch import HttpFetcher
from footprint.collect.pages import collect_pages, parse_html
from footprint.detect import detect_document
from footprint.model import Source, SourceKind, Subject

ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES = 10 * 1024 * 1024
LATENCY_SECONDS = 0.3
PAGES = 30


def corpus(pages_dir: Path) -> list[bytes]:
    pages = [p.read_bytes() for p in sorted(pages_dir.glob("*.html"))]
    repeated: list[bytes] = []
    while sum(map(len, repeated)) < TARGET_BYTES:
        repeated.extend(pages)
    return repeated


def throughput(pages: list[bytes]) -> tuple[float, float]:
    total_mb = sum(map(len, pages)) / 1e6
    started = time.perf_counter()
    for body in pages:
        BeautifulSoup(body, "lxml").get_text("\n", strip=True)
    bare = total_mb / (time.perf_counter() - started)
    subject = Subject(full_name="Jane Example")
    started = time.perf_counter()
    for body in pages:
        detect_document(parse_html("S1", body), subject)
    full = total_mb / (time.perf_counter() - started)
    return bare, full


class SlowPage(BaseHTTPRequestHandler):
    body = b"<html><title>t</title><p>Mobile 07700 900123</p></html>"

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        time.sleep(LATENCY_SECONDS)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args) -> None:
        pass


def page_stage_seconds() -> float:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        sources = [Source(id=f"S{i}", kind=SourceKind.PAGE, location=f"http://127.0.0.1:{port}/p{i}") for i in range(PAGES)]
        started = time.perf_counter()
        reads = collect_pages(sources, HttpFetcher(allow_private=True))
        elapsed = time.perf_counter() - started
        assert all(r.document is not None for r in reads), [r.source.reason for r in reads if r.document is None]
        return elapsed
    finally:
        server.shutdown()


def main(argv: list[str]) -> int:
    default = ROOT.parent / "shared" / "corpus" / "pages"
    pages_dir = Path(argv[1]) if len(argv) > 1 else (default if default.exists() else ROOT / "tests" / "data" / "pages")
    pages = corpus(pages_dir)
    bare, full = throughput(pages)
    ratio = full / bare
    print(f"HTML: {sum(map(len, pages)) / 1e6:.1f} MB ({len(pages)} pages from {pages_dir})")
    print(f"bare parse + get_text: {bare:.2f} MB/s")
    print(f"footprint page reading + all detectors: {full:.2f} MB/s")
    print(f"ratio {ratio:.2f} (target >= 0.5): {'met' if ratio >= 0.5 else 'MISSED'}")
    seconds = page_stage_seconds()
    print(f"page stage, {PAGES} pages at {LATENCY_SECONDS * 1000:.0f} ms each: {seconds:.2f} s "
          f"(sequential {PAGES * LATENCY_SECONDS:.0f} s; target < 2 s): {'met' if seconds < 2 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
