"""Timed-text rules, after the broadcast subtitle guides (BBC, Netflix, EBU):
the defaults are theirs; every limit can be changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotate.subtitles.wrap import read_length
from annotate.timecode import FALLBACK_FPS, ceil_millis, frame_among

# The coarsest time unit of a subtitle file, in milliseconds: ASS's centisecond (SRT and WebVTT hold milliseconds).
CENTISECOND = 10


@dataclass(frozen=True)
class Rules:
    max_line_chars: int = 42
    max_lines: int = 2
    max_chars_per_second: float = 17.0
    min_seconds: float = 5 / 6
    max_seconds: float = 7.0
    min_gap_frames: int = 2
    # A point moment has no stated end: show it at least this long so it can be read.
    point_seconds: float = 3.0
    # Lines of overlapping captions on screen at once (players and libass stack them upwards): three
    # two-line captions; a caption that would stack higher waits until there is room, with a warning.
    max_stacked_lines: int = 6
    fps: float = FALLBACK_FPS
    # A variable-frame-rate footage's own frame times (footage time, sorted; ``probe.variable_frame_times``):
    # frame rules count its frames where they are, not at ``fps``, its average (a motion camera's 1 fps made
    # 2 frames 2 s).
    frame_times: tuple[float, ...] = field(default=(), repr=False)

    @property
    def min_gap_seconds(self) -> float:
        """The gap at ``fps``: what a file without footage (``--check``) is held to."""
        return self.min_gap_frames / self.fps

    def gap_after(self, t: float) -> float:
        """Seconds from a cue ending at ``t`` to the earliest start of the next: ``min_gap_frames`` frames."""
        return self.frames_after(t, self.min_gap_frames)

    def gap_before(self, t: float) -> float:
        """Seconds before a cue starting at ``t`` that the one before must end by."""
        times = self.frame_times
        k = frame_among(times, t) - self.min_gap_frames if times else -1
        return max(0.0, t - times[k]) if k >= 0 else self.min_gap_seconds

    def frames_after(self, t: float, count: int) -> float:
        """Seconds from ``t`` to ``count`` frames later (the footage's own frames where it has a frame list)."""
        times = self.frame_times
        k = frame_among(times, t) + count if times else len(times)
        return max(0.0, times[k] - t) if k < len(times) else count / self.fps

    @property
    def max_cue_chars(self) -> int:
        return self.max_line_chars * self.max_lines

    def reading_seconds(self, text: str) -> float:
        """Time needed to read ``text`` at the speed limit (characters as :func:`wrap.read_length` counts them),
        rounded up to the centisecond. Every file rounds a time down to its unit (so a cue starts on or before
        its frame), and a cue whose start and end both fall between centiseconds lost up to one of its
        reading time in an ASS file: laid out at exactly the limit (29 characters in 1.706 s), it was written
        1.70 s long, 17.1 characters a second, and the writer's own file failed ``subtitles --check``. A time
        on screen that is a whole number of centiseconds keeps its length, rounded down at both ends."""
        return ceil_millis(read_length(text) / self.max_chars_per_second, CENTISECOND) / 1000

