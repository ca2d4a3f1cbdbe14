"""`footprint serve`: a small local web app for people who never open a terminal.

Flask, because the app is four pages and a few forms: a micro-framework with Werkzeug's
tested request handling (uploads, size limits) and Jinja2, which the report already uses.

Safety:
- it listens on 127.0.0.1 unless told otherwise; a random token in the first URL (as Jupyter
  does) unlocks a session cookie, so other local users and web pages cannot drive it;
- every form carries a CSRF token; every page has the report's strict Content-Security-Policy
  and no scripts (the progress page refreshes itself with a meta tag);
- uploads are size- and count-limited, checked by content, saved under names we choose in a
  private temporary folder, and removed when the run ends;
- one audit at a time; "delete" removes the report folder and what the cache holds for the run.
"""

from __future__ import annotations

import hmac
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask, abort, redirect, render_template, request, send_file, session, url_for
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from footprint.audit import AuditOptions, run_audit
from footprint.cache import DiskCache, default_cache_dir
from footprint.collect.fetch import BlockedAddress, Fetcher, HttpFetcher, check_public_host
from footprint.collect.search import CachedBackend, DdgsBackend, PlannedQuery, SearchBackend, plan_queries
from footprint.demo import load_demo
from footprint.exif import sniff_format
from footprint.model import Subject
from footprint.render import CONTENT_SECURITY_POLICY, write_report

MAX_PHOTOS = 20
MAX_PHOTO_BYTES = 15 * 1024 * 1024
MAX_REQUEST_BYTES = MAX_PHOTOS * MAX_PHOTO_BYTES + 1024 * 1024
APP_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
TEMPLATES = Path(__file__).resolve().parent / "templates" / "web"


class Cancelled(Exception):
    pass


@dataclass
class Run:
    id: str
    label: str
    status: str = "running"  # running, done, cancelled, failed
    stage: str = "starting"
    done: int = 0
    total: int = 0
    message: str = ""
    out_dir: Path | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    cached: list[tuple[str, str]] = field(default_factory=list)  # (namespace, key) to forget on delete
    started: float = field(default_factory=time.monotonic)


@dataclass
class Services:
    """What reaches the outside world, passed in so tests use recorded results and a local server."""

    make_backend: Callable[[list[PlannedQuery]], SearchBackend]
    make_fetcher: Callable[[], Fetcher]
    cache: DiskCache | None


def live_services(*, allow_private: bool = False) -> Services:
    cache = DiskCache(default_cache_dir())
    return Services(make_backend=lambda plan: CachedBackend(DdgsBackend(), cache),
                    make_fetcher=lambda: HttpFetcher(allow_private=allow_private, cache=cache), cache=cache)


def template_folder() -> Path:
    # Inside a wheel templates/ is footprint/templates; in a source checkout it is at the top.
    return TEMPLATES if TEMPLATES.is_dir() else Path(__file__).resolve().parent.parent / "templates" / "web"


def create_app(*, reports_dir: Path, token: str, services: Services | None = None, allow_private: bool = False) -> Flask:
    app = Flask(__name__, template_folder=str(template_folder()))
    app.secret_key = secrets.token_bytes(32)
    app.config.update(MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES, SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_HTTPONLY=True)
    services = services or live_services(allow_private=allow_private)
    runs: dict[str, Run] = {}
    lock = threading.Lock()

    def current() -> Run | None:
        with lock:
            return next((r for r in runs.values() if r.status == "running"), None)

    def page(name: str, status: int = 200, **context: Any):
        return render_template(name, csrf=session.get("csrf", ""), **context), status

    @app.before_request
    def check_access():
        offered = request.args.get("token", "")
        if offered and hmac.compare_digest(offered, token):
            session["allowed"] = True
            session.setdefault("csrf", secrets.token_urlsafe(32))
        if not session.get("allowed"):
            return page("message.html.j2", 403, title="Open footprint from its own link",
                        text="This page only opens from the link footprint printed when it started. Close this tab and use that link.")
        if request.method == "POST":
            sent = request.form.get("csrf", "")
            if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
                return page("message.html.j2", 400, title="Please try again",
                            text="This form has expired. Go back to the start page and send it again.")
        return None

    @app.after_request
    def security_headers(response):
        if response.mimetype == "text/html":
            response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY if request.path.endswith("/report") else APP_CSP
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(error):
        return page("index.html.j2", 413, errors=[f"The photos were too large: at most {MAX_PHOTOS} photos of "
                                                  f"{MAX_PHOTO_BYTES // (1024 * 1024)} MB each."], form={}, running=current())

    @app.errorhandler(HTTPException)
    def http_error(error):
        return page("message.html.j2", error.code or 500, title=error.name, text="That page does not exist here.")

    @app.get("/")
    def index():
        if request.args.get("token"):
            return redirect(url_for("index"))  # keep the token out of the address bar and history
        return page("index.html.j2", errors=[], form={}, running=current(), notice=request.args.get("notice", ""))

    @app.post("/run")
    def start_run():
        if running := current():
            return page("message.html.j2", 409, title="A check is already running",
                        text="footprint runs one check at a time.", link=url_for("show_run", run_id=running.id))
        form = {key: request.form.get(key, "").strip() for key in ("name", "other_names", "towns", "employer", "role", "profiles")}
        errors = []
        if request.form.get("consent") != "yes":
            errors.append("Tick the box to confirm you are checking yourself, or a person who gave written consent.")
        name = " ".join(form["name"].split())
        if len(name.split()) < 2:
            errors.append("Give a full name, first and last (for example Jane Doe).")
        profiles = [line.strip() for line in form["profiles"].splitlines() if line.strip()]
        for url in profiles:
            problem = _url_problem(url, allow_private)
            if problem:
                errors.append(problem)
        uploads = [f for f in request.files.getlist("photos") if f and f.filename]
        if len(uploads) > MAX_PHOTOS:
            errors.append(f"Choose at most {MAX_PHOTOS} photos.")
        if errors:
            return page("index.html.j2", 400, errors=errors, form=form, running=None)
        upload_dir = Path(tempfile.mkdtemp(prefix="footprint-upload-"))  # mode 0700
        photo_paths, upload_errors = _save_uploads(uploads, upload_dir)
        if upload_errors:
            shutil.rmtree(upload_dir, ignore_errors=True)
            return page("index.html.j2", 400, errors=upload_errors, form=form, running=None)
        subject = Subject(
            full_name=name,
            other_names=tuple(n.strip() for n in form["other_names"].split(",") if n.strip()),
            towns=tuple(t.strip() for t in form["towns"].split(",") if t.strip()),
            employer=form["employer"], role=form["role"], profile_urls=tuple(profiles), photo_paths=tuple(photo_paths),
        )
        plan = plan_queries(subject)
        run = _start(subject, "self", plan, services.make_backend(plan), services.make_fetcher(), upload_dir)
        return redirect(url_for("show_run", run_id=run.id), 303)

    @app.post("/demo")
    def start_demo():
        if running := current():
            return page("message.html.j2", 409, title="A check is already running",
                        text="footprint runs one check at a time.", link=url_for("show_run", run_id=running.id))
        scenario = load_demo()
        run = _start(scenario.subject, "demo", scenario.plan, scenario.backend, scenario.fetcher, None)
        return redirect(url_for("show_run", run_id=run.id), 303)

    def _start(subject: Subject, consent: str, plan, backend, fetcher, upload_dir: Path | None) -> Run:
        run = Run(id=secrets.token_hex(8), label=subject.full_name)
        run.cached = [("search", f"{q.type}\0{q.text}") for q in plan] + [("fetch", u) for u in subject.profile_urls]
        with lock:
            runs[run.id] = run

        def progress(stage: str, done: int, total: int) -> None:
            if run.cancel.is_set():
                raise Cancelled()
            run.stage, run.done, run.total = stage, done, total

        def work() -> None:
            try:
                audit = run_audit(subject, consent=consent, plan=plan, search_backend=backend, fetcher=fetcher,
                                  options=AuditOptions(), progress=progress)
                if run.cancel.is_set():
                    raise Cancelled()
                audit.subject = Subject(full_name=subject.full_name, other_names=subject.other_names, towns=subject.towns,
                                        employer=subject.employer, role=subject.role, profile_urls=subject.profile_urls,
                                        photo_paths=tuple(Path(p).name for p in subject.photo_paths))
                run.cached += [("fetch", s.location) for s in audit.sources if s.location.startswith("http")]
                out_dir = reports_dir / run.id
                write_report(audit, out_dir)
                run.out_dir, run.status = out_dir, "done"
            except Cancelled:
                run.status, run.message = "cancelled", "The check was cancelled. Nothing was saved."
            except Exception as error:  # shown on the page; the CLI has the traceback switch
                run.status, run.message = "failed", f"The check stopped: {type(error).__name__}. Nothing was saved."
            finally:
                if upload_dir is not None:
                    shutil.rmtree(upload_dir, ignore_errors=True)

        threading.Thread(target=work, name=f"footprint-run-{run.id}", daemon=True).start()
        return run

    def find(run_id: str) -> Run:
        with lock:
            run = runs.get(run_id)
        if run is None:
            abort(404)
        return run

    @app.get("/run/<run_id>")
    def show_run(run_id: str):
        return page("run.html.j2", run=find(run_id))

    @app.post("/run/<run_id>/cancel")
    def cancel_run(run_id: str):
        find(run_id).cancel.set()
        return redirect(url_for("show_run", run_id=run_id), 303)

    @app.get("/run/<run_id>/report")
    def report(run_id: str):
        run = find(run_id)
        if run.out_dir is None or not (run.out_dir / "report.html").exists():
            abort(404)
        return send_file(run.out_dir / "report.html", mimetype="text/html")

    @app.get("/run/<run_id>/download/<kind>")
    def download(run_id: str, kind: str):
        run = find(run_id)
        if kind not in ("html", "json") or run.out_dir is None or not (run.out_dir / f"report.{kind}").exists():
            abort(404)
        return send_file(run.out_dir / f"report.{kind}", as_attachment=True, download_name=f"footprint-report.{kind}")

    @app.post("/run/<run_id>/delete")
    def delete_run(run_id: str):
        run = find(run_id)
        if run.status == "running":
            return page("message.html.j2", 409, title="Still running", text="Cancel the check first, then delete it.",
                        link=url_for("show_run", run_id=run_id))
        if run.out_dir is not None:
            shutil.rmtree(run.out_dir, ignore_errors=True)
        if services.cache is not None:
            for namespace, key in run.cached:
                services.cache.delete(namespace, key)
        with lock:
            runs.pop(run_id, None)
        return redirect(url_for("index", notice="deleted"), 303)

    return app


def _url_problem(url: str, allow_private: bool) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"“{url[:80]}” is not a web address: it should start with https://"
    if not allow_private:
        try:
            check_public_host(parts.hostname, parts.port or 443)
        except BlockedAddress as error:
            if "private or local" in str(error):
                return f"“{url[:80]}” points to a private or local address; footprint only checks public pages."
    return ""


def _save_uploads(uploads, folder: Path) -> tuple[list[str], list[str]]:
    """Saves each upload under a name we choose, after checking by content that it is a photo."""
    saved, errors = [], []
    for number, upload in enumerate(uploads, start=1):
        data = upload.stream.read(MAX_PHOTO_BYTES + 1)
        shown = "".join(ch for ch in upload.filename[:60] if ch.isprintable())
        if len(data) > MAX_PHOTO_BYTES:
            errors.append(f"“{shown}” is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB.")
            continue
        image_format = sniff_format(data[:16])
        if not image_format:
            errors.append(f"“{shown}” is not a photo footprint can read (JPEG, PNG, WebP, HEIC, TIFF).")
            continue
        path = folder / f"photo-{number:02d}.{image_format}"
        path.write_bytes(data)
        saved.append(str(path))
    return saved, errors


def serve(*, host: str, port: int, reports_dir: Path, open_browser: bool, allow_private: bool = False,
          announce: Callable[[str], None] = print) -> None:
    token = secrets.token_urlsafe(24)
    app = create_app(reports_dir=reports_dir, token=token, allow_private=allow_private)
    shown_host = "127.0.0.1" if host in ("127.0.0.1", "localhost") else host
    url = f"http://{shown_host}:{port}/?token={token}"
    announce(f"footprint is running. Open this link in your browser (it works only on this computer's session):\n  {url}")
    announce("Press Ctrl-C here to stop it.")
    if open_browser:
        import webbrowser

        threading.Timer(0.8, lambda: webbrowser.open(url)).start()
    from werkzeug.serving import run_simple

    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)
