"""The record of the files annotate wrote into an output folder: a file is ours only while it is exactly
what was noted under its name; a run killed between noting and renaming still knows its file."""

from __future__ import annotations

import pytest

from annotate import owned
from annotate.errors import OutputError

HINT = "move {them} away"


def test_a_file_is_ours_only_while_it_is_as_noted(tmp_path):
    owned.write_owned_text(tmp_path, "a.csv", "ours\n")
    owned.refuse_foreign(tmp_path, ["a.csv", "missing.txt"], hint=HINT)  # no error
    (tmp_path / "a.csv").write_text("ours, with my notes\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("mine\n", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        owned.refuse_foreign(tmp_path, ["a.csv", "b.txt"], hint=HINT)
    assert str(caught.value) == (f"{tmp_path}: holds files under names annotate writes that it did not write, or "
                                 "changed since: a.csv (changed since annotate wrote it), b.txt (annotate has no "
                                 "record of writing it); refusing to replace them: move them away")
    owned.refuse_foreign(tmp_path, ["a.csv", "b.txt"], hint=HINT, force=True)
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "ours, with my notes\n"  # a check never replaces


def test_a_run_killed_between_noting_and_renaming_still_knows_its_old_file(tmp_path):
    owned.write_owned_text(tmp_path, "a.csv", "first\n")
    with pytest.raises(KeyboardInterrupt), owned.owned_path(tmp_path, "a.csv") as tmp:
        tmp.write_text("second\n", encoding="utf-8")
        owned.note(tmp_path, "a.csv", tmp)  # (as the context does on exit) and then killed before the rename
        raise KeyboardInterrupt
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "first\n"
    owned.refuse_foreign(tmp_path, ["a.csv"], hint=HINT)  # still ours; the record is pruned to it
    assert len((tmp_path / owned.RECORD).read_text(encoding="utf-8").splitlines()) == 1
    owned.write_owned_text(tmp_path, "a.csv", "third\n")
    owned.refuse_foreign(tmp_path, ["a.csv"], hint=HINT)


def test_a_users_file_under_the_records_name_is_refused_not_used(tmp_path):
    (tmp_path / owned.RECORD).write_text("my own notes\n", encoding="utf-8")
    (tmp_path / "a.csv").write_text("mine\n", encoding="utf-8")
    with pytest.raises(OutputError, match="is not annotate's record of the files it wrote here"):
        owned.refuse_foreign(tmp_path, ["a.csv"], hint=HINT)
    assert (tmp_path / owned.RECORD).read_text(encoding="utf-8") == "my own notes\n"


def test_a_fifo_planted_under_the_records_name_is_refused_not_waited_on(tmp_path):
    """The record was opened with a plain read: a FIFO under its name (no writer) hung every folder command
    (review, clips, demo, samples) in open(), for ever. It is read the one safe way now: refused at once."""
    import os
    import threading

    os.mkfifo(tmp_path / owned.RECORD)
    caught: list[BaseException] = []

    def check() -> None:
        try:
            owned.refuse_foreign(tmp_path, ["index.html"], hint=HINT)
        except BaseException as exc:  # noqa: BLE001 (kept for the assertion below)
            caught.append(exc)

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "waited on the FIFO"
    assert [type(e) for e in caught] == [OutputError]
    assert "is not a regular file (a pipe, device or socket)" in str(caught[0])
    with pytest.raises(OutputError, match="cannot write"):  # and noting into it fails at once too
        (tmp_path / "x").write_text("x", encoding="utf-8")
        owned.note(tmp_path, "x", tmp_path / "x")


def test_a_text_written_is_noted_from_its_bytes_not_read_back(tmp_path, monkeypatch):
    """A clips run rewrites its CSV after every clip, and each was read back whole to note its sha256: it is
    hashed from the bytes written, and the record is the same (the file's own size and sha256)."""
    import hashlib
    import json

    def read_back(path):
        raise AssertionError(f"{path} read back to note it")

    monkeypatch.setattr(owned, "file_digest", read_back)
    text = "file,caption\r\na.mp4,\"naïve 🎬\"\n"
    owned.write_owned_text(tmp_path, "a.csv", text)
    data = (tmp_path / "a.csv").read_bytes()
    assert data == text.encode("utf-8")
    [line] = (tmp_path / owned.RECORD).read_text(encoding="utf-8").splitlines()
    assert json.loads(line) == {"file": "a.csv", "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    owned.refuse_foreign(tmp_path, ["a.csv"], hint=HINT)  # ours, as written


def test_an_owned_text_is_on_disk_before_it_takes_its_name(tmp_path, monkeypatch):
    """The atomic writers flush a file to disk (fsync) before renaming it into place, so a crash or power cut
    leaves the old file or the new one; the clips CSV, written through ``write_owned_text``, was renamed
    unsynced, and could come back empty under its name after a crash. It is synced first now: the one writer
    path of :mod:`annotate.atomic`."""
    import os

    synced: list[tuple[str, bytes, bool]] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        real(fd)
        path = os.readlink(f"/proc/self/fd/{fd}")
        with open(path, "rb") as handle:
            synced.append((path, handle.read(), (tmp_path / "a.csv").exists()))

    monkeypatch.setattr(os, "fsync", fsync)
    owned.write_owned_text(tmp_path, "a.csv", "file,caption\nx.mp4,one\n")
    assert (tmp_path / "a.csv").read_bytes() == b"file,caption\nx.mp4,one\n"
    assert [(data, named) for _path, data, named in synced] == [(b"file,caption\nx.mp4,one\n", False)]
