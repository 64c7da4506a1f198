"""Atomic file output: write to a temporary name beside the target, rename
when complete, so a crash or Ctrl-C never leaves a half-written file under
a user's name."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from annotate.errors import OutputError, cannot_write, os_reason
from annotate.inputs import read_as, replaced

# What this tool leaves behind when it is killed, and nothing else: a name
# with tempfile's random part (8 characters) and a marker. A user's own
# ``.notes.partial.txt`` or ``.env.part`` can never match, so cleaning never
# touches it. One rule for every temporary file and working folder.
PART_MARKER = ".annotate.part"
WORK_PREFIX = ".annotate-work."
_RANDOM = r"[a-z0-9_]{8}"
_OURS = re.compile(rf"\..*\.{_RANDOM}{re.escape(PART_MARKER)}(\.[^./]*)?|{re.escape(WORK_PREFIX)}{_RANDOM}", re.DOTALL)


def is_ours(name: str) -> bool:
    """Whether a file or folder name is one this tool made for a moment (a
    temporary file from :func:`partial_path` or a folder from :func:`work_dir`)."""
    return _OURS.fullmatch(name) is not None


def partial_path(target: str | os.PathLike[str]) -> Path:
    """A unique temporary path in the target's folder (same filesystem, so
    ``os.replace`` is atomic), keeping the extension so tools such as ffmpeg
    still pick the right muxer. Created with O_EXCL (mkstemp): never a link."""
    target = Path(target)
    _prepare_dir(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}.", suffix=f"{PART_MARKER}{target.suffix[:20]}",
                                    dir=target.parent)
    except OSError as exc:  # a read-only or full disk, a name too long for the filesystem
        raise OutputError(cannot_write(exc), subject=target) from exc
    os.close(fd)
    return Path(name)


def work_dir(folder: str | os.PathLike[str]) -> Path:
    """A private working folder inside ``folder`` (mkdtemp: created, never
    followed), under a name a later run recognises and removes if this run is
    killed: working files live beside the outputs, not in the system's temp."""
    parent = Path(folder)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=parent))
    except OSError as exc:
        raise OutputError(f"cannot create a working folder: {os_reason(exc)}", subject=parent) from exc


@contextlib.contextmanager
def working_folder(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """:func:`work_dir`, removed when the block ends. An OSError about a
    working file (a full disk, a folder made read-only meanwhile) is an
    output problem of ``folder``, as :func:`atomic_path` makes it for a target."""
    work = work_dir(folder)
    try:
        yield work
    except OutputError as exc:  # a working file's name means nothing to the user: name the folder
        if isinstance(exc.subject, (str, os.PathLike)) and Path(exc.subject).is_relative_to(work):
            raise OutputError(exc.message, subject=folder) from exc
        raise
    except OSError as exc:
        named = exc.filename
        if named is None or (isinstance(named, (str, bytes)) and Path(os.fsdecode(named)).is_relative_to(work)):
            raise OutputError(cannot_write(exc), subject=folder) from exc
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def move_into_place(work: str | os.PathLike[str], folder: str | os.PathLike[str], *, last: str = "") -> None:
    """Move everything a run made in its working folder ``work`` into
    ``folder``, file by file (each an atomic rename on one filesystem), and
    the file named ``last`` (the page that refers to the rest) after the
    others. Folders are merged, never replaced: a file of the user's in one
    stays. A folder of ours that is a link in ``folder`` is refused."""
    for entry in sorted(Path(work).iterdir(), key=lambda p: (p.name == last, p.name)):
        target = Path(folder) / entry.name
        if entry.is_dir():
            move_into_place(entry, make_folder(target, ours=True), last=last)
        else:
            _refuse_special(target)
            os.replace(entry, target)


def remove_partials(folder: str | os.PathLike[str], *, recursive: bool = False) -> None:
    """Delete what a killed run left in ``folder``: only names :func:`is_ours`
    accepts, only real files and folders (a link is never followed or removed).
    Call it only while holding :func:`folder_lock`."""
    root = Path(folder)
    if not root.is_dir() or root.is_symlink():
        return
    for dirpath, dirnames, filenames in os.walk(root):
        for name in filenames + dirnames:
            path = os.path.join(dirpath, name)
            if not is_ours(name):
                continue
            with contextlib.suppress(OSError):
                mode = os.lstat(path).st_mode
                if stat.S_ISDIR(mode):
                    shutil.rmtree(path)
                elif stat.S_ISREG(mode):
                    os.unlink(path)
        dirnames[:] = [d for d in dirnames if recursive and not is_ours(d)]


def make_folder(folder: str | os.PathLike[str], *, ours: bool = False) -> Path:
    """Create ``folder`` (and its parents) for outputs; any OSError becomes
    one OutputError naming it. A folder the user named may be a link (an
    output folder on another disk); one this tool names inside the outputs
    (``ours``: thumbs, a story's folder) may not: a planted link would send
    the writes somewhere else."""
    folder = Path(folder)
    if ours and folder.is_symlink():
        raise OutputError("is a symbolic link; refusing to write through it (remove it or name a folder)",
                          subject=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError("exists and is not a folder", subject=folder) from None
    except OSError as exc:
        raise OutputError(f"cannot create folder: {os_reason(exc)}", subject=folder) from exc
    return folder


def _prepare_dir(target: Path) -> None:
    try:
        is_dir = target.is_dir()
    except OSError as exc:  # e.g. a name too long for the filesystem
        raise OutputError(cannot_write(exc), subject=target) from exc
    if is_dir:
        raise OutputError("is a directory, expected a file name", subject=target)
    make_folder(target.parent)
    if not os.access(target.parent, os.W_OK):
        raise OutputError("folder is not writable", subject=target.parent)


def _refuse_special(target: Path) -> None:
    """Refuse an output that is, or links to, a device, pipe or socket: the
    rename would put a file in its place (as root, ``-o /dev/null`` replaced
    /dev/null for every program) or, through a link, fail on a name that is
    no path (``-o /dev/stdout``)."""
    for look in (os.lstat, os.stat):
        try:
            mode = look(target).st_mode
        except OSError:  # no such file yet, or a link to nothing: a new file
            continue
        if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode) or stat.S_ISDIR(mode)):
            raise OutputError("is a device, pipe or socket, not a file: name a file to write", subject=target)


def refuse_input(target: Path) -> None:
    """Refuse an output that is a file this command reads (``render -o`` the
    footage itself, ``export -o`` its own timeline): the rename would replace
    the input with what was made from it. A link in its place is replaced, not
    written through, so only the file itself counts. A file the user gave to
    be updated (``through_link``: a timeline) is written on purpose."""
    if target.is_symlink():
        return
    kind = read_as(target)
    if kind is not None:
        raise OutputError(f"is the {kind} this command reads; refusing to write over it: name another output",
                          subject=target)


def _regular(path: Path) -> os.stat_result | None:
    """The stat of the regular file at ``path`` itself (not through a link), if there is one."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def _as_new_file(path: Path, old: os.stat_result | None = None) -> None:
    """mkstemp makes files private (0600); a finished output gets the mode a
    plain new file would have under the user's umask, or, replacing the file
    ``old``, that file's mode and group, as editors and ``sed -i`` keep them (a
    private timeline stays private, a group's shared subtitles writable)."""
    if old is None:
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(path, 0o666 & ~mask)
        return
    if os.stat(path).st_gid != old.st_gid:
        with contextlib.suppress(OSError):  # (only a member of the group, or root, may give it)
            os.chown(path, -1, old.st_gid)
    os.chmod(path, stat.S_IMODE(old.st_mode) & 0o777)


def _sync(path: Path) -> None:
    """Put a finished file's contents on disk before the rename gives it its name: without it a crash soon after
    can leave the new name on an empty or partial file (ext4's delayed allocation, XFS), the old file already
    gone. Whoever wrote it (Python, ffmpeg, Pillow) has closed it; a read-only descriptor is enough for fsync."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, through_link: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write (e.g. by ffmpeg); on success it replaces
    ``target``; on any failure it is removed and ``target`` is untouched.
    A file replaced keeps its mode and group. An output that is a symbolic
    link is refused: written through, a planted link would send the write
    elsewhere; replaced, the user's link would be gone (only files annotate
    made are ever removed). With ``through_link`` (a file the user gave to be
    updated, such as a linked timeline) the file it points at is replaced
    and the link stays."""
    target = Path(target)
    _refuse_special(target)
    if through_link and target.is_symlink():
        target = Path(os.path.realpath(target))
    elif target.is_symlink():
        raise OutputError(f"is a symbolic link (to {os.readlink(target)}); refusing to replace it: name the file "
                          "itself, or remove the link", subject=target)
    if not through_link:
        refuse_input(target)
    tmp = partial_path(target)
    try:
        yield tmp
        _sync(tmp)
        old = _regular(target)
        _as_new_file(tmp, old)
        new = os.stat(tmp)
        os.replace(tmp, target)
        if old is not None:
            replaced(old, new)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        # An OSError about the file being written (a full disk, a folder made
        # read-only meanwhile) is an output problem; one naming another file
        # (an input read while writing) is left to its own handler.
        if isinstance(exc, OSError) and exc.filename in (None, str(tmp), str(target)):
            raise OutputError(cannot_write(exc), subject=target) from exc
        raise


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike[str], mode: str = "w", *, through_link: bool = False,
                **kwargs: Any) -> Iterator[IO[Any]]:
    """Like ``open(target, mode)`` but atomic; text defaults to UTF-8 and
    ``\\n`` line endings so outputs are the same on every platform."""
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
        kwargs.setdefault("newline", "\n")
    try:
        with atomic_path(target, through_link=through_link) as tmp, open(tmp, mode, **kwargs) as handle:
            yield handle
    except OSError as exc:
        raise OutputError(cannot_write(exc), subject=target) from exc


def write_text(target: str | os.PathLike[str], text: str, *, through_link: bool = False) -> Path:
    with atomic_open(target, "w", through_link=through_link) as handle:
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
    ``on_wait`` is called once if another run holds the lock.

    The lock file exists only while a run holds it: the holder unlinks it
    before unlocking, and a run that was waiting checks, once it has the lock,
    that the file it locked is still the one under the name (else it locked an
    orphan and tries again). So no two runs are ever inside at once, and the
    user's folder keeps only outputs. The lock stays beside the outputs rather
    than in a folder of ours elsewhere so runs of other users or hosts sharing
    the folder take turns too. Only a killed run leaves it; the next run takes
    and removes it."""
    try:
        import fcntl
    except ImportError:  # no advisory locks (Windows): runs are not serialised
        yield
        return
    path = Path(folder) / LOCK_NAME

    def exclusive(handle: IO[str], wait: Callable[[], None]) -> None:
        if not _locked(handle, fcntl.LOCK_EX):
            wait()
            fcntl.flock(handle, fcntl.LOCK_EX)

    with _held(path, exclusive, on_wait) as handle:
        _note_holder(handle)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                path.unlink()
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _held(path: Path, take: Callable[[IO[str], Callable[[], None]], None],
          on_wait: Callable[[], None] | None) -> Iterator[IO[str]]:
    """The lock file at ``path``, open and locked by ``take`` (which calls the ``wait`` it is given before
    it blocks: ``on_wait``, once over all tries). A holder unlinks the file before unlocking, so the file
    locked is checked to be still the one under the name, else the current one is locked instead."""
    waited = False

    def wait() -> None:
        nonlocal waited
        if on_wait is not None and not waited:
            on_wait()
        waited = True

    while True:
        handle = _open_lock(path)
        try:
            take(handle, wait)
            if _still_named(handle, path):
                break
        except BaseException:  # Ctrl-C while waiting
            handle.close()
            raise
        handle.close()  # the previous holder removed it as we waited: lock the current file
    with handle:
        yield handle


def _note_holder(handle: IO[str]) -> None:
    """Write this process's id into the lock file, for a waiting run to name (:func:`lock_holder`). Unbuffered:
    on a full disk a buffered id was written again when the lock file closed, and that nameless error replaced
    the real one (the output that could not be written)."""
    with contextlib.suppress(OSError):
        os.ftruncate(handle.fileno(), 0)
        os.write(handle.fileno(), f"{os.getpid()}\n".encode("ascii"))


def lock_holder(folder: str | os.PathLike[str]) -> int | None:
    """The process id last written into ``folder``'s lock file (the run holding it), if any."""
    try:
        text = (Path(folder) / LOCK_NAME).read_text(encoding="ascii", errors="replace").split()
    except OSError:
        return None
    return int(text[-1]) if text and text[-1].isdigit() else None


@contextlib.contextmanager
def shared_output_folder(folder: str | os.PathLike[str], *,
                         on_wait: Callable[[], None] | None = None) -> Iterator[Path]:
    """For a run that writes into ``folder`` only under names of its own (:func:`partial_path`,
    :func:`work_dir`), such as a render: any number of these share the folder at once, each holding a
    shared lock, which keeps out a run that cleans (:func:`remove_partials`) or holds the folder whole
    (:func:`output_folder`, :func:`folder_lock`). What a killed run left is removed by the run that finds
    no other inside; a run that finds one leaves it for a later one. Waits (``on_wait`` called once) only
    while a run holds the folder whole."""
    try:
        import fcntl
    except ImportError:  # no advisory locks (Windows): runs are not serialised
        yield Path(folder)
        return
    folder = Path(folder)
    _prepare_dir(folder / LOCK_NAME)
    path = folder / LOCK_NAME

    def shared(handle: IO[str], wait: Callable[[], None]) -> None:
        if _locked(handle, fcntl.LOCK_EX) and _still_named(handle, path):
            _note_holder(handle)
            remove_partials(folder)
        elif not _locked(handle, fcntl.LOCK_SH):
            wait()
        # (Exclusive to shared is no atomic change: another run may clean now, before anything of ours exists.)
        fcntl.flock(handle, fcntl.LOCK_SH)

    with _held(path, shared, on_wait) as handle:
        try:
            yield folder
        finally:
            # The last run out removes the lock file (a failed change to exclusive drops our lock: we leave).
            if _locked(handle, fcntl.LOCK_EX) and _still_named(handle, path):
                with contextlib.suppress(OSError):
                    path.unlink()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _locked(handle: IO[str], kind: int) -> bool:
    """Take the lock of ``kind`` on ``handle`` without waiting; whether it was had."""
    import fcntl

    try:
        fcntl.flock(handle, kind | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


_NOT_A_LOCK = "is not a regular file (a pipe, device or socket), not this tool's lock file; remove it"


def _open_lock(path: Path) -> IO[str]:
    try:
        # O_NOFOLLOW: a planted link named like the lock must not make us create a file elsewhere;
        # O_NONBLOCK: nor a planted FIFO hang us in open() waiting for a reader.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK,
                     0o666)
    except OSError as exc:
        if path.is_symlink():
            raise OutputError("is a symbolic link, not this tool's lock file; remove it", subject=path) from None
        if path.exists() and not path.is_file():
            raise OutputError(_NOT_A_LOCK, subject=path) from None
        raise OutputError(f"cannot create the lock file: {os_reason(exc)}", subject=path) from exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OutputError(_NOT_A_LOCK, subject=path)
    return os.fdopen(fd, "a")


def _still_named(handle: IO[str], path: Path) -> bool:
    """Whether the open lock file is still the file under ``path``."""
    try:
        named = os.lstat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(handle.fileno())
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


@contextlib.contextmanager
def output_folder(folder: str | os.PathLike[str], *, on_wait: Callable[[], None] | None = None) -> Iterator[Path]:
    """For one run writing into ``folder``: create it, hold its lock, and
    first remove what a killed run left there (only :func:`is_ours` names),
    so a rerun after any kill leaves exactly what a clean run leaves.
    ``on_wait`` is called once if another run holds the lock."""
    folder = Path(folder)
    _prepare_dir(folder / LOCK_NAME)
    with folder_lock(folder, on_wait=on_wait):
        remove_partials(folder)
        yield folder
