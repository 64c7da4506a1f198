"""The ffmpeg side of a render as pure functions: one filter graph (boxes for
the bar, markers and highlights, libass for all text, then any freeze or
slow-down) and the argument list that runs it in one pass."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from fractions import Fraction

from annotate.escape import filter_value
from annotate.render.theme import Theme, ffmpeg_colour
from annotate.timecode import FALLBACK_FPS

# Audio codecs an MP4 carries as they are and players play there: copied, never re-encoded. Not Opus (a
# YouTube WebM's sound): valid in MP4, but Apple's players and Premiere Pro do not play it there.
MP4_AUDIO_COPY = frozenset({"aac", "mp3", "ac3", "eac3", "alac"})
AUDIO_BITRATE = "192k"
MIN_MARKER_PX = 2
BAR_BACKING_PX = 2  # the dark strip under the bar reaches this far above the bar or the markers
DEINTERLACE = "bwdif=mode=send_frame:deint=interlaced"
MIN_ATEMPO = 0.5  # ffmpeg's atempo takes 0.5..100 per instance: chain for slower


@dataclass(frozen=True)
class Input:
    """The probed footage, as the graph needs it."""

    path: str
    width: int
    height: int
    fps: float
    duration: float
    has_audio: bool
    audio_codec: str | None = None
    seeks_exactly: bool = True  # annotate.probe.MediaInfo.seeks_exactly
    timecode: str | None = None  # annotate.probe.MediaInfo.timecode: where the file's own timecode starts
    # The frame rate ffmpeg's filters run the picture at ("num/den", PyAV's guessed_rate; None when it has none):
    # on variable-frame-rate footage its base rate, not the average ``fps``.
    rate: str | None = None
    # The footage's time base ("num/den", annotate.probe.MediaInfo.time_base), the encoder's: see render_args.
    time_base: str | None = None
    # The streams used of a file of several (annotate.probe.MediaInfo.video_stream, audio_stream): the default
    # ones, as a player plays; None: the first of each kind.
    video_stream: int | None = None
    audio_stream: int | None = None
    interlaced: str | None = None  # annotate.probe.MediaInfo.interlaced: "tff", "bff" or None

    @property
    def video_in(self) -> str:
        return "[0:v]" if self.video_stream is None else f"[0:{self.video_stream}]"

    @property
    def audio_in(self) -> str:
        """The sound stream as a ``-map`` specifier (:func:`annotate.probe.stream_map`, as the clips map it)."""
        from annotate.probe import stream_map

        return stream_map(self.audio_stream, "a")

    @property
    def out_width(self) -> int:
        return self.width + self.width % 2

    @property
    def out_height(self) -> int:
        return self.height + self.height % 2


@dataclass(frozen=True)
class Highlight:
    x: float
    y: float
    w: float
    h: float
    start: float
    end: float


@dataclass(frozen=True)
class Retime:
    """``freeze`` holds the frame at ``start`` for ``amount`` seconds;
    ``slow`` plays ``start..end`` ``amount`` times slower."""

    kind: str
    start: float
    end: float
    amount: float


@dataclass(frozen=True)
class Overlay:
    """Everything drawn besides text (the text is in the ASS file)."""

    position_bar: bool = True
    markers: tuple[tuple[float, bool], ...] = ()  # (time, approximate)
    highlights: tuple[Highlight, ...] = ()
    retimes: tuple[Retime, ...] = field(default=())
    ass_path: str | None = None
    fonts_dir: str | None = None


def _box(x: float, y: float, w: float, h: float, colour: str, *, enable: str | None = None,
         thickness: str = "fill") -> str:
    parts = [f"x={round(x)}", f"y={round(y)}", f"w={max(1, round(w))}", f"h={max(1, round(h))}",
             f"color={colour}", f"t={thickness}"]
    if enable:
        parts.append("enable=" + filter_value(enable))
    return "drawbox=" + ":".join(parts)


def _marker_strip(markers: tuple[tuple[float, bool], ...], theme: Theme, W: int, mw: int, mh: int,
                  D: float) -> str:
    """The markers drawn once, into one transparent frame the bar's height
    that the render overlays on every frame: a drawbox per marker run on
    every frame made a render of 5,000 moments take over an hour. Markers
    on the same pixel column are one box (opaque when any is exact)."""
    columns: dict[int, bool] = {}
    for t, approximate in markers:
        if 0 <= t <= D:
            x = round(min(W - mw, max(0, W * t / D - mw / 2)))
            columns[x] = columns.get(x, True) and approximate
    boxes = [_box(x, 0, mw, mh, ffmpeg_colour(theme.marker_colour, 0.55 if approximate else 1.0)) + ":replace=1"
             for x, approximate in sorted(columns.items())]
    return f"color=c=black@0:s={W}x{mh}:r=1:d=1,format=rgba," + ",".join(boxes)


def video_filters(src: Input, overlay: Overlay, theme: Theme, *, preview_at: float | None = None) -> str:
    """The filter graph from ``[0:v]`` (and ``[0:a]``) to ``[v]`` (and ``[a]``)."""
    W, H, D = src.out_width, src.out_height, max(src.duration, 1e-3)
    chain: list[str] = [] if preview_at is None else _preview_frame(src, preview_at)
    if src.interlaced and (preview_at is not None or overlay.retimes):
        # A still, or frames held and slowed (a held field pair flickers): one picture a frame.
        chain.insert(0, DEINTERLACE)
    if (W, H) != (src.width, src.height):
        chain.append(f"pad={W}:{H}:0:0:black")  # libx264 4:2:0 needs even sides
    for hl in overlay.highlights:
        thick = max(2, round(theme.highlight_thickness * H))
        chain.append(_box(hl.x * W, hl.y * H, hl.w * W, hl.h * H, ffmpeg_colour(theme.highlight_colour),
                          enable=f"between(t,{hl.start:.3f},{hl.end:.3f})", thickness=str(thick)))
    graph: list[str] = []
    bar_h = max(2, round(theme.position_bar_height * H))
    mw = max(MIN_MARKER_PX, round(W / 400))
    mh = max(bar_h + 2, round(theme.marker_height * H))
    if overlay.position_bar:
        # A dark strip (the caption box's colour) under the bar and its markers, as captions have their box:
        # drawn straight on snow, sky or a white wall, the white track and markers vanished.
        backing_h = mh + BAR_BACKING_PX if overlay.markers else bar_h + BAR_BACKING_PX
        chain.append(_box(0, H - backing_h, W, backing_h, ffmpeg_colour(theme.box_colour, theme.box_opacity)))
        chain.append(_box(0, H - bar_h, W, bar_h, ffmpeg_colour("#FFFFFF", theme.position_bar_track_opacity)))
        if preview_at is not None:
            # One frame: a static box as wide as the elapsed part.
            chain.append(_box(0, H - bar_h, max(1, W * min(1.0, preview_at / D)), bar_h,
                              ffmpeg_colour(theme.accent_colour)))
            graph.append(src.video_in + ",".join(chain) + "[base]")
        else:
            # drawbox has no time variable: slide a bar-sized colour strip in from the left.
            graph.append(src.video_in + ",".join(chain or ["null"]) + "[base]")
            graph.append(f"color=c={ffmpeg_colour(theme.accent_colour)}:s={W}x{bar_h}:r={src.fps:.6g},"
                         "format=yuv420p[fill]")
            graph.append(f"[base][fill]overlay=x='-w+W*t/{D:.6f}':y={H - bar_h}:shortest=1:eof_action=pass"
                         "[bar]")
        chain = []
        head = "[bar]" if preview_at is None else "[base]"
        if any(0 <= t <= D for t, _ in overlay.markers):
            graph.append(_marker_strip(overlay.markers, theme, W, mw, mh, D) + "[marks]")
            graph.append(f"{head}[marks]overlay=x=0:y={H - mh}:eof_action=repeat:format=yuv420[marked]")
            head = "[marked]"
    else:
        head = src.video_in
    if overlay.ass_path:
        text = "ass=filename=" + filter_value(overlay.ass_path)
        if overlay.fonts_dir:
            text += ":fontsdir=" + filter_value(overlay.fonts_dir)
        chain.append(text)
    if preview_at is not None:
        chain.append("scale=w='round(iw*sar/2)*2':h=ih,setsar=1")  # a PNG has no pixel aspect: square pixels
    chain.append("format=yuv420p")
    retimes = () if preview_at is not None else overlay.retimes
    graph.append(head + ",".join(chain) + ("[v]" if not retimes else "[drawn]"))
    if retimes:
        graph.extend(_retime(src, retimes))
    return ";".join(graph)


def _atempo(factor: float) -> list[str]:
    """Audio ``factor`` times slower as a chain of atempo filters."""
    speed = 1 / factor
    out = []
    while speed < MIN_ATEMPO:
        out.append(f"atempo={MIN_ATEMPO}")
        speed /= MIN_ATEMPO
    out.append(f"atempo={speed:.6f}")
    return out


@dataclass(frozen=True)
class Piece:
    """One stretch ``start..end`` of the footage as the render plays it:
    ``factor`` times slower, then its last frame held ``hold`` seconds."""

    start: float
    end: float
    factor: float = 1.0
    hold: float = 0.0

    @property
    def length(self) -> float:
        return (self.end - self.start) * self.factor + self.hold


def _slow_ranges(src: Input, retimes: tuple[Retime, ...], frame: float) -> list[Retime]:
    """The slow ranges within the footage, overlapping ones merged into one
    (its footage is played slower once, not once per range: README, render)."""
    merged: list[Retime] = []
    for r in sorted((r for r in retimes if r.kind == "slow"), key=lambda r: r.start):
        start, end = max(0.0, r.start), min(r.end, src.duration)
        if end - start < frame:
            continue
        if merged and start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Retime("slow", last.start, max(last.end, end), max(last.amount, r.amount))
        else:
            merged.append(Retime("slow", start, end, r.amount))
    return merged


def _held_frame_end(at: float, fps: float, duration: float) -> float:
    """Where the frame shown at ``at`` seconds ends (frames on a 1/fps grid):
    a freeze cuts there, so its piece's last frame is the one at ``at``."""
    return min(duration, (math.floor(at * fps + 1e-6) + 1) / fps)


def retime_plan(src: Input, retimes: tuple[Retime, ...]) -> list[Piece]:
    """The footage cut at every slow range's ends and after every frozen
    frame, each piece with its slow-down and hold. A freeze inside a slow
    range holds its own frame for its seconds, the range slow on both sides;
    a freeze past the footage's end holds nothing."""
    fps = float(Fraction(src.rate)) if src.rate else src.fps or FALLBACK_FPS  # the frames' grid, not the average
    slows = _slow_ranges(src, retimes, 1 / fps)
    holds: dict[float, float] = {}
    for r in retimes:
        if r.kind == "freeze" and 0 <= r.start < src.duration:
            cut = _held_frame_end(r.start, fps, src.duration)
            holds[cut] = holds.get(cut, 0.0) + r.amount
    cuts = sorted({0.0, src.duration, *holds, *(x for r in slows for x in (r.start, r.end))})
    pieces: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        factor = next((r.amount for r in slows if r.start <= a < r.end), 1.0)
        if pieces and pieces[-1].hold == 0 and pieces[-1].factor == factor:
            pieces[-1] = Piece(pieces[-1].start, b, factor, holds.get(b, 0.0))
        else:
            pieces.append(Piece(a, b, factor, holds.get(b, 0.0)))
    return pieces


def _on_frames(label_in: str, label_out: str) -> str:
    """``setpts`` moving each frame of the joined pieces to the output frame it falls in (from the start
    of a frame: a micro-frame of slack for float error). A slowed frame is due between two output frames,
    often exactly halfway (every other one at 2.5x, or 1.5x); its time, rounded twice already (to the
    footage's ticks, then concat's microseconds), fell on either side, so the cadence was uneven (3, 2,
    3, 2, then 2, 2, 3, 3 at 2.5x of 29.97 fps); floored here it is even. Footage with no steady rate
    (``FRAME_RATE`` undefined) has no frame grid: its times pass as they are."""
    on_grid = "floor(floor(PTS*TB*FRAME_RATE+0.0001)/(FRAME_RATE*TB)+0.5)"
    return f"{label_in}setpts=" + filter_value(f"if(gt(FRAME_RATE,0),{on_grid},PTS)") + label_out


# How far before a hold's cut a frame may start and still be moved by the hold (float error of the times).
HOLD_CUT_SLACK = 1e-5


def _retimed_pts(src: Input, pieces: list[Piece]) -> str:
    """``setpts`` moving each frame of the footage to where :func:`retime_plan` plays it: every slow range
    before it adds its stretch, every hold before it its seconds. One map over the whole stream, not the
    footage cut into pieces: on variable-frame-rate footage the frame on screen at a piece's start began
    before it (a screen recording holds a frame for seconds), and a piece trimmed there started at its first
    frame instead: the picture ran ahead of the sound by the time to it."""
    terms = ["T"]
    for piece in pieces:
        if piece.factor != 1.0:
            terms.append(f"{piece.factor - 1:.6f}*clip(T-{piece.start:.6f},0,{piece.end - piece.start:.6f})")
        if piece.hold and piece.end < src.duration:
            terms.append(f"{piece.hold:.6f}*gte(T,{piece.end - HOLD_CUT_SLACK:.6f})")
    return "setpts=" + filter_value("round((" + "+".join(terms) + ")/TB)")


def _retime(src: Input, retimes: tuple[Retime, ...]) -> list[str]:
    """Play the footage as :func:`retime_plan` says: the picture by moving its frames (:func:`_retimed_pts`),
    the last one held to the planned length; the sound cut into the plan's pieces, each with atempo for a
    slow-down and silence for a hold, each its planned length, then joined, so it stays in step."""
    pieces = retime_plan(src, retimes)
    length = sum(p.length for p in pieces)
    video = [_retimed_pts(src, pieces), f"tpad=stop_mode=clone:stop_duration={length:.6f}", f"trim=end={length:.6f}"]
    out = ["[drawn]" + ",".join(video) + "[j]", _on_frames("[j]", "[t]" if src.rate else "[v]")]
    if src.rate:
        # A held frame repeated on every output frame: an MP4 of frames held unevenly (a hold, a slow range, a
        # gap of variable-frame-rate footage) ends at its decode times, short of its last frame's end (22.76 s
        # for 22.92). ffmpeg's own -fps_mode cfr filled a gap with the next frame, from the held one's old length.
        out.append(f"[t]fps=fps={src.rate}[v]")
    if src.has_audio:
        n = len(pieces)
        # Silence past the sound's end: a piece after it was empty, and two empty pieces failed the graph.
        out.append(f"[{src.audio_in}]apad=whole_dur={src.duration:.6f},asplit=" + str(n)
                   + "".join(f"[r{i}]" for i in range(n)))
        for i, piece in enumerate(pieces):
            au = [f"atrim=start={piece.start:.6f}:end={piece.end:.6f}", "asetpts=PTS-STARTPTS"]
            if piece.factor != 1.0:
                au.extend(_atempo(piece.factor))
            # Each piece exactly its planned length (silence for a hold; atempo's output ran ~60 ms short of a
            # slowed piece, so the sound after each slow range came that much early).
            au += [f"apad=whole_dur={piece.length:.6f}", f"atrim=end={piece.length:.6f}"]
            out.append(f"[r{i}]" + ",".join(au) + f"[q{i}]")
        out.append("".join(f"[q{i}]" for i in range(n)) + f"concat=n={n}:v=0:a=1[a]")
    return out


def output_duration(src: Input, overlay: Overlay) -> float:
    """Length of the rendered video: the footage as :func:`retime_plan` plays it."""
    if not overlay.retimes:
        return src.duration
    return sum(p.length for p in retime_plan(src, overlay.retimes))


def render_args(src: Input, overlay: Overlay, theme: Theme, out: str | os.PathLike[str], *,
                comment: str = "", graph_folder: str | None = None) -> list[str]:
    """ffmpeg arguments for the whole render in one pass; ``comment`` is
    stored in the file's metadata (what made it, for a rerun to recognise).
    With ``graph_folder`` a graph too long for one argument is written there
    (ffmpeg.filter_complex); without, the arguments are only to be shown."""
    graph = video_filters(src, overlay, theme)
    args = ["-i", src.path, *_graph(graph, graph_folder), "-map", "[v]"]
    retimed = bool(overlay.retimes)
    if src.has_audio:
        if retimed:
            args += ["-map", "[a]", "-c:a", "aac", "-b:a", AUDIO_BITRATE]
        elif src.audio_codec in MP4_AUDIO_COPY:
            args += ["-map", src.audio_in, "-c:a", "copy"]
        else:
            args += ["-map", src.audio_in, "-c:a", "aac", "-b:a", AUDIO_BITRATE]
    args += ["-c:v", "libx264", "-preset", theme.preset, "-crf", str(theme.crf), "-pix_fmt", "yuv420p",
             *_time_base(src, overlay), "-sn", "-dn", "-movflags", "+faststart"]
    if src.interlaced and not retimed:
        # Encoded interlaced, in the source's field order: a player deinterlaces it as it did the source
        # (flagged progressive, the woven fields were shown combed).
        args += ["-flags", "+ilme+ildct", "-x264opts", f"{src.interlaced}=1",
                 "-field_order", "tt" if src.interlaced == "tff" else "bb"]
    args += ["-metadata", f"comment={comment}"] if comment else []
    return [*args, "-f", "mp4", str(out)]


def _time_base(src: Input, overlay: Overlay) -> list[str]:
    """The encoder counting in the footage's time base, so each frame keeps its own time: by default it counts
    in 1/average rate, and a variable-frame-rate file's frames were moved onto that grid (a phone's frame at
    1.011 s written at 1.0 s; as clips.cut.exact). Not after a retime's ``fps`` filter (:func:`_retime`): its
    frames are on that rate's grid, which the default counts exactly (1001/30000 s) and 1/1000 s would not."""
    if not src.time_base or (overlay.retimes and src.rate):
        return []
    return ["-enc_time_base:v", src.time_base]


def _graph(graph: str, folder: str | None) -> list[str]:
    if folder is None:
        return ["-filter_complex", graph]
    from annotate.ffmpeg import filter_complex

    return filter_complex(graph, folder)


# How far before a preview's time its frames are read, in frames: the frame on screen then started up to
# one frame earlier.
PREVIEW_LEAD_FRAMES = 2


def _preview_start(src: Input, at: float) -> float:
    return max(0.0, at - PREVIEW_LEAD_FRAMES / (src.fps or FALLBACK_FPS))


def _preview_frame(src: Input, at: float) -> list[str]:
    """Filters giving a preview the full render's frame at ``at``, timed as the full render times it (from
    the file's start: after a seek ffmpeg times the frames from the seek, so they are moved back by it):
    the frames from just before ``at`` to just after it, each one up to ``at`` and the first one also when
    none starts by then; the image writer keeps the last: the frame on screen at ``at``."""
    start = _preview_start(src, at)
    end = at + PREVIEW_LEAD_FRAMES / (src.fps or FALLBACK_FPS)
    shift = [f"setpts=PTS+{start:.6f}/TB"] if src.seeks_exactly else []
    return [*shift, f"trim=start={start:.6f}:end={end:.6f}", "select=" + filter_value(f"lte(t,{at:.6f})+eq(n,0)")]


def preview_args(src: Input, overlay: Overlay, theme: Theme, at: float, out: str | os.PathLike[str], *,
                 graph_folder: str | None = None) -> list[str]:
    """ffmpeg arguments for one frame at ``at`` seconds as PNG, with its text
    and boxes as the full render draws them (:func:`_preview_frame`). Only a
    container that seeks exactly is sought into; another (an MPEG-TS capture)
    is read from its start. (Keeping the file's own times, ``-copyts``, drew
    the overlay timed from 0 on the frames of a capture whose times start
    at 11.4 s: never.)"""
    graph = video_filters(src, overlay, theme, preview_at=at)
    seek = ["-ss", f"{_preview_start(src, at):.6f}"] if src.seeks_exactly else []
    # passthrough: a constant-rate output would fill the time before the first frame with copies of it.
    return [*seek, "-i", src.path, *_graph(graph, graph_folder), "-map", "[v]", "-fps_mode", "passthrough",
            "-update", "1", "-f", "image2", "-c:v", "png", str(out)]
