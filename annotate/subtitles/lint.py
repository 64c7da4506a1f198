"""``--check``: lint any subtitle file against the timed-text rules, listing
each violation with its cue number (no peer library does this)."""

from __future__ import annotations

from dataclasses import dataclass

from annotate.subtitles.cues import Cue
from annotate.subtitles.rules import Rules
from annotate.subtitles.wrap import read_length, width
from annotate.timecode import format_clock
from annotate.validate import MAX_SECONDS

# Rounding in SRT (ms) and ASS (cs) files shouldn't count as a violation.
TOLERANCE_SECONDS = 0.011


@dataclass(frozen=True)
class Violation:
    cue: int  # 1-based, in file order; 0 for what was not read as a cue
    rule: str
    message: str
    line: int | None = None  # of the file, for what could not be read

    def __str__(self) -> str:
        where = f"cue {self.cue}" if self.cue else (f"line {self.line}" if self.line else "file")
        return f"{where}: {self.message} [{self.rule}]"


def lint(cues: list[Cue], rules: Rules | None = None, *, duration: float | None = None) -> list[Violation]:
    rules = rules or Rules()
    out: list[Violation] = []
    for n, cue in enumerate(cues, start=1):
        def add(rule: str, message: str, n: int = n) -> None:
            out.append(Violation(n, rule, message))

        if not cue.text.strip():
            add("empty", "has no text")
        unjudged = _unjudged(cue)
        if unjudged:
            add(*unjudged)
            continue
        for rule, message in _lines(cue, rules):
            add(rule, message)
        cps = read_length(cue.text) / cue.duration
        if cps > rules.max_chars_per_second + 0.05:
            add("reading-speed", f"{cps:.1f} characters/s, faster than {rules.max_chars_per_second:g}")
        if cue.duration < rules.min_seconds - TOLERANCE_SECONDS:
            add("min-duration", f"on screen {cue.duration:.3f} s, less than {rules.min_seconds:.3f} s")
        if cue.duration > rules.max_seconds + TOLERANCE_SECONDS:
            add("max-duration", f"on screen {cue.duration:.3f} s, more than {rules.max_seconds:g} s")
        if duration is not None and cue.end > duration + TOLERANCE_SECONDS:
            add("past-end", f"ends at {cue.end:.3f} s, after the footage ({duration:.3f} s)")
        if n > 1:
            previous = cues[n - 2]
            gap = cue.start - previous.end
            if gap < -TOLERANCE_SECONDS:
                add("overlap", f"starts {-gap:.3f} s before cue {n - 1} ends")
            elif gap < rules.min_gap_seconds - TOLERANCE_SECONDS:
                add("gap", f"{gap * rules.fps:.1f} frames after cue {n - 1}, fewer than {rules.min_gap_frames}")
    return out


def _unjudged(cue: Cue) -> tuple[str, str] | None:
    """Why no timing rule can judge ``cue``, if none can."""
    if max(cue.start, cue.end) > MAX_SECONDS:  # and no timeline holds it
        return ("too-late", f"ends at {format_clock(max(cue.start, cue.end), places=3)}, later than a week "
                            f"({MAX_SECONDS:g} s), longer than any footage")
    if cue.end <= cue.start:
        return ("order", f"ends ({cue.end:.3f} s) before it starts ({cue.start:.3f} s)")
    return None


def _lines(cue: Cue, rules: Rules) -> list[tuple[str, str]]:
    """The line rules ``cue``'s text breaks."""
    lines = cue.text.split("\n") if cue.text else []
    found = [("max-lines", f"{len(lines)} lines, more than {rules.max_lines}")] if len(lines) > rules.max_lines else []
    return found + [("line-length", f"line {i} has {width(line)} characters, more than {rules.max_line_chars}"
                                    + (" (a wide character counts two)" if width(line) > len(line) else ""))
                    for i, line in enumerate(lines, start=1) if width(line) > rules.max_line_chars]
