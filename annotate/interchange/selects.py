"""Selects: one cut per moment, in story order, padded and clamped exactly as
``annotate clips`` cuts them (:func:`annotate.clips.plan.clip_span` computes
both), counted in whole frames of the footage; and the same cuts as an OTIO
timeline for the formats that go through OpenTimelineIO's adapters."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import opentimelineio as otio

from annotate.clips.media import FrameTable
from annotate.clips.plan import clip_span
from annotate.errors import AnnotateError, InputError
from annotate.escape import edl_reel, line_text
from annotate.interchange.common import (
    NTSC_SHORTHAND_FPS,
    by_time,
    footage_name,
    fps_of,
    marker_name,
    notify,
    timecode_start,
)
from annotate.model import Moment, Timeline
from annotate.timecode import frame_of


@dataclass(frozen=True)
class Cut:
    """One cut of the selects: positions [first, stop) of the footage at its
    rate, and where the moment itself starts and ends inside them."""

    moment: Moment
    first: int
    stop: int
    at: int
    until: int

    @property
    def frames(self) -> int:
        return self.stop - self.first


def rate(fps: float) -> Fraction:
    """The footage's frame rate as a fraction: shorthand such as 29.97 or
    23.976 is the NTSC rate it stands for (x/1001); else as given."""
    ntsc = round(fps * 1.001)
    if fps != round(fps) and abs(ntsc * 1000 / 1001 - fps) < NTSC_SHORTHAND_FPS:
        return Fraction(ntsc * 1000, 1001)
    return Fraction(fps).limit_denominator(1001)


def footage_frames(timeline: Timeline, fps: Fraction) -> int | None:
    f = timeline.footage
    return frame_of(f.duration, fps, end=True) if f and f.duration else None


def positions(timeline: Timeline, fps: Fraction, frames: FrameTable | None) -> int | None:
    """How many positions the footage spans: by its frame table, else its duration."""
    return round(frames.duration * fps) if frames else footage_frames(timeline, fps)


def frame_table(timeline: Timeline) -> FrameTable | None:
    """The footage's frame table (every frame's time, as ``annotate clips``
    reads it), or None when the footage is not at hand: then frame k is
    taken to start at k / fps, which footage whose first frame is not at 0
    (an AVI or MPEG-TS capture) does not honour."""
    from annotate.clips.media import scan
    from annotate.timeline import footage_path

    try:
        return scan(footage_path(timeline))
    except AnnotateError:
        return None


def cuts(timeline: Timeline, pad: tuple[float, float] | None = None, *,
         frames: FrameTable | None = None) -> list[Cut]:
    """The selects of ``timeline``: a cut per moment in time order, the span
    ``annotate clips`` would cut with the same ``pad`` (the same frames when
    ``frames``, the footage's frame table, is given; else frame k is taken to
    start at k / fps), as positions at the footage's rate. A moment the
    footage does not reach gets no cut (a warning says so)."""
    if pad is not None and (len(pad) != 2 or min(pad) < 0 or not all(map(math.isfinite, pad))):
        raise InputError(f"padding must be two times >= 0, got {pad}", subject="--pad")
    fps = rate(fps_of(timeline, editing=False))
    if frames is not None:
        # Editors count positions in time (MLT's position p shows what is on
        # screen at p / fps): a frame of the table is placed by its time.
        table = frames
        total: int | None = round(table.duration * fps)
        duration: float | None = table.duration

        def start_of(t: float) -> int:
            return round(table.times[table.frame_at(t)] * fps)

        def end_of(t: float) -> int:
            last = table.boundary_at(t) - 1
            return round(table.end_of(last) * fps) if last >= 0 else 0
    else:
        total = footage_frames(timeline, fps)
        duration = timeline.footage.duration if timeline.footage else None

        def start_of(t: float) -> int:
            return frame_of(t, fps)

        def end_of(t: float) -> int:
            return frame_of(t, fps, end=True)
    found: list[Cut] = []
    for moment in by_time(timeline):
        span = clip_span(moment, duration, pad)
        if isinstance(span, str):
            notify(f"selects: moment {moment.id or _at(moment)} gets no cut: {span}")
            continue
        first = start_of(span.start)
        stop = max(first + 1, end_of(span.end))
        if total is not None:
            stop = min(stop, total)
        at = min(max(start_of(moment.effective_start), first), stop - 1)
        end = moment.effective_end
        until = at if end is None else min(max(end_of(end), at), stop)
        found.append(Cut(moment, first, stop, at, until))
    if not found:
        raise InputError("no moment falls inside the footage: the selects would be empty", subject="--selects")
    return found


def _at(moment: Moment) -> str:
    return f"at {moment.effective_start:g} s"


def to_otio(timeline: Timeline, pad: tuple[float, float] | None = None, *,
            marker_metadata: str | None = None, frames: FrameTable | None = None) -> otio.schema.Timeline:
    """The selects as an OTIO timeline: one video track, one clip per cut
    (all from the footage, counted at the footage's rate; the same cuts on an
    audio track when the footage has sound), each with a marker
    at its moment (its metadata under ``marker_metadata``, as the footage's
    markers have); names are one line of plain text (EDL comments, XML)."""
    from annotate.interchange.otio import marker_color, moment_metadata, target_url, with_sound

    fps = rate(fps_of(timeline, editing=False))
    chosen = cuts(timeline, pad, frames=frames)
    total = positions(timeline, fps, frames) or max(c.stop for c in chosen)

    # Source times count from the footage's own timecode (01:00:00:00 on a camera's file), as editors read them.
    first = frame_of(timecode_start(timeline.footage, float(fps)), fps)

    def rt(frames: int) -> otio.opentime.RationalTime:
        return otio.opentime.RationalTime(first + frames, float(fps))

    def length(frames: int) -> otio.opentime.RationalTime:
        return otio.opentime.RationalTime(frames, float(fps))

    available = otio.opentime.TimeRange(rt(0), length(total))
    url = target_url(timeline)
    name = line_text(footage_name(timeline))
    reel = edl_reel(url.replace("\\", "/").rsplit("/", 1)[-1] if url else name)
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    for cut in chosen:
        ref = otio.schema.ExternalReference(target_url=line_text(url), available_range=available) if url \
            else otio.schema.MissingReference(available_range=available)
        clip = otio.schema.Clip(name=name, media_reference=ref,
                                source_range=otio.opentime.TimeRange(rt(cut.first), length(cut.frames)))
        clip.metadata["cmx_3600"] = {"reel": reel}
        marker = otio.schema.Marker(name=marker_name(cut.moment), color=marker_color(cut.moment),
                                    marked_range=otio.opentime.TimeRange(rt(cut.at), length(cut.until - cut.at)))
        if marker_metadata:
            marker.metadata[marker_metadata] = moment_metadata(cut.moment)
        clip.markers.append(marker)
        track.append(clip)
    result = otio.schema.Timeline(name=line_text(f"Selects: {timeline.title or name}"))
    result.tracks.extend(with_sound([track], [bool(timeline.footage and timeline.footage.has_audio)]))
    return result
