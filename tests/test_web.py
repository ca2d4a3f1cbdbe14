"""The local web app through Flask's test client: access, forms, uploads, runs, deletion."""

from __future__ import annotations

import io
import json
import re
import time

import pytest
from conftest import make_jpeg

from footprint.cache import DiskCache
from footprint.collect.backends import ReplayBackend
from footprint.collect.fetch import HttpFetcher
from footprint.services import Services
from footprint.web.app import create_app
from footprint.web.forms import MAX_PHOTOS

TOKEN = "test-token-123"


@pytest.fixture
def cache(tmp_path):
    return DiskCache(tmp_path / "cache")


@pytest.fixture
def app(tmp_path, cache):
    def services(plan):
        return Services(ReplayBackend([], plan), HttpFetcher(allow_private=True, cache=cache), cache)
    return create_app(reports_dir=tmp_path / "reports", token=TOKEN, services=services, cache=cache, allow_private=True)


@pytest.fixture
def client(app):
    client = app.test_client()
    assert client.get(f"/?token={TOKEN}").status_code == 302  # the token unlocks the session, then leaves the URL
    return client


def csrf(client) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/").get_data(as_text=True)).group(1)


def wait_for(client, location: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        html = client.get(location).get_data(as_text=True)
        if "updates by itself" not in html:
            return html
        time.sleep(0.1)
    raise AssertionError("the run did not finish")


def test_without_the_token_nothing_opens(app):
    stranger = app.test_client()
    response = stranger.get("/")
    assert response.status_code == 403 and "own link" in response.get_data(as_text=True)
    assert stranger.get("/?token=wrong").status_code == 403
    assert stranger.post("/demo").status_code == 403


def test_pages_carry_the_strict_policy_and_no_scripts(client):
    response = client.get("/")
    html = response.get_data(as_text=True)
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY" and response.headers["Cache-Control"] == "no-store"
    assert "<script" not in html.lower()
    assert "service users" in html and "written consent" in html


def test_forms_need_the_csrf_token(client):
    assert client.post("/demo").status_code == 400
    assert client.post("/demo", data={"csrf": "forged"}).status_code == 400


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": "Jane Example"}, "Tick the box"),
    ({"consent": "yes", "name": ""}, "full name"),
    ({"consent": "yes", "name": "Jane"}, "full name"),
    ({"consent": "yes", "name": "Jane Example", "profiles": "not a url"}, "not a web address"),
])
def test_bad_input_gets_a_clear_message_and_writes_nothing(client, tmp_path, fields, message):
    response = client.post("/run", data={"csrf": csrf(client), **fields})
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert not (tmp_path / "reports").exists()


def test_private_addresses_are_refused_by_default(tmp_path, cache):
    def services(plan):
        return Services(ReplayBackend([], plan), HttpFetcher(), cache)
    app = create_app(reports_dir=tmp_path / "r", token=TOKEN, services=services, cache=cache)
    client = app.test_client()
    client.get(f"/?token={TOKEN}")
    response = client.post("/run", data={"csrf": csrf(client), "consent": "yes", "name": "Jane Example",
                                         "profiles": "http://127.0.0.1:8000/admin"})
    assert response.status_code == 400 and "private or local address" in response.get_data(as_text=True)


def test_uploads_are_checked_by_content_and_limited(client):
    token = csrf(client)
    not_photo = client.post("/run", data={"csrf": token, "consent": "yes", "name": "Jane Example",
                                          "photos": [(io.BytesIO(b"just text"), "holiday.jpg")]},
                            content_type="multipart/form-data")
    assert not_photo.status_code == 400 and "is not a photo" in not_photo.get_data(as_text=True)
    too_many = client.post("/run", data={"csrf": token, "consent": "yes", "name": "Jane Example",
                                         "photos": [(io.BytesIO(make_jpeg()), f"{n}.jpg") for n in range(MAX_PHOTOS + 1)]},
                           content_type="multipart/form-data")
    assert too_many.status_code == 400 and "at most" in too_many.get_data(as_text=True)


def test_an_over_large_request_gets_a_message(client, app):
    app.config["MAX_CONTENT_LENGTH"] = 50_000
    response = client.post("/run", data={"csrf": csrf(client), "consent": "yes", "name": "Jane Example",
                                         "photos": [(io.BytesIO(b"\xff\xd8\xff" + b"0" * 60_000), "big.jpg")]},
                           content_type="multipart/form-data")
    assert response.status_code == 413 and "too large" in response.get_data(as_text=True)


def test_a_full_check_with_photos_then_delete(client, tmp_path, httpserver, cache):
    httpserver.expect_request("/me").respond_with_data("<p>Mobile 07700 900777</p>", content_type="text/html")
    response = client.post("/run", data={
        "csrf": csrf(client), "consent": "yes", "name": "Jane Example", "towns": "Cardiff", "profiles": httpserver.url_for("/me"),
        "photos": [(io.BytesIO(make_jpeg(lat=51.48, lon=-3.18)), "../../etc/passwd")],
    }, content_type="multipart/form-data")
    assert response.status_code == 303
    location = response.headers["Location"]
    html = wait_for(client, location)
    assert "The report is ready" in html
    run_id = location.rsplit("/", 1)[1]
    with client.get(f"/run/{run_id}/download/json") as download:  # send_file responses hold the file open
        report = json.loads(download.get_data())
        assert "attachment" in download.headers["Content-Disposition"]
    assert {f["kind"] for f in report["findings"]} >= {"phone", "photo_gps"}
    assert report["subject"]["photos"] == 1
    with client.get(f"/run/{run_id}/report") as page:
        assert page.status_code == 200 and "What people can find out about" in page.get_data(as_text=True)
        assert "form-action 'none'" in page.headers["Content-Security-Policy"]
    assert cache.get("fetch", httpserver.url_for("/me")) is not None
    folder = tmp_path / "reports" / run_id
    assert (folder / "report.html").exists() and not list((tmp_path / "reports").glob("**/passwd"))
    asked = client.post(f"/run/{run_id}/delete", data={"csrf": csrf(client)})
    assert asked.status_code == 200 and "Delete this report?" in asked.get_data(as_text=True) and folder.exists()
    deleted = client.post(f"/run/{run_id}/delete", data={"csrf": csrf(client), "confirm": "yes"})
    assert deleted.status_code == 303
    assert not folder.exists()
    assert cache.get("fetch", httpserver.url_for("/me")) is None  # what the cache held is gone too
    assert client.get(f"/run/{run_id}").status_code == 404


def test_one_check_at_a_time_and_cancel_leaves_nothing(client, tmp_path, monkeypatch):
    import footprint.web.runs as web

    started = []

    def slow_audit(subject, *, progress, **kwargs):
        started.append(True)
        for step in range(200):
            progress("search", step, 200)
            time.sleep(0.02)
        raise AssertionError("not cancelled")
    monkeypatch.setattr(web, "run_audit", slow_audit)
    first = client.post("/demo", data={"csrf": csrf(client)})
    assert first.status_code == 303
    second = client.post("/demo", data={"csrf": csrf(client)})
    assert second.status_code == 409 and "one check at a time" in second.get_data(as_text=True)
    run_id = first.headers["Location"].rsplit("/", 1)[1]
    assert client.post(f"/run/{run_id}/delete", data={"csrf": csrf(client)}).status_code == 409
    acknowledged = client.post(f"/run/{run_id}/cancel", data={"csrf": csrf(client)}, follow_redirects=True)
    # The worker may have stopped already by the time the redirect is followed: either page is right.
    shown = acknowledged.get_data(as_text=True)
    assert "Stopping the check. Nothing will be saved." in shown or "Stopped, nothing saved" in shown
    html = wait_for(client, first.headers["Location"])
    assert "Stopped, nothing saved" in html and 'class="danger"' not in html
    assert not (tmp_path / "reports").exists()


def test_unknown_pages_and_downloads(client):
    assert client.get("/run/nope").status_code == 404
    assert client.get("/run/nope/download/json").status_code == 404


def test_a_form_error_keeps_the_tick_and_puts_the_errors_first(client):
    response = client.post("/run", data={"csrf": csrf(client), "consent": "yes", "name": "Jane"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'name="consent" value="yes" checked' in html
    assert html.index('id="errors"') < html.index("<h1>") and "autofocus" in html[html.index('id="errors"') - 80:html.index('id="errors"') + 80]


def test_a_profile_without_https_is_accepted(client, tmp_path, monkeypatch):
    from werkzeug.datastructures import ImmutableMultiDict

    from footprint.web.forms import StartForm

    form = StartForm.read(ImmutableMultiDict({"consent": "yes", "name": "Jane Example", "profiles": "facebook.com/jane.example"}),
                          ImmutableMultiDict())
    assert form.check(allow_private=True), form.errors
    assert form.subject([]).profile_urls == ("https://facebook.com/jane.example",)


def test_the_ready_page_the_report_and_the_downloads(client, tmp_path, httpserver):
    httpserver.expect_request("/me").respond_with_data("<p>Mobile 07700 900777</p>", content_type="text/html")
    response = client.post("/run", data={
        "csrf": csrf(client), "consent": "yes", "name": "Jane Example", "profiles": httpserver.url_for("/me"),
        "photos": [(io.BytesIO(make_jpeg(lat=51.48, lon=-3.18)), "IMG_2024 park\x1b[2J.jpg")],
    }, content_type="multipart/form-data")
    location = response.headers["Location"]
    html = wait_for(client, location)
    run_id = location.rsplit("/", 1)[1]
    assert "Overall exposure: <strong>high</strong>" in html and "things found" in html
    assert str(tmp_path / "reports" / run_id) in html
    with client.get(f"/run/{run_id}/download/json") as download:
        assert download.headers["Content-Disposition"].endswith(f"footprint-jane-e-{time.strftime('%Y-%m-%d', time.gmtime())}.json")
        report = json.loads(download.get_data())
    photo = next(s for s in report["sources"] if s["kind"] == "photo")
    assert photo["location"] == "IMG_2024 park[2J.jpg"  # the person's own name, without the control character
    with client.get(f"/run/{run_id}/report") as page:
        assert f'href="/run/{run_id}"' in page.get_data(as_text=True)
    start = client.get("/").get_data(as_text=True)
    assert "Your earlier reports" in start and f"/run/{run_id}" in start


def test_reports_from_an_earlier_session_are_listed(tmp_path, cache):
    from footprint.web.app import create_app

    folder = tmp_path / "reports" / "abc123"
    folder.mkdir(parents=True)
    (folder / "report.json").write_text(json.dumps({"summary": {"level": "medium", "total": 2}, "subject": {"full_name": "Jane E."},
                                                    "generated_at": "2026-11-20T10:00:00+00:00", "could_not_check": []}))
    app = create_app(reports_dir=tmp_path / "reports", token=TOKEN, cache=cache)
    client = app.test_client()
    client.get(f"/?token={TOKEN}")
    assert "Jane E., 2026-11-20" in client.get("/").get_data(as_text=True)
