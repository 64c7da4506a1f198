"""The clock map: where in the footage a burnt-in clock runs, and what it reads."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from annotate.clock.parse import iso
from annotate.errors import InputError

# (x, y, w, h) in pixels of the decoded frame.
Region = tuple[int, int, int, int]


@dataclass(frozen=True)
class ClockSegment:
    """One continuous run of a clock: frames [first_frame, last_frame] show it,
    reading ``clock_seconds`` (seconds since 1970-01-01, naive: the footage
    says nothing of its time zone) at the start of ``first_frame`` and
    advancing ``rate`` clock seconds per footage second. A clock that shows
    no date (``dated`` False) counts from the midnight before its first
    frame, past 86,400 once it runs through midnight."""

    start: float  # footage seconds, start of first_frame
    end: float  # footage seconds, end of last_frame
    first_frame: int
    last_frame: int
    clock_seconds: float
    rate: float
    region: Region
    fps: float
    # "clock" (a time of day) or "timecode": a running counter with no date
    # that shows a frame field (HH:MM:SS:FF) or reads the footage's own position.
    kind: str = "clock"
    dated: bool = True

    def __post_init__(self) -> None:
        if self.last_frame < self.first_frame or self.end <= self.start:
            raise InputError(f"clock segment ends before it starts ({self.start} .. {self.end})")
        if self.rate < 0 or not math.isfinite(self.rate) or self.fps <= 0:
            raise InputError(f"clock segment needs rate >= 0 and fps > 0 (rate {self.rate}, fps {self.fps})")

    @property
    def clock(self) -> str:
        """The reading at ``start``, as :meth:`text` writes it."""
        return self.text(self.clock_seconds)

    def text(self, clock: float) -> str:
        """A reading of this clock, ``YYYY-MM-DDTHH:MM:SS.fff``, or ``HH:MM:SS.fff``
        when it shows no date (its day is not known: none is made up)."""
        return iso(clock) if self.dated else iso(clock)[11:]

    def clock_at_frame(self, frame: int) -> float:
        """The clock (seconds since 1970) at the start of ``frame``."""
        return self.clock_seconds + self.rate * (frame - self.first_frame) / self.fps

    def shown_at_frame(self, frame: int) -> int:
        """The whole second the clock shows on ``frame``."""
        return math.floor(self.clock_at_frame(frame) + 1e-9)

    def tick_frames(self) -> list[int]:
        """Every frame of the segment that is the first to show a new second."""
        if self.rate <= 0:
            return []
        out = []
        first = math.floor(self.clock_seconds) + 1
        last = self.shown_at_frame(self.last_frame)
        for second in range(first, last + 1):
            f = self.first_frame + math.ceil((second - self.clock_seconds) * self.fps / self.rate - 1e-6)
            if self.first_frame < f <= self.last_frame:
                out.append(f)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"start": round(self.start, 4), "end": round(self.end, 4), "clock": self.clock,
                "rate": round(self.rate, 4), "kind": self.kind, "region": list(self.region),
                "first_frame": self.first_frame, "last_frame": self.last_frame}


@dataclass(frozen=True)
class ClockMap:
    """Every clock segment of one footage file, in footage order."""

    path: str
    fps: float
    duration: float
    segments: tuple[ClockSegment, ...]
    engine: str = ""
    frames_read: int = 0  # how many frames were OCR-read to make the map
    # The dates shown read both d/m/y and m/d/y (03/04/2017): taken as d/m/y, a guess the
    # clock command says and placing a clock time may overrule (annotate.clock.place).
    date_guessed: bool = False
    # A clock seen but not read, said where and as read ("a time of day without seconds ... at (11, 7)
    # ('2017-11-13 23:59')"): what a clock time left unplaced on this footage is told, not "no clock".
    unread: str = ""

    def __post_init__(self) -> None:
        for a, b in zip(self.segments, self.segments[1:]):
            if b.first_frame <= a.last_frame:
                raise InputError(f"clock segments overlap at {b.start:.3f} s")

    def at(self, t: float) -> ClockSegment | None:
        """The segment on screen at footage time ``t``."""
        return next((s for s in self.segments if s.start <= t < s.end), None)

    def to_dict(self) -> dict[str, Any]:
        return {"footage": self.path, "fps": self.fps, "duration": round(self.duration, 4),
                "engine": self.engine, "frames_read": self.frames_read, "date_order_guessed": self.date_guessed,
                "unread": self.unread,
                "segments": [s.to_dict() for s in self.segments]}
