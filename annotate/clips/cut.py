"""The three ways to cut one clip with ffmpeg: ``exact`` (frame-accurate
re-encode), ``copy`` (stream copy from the keyframe at or before the start,
no re-encode) and ``smart`` (re-encode up to the first keyframe, copy after)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from annotate import ffmpeg
from annotate.atomic import working_folder
from annotate.clips import media
from annotate.clips.media import SAME_TIME_SECONDS, FrameTable
from annotate.clips.plan import Span
from annotate.errors import MediaError

MODES = ("exact", "copy", "smart")
# Visually lossless for evidence clips, fast on two cores. At CRF 18 the
# fastest preset scored higher PSNR than superfast and veryfast on grainy
# 720p (52.5 / 51.1 / 46.4 dB) and encoded 3x faster than superfast, for
# files about 10% larger than superfast's (no B-frames, no CABAC): clips are
# short, so time and fidelity count more than size. bench/bench_clips.py
# has time and PSNR against moviepy's defaults.
X264_PRESET = "ultrafast"
X264_CRF = 18
# The few frames re-encoded by a smart cut sit next to untouched source
# frames: spend more bits so the join does not show.
SMART_CRF = 14
AUDIO_CODEC = ("-c:a", "aac", "-b:a", "192k")
# Seek this much before the first wanted frame: ffmpeg keeps frames at or
# after the seek point, so a hair earlier keeps the wanted frame even when its
# time does not print exactly in microseconds, yet drops the frame before.
SEEK_MARGIN_SECONDS = 0.0005
# No pre-roll hidden behind an MP4 edit list: B-frame delay as negative
# composition offsets (first frame at pts 0), moov first for streaming.
MP4_FLAGS = ("-movflags", "+faststart+negative_cts_offsets")
X264_PROFILES = {
    "baseline": "baseline", "constrained baseline": "baseline", "main": "main", "high": "high",
    "high 10": "high10", "high 4:2:2": "high422", "high 4:4:4 predictive": "high444",
}

Progress = Callable[[float], None]


@dataclass(frozen=True)
class CutResult:
    """What a cut did: the source time of the clip's first frame, the frames
    it should hold, and the ffmpeg commands (copy-pasteable) that made it."""

    start: float
    frames: int | None
    commands: tuple[str, ...]
    notes: tuple[str, ...] = ()


def _after(t: float) -> str:
    """A seek time that never falls before ``t`` (copy seeks land on the keyframe at or before)."""
    return f"{math.ceil(t * 1e6 - 1e-3) / 1e6:.6f}"


def _before(t: float) -> str:
    return f"{max(0.0, math.floor((t - SEEK_MARGIN_SECONDS) * 1e6) / 1e6):.6f}"


def _seek(table: FrameTable, t: float) -> tuple[list[str], list[str]]:
    """``-ss`` options (before ``-i``, after ``-i``) that make the frame
    starting at ``t`` the first one out, at output time 0. An input seek to
    before the first keyframe has no keyframe to land on, and ffmpeg then
    drops the file's first frame (opencv-doc's Megamind.avi, whose video
    starts one frame in): there, seek on the output side, which decodes from
    the top (a fraction of a second at most) and trims exactly."""
    point = _before(t)
    if table.keyframes and float(point) < table.keyframes[0] - SAME_TIME_SECONDS:
        return [], ["-ss", point]
    return ["-ss", point], []


def _timescale(table: FrameTable) -> tuple[str, ...]:
    """Keep the source's video time base, so copied timestamps stay exact."""
    tb = table.time_base
    return ("-video_track_timescale", str(tb.denominator)) if tb.numerator == 1 else ()


def _frames(table: FrameTable, span: Span) -> tuple[int, int]:
    first = table.frame_at(span.start)
    return first, max(first + 1, table.boundary_at(span.end))


def _run(args: list[str], log: list[str], *, duration: float, progress: Progress | None,
         shown: dict[str, str]) -> None:
    """Run one ffmpeg command and log it (see ``_log``)."""
    _log(args, log, shown)
    ffmpeg.run(args, duration=duration, on_progress=progress, what=f"ffmpeg ({args[-1]})")


def exact(table: FrameTable, span: Span, out: Path, *, final: str | None = None,
          progress: Progress | None = None) -> CutResult:
    """Frame-accurate: input seeking plus re-encoding starts on the frame on
    screen at ``span.start`` and holds exactly the frames up to ``span.end``."""
    first, stop = _frames(table, span)
    start = table.times[first]
    duration = table.end_of(stop - 1) - start
    pre, post = _seek(table, start)
    args = [
        *pre, "-i", table.path, *post, "-t", f"{duration:.6f}", "-frames:v", str(stop - first),
        "-map", "0:v:0", "-map", "0:a:0?", "-fps_mode", "passthrough",
        "-c:v", "libx264", "-preset", X264_PRESET, "-crf", str(X264_CRF), "-pix_fmt", "yuv420p",
        *AUDIO_CODEC, *_timescale(table), *MP4_FLAGS, str(out),
    ]
    log: list[str] = []
    _run(args, log, duration=duration, progress=progress, shown={str(out): final or str(out)})
    return CutResult(start, stop - first, tuple(log))


def copy(table: FrameTable, span: Span, out: Path, *, final: str | None = None,
         progress: Progress | None = None) -> CutResult:
    """Lossless: stream copy from the keyframe at or before the start. The
    clip really starts there (no edit list hides the pre-roll); the end
    takes whole frame-reordering groups (see ``FrameTable.copy_prefix``), so
    it can overshoot ``span.end`` by a few frames but never drops one."""
    key = table.keyframe_at_or_before(table.times[table.frame_at(span.start)])
    packets, end = table.copy_prefix(key, span.end)
    duration = end - key
    args = [
        "-ss", _after(key), "-i", table.path, "-t", f"{duration:.6f}", "-frames:v", str(packets),
        "-map", "0:v:0", "-map", "0:a?", "-c", "copy",
        # Drop audio packets from before the keyframe instead of keeping
        # them behind an edit list: the audio starts within one packet of it.
        "-copypriorss", "0", *_timescale(table), *MP4_FLAGS, str(out),
    ]
    log: list[str] = []
    _run(args, log, duration=duration, progress=progress, shown={str(out): final or str(out)})
    notes: tuple[str, ...] = ()
    if key < span.start - 1e-3:
        notes = (f"starts {span.start - key:.3f} s early, on the keyframe at {key:.3f} s",)
    return CutResult(key, packets, tuple(log), notes)


def smart(table: FrameTable, span: Span, out: Path, *, final: str | None = None,
          progress: Progress | None = None) -> CutResult:
    """Frame-accurate start, lossless after the first keyframe: frames before
    it are re-encoded with the source's profile, level and pixel format, the
    rest stream-copied, both as MPEG-TS (parameter sets repeated in-band, so
    a decoder switches cleanly at the join), joined with the concat demuxer;
    the audio is stream-copied whole beside them (no gap at the join).

    The re-encode and the copy run in this process (PyAV), so a smart cut
    starts one ffmpeg process (the final mux), as a copy does. Measured on
    the benchmark's 20 clips of 720p (2026-12-01): the head's decode and
    encode are nearly all of a smart cut's extra work (about 1 s of CPU per
    clip for 102 re-encoded frames on average, 4 in 10 of it decoding); the
    tail copy and its re-measure in two more processes cost about 0.15 s of
    wall time per clip, as much as a whole copy cut."""
    if table.codec != "h264":
        raise MediaError(f"smart cut supports H.264 footage, this is {table.codec}: use --mode exact or copy",
                         subject=table.path)
    first, stop = _frames(table, span)
    start = table.times[first]
    keys = set(table.keyframes)
    key = start if start in keys else table.keyframe_after(start)
    if key is None or key >= table.times[stop - 1]:
        result = exact(table, span, out, final=final, progress=progress)
        return CutResult(result.start, result.frames, result.commands,
                         ("no keyframe inside the clip: re-encoded whole (as exact)",))
    head = table.frames_before(key) - first
    final = final or str(out)
    log: list[str] = []
    with working_folder(out.parent) as work:
        shown = {str(out): final, str(work): "WORK"}
        tail_ts, head_ts, listing = work / "tail.ts", work / "head.ts", work / "parts.ffconcat"
        packets, end = table.copy_prefix(key, span.end)
        _log(["-ss", _after(key), "-i", table.path, "-frames:v", str(packets), "-map", "0:v:0", "-c:v", "copy",
              "-copypriorss", "0", "-f", "mpegts", str(tail_ts)], log, shown, in_process=True)
        _copy_packets(table, key, packets, tail_ts)
        if head:
            _log(["-ss", _before(start), "-i", table.path, "-frames:v", str(head), "-map", "0:v:0",
                  "-fps_mode", "passthrough", "-c:v", "libx264", *_encoder_args(table), "-f", "mpegts",
                  str(head_ts)], log, shown, in_process=True)
            _encode_frames(table, start, key, head_ts, progress)
        total = (key - start) + (end - key)
        parts = [f"file '{head_ts.name}'\nduration {key - start:.6f}\n"] if head else []
        parts.append(f"file '{tail_ts.name}'\n")
        listing.write_text("ffconcat version 1.0\n" + "".join(parts), encoding="utf-8")
        inputs = ["-f", "concat", "-safe", "0", "-i", str(listing)]
        maps = ["-map", "0:v:0"]
        if table.has_audio:
            # Copied from the source like --mode copy's audio (packets from
            # the start on): re-encoding it was a third of a smart cut's work.
            inputs += ["-ss", _before(start), "-i", table.path]
            maps += ["-map", "1:a:0"]
        _run([*inputs, *maps, "-t", f"{total:.6f}", "-c", "copy", "-copypriorss", "0", *_timescale(table),
              *MP4_FLAGS, str(out)], log, duration=total, progress=None, shown=shown)
    note = (f"re-encoded {head} frame(s) up to the keyframe at {key:.3f} s, copied the rest" if head
            else "starts on a keyframe: copied whole")
    return CutResult(start, head + packets, tuple(log), (note,))


def _log(args: list[str], log: list[str], shown: dict[str, str], *, in_process: bool = False) -> None:
    """Log an ffmpeg command with temporary paths shown as the names they end
    up under (the evidence trail names the final file). A step done in this
    process with PyAV is logged as the ffmpeg command that does the same."""
    text = ffmpeg.quote_command(ffmpeg.command(args))
    for tmp, final in shown.items():
        text = text.replace(tmp, final)
    log.append(f"# done in-process with PyAV, as: {text}" if in_process else text)


def _copy_packets(table: FrameTable, key: float, packets: int, out: Path) -> None:
    """Stream-copy ``packets`` video packets (decode order) from the keyframe
    at ``key`` into MPEG-TS; the muxer turns MP4's length-prefixed NAL units
    into Annex B with the parameter sets in-band."""
    import av

    taken = 0
    with (media.libav_errors(table.path, f"copy from the keyframe at {key:.3f} s"), av.open(table.path) as src,
          av.open(str(out), "w", format="mpegts") as dst):
        copy = dst.add_stream_from_template(src.streams.video[0])
        for packet in media.packets_from(src, table, key):
            if packet.size == 0:
                break  # the end of the file
            if packet.pts is None:
                continue  # not in the frame table either (see scan)
            packet.stream = copy
            dst.mux(packet)
            taken += 1
            if taken == packets:
                break
    media.expect_count(taken, packets, f"copied {{}} packet(s) from the keyframe at {key:.3f} s", table.path)


def _encode_frames(table: FrameTable, start: float, stop: float, out: Path, progress: Progress | None) -> None:
    """Re-encode the source frames from ``start`` to before ``stop`` into
    MPEG-TS with libx264 (PyAV's), timestamps from 0, so the stream can be
    spliced into the source's (see ``_encoder_args``). ``progress`` gets
    the fraction of those frames done (the slow part of a smart cut)."""
    import av

    rate = Fraction(table.fps).limit_denominator(1001)
    with (media.libav_errors(table.path, f"re-encode from {start:.3f} s"), ffmpeg.in_process(
            f"re-encoding {table.path} from {start:.3f} s") as check, av.open(str(out), "w", format="mpegts") as dst):
        stream = dst.add_stream("libx264", rate=rate)
        ctx = stream.codec_context
        ctx.width, ctx.height, ctx.time_base = table.width, table.height, table.time_base
        ctx.pix_fmt = table.pix_fmt or "yuv420p"
        ctx.thread_count = 0  # as ffmpeg's "-threads auto"
        ctx.options = {"preset": X264_PRESET, "crf": str(SMART_CRF), **_encoder_match(table)}
        offset = None
        count = table.frames_before(stop) - table.frames_before(start)
        for done, frame in enumerate(media.frames_between(table, start, stop), 1):
            check()  # Ctrl-C in a batch of clips (ffmpeg.stop_all)
            if offset is None:
                offset = frame.pts
                # Tag the head as the source is tagged (ffmpeg does this from the frames).
                ctx.color_range, ctx.colorspace = frame.color_range, frame.colorspace
                ctx.color_primaries, ctx.color_trc = frame.color_primaries, frame.color_trc
            frame.pts -= offset
            frame.pict_type = av.video.frame.PictureType.NONE  # the source's types would force them
            for packet in stream.encode(frame):
                dst.mux(packet)
            if progress is not None:
                progress(done / count)
        for packet in stream.encode(None):
            dst.mux(packet)


def _encoder_match(table: FrameTable) -> dict[str, str]:
    """libx264 options that make the re-encoded head decodable as the same
    stream as the copied tail: profile and level (the pixel format and the
    size are kept too)."""
    options: dict[str, str] = {}
    profile = X264_PROFILES.get((table.profile or "").lower())
    if profile:
        options["profile"] = profile
    if table.level and table.level > 0:
        options["level"] = f"{table.level / 10:g}"
    return options


def _encoder_args(table: FrameTable) -> list[str]:
    """The head encoder's settings as ffmpeg options (for the log)."""
    match = _encoder_match(table)
    args = ["-preset", X264_PRESET, "-crf", str(SMART_CRF)]
    args += [a for name, flag in (("profile", "-profile:v"), ("level", "-level:v")) if name in match
             for a in (flag, match[name])]
    return args + (["-pix_fmt", table.pix_fmt] if table.pix_fmt else [])


def cut(mode: str, table: FrameTable, span: Span, out: Path, *, final: str | None = None,
        progress: Progress | None = None) -> CutResult:
    """Cut ``span`` of the footage into ``out`` with ``mode``."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    return {"exact": exact, "copy": copy, "smart": smart}[mode](table, span, out, final=final, progress=progress)


def settings(mode: str) -> dict[str, object]:
    """Encoder settings that change the output: part of the resume key, so a
    clip made with other settings is redone."""
    return {"mode": mode, "preset": X264_PRESET, "crf": X264_CRF if mode == "exact" else SMART_CRF,
            "audio": list(AUDIO_CODEC) if mode == "exact" else ["copy"], "scheme": 1}
