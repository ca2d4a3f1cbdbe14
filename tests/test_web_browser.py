"""The web app in a real browser (Debian's Chromium through Playwright): run the demo, read the
report, download the JSON, delete the run. Screenshots of each step at desktop and phone widths
go to $FOOTPRINT_SCREENSHOTS (or a temporary folder)."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from test_browser import AXE, CHROMIUM, CHROMIUM_ARGS, needs_axe

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (test extra) is not installed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not found: apt-get install chromium (.ci/run does)")

TOKEN = "browser-test-token"


@pytest.fixture
def server(tmp_path):
    from werkzeug.serving import make_server

    from footprint.web.app import create_app
    reports = tmp_path / "reports"
    app = create_app(reports_dir=reports, token=TOKEN)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", reports
    httpd.shutdown()


@pytest.mark.parametrize("width", [1280, 375])
def test_demo_run_read_download_delete(server, tmp_path, width):
    base, reports = server
    shots = Path(os.environ.get("FOOTPRINT_SCREENSHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) else None)
        page.goto(f"{base}/?token={TOKEN}")
        assert "token" not in page.url  # the token does not stay in the address bar
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(shots / f"web-1-start-{width}.png"), full_page=True)
        page.get_by_role("button", name="Run the demo").click()
        page.get_by_text("The report is ready").wait_for(timeout=30_000)
        page.screenshot(path=str(shots / f"web-2-ready-{width}.png"), full_page=True)
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Download the data (JSON)").click()
        report = json.loads(Path(download_info.value.path()).read_text())
        assert report["consent"]["basis"] == "demo" and report["findings"]
        page.get_by_role("link", name="Read the report").click()
        headings = page.locator("h2").all_inner_texts()
        assert "Summary" in headings and "What we could not check" in headings
        page.screenshot(path=str(shots / f"web-3-report-{width}.png"))
        page.get_by_role("link", name="← Back to footprint").click()
        folders = list(reports.iterdir())
        assert len(folders) == 1 and (folders[0] / "report.json").exists()
        page.get_by_role("button", name="Delete the report and everything kept about this check…").click()
        page.get_by_role("button", name="Yes, delete it").click()
        page.get_by_text("were deleted").wait_for()
        page.screenshot(path=str(shots / f"web-4-deleted-{width}.png"), full_page=True)
        assert list(reports.iterdir()) == []
        assert outside == []  # the app and the report load nothing from anywhere else
        browser.close()


@needs_axe
def test_start_page_has_no_accessibility_violations(server):
    base, _ = server
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(bypass_csp=True).new_page()
        page.goto(f"{base}/?token={TOKEN}")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        assert [v["id"] for v in result["violations"]] == []
        browser.close()
