"""CMX 3600 EDL (``.edl``) through OpenTimelineIO's ``cmx_3600`` adapter: one
event for the footage, each moment a locator (``* LOC:``) on it. Several
videos: one event each, back to back, its reel named from the video's id
(:func:`annotate.escape.edl_reels`: 8 letters or digits, distinct) and an
``* ANNOTATE VIDEO: <id>`` comment that :func:`loads` reads back, each
video's locators at its own footage's times (the CMX writer handles one
video track: the events follow one another in record time).

The adapter writes locator text in capitals (Avid's convention) and EDLs keep
no quotes or alignment (each moment's id rides in an ``* ANNOTATE ID: LOC n
"<id>"`` comment that :func:`loads` reads back): times survive to the frame, texts upper-cased,
colours as written. A locator has no length, so a ranged moment also gets a
``* ANNOTATE RANGE: LOC n TO <timecode>`` comment that :func:`loads` reads
back (other tools show it as a comment). An EDL does not state its frame
rate: the rate is written as a comment too; a file without it is read at
``fps=`` (``annotate import --fps``) or 25 with a warning.

DaVinci Resolve's marker EDLs (an event a marker, its name and colour in a
``|C:... |M:... |D:...`` line) are read as locators
(:mod:`annotate.interchange.resolve_markers`).

Positions: record time from the first event's record-in is 0:00. The CMX
reader takes a locator's timecode as source time of its event; one outside
its event's source range is an editor's record time and is placed there.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from typing import Any

import opentimelineio as otio

from annotate import validate
from annotate.clips.media import FrameTable
from annotate.errors import InputError, OutputError, TimeFormatError
from annotate.escape import edl_reel, edl_reels, line_text
from annotate.interchange import resolve_markers
from annotate.interchange.common import DAY_SECONDS, NTSC_SHORTHAND_FPS, counted_at_timecode_rate, fps_of, notify, where
from annotate.interchange.from_otio import ID_FIELD, META, from_otio, on_top, per_video, plain, seconds
from annotate.interchange.otio import plain_footage_names, to_otio
from annotate.interchange.otio_adapters import rewritten, write_string
from annotate.model import Timeline
from annotate.timecode import FALLBACK_FPS, format_clock

EXTENSIONS = (".edl",)
# The moment fields an import takes from the file (the others stay the timeline's: interchange.import_into).
CARRIES = ("end", "caption", "color")
_NUMBER = re.compile(r"^[0-9]+(?:\.[0-9]*)?$|^\.[0-9]+$")
_RATE = re.compile(r"^\*\s*ANNOTATE RATE:\s*([0-9.]+)\s*$", re.MULTILINE)
_VIDEO = re.compile(r"^ANNOTATE VIDEO:\s*(.*?)\s*$")
_RANGE = re.compile(r"^ANNOTATE RANGE:\s*LOC\s+(\d+)\s+TO\s+(\d{2}:\d{2}:\d{2}[:;]\d{2})\s*$")
# A locator's moment id, as a JSON string (an EDL is ASCII, one line a comment).
_ID = re.compile(r"^ANNOTATE ID:\s*LOC\s+(\d+)\s+(\".*\")\s*$")
_TIMECODE = re.compile(r"^(\d{2}):(\d{2}):(\d{2})[:;.](\d{2,3})$")
_EVENT = re.compile(r"^\s*(\d{1,6})\s+\S")
_LOCATOR = re.compile(r"^\s*\*\s*LOC:\s*(\S+)", re.IGNORECASE)
_LOCATOR_LINE = re.compile(r"^(\s*\*\s*LOC:\s*)(\d\d:\d\d:\d\d[:;.]\d\d)([^\n]*)$", re.MULTILINE | re.IGNORECASE)
_MISMATCH = re.compile(r"duration don't match: RationalTime\(([\d.]+), [\d.]+\) != "
                       r"RationalTime\(([\d.]+), [\d.]+\) for clip (.*)$", re.DOTALL)


def timecode_rate(fps: float, subject: str | None) -> float:
    """``fps`` as a rate SMPTE timecode counts at: shorthand such as 29.97 or
    23.976 is taken as the NTSC rate it stands for (OTIO's timecode refuses
    the shorthand itself); a rate timecode cannot count at is refused."""
    if fps <= 0 or not math.isfinite(fps):
        raise InputError(f"frame rate must be a finite number > 0, not {fps!r}", subject=subject)
    nearest = float(otio.opentime.RationalTime.nearest_valid_timecode_rate(fps))
    if abs(nearest - fps) > NTSC_SHORTHAND_FPS:
        raise InputError(f"EDL timecode cannot count at {fps:g} fps (nearest timecode rate {nearest:g})",
                         subject=subject)
    return nearest


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None, **opts: Any) -> str:
    timeline = counted_at_timecode_rate(timeline, "EDL timecode")
    fps = timecode_rate(fps_of(timeline), "frame rate")
    tl = to_otio(timeline, whole_frames=True, selects=selects, pad=pad, frames=frames)
    tl.name = line_text(tl.name)[:70]  # TITLE: is one line
    # The adapter writes names and the media path into comment lines as they
    # are: a line break in a footage name would start a new event.
    clips = plain_footage_names(tl)
    several = len(clips) > 1 and not selects
    if several:  # one track, the videos' clips one after another (the adapter writes one video track)
        track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
        for clip in clips:
            track.append(clip.deepcopy())
        tl.tracks[:] = [track]
        clips = list(track.find_clips())
        reels = edl_reels([v.id for v in timeline.videos])
    else:
        clip = clips[0]
        reel_from = clip.name
        if isinstance(clip.media_reference, otio.schema.ExternalReference):
            reel_from = clip.media_reference.target_url.replace("\\", "/").rsplit("/", 1)[-1]
        reels = [edl_reel(reel_from)]
    for n, clip in enumerate(clips[:len(reels)]):
        comments = [f"ANNOTATE RATE: {fps:g}"] if n == 0 else []
        if several:
            comments.append(f"ANNOTATE VIDEO: {timeline.videos[n].id}")
        for k, marker in enumerate(clip.markers, start=1):
            moment_id = str((plain(marker.metadata.get(META)) or {}).get("id") or "")
            if META in marker.metadata:  # (pop would hand back a destroyed dictionary)
                del marker.metadata[META]
            if moment_id:
                comments.append(f"ANNOTATE ID: LOC {k} {json.dumps(moment_id)}")
            r = marker.marked_range
            if r.duration.value > 0:
                comments.append(f"ANNOTATE RANGE: LOC {k} TO "
                                f"{otio.opentime.to_timecode(r.end_time_exclusive(), fps)}")
        clip.metadata["cmx_3600"] = {"comments": comments, "reel": reels[n]}
    _within_a_day(tl, fps)
    return write_string(tl, "cmx_3600", kind="a CMX 3600 EDL", rate=fps, **opts)


def _within_a_day(tl: otio.schema.Timeline, fps: float) -> None:
    """Refuse a timeline whose record or source times (events, locators,
    ranges) reach 24 hours, rather than let them wrap round to 00."""
    ends = [tl.duration()]
    for clip in tl.find_clips():
        ends += [clip.trimmed_range().end_time_exclusive()]
        ends += [marker.marked_range.end_time_exclusive() for marker in clip.markers]
    latest = max(end.to_seconds() for end in ends)
    if latest >= DAY_SECONDS:
        last = otio.opentime.RationalTime(DAY_SECONDS * fps - 1, fps)
        raise OutputError(f"runs to {format_clock(latest)}, past {otio.opentime.to_timecode(last, fps)}, the latest "
                          "time EDL timecode can hold (export .otio, .xml or .fcpxml)", subject="EDL")


def _check_timecode(text: str, fps: float, origin: str | None, line: int, what: str) -> None:
    m = _TIMECODE.match(text)
    problem = None
    if not m:
        problem = f"not a timecode (hh:mm:ss:ff): {text!r}"
    elif int(m.group(2)) > 59 or int(m.group(3)) > 59:
        problem = f"minutes or seconds over 59 in {text!r}"
    elif int(m.group(4)) >= math.ceil(fps):
        problem = f"frame {m.group(4)} does not exist at {fps:g} fps in {text!r}"
    if problem:
        raise TimeFormatError(problem, subject=f"{where(origin, line)}, {what}")


def _validate(text: str, fps: float, origin: str | None) -> None:
    """Check every timecode before the adapter sees the file, so an error
    names the line (the adapter's own errors do not)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if (m := _EVENT.match(line)) and not line.lstrip().startswith(("*", "TITLE", "FCM")):
            fields = line.split()
            times = fields[-4:]
            if len(fields) < 7:
                raise InputError("event line has too few fields (expected 4 timecodes)",
                                 subject=f"{where(origin, number)}, event {m.group(1)}")
            for name, value in zip(("source in", "source out", "record in", "record out"), times, strict=True):
                _check_timecode(value, fps, origin, number, f"event {m.group(1)} {name}")
        elif m := _LOCATOR.match(line):
            _check_timecode(m.group(1), fps, origin, number, "locator")


def _rate(text: str, fps: float | None, origin: str | None) -> float:
    """The rate to read at: ``fps`` if given, else the one this tool wrote,
    else 25 with a warning (an EDL's timecodes alone do not tell)."""
    if fps is not None:
        return timecode_rate(validate.number(fps, subject="--fps", low=0, low_open=True,
                                             high=validate.MAX_FRAME_RATE), "--fps")
    found = _RATE.search(text)
    if found:
        subject = f"{where(origin, text[:found.start()].count(chr(10)) + 1)}: ANNOTATE RATE"
        if not _NUMBER.match(found.group(1)):
            raise InputError(f"not a number: {found.group(1)!r}", subject=subject)
        stated = validate.number(float(found.group(1)), subject=subject, low=0, low_open=True,
                                 high=validate.MAX_FRAME_RATE)
        return timecode_rate(stated, subject)
    notify(f"{origin or '<input>'}: the EDL does not state its frame rate; read at {FALLBACK_FPS:g} fps "
           "(pass --fps to choose)")
    return FALLBACK_FPS


def _readable_locators(text: str, fps: float) -> str:
    """Locator lines as the CMX reader can read them: it skips a drop-frame
    timecode (``01:00:00;02``, which its own writer writes at 29.97), a
    timecode with nothing after it and a ``* loc:`` not in capitals,
    silently. The same frame is written in non-drop notation, followed by a
    space, after ``* LOC:``."""
    def fix(m: re.Match[str]) -> str:
        frame = otio.opentime.from_timecode(m.group(2), fps)
        return f"* LOC: {otio.opentime.to_timecode(frame, fps, drop_frame=False)} {m.group(3).lstrip()}"
    return _LOCATOR_LINE.sub(fix, text)


def _record_time_locators(tl: otio.schema.Timeline, fps: float, origin: str | None) -> None:
    """Move each locator whose timecode lies outside its event's source range
    to that timecode as record time (OTIO maps it into the clip's time)."""
    for clip in tl.find_clips():
        source = clip.trimmed_range()
        for marker in clip.markers:
            at = marker.marked_range.start_time
            if source.contains(at) or at == source.end_time_exclusive():
                continue
            marker.marked_range = tl.tracks.transformed_time_range(marker.marked_range, clip)
            notify(f"{origin or '<input>'}: locator {marker.name!r} at {otio.opentime.to_timecode(at, fps)} "
                   f"lies outside its event's source range; placed at that record time")


def _ranges(tl: otio.schema.Timeline, fps: float) -> None:
    """Give locators back the length an ``ANNOTATE RANGE`` comment records,
    and the moment id an ``ANNOTATE ID`` comment records."""
    for clip in tl.find_clips():
        for comment in (plain(clip.metadata.get("cmx_3600")) or {}).get("comments") or ():
            if (named := _ID.match(str(comment))) and 1 <= int(named.group(1)) <= len(clip.markers):
                marker = clip.markers[int(named.group(1)) - 1]
                with contextlib.suppress(ValueError):  # a comment edited by hand: the locator is numbered
                    moment_id = json.loads(named.group(2))
                    marker.metadata["cmx_3600"] = (plain(marker.metadata.get("cmx_3600")) or {}) | {
                        ID_FIELD: str(moment_id)}
            m = _RANGE.match(str(comment))
            n = int(m.group(1)) if m else 0
            if m and 1 <= n <= len(clip.markers):
                marker = clip.markers[n - 1]
                end = otio.opentime.from_timecode(m.group(2), fps)
                if end > marker.marked_range.start_time:
                    start = marker.marked_range.start_time
                    marker.marked_range = otio.opentime.TimeRange(start, end - start)


def _read(text: str, rate: float, origin: str | None) -> otio.schema.Timeline:
    """The CMX reader's timeline. Source and record durations that differ (often
    a sign of the wrong rate) are read as the reader's own option does, moving
    the record out, with a warning naming the first such clip."""
    with rewritten("not a CMX 3600 EDL", "OpenTimelineIO's cmx_3600 adapter", origin=origin):
        try:
            tl = otio.adapters.read_from_string(text, "cmx_3600", rate=rate)
        except Exception as exc:  # the reader's EDLParseError, among others
            m = _MISMATCH.search(str(exc))
            if m is None:
                raise
            notify(f"{origin or '<input>'}: clip {m.group(3).strip()!r}: source and record durations differ "
                   f"({float(m.group(1)):g} vs {float(m.group(2)):g} frames at {rate:g} fps; the first such "
                   "event): read with its record out moved to match; is the rate right (--fps)?")
            tl = otio.adapters.read_from_string(text, "cmx_3600", rate=rate, ignore_timecode_mismatch=True)
    return tl


def _video_of(clip: otio.schema.Clip) -> str:
    """The id an ``ANNOTATE VIDEO`` comment gives the event's video, or ""."""
    for comment in (plain(clip.metadata.get("cmx_3600")) or {}).get("comments") or ():
        if m := _VIDEO.match(str(comment)):
            return m.group(1)
    return ""


def loads(text: str, *, origin: str | None = None, fps: float | None = None) -> Timeline:
    rate = _rate(text, fps, origin)
    _validate(text, rate, origin)
    tl = _read(_readable_locators(resolve_markers.as_locators(text, rate, origin), rate), rate, origin)
    _ranges(tl, rate)
    _record_time_locators(tl, rate, origin)
    clips = list(tl.find_clips())
    ids = [_video_of(c) for c in clips]
    if len(clips) > 1 and all(ids):  # annotate's EDL of several videos: each event is one
        return per_video(tl, ids, lambda alone: from_otio(alone, origin=origin, rate=rate, ours=True),
                         origin=origin)
    # The cmx reader puts each track's first record-in on its own time: the
    # earliest one is where the programme, and the footage, begins.
    start = min((seconds(on_top(c, c.trimmed_range(), tl).start_time) for c in clips), default=0.0)
    return from_otio(tl, origin=origin, start=start, rate=rate, ours=_RATE.search(text) is not None)
