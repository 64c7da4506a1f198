"""The one place that turns seconds into text and text into seconds.

Seconds (float) are the only time unit inside the toolkit; every format
(article clock, SRT, VTT, ASS, chapter lists, file names) goes through here.
"""

from __future__ import annotations

import math
import re

from annotate.errors import TimeFormatError
from annotate.validate import MAX_SECONDS, number_problem

# h:mm:ss(.fff), m:ss(.fff), with '.' or ',' before the fraction (SRT uses ',').
_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d+):(\d+(?:[.,]\d+)?)\s*$")
_SECONDS = re.compile(r"^\s*\d+(?:\.\d+)?\s*s?\s*$")


def parse_time(value: object, *, subject: object | None = None) -> float:
    """Read seconds from a number, ``"147"``, ``"147.5s"``, ``"2:27"``,
    ``"1:02:03.5"`` or ``"00:02:27,500"``; raise TimeFormatError otherwise."""
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
        if hours is not None and int(minutes) > 59:
            raise TimeFormatError(f"minutes over 59 in {value!r}", subject=subject)
        if frac >= 60:
            raise TimeFormatError(f"seconds over 59 in {value!r}", subject=subject)
        seconds = int(hours or 0) * 3600 + int(minutes) * 60 + frac
    else:
        raise TimeFormatError(
            f"not a time: {value!r} (use seconds or h:mm:ss)", subject=subject
        )
    if not math.isfinite(seconds):
        raise TimeFormatError(f"not a finite time: {value!r}", subject=subject)
    if seconds < 0:
        raise TimeFormatError(f"negative time: {value!r}", subject=subject)
    if seconds > MAX_SECONDS:
        raise TimeFormatError(f"time {value!r} is more than {MAX_SECONDS:g} s (a week)", subject=subject)
    return seconds


def _split(seconds: float, places: int) -> tuple[int, int, int, int]:
    """Round once to the given decimal places, then split, so 59.9996 never
    prints as ``0:59.1000``."""
    scale = 10**places
    total = int(round(max(0.0, seconds) * scale))
    whole, frac = divmod(total, scale)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return hours, minutes, secs, frac


def format_clock(seconds: float, *, places: int = 0) -> str:
    """Article style: ``2:27``, ``1:02:03``, or ``2:27.5`` with ``places=1``."""
    h, m, s, frac = _split(seconds, places)
    tail = f".{frac:0{places}d}" if places else ""
    if h:
        return f"{h}:{m:02d}:{s:02d}{tail}"
    return f"{m}:{s:02d}{tail}"


def format_srt(seconds: float) -> str:
    """SubRip: ``00:02:27,500``."""
    h, m, s, ms = _split(seconds, 3)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def format_vtt(seconds: float) -> str:
    """WebVTT: ``00:02:27.500``."""
    h, m, s, ms = _split(seconds, 3)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def format_ass(seconds: float) -> str:
    """ASS: ``0:02:27.50`` (centiseconds)."""
    h, m, s, cs = _split(seconds, 2)
    return f"{h}:{m:02d}:{s:02d}.{cs:02d}"


def format_compact(seconds: float) -> str:
    """For file names and ids: ``02m27s`` or ``1h02m03s``."""
    h, m, s, _ = _split(seconds, 0)
    return f"{h}h{m:02d}m{s:02d}s" if h else f"{m:02d}m{s:02d}s"


def format_editable(seconds: float) -> str:
    """The shortest clock text that reads back to the same millisecond, for
    files people edit: ``2:27``, ``2:27.5``, ``1:02:03.04``."""
    for places in (0, 1, 2, 3):
        text = format_clock(seconds, places=places)
        if abs(parse_time(text) - seconds) < 0.0005:
            return text
    return format_clock(seconds, places=3)
