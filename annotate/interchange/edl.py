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
``fps=`` (``annotate import --fps``), at 29.97 when its timecode is drop-frame
(which counts at no other rate but 59.94), else at 25, with a warning.

Drop-frame timecode: one written with ``;`` before its frames (as OTIO's
reader and writer take it), or any timecode after an ``FCM: DROP FRAME`` line
until an ``FCM: NON-DROP FRAME`` (CMX 3600's frame code mode, which editors
honour and OTIO's reader ignores, reading such a file a frame or more off
past each minute).

DaVinci Resolve's marker EDLs (an event a marker, its name and colour in a
``|C:... |M:... |D:...`` line) are read as locators
(:mod:`annotate.interchange.resolve_markers`).

Positions: record time from the first event's record-in is 0:00 (a Resolve
timeline's marker EDL: from the whole hour its first marker falls in). The CMX
reader takes a locator's timecode as source time of its event; one outside
its event's source range is an editor's record time and is placed there.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

import opentimelineio as otio

from annotate import validate
from annotate.clips.media import FrameTable
from annotate.errors import InputError, OutputError, TimeFormatError
from annotate.escape import RESERVED_REELS as NO_SOURCE_REELS
from annotate.escape import edl_reel, edl_reels, line_text, loses_characters
from annotate.interchange import resolve_markers
from annotate.interchange.common import (
    CLEAN_LEFT_OUT,
    by_time,
    counted_at_timecode_rate,
    fps_of,
    in_drop_frame,
    is_drop_frame,
    notify,
    shown_ids,
    texts_not_kept,
    where,
)
from annotate.interchange.from_otio import (
    ID_FIELD,
    META,
    ToTop,
    from_otio,
    is_sound,
    markers_of,
    media_url,
    per_video,
    picture_clips,
    plain,
    seconds,
)
from annotate.interchange.otio import plain_footage_names, to_otio
from annotate.interchange.otio_adapters import rewritten, write_string
from annotate.model import Footage, Timeline, default_video_id, video_id_problem
from annotate.timecode import FALLBACK_FPS, format_clock, timecode_rate

EXTENSIONS = (".edl",)
# The longest title CMX 3600's TITLE line holds.
TITLE_CHARS = 70
# The moment fields an import takes from the file (the others stay the timeline's: interchange.import_into).
CARRIES = ("end", "caption", "color")
# Its locators' text is written in capitals: an import takes text only upper-cased as the timeline's own.
CAPITALS = True
_NUMBER = re.compile(r"^[0-9]+(?:\.[0-9]*)?$|^\.[0-9]+$")
_RATE = re.compile(r"^\*\s*ANNOTATE RATE:\s*([0-9.]+)\s*$", re.MULTILINE)
_VIDEO = re.compile(r"^ANNOTATE VIDEO:\s*(.*?)\s*$")
_MEDIA_TIMECODE = re.compile(r"^ANNOTATE TIMECODE:\s*(\d\d:\d\d:\d\d[:;]\d\d)\s*$")
_RANGE = re.compile(r"^ANNOTATE RANGE:\s*LOC\s+(\d{1,9})\s+TO\s+(\d{2}:\d{2}:\d{2}[:;]\d{2})\s*$")
# A locator's moment id, as a JSON string (an EDL is ASCII, one line a comment).
_ID = re.compile(r"^ANNOTATE ID:\s*LOC\s+(\d{1,9})\s+(\".*\")\s*$")
# Rates tried, in order, when an EDL states none and its durations disagree at FALLBACK_FPS.
GUESSED_RATES = (24, 25, 30, 50, 60)
_TIMECODE = re.compile(r"^(\d{2}):(\d{2}):(\d{2})[:;.](\d{2,3})$")
_EVENT = re.compile(r"^\s*(\d{1,6})\s+\S")
_LOCATOR = re.compile(r"^\s*\*\s*LOC:\s*(\S+)", re.IGNORECASE)
_RANGE_LINE = re.compile(r"^\s*\*\s*ANNOTATE RANGE:\s*LOC\s+(\d{1,9})\s+TO\s+(\d\d:\d\d:\d\d[:;]\d\d)\s*$")
# CMX 3600's frame code mode: it holds for the lines after it, until the next FCM line.
_FCM = re.compile(r"^\s*FCM\s*:?\s*(NON[-\s]*)?DROP[-\s]*FRAME\b", re.IGNORECASE)
_NON_DROP = re.compile(r"^(\d\d:\d\d:\d\d):(\d\d)$")
# Drop-frame timecode counts at these rates only (30000/1001 and 60000/1001), skipping this many frame
# numbers at the start of each minute but every tenth.
_DROPPED = {30: 2, 60: 4}
# An event line as the CMX writer writes it: number, reel, channel V padded to 5, C (a cut).
_VIDEO_EVENT = re.compile(r"^(\d{3,6}  \S+\s+)V(\s{4,})C ", re.MULTILINE)
_WRITTEN_TIMECODE = re.compile(r"\b\d\d:\d\d:\d\d[:;]\d\d\b")
_LOCATOR_LINE = re.compile(r"^(\s*\*\s*LOC:\s*)(\d\d:\d\d:\d\d[:;.]\d\d)([^\n]*)$", re.MULTILINE | re.IGNORECASE)
_CLIP_NAME = re.compile(r"^\s*\*\s*FROM CLIP NAME:\s*(.*?)\s*$", re.MULTILINE)
_MISMATCH = re.compile(r"duration don't match: RationalTime\(([\d.]+), [\d.]+\) != "
                       r"RationalTime\(([\d.]+), [\d.]+\) for clip (.*)$", re.DOTALL)


def dumps(timeline: Timeline, *, selects: bool = False, pad: tuple[float, float] | None = None,
          frames: FrameTable | None = None, **opts: Any) -> str:
    timeline = counted_at_timecode_rate(timeline, "EDL timecode")
    fps = timecode_rate(fps_of(timeline))
    # Footage whose own timecode is drop frame (a camera's 01:00:00;00): the file counts drop frame, as CMX 3600
    # says it (FCM: DROP FRAME), so its source timecodes read as the camera's.
    drop = _is_drop_frame_rate(fps) and is_drop_frame(timeline.videos[0] if timeline.videos else None)
    tl = to_otio(timeline, whole_frames=True, selects=selects, pad=pad, frames=frames, kind="EDL")
    tl.name = _title(tl.name)
    # The adapter writes names and the media path into comment lines as they
    # are: a line break in a footage name would start a new event.
    clips = plain_footage_names(tl)
    several = len(clips) > 1 and not selects
    # Each event's sound (its channels, written below: the adapter writes one video track's events).
    sound = [_channels(v) for v in timeline.videos] if several else \
        [_channels(timeline.videos[0]) if timeline.videos else "V"] * len(clips)
    for n in reversed(range(len(tl.tracks))):
        if tl.tracks[n].kind == otio.schema.TrackKind.Audio:
            del tl.tracks[n]
    if several:  # one track, the videos' clips one after another (the adapter writes one video track)
        track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
        for clip in clips:
            track.append(clip.deepcopy())
        tl.tracks[:] = [track]
        clips = list(track.find_clips())
        reels = edl_reels([v.id for v in timeline.videos])
    else:
        reels = [_reel(clips[0], timeline.videos[0] if len(timeline.videos) == 1 else None)]
    start = tl.global_start_time  # the record timecode as to_otio counts it (None: from 00:00:00:00)
    record = otio.opentime.RationalTime(round(start.value_rescaled_to(fps)) if start is not None else 0, fps)
    for track in tl.tracks:  # the record side starts there: the stack's time of a track trimmed from -record
        track.source_range = otio.opentime.TimeRange(otio.opentime.RationalTime(0, fps) - record,
                                                     track.available_range().duration)
    recased: list[str] = []
    for n, clip in enumerate(clips):  # selects: a clip a moment, each of the one footage's reel
        comments = [f"ANNOTATE RATE: {fps:g}"] if n == 0 else []
        if several:
            comments.append(f"ANNOTATE VIDEO: {timeline.videos[n].id}")
        video = timeline.videos[n if several else 0] if timeline.videos else None
        if video and video.timecode and (several or n == 0):  # an EDL does not say where its media's timecode starts
            comments.append(f"ANNOTATE TIMECODE: {video.timecode}")
        for k, marker in enumerate(clip.markers, start=1):
            meta = plain(marker.metadata.get(META)) or {}
            moment_id = str(meta.get("id") or "")
            if (marker.name or "").upper() != str(meta.get("caption") or ""):  # as the writer puts it: capitals
                recased.append(moment_id or marker.name)
            if META in marker.metadata:  # (pop would hand back a destroyed dictionary)
                del marker.metadata[META]
            if moment_id:
                comments.append(f"ANNOTATE ID: LOC {k} {json.dumps(moment_id)}")
            r = marker.marked_range
            if r.duration.value > 0:
                comments.append(f"ANNOTATE RANGE: LOC {k} TO "
                                f"{otio.opentime.to_timecode(r.end_time_exclusive(), fps, drop_frame=drop)}")
        clip.metadata["cmx_3600"] = {"comments": comments, "reel": reels[n if several else 0]}
    if recased:
        notify(f"EDL: a locator's text is written in capitals on one line: {len(recased)} caption(s) changed, "
               f"moment(s) {shown_ids(recased)} (imported into this timeline, the EDL keeps the timeline's own "
               "captions)")
    # A locator's text and the title are one line of clean text (the moment id rides whole, JSON-escaped).
    texts_not_kept([m.id for m in by_time(timeline) if loses_characters(m.caption)], "EDL", CLEAN_LEFT_OUT,
                   title=loses_characters(timeline.title))
    _within_a_day(tl, fps, record, drop)
    return _with_sound(_frame_code_mode(write_string(tl, "cmx_3600", kind="a CMX 3600 EDL", rate=fps, **opts), fps,
                                        drop), sound)


def _reel(clip: otio.schema.Clip, video: Footage | None) -> str:
    """The reel of the one video's events: the video's id when it is not the
    one its file gives (the reel of an editor's EDL it was read from:
    :func:`_editor_source`), else made from its file name."""
    if video and video.id != default_video_id(video.path, video.url):
        return edl_reel(video.id)
    if isinstance(clip.media_reference, otio.schema.ExternalReference):
        return edl_reel(clip.media_reference.target_url.replace("\\", "/").rsplit("/", 1)[-1])
    return edl_reel(clip.name)


def _channels(video: Footage) -> str:
    """The channels of an event of ``video``, in CMX 3600's shorthand: ``V``
    (picture) without sound, ``B`` (picture and audio 1) with mono sound,
    else ``AA/V`` (picture and audio 1 and 2), as editors write an event of
    a camera file; a timeline that records sound but not its channel count
    (made before it was probed) gets two."""
    if not video.has_audio:
        return "V"
    return "B" if video.audio_channels == 1 else "AA/V"


def _with_sound(text: str, sound: list[str]) -> str:
    """The EDL with each event on the channels of its footage (``sound``:
    each event's, in order, :func:`_channels`): the CMX writer writes video
    (``V``) only, and the footage's sound was left out."""
    events = iter(sound)

    def channels(m: re.Match[str]) -> str:
        code = next(events, "V")
        return f"{m.group(1)}{code}{m.group(2)[len(code) - 1:]}C " if code != "V" else m.group(0)

    return _VIDEO_EVENT.sub(channels, text)


def _frame_code_mode(text: str, fps: float, drop: bool) -> str:
    """The CMX writer's EDL with its frame code mode stated after the title
    (``FCM: NON-DROP FRAME``, as Avid and Premiere write it) and every event
    and locator timecode counted in frames (``:``). At 29.97 and 59.94 the
    writer wrote drop-frame notation (``;``) and no FCM line: OpenTimelineIO's
    cmx_3600 reader (the reference) skips a locator so written, all of them,
    without a word; a frame count every reader places on the same frame.
    With ``drop`` (footage whose own timecode is drop frame), ``FCM: DROP
    FRAME`` and drop-frame notation throughout, as CMX 3600 writes it, so
    source timecodes are the camera's (the reference reads the events; it
    skips the locators, which annotate and editors read)."""
    def counted(tc: str) -> str:
        return otio.opentime.to_timecode(otio.opentime.from_timecode(tc, fps), fps, drop_frame=drop)

    lines = text.split("\n")
    for n, line in enumerate(lines):
        if _EVENT.match(line) and not line.lstrip().startswith(("*", "TITLE", "FCM")):
            lines[n] = _WRITTEN_TIMECODE.sub(lambda m: counted(m.group(0)), line)
        elif m := _LOCATOR_LINE.match(line):
            lines[n] = f"{m.group(1)}{counted(m.group(2))}{m.group(3)}"
    at = 1 if lines and lines[0].startswith("TITLE:") else 0
    return "\n".join([*lines[:at], "FCM: DROP FRAME" if drop else "FCM: NON-DROP FRAME", *lines[at:]])


def _title(name: str) -> str:
    """The text of the ``TITLE:`` line: one line, of at most the characters
    CMX 3600 gives it (cut after a word when it can be), with a warning
    naming what was cut."""
    title = line_text(name)
    if len(title) <= TITLE_CHARS:
        return title
    kept = title[:TITLE_CHARS]
    if title[TITLE_CHARS] != " " and " " in kept[TITLE_CHARS // 2:]:  # after a word, not inside one
        kept = kept.rsplit(" ", 1)[0]
    kept = kept.rstrip()
    notify(f"EDL: the title is cut to {kept!r}: a CMX 3600 TITLE line holds {TITLE_CHARS} characters; "
           f"{title[len(kept):].strip()!r} left out")
    return kept


def _within_a_day(tl: otio.schema.Timeline, fps: float, record: otio.opentime.RationalTime, drop: bool) -> None:
    """Refuse a timeline whose record or source times (events, locators,
    ranges) reach 24 hours of timecode (counted in frames, as written:
    :func:`_frame_code_mode`), the record side from ``record``, rather than
    let them wrap round to 00."""
    ends = [tl.duration() + record]
    for clip in tl.find_clips():
        ends += [clip.trimmed_range().end_time_exclusive()]
        ends += [marker.marked_range.end_time_exclusive() for marker in clip.markers]
    latest = max(ends, key=lambda end: end.to_seconds())
    last = otio.opentime.from_timecode(f"23:59:59{';' if drop else ':'}{round(fps) - 1:02d}", fps)
    if latest.value_rescaled_to(fps) > last.value + 1e-6:
        raise OutputError(f"runs to {format_clock(latest.to_seconds())}, past "
                          f"{otio.opentime.to_timecode(last, fps, drop_frame=drop)}, the latest time EDL timecode "
                          "can hold (export .otio, .xml or .fcpxml)", subject="EDL")


class _Timecode(NamedTuple):
    """One timecode of the file: its line (from 1), what it is (``event 001
    source in``, ``locator``), its text and place in the line, and the
    ``FCM: DROP FRAME`` line it is under (0: none)."""
    line: int
    what: str
    text: str
    span: tuple[int, int]
    fcm_drop: int

    @property
    def drop(self) -> bool:
        """Drop-frame: written with ``;``, or under ``FCM: DROP FRAME``."""
        return ";" in self.text or self.fcm_drop > 0


def _timecodes(text: str, origin: str | None) -> Iterator[_Timecode]:
    """Every timecode of the event, locator and range lines, in order."""
    fcm_drop = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if fcm := _FCM.match(line):
            fcm_drop = 0 if fcm.group(1) else number
        elif (m := _EVENT.match(line)) and not line.lstrip().startswith(("*", "TITLE", "FCM")):
            fields = list(re.finditer(r"\S+", line))
            if len(fields) < 7:
                raise InputError("event line has too few fields (expected 4 timecodes)",
                                 subject=f"{where(origin, number)}, event {m.group(1)}")
            for name, field in zip(("source in", "source out", "record in", "record out"), fields[-4:], strict=True):
                yield _Timecode(number, f"event {m.group(1)} {name}", field.group(), field.span(), fcm_drop)
        elif m := _LOCATOR.match(line):
            yield _Timecode(number, "locator", m.group(1), m.span(1), fcm_drop)
        elif m := _RANGE_LINE.match(line):
            yield _Timecode(number, f"range of LOC {m.group(1)}", m.group(2), m.span(2), fcm_drop)


def _is_drop_frame_rate(fps: float) -> bool:
    return any(abs(fps - nominal * 1000 / 1001) < 1e-3 for nominal in _DROPPED)


def _timecode_problem(tc: _Timecode, fps: float, rate_from: str) -> str | None:
    """What is wrong with a timecode read at ``fps`` (``rate_from`` says where
    that rate came from), or None."""
    m = _TIMECODE.match(tc.text)
    if not m:
        return f"not a timecode (hh:mm:ss:ff): {tc.text!r}"
    minutes, secs, frames = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if minutes > 59 or secs > 59:
        return f"minutes or seconds over 59 in {tc.text!r}"
    if frames >= math.ceil(fps):
        return f"frame {m.group(4)} does not exist at {fps:g} fps in {tc.text!r}"
    if not tc.drop:
        return None
    named = f"{tc.text!r}" + ("" if ";" in tc.text else f" (under the FCM: DROP FRAME of line {tc.fcm_drop})")
    if not _is_drop_frame_rate(fps):
        return f"drop-frame timecode {named} counts only at 29.97 or 59.94 fps, not at {rate_from}"
    skipped = _DROPPED[round(fps)]
    if secs == 0 and minutes % 10 and frames < skipped:
        frames_skipped = "00 and 01" if skipped == 2 else f"00 to {skipped - 1:02d}"
        return (f"drop-frame timecode {named} does not exist at {fps:.4g} fps: frames {frames_skipped} are "
                "skipped at the start of every minute but each tenth")
    return None


def _validate(timecodes: list[_Timecode], fps: float, origin: str | None, rate_from: str) -> None:
    """Check every timecode before the adapter sees the file, so an error
    names the line (the adapter's own errors do not)."""
    for tc in timecodes:
        if problem := _timecode_problem(tc, fps, rate_from):
            raise TimeFormatError(problem, subject=f"{where(origin, tc.line)}, {tc.what}")


def _rate(text: str, fps: float | None, origin: str | None, timecodes: list[_Timecode]) -> tuple[float, str]:
    """The rate to read at, and where it came from: ``fps`` if given, else
    the one this tool wrote, else the drop-frame rate the timecode counts at,
    else 25 with a warning (an EDL's timecodes alone do not tell)."""
    if fps is not None:
        return timecode_rate(validate.number(fps, subject="--fps", low=0, low_open=True,
                                             high=validate.MAX_FRAME_RATE), "--fps"), f"--fps {fps:g}"
    found = _RATE.search(text)
    if found:
        line = text[:found.start()].count(chr(10)) + 1
        subject = f"{where(origin, line)}: ANNOTATE RATE"
        if not _NUMBER.match(found.group(1)):
            raise InputError(f"not a number: {found.group(1)!r}", subject=subject)
        stated = validate.number(float(found.group(1)), subject=subject, low=0, low_open=True,
                                 high=validate.MAX_FRAME_RATE)
        return timecode_rate(stated, subject), f"the {stated:g} fps of its ANNOTATE RATE (line {line})"
    if drop := [tc for tc in timecodes if tc.drop]:
        return _drop_frame_rate(drop, origin), "its drop-frame rate"
    rate, evidence = _guessed_rate([tc for tc in timecodes if tc.line not in _speed_changed(text)], timecodes)
    notify(f"{origin or '<input>'}: the EDL does not state its frame rate; read at {rate:g} fps{evidence} "
           "(pass --fps to choose)")
    return rate, f"the {rate:g} fps it is read at"


def _speed_changed(text: str) -> set[int]:
    """The lines of the events an ``M2`` line (a speed change: its source runs
    at another pace than its record) follows."""
    changed: set[int] = set()
    event = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().upper().startswith("M2"):
            changed.add(event)
        elif _EVENT.match(line) and not line.lstrip().startswith(("*", "TITLE", "FCM")):
            event = number
    return changed


def _mismatches(timecodes: list[_Timecode], fps: int) -> list[tuple[str, int, int]] | None:
    """Each event whose source and record durations differ counted at ``fps``
    (what, source frames, record frames), or None when a timecode has a frame
    that rate does not have."""
    def frames(tc: _Timecode) -> int | None:
        m = _TIMECODE.match(tc.text)
        if m is None or int(m.group(4)) >= fps:
            return None
        return ((int(m.group(1)) * 60 + int(m.group(2))) * 60 + int(m.group(3))) * fps + int(m.group(4))

    events = [tc for tc in timecodes if tc.what.startswith("event ")]
    counted = [frames(tc) for tc in events]
    if any(n is None for n in counted):
        return None
    found = []
    for i in range(0, len(events) - 3, 4):
        s_in, s_out, r_in, r_out = (int(n or 0) for n in counted[i:i + 4])
        if s_out - s_in != r_out - r_in:
            found.append((events[i].what.rsplit(" ", 2)[0], s_out - s_in, r_out - r_in))
    return found


def _frame_number(tc: _Timecode) -> int:
    m = _TIMECODE.match(tc.text)
    return int(m.group(4)) if m else -1


def _guessed_rate(timecodes: list[_Timecode], every: list[_Timecode]) -> tuple[float, str]:
    """The rate an EDL that states none is read at: FALLBACK_FPS, or the lowest common rate having the highest
    frame number of ``every`` timecode (a 30 fps editor's frame 29 was refused at 25), unless its
    events' source and record durations (speed changes left out) differ there (the sign of a wrong
    rate) and agree better at another common rate (the six 24 fps EDLs of
    OpenTimelineIO's cmx_3600 adapter read at 25 were each a frame off), and
    what says so in the warning."""
    top = max(every, key=_frame_number, default=None)
    rates = [fps for fps in GUESSED_RATES if top is None or _frame_number(top) < fps]
    if not rates:  # no common rate has that frame: refused naming it
        return FALLBACK_FPS, ""
    fallback = round(FALLBACK_FPS) if round(FALLBACK_FPS) in rates else rates[0]
    held = "" if fallback == round(FALLBACK_FPS) or top is None else (
        f", the lowest common rate with a frame {_frame_number(top)} (line {top.line}, {top.what}: {top.text!r})")
    at_fallback = _mismatches(timecodes, fallback)
    if not at_fallback:
        return float(fallback), held
    tried = {fps: found for fps in rates if (found := _mismatches(timecodes, fps)) is not None}
    best = min(tried, key=lambda fps: (len(tried[fps]), fps != fallback))
    if best == fallback or len(tried[best]) >= len(at_fallback):
        return float(fallback), held
    what, source, record = at_fallback[0]
    return float(best), (f", at which its events' source and record durations agree (at {fallback} fps they "
                         f"differ: {what}, {source} vs {record} frames)" if not tried[best] else
                         f", at which fewest of its events' source and record durations differ ({len(tried[best])}, "
                         f"against {len(at_fallback)} at {fallback} fps)")


def _drop_frame_rate(drop: list[_Timecode], origin: str | None) -> float:
    """Drop-frame timecode counts at 29.97 or 59.94 fps: 59.94 when a frame
    number passes 29, else 29.97 with a warning (the file does not say)."""
    if any((m := _TIMECODE.match(tc.text)) and int(m.group(4)) >= 30 for tc in drop):
        return 60000 / 1001
    first = drop[0]
    seen = f"{first.what} {first.text!r}" if ";" in first.text else "FCM: DROP FRAME"
    notify(f"{origin or '<input>'}: the EDL does not state its frame rate; its timecode is drop-frame "
           f"(line {first.line if ';' in first.text else first.fcm_drop}: {seen}), which counts at 29.97 or "
           "59.94 fps: read at 29.97 fps (pass --fps 59.94 to choose the other)")
    return 30000 / 1001


def _drop_frame_notation(text: str, timecodes: list[_Timecode]) -> str:
    """``text`` with each timecode an ``FCM: DROP FRAME`` makes drop-frame
    written with ``;``, the notation OpenTimelineIO reads as drop frame (its
    CMX reader ignores FCM lines)."""
    marked = {(tc.line, tc.span) for tc in timecodes if tc.fcm_drop and _NON_DROP.match(tc.text)}
    if not marked:
        return text
    lines = text.splitlines(keepends=True)
    for line, (start, end) in sorted(marked, reverse=True):
        body = lines[line - 1]
        lines[line - 1] = body[:start] + _NON_DROP.sub(r"\1;\2", body[start:end]) + body[end:]
    return "".join(lines)


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


def _record_time_locators(tl: otio.schema.Timeline, fps: float, origin: str | None, drop_frame: bool) -> None:
    """Move each locator whose timecode lies outside its event's source range
    to that timecode as record time (OTIO maps it into the clip's time). The
    warning quotes it in the file's own notation (``drop_frame``): OTIO's
    default at 29.97 is drop frame, which named another timecode than the line's."""
    for clip in tl.find_clips():
        source = clip.trimmed_range()
        for marker in clip.markers:
            at = marker.marked_range.start_time
            if source.contains(at) or at == source.end_time_exclusive():
                continue
            marker.marked_range = tl.tracks.transformed_time_range(marker.marked_range, clip)
            at_text = otio.opentime.to_timecode(at, fps, drop_frame=drop_frame)
            notify(f"{origin or '<input>'}: locator {marker.name!r} at {at_text} "
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


def _media_starts(tl: otio.schema.Timeline, rate: float, origin: str | None) -> None:
    """Give each clip the start of its media's timecode that an ``ANNOTATE
    TIMECODE`` comment records (annotate's own EDL of footage that carries
    one, 01:00:00:00), as its media's available range: its source timecodes
    and locators count from there, so the moments are read at footage time."""
    starts: dict[str, otio.opentime.RationalTime] = {}
    clips = picture_clips(tl)
    for clip in clips:
        for comment in (plain(clip.metadata.get("cmx_3600")) or {}).get("comments") or ():
            if m := _MEDIA_TIMECODE.match(str(comment)):
                try:
                    starts[media_url(clip) or ""] = otio.opentime.from_timecode(m.group(1), rate)
                except ValueError:
                    notify(f"{origin or '<input>'}: ANNOTATE TIMECODE {m.group(1)!r} does not count at {rate:g} fps; "
                           "left out")
    for clip in tl.find_clips():
        start = starts.get(media_url(clip) or "")
        if start is not None and isinstance(clip.media_reference, otio.schema.ExternalReference):
            clip.media_reference.available_range = otio.opentime.TimeRange(start, otio.opentime.RationalTime(0, rate))


def _sound_copies_unmarked(tl: otio.schema.Timeline) -> None:
    """Take off the sound's clips the locators the CMX reader copied onto
    them: it puts an event of picture and sound (``B``, ``AA/V``) on each
    of its tracks, locators and all, which would read each moment three
    times. A locator of a sound-only event stays."""
    def key(m: otio.schema.Marker) -> tuple[str, float, float]:
        return m.name, m.marked_range.start_time.to_seconds(), m.marked_range.duration.to_seconds()

    pictured = {key(m) for c in picture_clips(tl) for m in c.markers}
    for clip in tl.find_clips():
        if is_sound(clip):
            clip.markers[:] = [m for m in clip.markers if key(m) not in pictured]


def _video_of(clip: otio.schema.Clip) -> str:
    """The id an ``ANNOTATE VIDEO`` comment gives the event's video, or ""."""
    for comment in (plain(clip.metadata.get("cmx_3600")) or {}).get("comments") or ():
        if m := _VIDEO.match(str(comment)):
            return m.group(1)
    return ""


def loads(text: str, *, origin: str | None = None, fps: float | None = None, strict: bool = False) -> Timeline:
    timecodes = list(_timecodes(text, origin))
    rate, rate_from = _rate(text, fps, origin, timecodes)
    _validate(timecodes, rate, origin, rate_from)
    text = _drop_frame_notation(text, timecodes)
    tl = _read(_readable_locators(resolve_markers.as_locators(text, rate, origin), rate), rate, origin)
    _sound_copies_unmarked(tl)
    _media_starts(tl, rate, origin)
    _ranges(tl, rate)
    _record_time_locators(tl, rate, origin, drop_frame=any(tc.drop for tc in timecodes))
    ours = _RATE.search(text) is not None
    reel, reel_only = ("", False) if ours else _editor_source(tl, rate, origin, set(_CLIP_NAME.findall(text)))
    pictures = picture_clips(tl)  # (the sound of an AA/V event is the same clip again)
    ids = [_video_of(c) for c in pictures]
    # The cmx reader puts each track's first record-in on its own time: the
    # earliest one is where the programme, and the footage, begins.
    to_top = ToTop(tl)
    first = min((to_top.range(c, c.trimmed_range()).start_time for c in tl.find_clips()),
                key=lambda t: t.to_seconds(), default=otio.opentime.RationalTime(0, rate))
    drop_frame = any(tc.drop for tc in timecodes)
    if not ours and not reel and resolve_markers.has_markers(text):
        first = _marker_timeline_start(first, rate, origin, drop_frame=drop_frame)
    # kept, so an export records from it again (in the file's notation)
    record = otio.opentime.to_timecode(first, rate, drop_frame=drop_frame) if first.to_seconds() > 0 else None
    if len(pictures) > 1 and all(ids):  # annotate's EDL of several videos: each event is one
        timeline = per_video(tl, ids, lambda alone: from_otio(alone, origin=origin, rate=rate, ours=True,
                                                              strict=strict), origin=origin)
        return _as_counted(replace(timeline, record_timecode=record), timecodes, rate)
    timeline = from_otio(tl, origin=origin, start=seconds(first), rate=rate, ours=ours, strict=strict, events=True)
    if reel and len(timeline.videos) == 1:  # the video's id: exports write it back as the event's reel
        # (a reel naming no file: the footage is the reel alone, not a file of its name)
        timeline = replace(timeline, videos=(replace(timeline.videos[0], id=reel, **(
            {"path": None, "url": None} if reel_only else {})),))
    return _as_counted(replace(timeline, record_timecode=record), timecodes, rate)


def _as_counted(timeline: Timeline, timecodes: list[_Timecode], rate: float) -> Timeline:
    """``timeline`` with its footage's start timecode in the notation the
    file counts in: drop frame (``;``) when its timecodes are."""
    return in_drop_frame(timeline, rate) if any(tc.drop for tc in timecodes) else timeline


def _source_of(clip: otio.schema.Clip, named: set[str]) -> tuple[str, str, str]:
    """What names an event's source: its file (``FROM CLIP:``, ``FROM
    FILE:``), its clip name (``FROM CLIP NAME:``, one of ``named``: the
    reader names a clip without one by its event number) and its reel."""
    reel = str((plain(clip.metadata.get("cmx_3600")) or {}).get("reel") or "")
    return media_url(clip) or "", clip.name if clip.name in named else "", reel


def _marker_timeline_start(first: otio.opentime.RationalTime, rate: float, origin: str | None, *,
                           drop_frame: bool) -> otio.opentime.RationalTime:
    """Where a Resolve timeline's marker EDL counts from: its events are the markers, so its first
    record-in is the first marker, not the timeline's start; Resolve's timelines start on a whole hour
    (01:00:00:00 by default), the one the first marker falls in (said, the file does not state it, in the
    file's notation: the drop-frame hour 01:00:00;00 read as frames without drops is 00:59:56:12)."""
    # (the hour of its timecode: in drop frame 01:00:00;00 is frame 107892, 3599.996 s, not 3600 s)
    hours = otio.opentime.to_timecode(first, rate, drop_frame=drop_frame).split(":")[0]
    hour = otio.opentime.from_timecode(f"{hours}:00:00{';' if drop_frame else ':'}00", rate)
    notify(f"{origin or '<input>'}: a DaVinci Resolve timeline's markers: the EDL does not say where the timeline "
           f"starts; its markers are counted from {otio.opentime.to_timecode(hour, rate, drop_frame=drop_frame)}, the "
           f"hour its first marker falls in (Resolve starts a timeline on the hour), not from its first marker")
    return hour


def _editor_source(tl: otio.schema.Timeline, rate: float, origin: str | None,
                   clip_names: set[str]) -> tuple[str, bool]:
    """An editor's EDL whose every picture event shows one source (the
    footage, as Avid and Premiere write an EDL of it, with locators, or an
    editor's selects of it, its events the moments): that
    source becomes the timeline's footage, named by its file, else its clip
    name, else its reel, its media starting at the timecode the file beside
    the EDL carries, else (with a warning) at its earliest source timecode,
    so its moments are read at footage time and its start is recorded
    (``Footage.timecode``). An event named by a reel alone (no file, no clip
    name: DaVinci Resolve's markers of a source clip) shows that reel's
    footage, as Resolve reads it: the file named after the reel beside the
    EDL, else the reel alone. Returns the reel to keep as the video's id (""
    for none) and whether it names no file. Several sources: the timeline
    is of the programme, and the names it cannot hold are said. Without
    locators the events themselves are the moments (at their times in the
    footage), each named by its clip. A reel
    of digits or a reserved one (AX, BL) names no source (Resolve's timeline
    marker EDLs write their marker numbers there)."""
    pictures = picture_clips(tl)
    if not pictures:
        return "", False
    sources = list(dict.fromkeys(s for c in pictures if (s := _source_of(c, clip_names))[0] or s[1] or
                                 (s[2] and not s[2].isdigit() and s[2].upper() not in NO_SOURCE_REELS)))
    if not sources:
        return "", False
    located = any(marker for _, marker in markers_of(tl))
    if not located and (len(sources) > 1 or all(is_sound(c) for c in pictures)):
        return "", False  # a cut of several shots (or of sound): its events are the moments, each named by its clip
    if len(sources) > 1:
        shown = ", ".join(repr(name or url or reel) + (f" (reel {reel})" if reel and (name or url) else "")
                          for url, name, reel in sources[:5]) + (", ..." if len(sources) > 5 else "")
        notify(f"{origin or '<input>'}: its events show {len(sources)} sources ({shown}): the moments are at "
               "the programme's time and the timeline names no footage, nor these sources")
        return "", False
    url, name, reel = sources[0]
    reel_only = not (url or name)
    if reel_only and any(_source_of(c, clip_names) != sources[0] for c in pictures):
        return "", False  # a reel beside events of no source (AX, BL): a programme, not that reel's markers
    named = url or name or _reel_file(reel, origin) or ""
    if not located:  # an editor's selects of the footage: OpenTimelineIO places them at the programme's time
        notify(f"{origin or '<input>'}: its {len(pictures)} event(s), without locators, all show one source, "
               f"{named!r}: read as that footage, each event a moment at its time in it (not at the programme's "
               "record time)")
    first = min((c.source_range.start_time for c in pictures), key=lambda t: t.to_seconds())
    start = _file_timecode(named, origin, rate) if named else None
    if start is None:
        start = first
        notify(f"{origin or '<input>'}: the EDL does not say where {named or f'reel {reel}'}'s own timecode starts "
               f"({'the file is not beside it to read' if named else 'no file named after it is beside it'}): its "
               f"moments are counted from its first source timecode, "
               f"{otio.opentime.to_timecode(first, rate, drop_frame=False)}, recorded as the footage's timecode")
    reel_only = reel_only and not named
    if url and name and name != url.replace("\\", "/").rsplit("/", 1)[-1]:
        notify(f"{origin or '<input>'}: the clip name {name!r} (FROM CLIP NAME) left out: the footage is named by "
               f"its file, {url!r}")
    for clip in tl.find_clips():
        if _source_of(clip, clip_names) == sources[0]:
            clip.media_reference = otio.schema.ExternalReference(
                target_url=named or reel,
                available_range=otio.opentime.TimeRange(start, otio.opentime.RationalTime(0, rate)))
    if not reel or reel.upper() in NO_SOURCE_REELS or video_id_problem(reel) is None:
        return ("" if reel.upper() in NO_SOURCE_REELS else reel), reel_only
    notify(f"{origin or '<input>'}: the reel {reel!r} left out: {video_id_problem(reel)}")
    return "", False


def _reel_file(reel: str, origin: str | None) -> str | None:
    """The one file beside the EDL ``origin`` named after ``reel`` (its stem,
    case aside: a camera's A001C003.mov for reel A001C003), or None."""
    if not origin or not reel:
        return None
    folder = Path(origin).parent
    try:
        found = [p.name for p in folder.iterdir()
                 if p.stem.casefold() == reel.casefold() and p.suffix.lower() != ".edl" and p.is_file()]
    except OSError:
        return None
    return found[0] if len(found) == 1 else None


def _file_timecode(named: str, origin: str | None, rate: float) -> otio.opentime.RationalTime | None:
    """Where the timecode of the file ``named`` starts (0 when it carries
    none), read from the file beside the EDL ``origin``; None when it is not
    there, cannot be read, or counts at another rate."""
    from annotate import probe
    from annotate.errors import AnnotateError

    if not origin or "://" in named:
        return None
    path = Path(origin).parent / named
    if not path.is_file():
        return None
    try:
        found = probe.probe(path).timecode
        return otio.opentime.from_timecode(found, rate) if found else otio.opentime.RationalTime(0, rate)
    except (AnnotateError, ValueError):
        return None
