"""The one place numbers and sizes from users are judged: every numeric field
(timeline, interchange file, theme, job file) and every numeric CLI option is
checked here for type, finiteness and range, and the size limits every
reader enforces are defined here, so a new field is covered by calling it."""

from __future__ import annotations

import math
from typing import Any

from annotate.errors import InputError

# The longest time a field may hold: a week. No footage is longer, and up to
# here a float still holds a time to far better than a millisecond.
MAX_SECONDS = 7 * 24 * 3600.0
# The most moments one timeline may hold, whatever file it comes from
# (YAML, CSV, JSON, OTIO, ...): every command handles this many in seconds
# (README, "Reliability": the measured times).
MAX_MOMENTS = 20_000
# The most videos one timeline may list: a story has a handful, and each
# becomes a file per output (out.ID.srt), a review page and a clip folder.
MAX_VIDEOS = 100
# The deepest nesting a YAML or JSON input may have. A timeline needs 4
# levels; parsers recurse once per level, so thousands of levels would
# exhaust the stack.
MAX_DEPTH = 64
# Biggest magnitude a plain number field may hold (scores, offsets, sizes).
MAX_NUMBER = 1e9
# The highest frame rate a user may state (--fps, an EDL's rate).
MAX_FRAME_RATE = 1000.0


def number_problem(
    value: Any, *, low: float | None = None, high: float | None = None,
    low_open: bool = False, whole: bool = False,
) -> str | None:
    """Why ``value`` is not an acceptable number in [low, high] (or (low,
    high] with ``low_open``), or None when it is. Booleans, text, lists and
    non-finite values are refused; ``whole`` asks for an integer."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"must be a number, not {_show(value)}"
    if whole and not isinstance(value, int):
        return f"must be a whole number, not {_show(value)}"
    if isinstance(value, int) and abs(value) > 10**18:
        return f"is too large: {_show(value)}"
    if not math.isfinite(value):
        return f"must be a finite number, not {value!r}"
    if low is not None and (value < low or (low_open and value == low)):
        return f"must be {'>' if low_open else '>='} {low:g}, not {value!r}"
    if high is not None and value > high:
        return f"must be <= {high:g}, not {value!r}"
    return None


def number(
    value: Any, *, subject: object, low: float | None = None, high: float | None = None,
    low_open: bool = False, whole: bool = False,
) -> float:
    """``value`` as a float if :func:`number_problem` finds nothing, else an
    InputError naming ``subject``."""
    problem = number_problem(value, low=low, high=high, low_open=low_open, whole=whole)
    if problem:
        raise InputError(problem, subject=subject)
    return float(value)


def _show(value: Any) -> str:
    """A short repr: a 5,000-digit number or a huge list is not echoed whole."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**18:
        return f"a number of {int(math.log10(abs(value))) + 1} digits"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
