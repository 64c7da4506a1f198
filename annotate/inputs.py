"""The files one command reads, so that none of its outputs replaces one.

``render t.yaml -o footage.mp4`` or ``timeline story.txt -o story.txt``
used to write the output over the very file it was made from: the rename
that makes an output atomic replaced the user's footage or article. Every
user file passes :func:`annotate.textio.regular_file` before it is opened,
which notes it here; :func:`annotate.atomic.atomic_path` then refuses to
replace one. Only inside :func:`command_inputs` (one CLI command): a
library caller's process may read and write one file at different times.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

# (st_dev, st_ino) of each file read -> what it was read as ("media file", "article file", ...).
# None outside a command. A lock, as clips read footage from worker threads.
_read: dict[tuple[int, int], str] | None = None
_lock = threading.Lock()


@contextlib.contextmanager
def command_inputs() -> Iterator[None]:
    """Note the files read while the block runs (one command)."""
    global _read
    with _lock:
        outer, _read = _read, {}
    try:
        yield
    finally:
        with _lock:
            _read = outer


def note_input(info: os.stat_result, kind: str) -> None:
    """Record a file about to be read (its stat, so a hard link or another
    spelling of the path is the same file)."""
    with _lock:
        if _read is not None:
            _read.setdefault((info.st_dev, info.st_ino), kind)


def read_as(path: str | os.PathLike[str]) -> str | None:
    """What ``path`` was read as by this command, if it is one of its inputs
    (a link counts as the file it points at); None otherwise."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    with _lock:
        return None if _read is None else _read.get((info.st_dev, info.st_ino))
