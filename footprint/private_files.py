"""Files only their owner can read: reports, cached pages and search answers, the place grid.

Written to a temporary file with a random name, created exclusively and never through a
symbolic link, then moved into place: a reader never sees half a file, an interrupted run
leaves no half-written report, and a link planted where the temporary file would go cannot
redirect the write. Folders footprint creates are 0700 whatever the umask; a folder that
already exists (the person's own, `--out .`) keeps its mode.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def make_private_folder(folder: Path) -> None:
    """Creates `folder` and any missing parents with mode 0700; leaves existing ones alone."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)
            os.chmod(path, 0o700)  # mkdir's mode is reduced by the umask


def write_private(path: Path, data: bytes | str) -> None:
    """Creates or replaces `path` with mode 0600."""
    make_private_folder(path.parent)
    # mkstemp opens with O_CREAT | O_EXCL and mode 0600: it never follows or reuses a planted file.
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(temp_name, path)  # replaces a link at `path` itself, never the file it points to
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
