"""Random access to the frames of one video for the clock reader: single
keyframes for sparse samples, and whole groups of pictures (keyframe to
keyframe) decoded once when a search needs frames between samples. Only
the clock regions' crops of those are kept, a few groups at a time, so
memory does not grow with the footage's length.

The frame table comes from the container's own index when it lists every
frame (MP4, MOV), so a long file is not read through just to learn where
its frames and keyframes are; otherwise every packet is demuxed."""

from __future__ import annotations

import bisect
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import numpy as np

from annotate import ffmpeg
from annotate.clips.media import FrameTable, scan
from annotate.clock.model import Region
from annotate.errors import MediaError
from annotate.probe import picture_stream, several_index, shown_size, sound_stream, upright

# Groups of pictures whose crops stay decoded (searches revisit the latest).
CACHED_GOPS = 4
# Frames decoded past the one asked for: the next probe of a search is often just after.
AHEAD_FRAMES = 12


def _luma(frame: Any) -> np.ndarray:
    """The picture's luma plane (a view, no colour conversion, when it is YUV)."""
    if frame.format.name.startswith(("yuv", "yuvj", "nv12")):
        plane = frame.planes[0]
        buf = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)
        return buf[:frame.height, :frame.width]
    return frame.to_ndarray(format="gray")


def frame_table(path: str | os.PathLike[str]) -> FrameTable:
    """``clips.media.scan``'s table, from the container's index when that is
    complete and frames are stored in presentation order (no B-frames: the
    index holds decode times, which are then the presentation times).
    Demuxing a 10-minute 720p file only to collect its packet times read
    3 GB and cost as much CPU as the rest of the clock map."""

    with ffmpeg.open_video(path) as container:
        stream = picture_stream(container)
        sound = sound_stream(container)
        ctx, tb, rate = stream.codec_context, stream.time_base, stream.average_rate or stream.guessed_rate
        entries = stream.index_entries
        complete = stream.frames > 0 and len(entries) == stream.frames
        if tb is None or not rate or not complete or ctx.has_b_frames:
            return scan(path)
        start = (container.start_time or 0) / 1_000_000
        # Integer arithmetic: the same correctly rounded float as float(Fraction)
        # (what ``scan`` gives), without making a Fraction per frame (1 s of
        # CPU for the 45,000 frames of 30 minutes).
        num, den = tb.numerator, tb.denominator
        stamps = [(e.timestamp * num / den - start, e.is_keyframe) for e in entries if not e.is_discard]
        times = sorted(t for t, _ in stamps)
        if len(set(times)) != len(times):
            return scan(path)
        fps = float(rate)
        return FrameTable(
            path=str(path), times=tuple(times),
            keyframes=tuple(sorted(t for t, key in stamps if key)) or (times[0],),
            duration=times[-1] + 1 / fps, fps=fps, time_base=Fraction(tb), codec=ctx.name,
            profile=ctx.profile, level=getattr(ctx, "level", None),
            pix_fmt=ctx.format.name if ctx.format else None, width=ctx.width, height=ctx.height,
            has_audio=sound is not None, start_time=start,
            video_stream=several_index(container, stream), audio_stream=several_index(container, sound),
        )


def crop(gray: np.ndarray, region: Region) -> np.ndarray:
    x, y, w, h = region
    return np.array(gray[max(0, y):y + h, max(0, x):x + w])


class FrameSource:
    """Frames of ``path`` by index (0-based, presentation order)."""

    def __init__(self, path: str | os.PathLike[str], rotation: int = 0) -> None:
        """``rotation`` (the probe's display rotation): frames are turned as a
        player shows them, so regions are in the shown picture's coordinates
        and OCR sees a phone's portrait video upright."""

        self.table = frame_table(path)
        self.fps = self.table.fps
        self.count = len(self.table.times)
        self.keyframes = sorted({self.table.frame_at(k) for k in self.table.keyframes})
        # Two decoders. Single keyframes with one thread: frame threads must be
        # fed several packets before the first picture comes out, so a keyframe
        # cost 2.6x the CPU. Runs of frames (a group of pictures decoded in its
        # chain) with frame threads: the same CPU, spread over the cores.
        self._one = self._open(path, threads=1)
        # A container is not thread-safe: a thread other than the first that
        # takes samples gets its own single-thread decoder (see ``sample``).
        self._path = path
        self._local = threading.local()
        self._others: list[tuple[Any, Any]] = []
        self._owner = threading.get_ident()
        self._count_lock = threading.Lock()
        self._many = self._open(path, threads=0)
        self.rotation = rotation
        self.width, self.height = shown_size(self.table.width, self.table.height, rotation)
        self.regions: list[Region] = []
        self._gops: OrderedDict[int, dict[Region, dict[int, np.ndarray]]] = OrderedDict()
        # The decode under way: (its keyframe, the frames still to come), so that a
        # later frame of the same group continues it instead of seeking again.
        self._live: tuple[int, Iterator[tuple[int, Any]]] | None = None
        self.decoded = 0  # frames decoded, for the benchmark's account

    @staticmethod
    def _open(path: str | os.PathLike[str], threads: int) -> tuple[Any, Any]:
        """(container, video stream) decoding with ``threads`` threads (0: as many as useful)."""

        container = ffmpeg.open_video(path)
        stream = picture_stream(container)
        stream.thread_type = "SLICE" if threads == 1 else "AUTO"
        stream.codec_context.thread_count = threads
        return container, stream

    def close(self) -> None:
        for container, _stream in (self._one, self._many, *self._others):
            container.close()

    def _upright(self, frame: Any) -> np.ndarray:
        """The luma of ``frame`` as shown (a view, turned when the file says so)."""
        return upright(_luma(frame), self.rotation) if self.rotation else _luma(frame)

    def time(self, index: int) -> float:
        return self.table.times[index]

    def end_time(self, index: int) -> float:
        return self.table.end_of(index)

    def _decode_from(self, keyframe: int, decoder: tuple[Any, Any]) -> Iterator[tuple[int, Any]]:
        """(index, frame) from ``keyframe`` on, by ``decoder`` (container, stream)."""
        container, stream = decoder
        pts = int(round((self.table.times[keyframe] + self.table.start_time) / stream.time_base))
        container.seek(pts, stream=stream, backward=True, any_frame=False)
        for frame in container.decode(stream):
            if frame.time is None:
                continue
            with self._count_lock:
                self.decoded += 1
            index = self.table.frame_at(frame.time - self.table.start_time)
            if index >= keyframe:
                yield index, frame

    def sample(self, keyframe: int) -> np.ndarray:
        """The whole luma picture of one keyframe (decoding only it). Safe to
        call from several threads at once: each has its own decoder."""
        for _index, frame in self._decode_from(keyframe, self._sampler()):
            return np.array(self._upright(frame))
        raise MediaError(f"frame {keyframe} cannot be decoded", subject=self.table.path)

    def _sampler(self) -> tuple[Any, Any]:
        """The single-thread decoder of the calling thread."""
        if threading.get_ident() == self._owner:
            return self._one
        decoder: tuple[Any, Any] | None = getattr(self._local, "decoder", None)
        if decoder is None:
            decoder = self._local.decoder = self._open(self._path, threads=1)
            with self._count_lock:
                self._others.append(decoder)
        return decoder

    def crop(self, index: int, region: Region) -> np.ndarray:
        """The ``region`` of frame ``index``. A miss decodes forward from the
        keyframe before it only as far as needed (plus AHEAD_FRAMES), and a
        later miss in the same group of pictures carries on from there."""
        gop = self.keyframes[max(0, bisect.bisect_right(self.keyframes, index) - 1)]
        cached = self._gops.get(gop)
        if cached is None or region not in cached or index not in cached[region]:
            cached = self._decode_until(gop, index + AHEAD_FRAMES)
        self._gops.move_to_end(gop)
        got = cached[region].get(index)
        if got is None:
            raise MediaError(f"frame {index} cannot be decoded", subject=self.table.path)
        return got

    def _decode_until(self, gop: int, until: int) -> dict[Region, dict[int, np.ndarray]]:
        regions = list(self.regions)
        cached = self._gops.get(gop)
        if cached is None or set(regions) - set(cached) or self._live is None or self._live[0] != gop:
            cached = {r: {} for r in regions}
            self._gops[gop] = cached
            self._live = (gop, self._decode_from(gop, self._many))
        k = bisect.bisect_right(self.keyframes, gop)
        group_end = self.keyframes[k] if k < len(self.keyframes) else self.count
        stop = min(until + 1, group_end)
        finished = True
        for index, frame in self._live[1]:
            if index >= group_end:
                break
            gray = self._upright(frame)
            for r in regions:
                cached[r][index] = crop(gray, r)
            if index + 1 >= stop:
                finished = index + 1 >= group_end
                break
        if finished:
            self._live = None
        while len(self._gops) > CACHED_GOPS:
            self._gops.popitem(last=False)
        return cached
