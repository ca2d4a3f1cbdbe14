"""The demo report in a real browser: Debian's Chromium driven by Playwright, checked with axe-core.

Needs /usr/bin/chromium (Debian package chromium), the Python package playwright (test extra)
and axe-core from the npm registry; .ci/run installs all three. Without them the test is
skipped, saying which is missing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("FOOTPRINT_CHROMIUM", "/usr/bin/chromium"))
AXE = Path(os.environ.get("FOOTPRINT_AXE_JS", ROOT / ".test-tools" / "node_modules" / "axe-core" / "axe.min.js"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (test extra) is not installed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not found: apt-get install chromium (.ci/run does)")
needs_axe = pytest.mark.skipif(not AXE.exists(), reason=f"{AXE} not found: npm install axe-core into .test-tools (.ci/run does)")


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory, request) -> Path:
    out = tmp_path_factory.mktemp("demo")
    import sys

    from footprint.cli import main
    argv = sys.argv
    sys.argv = ["footprint", "demo", "--out", str(out)]
    try:
        with pytest.raises(SystemExit) as done:
            main()
    finally:
        sys.argv = argv
    assert done.value.code == 0
    return out / "report.html"


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_report_makes_no_network_request_and_shows_its_sections(demo_report, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    page.goto(demo_report.as_uri())
    page.wait_for_load_state("load")
    assert [url for url in requests if not url.startswith("file://")] == []
    headings = page.locator("h2").all_inner_texts()
    for section in ("Summary", "Tell your manager", "Where you live and go", "How to contact you", "Your family",
                    "Your work and practice", "Who you are", "How to fix it", "Check these yourself",
                    "The guidance, point by point", "What we could not check", "How this report was made"):
        assert section in headings, section
    assert page.locator("h1").inner_text().startswith("What people can find out about")
    shots = Path(os.environ.get("FOOTPRINT_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "report-1280.png"), full_page=False)
    phone = browser.new_context(viewport={"width": 375, "height": 800}).new_page()
    phone.goto(demo_report.as_uri())
    phone.screenshot(path=str(shots / "report-375.png"), full_page=False)
    # Nothing is wider than a phone screen: no sideways scrolling at 375 px (nor at 320).
    for width in (375, 320):
        phone.set_viewport_size({"width": width, "height": 800})
        assert phone.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_csp_blocks_injected_scripts(demo_report, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(demo_report.as_uri())
    with pytest.raises(playwright_api.Error):
        page.add_script_tag(content="window.__injected = 1")
    assert page.evaluate("window.__injected === undefined")
    context.close()


@needs_axe
def test_axe_finds_no_accessibility_violations(demo_report, browser):
    # The report's own CSP rightly blocks injected scripts, so axe runs in a context that bypasses it.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(demo_report.as_uri())
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:3]} for v in result["violations"]]
    assert violations == [], json.dumps(violations, indent=1)
    context.close()


def test_print_layout_keeps_findings_whole(demo_report, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(demo_report.as_uri())
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.finding')).breakInside") == "avoid"
    context.close()


def test_the_demo_report_is_short_enough_to_act_on_and_keeps_every_finding(demo_report, browser):
    from footprint.demo import load_demo
    from footprint.model import Consent
    from footprint.pipeline import run_audit

    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(demo_report.as_uri())
    assert page.evaluate("document.documentElement.scrollHeight") < 15_000
    scenario = load_demo()
    audit = run_audit(scenario.subject, consent=Consent.DEMO, plan=scenario.plan, services=scenario.services)
    report = json.loads(demo_report.with_name("report.json").read_text())
    assert len(report["findings"]) == len(audit.findings)
    # Words in table cells wrap between words, not inside them, on a phone.
    phone = browser.new_context(viewport={"width": 390, "height": 800}).new_page()
    phone.goto(demo_report.as_uri())
    assert phone.evaluate("getComputedStyle(document.querySelector('td')).overflowWrap") == "break-word"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
