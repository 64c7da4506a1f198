from __future__ import annotations

import os

import pytest

from annotate.atomic import atomic_open, atomic_path, write_text
from annotate.errors import OutputError


def test_interrupted_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "out.srt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(target) as handle:
            handle.write("half of the new")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["out.srt"]


def test_atomic_path_keeps_the_extension_for_tools(tmp_path):
    with atomic_path(tmp_path / "clip.mp4") as tmp:
        assert tmp.suffix == ".mp4" and tmp.parent == tmp_path
        tmp.write_bytes(b"x")
    assert (tmp_path / "clip.mp4").read_bytes() == b"x"


def test_unwritable_folder(tmp_path, monkeypatch):
    # Tests run as root in CI, where chmod can't lock a folder: ask access() instead.
    monkeypatch.setattr("annotate.atomic.os.access", lambda *_a: False)
    with pytest.raises(OutputError, match="not writable"):
        write_text(tmp_path / "x.txt", "x")
    assert not (tmp_path / "x.txt").exists()


def test_directory_target_and_blocked_folder(tmp_path):
    (tmp_path / "dir").mkdir()
    with pytest.raises(OutputError, match="is a directory"):
        write_text(tmp_path / "dir", "x")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot create folder"):
        write_text(blocker / "sub" / "x.txt", "x")


def test_finished_files_get_the_mode_a_plain_new_file_would(tmp_path):
    mask = os.umask(0o022)
    try:
        write_text(tmp_path / "a.txt", "x")
        with atomic_path(tmp_path / "b.mp4") as tmp:
            tmp.write_bytes(b"x")
    finally:
        os.umask(mask)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.mp4").stat().st_mode & 0o777 == 0o644


def _fifo(path):
    os.mkfifo(path)


def _socket(path):
    import socket

    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()


def _link_to_fifo(path):
    os.mkfifo(path.with_name("real-fifo"))
    path.symlink_to("real-fifo")


@pytest.mark.parametrize("make", [_fifo, _socket, _link_to_fifo])
@pytest.mark.parametrize("through_link", [False, True])
def test_a_pipe_socket_or_link_to_one_is_refused_and_kept(tmp_path, make, through_link):
    # The rename replaced the node with a file: run as root, `-o /dev/null` replaced /dev/null itself.
    target = tmp_path / "out.srt"
    make(target)
    kinds = sorted((p.name, os.lstat(p).st_mode) for p in tmp_path.iterdir())
    with pytest.raises(OutputError, match=r"out\.srt: is a device, pipe or socket, not a file"):
        write_text(target, "1\n", through_link=through_link)
    assert sorted((p.name, os.lstat(p).st_mode) for p in tmp_path.iterdir()) == kinds  # nothing replaced or left


def test_a_link_to_a_device_is_refused(tmp_path):
    (tmp_path / "out.csv").symlink_to(os.devnull)
    with pytest.raises(OutputError, match="is a device, pipe or socket"):
        write_text(tmp_path / "out.csv", "x")
    assert (tmp_path / "out.csv").is_symlink()


def test_a_working_file_that_cannot_be_written_is_an_output_error_of_the_folder(tmp_path):
    import errno

    from annotate.atomic import working_folder

    for named in (None, "overlay.ass"):
        with pytest.raises(OutputError, match="cannot write: No space left on device") as caught:
            with working_folder(tmp_path) as work:
                raise OSError(errno.ENOSPC, "No space left on device", *([str(work / named)] if named else []))
        assert caught.value.subject == tmp_path
    with pytest.raises(FileNotFoundError):  # an input the block reads is its own error
        with working_folder(tmp_path):
            open(tmp_path.parent / "no-such-input.txt")
    assert list(tmp_path.iterdir()) == []
