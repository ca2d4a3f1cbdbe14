"""Regression tests for what a hostile page, file or local program could do (issue 14). Each test
names the threat it stands for; docs/threat-model.md lists what footprint defends against and what
it does not. Everything runs against loopback only."""

from __future__ import annotations

import gzip
import os
import socket
import stat
import threading
import time
from pathlib import Path

import pytest

from footprint.collect.fetch import HttpFetcher, is_public_address, parse_web_address
from footprint.collect.isolation import TIMED_OUT, WORKER_DIED, ImageJob, IsolatedReader

# -- A URL parsed two ways ---------------------------------------------------------------------


class RecordingServer:
    """A raw loopback HTTP server that records every request line and answers with `reply`."""

    def __init__(self, reply: bytes = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", *, trickle: bytes = b"",
                 trickle_every: float = 0.0) -> None:
        self.requests: list[bytes] = []
        self.reply, self.trickle, self.trickle_every = reply, trickle, trickle_every
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.stopped = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                self.requests.append(conn.recv(65536).split(b"\r\n")[0])
                try:
                    conn.sendall(self.reply)
                    for byte in self.trickle:
                        time.sleep(self.trickle_every)
                        conn.sendall(bytes([byte]))
                except OSError:
                    pass

    def close(self) -> None:
        self.stopped = True
        self.sock.close()


@pytest.fixture
def server():
    servers: list[RecordingServer] = []

    def make(*args, **kwargs) -> RecordingServer:
        servers.append(RecordingServer(*args, **kwargs))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


def test_an_address_read_two_ways_is_refused_before_connecting(server):
    """Threat: the guard checks one host while the connection goes to another (a hostile result,
    redirect, <img src> or rel=me link sends blind requests to local services)."""
    local = server()
    for url in (f"http://127.0.0.1:{local.port}\\@8.8.8.8/x", f"http://127.0.0.1:{local.port}@8.8.8.8/",
                f"http://8.8.8.8:80@127.0.0.1:{local.port}/", f"http://127.0.0.1:{local.port}/a b"):
        result = HttpFetcher().fetch(url)
        assert result.error, url
    assert local.requests == []  # nothing reached the local server
    assert parse_web_address("https://Example.org:8443/path?q=1").host == "example.org"


def test_ipv6_forms_of_local_ipv4_addresses_are_private():
    """Threat: ::7f00:1 (IPv4-compatible), 64:ff9b::7f00:1 (NAT64) and 2002:7f00:1:: (6to4) all lead to 127.0.0.1."""
    for address in ("::7f00:1", "64:ff9b::7f00:1", "2002:7f00:1::", "::ffff:127.0.0.1", "64:ff9b::a00:1", "2002:a9fe:a9fe::"):
        assert not is_public_address(address), address
    assert is_public_address("2a00:1450:4009:81f::200e") and is_public_address("64:ff9b::808:808")


def test_a_redirect_cannot_aim_at_loopback_with_a_backslash(server):
    """Threat: a public page redirects to a local service with a backslash trick in Location."""
    local = server()
    hop = server(f"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{local.port}\\@8.8.8.8/\r\nContent-Length: 0\r\n\r\n".encode())
    result = HttpFetcher(allow_private=True).fetch(f"http://127.0.0.1:{hop.port}/")
    assert "not a web address" in result.error and local.requests == []


# -- Redirect bodies ---------------------------------------------------------------------------


def test_a_redirect_body_is_never_read(server):
    """Threat: a 302 carrying a gzip bomb (1 GB once inflated) or trickling a byte every second
    held memory and time past every limit, because the redirect's body was read to free the connection."""
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)
    target = server()
    bombing = server(b"HTTP/1.1 302 Found\r\nContent-Encoding: gzip\r\n"
                     + f"Location: http://127.0.0.1:{target.port}/\r\nContent-Length: {len(bomb)}\r\n\r\n".encode() + bomb)
    import tracemalloc

    tracemalloc.start()
    result = HttpFetcher(allow_private=True).fetch(f"http://127.0.0.1:{bombing.port}/")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.ok and result.body == b"hi"
    assert peak < 50 * 1024 * 1024
    trickling = server(f"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{target.port}/\r\nContent-Length: 100\r\n\r\n".encode(),
                       trickle=b"x" * 100, trickle_every=0.5)
    started = time.monotonic()
    result = HttpFetcher(allow_private=True).fetch(f"http://127.0.0.1:{trickling.port}/")
    assert result.ok and time.monotonic() - started < 5


# -- Images read with limits, in every path ------------------------------------------------------


@pytest.fixture
def readers(monkeypatch):
    import sys

    monkeypatch.syspath_prepend(str(Path(__file__).parent))  # worker processes import the stand-ins by name
    import isolation_readers

    sys.modules.setdefault("isolation_readers", isolation_readers)
    return isolation_readers


@pytest.mark.parametrize(("name", "error"), [("hangs_on_bad", TIMED_OUT), ("grows_on_bad", "too much memory"),
                                             ("dies_on_bad", WORKER_DIED)])
def test_a_crafted_image_costs_one_line_even_in_a_background_thread(readers, name, error):
    """Threat: a crafted photo loops or grows without bound (a HEIC with thousands of iloc items used
    85 s of CPU, or 5 GB, in the web app's run thread, where the CLI's signal-based limit did nothing)."""
    # One second for the file that hangs; ten for the others, so a slow machine cannot turn them into time-outs.
    reader = IsolatedReader(seconds=1 if name == "hangs_on_bad" else 10, memory=512 * 1024**2, read=getattr(readers, name))
    jobs = [ImageJob(name=n) for n in ("a", "b", "bad", "c", "d")]
    results: list = []
    thread = threading.Thread(target=lambda: results.extend(reader.read_all(jobs)))
    started = time.monotonic()
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive() and time.monotonic() - started < 15
    assert [m.path for m in results] == ["a", "b", "bad", "c", "d"]
    assert error in results[2].error
    assert [m.error for i, m in enumerate(results) if i != 2] == ["", "", "", ""]


def test_a_file_that_is_no_image_costs_its_first_block_only(tmp_path):
    """Threat: two 2 GB sparse files took 1 GB of memory, read whole before their format was known."""
    from footprint.exif import metadata_bytes

    sparse = tmp_path / "huge.bin"
    with sparse.open("wb") as handle:
        handle.truncate(2 * 1024**3)
    with sparse.open("rb") as handle:
        assert len(metadata_bytes(handle)) <= 256 * 1024


# -- Files on disk -------------------------------------------------------------------------------


def test_a_planted_link_where_the_report_is_written_is_not_followed(tmp_path):
    """Threat: a local user plants out/.report.html.tmp -> victim; writing the report overwrote the victim."""
    from footprint.private_files import write_private

    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    victim = tmp_path / "victim"
    victim.write_text("precious")
    (out / ".report.html.tmp").symlink_to(victim)
    write_private(out / "report.html", "<p>report</p>")
    assert victim.read_text() == "precious"
    assert (out / "report.html").read_text() == "<p>report</p>" and not (out / "report.html").is_symlink()
    assert stat.S_IMODE((out / "report.html").stat().st_mode) == 0o600


def test_only_folders_footprint_creates_are_made_private(tmp_path, monkeypatch):
    """Threat to the person's own files: `--out .` silently changed the working folder's mode to 0700."""
    from footprint.private_files import write_private

    own = tmp_path / "mine"
    own.mkdir(mode=0o755)
    os.chmod(own, 0o755)
    write_private(own / "report.json", "{}")
    assert stat.S_IMODE(own.stat().st_mode) == 0o755
    old = os.umask(0o022)
    try:
        write_private(tmp_path / "new" / "deeper" / "report.json", "{}")
    finally:
        os.umask(old)
    for folder in (tmp_path / "new", tmp_path / "new" / "deeper"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_planted_place_grid_cannot_run_code(tmp_path, monkeypatch):
    """Threat: the place-grid cache was a pickle; a file planted in the cache folder ran code."""
    import pickle

    from footprint import places

    monkeypatch.setenv("FOOTPRINT_CACHE_DIR", str(tmp_path))
    places._grid.cache_clear()
    data = places._data_file()
    stamp = data.stat()
    folder = tmp_path / "places"
    folder.mkdir()
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    for suffix in ("pickle", "json"):
        (folder / f"grid-{stamp.st_size}-{int(stamp.st_mtime)}.{suffix}").write_bytes(pickle.dumps(Payload()))
    try:
        assert places.place_names([places.GPS(51.6007, -3.3379)]) == ["Pontypridd, Rhondda Cynon Taf, Wales"]
    finally:
        places._grid.cache_clear()
    assert not marker.exists()


# -- The local web app ---------------------------------------------------------------------------


TOKEN = "security-test-token"


@pytest.fixture
def web(tmp_path):
    from footprint.cache import DiskCache
    from footprint.collect.backends import ReplayBackend
    from footprint.collect.fetch import HttpFetcher
    from footprint.services import Services
    from footprint.web.app import create_app

    cache = DiskCache(tmp_path / "cache")
    app = create_app(reports_dir=tmp_path / "reports", token=TOKEN, cache=cache,
                     services=lambda plan: Services(ReplayBackend([], plan), HttpFetcher(), cache))
    return app


def _csrf(client) -> str:
    import re

    return re.search(r'name="csrf" value="([^"]+)"', client.get("/").get_data(as_text=True)).group(1)


def test_markup_typed_into_any_field_or_file_name_is_shown_as_text(web):
    """Threat: form values and uploaded file names were echoed raw (templates ending .html.j2 were not
    autoescaped); a file named <meta http-equiv=refresh ...> navigated the browser away."""
    import io

    client = web.test_client()
    client.get(f"/?token={TOKEN}")
    evil = '<meta http-equiv="refresh" content="0;url=https://evil.example/"><script>alert(1)</script>'
    fields = {name: evil for name in ("name", "other_names", "towns", "employer", "role", "profiles", "age")}
    response = client.post("/run", data={"csrf": _csrf(client), **fields}, content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "<meta http-equiv" not in html and "<script>" not in html
    assert "&lt;meta http-equiv" in html
    upload = client.post("/run", data={"csrf": _csrf(client), "consent": "yes", "name": "Jane Example",
                                       "photos": [(io.BytesIO(b"not a photo"), evil)]}, content_type="multipart/form-data")
    assert upload.status_code == 400 and "<meta http-equiv" not in upload.get_data(as_text=True)


def test_the_session_cookie_carries_nothing_and_is_this_servers_alone(web, tmp_path):
    """Threat: the signed cookie went to every port on 127.0.0.1 and its payload (allowed, the CSRF
    token) gave any local program that received it full access, even to another footprint."""
    client = web.test_client()
    response = client.get(f"/?token={TOKEN}")
    cookie = response.headers["Set-Cookie"]
    name, _, rest = cookie.partition("=")
    assert name.startswith("footprint-") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    value = rest.split(";")[0]
    assert _csrf(client) not in value and "allowed" not in value and len(value) < 60
    from footprint.web.app import create_app

    other = create_app(reports_dir=tmp_path / "other", token="another").test_client()
    other.set_cookie(name, value)
    assert other.get("/").status_code == 403  # a key from one server opens nothing on another


def test_the_start_link_works_once_and_not_for_long():
    """Threat: the token stayed valid for ever, in browser history and (with Werkzeug) in the access log."""
    from footprint.web.app import Sessions

    now = [0.0]
    sessions = Sessions("t0ken", minutes=10, clock=lambda: now[0])
    assert sessions.open("wrong") is None
    key = sessions.open("t0ken")
    assert key and sessions.csrf(key)
    assert sessions.open("t0ken") is None  # used up
    late = Sessions("t0ken", minutes=10, clock=lambda: now[0])
    now[0] += 601
    assert late.open("t0ken") is None  # expired


def test_double_submits_start_one_check(web, monkeypatch):
    """Threat: six concurrent POST /demo started up to five runs."""
    import footprint.web.runs as runs

    def slow_audit(subject, *, progress, **kwargs):
        for step in range(100):
            progress("search", step, 100)
            time.sleep(0.02)
        raise RuntimeError("stopped by the test")

    monkeypatch.setattr(runs, "run_audit", slow_audit)
    client = web.test_client()
    client.get(f"/?token={TOKEN}")
    token = _csrf(client)
    codes: list[int] = []
    barrier = threading.Barrier(6)

    def post() -> None:
        barrier.wait()
        codes.append(client.post("/demo", data={"csrf": token}).status_code)

    threads = [threading.Thread(target=post) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [303] + [409] * 5
