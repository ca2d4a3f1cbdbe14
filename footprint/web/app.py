"""footprint serve: the same check as the command line, as a small local web app for people
who would rather not use a terminal.

Safety:
- it listens on 127.0.0.1 unless told otherwise; a random token in the first URL (as Jupyter
  does) unlocks a session, so other local users and web pages cannot drive it. The token works
  once, and only for TOKEN_MINUTES; it never reaches a log (waitress keeps no access log);
- the session cookie holds only a random key, under a name of this server's own: what the
  session allows and its CSRF token stay in this process, so a cookie sent to another program
  on 127.0.0.1 (browsers send cookies to every port of a host) is worthless once we stop;
- every form carries a CSRF token; every page has the report's strict Content-Security-Policy
  and no scripts (the progress page refreshes itself with a meta tag);
- every template is autoescaped, whatever its file name;
- uploads are size- and count-limited, checked by content, saved under names we choose in a
  private temporary folder, and removed when the run ends;
- one check at a time; "delete" removes the report folder and what the cache holds for the run.
"""

from __future__ import annotations

import hmac
import re
import secrets
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from flask import Flask, abort, g, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.wrappers import Response

from footprint.cache import DiskCache
from footprint.collect.plan import plan_queries
from footprint.demo import load_demo
from footprint.model import Consent, PlannedQuery
from footprint.render.templates import REPORT_CSP, template_folder
from footprint.services import Services, make_services, user_cache
from footprint.web.forms import MAX_PHOTO_BYTES, MAX_PHOTOS, StartForm
from footprint.web.runs import Busy, Job, Run, Runs

MAX_REQUEST_BYTES = MAX_PHOTOS * MAX_PHOTO_BYTES + 1024 * 1024
TOKEN_MINUTES = 10
APP_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

ServiceFactory = Callable[[list[PlannedQuery]], Services]


def create_app(*, reports_dir: Path, token: str, services: ServiceFactory | None = None,
               cache: DiskCache | None = None, allow_private: bool = False) -> Flask:
    """`services` wires each check to the outside world (tests pass recorded results); `cache`
    is what deleting a report must also clear."""
    app = Flask(__name__, template_folder=str(template_folder() / "web"))
    app.jinja_env.autoescape = True  # Flask only escapes names ending .html; ours end .html.j2
    app.config.update(MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES)
    sessions = Sessions(token)
    if services is None:
        cache = cache or user_cache()
        services = partial(make_services, cache=cache, allow_private=allow_private)
    make: ServiceFactory = services
    runs = Runs(reports_dir)

    def page(name: str, status: int = 200, **context: Any) -> ResponseReturnValue:
        return render_template(name, csrf=getattr(g, "csrf", ""), **context), status

    def busy(running: Run) -> ResponseReturnValue:
        return page("message.html.j2", 409, title="A check is already running",
                    text="footprint runs one check at a time.", link=url_for("show_run", run_id=running.id))

    @app.before_request
    def check_access() -> ResponseReturnValue | None:
        key = request.cookies.get(sessions.cookie_name, "")
        if request.args.get("token") and (new_key := sessions.open(request.args["token"])):
            key, g.new_session = new_key, new_key
        csrf = sessions.csrf(key)
        if csrf is None:
            return page("message.html.j2", 403, title="Open footprint from its own link",
                        text="This page only opens from the link footprint printed when it started, and that link "
                             "works once. Stop footprint in its window and start it again for a new link.")
        g.csrf = csrf
        if request.method == "POST":
            sent = request.form.get("csrf", "")
            if not sent or not hmac.compare_digest(sent, csrf):
                return page("message.html.j2", 400, title="Please try again",
                            text="This form has expired. Go back to the start page and send it again.")
        return None

    @app.after_request
    def security_headers(response: Response) -> Response:
        if response.mimetype == "text/html":
            response.headers["Content-Security-Policy"] = REPORT_CSP if request.path.endswith("/report") else APP_CSP
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-store"
        if new_key := getattr(g, "new_session", ""):
            response.set_cookie(sessions.cookie_name, new_key, httponly=True, samesite="Strict", path="/")
        return response

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(error: RequestEntityTooLarge) -> ResponseReturnValue:
        return page("index.html.j2", 413, errors=[f"The photos were too large: at most {MAX_PHOTOS} photos of "
                                                  f"{MAX_PHOTO_BYTES // (1024 * 1024)} MB each."], form={},
                    running=runs.running(), finished=runs.finished())

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> ResponseReturnValue:
        return page("message.html.j2", error.code or 500, title=error.name, text="That page does not exist here.")

    @app.get("/")
    def index() -> ResponseReturnValue:
        if request.args.get("token"):
            return redirect(url_for("index"))  # keep the token out of the address bar and history
        return page("index.html.j2", errors=[], form={}, running=runs.running(), notice=request.args.get("notice", ""),
                    finished=runs.finished())

    @app.post("/run")
    def start_run() -> ResponseReturnValue:
        if running := runs.running():
            return busy(running)
        form = StartForm.read(request.form, request.files)
        if not form.check(allow_private=allow_private):
            return page("index.html.j2", 400, errors=form.errors, form=form.values, running=None, finished=runs.finished())
        upload_dir = Path(tempfile.mkdtemp(prefix="footprint-upload-"))  # mode 0700
        photo_paths, upload_errors = form.save_uploads(upload_dir)
        if upload_errors:
            shutil.rmtree(upload_dir, ignore_errors=True)
            return page("index.html.j2", 400, errors=upload_errors, form=form.values, running=None, finished=runs.finished())
        subject = form.subject(photo_paths)
        plan = plan_queries(subject)
        try:
            run = runs.start(Job(subject, Consent.SELF, plan, make(plan), upload_dir, form.display_names))
        except Busy as error:
            shutil.rmtree(upload_dir, ignore_errors=True)
            return busy(error.running)
        except ValueError as error:  # the search cannot be set up (a malformed proxy or SearXNG address)
            shutil.rmtree(upload_dir, ignore_errors=True)
            return page("message.html.j2", 500, title="The search cannot be set up", text=str(error))
        return redirect(url_for("show_run", run_id=run.id), 303)

    @app.post("/demo")
    def start_demo() -> ResponseReturnValue:
        scenario = load_demo()
        try:
            run = runs.start(Job(scenario.subject, Consent.DEMO, scenario.plan, scenario.services))
        except Busy as error:
            return busy(error.running)
        return redirect(url_for("show_run", run_id=run.id), 303)

    def find(run_id: str) -> Run:
        run = runs.get(run_id)
        if run is None:
            abort(404)
        return run

    @app.get("/run/<run_id>")
    def show_run(run_id: str) -> ResponseReturnValue:
        return page("run.html.j2", run=find(run_id))

    @app.post("/run/<run_id>/cancel")
    def cancel_run(run_id: str) -> ResponseReturnValue:
        find(run_id).cancel.set()
        return redirect(url_for("show_run", run_id=run_id), 303)

    @app.get("/run/<run_id>/report")
    def report(run_id: str) -> ResponseReturnValue:
        run = find(run_id)
        if run.out_dir is None or not (run.out_dir / "report.html").exists():
            abort(404)
        # The saved file stands alone; shown here, it gets a way back to the app.
        html = (run.out_dir / "report.html").read_text(encoding="utf-8")
        back = f'<p><a href="{url_for("show_run", run_id=run_id)}">← Back to footprint</a></p>'
        return Response(html.replace("<body>", "<body>\n" + back, 1), mimetype="text/html")

    @app.get("/run/<run_id>/download/<kind>")
    def download(run_id: str, kind: str) -> ResponseReturnValue:
        run = find(run_id)
        if kind not in ("html", "json") or run.out_dir is None or not (run.out_dir / f"report.{kind}").exists():
            abort(404)
        name = re.sub(r"[^a-z0-9]+", "-", run.headline.get("name", "").lower()).strip("-") or "report"
        download_name = f"footprint-{name}-{run.headline.get('date', '')}.{kind}".replace("-.", ".")
        return send_file(run.out_dir / f"report.{kind}", as_attachment=True, download_name=download_name)

    @app.post("/run/<run_id>/delete")
    def delete_run(run_id: str) -> ResponseReturnValue:
        run = find(run_id)
        if run.status == "running":
            return page("message.html.j2", 409, title="Still running", text="Cancel the check first, then delete it.",
                        link=url_for("show_run", run_id=run_id))
        if request.form.get("confirm") != "yes" and run.status == "done":
            return page("confirm.html.j2", run=run)
        if run.out_dir is not None:
            shutil.rmtree(run.out_dir, ignore_errors=True)
        if cache is not None:
            for namespace, key in run.cached:
                cache.delete(namespace, key)
        runs.forget(run_id)
        return redirect(url_for("index", notice="deleted"), 303)

    return app


class Sessions:
    """Browser sessions, kept in this process: the cookie carries a random key and nothing else."""

    def __init__(self, token: str, *, minutes: float = TOKEN_MINUTES, clock: Callable[[], float] = time.monotonic) -> None:
        self._token: str | None = token
        self._token_expires = clock() + minutes * 60
        self._clock = clock
        self._csrf: dict[str, str] = {}
        self._lock = threading.Lock()
        # Another footprint, or any program on another port of 127.0.0.1, uses other names.
        self.cookie_name = f"footprint-{secrets.token_hex(6)}"

    def open(self, offered: str) -> str | None:
        """A new session key for the start token, the first time and only in time; else None."""
        with self._lock:
            if self._token is None or self._clock() > self._token_expires or not hmac.compare_digest(offered, self._token):
                return None
            self._token = None  # once only: a link left in history or a log opens nothing
            key = secrets.token_urlsafe(32)
            self._csrf[key] = secrets.token_urlsafe(32)
            return key

    def csrf(self, key: str) -> str | None:
        """The CSRF token of an open session, or None for anything else."""
        with self._lock:
            return self._csrf.get(key) if key else None


def serve(*, host: str, port: int, reports_dir: Path, open_browser: bool, allow_private: bool = False,
          announce: Callable[[str], None] = print) -> None:
    from waitress.server import create_server

    token = secrets.token_urlsafe(24)
    app = create_app(reports_dir=reports_dir, token=token, allow_private=allow_private)
    # Bound first, by us: a busy port fails before any link is shown. waitress is a production
    # server and keeps no access log, so the token in the first address is never written anywhere.
    listening = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
    server = create_server(app, sockets=[listening], threads=8, ident="footprint")
    shown_host = "127.0.0.1" if host in ("127.0.0.1", "localhost") else host
    url = f"http://{shown_host}:{port}/?token={token}"
    announce(f"footprint is running. Open this link in your browser (it works only on this computer's session):\n  {url}")
    announce("Press Ctrl-C here to stop it.")
    if open_browser:
        import webbrowser

        threading.Timer(0.8, lambda: webbrowser.open(url)).start()
    server.run()
