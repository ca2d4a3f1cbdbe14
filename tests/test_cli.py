from __future__ import annotations

import json
import stat

import pytest
from conftest import FakeDDGSClient, make_jpeg

from footprint import __version__
from footprint.cli import slugify
from footprint.console import terminal_safe


def test_help_and_version(run_cli):
    result = run_cli("--help")
    assert result.exit_code == 0
    for command in ("demo", "audit", "photos", "inspect"):
        assert command in result.out
    assert "service users" in result.out
    assert "service users" in run_cli("audit", "--help").out
    version = run_cli("--version")
    assert version.exit_code == 0 and __version__ in version.out


@pytest.mark.parametrize("args", [
    ("frobnicate",),
    ("audit", "--bogus"),
    ("audit",),  # --name is required
    ("audit", "--name", "Jane", "--consent", "self"),  # one word
    ("audit", "--name", "  ", "--consent", "self"),
    ("audit", "--name", "Jane Example", "--consent", "self", "--profile", "not a url"),
    ("audit", "--name", "Jane Example", "--consent", "maybe"),
    ("audit", "--name", "Jane Example", "--max-queries", "-1", "--consent", "self"),
    ("inspect", "/no/such/file.html"),
    ("photos", "/no/such/photo.jpg"),
    ("audit", "--name", "Jane Example", "--consent", "self", "--photo", "/no/such/folder"),
    ("demo", "--out", "/proc/footprint-cannot-write-here"),
])
def test_usage_errors_exit_2_with_one_line_and_no_traceback(run_cli, args):
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.err and result.err.strip()


def test_audit_refuses_to_run_without_consent_when_nobody_can_answer(run_cli, tmp_path):
    result = run_cli("audit", "--name", "Jane Example", "--max-queries", "0", "--out", str(tmp_path / "r"))
    assert result.exit_code == 2
    assert "--consent" in result.err and "service users" in result.err
    assert not (tmp_path / "r").exists()


def test_plan_prints_queries_without_searching(run_cli):
    result = run_cli("audit", "--name", "Jane Example", "--town", "Cardiff", "--plan", "--max-queries", "5")
    lines = result.out.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 5
    assert lines[0] == 'text\t"Jane Example"'


def test_audit_end_to_end_against_a_local_server(run_cli, httpserver, tmp_path):
    """search (recorded) -> pages (local server) -> photos -> report."""
    httpserver.expect_request("/jane").respond_with_data(
        "<html><title>Jane</title><p>Mobile 07700 900321. My son Tomos starts at Cwm Coed Primary School.</p>"
        '<img src="/pic.jpg" alt="park"></html>', content_type="text/html")
    httpserver.expect_request("/pic.jpg").respond_with_data(make_jpeg(lat=51.6, lon=-3.34), content_type="image/jpeg")
    page = httpserver.url_for("/jane")
    replay = tmp_path / "results.json"
    replay.write_text(json.dumps([
        {"query": "anything", "type": "text", "title": "Jane Example | 192.com", "href": "https://www.192.com/atoz/people/example/jane/cardiff/", "body": "Jane Example, Cardiff, aged 40-44"},
    ]))
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "home.jpg").write_bytes(make_jpeg(lat=51.48, lon=-3.18, zeroth={0x013B: b"Jane Example"}))
    (photos / "broken.jpg").write_bytes(b"")
    out = tmp_path / "report"
    result = run_cli("audit", "--name", "Jane Example", "--town", "Cardiff", "--profile", page, "--photo", str(photos),
                     "--replay", str(replay), "--allow-private",
                     "--consent", "self", "--out", str(out), "--quiet")
    assert result.exit_code == 0, result.err
    assert result.out.split() == [str(out / "report.html"), str(out / "report.json")]
    report = json.loads((out / "report.json").read_text())
    kinds = {f["kind"] for f in report["findings"]}
    assert {"phone", "child", "school", "page_image_gps", "photo_gps", "photo_owner", "people_finder"} <= kinds
    unchecked = {s["location"]: s["reason"] for s in report["could_not_check"]}
    # Photo paths are shown by file name only: a full path can hold the login name.
    assert unchecked["broken.jpg"] == "the file is empty"
    assert report["consent"]["basis"] == "self"
    assert "900321" not in (out / "report.html").read_text()
    assert stat.S_IMODE((out / "report.html").stat().st_mode) == 0o600


def test_audit_offline_with_nothing_cached_still_writes_a_report(run_cli, tmp_path):
    out = tmp_path / "r"
    result = run_cli("audit", "--name", "Jane Example", "--profile", "https://jane.example/", "--offline",
                     "--consent", "written", "--out", str(out), "--max-queries", "3", "--quiet")
    assert result.exit_code == 0, result.err
    report = json.loads((out / "report.json").read_text())
    assert len(report["could_not_check"]) == 4  # 3 searches and 1 page, none presented as clean
    assert all("offline" in s["reason"] for s in report["could_not_check"])


def test_inspect_file_json_prints_full_values(run_cli, tmp_path):
    page = tmp_path / "about.html"
    page.write_text("<p>Call 07700 900123 or mail jane dot example at example dot org</p>")
    result = run_cli("inspect", str(page), "--json")
    assert result.exit_code == 0
    values = {(f["kind"], f["value"]) for f in json.loads(result.out)["findings"]}
    assert values == {("phone", "+447700900123"), ("email", "jane.example@example.org")}


def test_inspect_reports_pages_it_could_not_check(run_cli, tmp_path, httpserver):
    httpserver.expect_request("/img").respond_with_data(b"\x89PNG\r\n\x1a\n", content_type="image/png")
    (tmp_path / "bin.html").write_bytes(b"\x00\x01\x02")
    result = run_cli("inspect", str(tmp_path / "bin.html"), httpserver.url_for("/img"), "--allow-private", "--json")
    assert result.exit_code == 0
    sources = json.loads(result.out)["sources"]
    assert [s["status"] for s in sources] == ["failed", "failed"]


def test_photos_json_one_entry_per_file_and_errors_inline(run_cli, tmp_path):
    (tmp_path / "a.jpg").write_bytes(make_jpeg(lat=51.6007, lon=-3.3379))
    (tmp_path / "notes.txt").write_text("not a photo")
    (tmp_path / "empty.jpg").write_bytes(b"")
    result = run_cli("photos", str(tmp_path), "--json")
    assert result.exit_code == 0
    entries = {e["path"].rsplit("/", 1)[1]: e for e in json.loads(result.out)["photos"]}
    assert set(entries) == {"a.jpg", "notes.txt", "empty.jpg"}
    assert entries["a.jpg"]["gps"]["lat"] == pytest.approx(51.6007, abs=1e-5) and entries["a.jpg"]["error"] is None
    assert entries["a.jpg"]["findings"][0]["kind"] == "photo_gps"
    assert entries["notes.txt"]["error"] and entries["empty.jpg"]["error"]
    for key in ("path", "format", "gps", "place", "taken_at", "device", "personal_fields", "has_thumbnail", "findings", "error"):
        assert key in entries["a.jpg"]


def test_photos_text_output_ends_with_a_summary_and_lists_non_images_once(run_cli, tmp_path):
    (tmp_path / "a.jpg").write_bytes(make_jpeg(lat=51.6007, lon=-3.3379))
    (tmp_path / "b.jpg").write_bytes(make_jpeg())
    for number in range(5):
        (tmp_path / f"notes{number}.txt").write_text("not a photo")
    result = run_cli("photos", str(tmp_path))
    assert result.exit_code == 0
    assert "Read 2 photos; 1 with a location" in result.out
    assert result.out.count("not images") == 1 and "Skipped 5 files" in result.out


def test_a_report_that_cannot_be_written_exits_1(run_cli, tmp_path, monkeypatch):
    import footprint.render

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(footprint.render, "write_report", refuse)
    result = run_cli("demo", "--out", str(tmp_path / "r"))
    assert result.exit_code == 1 and "could not write the report" in result.err and "Traceback" not in result.err


def test_a_bug_is_one_line_unless_debugging_and_ctrl_c_exits_130(run_cli, tmp_path, monkeypatch):
    import footprint.pipeline

    def crash(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(footprint.pipeline, "run_audit", crash)
    result = run_cli("demo", "--out", str(tmp_path / "r"))
    assert result.exit_code == 1 and "internal problem (RuntimeError: a bug)" in result.err and "Traceback" not in result.err
    monkeypatch.setenv("FOOTPRINT_DEBUG", "1")
    with pytest.raises(RuntimeError, match="a bug"):
        run_cli("demo", "--out", str(tmp_path / "r"))
    monkeypatch.delenv("FOOTPRINT_DEBUG")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(footprint.pipeline, "run_audit", interrupted)
    result = run_cli("demo", "--out", str(tmp_path / "r"))
    assert result.exit_code == 130 and "Stopped." in result.err
    assert not (tmp_path / "r" / "report.html").exists()


def test_terminal_output_is_stripped_of_control_characters():
    assert terminal_safe("evil\x1b[2Jname\u202e") == "evil?[2Jname"
    assert slugify("Siân Gwenllïan ap Dafydd") == "sian-gwenllian-ap-dafydd"


def test_audit_with_the_network_down_still_finishes_and_lists_every_unanswered_search(run_cli, tmp_path, monkeypatch):
    import ddgs
    from ddgs.exceptions import DDGSException

    from footprint import services
    from footprint.collect.engines import DdgsBackend

    class DeadDDGS(FakeDDGSClient):
        def text(self, query, **kwargs):
            raise DDGSException("Connection refused")

        images = text

    monkeypatch.setattr(ddgs, "DDGS", DeadDDGS)
    monkeypatch.setattr(services, "DdgsBackend", lambda: DdgsBackend(sleep=lambda seconds: None, pause_seconds=0))
    out = tmp_path / "r"
    result = run_cli("audit", "--name", "Siân Gwenllïan ap Dafydd", "--town", "Aberdare", "--consent", "self",
                     "--out", str(out), "--no-cache", "--quiet", "--reveal")
    assert result.exit_code == 0, result.err
    report = json.loads((out / "report.json").read_text())
    queries = [s for s in report["sources"] if s["kind"] == "query"]
    from footprint.collect.plan import plan_queries
    from footprint.model import Subject
    planned = plan_queries(Subject(full_name="Siân Gwenllïan ap Dafydd", towns=("Aberdare",)))
    assert [s["location"] for s in queries] == [q.text for q in planned]  # every planned search is listed
    assert {s["status"] for s in queries} == {"failed", "skipped"}
    assert len(report["could_not_check"]) == len(queries)
    assert report["summary"]["level"] == "unknown" and not report["summary"]["complete"]
    assert report["summary"]["checked"]["search"] == {"tried": len(planned), "checked": 0, "not_checked": len(planned),
                                                      "answered_empty": 0, "results": 0}
    assert "No search could be checked" in report["summary"]["could_not_run"][0]["text"]
    assert "Siân" in (out / "report.html").read_text()


def test_common_name_gets_a_warning(run_cli, tmp_path):
    replay = tmp_path / "r.json"
    replay.write_text("[]")
    result = run_cli("audit", "--name", "Sarah Jones", "--consent", "self", "--replay", str(replay),
                     "--out", str(tmp_path / "out"), "--quiet")
    assert result.exit_code == 0
    assert "Many people share this name" in result.err
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["warnings"] and "Many people share this name" in (tmp_path / "out" / "report.html").read_text()


def test_interactive_consent(run_cli, tmp_path, monkeypatch):
    import io

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    replay = tmp_path / "r.json"
    replay.write_text("[]")
    monkeypatch.setattr("sys.stdin", Terminal("written\n"))
    result = run_cli("audit", "--name", "Jane Example", "--replay", str(replay), "--out", str(tmp_path / "a"), "--quiet")
    assert result.exit_code == 0, result.err
    assert json.loads((tmp_path / "a" / "report.json").read_text())["consent"]["basis"] == "written"
    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    refused = run_cli("audit", "--name", "Jane Example", "--replay", str(replay), "--out", str(tmp_path / "b"), "--quiet")
    assert refused.exit_code == 2 and not (tmp_path / "b").exists()


def test_audit_follows_rel_me_links_from_declared_pages(run_cli, httpserver, tmp_path):
    other = httpserver.url_for("/other")
    httpserver.expect_request("/me").respond_with_data(
        f'<html><link rel="me" href="{other}"><p>Hello</p></html>', content_type="text/html")
    httpserver.expect_request("/other").respond_with_data("<p>We live at 27 Heol y Wern. Mobile 07700 900456</p>",
                                                          content_type="text/html")
    replay = tmp_path / "r.json"
    replay.write_text("[]")
    out = tmp_path / "o"
    result = run_cli("audit", "--name", "Jane Example", "--profile", httpserver.url_for("/me"), "--replay", str(replay),
                     "--allow-private", "--consent", "self", "--out", str(out), "--quiet", "--reveal")
    assert result.exit_code == 0, result.err
    report = json.loads((out / "report.json").read_text())
    pages = [s for s in report["sources"] if s["kind"] == "page"]
    assert [p["location"] for p in pages] == [httpserver.url_for("/me"), other]
    assert pages[1]["declared"] and pages[1]["parent"] == pages[0]["id"]
    assert {(f["kind"], f["value"]) for f in report["findings"]} >= {("address", "27 Heol y Wern"), ("phone", "+447700900456")}


def test_compare_option_reads_only_footprint_reports(run_cli, tmp_path):
    first = run_cli("demo", "--out", str(tmp_path / "a"))
    assert first.exit_code == 0
    second = run_cli("demo", "--out", str(tmp_path / "b"), "--compare", str(tmp_path / "a" / "report.json"))
    assert second.exit_code == 0
    report = json.loads((tmp_path / "b" / "report.json").read_text())
    assert report["compare"]["new"] == [] and report["compare"]["gone"] == []
    bogus = tmp_path / "x.json"
    bogus.write_text('{"hello": 1}')
    refused = run_cli("demo", "--out", str(tmp_path / "c"), "--compare", str(bogus))
    assert refused.exit_code == 2 and "not a footprint report" in refused.err


def test_serve_warns_about_other_hosts(run_cli, monkeypatch):
    import footprint.web.app as web
    calls = []
    monkeypatch.setattr(web, "serve", lambda **kwargs: calls.append(kwargs))
    result = run_cli("serve", "--host", "0.0.0.0", "--no-browser", "--port", "9999")
    assert result.exit_code == 0 and "other computers" in result.err
    assert calls[0]["host"] == "0.0.0.0" and calls[0]["open_browser"] is False
    quiet = run_cli("serve", "--no-browser")
    assert quiet.exit_code == 0 and "other computers" not in quiet.err and calls[1]["host"] == "127.0.0.1"


def test_serve_on_a_busy_port_fails_before_printing_a_link(run_cli):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        result = run_cli("serve", "--no-browser", "--port", str(busy.getsockname()[1]))
    assert result.exit_code == 1 and "could not listen" in result.err
    assert "token=" not in result.out + result.err


def test_a_report_never_reads_clean_when_nothing_could_be_checked(run_cli, tmp_path):
    """Offline with nothing cached and a photo that cannot be read: every stage tried, nothing checked."""
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"")
    out = tmp_path / "r"
    result = run_cli("audit", "--name", "Jane Example", "--consent", "self", "--offline", "--photo", str(photo),
                     "--out", str(out), "--quiet", "--max-queries", "5")
    assert result.exit_code == 0, result.err
    report = json.loads((out / "report.json").read_text())
    summary = report["summary"]
    assert summary["level"] == "unknown" and summary["complete"] is False and summary["total"] == 0
    assert summary["checked"]["search"]["checked"] == 0 and summary["checked"]["photos"] == {"tried": 1, "checked": 0, "not_checked": 1}
    assert {stage["stage"] for stage in summary["could_not_run"]} == {"search", "photos"}
    html = (out / "report.html").read_text()
    assert ">none<" not in html.lower() and "Nothing found.<" not in html
    assert "not a clean bill" in html and "SearXNG" in html
    assert "Searches: 0 of 5 answered" in html and "Your photo files: 0 of 1 read" in html


def test_a_complete_check_that_finds_nothing_reads_none(run_cli, tmp_path):
    replay = tmp_path / "r.json"
    replay.write_text("[]")
    out = tmp_path / "r"
    assert run_cli("audit", "--name", "Jane Example", "--consent", "self", "--replay", str(replay), "--out", str(out),
                   "--quiet", "--max-queries", "3").exit_code == 0
    summary = json.loads((out / "report.json").read_text())["summary"]
    assert summary["level"] == "none" and summary["complete"] is True and summary["could_not_run"] == []
    assert summary["checked"]["search"] == {"tried": 3, "checked": 3, "not_checked": 0, "answered_empty": 3, "results": 0}


def test_a_malformed_proxy_is_a_usage_error_before_any_search(run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("DDGS_PROXY", "not a proxy::")
    result = run_cli("audit", "--name", "Jane Example", "--consent", "self", "--out", str(tmp_path / "r"), "--quiet")
    assert result.exit_code == 2 and "DDGS_PROXY" in result.err and "Traceback" not in result.err
