"""The ``clock`` field of a moment: a time of day the footage's burnt-in clock
can place, as text (``[YYYY-MM-DDT]HH:MM[:SS[.fff]][/HH:MM[:SS[.fff]]][ ZONE]``) and back.

A time given to the minute (``19:05``) stands for the whole minute; one with
seconds for that second. A clock range (``from 06:31:08 to 06:33:40 by the
camera clock``) adds its end after a slash, as ISO 8601 writes an interval
(``06:31:08/06:33:40``); an end before the start runs past midnight. The zone is kept as the article wrote it (``UTC``,
``local time``, ``ET``, ``UTC+3``, ``Moscow time``); footage clocks say nothing
of their zone, so placement cannot compare it, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date

from annotate.errors import TimeFormatError

_HHMMSS = r"(?P<{0}h>\d{{2}}):(?P<{0}m>\d{{2}})(?::(?P<{0}s>\d{{2}}(?:\.\d{{1,3}})?))?"
_CLOCK_TEXT = re.compile(
    rf"^(?:(?P<date>\d{{4}}-\d{{2}}-\d{{2}})T)?{_HHMMSS.format('')}(?:/{_HHMMSS.format('end_')})?"
    r"(?: (?P<zone>[^\s].{0,39}))?$"
)
SECONDS_PER_DAY = 86_400
MAX_CLOCK_CHARS = 80


@dataclass(frozen=True)
class ClockTime:
    """A stated time of day: ``seconds`` since midnight, ``precision`` the
    seconds it spans (1 when seconds are given, 60 for a time to the minute)."""

    seconds: float
    precision: float
    date: str | None = None  # YYYY-MM-DD
    zone: str | None = None
    end: float | None = None  # a clock range's end, seconds since midnight (same precision)

    def time_text(self) -> str:
        """``HH:MM``, or ``HH:MM:SS[.fff]`` when seconds are given."""
        return self._hhmmss(self.seconds)

    def end_text(self) -> str | None:
        """The range's end as :meth:`time_text` writes the start, or None for a single time."""
        return None if self.end is None else self._hhmmss(self.end)

    def _hhmmss(self, seconds: float) -> str:
        whole = int(seconds)
        h, m, s = whole // 3600, whole // 60 % 60, whole % 60
        out = f"{h:02d}:{m:02d}"
        if self.precision < 60:
            frac = round(seconds - whole, 3)
            out += f":{s:02d}" + (f"{frac:.3f}"[1:].rstrip("0") if frac else "")
        return out

    def text(self) -> str:
        """Back to the field's text (what :func:`parse_clock` reads)."""
        out = f"{self.date}T{self.time_text()}" if self.date else self.time_text()
        if self.end is not None:
            out += f"/{self.end_text()}"
        return f"{out} {self.zone}" if self.zone else out


def parse_clock(value: object, *, subject: object | None = None) -> ClockTime:
    """Read a ``clock`` field; raise TimeFormatError naming the expected shape."""
    if not isinstance(value, str) or len(value) > MAX_CLOCK_CHARS or not (m := _CLOCK_TEXT.match(value)):
        shown = value[:MAX_CLOCK_CHARS] if isinstance(value, str) else value
        raise TimeFormatError(f"not a clock time: {shown!r} (use HH:MM[:SS], optionally after YYYY-MM-DDT, "
                              "optionally /HH:MM[:SS] for a range)", subject=subject)
    start = _seconds(m, "", value, subject)
    end = _seconds(m, "end_", value, subject) if m["end_h"] else None
    if end is not None and bool(m["s"]) != bool(m["end_s"]):
        raise TimeFormatError(f"not a clock range: {value!r} (give seconds at both ends or neither)", subject=subject)
    if end == start:
        raise TimeFormatError(f"not a clock range: {value!r} (it ends where it starts; give the one time)",
                              subject=subject)
    date = m["date"]
    if date is not None and (problem := date_problem(date)) is not None:
        raise TimeFormatError(problem, subject=subject)
    return ClockTime(start, 1.0 if m["s"] else 60.0, date, m["zone"], end)


def date_problem(date: str) -> str | None:
    """Why ``YYYY-MM-DD`` names no day of the calendar (``2024-02-31``), or None:
    placement counts days from it, so a day past a month's end would land in the next month."""
    try:
        _date.fromisoformat(date)
    except ValueError:
        return f"not a date: {date!r}"
    return None


def _seconds(m: re.Match[str], prefix: str, value: str, subject: object | None) -> float:
    hours, minutes = int(m[prefix + "h"]), int(m[prefix + "m"])
    secs = float(m[prefix + "s"]) if m[prefix + "s"] else 0.0
    if hours > 23 or minutes > 59 or secs >= 60:
        raise TimeFormatError(f"not a time of day: {value!r}", subject=subject)
    return hours * 3600 + minutes * 60 + secs
