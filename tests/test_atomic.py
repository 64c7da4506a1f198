from __future__ import annotations

import multiprocessing
import os
import threading
import time

import pytest

from annotate.atomic import atomic_open, atomic_path, write_text
from annotate.errors import OutputError
from tests import system


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


def test_a_replaced_file_keeps_its_mode_and_a_linked_output_is_refused_not_replaced(tmp_path):
    """Replacing a file reset its mode to the umask's: a private (0600) timeline became world-readable, a
    group-shared (0660) subtitle file lost group write. It keeps its mode now, as editors and ``sed -i`` do. An
    output named by a symbolic link (``latest.srt -> story-v3.srt``) was removed and replaced by a file, the
    user's link gone and its target left stale: it is refused in one line naming it (a file the user gave to be
    updated, ``through_link``, is still written through)."""
    mask = os.umask(0o022)
    try:
        for mode in (0o600, 0o660, 0o640):
            private = tmp_path / f"{mode:o}.yaml"
            private.write_text("old")
            private.chmod(mode)
            write_text(private, "new")
            assert (private.read_text(), private.stat().st_mode & 0o7777) == ("new", mode)
        real = tmp_path / "real" / "story-v3.srt"
        real.parent.mkdir()
        real.write_text("v3")
        link = tmp_path / "latest.srt"
        link.symlink_to(real)
        with pytest.raises(OutputError) as refused:
            write_text(link, "v4")
        assert str(refused.value) == (f"{link}: is a symbolic link (to {real}); refusing to replace it: name the "
                                      "file itself, or remove the link")
        assert link.is_symlink() and real.read_text() == "v3"
        assert [p.name for p in tmp_path.iterdir() if ".annotate.part" in p.name] == []
        write_text(link, "v4", through_link=True)
        assert link.is_symlink() and real.read_text() == "v4"
    finally:
        os.umask(mask)


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


def _count_under_lock(folder: str, times: int) -> None:
    from annotate.atomic import folder_lock

    counter = os.path.join(folder, "..", "counter")
    for _ in range(times):
        with folder_lock(folder):
            # A read, a pause and a write: two runs inside at once lose a count.
            with open(counter) as handle:
                value = int(handle.read())
            time.sleep(0.0005)
            with open(counter, "w") as handle:
                handle.write(str(value + 1))


def test_the_folder_lock_leaves_nothing_after_a_run_or_an_error(tmp_path):
    from annotate.atomic import LOCK_NAME, folder_lock

    with folder_lock(tmp_path):
        assert (tmp_path / LOCK_NAME).is_file()  # while held, it is there
        (tmp_path / "out.txt").write_text("x")
    with pytest.raises(RuntimeError), folder_lock(tmp_path):
        raise RuntimeError("a failing run")
    assert os.listdir(tmp_path) == ["out.txt"]


def test_a_killed_runs_lock_file_is_taken_and_removed(tmp_path):
    from annotate.atomic import LOCK_NAME, folder_lock

    (tmp_path / LOCK_NAME).write_text("")  # what SIGKILL leaves: the file, no lock held
    with folder_lock(tmp_path):
        pass
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("take", ["folder_lock", "output_folder", "shared_output_folder"])
def test_a_fifo_planted_as_the_lock_file_is_refused_not_waited_on(tmp_path, take):
    """Opening a FIFO to write waits for a reader: clips and render into a folder holding one named like
    the lock hung until killed. One clear error now, and the FIFO is left as it was."""
    from annotate import atomic

    os.mkfifo(tmp_path / atomic.LOCK_NAME)
    said: list[BaseException] = []

    def lock() -> None:
        try:
            with getattr(atomic, take)(tmp_path):
                pass
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            said.append(exc)

    worker = threading.Thread(target=lock, daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "waited on the FIFO"
    assert len(said) == 1 and isinstance(said[0], OutputError) and "not a regular file" in str(said[0])
    assert os.listdir(tmp_path) == [atomic.LOCK_NAME]


def test_runs_removing_the_lock_file_still_never_overlap(tmp_path):
    """Each holder unlinks the file before unlocking; a waiter that locked the
    unlinked file must notice and lock the new one, or two runs are inside."""
    folder = tmp_path / "out"
    folder.mkdir()
    (tmp_path / "counter").write_text("0")
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_count_under_lock, args=(str(folder), 60)) for _ in range(4)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    assert (tmp_path / "counter").read_text() == str(4 * 60)
    assert os.listdir(folder) == []


def test_the_waiting_note_comes_once(tmp_path):
    from annotate.atomic import folder_lock

    notes: list[str] = []
    held = threading.Event()
    release = threading.Event()

    def holder() -> None:
        with folder_lock(tmp_path):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    held.wait(10)
    threading.Timer(0.2, release.set).start()
    with folder_lock(tmp_path, on_wait=lambda: notes.append("waiting")):
        pass
    thread.join(10)
    assert notes == ["waiting"]
    assert os.listdir(tmp_path) == []


def _sha256(path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_no_output_of_a_command_replaces_one_of_its_inputs(samples, tmp_path):
    """``render -o`` the footage itself, ``export -o`` the timeline it reads (or a hard link to
    either) used to replace the input with what was made from it. Now one line names the file,
    exit 2, and the input is as it was; a symbolic link there is replaced, never written through."""
    import shutil

    from click.testing import CliRunner

    from annotate.cli import main
    from annotate.timeline import load

    footage, story = tmp_path / "footage.mp4", tmp_path / "story.yaml"
    shutil.copyfile(samples.video, footage)
    made = CliRunner().invoke(main, ["timeline", str(samples.article), "--footage", str(footage), "-o", str(story)])
    assert made.exit_code == 0, made.output
    before = {path: _sha256(path) for path in (footage, story)}
    os.link(footage, tmp_path / "same-footage.mp4")
    attempts = [
        (["render", str(story), "-o", str(footage)], footage, "media file"),
        (["render", str(story), "-o", str(tmp_path / "same-footage.mp4")], tmp_path / "same-footage.mp4", "media file"),
        (["export", str(story), "-o", str(story), "--format", "json"], story, "timeline file"),
        (["subtitles", str(story), "-o", str(story), "--format", "srt"], story, "timeline file"),
    ]
    for args, target, kind in attempts:
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        # (without fonts, render warns about them first: a bare machine)
        said = "".join(line for line in result.stderr.splitlines(keepends=True)
                       if not system.about_fonts(line))
        assert said == (f"annotate: error: {target}: is the {kind} this command reads; refusing to "
                        "write over it: name another output\n"), args
    assert {path: _sha256(path) for path in (footage, story)} == before
    assert len(load(story).moments) == 16
    assert sorted(p.name for p in tmp_path.iterdir()) == ["footage.mp4", "same-footage.mp4", "story.yaml"]
    # A link named as the output is neither replaced (the user's link) nor written through (to the input).
    (tmp_path / "link.json").symlink_to(story)
    result = CliRunner().invoke(main, ["export", str(story), "-o", str(tmp_path / "link.json")])
    assert result.exit_code == 2 and "is a symbolic link" in result.stderr, result.output
    assert (tmp_path / "link.json").is_symlink() and _sha256(story) == before[story]


def test_runs_sharing_a_folder_do_not_wait_for_each_other_nor_clean_each_others_files(tmp_path):
    """A render held the folder-wide lock for its whole ffmpeg pass: a preview of another timeline into
    the same folder waited silently for as long as the render took. Renders now share the folder; what
    a killed run left is removed only by a run that finds no other inside; a run that holds the folder
    whole is waited for, and named."""
    from annotate.atomic import LOCK_NAME, folder_lock, lock_holder, partial_path, shared_output_folder

    (tmp_path / ".old.abcd1234.annotate.part.mp4").write_text("a killed run's")
    with shared_output_folder(tmp_path):
        assert not (tmp_path / ".old.abcd1234.annotate.part.mp4").exists()  # alone: cleaned
        running = partial_path(tmp_path / "long.mp4")  # the long render's file, being written
        done = threading.Event()

        def other() -> None:
            with shared_output_folder(tmp_path):
                done.set()

        thread = threading.Thread(target=other)
        thread.start()
        thread.join(30)
        assert done.is_set() and not thread.is_alive()  # (a hang guard, not a timing)
        assert running.exists()  # not taken for a killed run's leftover
    running.unlink()
    assert os.listdir(tmp_path) == []  # the last one out removed the lock file

    notes: list[object] = []
    held, release = threading.Event(), threading.Event()

    def whole() -> None:
        with folder_lock(tmp_path):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=whole)
    thread.start()
    held.wait(10)
    assert lock_holder(tmp_path) == os.getpid()
    threading.Timer(0.2, release.set).start()
    with shared_output_folder(tmp_path, on_wait=lambda: notes.append(lock_holder(tmp_path))):
        assert (tmp_path / LOCK_NAME).exists()
    thread.join(10)
    assert notes == [os.getpid()]
    assert os.listdir(tmp_path) == []


def _no_file_may_grow() -> None:
    """What a full disk answers to every write of a file (here EFBIG, from a file size limit of 0 bytes)."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))


def _write_under(take: str, folder: str, said) -> None:  # type: ignore[no-untyped-def]
    from annotate import atomic

    _no_file_may_grow()
    try:
        with getattr(atomic, take)(folder):
            atomic.write_text(os.path.join(folder, "manifest.json"), "{}")
    except BaseException as exc:  # noqa: BLE001 - handed to the test
        said.send((type(exc).__name__, str(exc)))
    else:
        said.send(("", ""))


@pytest.mark.parametrize("take", ["folder_lock", "output_folder", "shared_output_folder"])
def test_a_full_disk_under_a_folder_lock_names_the_file_that_could_not_be_written(tmp_path, take):
    """The lock file's process id stayed in its buffer when the disk was full, and closing the lock file
    wrote it again: that second, nameless error replaced the real one ("annotate: error: No space left on
    device" naming no file). The error out of the block is the one raised in it."""
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_write_under, args=(take, str(tmp_path), theirs))
    proc.start()
    proc.join(60)
    kind, message = ours.recv()
    assert (kind, message) == ("OutputError", f"{tmp_path / 'manifest.json'}: cannot write: file size limit exceeded "
                                              "(a `ulimit -f` or a quota)")
    assert os.listdir(tmp_path) == []


def test_a_folder_command_on_a_full_disk_says_which_file_in_one_line(tmp_path):
    import subprocess
    import sys

    story = tmp_path / "story.yaml"
    story.write_text("moments:\n  - {id: m1, start: 2, caption: the car stops}\n", encoding="utf-8")
    out = tmp_path / "review"
    done = subprocess.run([sys.executable, "-m", "annotate", "review", str(story), "--no-pictures", "-o", str(out)],
                          preexec_fn=_no_file_may_grow, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "ANNOTATE_TRACEBACK": "0"})
    assert done.returncode == 2
    assert done.stderr.startswith(f"annotate: error: {out}") and "file size limit exceeded" in done.stderr
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("writer", ["ffmpeg", "Pillow"])
def test_a_file_another_writer_made_is_on_disk_before_it_takes_its_name(tmp_path, monkeypatch, writer):
    """``atomic_open`` synced its file before the rename, but a file ffmpeg or Pillow wrote at
    :func:`atomic_path`'s temporary name was renamed unsynced: after a crash its name could hold an empty
    file, the old one gone. The one place that renames syncs every finished file first, once."""
    from PIL import Image

    from annotate import ffmpeg

    target = tmp_path / "out.png"
    synced: list[tuple[bytes, bool]] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        real(fd)
        with open(os.readlink(f"/proc/self/fd/{fd}"), "rb") as handle:
            synced.append((handle.read(), target.exists()))

    monkeypatch.setattr(os, "fsync", fsync)
    with atomic_path(target) as tmp:
        if writer == "Pillow":
            Image.new("RGB", (8, 8), (200, 10, 10)).save(tmp, "PNG")
        else:
            ffmpeg.run(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", "color=red:size=8x8",
                        "-frames:v", "1", str(tmp)])
    assert synced == [(target.read_bytes(), False)]
    with Image.open(target) as img:
        assert img.size == (8, 8) and img.convert("RGB").getpixel((4, 4))[0] > 180


def test_export_past_a_file_size_limit_names_the_limit_as_render_does(tmp_path):
    # Attack report 8 #30: `export` under `ulimit -f 8` said "big.json: cannot write: File too large", where
    # `render` names the `ulimit -f`.
    import subprocess
    import sys

    story = tmp_path / "story.yaml"
    story.write_text("moments:\n" + "".join(f"  - {{id: m{i}, start: {i}, caption: {'x' * 200}}}\n"
                                             for i in range(1, 100)), encoding="utf-8")
    out = tmp_path / "big.json"
    done = subprocess.run([sys.executable, "-m", "annotate", "export", str(story), "-o", str(out)],
                          preexec_fn=_no_file_may_grow, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "ANNOTATE_TRACEBACK": "0"})
    assert (done.returncode, done.stderr) == (
        2, f"annotate: error: {out}: cannot write: file size limit exceeded (a `ulimit -f` or a quota)\n")
    assert not out.exists()
