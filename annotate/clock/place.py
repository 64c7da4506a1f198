"""Placing clock moments: a time of day an article states, mapped through the
footage's clock map to the first frame that shows it.

A time with seconds lands on the first frame showing that second; a time to
the minute on the first frame of that minute (the moment is approximate).
A time no clock segment shows stays unplaced, with a note saying where the
footage's clock runs. A time two segments show (two cameras, a camera that
comes back) is placed on the first; the note lists the others.
A date in the text must match the clock's date; without one any day the
clock shows will do, and a clock that shows no date is matched by its time
of day (the note says the date went unchecked). Zones are not compared: a
footage clock has none, so a time whose article gave one is placed with a note
and a warning saying so. A footage whose only clock is a counter that reads as
a timecode (a CCTV hour file starting at 00:00:00) is that counter taken as its
clock, said in the note.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import warnings
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from annotate.atomic import write_text
from annotate.clock.model import ClockMap, ClockSegment
from annotate.clocktext import SECONDS_PER_DAY, ClockTime, parse_clock
from annotate.errors import MediaWarning
from annotate.model import Alignment, Moment
from annotate.timecode import format_clock

# Bumped when the reader changes what it finds, so old cached maps are not reused
# (2: a clock with no date runs on past midnight, and the map says it has none; 3: the map says when its
# date order was a guess; 4: the map says what clock it saw but could not read).
CACHE_VERSION = 4


def place(moment: Moment, clock_map: ClockMap) -> Moment:
    """``moment`` (which has a ``clock``) placed on ``clock_map``: ``start`` and an
    Alignment of kind ``clock``; or unplaced (``start`` None) with an Alignment of
    kind ``unplaced`` whose note says where the footage's clock runs."""
    wanted = parse_clock(moment.clock, subject=f"moment {moment.id or '?'}")
    kind = _clock_kind(clock_map)
    hits = _showing(clock_map, wanted, kind)
    order_note, stated_date = "", wanted.date
    if not hits and (swapped := _other_order(wanted, clock_map)) is not None \
            and (hits := _showing(clock_map, swapped, kind)):
        # The footage's date reads both ways and was taken as d/m/y by guess; the article's date is the
        # evidence of the camera's order.
        order_note = (f"; the footage's date reads as day/month or month/day: taken month first, as the article's "
                      f"{wanted.date} (not the guessed {swapped.date})")
        warnings.warn(f"moment {moment.id or '?'}: {order_note[2:]}", MediaWarning, stacklevel=2)
        wanted = swapped
    if not hits:
        return unplaced(moment, _not_shown(moment.clock, clock_map))
    (start, segment), others = hits[0], hits[1:]
    frame = segment.first_frame + round((start - segment.start) * segment.fps)
    shown = segment.text(segment.clock_at_frame(frame))
    if order_note and stated_date and segment.dated:
        shown = stated_date + shown[10:]  # the date as the article gives it: the footage's, read the other way
    note = f"clock {shown} first shown at frame {frame}"
    if wanted.date is not None and not segment.dated:
        note += f" (the clock shows no date: {wanted.date} not checked)"
    if others:
        note += "; also shown at " + ", ".join(_clock_text(t) for t, _s in others)
    if kind == "timecode":
        note += "; the footage shows no time of day: its counter (read as a timecode) was taken as its clock"
    if wanted.zone and wanted.zone.lower() != "local time":  # (a camera's clock is kept in local time)
        zone_note = f"the article's zone ({wanted.zone}) was not compared: the footage's clock states none"
        note += f"; {zone_note}"
        warnings.warn(f"moment {moment.id or '?'}: {zone_note}", MediaWarning, stacklevel=2)
    end, end_note = _range_end(wanted, segment, start)
    return replace(moment, start=start, end=end, approximate=moment.approximate or wanted.precision > 1,
                   alignment=Alignment(start, "clock", 1.0, note + end_note + order_note))


def _clock_kind(clock_map: ClockMap) -> str:
    """The kind of segment clock times are placed on: ``clock``; ``timecode`` when the footage shows no
    time of day but a counter (a dateless clock that started at midnight with the file reads the same)."""
    kinds = {s.kind for s in clock_map.segments}
    return "timecode" if "clock" not in kinds and "timecode" in kinds else "clock"


def _showing(clock_map: ClockMap, wanted: ClockTime, kind: str = "clock") -> list[tuple[float, ClockSegment]]:
    """Where each segment of ``kind`` first shows ``wanted``, in footage order."""
    return [(t, s) for s in clock_map.segments if s.kind == kind if (t := first_showing(s, wanted)) is not None]


def _other_order(wanted: ClockTime, clock_map: ClockMap) -> ClockTime | None:
    """``wanted`` with its day and month swapped, as the footage's map reads
    it when its dates were guessed d/m/y but the camera writes m/d/y; None
    when the map's order was no guess or the date reads one way only."""
    if not clock_map.date_guessed or wanted.date is None:
        return None
    year, month, day = (int(x) for x in wanted.date.split("-"))
    if day > 12 or day == month:
        return None
    return replace(wanted, date=f"{year:04d}-{day:02d}-{month:02d}")


def _range_end(wanted: ClockTime, segment: ClockSegment, start: float) -> tuple[float | None, str]:
    """Where a clock range ends on the camera its start was found on: the
    first frame showing its end time, or the camera's last frame (with a note)
    when the camera stops before the clock gets there."""
    if wanted.end is None:
        return None, ""
    date = wanted.date
    if date is not None and wanted.end < wanted.seconds:  # past midnight: the end is on the next day
        date = (datetime.date.fromisoformat(date) + datetime.timedelta(days=1)).isoformat()
    at = first_showing(segment, ClockTime(wanted.end, wanted.precision, date), after=start)
    if at is not None and at >= start:
        return at, f"; ends at {_clock_text(at)}"
    return segment.end, f"; this camera stops at {_clock_text(segment.end)} before its clock shows the range's end"


def unplaced(moment: Moment, note: str) -> Moment:
    """``moment`` with no place in the footage, and ``note`` saying why."""
    return replace(moment, start=None, end=None, alignment=Alignment(None, "unplaced", 0.0, note))


def first_showing(segment: ClockSegment, wanted: ClockTime, after: float | None = None) -> float | None:
    """Footage seconds of the first frame of ``segment`` (at or after footage
    time ``after``, if given) whose clock shows a time in ``wanted`` (its
    second, or its minute), or None if it shows none. A clock that shows no
    date is matched by the time of day alone."""
    lo_clock = segment.clock_at_frame(segment.first_frame)
    hi_clock = segment.clock_at_frame(segment.last_frame)
    if wanted.date is not None and segment.dated:
        days = [_day_of(wanted.date)]
    else:
        days = list(range(math.floor(lo_clock / SECONDS_PER_DAY), math.floor(hi_clock / SECONDS_PER_DAY) + 1))
    for day in days:
        begin = day * SECONDS_PER_DAY + math.floor(wanted.seconds)
        end = begin + wanted.precision
        # The first frame showing a whole second >= begin, or the segment's first frame if it opens inside.
        if math.floor(lo_clock + 1e-9) >= begin:
            frame = segment.first_frame
        elif segment.rate <= 0:
            continue
        else:
            frame = segment.first_frame + math.ceil((begin - segment.clock_seconds) * segment.fps / segment.rate - 1e-6)
        if frame > segment.last_frame:
            continue
        at = round(segment.start + (frame - segment.first_frame) / segment.fps, 4)
        if begin <= segment.shown_at_frame(frame) < end and (after is None or at >= after):
            return at
    return None


def cached_clock_map(footage: str | os.PathLike[str], sha256: str | None = None, *,
                     on_progress: Callable[[float], None] | None = None) -> ClockMap:
    """``read_clock(footage)``, kept in ``$ANNOTATE_CACHE/clock/<sha256>.json``:
    a clock map takes seconds of OCR, and a footage file's does not change.
    ``on_progress(fraction)`` follows the reading (none when it was cached)."""
    from annotate.cache import cache_dir
    from annotate.clock import read_clock
    from annotate.digest import versioned_sha256

    key = sha256 or versioned_sha256(footage)
    known = known_clock_map(footage, key)
    if known is not None:
        return known
    clock_map = read_clock(footage, progress=on_progress)
    write_text(cache_dir("clock", create=True) / f"{key}-v{CACHE_VERSION}.json", json.dumps(_to_cache(clock_map)))
    return clock_map


def known_clock_map(footage: str | os.PathLike[str], sha256: str) -> ClockMap | None:
    """The clock map :func:`cached_clock_map` keeps for the footage of this
    sha256, if it has read one; never reads the clock itself (no OCR)."""
    from annotate.cache import cache_dir

    path = cache_dir("clock") / f"{sha256}-v{CACHE_VERSION}.json"
    if not path.is_file():
        return None
    try:
        return _from_cache(json.loads(path.read_text(encoding="utf-8")), footage)
    except (ValueError, KeyError, TypeError):
        return None  # a damaged cache entry is read again


def _to_cache(m: ClockMap) -> dict[str, object]:
    segments = [{"start": s.start, "end": s.end, "first_frame": s.first_frame, "last_frame": s.last_frame,
                 "clock_seconds": s.clock_seconds, "rate": s.rate, "region": list(s.region), "fps": s.fps,
                 "kind": s.kind, "dated": s.dated} for s in m.segments]
    return {"fps": m.fps, "duration": m.duration, "engine": m.engine, "frames_read": m.frames_read,
            "date_guessed": m.date_guessed, "unread": m.unread, "segments": segments}


def _from_cache(data: dict[str, object], footage: str | os.PathLike[str]) -> ClockMap:
    segments = tuple(ClockSegment(**{**s, "region": tuple(s["region"])})  # type: ignore[dict-item]
                     for s in data["segments"])  # type: ignore[attr-defined]
    return ClockMap(path=str(Path(footage)), fps=float(data["fps"]), duration=float(data["duration"]),  # type: ignore[arg-type]
                    segments=segments, engine=str(data["engine"]), frames_read=int(data["frames_read"]),  # type: ignore[call-overload]
                    date_guessed=bool(data["date_guessed"]), unread=str(data["unread"]))


def _day_of(date: str) -> int:
    import calendar

    year, month, day = (int(x) for x in date.split("-"))
    return calendar.timegm((year, month, day, 0, 0, 0)) // SECONDS_PER_DAY


def _clock_text(seconds: float) -> str:
    return format_clock(seconds, places=2)


def _not_shown(clock: str, clock_map: ClockMap) -> str:
    kind = _clock_kind(clock_map)
    runs = [s for s in clock_map.segments if s.kind == kind]
    if runs and kind == "timecode":
        return (f"clock {clock} not placed: the footage shows no time of day, only a counter (read as a timecode) "
                f"running from {_clock_text(runs[0].clock_at_frame(runs[0].first_frame))}, which never shows it")
    if not runs:
        return f"clock {clock} not placed: {clock_map.unread or 'no clock is shown in the footage'}"
    spans = "; ".join(f"{s.text(s.clock_at_frame(s.first_frame))[:-4]} to {s.text(s.clock_at_frame(s.last_frame))[:-4]}"
                      f" (at {_clock_text(s.start)}-{_clock_text(s.end)})" for s in runs)
    guess = "; its dates read as day/month or month/day (taken day first, a guess)" if clock_map.date_guessed else ""
    return f"clock {clock} not placed: the footage's clock runs from {spans}{guess}"
