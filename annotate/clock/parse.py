"""Burnt-in clock text (as OCR reads it) to a point in time: 24-h and 12-h
with AM/PM, dates in y-m-d, d/m/y or m/d/y order with ``-`` ``/`` ``.``,
optional milliseconds. Pure functions on strings."""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass

# What OCR engines return for digits in small on-screen fonts.
_CONFUSABLE = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1",
                             "i": "1", "Z": "2", "z": "2", "S": "5", "s": "5", "B": "8", "g": "9",
                             ";": ":"})
_TIME = re.compile(r"(?<!\d)(\d{1,2})\s?[:.]\s?(\d{2})\s?[:.]\s?(\d{2})(?:[.,:](\d{1,3}))?(?!\d)")
# A date glued to the time by the OCR ("2017-11-1315:02:11"): hours are two digits.
_TIME_GLUED = re.compile(r"(\d{2})[:.](\d{2})[:.](\d{2})(?:[.,:](\d{1,3}))?(?!\d)")
# A time of day to the minute alone ("2017-11-13 23:59": a news channel's clock, many DVRs): no clock map's reading
# (the OCR may glue the date to it, "2017-11-1323:59", as to a time with seconds).
_MINUTES_ONLY = re.compile(r"(?<!:)(?:(?<!\d)\d|\d{2})\s?:\s?[0-5]\d(?!\s?[:.]?\s?\d)")
_MERIDIEM = re.compile(r"^\s*([AaPp])\.?\s?[Mm]\.?")
_MERIDIEM_BEFORE = re.compile(r"([AaPp])\.?\s?[Mm]\.?\s*$")
_YMD = re.compile(r"(\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})")
_XXY = re.compile(r"(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4}|\d{2})(?!\d)")
# A clock with no date on screen counts from this day's midnight: only its
# time of day means anything (the reader wraps it at 24 h, and the map
# writes it without a date).
NO_DATE = (1970, 1, 1)
DATE_ORDERS = ("ymd", "dmy", "mdy")


@dataclass(frozen=True)
class Fields:
    """The parts of one clock reading, before the date order is known."""

    date: tuple[int, int, int] | None  # as written: (y, m, d) for ymd, else (a, b, year)
    ymd_written: bool  # the year came first
    hour: int  # 0..23 (AM/PM already applied)
    minute: int
    second: int
    millis: int | None
    twelve_hour: bool
    frame_field: bool = False  # a frame counter or hundredths follow the seconds (HH:MM:SS:FF)

    def seconds(self, order: str) -> float | None:
        """Seconds since 1970-01-01 (a naive calendar: no time zone), or None
        when the date is impossible in ``order``."""
        if self.date is None:
            y, m, d = NO_DATE
        elif self.ymd_written:
            y, m, d = self.date
        else:
            a, b, y = self.date
            y = y + 2000 if y < 100 else y
            m, d = (b, a) if order == "dmy" else (a, b)
        if not (1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
            return None
        day = calendar.timegm((y, m, d, self.hour, self.minute, self.second))
        return day + (self.millis or 0) / 1000.0

    @property
    def resolution(self) -> float:
        """How much time one step of the last field shown is."""
        return 0.001 if self.millis is not None else 1.0


def parse(text: str) -> Fields | None:
    """The clock in ``text``, or None when it holds no complete time of day
    (hours, minutes and seconds) that is valid."""
    clean = text.translate(_CONFUSABLE)
    m = _TIME.search(clean) or _TIME_GLUED.search(clean)
    # A y.m.d date's own digits are no time: "2017.11.13" once read as 17:11:13 when the OCR lost the time's colon.
    if m is None or ((d := _YMD.search(clean)) is not None and d.start() <= m.start() and m.end() <= d.end()):
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3))
    millis = None
    frame_field = m.group(4) is not None and len(m.group(4)) < 3
    if m.group(4) is not None:
        digits = m.group(4)
        # Three digits are milliseconds; one or two are a frame counter or
        # hundredths, whose rate is unknown: kept out of the reading.
        millis = int(digits) if len(digits) == 3 else None
    after, before = clean[m.end():], clean[:m.start()]
    meridiem = _MERIDIEM.match(after) or _MERIDIEM_BEFORE.search(before)
    twelve = meridiem is not None
    if twelve:
        assert meridiem is not None
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.group(1).lower() == "p" else 0)
        if meridiem.re is _MERIDIEM_BEFORE:
            before = before[:meridiem.start()]
    if hour > 23 or minute > 59 or second > 59:
        return None
    date: tuple[int, int, int] | None = None
    ymd = False
    found = _YMD.search(before) or _YMD.search(after)
    if found is not None:
        date, ymd = (int(found.group(1)), int(found.group(2)), int(found.group(3))), True
    else:
        found = _XXY.search(before) or _XXY.search(after)
        if found is not None:
            date = (int(found.group(1)), int(found.group(2)), int(found.group(3)))
    return Fields(date, ymd, hour, minute, second, millis, twelve, frame_field)


def time_without_seconds(text: str) -> str | None:
    """The ``HH:MM`` in ``text`` when it shows a time of day to the minute and no complete one (a clock
    that shows no seconds, which the reader cannot time to the second), else None."""
    clean = text.translate(_CONFUSABLE)
    if _TIME.search(clean) or _TIME_GLUED.search(clean):
        return None
    m = _MINUTES_ONLY.search(clean)
    if m is None:
        return None
    hours, minutes = (int(x) for x in m.group().replace(" ", "").split(":"))
    return f"{hours:02d}:{minutes:02d}" if hours <= 23 else None


def date_order(readings: list[Fields]) -> str:
    """Decide d/m/y against m/d/y from every reading of one footage: a first
    field above 12 can only be a day, a second field above 12 likewise; else
    the field that changes over time is the day. Year-first dates are y-m-d.
    Undecidable (:func:`date_order_guessed`): d/m/y, as most of the world writes."""
    return _decided_order(readings) or "dmy"


def date_order_guessed(readings: list[Fields]) -> bool:
    """Whether :func:`date_order` guessed: the dates read both d/m/y and
    m/d/y (both fields 12 or less, neither changing alone), so the date taken
    may be another day than the camera's (03/04: 3 April or 4 March)."""
    return _decided_order(readings) is None


def _decided_order(readings: list[Fields]) -> str | None:
    pairs = [r.date[:2] for r in readings if r.date is not None and not r.ymd_written]
    if not pairs:
        return "ymd"
    if any(a > 12 for a, _ in pairs):
        return "dmy"
    if any(b > 12 for _, b in pairs):
        return "mdy"
    if all(a == b for a, b in pairs):
        return "dmy"  # 04/04: the same day either way
    firsts, seconds = {a for a, _ in pairs}, {b for _, b in pairs}
    if len(firsts) > 1 and len(seconds) == 1:
        return "dmy"
    if len(seconds) > 1 and len(firsts) == 1:
        return "mdy"
    return None


def iso(seconds: float) -> str:
    """``YYYY-MM-DDTHH:MM:SS.fff`` for seconds since 1970-01-01 (naive)."""
    whole = int(seconds // 1)
    millis = round((seconds - whole) * 1000)
    if millis == 1000:
        whole, millis = whole + 1, 0
    t = time.gmtime(whole)
    return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}T{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}.{millis:03d}"
