"""What a subtitle reader could not read as the file says: each cue it
skipped or changed, and each guess it made, with the line, so nothing is
lost without the user being told."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from annotate.errors import AnnotateWarning

# Rules a problem can break (as ``--check`` lists them): a cue or line left
# out, a cue read although the format forbids its shape, a guessed encoding,
# and what a cue holds that a moment cannot (a place on screen, an id another cue took first).
UNREADABLE, MALFORMED, ENCODING, NOT_KEPT = "unreadable", "malformed", "encoding", "not-kept"
# Problems that are no fault of the file: warnings, never ``--check`` violations.
NOT_FAULTS = (ENCODING, NOT_KEPT)
SHOWN_CHARS = 40  # of a bad line, quoted in a message
SHOWN_NUMBERS = 5  # cues or lines a message lists
SHOWN_EXAMPLES = 3  # distinct examples a message quotes


class Report(Protocol):
    """What a format module's ``loads`` tells of each problem: the 1-based line, why, and the rule."""

    def __call__(self, line: int | None, reason: str, rule: str = UNREADABLE) -> None: ...


class SubtitleWarning(AnnotateWarning):
    """A subtitle file was read, but not all of it as written; the message says where and why."""


@dataclass(frozen=True)
class Problem:
    """A cue or line that was skipped (``unreadable``) or read although
    malformed (``malformed``), or a guess made while reading (``encoding``),
    at ``line`` of ``path``."""

    line: int | None
    reason: str
    rule: str = UNREADABLE
    path: str = ""

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.path, f"line {self.line}" if self.line else "") if p)
        return f"{where}: {self.reason}" if where else self.reason


class Collector:
    """A :data:`Report` that keeps what it is told, for one file."""

    def __init__(self, path: str = "") -> None:
        self.path = path
        self.problems: list[Problem] = []

    def __call__(self, line: int | None, reason: str, rule: str = UNREADABLE) -> None:
        self.problems.append(Problem(line, reason, rule, self.path))


def ignore(line: int | None, reason: str, rule: str = UNREADABLE) -> None:
    """A :class:`Report` for callers that do not want to hear."""


def place_not_kept(say: Report, line: int | None, cue: int, place: str) -> None:
    """Tell of cue number ``cue`` at ``line``: the place on screen its file
    gives it (``place``, as written), which a moment cannot hold. One wording
    for every format, a warning (never a ``--check`` fault), so ``--strict``
    refuses the file."""
    say(line, f"cue {cue}: its place on screen, {place}, is not kept (a moment holds none); it will show at the "
              "bottom", NOT_KEPT)


def shown(line: str) -> str:
    """A bad line, quoted (and shortened) for a message."""
    line = line.strip()
    return repr(line if len(line) <= SHOWN_CHARS else line[: SHOWN_CHARS - 1] + "…")


class NotKept:
    """What the cues of one file hold that a moment's caption cannot (a
    speaker, styling, an effect) and events never shown (ASS comments),
    gathered by kind so that each kind is told once per file, naming its cues
    (or lines) and a few examples: a styled file of 1,000 cues is one warning,
    not 1,000. Told as ``not-kept``: a warning, never a ``--check`` fault."""

    def __init__(self) -> None:
        self._kinds: dict[str, tuple[str, int | None, list[int], list[str]]] = {}

    def __call__(self, what: str, line: int | None, number: int, examples: list[str], *, unit: str = "cue") -> None:
        """``what`` (e.g. "speaker not kept (a caption names none)") found in
        cue ``number`` at ``line`` (``unit`` "line": an event that is no cue),
        as ``examples`` (already quoted)."""
        if not examples:
            return
        kind = self._kinds.setdefault(what, (unit, line, [], []))
        if not kind[2] or kind[2][-1] != number:  # (cues and lines come in order: a repeat is the last one)
            kind[2].append(number)
        for example in examples:  # one more than shown, to know there are more: never a search of thousands
            if len(kind[3]) > SHOWN_EXAMPLES:
                break
            if example not in kind[3]:
                kind[3].append(example)

    def tell(self, say: Report) -> None:
        for what, (unit, line, numbers, examples) in self._kinds.items():
            quoted = ", ".join(examples[:SHOWN_EXAMPLES]) + (", ..." if len(examples) > SHOWN_EXAMPLES else "")
            preposition = "at" if unit == "line" else "in"
            say(line, f"{what}: {quoted} {preposition} {_listed(unit, numbers)}", NOT_KEPT)
        self._kinds.clear()


def _listed(unit: str, numbers: list[int]) -> str:
    """``cue 3``, ``cues 1 and 3``, ``lines 1, 2, 3, 4, 5 and 7 more``."""
    if len(numbers) == 1:
        return f"{unit} {numbers[0]}"
    shown_ = [str(n) for n in numbers[:SHOWN_NUMBERS]]
    rest = f"{len(numbers) - SHOWN_NUMBERS} more" if len(numbers) > SHOWN_NUMBERS else shown_.pop()
    return f"{unit}s {', '.join(shown_)} and {rest}"
