"""Which files of an output folder this tool wrote, proved by size and
sha256: a command that rewrites a folder (a review page, a clips folder's
record and sheet, the demo, the samples) replaces a file under one of its
names only while the file is still exactly what annotate wrote there. A
file a user made under that name, or changed since (a strip marked up, the
clips CSV saved from a spreadsheet with their notes), is refused.

The record is a journal (:data:`RECORD`) in the folder: one line per file
noted, appended before the file gets its name (so a run killed between the
two still knows its file), in one small ``O_APPEND`` write (so the workers
of a batch drawing a sheet beside the main process never lose a line). It
is pruned to one line per file still as written when a run checks the folder."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from annotate.atomic import atomic_open, atomic_path, make_folder, write_text
from annotate.digest import file_digest, versioned_sha256
from annotate.errors import AnnotateError, OutputError, cannot_write
from annotate.escape import json_text
from annotate.textio import read_bytes

RECORD = ".annotate-written.jsonl"
# A record's name ending so is a sub-folder annotate made (``{"file": "story-2/", "folder": true}``).
FOLDER_MARK = "/"
MAX_RECORD_BYTES = 64_000_000  # about 400,000 lines: far more files than one folder holds


def as_recorded(path: Path, entry: Mapping[str, Any]) -> bool:
    """Whether the regular file at ``path`` is the very file ``entry`` records (its ``size`` and ``sha256``;
    read once per version of the file in a process: a rerun asks it of a clip twice)."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size != entry.get("size"):
            return False
        return versioned_sha256(path) == entry.get("sha256")
    except OSError:
        return False


def note(folder: Path, name: str, made: Path, digest: tuple[int, str] | None = None) -> None:
    """Record the finished file ``made`` as annotate's file ``name`` of ``folder`` (a path relative to it):
    before it is renamed to that name, or just after. ``digest``: its (size, sha256) as its writer already
    worked them out (:func:`write_owned_bytes`), so the file is not read back for them."""
    size, sha = digest or file_digest(made)
    _append(folder, {"file": name, "size": size, "sha256": sha})


def _append(folder: Path, entry: Mapping[str, Any]) -> None:
    """One line of the record, in one ``O_APPEND`` write."""
    line = json_text(entry) + "\n"
    try:
        # (O_NONBLOCK: a FIFO under the record's name fails at once instead of waiting for a reader)
        fd = os.open(folder / RECORD, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
                     | os.O_NONBLOCK, 0o644)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)
    except OSError as exc:
        raise OutputError(cannot_write(exc), subject=folder / RECORD) from exc


@contextlib.contextmanager
def owned_path(folder: Path, name: str) -> Iterator[Path]:
    """:func:`annotate.atomic.atomic_path` for ``folder / name``, the finished file noted as annotate's
    before the rename gives it its name."""
    with atomic_path(folder / name) as tmp:
        yield tmp
        note(folder, name, tmp)


def write_owned_text(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``folder / name`` atomically, noted as annotate's."""
    return write_owned_bytes(folder, name, text.encode("utf-8"))


def write_owned_bytes(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``folder / name`` atomically, noted as annotate's: hashed from memory, not read back
    (a clips run rewrites its CSV after every clip). Written as every atomic file is (:func:`atomic_open`:
    on disk before it takes its name), noted before the rename."""
    with atomic_open(folder / name, "wb") as handle:
        handle.write(data)
        note(folder, name, Path(handle.name), (len(data), hashlib.sha256(data).hexdigest()))
    return folder / name


def make_owned_folders(folder: Path, names: Iterable[str]) -> None:
    """Create each sub-folder ``names`` of ``folder`` (a story's clips folder, ``story-2``) that is missing,
    noted as annotate's once made (a run killed in between leaves it unnoted: kept, as a user's would be), so
    that a later run may remove it when it leaves it empty (:func:`remove_empty_folders`). A folder already
    there is not noted: it may be the user's."""
    for name in dict.fromkeys(n for n in names if n):
        path = folder / name
        if os.path.lexists(path):
            continue
        make_folder(path, ours=True)
        _append(folder, {"file": name + FOLDER_MARK, "folder": True})


def remove_empty_folders(folder: Path, keep: Iterable[str] = ()) -> list[str]:
    """Remove each sub-folder of ``folder`` that annotate made (its record says so: :func:`make_owned_folders`)
    and that is empty now and none of ``keep`` (this run's): what an earlier run's ``story-2/`` is once its clips
    are gone. A folder of the user's, or one holding anything, stays. Returns the names removed. Call it holding
    the folder's lock."""
    kept = {k for k in keep if k}
    entries = _entries(folder)
    removed = []
    for name, listed in entries.items():
        sub = name[:-len(FOLDER_MARK)]
        if not name.endswith(FOLDER_MARK) or not any(e.get("folder") is True for e in listed) or sub in kept:
            continue
        path = folder / sub
        if path.is_symlink() or not path.is_dir():
            continue
        try:
            path.rmdir()  # (only an empty folder goes)
        except OSError:
            continue
        removed.append(sub)
    if removed:
        _prune(folder, entries)
    return removed


def _entries(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Every entry of ``folder``'s record, by file name. A record that is not ours (not lines of our JSON)
    is refused: it is no proof of anything, and it is the user's file to keep."""
    path = folder / RECORD
    if not os.path.lexists(path):  # (no record, or no such folder)
        return {}
    try:  # (the one reader: a FIFO planted under the record's name hung every folder command in open())
        text = read_bytes(path, kind="record of written files", max_bytes=MAX_RECORD_BYTES, ours=True).decode("utf-8")
    except (AnnotateError, ValueError) as exc:
        raise OutputError(f"is not annotate's record of the files it wrote here ({getattr(exc, 'message', exc)}); "
                          "refusing to use it: move it away", subject=path) from None
    found: dict[str, list[dict[str, Any]]] = {}
    for line in text.splitlines():
        try:
            entry = json.loads(line)
            found.setdefault(str(entry["file"]), []).append(entry)
        except (ValueError, TypeError, KeyError):
            if line.strip() and not line.lstrip().startswith("{"):  # (one cut short by a full disk is ours)
                raise OutputError("is not annotate's record of the files it wrote here; refusing to use it: "
                                  "move it away", subject=path) from None
    return found


def refuse_foreign(folder: Path, names: Iterable[str], *, hint: str, force: bool = False) -> None:
    """Raise one error naming every file of ``names`` (relative to ``folder``) that exists there and is not
    a file annotate wrote under that name, still as it wrote it; ``hint`` says what to do instead (its
    ``{them}``: "it" or "them"). Unless ``force``. Call it holding the folder's lock: the record is pruned
    to the files still as written."""
    entries = _entries(folder)
    refused: list[tuple[Path, str]] = []
    for name in dict.fromkeys(names):
        path = folder / name
        if force or not os.path.lexists(path):
            continue
        if any(as_recorded(path, entry) for entry in entries.get(name, ())):
            continue
        refused.append((path, "changed since annotate wrote it" if name in entries
                        else "annotate has no record of writing it"))
    if len(refused) == 1:
        [(path, why)] = refused
        raise OutputError(f"{why}; refusing to replace it: {hint.format(them='it')}", subject=path)
    if refused:
        listed = ", ".join(f"{path.relative_to(folder).as_posix()} ({why})" for path, why in refused)
        raise OutputError(f"holds files under names annotate writes that it did not write, or changed since: "
                          f"{listed}; refusing to replace them: {hint.format(them='them')}", subject=folder)
    _prune(folder, entries)


def remove_if_written(folder: Path, name: str) -> bool:
    """Remove ``folder / name`` if it is a file annotate wrote there, still as written (an output that is
    no longer needed, such as a page of a shorter contact sheet); whether it was removed."""
    path = folder / name
    if not any(as_recorded(path, entry) for entry in _entries(folder).get(name, ())):
        return False
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return True


def _prune(folder: Path, entries: Mapping[str, list[dict[str, Any]]]) -> None:
    """Rewrite the record, when it holds more, with one entry per file still as written (an entry of a
    killed run's file that never got its name, or of an older version, goes), the entries of a file
    changed since (so it is still named as changed), and none of a file gone."""
    kept: list[dict[str, Any]] = []
    for name, listed in sorted(entries.items()):
        if not os.path.lexists(folder / name):
            continue
        match = next((e for e in reversed(listed) if as_recorded(folder / name, e)), None)
        kept += listed if match is None else [match]
    if sum(len(listed) for listed in entries.values()) > len(kept):
        write_text(folder / RECORD, "".join(json_text(e) + "\n" for e in kept))
