"""Untrusted images are read in worker processes, each file under a time and a memory limit.

A crafted photo can make the metadata reader loop, or grow until memory runs out (exifread's
open issues; a HEIC with thousands of `iloc` items). In the audit's own process the only bound
on that would be a signal, which reaches the main thread alone: the web app runs audits in a
background thread, where a file could hold the run for minutes. So every image footprint reads
(the person's photos, in the CLI and the web app, and images on fetched pages) goes to a small
pool of worker processes:

- each worker limits its own address space (WORKER_MEMORY_BYTES), so a greedy file ends in a
  MemoryError or a dead worker, never in the audit running out of memory;
- the parent gives each file FILE_SECONDS from the worker's last answer; a worker that goes
  quiet longer is killed, that file is reported as not read, and the rest go on in a new worker;
- workers are forked when the process has no other thread (the command line), and come from a
  fork server otherwise (the web app), so they never inherit another thread's locks.

Files are sent in small batches and answered one by one, which keeps a folder of thousands of
photos fast; a batch in flight when its worker dies is sent again, file by file.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path

from footprint.exif import read_photo_bytes, read_photo_file
from footprint.model import PhotoMeta

FILE_SECONDS = 15.0
WORKER_MEMORY_BYTES = 2 * 1024**3
BATCH = 32  # files sent to a worker at once (one at a time when they carry their bytes)
TIMED_OUT = "reading its metadata took too long, so it was stopped"
WORKER_DIED = "the photo reader stopped on this file (it may be damaged or crafted), so it was not read"


@dataclass(frozen=True)
class ImageJob:
    """One image to read: a file on disk, or bytes downloaded from a page."""

    name: str
    path: str = ""
    data: bytes = b""


def read_job(job: ImageJob) -> PhotoMeta:
    if job.path:
        return read_photo_file(Path(job.path))
    return read_photo_bytes(job.data, name=job.name)


def _limit_memory(limit: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform: the time limit still holds


def _serve(connection: Connection, read: Callable[[ImageJob], PhotoMeta], memory: int) -> None:
    """A worker: read each job of each batch and answer file by file, until told to stop."""
    _limit_memory(memory)
    while True:
        try:
            batch = connection.recv()
        except EOFError:
            return
        if batch is None:
            return
        for job in batch:
            try:
                meta = read(job)
            except MemoryError:
                meta = PhotoMeta(path=job.name, error="its metadata needed too much memory, so it was stopped")
            connection.send(meta)


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    in_flight: deque[tuple[int, ImageJob]] = field(default_factory=deque)
    last_heard: float = 0.0


Context = (multiprocessing.context.ForkContext | multiprocessing.context.ForkServerContext
           | multiprocessing.context.SpawnContext)


def _context() -> Context:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        # No other thread (the command line): a plain fork starts a worker in milliseconds and
        # cannot inherit a lock some other thread holds, because there is none.
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:  # the web app's threads: workers come from a clean fork server
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["footprint.collect.isolation"])
        return context
    return multiprocessing.get_context("spawn")


def worker_count(files: int) -> int:
    return max(1, min(2, os.cpu_count() or 1, (files + BATCH - 1) // BATCH))


class IsolatedReader:
    """Reads images in worker processes; see the module's docstring for the limits."""

    def __init__(self, *, seconds: float = FILE_SECONDS, memory: int = WORKER_MEMORY_BYTES,
                 read: Callable[[ImageJob], PhotoMeta] = read_job, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.memory = memory
        self.read = read
        self.clock = clock

    def _start(self) -> _Worker:
        parent_end, child_end = multiprocessing.Pipe()
        process = _context().Process(target=_serve, args=(child_end, self.read, self.memory), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end, last_heard=self.clock())

    def read_all(self, jobs: Sequence[ImageJob], *,
                 progress: Callable[[int, int], None] = lambda done, total: None) -> list[PhotoMeta]:
        """A PhotoMeta for every job, in order; a file that could not be read has `error` set."""
        results: list[PhotoMeta | None] = [None] * len(jobs)
        pending: deque[tuple[int, ImageJob]] = deque(enumerate(jobs))
        workers: list[_Worker] = []
        done = 0
        try:
            workers = [self._start() for _ in range(worker_count(len(jobs)) if jobs else 0)]
            while pending or any(w.in_flight for w in workers):
                for worker in workers:
                    if not worker.in_flight and pending:
                        self._send(worker, pending)
                busy = [w for w in workers if w.in_flight]
                timeout = max(0.0, min(w.last_heard + self.seconds for w in busy) - self.clock())
                ready = wait([w.connection for w in busy], timeout=timeout)
                for index, worker in enumerate(workers):
                    if not worker.in_flight:
                        continue
                    failure = ""
                    if worker.connection in ready:
                        try:
                            while worker.in_flight:  # every answer already there, without waiting again
                                meta: PhotoMeta = worker.connection.recv()
                                position, _ = worker.in_flight.popleft()
                                results[position] = meta
                                worker.last_heard = self.clock()
                                done += 1
                                progress(done, len(jobs))
                                if not worker.connection.poll():
                                    break
                        except (EOFError, OSError):
                            failure = WORKER_DIED
                    elif self.clock() - worker.last_heard > self.seconds:
                        failure = TIMED_OUT
                    if failure:
                        position, job = worker.in_flight.popleft()
                        results[position] = PhotoMeta(path=job.name, error=failure)
                        done += 1
                        progress(done, len(jobs))
                        pending.extendleft(reversed(worker.in_flight))  # the rest of its batch, again
                        self._stop(worker, kill=True)
                        workers[index] = self._start()
        finally:
            for worker in workers:
                self._stop(worker, kill=bool(worker.in_flight))
        return [meta or PhotoMeta(path=job.name, error=WORKER_DIED) for meta, job in zip(results, jobs, strict=True)]

    def _send(self, worker: _Worker, pending: deque[tuple[int, ImageJob]]) -> None:
        size = 1 if pending[0][1].data else BATCH
        batch = [pending.popleft() for _ in range(min(size, len(pending)))]
        worker.in_flight.extend(batch)
        worker.last_heard = self.clock()
        worker.connection.send([job for _, job in batch])

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        if kill:
            worker.process.kill()
        else:
            try:
                worker.connection.send(None)
            except OSError:
                worker.process.kill()
        worker.process.join(timeout=5)
        worker.connection.close()
