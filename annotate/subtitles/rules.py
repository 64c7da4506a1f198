"""Timed-text rules, after the broadcast subtitle guides (BBC, Netflix, EBU):
the defaults are theirs; every limit can be changed."""

from __future__ import annotations

from dataclasses import dataclass

from annotate.timecode import FALLBACK_FPS


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

    @property
    def min_gap_seconds(self) -> float:
        return self.min_gap_frames / self.fps

    @property
    def max_cue_chars(self) -> int:
        return self.max_line_chars * self.max_lines

    def reading_seconds(self, text: str) -> float:
        """Time needed to read ``text`` at the speed limit (line breaks don't count)."""
        return len(text.replace("\n", "")) / self.max_chars_per_second
