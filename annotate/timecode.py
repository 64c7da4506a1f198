"""The one place that turns seconds into text, text into seconds, and
seconds into frames.

Seconds (float) are the only time unit inside the toolkit; every format
(article clock, SRT, VTT, ASS, chapter lists, burnt-in timecode, frame
counts) goes through here, and so does the rate SMPTE timecode counts a
footage's frames at (:func:`timecode_rate`: exports, and a file's own start
timecode as :func:`annotate.probe.timecode_seconds` reads it).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from fractions import Fraction

from annotate.errors import InputError, TimeFormatError
from annotate.validate import MAX_SECONDS, number_problem

# The rate assumed when neither the footage nor a file states one: PAL's 25,
# the common rate of news footage (frame-based formats and subtitle rules
# need a rate even for a timeline that was never probed).
FALLBACK_FPS = 25.0
# The rate an article's frame-counting timecode (``00:04:10:15``) is read at when
# the text states none: the moments spec's 30 fps, the rate of most web video.
ARTICLE_TIMECODE_FPS = 30.0
# Float round-off must not break a tie: 2.3 s at 25 fps is frame 57.5
# exactly but computes as 57.49999999999999.
TIE_FRAMES = 1e-6
TIE_SECONDS = 1e-9
# h:mm:ss(.fff), m:ss(.fff), with '.' or ',' before the fraction (SRT uses ',').
_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d+):(\d+(?:[.,]\d+)?)\s*$")
_SECONDS = re.compile(r"^\s*\d+(?:\.\d+)?\s*s?\s*$")
# An editor's timecode, hh:mm:ss:ff: two-digit fields after the hours, frames last.
_FRAMES = re.compile(r"^\s*(\d+):(\d\d):(\d\d):(\d\d)\s*$")


# A field of more significant digits than this is read as this many seconds
# or more: no time is that long (MAX_SECONDS is a week), and int() refuses a
# string of over 4300 digits with a ValueError that named a Python setting.
_MOST_DIGITS = 20


def whole(digits: str | int) -> float:
    """The value of one all-digit field of a time (``"0027"`` is 27), any
    number of digits long; beyond _MOST_DIGITS significant ones, 1e20."""
    if isinstance(digits, int):
        return float(digits)
    significant = digits.lstrip("0")
    return float(int(significant or "0")) if len(significant) <= _MOST_DIGITS else 10.0 ** _MOST_DIGITS


def parse_time(value: object, *, subject: object | None = None, fps: float | None = None) -> float:
    """Read seconds from a number, ``"147"``, ``"147.5s"``, ``"2:27"``,
    ``"1:02:03.5"``, ``"00:02:27,500"`` or an editor's ``"00:02:27:12"``
    (frames counted at ``fps``, else at ARTICLE_TIMECODE_FPS); raise
    TimeFormatError otherwise."""
    if isinstance(value, bool):
        raise TimeFormatError(f"not a time: {value!r}", subject=subject)
    if isinstance(value, (int, float)):
        if isinstance(value, int) and (problem := number_problem(value)) is not None:
            raise TimeFormatError(f"not a time: {problem}", subject=subject)  # float() would overflow
        seconds = float(value)
    elif isinstance(value, str) and _SECONDS.match(value):
        seconds = float(value.strip().rstrip("s").strip())
    elif isinstance(value, str) and (m := _CLOCK.match(value)):
        hours, minutes, secs = m.groups()
        frac = float(secs.replace(",", "."))
        if hours is not None and whole(minutes) > 59:
            raise TimeFormatError(f"minutes over 59 in {value!r}", subject=subject)
        if frac >= 60:
            raise TimeFormatError(f"seconds over 59 in {value!r}", subject=subject)
        seconds = whole(hours or "0") * 3600 + whole(minutes) * 60 + frac
    elif isinstance(value, str) and (m := _FRAMES.match(value)):
        rate = fps or ARTICLE_TIMECODE_FPS
        hours, minutes, secs, frames = m.groups()
        if int(minutes) > 59 or int(secs) > 59:
            raise TimeFormatError(f"minutes or seconds over 59 in {value!r}", subject=subject)
        if int(frames) >= math.ceil(rate - TIE_FRAMES):
            raise TimeFormatError(f"frame {int(frames)} in {value!r} is past the last of a second at {rate:g} fps",
                                  subject=subject)
        seconds = whole(hours) * 3600 + int(minutes) * 60 + int(secs) + int(frames) / rate
    else:
        raise TimeFormatError(
            f"not a time: {value!r} (use seconds, h:mm:ss or an editor's hh:mm:ss:ff)", subject=subject
        )
    if not math.isfinite(seconds):
        raise TimeFormatError(f"not a finite time: {value!r}", subject=subject)
    if seconds < 0:
        raise TimeFormatError(f"negative time: {value!r}", subject=subject)
    if seconds > MAX_SECONDS:
        raise TimeFormatError(f"time {value!r} is more than {MAX_SECONDS:g} s (a week)", subject=subject)
    return seconds


def seconds_of(hours: int | str, minutes: int | str, secs: int | str, millis: int | str | None = 0) -> float:
    """Seconds from the fields of a subtitle timestamp; ``millis`` is a count
    of milliseconds (SRT's ``00:00:01,5`` is 1.005 s, as pysrt and srt read it)."""
    return whole(hours) * 3600 + whole(minutes) * 60 + whole(secs) + whole(millis or 0) / 1000


def millis(seconds: float) -> int:
    """Whole milliseconds, rounded to the nearest (for messages and lengths; a
    time written into a file is :func:`floor_millis`)."""
    return int(round(seconds * 1000))


def floor_millis(seconds: float, unit: int = 1) -> int:
    """Milliseconds rounded down to a multiple of ``unit`` (1 for SRT, WebVTT
    and the timeline file, 10 for ASS's centiseconds). A time snapped to a
    frame is that frame's pts, and a cue shows on the frames whose pts it has
    reached: rounded up (3.5035 s, a frame at 29.97 fps, as 3.504) it would
    miss its frame; rounded down it lands on or before it and, since frames
    are more than a unit apart, after the frame before. Float round-off
    (12.345 computing as 12.3449999) is not rounded down."""
    return max(0, math.floor(seconds * 1000 / unit + TIE_FRAMES)) * unit


def ceil_millis(seconds: float, unit: int = 1) -> int:
    """Milliseconds rounded up to a multiple of ``unit``: a length that must not shrink (a cue's time on
    screen, which its reading speed and least duration are judged by). Float round-off (1.7 computing as
    1.70000001) is not rounded up."""
    return max(0, math.ceil(seconds * 1000 / unit - TIE_FRAMES)) * unit


def frame_of(seconds: float, fps: float | Fraction, *, end: bool = False) -> int:
    """The frame a time names at a constant ``fps``: the one whose start is
    nearest (frame 0 starts at 0 s). Times are written to the millisecond, so
    ``85.033`` at 30 fps names frame 2551 (85.0333 s), not the frame still on
    screen 0.3 ms before it. Exactly halfway (0.5 s at 25 fps) a span keeps
    the frame in doubt: a start names the frame on screen, an ``end`` (an
    exclusive end index, or a count of frames) the boundary after it."""
    x = seconds * fps + 0.5
    return max(0, math.floor(x + TIE_FRAMES) if end else math.ceil(x - TIE_FRAMES) - 1)


def frame_among(starts: Sequence[float], seconds: float, *, end: bool = False) -> int:
    """``frame_of`` for frames whose start times were measured (sorted, any
    rate): the index of the start nearest ``seconds``; on a tie the earlier,
    or with ``end`` the later."""
    i = bisect.bisect_left(starts, seconds)
    if i == 0 or i == len(starts):
        return min(i, len(starts) - 1)
    after, before = starts[i] - seconds, seconds - starts[i - 1]
    if abs(after - before) <= TIE_SECONDS:
        return i if end else i - 1
    return i if after < before else i - 1


def _split(seconds: float, places: int, *, floor: bool = False) -> tuple[int, int, int, int]:
    """Round once to the given decimal places (or down, with ``floor``), then
    split, so 59.9996 never prints as ``0:59.1000``."""
    scale = 10**places
    scaled = max(0.0, seconds) * scale
    total = math.floor(scaled + TIE_FRAMES) if floor else int(round(scaled))
    whole, frac = divmod(total, scale)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return hours, minutes, secs, frac


def format_clock(seconds: float, *, places: int = 0, floor: bool = False) -> str:
    """Article style: ``2:27``, ``1:02:03``, or ``2:27.5`` with ``places=1``;
    with ``floor`` the time on screen (2:38.6 is ``2:38``, as the burnt-in
    timecode shows it), else the nearest."""
    h, m, s, frac = _split(seconds, places, floor=floor)
    tail = f".{frac:0{places}d}" if places else ""
    if h:
        return f"{h}:{m:02d}:{s:02d}{tail}"
    return f"{m}:{s:02d}{tail}"



def format_clock_exact(seconds: float) -> str:
    """``format_clock`` to the millisecond without trailing zeros (``1:00``,
    ``0:59.6``, ``0:00.437``): a sub-second time stays true (0.4 s is not ``0:00``)."""
    return format_clock(seconds, places=len(f"{millis(seconds) % 1000:03d}".rstrip("0")))

def format_vtt(seconds: float) -> str:
    """WebVTT: ``00:02:27.500``, rounded down (see :func:`floor_millis`)."""
    h, m, s, ms = _split(seconds, 3, floor=True)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def format_hms(seconds: float) -> str:
    """Burnt-in timecode: ``00:02:27``, the whole second on screen (never rounded up)."""
    h, m, s, _ = _split(seconds, 0, floor=True)
    return f"{h:02d}:{m:02d}:{s:02d}"


def format_editable(seconds: float) -> str:
    """The shortest clock text of the millisecond rounded down (a frame's pts
    3.5035 s is ``0:03.503``, still that frame: see :func:`floor_millis`), for
    files people edit: ``2:27``, ``2:27.5``, ``1:02:03.04``."""
    kept = floor_millis(seconds)
    for places in (0, 1, 2):
        text = format_clock(kept / 1000, places=places)
        if round(parse_time(text) * 1000) == kept:
            return text
    return format_clock(kept / 1000, places=3)


# How far a stated rate may be from a timecode rate and still mean it (29.97 for 30000/1001).
NTSC_SHORTHAND_FPS = 0.01


def timecode_rate(fps: float, subject: str | None = None) -> float:
    """The rate SMPTE timecode (OTIO's) counts ``fps`` at, the one helper for
    it: shorthand such as 29.97 or 23.976 is the NTSC rate it stands for
    (OTIO's timecode refuses the shorthand itself). A rate timecode cannot
    count at is refused when it was stated for a file (``subject`` names
    where: ``--fps``, a file's ANNOTATE RATE); for footage (an export, no
    ``subject``) the lowest such rate that holds each footage frame on a
    whole frame (12.5 and 15 fps at 25 and 30) is taken, else the nearest (a
    phone's variable 24.736 fps at 25)."""
    import opentimelineio as otio

    if fps <= 0 or not math.isfinite(fps):
        raise InputError(f"frame rate must be a finite number > 0, not {fps!r}", subject=subject)
    nearest = float(otio.opentime.RationalTime.nearest_valid_timecode_rate(fps))
    if abs(nearest - fps) <= NTSC_SHORTHAND_FPS:
        return nearest
    if subject is not None:
        raise InputError(f"EDL timecode cannot count at {fps:g} fps (nearest timecode rate {nearest:g})",
                         subject=subject)
    rates = sorted(r for n in range(1, 121) for r in (float(n), n * 1000 / 1001)
                   if otio.opentime.RationalTime.is_valid_timecode_rate(r))
    multiples = [r for r in rates if abs(r / fps - round(r / fps)) < 1e-6]
    return multiples[0] if multiples else min(rates, key=lambda r: abs(r - fps))
