"""annotate.ffmpeg: the binary is found, features are known, failures carry
the command and the tail of stderr, frames flow both ways."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import av
import numpy as np
import pytest

from annotate import ffmpeg
from annotate.errors import ToolError


@pytest.fixture
def fresh_binary():
    """Forget the cached binary/features before and after a test that changes the environment."""
    ffmpeg.binary.cache_clear()
    ffmpeg.features.cache_clear()
    yield
    ffmpeg.binary.cache_clear()
    ffmpeg.features.cache_clear()


def test_binary_found_and_runs() -> None:
    b = ffmpeg.binary()
    assert os.access(b.path, os.X_OK)
    assert b.origin in {"env", "system", "imageio-ffmpeg"}
    assert b.version and b.version != "unknown"


def test_env_override_wins(monkeypatch, fresh_binary) -> None:
    real = ffmpeg.binary().path
    ffmpeg.binary.cache_clear()
    monkeypatch.setenv(ffmpeg.FFMPEG_ENV, real)
    assert ffmpeg.binary() == ffmpeg.Binary(real, "env", ffmpeg.binary().version)


def test_bad_env_override_falls_back(monkeypatch, fresh_binary, tmp_path: Path) -> None:
    monkeypatch.setenv(ffmpeg.FFMPEG_ENV, str(tmp_path / "no-such-ffmpeg"))
    assert ffmpeg.binary().origin != "env"


def test_features_include_what_the_toolkit_needs() -> None:
    have = ffmpeg.features()
    assert {"libx264", "aac", "ass", "drawtext", "scale", "overlay", "drawbox"} <= have


def test_require_passes_for_present_features() -> None:
    ffmpeg.require("libx264", "scale", purpose="encode")


def test_missing_feature_names_it_and_the_binary() -> None:
    with pytest.raises(ToolError) as err:
        ffmpeg.require("libx264", "warp_drive", purpose="render the demo")
    message = str(err.value)
    assert "warp_drive" in message and "libx264" not in message.split("lacks", 1)[1].split("(")[0]
    assert ffmpeg.binary().path in message
    assert "render the demo" in message and ffmpeg.FFMPEG_ENV in message


def test_command_has_the_safe_flags() -> None:
    cmd = ffmpeg.command(["-i", Path("a b.mp4"), "out.mp4"])
    assert cmd[0] == ffmpeg.binary().path
    assert "-nostdin" in cmd and "-hide_banner" in cmd
    assert cmd[-3:] == ["-i", "a b.mp4", "out.mp4"]


def test_quote_command_round_trips() -> None:
    cmd = ["ffmpeg", "-i", "it's a file.mp4", "-vf", "drawtext=text='a;b'", "out [1].mp4"]
    assert shlex.split(ffmpeg.quote_command(cmd)) == cmd


def test_run_error_carries_stderr_tail_and_command(tmp_path: Path) -> None:
    missing = tmp_path / "missing input.mp4"
    with pytest.raises(ToolError) as err:
        ffmpeg.run(["-i", missing, "-f", "null", "-"], what="probing the input")
    message = str(err.value)
    assert message.startswith("probing the input failed:")
    assert "No such file or directory" in message
    assert shlex.quote(str(missing)) in message  # the command, copy-pasteable


def test_stderr_tail_keeps_the_last_lines() -> None:
    text = "\n".join(f"line {i}" for i in range(40)) + "\n\n"
    tail = ffmpeg.stderr_tail(text)
    assert tail.split(" | ") == [f"line {i}" for i in range(40 - ffmpeg.STDERR_TAIL_LINES, 40)]
    assert ffmpeg.stderr_tail("") == "no message"


def test_run_reports_progress(tmp_path: Path) -> None:
    seen: list[float] = []
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=s=160x90:r=25:d=3", "-c:v", "libx264", "-preset", "ultrafast",
                tmp_path / "p.mp4"], duration=3.0, on_progress=seen.append)
    assert seen and seen == sorted(seen)
    assert seen[-1] == pytest.approx(1.0, abs=0.05)
    assert (tmp_path / "p.mp4").stat().st_size > 0


def test_pipe_frames_reads_exact_frames() -> None:
    w, h = 32, 18
    with ffmpeg.pipe_frames(["-f", "lavfi", "-i", f"color=c=0x808080:s={w}x{h}:r=25:d=1",
                             "-f", "rawvideo", "-pix_fmt", "gray", "pipe:1"], w * h) as pipe:
        frames = [np.frombuffer(f, np.uint8) for f in pipe]
    assert len(frames) == 25
    assert all(abs(int(f.mean()) - 128) <= 2 for f in frames)


def test_feed_frames_encodes_what_was_written(tmp_path: Path) -> None:
    w, h, n = 64, 36, 10
    out = tmp_path / "fed.mp4"
    args = ["-f", "rawvideo", "-pix_fmt", "gray", "-s", f"{w}x{h}", "-r", "25", "-i", "pipe:0",
            "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-pix_fmt", "yuv444p", out]
    with ffmpeg.feed_frames(args) as sink:
        for i in range(n):
            sink.write(np.full((h, w), 20 * i, np.uint8).tobytes())
    with ffmpeg.pipe_frames(["-i", out, "-f", "rawvideo", "-pix_fmt", "gray", "pipe:1"], w * h) as pipe:
        means = [round(float(np.frombuffer(f, np.uint8).mean())) for f in pipe]
    # gray (full range) -> yuv (limited) -> gray rounds by at most one level
    assert means == pytest.approx([20 * i for i in range(n)], abs=1)


def test_feed_frames_failure_is_a_tool_error(tmp_path: Path) -> None:
    args = ["-f", "rawvideo", "-pix_fmt", "gray", "-s", "8x8", "-i", "pipe:0", "-c:v", "no_such_codec",
            tmp_path / "x.mp4"]
    with pytest.raises(ToolError) as err:
        with ffmpeg.feed_frames(args, what="encoding the test") as sink:
            for _ in range(2000):  # ffmpeg exits at once; writing must notice
                sink.write(bytes(64))
    assert "encoding the test failed" in str(err.value) and "no_such_codec" in str(err.value)


def test_feed_frames_exception_kills_ffmpeg(tmp_path: Path) -> None:
    args = ["-f", "rawvideo", "-pix_fmt", "gray", "-s", "8x8", "-i", "pipe:0", tmp_path / "x.mp4"]
    with pytest.raises(KeyboardInterrupt):
        with ffmpeg.feed_frames(args) as sink:
            sink.write(bytes(64))
            raise KeyboardInterrupt
    assert sink.proc.returncode is not None


def test_capture_returns_stdout_and_is_stopped_by_stop_all() -> None:
    """capture() (align's audio, the strip's stills) is registered like run():
    stop_all() (Ctrl-C in a threaded batch) kills it, and what it read is returned."""
    import threading
    import time

    got = ffmpeg.capture(["-f", "lavfi", "-i", "sine=f=440:r=8000:d=0.5", "-ac", "1", "-f", "s16le", "-"])
    assert got.returncode == 0 and len(got.stdout) == 2 * 4000  # 0.5 s of 16-bit samples at 8 kHz
    result: dict[str, object] = {}
    slow = ["-re", "-f", "lavfi", "-i", "sine=f=440:r=8000:d=60", "-ac", "1", "-f", "s16le", "-"]
    worker = threading.Thread(target=lambda: result.update(done=ffmpeg.capture(slow)))
    started = time.monotonic()
    worker.start()
    deadline = started + 10
    while ffmpeg.stop_all() == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    worker.join(10)
    assert not worker.is_alive() and time.monotonic() - started < 15
    done = result["done"]
    assert done.returncode != 0  # type: ignore[attr-defined]
    assert ffmpeg.stop_all() == 0  # nothing left registered


def test_frame_pipe_close_raises_only_when_nothing_decoded(tmp_path: Path) -> None:
    from annotate.errors import MediaError

    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"not a video at all" * 100)
    pipe = ffmpeg.pipe_frames(["-i", str(junk), "-f", "rawvideo", "-pix_fmt", "gray", "-"], 16, subject=junk)
    assert list(pipe) == []
    with pytest.raises(MediaError, match=r"junk\.mp4: cannot be decoded: "):
        pipe.close()
    # A reader that stops early kills ffmpeg: that is no failure.
    w, h = 32, 18
    with ffmpeg.pipe_frames(["-f", "lavfi", "-i", f"color=c=gray:s={w}x{h}:r=25:d=60", "-f", "rawvideo",
                             "-pix_fmt", "gray", "-"], w * h) as pipe:
        first = next(iter(pipe))
    assert len(first) == w * h and pipe.frames == 1 and pipe.proc.returncode is not None
    assert ffmpeg.stop_all() == 0


def test_work_done_in_process_is_stopped_by_stop_all_like_an_ffmpeg_child() -> None:
    with ffmpeg.in_process("re-encoding x") as check:
        check()  # not stopped: nothing happens
        assert ffmpeg.stop_all() == 1
        with pytest.raises(ToolError, match="^re-encoding x stopped$"):
            check()
    assert ffmpeg.stop_all() == 0  # unregistered when the block ends
    with ffmpeg.in_process("again") as check:
        check()  # a new block starts unstopped


def _flat(path: Path, colour: str, seconds: float) -> Path:
    ffmpeg.run(["-f", "lavfi", "-i", f"color=c={colour}:s=160x120:r=25:d={seconds}", "-f", "lavfi", "-i",
                f"sine=f=440:d={seconds}", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
                "-shortest", ffmpeg.local(path)])
    return path


def test_a_relative_name_with_a_colon_is_that_file_for_every_reader(tmp_path: Path, monkeypatch) -> None:
    """libavformat reads a relative name's ``scheme:`` head as a protocol: a camera's
    ``2017-11-13T15:14:40.mp4`` was "Protocol not found", and ``file:x.mp4`` opened ``x.mp4``, another
    file (a false "truncated" here), while clips cut the right one. Every reader gets the same file."""
    from PIL import Image

    from annotate import probe, shots, strip
    from annotate.clips import media
    from annotate.clock.frames import frame_table
    from annotate.model import Footage, Moment, Timeline
    from annotate.render import render
    from annotate.speech.audio import frame_levels

    monkeypatch.chdir(tmp_path)
    _flat(tmp_path / "x.mp4", "blue", 4.0)  # the decoy a protocol reading would open
    for name in ("file:x.mp4", "2017-11-13T15:14:40.mp4", "-y.mp4"):
        _flat(tmp_path / name, "red", 2.0)
        assert probe.probe(name).duration == pytest.approx(2.0, abs=0.05)
        assert shots.video_info(name).duration == pytest.approx(2.0, abs=0.05)
        assert shots.detect(name) == []
        assert len(media.scan(name).times) == 50 and len(frame_table(name).times) == 50
        red = np.asarray(dict(strip.grab_each(name, [1.0], 32, 24))[0], dtype=int)
        assert red[..., 0].mean() > 200 and red[..., 2].mean() < 50
        assert np.asarray(media.frame_image(name, 1.0).convert("RGB"), dtype=int)[..., 0].mean() > 200
        assert len(ffmpeg.decode_sound(name, 8000)) == pytest.approx(16000, abs=1100)
        assert 150 < len(frame_levels(Path(name), 0.0, float("inf"))) < 250  # 10 ms frames (the decoy: 400)
        timeline = Timeline(moments=(Moment(1.0, caption="hi", id="a"),), footage=Footage(path=name))
        out = Path(f"out:{name}")  # an output named alike
        render(timeline, out)
        with av.open(str(tmp_path / out)) as container:
            assert sum(1 for _ in container.decode(video=0)) == 50
        render(timeline, Path(f"p:{name}.png"), preview_at=1.0)
        picture = np.asarray(Image.open(tmp_path / f"p:{name}.png").convert("RGB"), dtype=int)
        assert picture[10:40, 10:150, 0].mean() > 200 and picture[10:40, 10:150, 2].mean() < 60


def test_an_argument_list_the_kernel_refuses_is_a_tool_error_not_the_binary_named_as_input() -> None:
    """Over Linux's 128 KiB for one argument, starting ffmpeg raised OSError naming the ffmpeg binary,
    which the CLI printed as if the binary were the bad input."""
    with pytest.raises(ToolError) as err:
        ffmpeg.run(["-f", "lavfi", "-i", "nullsrc", "-vf", "null," * 40_000 + "null", "-f", "null", "-"],
                   what="ffmpeg render")
    message = str(err.value)
    assert message.startswith("ffmpeg render could not start: Argument list too long (")
    assert ffmpeg.binary().path not in message


def test_a_filter_graph_too_long_for_one_argument_is_read_from_a_file(tmp_path: Path) -> None:
    graph = "[0:v]null," + " " * 200_000 + "scale=8:6[v]"  # (the parser skips blanks between filters)
    args = ffmpeg.filter_complex(graph, tmp_path)
    assert (tmp_path / "graph.txt").read_text(encoding="utf-8") == graph and graph not in args
    with ffmpeg.pipe_frames(["-f", "lavfi", "-i", "color=c=white:s=32x24:r=25:d=0.2", *args, "-map", "[v]",
                             "-f", "rawvideo", "-pix_fmt", "gray", "-"], 8 * 6) as pipe:
        frames = [np.frombuffer(f, np.uint8) for f in pipe]
    assert len(frames) == 5 and all(f.min() > 240 for f in frames)
    assert ffmpeg.filter_complex("[0:v]null[v]", tmp_path / "unused") == ["-filter_complex", "[0:v]null[v]"]


def test_a_full_disk_under_any_ffmpeg_run_names_its_output_in_one_line():
    """Only render passed its output: clips and every other ffmpeg run on a full disk said a 2,600-character
    line of ffmpeg's words. /dev/full fails every write with ENOSPC, as a full disk does."""
    import errno

    from annotate.errors import OutputError

    with pytest.raises(OutputError) as caught:
        ffmpeg.run(["-y", "-f", "lavfi", "-i", "color=s=64x64:d=1", "-f", "rawvideo", "/dev/full"])
    assert str(caught.value) == f"/dev/full: cannot write: {os.strerror(errno.ENOSPC)}"


def test_the_sound_decoded_is_the_default_track_of_several(tmp_path: Path) -> None:
    """A two-angle MKV with a silent first sound track and the tone marked default: render and clips take
    the default one (probe.sound_stream); decode_sound (soundsync, align's audio) read the first, silence."""
    from tests.clips_support import two_angle_mkv

    sound = ffmpeg.decode_sound(two_angle_mkv(tmp_path / "two.mkv"), 8000)
    assert len(sound) == pytest.approx(4 * 8000, abs=800)
    assert float(np.sqrt((sound ** 2).mean())) > 0.05  # the 440 Hz tone (amplitude 1/8), not silence


def _wrapper(tmp_path: Path, name: str, body: str) -> str:
    """An ffmpeg for ANNOTATE_FFMPEG: a shell script that runs ``body`` (the real binary is ``$FF``)."""
    script = tmp_path / name
    script.write_text(f"#!/bin/sh\nFF={shlex.quote(ffmpeg.binary().path)}\n{body}\n")
    script.chmod(0o755)
    return str(script)


def test_ffmpeg_killed_by_a_signal_says_which_in_one_line(tmp_path: Path, monkeypatch, fresh_binary) -> None:
    """ffmpeg killed by SIGXFSZ (a shell's or a batch system's ``ulimit -f``, a quota), by the OOM killer or by a
    crash said "failed: no message" and a 1,400-character command line: the user could not tell a full quota
    from a bug. The signal is said, and the output it was writing; the file size limit as the output's."""
    from annotate.errors import OutputError

    limited = _wrapper(tmp_path, "limited", 'ulimit -f 20; exec "$FF" "$@"')
    monkeypatch.setenv(ffmpeg.FFMPEG_ENV, limited)
    ffmpeg.binary.cache_clear()
    big = tmp_path / "big.mp4"
    args = ["-f", "lavfi", "-i", "testsrc2=s=320x240:r=25:d=20", "-c:v", "libx264", "-preset", "ultrafast",
            "-qp", "0", tmp_path / ".big.part.mp4"]
    with pytest.raises(OutputError) as caught:
        ffmpeg.run(args, what="ffmpeg render", output=big)
    assert str(caught.value) == (f"{big}: cannot write: file size limit exceeded (ffmpeg was killed by signal 25, "
                                 "SIGXFSZ: a `ulimit -f` or a quota)")
    with pytest.raises(OutputError, match=r"^.*\.big\.part\.mp4: cannot write: file size limit exceeded"):
        ffmpeg.run(args)  # no output named: ffmpeg's own
    frames = ["-f", "rawvideo", "-pix_fmt", "gray", "-s", "320x240", "-i", "pipe:0", "-c:v", "rawvideo",
              tmp_path / "fed.nut"]
    with pytest.raises(OutputError, match=r"fed\.nut: cannot write: file size limit exceeded .*signal 25"):
        with ffmpeg.feed_frames(frames) as sink:
            for _ in range(200):
                sink.write(bytes(320 * 240))
    for sig, said in (("KILL", "signal 9 (SIGKILL: Killed; out of memory?)"),
                      ("SEGV", "signal 11 (SIGSEGV: Segmentation fault; ffmpeg crashed)")):
        monkeypatch.setenv(ffmpeg.FFMPEG_ENV, _wrapper(tmp_path, sig, f"kill -{sig} $$"))
        ffmpeg.binary.cache_clear()
        with pytest.raises(ToolError) as killed:
            ffmpeg.run(args, what="ffmpeg render", output=big)
        assert str(killed.value) == f"{big}: ffmpeg render was killed by {said}"
        with pytest.raises(ToolError, match=f"^{tmp_path}/in.mp4: ffmpeg decoding it was killed by {said}$".replace(
                "(", r"\(").replace(")", r"\)").replace("?", r"\?")):
            with ffmpeg.pipe_frames(["-i", tmp_path / "in.mp4", "-f", "rawvideo", "-"], 64,
                                    subject=tmp_path / "in.mp4") as pipe:
                list(pipe)


def test_a_captured_ffmpeg_killed_by_a_signal_says_which(tmp_path: Path, monkeypatch, fresh_binary) -> None:
    """The runs whose failure their caller judges (:func:`ffmpeg.capture`: a subtitle stream converted for the
    quote finder, the sound decoded) said a crash's or the OOM killer's end as "no message" (the text tracks) or
    without the signal's name and what it likely means (the sound): they say it as every other ffmpeg run does."""
    import warnings

    from annotate.errors import MediaError
    from annotate.speech import tracks

    footage = tmp_path / "subbed.mkv"
    (tmp_path / "subs.srt").write_text("1\n00:00:00,500 --> 00:00:01,500\nHello there\n", encoding="utf-8")
    ffmpeg.run(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=64x48:r=25:d=2", "-f", "lavfi",
                "-i", "sine=duration=2", "-i", tmp_path / "subs.srt", "-map", "0", "-map", "1", "-map", "2",
                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-c:s", "srt", footage])
    assert [[c.text for c in t.cues] for t in tracks.embedded(footage)] == [["Hello there"]]
    for sig, said in (("KILL", "signal 9 (SIGKILL: Killed; out of memory?)"),
                      ("SEGV", "signal 11 (SIGSEGV: Segmentation fault; ffmpeg crashed)")):
        monkeypatch.setenv(ffmpeg.FFMPEG_ENV, _wrapper(tmp_path, sig, f"kill -{sig} $$"))
        ffmpeg.binary.cache_clear()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert tracks.embedded(footage) == []
        assert [str(w.message) for w in caught] == [
            f"subbed.mkv: stream 2 (srt) could not be read: ffmpeg was killed by {said}"]
        with pytest.raises(MediaError) as failed:
            ffmpeg.decode_sound(footage, 8000)
        assert str(failed.value) == f"{footage}: its sound cannot be decoded: ffmpeg was killed by {said}"


def test_an_ffmpeg_run_stopped_by_stop_all_says_stopped_not_a_signal() -> None:
    """stop_all() (Ctrl-C in a threaded batch) kills with SIGKILL too: that is a stop asked for, not the OOM
    killer."""
    import threading
    import time

    caught: dict[str, BaseException] = {}

    def slow() -> None:
        try:
            ffmpeg.run(["-re", "-f", "lavfi", "-i", "sine=d=60", "-f", "null", "-"], what="ffmpeg slow")
        except ToolError as exc:
            caught["error"] = exc

    worker = threading.Thread(target=slow)
    worker.start()
    deadline = time.monotonic() + 10
    while ffmpeg.stop_all() == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    worker.join(10)
    assert str(caught["error"]) == "ffmpeg slow stopped"


def test_a_quoted_command_names_a_file_whose_name_is_not_utf8_byte_for_byte(tmp_path) -> None:
    """A clip's command in its manifest named the folder ``c\\xe9`` with a lone surrogate no UTF-8 file holds
    (the manifest could not be written); quoted as ``$'...\\xe9...'`` it is text, and bash reads the bytes."""
    import subprocess

    name = os.fsdecode(b"/tmp/c\xe9/it's a clip.mp4")
    line = ffmpeg.quote_command(["printf", "%s", name])
    assert line.isascii()
    assert subprocess.run(["bash", "-c", line], capture_output=True, check=True).stdout == os.fsencode(name)
