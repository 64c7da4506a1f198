"""Fast shot-change detection: one decode of every frame to tiny gray frames
(keyframe-aligned segments on parallel single-threaded decoders, or one
ffmpeg pipe), a streaming detector over them (hard cuts, dissolves, fades),
flat memory."""

from __future__ import annotations

import functools
import itertools
import math
import os
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol

import numpy as np

from annotate import ffmpeg
from annotate.errors import InputError, MediaError, MediaWarning
from annotate.timecode import FALLBACK_FPS, frame_among, frame_of

# Analysis frame: 64x36 gray, area-averaged. Averaging ~20x20 source pixels
# into one cancels sensor grain and the keyframe 'pumping' of grainy shots
# that fools full-resolution detectors, and keeps numpy work far below decode.
ANALYSIS_WIDTH = 64
ANALYSIS_HEIGHT = 36

# Hard cut: the frame difference (mean absolute, gray levels 0..255) must
# exceed this floor, stand CUT_MEDIAN_RATIO above the quieter side's median,
# CUT_SIDE_RATIO above the busier side's and CUT_NEIGHBOUR_RATIO above both
# neighbouring frames.
CUT_MIN_LEVELS = 8.0
CUT_MEDIAN_RATIO = 3.0
CUT_NEIGHBOUR_RATIO = 1.3
CUT_SIDE_RATIO = 1.8
LOCAL_SECONDS = 0.5  # half-width of the window the local median is taken over
# A flash returns to the shot it interrupted: if a frame up to FLASH_SECONDS
# after the change matches one before it, the change was no cut.
FLASH_SECONDS = 0.35
FLASH_MATCH_RATIO = 0.35
# Gradual transitions: over GRADUAL_LAG_SECONDS the picture changes by at least
# GRADUAL_MIN_LEVELS, and that change is mostly monotonic (displacement / path).
GRADUAL_LAG_SECONDS = 0.5
GRADUAL_MIN_LEVELS = 12.0
GRADUAL_MIN_LINEARITY = 0.55
BLACK_LEVEL = 24.0
# Frames inside a dissolve are blends of the shots either side: the blend
# explains them to within this share of the shots' difference.
BLEND_MAX_RESIDUAL = 0.25  # mean luma at or below which a frame counts as black (fade)
HISTORY_SECONDS = 12.0  # bounded memory: per-frame statistics kept this long


@dataclass(frozen=True)
class ShotChange:
    """One shot change. ``time``/``frame`` are where the new shot begins (for a
    gradual transition: its midpoint); ``start``/``end`` bound a gradual one.
    ``frame`` counts the file's frames from 0 in presentation order (for a
    variable-rate file too); ``time`` is that frame's presentation time."""

    time: float
    frame: int
    kind: str  # "cut" | "dissolve" | "fade"
    score: float
    start: float | None = None
    end: float | None = None

    def as_dict(self) -> dict[str, object]:
        d: dict[str, object] = {
            "time": round(self.time, 4), "frame": self.frame, "kind": self.kind,
            "score": round(self.score, 3),
        }
        if self.start is not None:
            d["start"] = round(self.start, 4)
            d["end"] = round(self.end or self.start, 4)
        return d


@dataclass(frozen=True)
class VideoInfo:
    """What detection needs to know about a file: the probe's facts (:func:`annotate.probe.probe`, the one rule
    for the frame rate, the first frame's time and the pixel aspect), so shots and the rest agree on a file."""

    path: str
    duration: float
    fps: float  # the probe's: a fragmented MP4's grid (25, not its average 24.952); a variable-rate file's average
    width: int
    height: int
    has_audio: bool
    variable_rate: bool = False
    first_time: float = 0.0  # timestamp of the first frame (an AVI may start at frame 1)
    rotation: int = 0  # degrees counter-clockwise a player turns the stored picture
    sample_aspect: Fraction = Fraction(1)  # of the stored pixels (PAL 16:9 720x576: 64/45); 1: square

    @property
    def display_size(self) -> tuple[int, int]:
        """Width and height as shown, after rotation."""
        from annotate.probe import shown_size

        return shown_size(self.width, self.height, self.rotation)

    @property
    def square_size(self) -> tuple[int, int]:
        """Width and height as shown, in square pixels: after the pixel aspect, then rotation."""
        from annotate.probe import square_size

        return square_size(self.width, self.height, self.sample_aspect, self.rotation)

    def frame_at(self, seconds: float) -> int:
        """Index (in decode order, from 0) of the frame shown at ``seconds``."""
        return frame_of(seconds - self.first_time, self.fps)

    def time_of(self, frame: float) -> float:
        return self.first_time + frame / self.fps

    def seek_for(self, frame: int) -> float | None:
        """The ``-ss`` that makes ``frame`` the first frame out: ffmpeg keeps
        frames stamped at or after it, so aim half a frame early."""
        return None if frame <= 0 else max(0.0, self.time_of(frame - 0.5))


@dataclass(frozen=True)
class FrameTimes:
    """A variable-rate file's frames by their own presentation times (the
    file's time, sorted), for detection on the frames the file holds: copies
    at a constant rate repeat each frame of a slow stretch, and the
    difference curve's train of spikes read as a cut."""

    times: tuple[float, ...]

    @property
    def fps(self) -> float:
        """Mean frames per second: sizes the detector's windows (in frames)."""
        span = self.times[-1] - self.times[0] if len(self.times) > 1 else 0.0
        return (len(self.times) - 1) / span if span > 0 else FALLBACK_FPS

    def frame_at(self, seconds: float) -> int:
        """Index of the frame starting nearest ``seconds``."""
        return frame_among(self.times, seconds)

    def time_of(self, frame: float) -> float:
        """When frame ``frame`` is shown (a detector's fractional index is
        the nearest frame; one past the last counted on at the mean rate)."""
        i = max(0, round(frame))
        last = len(self.times) - 1
        return self.times[i] if i <= last else self.times[last] + (i - last) / self.fps

    def seek_for(self, frame: int) -> float | None:
        """The ``-ss`` that makes ``frame`` the first frame out: halfway
        between it and the frame before."""
        i = min(frame, len(self.times) - 1)
        return None if i <= 0 else (self.times[i - 1] + self.times[i]) / 2


def frame_times(path: str | os.PathLike[str]) -> FrameTimes:
    """The presentation time of every frame of ``path``, by demuxing (no decode); kept for the file as it is
    (align reads one per moment's window)."""
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return _scanned_times(str(path))
    return _kept_times(str(path), stat.st_mtime_ns, stat.st_size)


def _scanned_times(path: str) -> FrameTimes:
    from annotate.clips.media import scan

    table = scan(path)
    return FrameTimes(tuple(t + table.start_time for t in table.times))


@functools.lru_cache(maxsize=4)
def _kept_times(path: str, mtime_ns: int, size: int) -> FrameTimes:
    return _scanned_times(path)


class FrameClock(Protocol):
    """Frame index <-> the file's time: ``VideoInfo`` at a constant rate,
    ``FrameTimes`` for a variable-rate file."""

    @property
    def fps(self) -> float: ...

    def frame_at(self, seconds: float) -> int: ...

    def time_of(self, frame: float) -> float: ...

    def seek_for(self, frame: int) -> float | None: ...


def frame_clock(path: str | os.PathLike[str], info: VideoInfo) -> FrameClock:
    """The clock of the frames :func:`analysis_frames` gives without
    ``rate``: the file's own frames (a variable-rate file's by their
    timestamps), which detection reads."""
    return frame_times(path) if info.variable_rate else info


class Detector(Protocol):
    """A streaming detector: fed analysis frames in order, returns changes as
    soon as it is sure of them; ``flush`` at the end of the stream."""

    def push(self, index: int, frame: np.ndarray) -> list[ShotChange]: ...

    def flush(self) -> list[ShotChange]: ...


def video_info(path: str | os.PathLike[str]) -> VideoInfo:
    """Duration, frame rate, size and pixel aspect as the probe reads them (it refuses what is not footage: a
    still image, a file cut short, saying how much is readable, no decodable picture)."""
    from annotate.probe import probe

    p = ffmpeg.ensure_path(path)
    if p.stat().st_size == 0:
        raise InputError("is empty (0 bytes), expected a video file", subject=p)
    info = probe(p)
    return VideoInfo(str(p), info.duration, info.fps or FALLBACK_FPS, info.width, info.height, info.has_audio,
                     info.variable_rate, info.start, info.rotation, info.sample_aspect)


# Decoder settings for analysis: the loop filter skipped and the decoder's
# non-bit-exact shortcuts allowed. Neither changes what a cut detector sees at
# 64 px; together they take about a quarter off an H.264 decode
# (``python -m bench.bench_shots levers``).
DECODER_OPTIONS = {"skip_loop_filter": "all", "flags2": "+fast"}


def analysis_frames(
    path: str | os.PathLike[str],
    *,
    start: float | None = None,
    end: float | None = None,
    width: int = ANALYSIS_WIDTH,
    height: int = ANALYSIS_HEIGHT,
    rate: float | None = None,
) -> Iterator[np.ndarray]:
    """Decoded frames as small gray uint8 arrays (area-averaged luma).

    With ``rate`` (for variable-frame-rate files) frames are resampled to
    that constant rate, so frame ``i`` is shown at ``i / rate`` to within
    half a frame; otherwise every decoded frame comes out once.

    ``start`` and ``end`` are in the file's time (frame timestamps): frames
    shown at or after ``start`` and before ``end``. A whole MP4/MOV or
    Matroska file long enough for two segments is decoded in-process in
    keyframe-aligned segments, one single-threaded decoder per core (see
    SEGMENT_SECONDS); any other whole file, a head (``end`` only) and a
    resampled one stream from one ffmpeg process; a window is decoded
    in-process, seeking to the keyframe before ``start`` and trimming by each
    frame's timestamp, so the cost follows the window, not the file, even
    where the container's seek is inexact. Every route gives the same
    pictures (the same decoder settings and scaler).
    """
    if start is not None and start > 0 and rate is None:
        yield from _window_frames(path, start, end, width, height)
    elif not start and end is None and rate is None and (starts := _segment_starts(path)):
        yield from _segmented_frames(path, starts, width, height)
    else:
        yield from _pipe_frames(path, start, end, width, height, rate)


def _pipe_frames(
    path: str | os.PathLike[str], start: float | None, end: float | None, width: int, height: int,
    rate: float | None, *, skip: int = 0,
) -> Iterator[np.ndarray]:
    """Frames from one ffmpeg process (its decoder on frame threads), the
    first ``skip`` left out."""
    from annotate.probe import probe, stream_map

    args: list[str] = ["-threads", "0"]
    for name, value in DECODER_OPTIONS.items():
        args += [f"-{name}", value.lstrip("+")]
    if start is not None or end is not None:
        # In the file's own time: without -seek_timestamp ffmpeg would add the
        # file's start time (1.4 s in MPEG-TS).
        args += ["-seek_timestamp", "1", "-ss", f"{max(0.0, start or 0.0):.6f}"]
    args += ["-i", ffmpeg.local(path)]
    if end is not None:
        args += ["-t", f"{max(0.0, end - max(0.0, start or 0.0)):.6f}"]
    args += [
        "-map", stream_map(probe(path).video_stream, "v"), "-an", "-sn", "-dn",
        "-vf", f"scale={width}:{height}:flags=area,format=gray",
        *(["-fps_mode", "cfr", "-r", f"{rate:.6f}"] if rate else ["-fps_mode", "passthrough"]),
        "-f", "rawvideo", "-",
    ]
    size = width * height
    pipe = ffmpeg.pipe_frames(args, size, subject=path)
    got = 0
    try:
        for data in pipe:
            got += 1
            if got > skip:
                yield np.frombuffer(data, np.uint8).reshape(height, width)
    finally:
        err = pipe.close()
    if err.strip() and not err.strip().endswith("Broken pipe"):
        _warn_stopped(path, got, (start or 0.0) + got / (rate or FALLBACK_FPS), ffmpeg.stderr_tail(err))


# A whole file decodes in segments of about SEGMENT_SECONDS, each from its
# own keyframe to the next segment's, on one single-threaded decoder per core
# (at most MAX_SEGMENT_WORKERS): frame threads, one decoder's way to use two
# cores, spent about a seventh more CPU on the same frames here, and ffmpeg's
# command-line pipeline hands each frame between its own threads
# (``python -m bench.bench_shots levers``).
SEGMENT_SECONDS = 30.0
MAX_SEGMENT_WORKERS = 4
# Demuxers whose seek lands on the indexed keyframe itself, so a segment can
# start exactly there (MPEG-TS and -PS seek by bytes and may land anywhere).
SEGMENTED_FORMATS = frozenset({"mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"})


class _Unsegmentable(Exception):
    """A frame without a timestamp or out of order: segments cannot be
    joined by timestamps, so the file is decoded in one piece instead."""


def _segment_workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_SEGMENT_WORKERS, cores))


def _segment_starts(path: str | os.PathLike[str]) -> list[int]:
    """Timestamps (in the stream's time base) of the keyframes that begin
    the second and later segments; empty when the file is not worth
    segmenting (one core, a short file, a container that cannot seek to a
    keyframe exactly, an unreadable file: the caller's other route reports
    the error)."""
    import av

    from annotate.probe import picture_stream

    if _segment_workers() < 2:
        return []
    try:
        with av.open(ffmpeg.local(path)) as container:
            if container.format.name not in SEGMENTED_FORMATS or not container.streams.video:
                return []
            stream = picture_stream(container)
            tb = stream.time_base
            if tb is None:
                return []
            if stream.duration is not None:
                duration = float(stream.duration * tb)
            else:  # Matroska states only the container's
                duration = (container.duration or 0) / 1_000_000
            starts: list[int] = []
            target = SEGMENT_SECONDS
            while target < duration - SEGMENT_SECONDS / 2:
                container.seek(round(target / tb), stream=stream, backward=True, any_frame=False)
                packet = next(container.demux(stream), None)
                if packet is None or packet.pts is None:
                    return []
                if packet.is_keyframe and packet.pts > (starts[-1] if starts else 0):
                    starts.append(packet.pts)
                target += SEGMENT_SECONDS
            return starts
    except (av.error.FFmpegError, OSError):  # type: ignore[attr-defined]
        return []


def _segmented_frames(
    path: str | os.PathLike[str], starts: list[int], width: int, height: int
) -> Iterator[np.ndarray]:
    """Every frame of the file, decoded segment by segment on a pool (each
    segment is the frames stamped from its keyframe up to the next
    segment's), yielded in order with at most a segment per worker ahead.
    A segment that cannot be placed by timestamps or fails to decode sends
    the rest to the ffmpeg route (which reports a damaged file its way)."""
    from concurrent.futures import Future, ThreadPoolExecutor

    import av

    bounds = list(zip([None, *starts], [*starts, None]))
    stop = threading.Event()
    workers = _segment_workers()
    got = 0
    try:
        with (ffmpeg.in_process(f"decoding {path}") as check,
              ThreadPoolExecutor(workers, thread_name_prefix="annotate-shots") as pool):
            ahead: deque[Future[list[np.ndarray]]] = deque()
            try:
                for k, (lo, hi) in enumerate(bounds):
                    ahead.append(pool.submit(_decode_segment, path, lo, hi, width, height, stop, check))
                    while ahead and (len(ahead) > workers or k == len(bounds) - 1):
                        for frame in ahead.popleft().result():
                            got += 1
                            yield frame
            finally:
                stop.set()  # the consumer stopped early or a segment failed: stop the others
                for future in ahead:
                    future.cancel()
    except (_Unsegmentable, av.error.FFmpegError):  # type: ignore[attr-defined]
        yield from _pipe_frames(path, None, None, width, height, None, skip=got)


def _decode_segment(
    path: str | os.PathLike[str], lo: int | None, hi: int | None, width: int, height: int,
    stop: threading.Event, check: Callable[[], None],
) -> list[np.ndarray]:
    """The analysis frames stamped in [lo, hi) (stream time base; None: from
    the first / to the last frame), by one single-threaded decoder; ``stop``
    ends it early, ``check`` raises once ffmpeg.stop_all() was called."""
    import av
    from av.video.reformatter import VideoReformatter

    from annotate.probe import picture_stream

    frames: list[np.ndarray] = []
    with av.open(ffmpeg.local(path)) as container:
        stream = picture_stream(container)
        stream.codec_context.thread_count = 1
        stream.codec_context.options = dict(DECODER_OPTIONS)
        if lo is not None:
            container.seek(lo, stream=stream, backward=True, any_frame=False)
        scaler = VideoReformatter()
        last: int | None = None
        for frame in container.decode(stream):
            pts = frame.pts
            if pts is None or (last is not None and pts <= last):
                raise _Unsegmentable
            if lo is not None and pts < lo:
                continue
            if (hi is not None and pts >= hi) or stop.is_set():
                break
            check()
            last = pts
            frames.append(scaler.reformat(frame, width=width, height=height, format="gray",
                                          interpolation="AREA").to_ndarray())
    return frames


def _warn_stopped(path: str | os.PathLike[str], got: int, where: float, why: str) -> None:
    """A damaged or truncated file: what decoded is used; say where it broke."""
    warnings.warn(f"{path}: decoding stopped with errors after {got} frames (about {where:.1f} s): {why}",
                  MediaWarning, stacklevel=3)


def _window_frames(
    path: str | os.PathLike[str], start: float, end: float | None, width: int, height: int
) -> Iterator[np.ndarray]:
    """Frames shown in [start, end), by PyAV with the same decoder settings
    and the same scaler (swscale, area) as the ffmpeg route: identical
    pictures. A seek that lands after ``start`` (MPEG-TS/PS seek to the next
    keyframe) is retried further back until the first frame is not late."""
    import av
    from av.video.reformatter import VideoReformatter

    from annotate.probe import picture_stream

    container = ffmpeg.open_video(path)
    scaler = VideoReformatter()  # one scaling context for all frames (a new one per frame costs a sixth more)
    with container:
        stream = picture_stream(container)
        stream.thread_type = "AUTO"
        stream.codec_context.thread_count = 0
        stream.codec_context.options = dict(DECODER_OPTIONS)
        tb = float(stream.time_base or 1e-6)
        origin = stream.start_time * tb if stream.start_time is not None else 0.0
        target, got = start, 0
        try:
            while True:
                container.seek(round(target / tb), stream=stream, backward=True, any_frame=False)
                frames = container.decode(stream)
                first = next(frames, None)
                landed = None if first is None else first.time
                if landed is None or landed <= start or target <= origin:
                    break
                target = max(origin, target - max(1.0, 2.0 * (landed - target)))
            if first is None:
                return
            rate = stream.average_rate or stream.guessed_rate
            step, t = 1.0 / float(rate or FALLBACK_FPS), None
            for frame in itertools.chain([first], frames):
                # A frame without a timestamp is taken to follow the one before.
                t = frame.time if frame.time is not None else (None if t is None else t + step)
                if t is not None and t < start:
                    continue
                if t is not None and end is not None and t >= end:
                    break
                got += 1
                yield scaler.reformat(frame, width=width, height=height, format="gray",
                                      interpolation="AREA").to_ndarray()
        except av.error.FFmpegError as exc:  # type: ignore[attr-defined]
            if got == 0:
                raise MediaError(f"cannot be decoded: {exc}", subject=path) from None
            _warn_stopped(path, got, start + got / FALLBACK_FPS, str(exc))


def _mad(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a - b).mean())


@dataclass(frozen=True)
class FrameStat:
    """What a detector measured on one analysis frame (kept for a bounded history)."""

    index: int
    frame: np.ndarray  # the analysis frame (float32), kept for a bounded history
    diff: float  # mean abs difference to the previous frame
    lag: float  # difference to the frame one gradual lag back (nan if none)
    mean: float


class ContentDetector:
    """Hard cuts as isolated peaks of the frame difference, gradual
    transitions as sustained, mostly monotonic change; flashes rejected.

    Thresholds are relative to the median difference on each side, so grain,
    camera motion and encoder keyframes (which raise the difference of every
    frame around them alike) do not make cuts, and a cut into a shot that
    changes fast is still a peak above both sides.
    """

    def __init__(self, fps: float) -> None:
        self.fps = fps
        self.half = max(3, round(LOCAL_SECONDS * fps))
        self.flash = max(2, round(FLASH_SECONDS * fps))
        self.lag = max(3, round(GRADUAL_LAG_SECONDS * fps))
        self.lookahead = max(self.half, self.flash) + 1
        keep = max(int(HISTORY_SECONDS * fps), 4 * self.lag + 2 * self.half + self.lookahead)
        self._history: deque[FrameStat] = deque(maxlen=keep)
        self.decided = -1  # last index decided
        self.cut_indices: deque[int] = deque(maxlen=256)
        self.run: list[int] = []  # current run of gradual candidates
        self.last_gradual_end = -1
        self.pending: tuple[int, int] | None = None  # a closed run awaiting its neighbour

    # -- streaming -------------------------------------------------------
    def push(self, index: int, frame: np.ndarray) -> list[ShotChange]:
        f = frame.astype(np.float32)
        prev = self._history[-1].frame if self._history else None
        diff = _mad(f, prev) if prev is not None else 0.0
        back = self.frame_stat(index - self.lag)
        lag = _mad(f, back.frame) if back is not None else math.nan
        self._history.append(FrameStat(index, f, diff, lag, float(f.mean())))
        out: list[ShotChange] = []
        c = index - self.lookahead
        if c > self.decided and c >= 0:
            for i in range(self.decided + 1, c + 1):
                out += self._decide(i)
        return out

    def flush(self) -> list[ShotChange]:
        out: list[ShotChange] = []
        if not self._history:
            return out
        for c in range(self.decided + 1, self._history[-1].index + 1):
            out += self._decide(c)
        if self.run:
            self.pending = (self.pending[0] if self.pending else self.run[0], self.run[-1])
            self.run = []
        out += self._close_run()
        return out

    # -- what it has seen (for sync's fingerprints and strip's curve) ----
    @property
    def latest(self) -> FrameStat | None:
        """The stats of the last frame pushed."""
        return self._history[-1] if self._history else None

    def frame_stat(self, index: int) -> FrameStat | None:
        """The stats of frame ``index`` while it is still in the bounded
        history (about HISTORY_SECONDS back), else None."""
        if not self._history or index < 0:
            return None
        k = index - self._history[0].index
        return self._history[k] if 0 <= k < len(self._history) else None

    def _decide(self, c: int) -> list[ShotChange]:
        self.decided = c
        out: list[ShotChange] = []
        cut = self._cut_at(c)
        if cut is not None:
            out.append(cut)
            self.cut_indices.append(c)
        out += self._gradual_step(c)
        return out

    def _diffs(self, lo: int, hi: int) -> list[float]:
        return [s.diff for i in range(max(1, lo), hi + 1) if (s := self.frame_stat(i)) is not None]

    def _cut_at(self, c: int) -> ShotChange | None:
        s = self.frame_stat(c)
        if s is None or c == 0 or s.diff < CUT_MIN_LEVELS:
            return None
        d = s.diff
        left = self._diffs(c - self.half, c - 1)
        right = self._diffs(c + 1, c + self.half)
        m_left = float(np.median(left)) if left else 0.0
        m_right = float(np.median(right)) if right else m_left
        nb = max(left[-1:] + right[:1] or [0.0])
        if d < CUT_MEDIAN_RATIO * min(m_left, m_right) + 1.0:
            return None
        if d < CUT_SIDE_RATIO * max(m_left, m_right) or d < CUT_NEIGHBOUR_RATIO * nb:
            return None
        if self._is_flash(c, d, max(m_left, m_right)):
            return None
        score = d / max(m_left, m_right, nb, 1.0)
        return ShotChange(c / self.fps, c, "cut", round(score, 3))

    def _is_flash(self, c: int, d: float, base: float) -> bool:
        """True if a frame shortly after ``c`` matches one shortly before it:
        the picture came back, so ``c`` interrupted a shot without ending it."""
        limit = max(FLASH_MATCH_RATIO * d, 1.5 * base + 1.0)
        for q in range(c, c + self.flash):
            sq = self.frame_stat(q)
            if sq is None:
                break
            for p in range(max(q - self.flash, c - self.flash), c):
                if q == c and p == c - 1:
                    continue  # that pair is the change itself
                sp = self.frame_stat(p)
                if sp is not None and _mad(sq.frame, sp.frame) < limit:
                    return True
        return False

    def _gradual_step(self, c: int) -> list[ShotChange]:
        s = self.frame_stat(c)
        candidate = False
        if s is not None and not math.isnan(s.lag) and s.lag >= GRADUAL_MIN_LEVELS:
            path = sum(self._diffs(c - self.lag + 1, c))
            hard = any(c - self.lag < i <= c + self.flash for i in self.cut_indices)
            candidate = not hard and path > 0 and s.lag / path >= GRADUAL_MIN_LINEARITY
        out: list[ShotChange] = []
        if candidate:
            self.run.append(c)
        elif self.run:
            r0, r1 = self.run[0], self.run[-1]
            self.run = []
            if self.pending is not None and r0 - self.pending[1] <= self.lag:
                # A fade through black breaks into two runs at the black frames: join them.
                self.pending = (self.pending[0], r1)
            else:
                out += self._close_run()
                self.pending = (r0, r1)
        if self.pending is not None and c > self.pending[1] + 2 * self.lag:
            out += self._close_run()
        return out

    def _close_run(self) -> list[ShotChange]:
        if self.pending is None:
            return []
        r0, r1 = self.pending
        self.pending = None
        if r1 - r0 + 1 < max(3, self.lag // 2):
            return []  # too brief to be a transition: a flash or a jolt
        lo, hi = max(1, r0 - self.lag - 2), r1 + 2
        span = [st for i in range(lo, hi + 1) if (st := self.frame_stat(i)) is not None]
        if len(span) < 4:
            return []
        darkest = min(st.mean for st in span)
        if darkest <= BLACK_LEVEL:
            # The brightness ramps reach past the run: look a lag further.
            wide = [st for i in range(lo, r1 + 2 * self.lag + 1) if (st := self.frame_stat(i)) is not None]
            found = self._fade(wide, darkest)
        else:
            found = self._dissolve(lo, hi)
        if found is None or found.frame <= self.last_gradual_end:
            return []
        self.last_gradual_end = frame_of(found.end or found.time, self.fps)
        return [found]

    def _mean_frame(self, lo: int, hi: int) -> np.ndarray | None:
        frames = [st.frame for i in range(lo, hi + 1) if (st := self.frame_stat(i)) is not None]
        return np.mean(frames, axis=0) if frames else None

    def _dissolve(self, lo: int, hi: int) -> ShotChange | None:
        """Accept [lo, hi] as a dissolve only if its frames are blends of the
        pictures either side (motion is displacement, not a blend), and find
        where the blend starts and ends by fitting a ramp to its weight."""
        a, b = self._mean_frame(lo - 3, lo - 1), self._mean_frame(hi + 1, hi + 3)
        if a is None or b is None:
            return None
        delta = b - a
        size = _mad(a, b)
        if size < GRADUAL_MIN_LEVELS:
            return None  # the picture came back: a flash, not a transition
        norm = float((delta * delta).sum()) or 1.0
        idx = list(range(lo, hi + 1))
        frames = [st.frame for i in idx if (st := self.frame_stat(i)) is not None]
        if len(frames) != len(idx):
            return None
        alpha = np.array([float(((f - a) * delta).sum()) / norm for f in frames])
        residual = [_mad(f, a + w * delta) / size for f, w in zip(frames, alpha) if 0.15 <= w <= 0.85]
        if not residual or float(np.median(residual)) > BLEND_MAX_RESIDUAL:
            return None
        s, e = _fit_ramp(alpha)
        first, last = lo + s, lo + e  # last frame of A, first pure frame of B
        if last - first < 2:
            return None
        frame = (first + last) // 2
        score = round(size / max(1.0, float(np.median(residual)) * size), 3)
        return ShotChange(frame / self.fps, frame, "dissolve", score,
                          start=(first + 1) / self.fps, end=last / self.fps)

    def _fade(self, span: list[FrameStat], darkest: float) -> ShotChange | None:
        """A fade to and/or from black: the ramps of mean brightness either
        side of the black frames; the change is at the last black frame."""
        black = [st.index for st in span if st.mean <= darkest + 1.0]
        first_black, last_black = black[0], black[-1]
        means = {st.index: st.mean for st in span}
        lo, hi = span[0].index, span[-1].index
        before = [means[i] for i in range(lo, first_black + 1)]
        after = [means[i] for i in range(last_black, hi + 1)]
        start = lo + _fit_ramp(np.array(before) / max(before[0], 1e-6) * -1 + 1)[0] if len(before) > 2 else first_black
        end = last_black + _fit_ramp(np.array(after) / max(after[-1], 1e-6))[1] if len(after) > 2 else last_black
        score = round(max(before[0] if before else 0.0, after[-1] if after else 0.0) / max(darkest, 1.0), 3)
        return ShotChange(last_black / self.fps, last_black, "fade", score,
                          start=(start + 1) / self.fps, end=end / self.fps)


def _fit_ramp(weight: np.ndarray) -> tuple[int, int]:
    """Least-squares fit of a 0 -> 1 ramp to ``weight``: (s, e) with the
    weight 0 up to index s and 1 from index e on."""
    n = len(weight)
    best, best_se = math.inf, (0, n - 1)
    t = np.arange(n, dtype=np.float64)
    for s in range(0, n - 1):
        for e in range(s + 1, n):
            model = np.clip((t - s) / (e - s), 0.0, 1.0)
            err = float(((weight - model) ** 2).sum())
            if err < best:
                best, best_se = err, (s, e)
    return best_se


def detect(
    path: str | os.PathLike[str],
    *,
    start: float | None = None,
    end: float | None = None,
    scale_width: int = ANALYSIS_WIDTH,
    detector: Callable[[float], Detector] | None = None,
    on_progress: Callable[[float], None] | None = None,
) -> list[ShotChange]:
    """Every shot change in ``path`` (or in ``[start, end)``), in time order.

    Times are in the file's time (``start`` added back). ``on_progress`` gets
    the fraction done. Memory stays flat: frames stream through a bounded
    buffer; only the changes are kept.
    """
    info = video_info(path)
    _check_range(path, start, end, info.duration)
    clock = frame_clock(path, info)  # a variable-rate file's frames as stored, each at its own time
    height = max(2, round(scale_width * ANALYSIS_HEIGHT / ANALYSIS_WIDTH))
    first = clock.frame_at(start) if start else 0
    # The frame before the window's first is read too: a cut on its first frame differs from that one.
    lead = max(0, first - 1)
    stop = end if end is not None else info.duration
    span = max(1e-6, (stop or 0) - (start or 0.0))
    make = detector or ContentDetector
    det = make(clock.fps)
    changes: list[ShotChange] = []
    frames = analysis_frames(path, start=clock.seek_for(lead), end=end, width=scale_width, height=height)
    step = max(1, int(clock.fps * 5))
    for i, frame in enumerate(frames):
        changes += det.push(i, frame)
        if on_progress is not None and i % step == 0:
            on_progress(min(1.0, i / clock.fps / span))
    changes += det.flush()
    if on_progress is not None:
        on_progress(1.0)
    placed = (place(c, lead, clock) for c in sorted(changes, key=lambda c: c.frame))
    return [c for c in placed if c.frame >= first]


def _check_range(path: str | os.PathLike[str], start: float | None, end: float | None, duration: float) -> None:
    """Refuse a range with no frames in it: "0 shot changes" there would read
    as "no cut in that stretch" when nothing was looked at."""
    begin = start or 0.0
    if begin >= duration:
        raise InputError(f"nothing to read from {begin:g} s: the video ends at {duration:.3f} s", subject=path)
    if end is not None and end <= begin:
        raise InputError(f"nothing to read from {begin:g} s to {end:g} s: the end is not after the start",
                         subject=path)


def place(change: ShotChange, first: int, info: FrameClock) -> ShotChange:
    """A change found by a detector fed from frame ``first`` on, in the
    file's frames and presentation times."""
    return ShotChange(
        round(info.time_of(change.frame + first), 6), change.frame + first, change.kind, change.score,
        None if change.start is None else round(info.time_of(change.start * info.fps + first), 6),
        None if change.end is None else round(info.time_of(change.end * info.fps + first), 6),
    )


def to_rows(changes: Iterable[ShotChange]) -> list[dict[str, object]]:
    return [c.as_dict() for c in changes]
