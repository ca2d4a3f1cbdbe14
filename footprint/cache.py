"""A small disk cache shared by the search and page stages, so a re-run repeats nothing.

Entries are JSON files named by a hash of their key, in a folder only the owner can
read: cached pages and search answers are personal data too.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from footprint.private_files import write_private

DEFAULT_TTL_SECONDS = 7 * 24 * 3600


def default_cache_dir() -> Path:
    if env := os.environ.get("FOOTPRINT_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "footprint"


class DiskCache:
    def __init__(self, folder: Path, *, ttl_seconds: float = DEFAULT_TTL_SECONDS,
                 clock: Callable[[], float] = time.time) -> None:
        self.folder = folder
        self.ttl_seconds = ttl_seconds
        self.clock = clock

    def _path(self, namespace: str, key: str) -> Path:
        digest = hashlib.sha256(f"{namespace}\0{key}".encode()).hexdigest()
        return self.folder / namespace / f"{digest}.json"

    def get(self, namespace: str, key: str) -> Any | None:
        path = self._path(namespace, key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if self.clock() - entry.get("stored_at", 0) > self.ttl_seconds:
            return None
        return entry.get("value")

    def put(self, namespace: str, key: str, value: Any) -> None:
        # A cache that cannot be written only costs a repeat request next time.
        with contextlib.suppress(OSError):
            write_private(self._path(namespace, key), json.dumps({"stored_at": self.clock(), "value": value}))

    def delete(self, namespace: str, key: str) -> None:
        self._path(namespace, key).unlink(missing_ok=True)
