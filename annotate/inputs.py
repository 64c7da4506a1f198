"""The files one command reads, so that none of its outputs replaces one.

``render t.yaml -o footage.mp4`` or ``timeline story.txt -o story.txt``
used to write the output over the very file it was made from: the rename
that makes an output atomic replaced the user's footage or article. Every
user file passes :func:`annotate.textio.regular_file` before it is opened,
which notes it here; :func:`annotate.atomic.atomic_path` then refuses to
replace one. Only inside :func:`command_inputs` (one CLI command): a
library caller's process may read and write one file at different times.
A command whose work runs in other processes (``batch``) hands them its
inputs (:func:`noted`), and each task runs inside ``command_inputs(those)``.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator

# (st_dev, st_ino) of each file read -> what it was read as ("media file", "article file", ...)
# and its absolute path. None outside a command. A lock, as clips read footage from worker threads.
_read: dict[tuple[int, int], tuple[str, str]] | None = None
_lock = threading.Lock()


@contextlib.contextmanager
def command_inputs(given: Iterable[tuple[str, str]] = ()) -> Iterator[None]:
    """Note the files read while the block runs (one command), starting with
    ``given`` ((path, kind) pairs: what the command read in another process;
    each is looked up here, as a file's identity differs between hosts)."""
    global _read
    with _lock:
        outer, _read = _read, {}
    for path, kind in given:
        with contextlib.suppress(OSError):  # (gone meanwhile: nothing to protect)
            note_input(os.stat(path), kind, path)
    try:
        yield
    finally:
        with _lock:
            _read = outer


def note_input(info: os.stat_result, kind: str, path: str | os.PathLike[str]) -> None:
    """Record a file about to be read (its stat, so a hard link or another
    spelling of the path is the same file)."""
    with _lock:
        if _read is not None:
            _read.setdefault((info.st_dev, info.st_ino), (kind, os.path.abspath(path)))


def replaced(old: os.stat_result, new: os.stat_result) -> None:
    """A file read was replaced by an output (a timeline updated in place):
    the note moves to the new file. Left on the old one, the freed inode
    number was soon reused by a new output (the batch's clip manifest),
    which was then refused as "the timeline file this command reads"."""
    with _lock:
        if _read is not None and (found := _read.pop((old.st_dev, old.st_ino), None)) is not None:
            _read[(new.st_dev, new.st_ino)] = found


def noted() -> tuple[tuple[str, str], ...]:
    """(absolute path, kind) of every file this command has read so far."""
    with _lock:
        return () if _read is None else tuple(sorted((path, kind) for kind, path in _read.values()))


def read_as(path: str | os.PathLike[str]) -> str | None:
    """What ``path`` was read as by this command, if it is one of its inputs
    (a link counts as the file it points at); None otherwise."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    with _lock:
        found = None if _read is None else _read.get((info.st_dev, info.st_ino))
    return None if found is None else found[0]
