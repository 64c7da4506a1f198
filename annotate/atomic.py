"""Atomic file output: write to a temporary name beside the target, rename
when complete, so a crash or Ctrl-C never leaves a half-written file under
a user's name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from annotate.errors import OutputError


def partial_path(target: str | os.PathLike[str]) -> Path:
    """A unique temporary path in the target's folder (same filesystem, so
    ``os.replace`` is atomic), keeping the extension so tools such as ffmpeg
    still pick the right muxer."""
    target = Path(target)
    _prepare_dir(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}.", suffix=f".part{target.suffix[:20]}",
                                    dir=target.parent)
    except OSError as exc:  # a read-only or full disk, a name too long for the filesystem
        raise OutputError(f"cannot write: {exc.strerror or exc}", subject=target) from exc
    os.close(fd)
    return Path(name)


def make_folder(folder: str | os.PathLike[str]) -> Path:
    """Create ``folder`` (and its parents) for outputs; any OSError becomes
    one OutputError naming it."""
    path = Path(folder)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError("exists and is not a folder", subject=path) from None
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror or exc}", subject=path) from exc
    return path


def remove_partials(folder: str | os.PathLike[str], *, recursive: bool = False) -> None:
    """Delete the temporary files a killed run left in ``folder`` (they never
    carry a final name). Call it only while holding :func:`folder_lock`."""
    root = Path(folder)
    if root.is_dir():
        for part in (root.rglob if recursive else root.glob)(".*.part*"):
            with contextlib.suppress(OSError):
                part.unlink()


def _prepare_dir(target: Path) -> None:
    try:
        is_dir = target.is_dir()
    except OSError as exc:  # e.g. a name too long for the filesystem
        raise OutputError(f"cannot write: {exc.strerror or exc}", subject=target) from exc
    if is_dir:
        raise OutputError("is a directory, expected a file name", subject=target)
    make_folder(target.parent)
    if not os.access(target.parent, os.W_OK):
        raise OutputError("folder is not writable", subject=target.parent)


def _as_new_file(path: Path) -> None:
    """mkstemp makes files private (0600); a finished output gets the mode a
    plain new file would have under the user's umask."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write (e.g. by ffmpeg); on success it replaces
    ``target``; on any failure it is removed and ``target`` is untouched."""
    target = Path(target)
    tmp = partial_path(target)
    try:
        yield tmp
        _as_new_file(tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        # An OSError about the file being written (a full disk, a folder made
        # read-only meanwhile) is an output problem; one naming another file
        # (an input read while writing) is left to its own handler.
        if isinstance(exc, OSError) and exc.filename in (None, str(tmp), str(target)):
            raise OutputError(f"cannot write: {exc.strerror or exc}", subject=target) from exc
        raise


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike[str], mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Like ``open(target, mode)`` but atomic; text defaults to UTF-8 and
    ``\\n`` line endings so outputs are the same on every platform."""
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
        kwargs.setdefault("newline", "\n")
    try:
        with atomic_path(target) as tmp, open(tmp, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", subject=target) from exc


def write_text(target: str | os.PathLike[str], text: str) -> Path:
    with atomic_open(target, "w") as handle:
        handle.write(text)
    return Path(target)


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_open(target, "wb") as handle:
        handle.write(data)
    return Path(target)


LOCK_NAME = ".annotate.lock"


@contextlib.contextmanager
def folder_lock(folder: str | os.PathLike[str], *, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``folder`` for one run, so two runs
    writing the same outputs take turns (the second then finds the first's
    finished files) instead of deleting each other's temporary files.
    ``on_wait`` is called once if another run holds the lock."""
    try:
        import fcntl
    except ImportError:  # no advisory locks (Windows): runs are not serialised
        yield
        return
    path = Path(folder) / LOCK_NAME
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
