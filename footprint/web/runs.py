"""Checks started from the web app: one at a time, each in a background thread, cancellable."""

from __future__ import annotations

import json
import logging
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

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
    headline: dict[str, Any] = field(default_factory=dict)  # from report.json: level, how many found, what could not be checked


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
    display_names: dict[str, str] = field(default_factory=dict)  # saved upload path -> the person's own file name


def headline(out_dir: Path) -> dict[str, Any]:
    """What the finished page says about a report, read from its report.json."""
    report = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    summary = report["summary"]
    return {"level": summary["level"], "at_least": summary.get("at_least", ""), "total": summary["total"],
            "unchecked": len(report.get("could_not_check", [])), "name": report["subject"]["full_name"],
            "date": report.get("generated_at", "")[:10], "folder": str(out_dir)}


class Runs:
    """The checks this server has started, and reports earlier runs left in the reports folder.
    Starting one is atomic: two clicks start one run."""

    def __init__(self, reports_dir: Path) -> None:
        self.reports_dir = reports_dir
        self._runs: dict[str, Run] = {}
        self._lock = threading.Lock()
        for folder in sorted(reports_dir.glob("*/report.json")) if reports_dir.is_dir() else []:
            try:
                summary = headline(folder.parent)
            except (OSError, ValueError, KeyError):
                continue  # not a report this version can show; it stays on disk untouched
            run = Run(id=folder.parent.name, label=summary["name"], status=RunStatus.DONE, out_dir=folder.parent,
                      headline=summary)
            self._runs[run.id] = run

    def finished(self) -> list[Run]:
        with self._lock:
            return sorted((r for r in self._runs.values() if r.status == RunStatus.DONE),
                          key=lambda r: r.headline.get("date", ""), reverse=True)

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
            # Uploaded photos live under names we chose; the report shows the person's own file names.
            names = job.display_names
            audit.subject = replace(audit.subject, photo_paths=tuple(names.get(p, Path(p).name) for p in audit.subject.photo_paths))
            for source in audit.sources:
                if source.location in names:
                    source.location = source.title = names[source.location]
            run.cached += [("fetch", s.location) for s in audit.sources if s.location.startswith("http")]
            out_dir = self.reports_dir / run.id
            write_report(audit, out_dir)
            run.headline = headline(out_dir)
            run.out_dir, run.status = out_dir, RunStatus.DONE
        except Cancelled:
            run.status, run.message = RunStatus.CANCELLED, "The check was cancelled. Nothing was saved."
        except Exception as error:  # shown on the page, and logged for whoever runs the server
            log.exception("the check %s failed", run.id)
            run.status, run.message = RunStatus.FAILED, f"The check stopped: {type(error).__name__}. Nothing was saved."
        finally:
            if job.upload_dir is not None:
                shutil.rmtree(job.upload_dir, ignore_errors=True)
