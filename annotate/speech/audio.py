"""Finding a known phrase in a soundtrack with an offline recogniser.

(Interface fixed first so the text-track and audio work can proceed apart;
the implementation lands with issue 15.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SpokenMatch:
    """Where a phrase was heard: ``start``/``end`` in footage seconds (first word's
    start, last word's end), ``score`` on the documented 0..1 scale, and the
    recognised words with their times (the evidence a person checks)."""

    start: float
    end: float
    score: float
    words: tuple[tuple[str, float, float], ...] = ()


def find_spoken(path: Path | str, phrase: str, window: tuple[float, float] | None = None, *,
                on_progress: Callable[[float], None] | None = None) -> SpokenMatch | None:
    """The place ``phrase`` is spoken in ``path``'s sound (inside ``window`` when
    given), or None when it is not found with confidence."""
    return None
