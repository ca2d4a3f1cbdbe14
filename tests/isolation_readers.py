"""Stand-ins for the metadata reader that misbehave on one file, for tests/test_security.py.

They live in a module of their own because worker processes must import them by name."""

from __future__ import annotations

import os
import time

from footprint.collect.isolation import ImageJob
from footprint.model import PhotoMeta


def hangs_on_bad(job: ImageJob) -> PhotoMeta:
    if job.name == "bad":
        time.sleep(120)
    return PhotoMeta(path=job.name, format="jpeg")


def grows_on_bad(job: ImageJob) -> PhotoMeta:
    if job.name == "bad":
        hoard = []
        while True:  # about 8 GB if nothing stops it
            hoard.append(bytearray(64 * 1024 * 1024))
    return PhotoMeta(path=job.name, format="jpeg")


def dies_on_bad(job: ImageJob) -> PhotoMeta:
    if job.name == "bad":
        os._exit(1)
    return PhotoMeta(path=job.name, format="jpeg")
