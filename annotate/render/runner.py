"""Render an explainer: probe the footage, lay out the text, run the one
ffmpeg pass into a temporary file, rename it into place."""

from __future__ import annotations

import contextlib
import os
import time
import warnings as _warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from annotate import ffmpeg, overwrite, owned
from annotate import fonts as fontlib
from annotate.atomic import atomic_path, lock_holder, shared_output_folder, working_folder
from annotate.errors import BusyWarning, InputError, MediaError, MediaWarning, OutputError, collected
from annotate.model import Timeline
from annotate.render.document import (
    Frame,
    RenderWarning,
    Shown,
    build,
    burnt_in_start,
    caption_cues,
    recorded_timecode,
)
from annotate.render.graph import (
    MP4_AUDIO_COPY,
    Highlight,
    Input,
    Overlay,
    Retime,
    output_duration,
    preview_args,
    render_args,
)
from annotate.render.theme import Elements, Theme
from annotate.timecode import FALLBACK_FPS
from annotate.timeline import check_footage, footage_path

if TYPE_CHECKING:
    from annotate.probe import MediaInfo
    from annotate.subtitles.cues import Cue

MIN_SIDE_PX = 16  # below this no text or bar can be drawn legibly
MAX_SIDE_PX = 8192  # libx264 level limits; 8K is the largest footage we accept
FREEZE_TAG = "freeze"
SLOW_TAG = "slow"
DEFAULT_POINT_HIGHLIGHT_SECONDS = 3.0


@dataclass(frozen=True)
class RenderReport:
    out: Path
    duration: float  # seconds of output video
    seconds: float  # wall time
    width: int
    height: int
    captions: int
    warnings: tuple[str, ...] = ()
    command: str = ""
    fonts: tuple[str, ...] = field(default=())
    reused: bool = False  # the output was already this render (an earlier, finished run): kept, not redone

    @property
    def realtime_factor(self) -> float:
        """Seconds of video rendered per second of wall time."""
        return self.duration / self.seconds if self.seconds > 0 else float("inf")


def probe_input(path: str | os.PathLike[str]) -> Input:
    """What the graph needs to know about the footage (via annotate.probe,
    which rejects audio-only, cover-art-only and truncated files), or a MediaError."""
    from annotate.probe import probe

    info = probe(path)
    width, height = info.display_size  # ffmpeg turns the picture upright while decoding
    if min(width, height) < MIN_SIDE_PX:
        raise MediaError(f"picture is {width}x{height}: too small for an overlay "
                         f"(each side needs at least {MIN_SIDE_PX} px)", subject=info.path)
    if max(width, height) > MAX_SIDE_PX:
        raise MediaError(f"picture is {width}x{height}: larger than {MAX_SIDE_PX} px, "
                         "scale it down first", subject=info.path)
    if info.tracks:
        _warnings.warn(info.tracks, MediaWarning, stacklevel=2)
    return Input(ffmpeg.local(info.path), width, height, info.fps or FALLBACK_FPS, info.duration, info.has_audio,
                 info.audio_codec, info.seeks_exactly, info.timecode, _filter_rate(info), _fraction(info.time_base),
                 info.video_stream, info.audio_stream, info.interlaced)


def overlay_frame(src: Input, timeline: Timeline, theme: Theme) -> Frame:
    """The picture and timing the overlay is laid out for: the footage's,
    its burnt-in timecode counting from the file's own start timecode (the
    probed one, else the one the timeline records: :func:`burnt_in_start`)."""
    timecode = src.timecode or recorded_timecode(timeline)
    start = burnt_in_start(timecode, src.fps, theme, src.path)
    return Frame(src.out_width, src.out_height, src.duration, src.fps, start=start)


def _on_own_frames(cues: list[Cue], path: Path, src: Input) -> list[Cue]:
    """Captions on a variable-frame-rate file from the frames their times name, not the next (``on_frames``)."""
    from annotate.probe import variable_frame_times
    from annotate.subtitles.cues import on_frames

    return on_frames(cues, variable_frame_times(path), src.duration) if cues else cues


def _filter_rate(info: MediaInfo) -> str | None:
    """The rate ffmpeg's filters run the picture at (the probe's guessed rate: its ``fps`` is the average, which
    on variable-frame-rate footage is no frame grid), as ``num/den``."""
    return _fraction(info.guessed_rate)


def _fraction(value: Fraction | None) -> str | None:
    """A rate or time base as ffmpeg's options take it (``num/den``)."""
    return f"{value.numerator}/{value.denominator}" if value else None


def overlay_marks(timeline: Timeline, duration: float, theme: Theme, elements: Elements) -> tuple:  # type: ignore[type-arg]
    """Markers, highlight boxes and retimes from the moments (pure)."""
    markers = tuple((m.effective_start, m.approximate and m.alignment is None) for m in timeline.moments
                    if m.effective_start <= duration)
    highlights = []
    retimes = []
    for m in timeline.moments:
        start = m.effective_start
        end = m.effective_end if m.effective_end is not None else start + DEFAULT_POINT_HIGHLIGHT_SECONDS
        if elements.highlight and m.highlight is not None:
            x, y, w, h = m.highlight
            highlights.append(Highlight(x, y, w, h, start, min(end, duration)))
        tags = {t.lower() for t in m.tags}
        if elements.retime and FREEZE_TAG in tags:
            retimes.append(Retime("freeze", start, start, theme.freeze_seconds))
        elif elements.retime and SLOW_TAG in tags and m.effective_end is not None:
            retimes.append(Retime("slow", start, m.effective_end, theme.slow_factor))
    return markers, tuple(highlights), tuple(retimes)


def render(
    timeline: Timeline,
    out: str | os.PathLike[str],
    *,
    footage: str | os.PathLike[str] | None = None,
    theme: Theme | None = None,
    elements: Elements | None = None,
    preview_at: float | None = None,
    on_progress: Callable[[float], None] | None = None,
    clean_folder: bool = True,
    force: bool = False,
    recorded: bool = False,
) -> RenderReport:
    """Draw the explainer overlay onto the footage in one ffmpeg pass.

    ``out`` is an .mp4 (or one .png frame when ``preview_at`` is given, in
    footage seconds). ``on_progress`` is called with the fraction done
    (0..1, never decreasing). Warnings (fonts, captions dropped) are
    warnings (RenderWarning, SubtitleWarning) and go into the report too.
    ``clean_folder`` takes the output folder's lock, shared with other
    renders (atomic.shared_output_folder), and removes what a killed run left
    there; a caller that already holds a lock over it (batch) and
    cleans it itself passes False. An existing ``out`` that is no MP4 (or
    PNG) is refused unless ``force`` (annotate.overwrite). ``recorded``: the
    file is noted in its folder's record of the files annotate wrote
    (annotate.owned) before it takes its name, as a folder command (batch)
    notes its outputs, so that a rerun tells it from a user's file.
    """
    theme = theme or Theme()
    elements = elements or Elements()
    timeline = timeline.placed()  # a clock time not placed yet has nowhere to be drawn
    out = Path(out)
    if preview_at is None and out.suffix.lower() not in (".mp4", ".m4v", ".mov"):
        raise OutputError("render writes MP4: name the output .mp4 (or use --preview TIME with .png)",
                          subject=out)
    if preview_at is not None and out.suffix.lower() != ".png":
        raise OutputError("a preview is one PNG frame: name the output .png", subject=out)
    overwrite.check(out, "mp4" if preview_at is None else "png", force=force)
    src_path = footage_path(timeline, Path(footage) if footage is not None else None)
    ffmpeg.require("libx264", "ass", "drawbox", "overlay", purpose="render overlays")
    src = probe_input(src_path)
    check_footage(timeline, src_path)
    if preview_at is not None and not 0 <= preview_at < src.duration:
        raise InputError(f"preview time {preview_at:g} s is outside the footage (0..{src.duration:.3f} s)",
                         subject="--preview")
    if preview_at is not None:
        # ffmpeg's seek drops every frame that starts before the time asked: past the last frame's start
        # (inside the footage's last frame) it wrote nothing. That frame is the one on screen then.
        preview_at = min(preview_at, max(0.0, src.duration - 1 / src.fps))
    said: list[str] = []

    def note(message: str) -> None:
        said.append(message)
        _warnings.warn(message, RenderWarning, stacklevel=3)

    with collected(said, keep=True):
        frame = overlay_frame(src, timeline, theme)
        cues = _on_own_frames(caption_cues(timeline, frame, theme), src_path, src) if elements.captions else []
    texts = [c.text for c in cues]
    texts += [timeline.title] if elements.title else []
    texts += [timeline.credit or ""] if elements.credit else []
    plan = fontlib.plan(texts, family=theme.font, mono=theme.mono_font, font_file=theme.font_file)
    for message in plan.warnings:
        note(message)
    with collected(said, keep=True):
        doc = build(timeline, frame, theme=theme, elements=elements, fonts=plan, cues=cues,
                    keep_clear=_burnt_in_clock(src_path))
    markers, highlights, retimes = overlay_marks(timeline, src.duration, theme, elements)
    if preview_at is None and src.has_audio and not retimes and src.audio_codec not in MP4_AUDIO_COPY:
        note(f"{src_path}: its {src.audio_codec or 'unknown'} sound is encoded to AAC for the MP4 (not every "
             f"MP4 player plays {src.audio_codec or 'it'} there)")
    if src.interlaced and retimes and preview_at is None:
        note(f"{Path(src_path).name} is interlaced: deinterlaced (bwdif) for its freezes and slow motion, "
             "which hold and repeat frames; without them the render keeps its fields")
    started = time.perf_counter()
    # The working folder (overlay, font links) lives beside the output, where
    # a rerun finds and removes it if this run is killed.
    # Renders share the folder (each writes under names of its own): one waits only for a run that holds
    # the folder whole (clips, review, a batch), and says so.
    guard = shared_output_folder(out.parent, on_wait=lambda: _waiting(out.parent)) if clean_folder \
        else contextlib.nullcontext()
    with guard, working_folder(out.parent) as work_path:
        work = str(work_path)
        ass_path = os.path.join(work, "overlay.ass")
        doc.save(ass_path, encoding="utf-8", format_="ass")
        fonts_dir = _fonts_dir(work, plan)
        overlay = Overlay(position_bar=elements.position_bar, markers=markers if elements.position_bar else (),
                          highlights=highlights, retimes=retimes, ass_path=ass_path, fonts_dir=fonts_dir)
        duration = output_duration(src, overlay) if preview_at is None else 0.0
        stamp = ""
        if preview_at is None:
            stamp = render_stamp(src, overlay, theme, doc.to_string("ass"), src_path, plan.files())
            if is_finished(out, stamp):  # an earlier run finished this very render: not redone
                return RenderReport(
                    out=out, duration=duration, seconds=time.perf_counter() - started, width=frame.width,
                    height=frame.height, captions=len(cues), warnings=tuple(said), fonts=tuple(plan.files()),
                    command=ffmpeg.quote_command(ffmpeg.command(render_args(src, overlay, theme, out,
                                                                            comment=stamp))),
                    reused=True)
        with owned.owned_path(out.parent, out.name) if recorded else atomic_path(out) as tmp:
            # ``args`` (the report's command) keeps the graph inline, as a user would run it; the run itself
            # may read a long graph from the working folder.
            if preview_at is not None:
                args = preview_args(src, overlay, theme, preview_at, ffmpeg.local(tmp))
                ffmpeg.run(preview_args(src, overlay, theme, preview_at, ffmpeg.local(tmp), graph_folder=work),
                           what="ffmpeg preview", output=out)
            else:
                args = render_args(src, overlay, theme, ffmpeg.local(tmp), comment=stamp)
                _run_with_progress(render_args(src, overlay, theme, ffmpeg.local(tmp), comment=stamp,
                                               graph_folder=work), duration, on_progress, out)
            if not tmp.exists() or tmp.stat().st_size == 0:
                raise OutputError("ffmpeg wrote nothing", subject=out)
        if stamp:
            _remember(out, stamp)
    return RenderReport(
        out=out, duration=duration, seconds=time.perf_counter() - started,
        width=frame.width, height=frame.height, captions=len(cues), warnings=tuple(said),
        command=ffmpeg.quote_command(ffmpeg.command(args)), fonts=tuple(plan.files()),
    )


STAMP_PREFIX = "annotate render "


def render_stamp(src: Input, overlay: Overlay, theme: Theme, overlay_text: str, footage: str | os.PathLike[str],
                 fonts: list[str]) -> str:
    """What a render is made of, as one digest stored in its metadata: the ffmpeg pass (its footage
    and working files named alike however they are reached), the overlay's text and styles, the fonts'
    content (a font replaced at the same path, a new version of the house font, draws other glyphs), the
    footage's content, and the versions of annotate and ffmpeg. The same digest on an existing output means a
    rerun would write the same file: an interrupted run of several videos does not redo the finished ones."""
    import hashlib
    import json
    from dataclasses import replace

    from annotate import __version__
    from annotate.digest import versioned_sha256

    placed = replace(overlay, ass_path="WORK/overlay.ass", fonts_dir="WORK/fonts" if overlay.fonts_dir else None)
    parts = [__version__, ffmpeg.binary().version, versioned_sha256(footage), overlay_text,
             render_args(replace(src, path="FOOTAGE"), placed, theme, "OUT"), [versioned_sha256(f) for f in fonts]]
    return STAMP_PREFIX + hashlib.sha256(json.dumps(parts).encode("utf-8", "surrogatepass")).hexdigest()


def stamp_of(out: Path) -> str | None:
    """The render stamp stored in ``out``, if it is a finished render of ours (else None)."""
    import av

    if not out.is_file() or out.is_symlink():
        return None
    try:
        with av.open(ffmpeg.local(out)) as container:
            comment = container.metadata.get("comment")
    except (av.error.FFmpegError, OSError, UnicodeDecodeError):
        return None
    return comment if isinstance(comment, str) and comment.startswith(STAMP_PREFIX) else None


def _waiting(folder: Path) -> None:
    pid = lock_holder(folder)
    _warnings.warn(f"waiting for another annotate run in {folder}" + (f" (pid {pid})" if pid else ""), BusyWarning,
                   stacklevel=2)


RECORDS_FOLDER = "renders"


def _record(stamp: str) -> Path:
    from annotate.cache import cache_dir

    return cache_dir(RECORDS_FOLDER) / f"{stamp.removeprefix(STAMP_PREFIX)}.json"


def is_finished(out: Path, stamp: str) -> bool:
    """Whether ``out`` is still a file a run wrote for ``stamp``: the stamp in its metadata says what it
    was made from, not that it is still that file (a trim keeps the metadata, damage keeps it too), so its
    size and sha256 must be among those recorded when such files were written. No record (another machine, a
    cleared cache): render again, which costs time only."""
    from annotate.digest import file_digest

    if stamp_of(out) != stamp:
        return False
    return list(file_digest(out)) in _written(stamp)


KEPT_PER_STAMP = 8  # the same render written to several names (which need not be the same bytes)


def _written(stamp: str) -> list[list[object]]:
    """The [size, sha256] of the files recorded for ``stamp``, newest last."""
    import json

    try:
        recorded = json.loads(_record(stamp).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    files = recorded.get("files") if isinstance(recorded, dict) else None
    return [f for f in files if isinstance(f, list) and len(f) == 2] if isinstance(files, list) else []


def _remember(out: Path, stamp: str) -> None:
    """Record the size and sha256 of the render just written for ``stamp`` (see is_finished), beside those of
    other outputs of the same render."""
    import json

    from annotate.atomic import write_text
    from annotate.cache import cache_dir
    from annotate.digest import file_digest

    written = list(file_digest(out))
    files = [f for f in _written(stamp) if f != written][-(KEPT_PER_STAMP - 1):] + [written]
    try:
        cache_dir(RECORDS_FOLDER, create=True)
        write_text(_record(stamp), json.dumps({"files": files}))
    except (OSError, OutputError):
        pass  # a read-only cache costs a rerun's time only


def _burnt_in_clock(path: str | os.PathLike[str]) -> list[Shown]:
    """Where the footage shows its own clock, when ``align`` or ``clock`` has
    read it (the cached clock map: nothing is read here), for the overlay to
    keep clear of: an explainer must not hide the evidence it explains."""
    from annotate.clock.place import known_clock_map
    from annotate.digest import versioned_sha256

    clock_map = known_clock_map(path, versioned_sha256(path))  # (the file drawn on: --footage may name another)
    return [] if clock_map is None else [(s.start, s.end, s.region) for s in clock_map.segments]


def _fonts_dir(work: str, plan: fontlib.FontPlan) -> str | None:
    """A folder of links to the resolved font files for libass (``fontsdir``),
    so the fonts found here are used even if ffmpeg's fontconfig differs."""
    files = plan.files()
    if not files:
        return None
    folder = os.path.join(work, "fonts")
    os.mkdir(folder)
    for i, path in enumerate(files):
        link = os.path.join(folder, f"{i:02d}{Path(path).suffix.lower()}")
        try:
            os.symlink(path, link)
        except OSError:
            return None
    return folder


def _run_with_progress(args: list[str], duration: float, on_progress: Callable[[float], None] | None,
                       out: Path) -> None:
    if on_progress is None:
        ffmpeg.run(args, what="ffmpeg render", output=out)
        return
    done = [0.0]

    def update(fraction: float) -> None:
        if fraction > done[0]:  # audio and video report apart
            done[0] = fraction
            on_progress(fraction)

    ffmpeg.run(args, duration=duration, on_progress=update, what="ffmpeg render", output=out)
