"""What a subtitle reader could not read as the file says: each cue it
skipped or changed, and each guess it made, with the line, so nothing is
lost without the user being told."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# A format module's loads() calls this with a 1-based line number and a reason.
Report = Callable[[int | None, str], None]


class SubtitleWarning(UserWarning):
    """A subtitle file was read, but not all of it as written; the message says where and why."""


@dataclass(frozen=True)
class Problem:
    """A cue that was skipped or changed (``unreadable``), or a guess made
    while reading (``encoding``), at ``line`` of ``path``."""

    line: int | None
    reason: str
    rule: str = "unreadable"
    path: str = ""

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.path, f"line {self.line}" if self.line else "") if p)
        return f"{where}: {self.reason}" if where else self.reason


class Collector:
    """A :data:`Report` that keeps what it is told, for one file."""

    def __init__(self, path: str = "") -> None:
        self.path = path
        self.problems: list[Problem] = []

    def __call__(self, line: int | None, reason: str, rule: str = "unreadable") -> None:
        self.problems.append(Problem(line, reason, rule, self.path))
