"""Files only their owner can read: reports, cached pages and search answers, the place grid.

Written to a temporary name and moved into place, so a reader never sees half a file and an
interrupted run leaves no half-written report.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: Path, data: bytes | str) -> None:
    """Creates or replaces `path` with mode 0600, in a folder made (or set to) 0700, whatever the umask."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    temp = path.with_name(f".{path.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    os.chmod(temp, 0o600)
    os.replace(temp, path)
