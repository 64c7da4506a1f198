"""The three ways to cut one clip with ffmpeg: ``exact`` (frame-accurate
re-encode), ``copy`` (stream copy from the keyframe at or before the start,
no re-encode) and ``smart`` (re-encode up to the first keyframe, copy after)."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from annotate import ffmpeg
from annotate.clips import media
from annotate.clips.media import SAME_TIME_SECONDS, FrameTable, seconds
from annotate.clips.plan import Span
from annotate.errors import MediaError
from annotate.probe import picture_stream, sample_aspect, sound_stream, stream_map

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
# frames: spend more bits so the join does not show. A constant quantizer,
# not a rate factor: CRF has x264 estimate every frame's cost on a
# half-size copy first (its "lowres" pass), a fifth of ultrafast's encode.
# QP 12 scores as CRF 14 did on the benchmark's grainy 720p heads (PSNR 55.2
# against 55.3 dB, the worst frame 54.5 against 54.2, files 1 % smaller) for
# 15-20 % less encoding CPU; 0.5 dB lower on a clean test card (58.0 dB),
# 1.3 dB higher on a busy fractal (51.3 dB, files 19 % larger).
SMART_QP = 12
AUDIO_CODEC = ("-c:a", "aac", "-b:a", "192k")
# Seek this much before the first wanted frame: ffmpeg keeps frames at or
# after the seek point, so a hair earlier keeps the wanted frame even when its
# time does not print exactly in microseconds, yet drops the frame before.
SEEK_MARGIN_SECONDS = 0.0005
# No pre-roll hidden behind an MP4 edit list: B-frame delay as negative
# composition offsets (first frame at pts 0), moov first for streaming.
MP4_FLAGS = ("-movflags", "+faststart+negative_cts_offsets")
# Sides rounded up to even (after ffmpeg has turned a rotated picture upright).
EVEN_PAD_FILTER = "pad=ceil(iw/2)*2:ceil(ih/2)*2:0:0:black"
# The first frame out of an input seek at 0, not at the seek margin: with the
# source's time base (see ``_fraction``) nothing rounds that half millisecond away.
FROM_ZERO_FILTER = "setpts=PTS-STARTPTS"
X264_PROFILES = {
    "baseline": "baseline", "constrained baseline": "baseline", "main": "main", "high": "high",
    "high 10": "high10", "high 4:2:2": "high422", "high 4:4:4 predictive": "high444",
}

# A new way of writing a mode's clips (same frames, other bytes) redoes them on
# resume: smart 2 writes the clip in-process, its audio placed by the frame
# times exactly (ffmpeg's seek margin had put it up to about 1 ms late).
# exact 2 encodes in the source's time base: a variable-rate source's frames keep their own times (exact 1
# snapped them to 1/average rate).
SCHEMES = {"smart": 2, "exact": 2}

Progress = Callable[[float], None]


@dataclass(frozen=True)
class CutResult:
    """What a cut did: the source time of the clip's first frame, the frames
    it should hold, and the ffmpeg commands (copy-pasteable) that made it;
    ``poster``, the source frame at the time asked for (a PIL image), when
    the cut decoded it anyway (a smart cut's head), else None."""

    start: float
    frames: int | None
    commands: tuple[str, ...]
    notes: tuple[str, ...] = ()
    poster: Any = field(default=None, compare=False, repr=False)


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
    the top (a fraction of a second at most) and trims exactly. So does a
    file whose timestamps wrap (``FrameTable.wraps``): ffmpeg's input seek
    lands wrong in it, and decoding from the top is the one way through.
    In a file with no index (``FrameTable.unindexed``, MPEG-TS) the input
    seek lands on any packet decoded before the point, inside the GOP, whose
    frames up to the next keyframe then cannot be decoded (a clip of the
    wrong frames, or short near the end): the input seeks to the keyframe a
    GOP before (a keyframe is decoded less than a GOP before it is shown)
    and the output side trims the rest."""
    point = _before(t)
    if table.wraps or (table.keyframes and float(point) < table.keyframes[0] - SAME_TIME_SECONDS):
        return [], ["-ss", point]
    if table.unindexed:
        key = table.keyframe_at_or_before(t)
        earlier = table.keyframe_at_or_before(key - 2 * SAME_TIME_SECONDS)
        if earlier >= key - SAME_TIME_SECONDS:  # no GOP before it: from the top
            return [], ["-ss", point]
        landing = _before(earlier)
        micros = round(float(point) * 1e6) - round(float(landing) * 1e6)  # (both as ffmpeg reads them)
        return ["-ss", landing], ["-ss", f"{micros / 1e6:.6f}"]
    return ["-ss", point], []


def _timescale(table: FrameTable) -> tuple[str, ...]:
    """Keep the source's video time base, so copied timestamps stay exact."""
    tb = table.time_base
    return ("-video_track_timescale", str(tb.denominator)) if tb.numerator == 1 else ()


def _video_filter(chain: list[str]) -> list[str]:
    return ["-vf", ",".join(chain)] if chain else []


def _fraction(tb: Fraction) -> str:
    """A time base as ffmpeg's options take it (``1/90000``): the encoder's, so
    a variable-rate source's frames keep their own times (by default ffmpeg
    encodes in 1/average rate, and passthrough frames snap to that grid)."""
    return f"{tb.numerator}/{tb.denominator}"


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
    # libx264 refuses 4:2:0 with an odd side: add the missing row or column
    # (black, right and bottom, as the render does), so no source pixel is lost.
    odd = bool(table.width % 2 or table.height % 2)
    args = [
        *pre, "-i", ffmpeg.local(table.path), *post, "-t", f"{duration:.6f}", "-frames:v", str(stop - first),
        "-map", stream_map(table.video_stream, "v"), "-map", stream_map(table.audio_stream, "a") + "?",
        "-fps_mode", "passthrough",
        # (an output seek trims after the filters: the frames' times must stay the input seek's)
        *_video_filter(([FROM_ZERO_FILTER] if pre and not post else []) + ([EVEN_PAD_FILTER] if odd else [])),
        "-c:v", "libx264", "-preset", X264_PRESET, "-crf", str(X264_CRF), "-pix_fmt", "yuv420p",
        "-enc_time_base:v", _fraction(table.time_base), *AUDIO_CODEC, *_timescale(table), *MP4_FLAGS, str(out),
    ]
    log: list[str] = []
    _run(args, log, duration=duration, progress=progress, shown={str(out): final or str(out)})
    notes = (f"padded {table.width}x{table.height} to even sides with black (H.264 4:2:0 needs them)",) if odd else ()
    return CutResult(start, stop - first, tuple(log), notes)


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
        "-ss", _after(key), "-i", ffmpeg.local(table.path), "-t", f"{duration:.6f}", "-frames:v", str(packets),
        "-map", stream_map(table.video_stream, "v"), "-map", stream_map(table.audio_stream, "a") + "?", "-c", "copy",
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
          progress: Progress | None = None, poster_at: float | None = None) -> CutResult:
    """Frame-accurate start, lossless after the first keyframe: frames before
    it are re-encoded with the source's profile, level and pixel format, the
    rest stream-copied with the source's parameter sets in-band (so a decoder
    switches cleanly at the join); the audio is stream-copied whole beside
    them (no gap at the join). All of it is done in this process (PyAV), into
    the clip itself: no ffmpeg process, no intermediate files (see ``_splice``).

    What a smart cut costs beyond a copy is the head: decoding from the
    keyframe before the start and re-encoding up to the next one, about
    0.37 and 0.39 s of CPU per clip of the benchmark's 720p with 8.3 s GOPs
    (102 frames re-encoded on average; ``python -m bench.bench_clips phases``).
    The splice itself costs about 0.02 s of CPU, where the ffmpeg process
    that joined MPEG-TS parts cost 0.1 s and a process start.

    When the source frame at ``poster_at`` is one of the head's, it is kept
    as it is decoded (before re-encoding) and returned as the result's
    ``poster``: the clip's poster then needs no decode of the written clip."""
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
    packets, end = table.copy_prefix(key, span.end)
    log: list[str] = []
    shown = {str(out): final or str(out)}
    source = ffmpeg.local(table.path)
    video = stream_map(table.video_stream, "v")
    # The same cut by ffmpeg: head and tail as MPEG-TS, joined by the concat demuxer.
    if head:
        _log(["-ss", _before(start), "-i", source, "-frames:v", str(head), "-map", video,
              "-fps_mode", "passthrough", "-c:v", "libx264", *_encoder_args(table), "-f", "mpegts", "head.ts"],
             log, shown, in_process=True)
    _log(["-ss", _after(key), "-i", source, "-frames:v", str(packets), "-map", video, "-c:v", "copy",
          "-copypriorss", "0", "-f", "mpegts", "tail.ts"], log, shown, in_process=True)
    listing = (f"file 'head.ts', duration {key - start:.6f}, " if head else "") + "file 'tail.ts'"
    audio = ["-ss", _before(start), "-i", source, "-map", stream_map(table.audio_stream, "a", 1)] if table.has_audio \
        else []
    _log(["-f", "concat", "-i", "parts.ffconcat", *audio[:4], "-map", "0:v:0", *audio[4:], "-t", f"{end - start:.6f}",
          "-c", "copy", "-copypriorss", "0", *_timescale(table), *MP4_FLAGS, str(out)], log, shown, in_process=True)
    log[-1] += f"  (parts.ffconcat: {listing})"
    kept = _splice(table, start, key, packets, end - start, out, progress, poster_at)
    note = (f"re-encoded {head} frame(s) up to the keyframe at {key:.3f} s, copied the rest" if head
            else "starts on a keyframe: copied whole")
    poster = None if kept is None else media.picture(kept, sample_aspect(table.path))
    return CutResult(start, head + packets, tuple(log), (note,), poster)


def _log(args: list[str], log: list[str], shown: dict[str, str], *, in_process: bool = False) -> None:
    """Log an ffmpeg command with temporary paths shown as the names they end
    up under (the evidence trail names the final file). A step done in this
    process with PyAV is logged as the ffmpeg command that does the same."""
    named = ffmpeg.command(args)
    for tmp, final in shown.items():  # (in each argument before quoting: a quoted name may read otherwise)
        named = [arg.replace(tmp, final) for arg in named]
    text = ffmpeg.quote_command(named)
    log.append(f"# done in-process with PyAV, as: {text}" if in_process else text)


def _splice(table: FrameTable, start: float, key: float, packets: int, duration: float, out: Path,
            progress: Progress | None, keep: float | None = None) -> Any:
    """Write the smart clip: the frames from ``start`` to before the keyframe
    at ``key`` re-encoded (``_encode_head``), then ``packets`` video packets
    (decode order) copied from that keyframe on, and the audio packets from
    ``start`` for ``duration``, interleaved by time, into MP4 with
    timestamps from 0 (the source's minus the start frame's, so copied
    timestamps stay exact).

    Joined to a re-encoded head, the copied packets go through
    ``h264_mp4toannexb``, which puts the source's parameter sets in-band
    before the keyframe, where a decoder switches to them (the MP4 muxer
    stores every packet length-prefixed again, the head's parameter sets in
    the file's header). The copied frames wait on reordering (B-frames),
    so their first decode times fall before the head's last: as ffmpeg does,
    each such packet is sent one tick after the one before.

    Returns the head's decoded frame at source time ``keep`` (see
    ``_encode_head``), or None."""
    import av
    from av.bitstream import BitStreamFilterContext

    head = table.frames_before(key) - table.frames_before(start)
    timescale = _timescale(table)
    options = {"movflags": MP4_FLAGS[1], **({"video_track_timescale": timescale[1]} if timescale else {})}
    with (media.libav_errors(table.path, f"cut from {start:.3f} s"),
          ffmpeg.in_process(f"cutting {table.path} from {start:.3f} s") as check,
          av.open(ffmpeg.local(table.path)) as src,
          av.open(ffmpeg.local(out), "w", format="mp4", options=options) as dst):
        source = picture_stream(src)
        origin = round((start + table.start_time) / table.time_base)  # the start frame's pts: time 0 in the clip
        # The picture is stream 0, as in copy and exact clips and the command the manifest states
        video = dst.add_stream("libx264", rate=_rate(table)) if head else dst.add_stream_from_template(source)
        sound = deque(_audio_packets(src, table, start, duration) if table.has_audio else [])
        if sound:
            sound_in: Any = sound_stream(src)
            sound_out = dst.add_stream_from_template(sound_in)
        last_dts: int | None = None  # of the video packet sent last, in the source's ticks from the start

        def send(packet: Any) -> None:
            nonlocal last_dts
            if packet.dts is None:  # Matroska leaves the first ones after a seek unset
                packet.dts = packet.pts if last_dts is None else last_dts + 1
            if last_dts is not None and packet.dts <= last_dts:
                packet.dts = last_dts + 1
            last_dts = packet.dts
            while sound and sound[0][0] <= seconds(packet.dts, table.time_base):
                _, audio_packet = sound.popleft()
                audio_packet.stream = sound_out
                dst.mux(audio_packet)
            packet.stream = video
            dst.mux(packet)

        kept = _encode_head(table, start, key, video, origin, send, check, progress, keep) if head else None
        annexb = BitStreamFilterContext("h264_mp4toannexb", source) if head else None
        taken = 0
        for packet in media.packets_from(src, table, key):
            if packet.size == 0:
                break  # the end of the file
            if packet.pts is None:
                continue  # not in the frame table either (see scan)
            check()
            packet.pts -= origin
            if packet.dts is not None:
                packet.dts -= origin
            for ready in annexb.filter(packet) if annexb else [packet]:
                send(ready)
            taken += 1
            if taken == packets:
                break
        media.expect_count(taken, packets, f"copied {{}} packet(s) from the keyframe at {key:.3f} s", table.path)
        for _, audio_packet in sound:
            audio_packet.stream = sound_out
            dst.mux(audio_packet)
    return kept


def _audio_packets(src: Any, table: FrameTable, start: float, duration: float) -> list[tuple[float, Any]]:
    """The audio packets (of the stream the probe chose) of an open PyAV ``src`` that start
    from ``start`` to before ``start + duration`` (as ``-ss``, ``-t`` and
    ``-copypriorss 0`` copy them), with their clip time in seconds and
    timestamps from ``start``."""
    stream: Any = sound_stream(src)
    tb = stream.time_base
    zero = round((start + table.start_time) / tb)
    src.seek(zero, stream=stream, backward=True)
    kept: list[tuple[float, Any]] = []
    for packet in src.demux(stream):
        if packet.size == 0 or packet.pts is None:
            continue
        at = seconds(packet.pts - zero, tb)
        if at >= duration:
            break
        if at >= -SAME_TIME_SECONDS:
            packet.pts -= zero
            if packet.dts is not None:
                packet.dts -= zero
            kept.append((at, packet))
    return kept


def _rate(table: FrameTable) -> Fraction:
    return Fraction(table.fps).limit_denominator(1001)


def _encode_head(table: FrameTable, start: float, stop: float, stream: Any, origin: int,
                 send: Callable[[Any], None], check: Callable[[], None], progress: Progress | None,
                 keep: float | None = None) -> Any:
    """Re-encode the source frames from ``start`` to before ``stop`` with
    libx264 (PyAV's) on the output ``stream``, timestamps from the start
    frame's (``origin``), passing each packet to ``send``, so the stream can
    be spliced into the source's (see ``_encoder_match``). ``progress``
    gets the fraction of those frames done (the slow part of a smart cut);
    ``check`` stops the work (Ctrl-C in a batch of clips, ffmpeg.stop_all).
    Returns the decoded source frame that starts at ``keep`` (seconds), as
    decoded, or None if no frame of the head does."""
    import av

    ctx = stream.codec_context
    ctx.width, ctx.height, ctx.time_base = table.width, table.height, table.time_base
    ctx.pix_fmt = table.pix_fmt or "yuv420p"
    ctx.thread_count = 0  # as ffmpeg's "-threads auto"
    ctx.options = {"preset": X264_PRESET, "qp": str(SMART_QP), **_encoder_match(table)}
    count = table.frames_before(stop) - table.frames_before(start)
    kept = None
    for done, frame in enumerate(media.frames_between(table, start, stop), 1):
        check()
        if keep is not None and abs(seconds(frame.pts, table.time_base) - table.start_time - keep) <= SAME_TIME_SECONDS:
            kept = frame  # (the encoder copies a frame's pictures, never writes them)
        if done == 1:
            # Tag the head as the source is tagged (ffmpeg does this from the frames).
            ctx.color_range, ctx.colorspace = frame.color_range, frame.colorspace
            ctx.color_primaries, ctx.color_trc = frame.color_primaries, frame.color_trc
            stream.set_display_rotation(frame.rotation)  # a phone's portrait video stays upright
        frame.pts -= origin
        frame.pict_type = av.video.frame.PictureType.NONE  # the source's types would force them
        for packet in stream.encode(frame):
            send(packet)
        if progress is not None:
            progress(done / count)
    for packet in stream.encode(None):
        send(packet)
    return kept


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
    args = ["-preset", X264_PRESET, "-qp", str(SMART_QP)]
    args += [a for name, flag in (("profile", "-profile:v"), ("level", "-level:v")) if name in match
             for a in (flag, match[name])]
    return args + (["-pix_fmt", table.pix_fmt] if table.pix_fmt else [])


def cut(mode: str, table: FrameTable, span: Span, out: Path, *, final: str | None = None,
        progress: Progress | None = None, poster_at: float | None = None) -> CutResult:
    """Cut ``span`` of the footage into ``out`` with ``mode``; a smart cut
    also returns the source frame at ``poster_at`` if it decoded it (see ``smart``)."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    if mode == "smart":
        return smart(table, span, out, final=final, progress=progress, poster_at=poster_at)
    return {"exact": exact, "copy": copy}[mode](table, span, out, final=final, progress=progress)


def settings(mode: str) -> dict[str, object]:
    """Encoder settings that change the output: part of the resume key, so a
    clip made with other settings is redone."""
    # (copy encodes nothing: its key keeps the "crf" 14 it always had, so its clips made before stay valid)
    quality = {"exact": {"crf": X264_CRF}, "smart": {"qp": SMART_QP}}.get(mode, {"crf": 14})
    return {"mode": mode, "preset": X264_PRESET, **quality,
            "audio": list(AUDIO_CODEC) if mode == "exact" else ["copy"], "scheme": SCHEMES.get(mode, 1)}
