"""annotate.clock.frames: the frame table read from the container's index
is the table demuxing gives, and files whose index cannot give it (B-frames
reorder, Matroska indexes only keyframes) are demuxed."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from annotate import ffmpeg
from annotate.clips import media
from annotate.clock import frames


def _clip(path: Path, *extra: str, rate: str = "25") -> Path:
    ffmpeg.run(["-f", "lavfi", "-i", f"testsrc2=size=160x120:rate={rate}:duration=6",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-g", "40", *extra, str(path)])
    return path


def _same(a: media.FrameTable, b: media.FrameTable) -> None:
    assert a.times == b.times and a.keyframes == b.keyframes
    assert (a.fps, a.duration, a.start_time, a.width, a.height) == (b.fps, b.duration, b.start_time, b.width, b.height)


@pytest.mark.parametrize("rate", ["25", "30000/1001"])
def test_an_mp4_without_b_frames_is_read_from_its_index(tmp_path, monkeypatch, rate):
    path = _clip(tmp_path / "plain.mp4", "-bf", "0", rate=rate)
    demuxed = media.scan(path)
    assert len(demuxed.times) == round(6 * Fraction(rate)) and len(demuxed.keyframes) > 1

    def refuse(_path: object) -> None:
        raise AssertionError("demuxed although the index lists every frame")

    monkeypatch.setattr(frames, "scan", refuse)
    _same(frames.frame_table(path), demuxed)


@pytest.mark.parametrize(("name", "extra"), [("reordered.mp4", ("-bf", "3")), ("plain.mkv", ("-bf", "0"))])
def test_a_file_whose_index_cannot_tell_is_demuxed(tmp_path, monkeypatch, name, extra):
    path = _clip(tmp_path / name, *extra)
    demuxed = media.scan(path)
    calls: list[object] = []
    monkeypatch.setattr(frames, "scan", lambda p: calls.append(p) or media.scan(p))
    _same(frames.frame_table(path), demuxed)
    assert calls == [path]


def test_keyframes_sampled_from_several_threads_at_once_are_the_same_pictures(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    # Pictures big enough, and asked for often enough, that decoders shared
    # between threads would interleave (one container for all crashed the process).
    path = tmp_path / "big.mp4"
    ffmpeg.run(["-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=6", "-c:v", "libx264",
                "-pix_fmt", "yuv420p", "-g", "10", "-bf", "0", str(path)])
    src = frames.FrameSource(path)
    try:
        keys = src.keyframes * 20
        alone = {k: src.sample(k) for k in src.keyframes}
        assert len(alone) > 2 and not all((alone[k] == alone[keys[0]]).all() for k in alone)
        with ThreadPoolExecutor(max_workers=3) as pool:
            together = list(pool.map(src.sample, reversed(keys)))
    finally:
        src.close()
    assert all((got == alone[k]).all() for got, k in zip(together, reversed(keys), strict=True))


def test_the_clock_reads_the_default_picture_of_a_file_of_several_tracks(tmp_path):
    """A remux with another angle first (green, 640x360), the main one marked default (320x180, red then blue):
    the clock map read the first video stream, the angle no player shows."""
    from tests.clips_support import two_angle_mkv

    src = frames.FrameSource(two_angle_mkv(tmp_path / "multi.mkv"))
    try:
        assert (src.width, src.height) == (320, 180)
        late = next(k for k in src.keyframes if src.time(k) >= 2.5)
        luma = src.sample(late)
        assert luma.shape == (180, 320) and luma.mean() < 60  # blue (luma 41), not green (81)
    finally:
        src.close()
