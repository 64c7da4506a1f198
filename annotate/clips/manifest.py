"""The evidence trail of a clip batch: ``manifest.json`` (complete record)
and ``manifest.csv`` (one row per clip, spreadsheet-safe), written
atomically. During a run each finished clip's entry is appended to the
folder's journal (one line), and the whole record written at the end: it
was rewritten after every clip, a cost growing with the square of the clips.
The next run reads a killed run's journal back, so nothing finished is lost."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from annotate import __version__, ffmpeg, owned
from annotate.atomic import write_text
from annotate.clips.sheet import later_pages
from annotate.errors import OutputError, os_reason
from annotate.escape import csv_text, json_text

MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"
CONTACT_SHEET = "contact-sheet.png"
MANIFEST_VERSION = 1
CSV_FIELDS = (
    "file", "timeline", "moment_id", "index", "mode", "requested_start", "requested_end", "start",
    "duration", "frames", "first_pts", "audio_duration", "size", "sha256", "footage", "footage_sha256",
    "caption", "quote", "notes", "commands", "poster", "finished", "end", "sentence", "article",
)


# The files of a clips folder besides its clips and manifest.json: replaced only while still as annotate wrote
# them (annotate.owned; a CSV the user saved from a spreadsheet with their notes is theirs).
OURS_WITH_THE_MANIFEST = (MANIFEST_CSV, CONTACT_SHEET)
FOREIGN_HINT = "name another folder for the clips, or move {them} away"
# The clips named but maybe not recorded yet (see journal_clip): read by the next run's refuse_foreign,
# then removed with the partial files.
JOURNAL = ".annotate-clips-journal.jsonl"


def not_ours(path: Path, why: str, what: str = "a clips manifest or sheet") -> OutputError:
    """A file under one of our names that this tool did not write (the user's own manifest.json, or
    their own video under a clip's name, in the folder named for the clips): refused, never replaced."""
    return OutputError(f"is not {what} of annotate ({why}); refusing to replace it: "
                       f"{FOREIGN_HINT.format(them='it')}", subject=path)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def tools() -> dict[str, str]:
    """Versions of everything that shaped the clips, for the record."""
    import av

    b = ffmpeg.binary()
    return {
        "annotate": __version__, "ffmpeg": b.version, "ffmpeg_path": b.path, "ffmpeg_origin": b.origin,
        "pyav": av.__version__, "python": platform.python_version(), "platform": platform.platform(),
    }


@dataclass
class Manifest:
    """Entries by clip file (relative to the output folder), kept in order."""

    folder: Path
    clips: dict[str, dict[str, Any]] = field(default_factory=dict)
    failed: dict[str, dict[str, Any]] = field(default_factory=dict)
    created: str = field(default_factory=now)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def load(cls, folder: Path) -> tuple[Manifest, str | None]:
        """The manifest in ``folder`` (empty if none), and a warning if an
        existing one could not be read (its clips are then re-verified by
        being redone: nothing in the folder is trusted without a record)."""
        path = folder / MANIFEST_JSON
        manifest = cls(folder)
        pages = [p.name for p in later_pages(folder / CONTACT_SHEET)]
        owned.refuse_foreign(folder, (*OURS_WITH_THE_MANIFEST, *pages), hint=FOREIGN_HINT)
        if not path.exists():
            manifest.replay_journal()
            return manifest, None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise not_ours(path, f"not JSON: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("clips"), list):
            raise not_ours(path, "no list of clips")
        manifest.clips = {c["file"]: c for c in data["clips"] if isinstance(c, dict) and isinstance(c.get("file"), str)}
        manifest.created = str(data.get("created") or manifest.created)
        manifest.replay_journal()
        return manifest, None

    def replay_journal(self) -> None:
        """Take back the entries of clips a killed run recorded only in its journal (:func:`journal_entry`);
        each is still proved by its file's size and sha256 before the clip is reused."""
        for name, line in journaled(self.folder).items():
            if isinstance(line.get("entry"), dict) and line["entry"].get("file") == name:
                self.clips[name] = line["entry"]

    def record(self, entry: dict[str, Any], *, save: bool = True) -> None:
        """Add a finished clip; ``save=False`` leaves the rewrite to a later
        :meth:`save` (a caller recording many results at once)."""
        with self.lock:
            self.failed.pop(entry["file"], None)
            self.clips[entry["file"]] = entry
            if save:
                self._save()

    def fail(self, file: str, entry: dict[str, Any], *, save: bool = True) -> None:
        with self.lock:
            self.failed[file] = entry
            if save:
                self._save()

    def save(self) -> None:
        with self.lock:
            self._save()

    def _save(self) -> None:
        clips = sorted(self.clips.values(), key=lambda c: c["file"])
        data = {
            "manifest_version": MANIFEST_VERSION,
            "created": self.created,
            "updated": now(),
            "tools": tools(),
            "clips": clips,
            "failed": list(self.failed.values()),
        }
        try:
            write_text(self.folder / MANIFEST_JSON, json_text(data, indent=2) + "\n")
            owned.write_owned_text(self.folder, MANIFEST_CSV, to_csv(clips))
        except OSError as exc:  # e.g. disk full while writing the record
            raise OutputError(f"cannot write the manifest: {os_reason(exc)}", subject=self.folder) from exc


def to_csv(clips: list[dict[str, Any]]) -> str:
    """One row per clip; commands joined with `` && `` (runnable in a shell); written by the one CSV writer
    (:func:`annotate.escape.csv_text`: the byte order mark, text cells guarded against formula injection)."""
    rows = []
    for clip in clips:
        row: list[object] = []
        for key in CSV_FIELDS:
            value = clip.get(key)
            if key == "commands":
                value = " && ".join(value or [])
            elif key == "notes":
                value = "; ".join(value or [])
            elif key == "article":  # each source's address, else its file
                value = "; ".join(s.get("url") or s.get("article") or "" for s in clip.get("sources") or [])
            row.append(value)
        rows.append(row)
    return csv_text(CSV_FIELDS, rows, line_end="\n")


def journal_clip(folder: Path, name: str, size: int, digest: str) -> None:
    """Note a clip about to get its name in ``folder``'s :data:`JOURNAL`: a run killed before the
    manifest records it leaves a clip the next run still knows as its own (by size and sha256)."""
    line = json.dumps({"file": name, "size": size, "sha256": digest}) + "\n"
    fd = os.open(folder / JOURNAL, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        os.write(fd, line.encode())  # one small O_APPEND write: whole, even from several workers
    finally:
        os.close(fd)


def journal_entry(folder: Path, entry: dict[str, Any]) -> None:
    """Record a finished clip's manifest ``entry`` in ``folder``'s :data:`JOURNAL` (one appended line, as
    :func:`journal_clip`'s): what :meth:`Manifest.replay_journal` takes back after a killed run."""
    line = json_text({"file": entry["file"], "size": entry.get("size"), "sha256": entry.get("sha256"),
                      "entry": entry}) + "\n"
    fd = os.open(folder / JOURNAL, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def journaled(folder: Path) -> dict[str, dict[str, Any]]:
    """The clips :func:`journal_clip` noted in ``folder``, by name."""
    try:
        lines = (folder / JOURNAL).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        return {}
    named: dict[str, dict[str, Any]] = {}
    for line in lines:
        with contextlib.suppress(ValueError, TypeError, KeyError):
            entry = json.loads(line)
            named[str(entry["file"])] = entry
    return named


def forget_journal(folder: Path) -> None:
    """Remove the :data:`JOURNAL` once every clip it names is recorded in the manifest (or judged)."""
    with contextlib.suppress(FileNotFoundError):
        (folder / JOURNAL).unlink()
