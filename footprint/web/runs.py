"""Checks started from the web app: one at a time, each in a background thread, cancellable."""

from __future__ import annotations

import logging
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from footprint.model import Consent, PlannedQuery, Subject
from footprint.pipeline import AuditOptions, run_audit
from footprint.render import write_report
from footprint.services import Services

log = logging.getLogger(__name__)


class RunStatus(StrEnum):
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"


class Cancelled(Exception):
    pass


@dataclass
class Run:
    id: str
    label: str
    status: RunStatus = RunStatus.RUNNING
    stage: str = "starting"
    done: int = 0
    total: int = 0
    message: str = ""
    out_dir: Path | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    cached: list[tuple[str, str]] = field(default_factory=list)  # (namespace, key) to forget on delete
    started: float = field(default_factory=time.monotonic)


class Busy(Exception):
    """Another check is running."""

    def __init__(self, running: Run) -> None:
        super().__init__("a check is already running")
        self.running = running


@dataclass(frozen=True)
class Job:
    subject: Subject
    consent: Consent
    plan: list[PlannedQuery]
    services: Services
    upload_dir: Path | None = None  # removed when the run ends, whatever happens


class Runs:
    """The checks this server has started. Starting one is atomic: two clicks start one run."""

    def __init__(self, reports_dir: Path) -> None:
        self.reports_dir = reports_dir
        self._runs: dict[str, Run] = {}
        self._lock = threading.Lock()

    def running(self) -> Run | None:
        with self._lock:
            return self._running()

    def _running(self) -> Run | None:
        return next((r for r in self._runs.values() if r.status == RunStatus.RUNNING), None)

    def get(self, run_id: str) -> Run | None:
        with self._lock:
            return self._runs.get(run_id)

    def forget(self, run_id: str) -> None:
        with self._lock:
            self._runs.pop(run_id, None)

    def start(self, job: Job) -> Run:
        """Starts the job, unless a check is already running (Busy)."""
        with self._lock:
            if running := self._running():
                raise Busy(running)
            run = Run(id=secrets.token_hex(8), label=job.subject.full_name)
            run.cached = [("search", f"{q.type}\0{q.text}") for q in job.plan]
            run.cached += [("fetch", url) for url in job.subject.profile_urls]
            self._runs[run.id] = run
        threading.Thread(target=self._work, args=(run, job), name=f"footprint-run-{run.id}", daemon=True).start()
        return run

    def _work(self, run: Run, job: Job) -> None:
        def progress(stage: str, done: int, total: int) -> None:
            if run.cancel.is_set():
                raise Cancelled()
            run.stage, run.done, run.total = stage, done, total

        try:
            audit = run_audit(job.subject, consent=job.consent, plan=job.plan, services=job.services,
                              options=AuditOptions(), progress=progress)
            if run.cancel.is_set():
                raise Cancelled()
            # Uploaded photos live under names we chose; the report shows their file names only.
            audit.subject = replace(audit.subject, photo_paths=tuple(Path(p).name for p in audit.subject.photo_paths))
            run.cached += [("fetch", s.location) for s in audit.sources if s.location.startswith("http")]
            out_dir = self.reports_dir / run.id
            write_report(audit, out_dir)
            run.out_dir, run.status = out_dir, RunStatus.DONE
        except Cancelled:
            run.status, run.message = RunStatus.CANCELLED, "The check was cancelled. Nothing was saved."
        except Exception as error:  # shown on the page, and logged for whoever runs the server
            log.exception("the check %s failed", run.id)
            run.status, run.message = RunStatus.FAILED, f"The check stopped: {type(error).__name__}. Nothing was saved."
        finally:
            if job.upload_dir is not None:
                shutil.rmtree(job.upload_dir, ignore_errors=True)
