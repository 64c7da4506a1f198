"""What clip cutting needs to know about a video, read with PyAV: every
frame's time and which are keyframes, codec parameters, and measurements of
a written clip (first frame, duration, frame count, audio)."""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from fractions import Fraction
from pathlib import Path
from typing import Any

from annotate import ffmpeg
from annotate.errors import MediaError, OutputError
from annotate.probe import picture_stream, several_index, sound_stream
from annotate.timecode import frame_among

# Two frame times closer than this are the same instant (float round-off of
# pts * time_base); far below any real frame interval.
SAME_TIME_SECONDS = 1e-6
# Frames are decoded at most this long before they are shown (H.264 allows
# 16 reordered frames; even at 1 fps that is well inside).
REORDER_LIMIT_SECONDS = 30.0
# Frame tables and footage hashes kept under the cache folder, one JSON file
# per file version; a new layout gets a new version (old files are ignored).
FACTS_CACHE_FOLDER = "footage-facts"
FACTS_CACHE_VERSION = 4
# Decode every frame only from this long before a poster's time (B-frame
# reordering never spans more than a few frames).
POSTER_SKIP_MARGIN_SECONDS = 0.5
# MPEG transport and program streams: their timestamps are 33 bits of 90 kHz and wrap every 26.5 hours
# (libavformat unwraps them, counting those before the wrap below 0, or those after it past 2**33), and they
# have no index (a seek lands on whichever packet's decode time is at or before the point, keyframe or not).
MPEG_SYSTEM_FORMATS = frozenset({"mpegts", "mpegtsraw", "mpeg"})
PTS_WRAP = 2**33


@dataclass(frozen=True)
class FrameTable:
    """The video stream of one file: presentation times of all frames (seconds
    from the file's start, sorted) and of its keyframes, plus what an encoder
    must match to splice into it (smart cut)."""

    path: str
    times: tuple[float, ...]
    keyframes: tuple[float, ...]
    duration: float  # end of the last frame
    fps: float
    time_base: Fraction
    codec: str
    profile: str | None
    level: int | None
    pix_fmt: str | None
    width: int
    height: int
    has_audio: bool
    decode_order: tuple[float, ...] = ()  # frame times in the file's (decode) order
    start_time: float = 0.0  # container start, added back when seeking with ffmpeg
    # The streams read of a file of several (their index; None: the file's only one), as the probe chose them:
    # the default ones (``annotate.probe.picture_stream``), which every cut maps (``annotate.probe.stream_map``).
    video_stream: int | None = None
    audio_stream: int | None = None
    # The file's timestamps wrap around inside it (a broadcast capture across the 33-bit wrap): ffmpeg's input
    # seek lands wrong in it (a clip of 50 frames of 250), so a cut decodes from the top (``annotate.clips.cut``).
    wraps: bool = False
    # The file has no index (``MPEG_SYSTEM_FORMATS``): ffmpeg's input seek lands inside a GOP, so a cut seeks
    # the input a GOP earlier and trims on the output side (``annotate.clips.cut``).
    unindexed: bool = False
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    def frame_at(self, t: float) -> int:
        """Index of the frame ``t`` names: the one starting nearest to it
        (``timecode.frame_among``), so a time written to the millisecond
        finds the frame it was written from."""
        return frame_among(self.times, t)

    def boundary_at(self, t: float) -> int:
        """The frame boundary ``t`` names, as an exclusive end index: the
        nearest of the frames' starts and the end of the last frame."""
        return frame_among((*self.times, self.duration), t, end=True)

    def frames_before(self, t: float) -> int:
        """How many frames start before ``t`` (an exclusive end index)."""
        return bisect.bisect_left(self.times, t - SAME_TIME_SECONDS)

    def end_of(self, index: int) -> float:
        """When frame ``index`` stops being shown."""
        return self.times[index + 1] if index + 1 < len(self.times) else self.duration

    def keyframe_at_or_before(self, t: float) -> float:
        i = bisect.bisect_right(self.keyframes, t + SAME_TIME_SECONDS) - 1
        return self.keyframes[max(0, i)]

    def keyframe_after(self, t: float) -> float | None:
        """The first keyframe strictly after ``t``, or None."""
        i = bisect.bisect_right(self.keyframes, t + SAME_TIME_SECONDS)
        return self.keyframes[i] if i < len(self.keyframes) else None

    def copy_prefix(self, key: float, end: float) -> tuple[int, float]:
        """For a stream copy from keyframe ``key`` to about ``end``: how many
        packets to take (in decode order) and where the result really ends.

        Cutting by time cuts in decode order, which can keep a P-frame yet
        drop B-frames shown before it: a frozen frame at the end. Instead take
        the shortest run of packets whose frames are exactly all those
        before some time >= ``end``, so every frame up to the real end is there."""
        order = self.decode_order or self.times
        i0 = next((i for i, t in enumerate(order) if abs(t - key) <= SAME_TIME_SECONDS), 0)
        seq = order[i0:]
        hi = end - SAME_TIME_SECONDS
        while True:
            j = 0
            for i, t in enumerate(seq):
                if t < hi:
                    j = i
                elif t > hi + REORDER_LIMIT_SECONDS:
                    break  # decode order never runs this far ahead of display order
            top = max(seq[: j + 1])
            if top < hi:
                break
            hi = top + 2 * SAME_TIME_SECONDS
        return j + 1, self.end_of(self.frame_at(top))


def seconds(ticks: int, time_base: Fraction) -> float:
    """``ticks`` of ``time_base`` in seconds, the same float as
    ``float(ticks * time_base)`` (an int divided by an int is correctly
    rounded) without making a Fraction per packet, which took most of the
    time of measuring a clip."""
    return ticks * time_base.numerator / time_base.denominator


def scan(path: str | os.PathLike[str]) -> FrameTable:
    """Read the frame table by demuxing (no decoding): a few hundred
    thousand packets per second, so a feature film takes about a second.
    The one lister of a file's frame times and keyframes (where stream copy
    can cut, and where grainy footage makes naive shot detectors see false
    cuts)."""

    with ffmpeg.open_video(path) as container:
        stream = picture_stream(container)
        sound = sound_stream(container)
        tb = stream.time_base
        if tb is None:
            raise MediaError("video stream has no time base", subject=path)
        start = (container.start_time or 0) / 1_000_000
        pts: list[int] = []  # decode order
        keys: list[int] = []
        last_duration = 0
        for packet in container.demux(stream):
            if packet.pts is None:
                continue
            pts.append(packet.pts)
            if packet.is_keyframe:
                keys.append(packet.pts)
            last_duration = max(last_duration, packet.duration or 0)
        if not pts:
            raise MediaError("video stream has no frames", subject=path)
        ctx = stream.codec_context
        times = sorted(seconds(p, tb) - start for p in pts)
        rate = stream.average_rate or stream.guessed_rate
        fps = float(rate) if rate else (len(times) - 1) / max(times[-1] - times[0], SAME_TIME_SECONDS)
        frame = seconds(last_duration, tb) if last_duration else 1 / fps
        return FrameTable(
            path=str(path),
            times=tuple(times),
            keyframes=tuple(sorted(seconds(k, tb) - start for k in keys)) or (times[0],),
            duration=times[-1] + frame,
            fps=fps,
            time_base=Fraction(tb),
            codec=ctx.name,
            profile=ctx.profile,
            level=getattr(ctx, "level", None),
            pix_fmt=ctx.format.name if ctx.format else None,
            width=ctx.width,
            height=ctx.height,
            has_audio=sound is not None,
            decode_order=tuple(seconds(p, tb) - start for p in pts),
            start_time=start,
            video_stream=several_index(container, stream), audio_stream=several_index(container, sound),
            wraps=container.format.name in MPEG_SYSTEM_FORMATS and (min(pts) < 0 or max(pts) >= PTS_WRAP),
            unindexed=container.format.name in MPEG_SYSTEM_FORMATS,
        )


def footage_facts(path: str | os.PathLike[str]) -> tuple[FrameTable, str]:
    """The frame table and sha256 of a footage file, worked out once per
    version of the file on this machine and kept in the cache folder: a
    batch's workers and a series of ``annotate clips`` runs read them there
    instead of each demuxing and hashing the whole file again. The version is
    the file's path, size, mtime, ctime and inode (ctime cannot be set back,
    so a file rewritten in place is a new version)."""
    p = Path(path).resolve()
    st = p.stat()
    return _facts(str(p), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@functools.lru_cache(maxsize=8)
def _facts(path: str, size: int, mtime_ns: int, ctime_ns: int, inode: int) -> tuple[FrameTable, str]:
    from annotate.atomic import write_text
    from annotate.cache import cache_dir
    from annotate.digest import sha256

    version = [FACTS_CACHE_VERSION, path, size, mtime_ns, ctime_ns, inode]
    name = hashlib.sha256(json.dumps(version).encode()).hexdigest()[:32] + ".json"
    stored = cache_dir(FACTS_CACHE_FOLDER) / name
    try:
        data = json.loads(stored.read_text(encoding="utf-8"))
        if data["version"] == version:
            return _table_from(data["table"]), data["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # not there yet, or unreadable: work it out again
    table, digest = scan(path), sha256(path)
    try:
        cache_dir(FACTS_CACHE_FOLDER, create=True)
        write_text(stored, json.dumps({"version": version, "sha256": digest, "table": _table_data(table)}))
    except (OSError, OutputError):
        pass  # a read-only cache costs time only
    return table, digest


def _table_data(table: FrameTable) -> dict[str, Any]:
    data = {f.name: getattr(table, f.name) for f in fields(table) if f.name != "extra"}
    data["time_base"] = [table.time_base.numerator, table.time_base.denominator]
    return data


def _table_from(data: dict[str, Any]) -> FrameTable:
    tuples = {name: tuple(data[name]) for name in ("times", "keyframes", "decode_order")}
    return FrameTable(**{**data, **tuples, "time_base": Fraction(*data["time_base"])})


@dataclass(frozen=True)
class Measured:
    """A written clip as a player sees it (edit lists ignored: see ``measure``)."""

    first_pts: float  # time of the first video frame in the file; 0 when nothing is hidden
    duration: float  # video: first frame start to last frame end
    frames: int
    audio_duration: float | None  # None when the clip has no audio
    width: int
    height: int


def measure(path: str | os.PathLike[str]) -> Measured:
    """Measure a written clip with edit lists ignored, so that a pre-roll an
    edit list would hide (and players that ignore edit lists would show)
    shows up as a non-zero ``first_pts`` or a longer duration."""
    import av

    try:
        container = av.open(ffmpeg.local(path), options={"ignore_editlist": "1"})
    except (av.error.FFmpegError, OSError) as exc:
        raise MediaError(f"cannot open the written clip: {exc}", subject=path) from None
    with container:
        if not container.streams.video:
            raise MediaError("written clip has no video", subject=path)
        v = container.streams.video[0]
        times: list[float] = []
        durations: list[float] = []
        audio: list[tuple[float, float]] = []
        streams = [v, *container.streams.audio[:1]]
        # (each stream's time base read once: a packet's makes a new Fraction per access)
        bases = {s.index: s.time_base or Fraction(1, 1) for s in streams}
        for packet in container.demux(*streams):
            pts = packet.pts
            if pts is None:
                continue
            tb = bases[packet.stream_index]
            if packet.stream_index == v.index:
                times.append(seconds(pts, tb))
                durations.append(seconds(packet.duration or 0, tb))
            else:
                audio.append((seconds(pts, tb), seconds(pts + (packet.duration or 0), tb)))
        if not times:
            raise MediaError("written clip has no video frames", subject=path)
        order = sorted(range(len(times)), key=times.__getitem__)
        first, last = times[order[0]], times[order[-1]]
        frame = durations[order[-1]] or (1 / float(v.average_rate) if v.average_rate else 0.0)
        audio_duration = (max(e for _, e in audio) - max(0.0, min(s for s, _ in audio))) if audio else None
        return Measured(
            first_pts=first,
            duration=last + frame - first,
            frames=len(times),
            audio_duration=audio_duration,
            width=v.codec_context.width,
            height=v.codec_context.height,
        )


@contextlib.contextmanager
def libav_errors(subject: str, doing: str) -> Iterator[None]:
    """Turn a libav failure inside the block (PyAV decoding, encoding or
    muxing ``subject``) into one MediaError saying what was being done."""
    import av

    try:
        yield
    except av.error.FFmpegError as exc:
        raise MediaError(f"cannot {doing}: {exc}", subject=subject) from None


def expect_count(got: int, wanted: int, what: str, subject: str) -> None:
    """MediaError unless a pass over a file gave as many frames or packets as its frame table says."""
    if got != wanted:
        raise MediaError(f"{what.format(got)}, expected {wanted}", subject=subject)


def packets_from(container: Any, table: FrameTable, key: float) -> Iterator[Any]:
    """The video packets of an open PyAV ``container`` (the file ``table``
    describes) in decode order, from the keyframe at ``key`` on. A seek to
    the keyframe's own timestamp lands on it in an indexed file (MP4, MKV);
    a demuxer that seeks by decode time without an index (MPEG-TS) can land
    just after it: then seek again from further back (1 s, 2 s, 4 s... up to
    before the file's first decode time, which is below 0 in a broadcast
    capture whose timestamps wrap: libavformat counts those before the wrap
    negative). That floor lies a reorder limit before the file's start: the
    start is its first frame's time, and a first keyframe followed by
    B-frames is decoded before it (a seek to the start landed after it)."""
    stream: Any = picture_stream(container)
    tb = stream.time_base
    target = round((key + table.start_time) / tb)
    floor = min(0, round((table.start_time - REORDER_LIMIT_SECONDS) / tb))
    back = 0.0
    while True:
        point = max(floor, round((key + table.start_time - back) / tb))
        container.seek(point, stream=stream, backward=True)
        found = False
        for packet in container.demux(stream):
            if not found and packet.pts == target and packet.is_keyframe:
                found = True
            if found:
                yield packet
            elif packet.size == 0 or (packet.dts is not None and packet.dts > target):
                break  # past the keyframe (its decode time is at most its presentation time)
        if found:
            return
        if point == floor:
            raise MediaError(f"no keyframe at {key:.3f} s to start from", subject=table.path)
        back = max(1.0, 2 * back)


def frames_between(table: FrameTable, start: float, stop: float) -> Iterator[Any]:
    """The decoded frames (PyAV ``VideoFrame``) of ``table``'s video that
    start in ``[start, stop)``, in display order, their ``pts`` as in the
    file. Decoding starts at the keyframe at or before ``start``; outside the
    span, frames no other frame refers to are skipped: they would be neither
    shown nor referenced, so the frames kept are exactly what a full decode
    gives (the loop filter of reference frames is never skipped: skipping it
    drifts). Once the packet of every frame in the span is in (each packet
    carries its frame's time), the decoder is drained instead of fed on:
    the frames its threads and its reordering hold back are not started (a
    smart cut's next keyframe among them). MediaError if the file does not
    give every frame of the table in the span (a bad index or a truncated
    file)."""
    import av

    wanted = table.frames_before(stop) - table.frames_before(start)
    got = 0
    with libav_errors(table.path, f"decode from {start:.3f} s"), av.open(ffmpeg.local(table.path)) as container:
        stream = picture_stream(container)
        stream.thread_type = "AUTO"
        tb = stream.time_base
        if tb is None:
            raise MediaError("video stream has no time base", subject=table.path)
        ctx = stream.codec_context

        def inside(pts: int | None) -> bool:
            t = None if pts is None else seconds(pts, tb) - table.start_time
            return t is not None and start - SAME_TIME_SECONDS <= t < stop - SAME_TIME_SECONDS

        def kept(frames: list[Any]) -> Iterator[Any]:
            nonlocal got
            for frame in frames:
                if got < wanted and inside(frame.pts):
                    got += 1
                    frame.time_base = tb  # a drained frame has none (no packet gave it one)
                    yield frame

        fed = 0  # packets of frames in the span sent to the decoder
        flushed = False
        for packet in packets_from(container, table, table.keyframe_at_or_before(start)):
            if packet.pts is not None:
                wanted_here = inside(packet.pts)
                fed += wanted_here
                ctx.skip_frame = "DEFAULT" if wanted_here else "NONREF"
            flushed = packet.size == 0  # the demuxer's end-of-file packet drains the decoder
            yield from kept(stream.decode(packet))
            if fed == wanted or flushed:
                break
        if not flushed:
            yield from kept(stream.decode(None))
    expect_count(got, wanted, f"decoded {{}} frame(s) from {start:.3f} s to {stop:.3f} s", table.path)


def frame_image(path: str | os.PathLike[str], at: float = 0.0):  # type: ignore[no-untyped-def]
    """The frame ``at`` seconds into a file names (the one starting nearest
    to it, as ``FrameTable.frame_at``), as a PIL image (the last decoded frame
    if the file ends first). Frames no other frame refers
    to are skipped until half a second before ``at`` (they are never needed
    to decode a later one), which saves a good part of the decoding."""
    import av

    with av.open(ffmpeg.local(path)) as container:
        stream = picture_stream(container)
        skipping = at > POSTER_SKIP_MARGIN_SECONDS
        if skipping:
            stream.codec_context.skip_frame = "NONREF"
        chosen = None
        for frame in container.decode(stream):
            if skipping and frame.time is not None and frame.time >= at - POSTER_SKIP_MARGIN_SECONDS:
                stream.codec_context.skip_frame = "DEFAULT"
                skipping = False
            if chosen is not None and frame.time is not None and frame.time > at + SAME_TIME_SECONDS:
                if chosen.time is not None and frame.time - at < at - chosen.time - SAME_TIME_SECONDS:
                    chosen = frame
                break
            chosen = frame
        if chosen is None:
            raise MediaError("no decodable frame", subject=path)
        return picture(chosen, stream.sample_aspect_ratio)


def picture(frame: Any, sample_aspect: Fraction | None = None):  # type: ignore[no-untyped-def]
    """A decoded PyAV ``VideoFrame`` as a PIL image, shown as players show
    it (:func:`annotate.probe.shown_picture`): PyAV hands frames over as
    stored (a phone's portrait video turned, anamorphic footage squeezed,
    interlaced footage's two fields woven)."""
    import numpy as np
    from PIL import Image

    from annotate.probe import shown_picture

    return Image.fromarray(np.ascontiguousarray(shown_picture(frame, sample_aspect)))


