"""One pass over the whole text before the per-sentence work: the text lower-cased once, and
which sentences hold a given word stem, found with ``str.find`` over the whole text (a fast
substring scan) instead of an alternation of stems tried at every position of every sentence; and the walk up a
text's lines that list rules take from one line to its heading."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence


def lowered(text: str) -> str | None:
    """``text`` lower-cased once, so that ``low[b:e]`` is ``text[b:e].lower()`` for any b, e; None
    when lower-casing changes the length ("İ" becomes two characters), as offsets would then move.
    (Only a final "Σ" lowers by its context; callers look for ASCII stems alone.)"""
    low = text.lower()
    return low if len(low) == len(text) else None


def sentences_holding(low: str, spans: Sequence[tuple[int, int]], stems: Iterable[str],
                      barred_after: Mapping[str, str] | None = None) -> set[int]:
    """Indices of the sentences ``spans`` (in order, not overlapping) of which ``low[b:e]`` holds one of
    the literal ``stems`` whole: exactly those where ``stem in low[b:e]`` for some stem. A stem in
    ``barred_after`` counts only where the character after it in its sentence (if any) is none of its
    characters there (``re.search(stem + "(?![barred])", low[b:e])``)."""
    starts = [b for b, _e in spans]
    found: set[int] = set()
    barred_after = barred_after or {}
    for stem in stems:
        barred = barred_after.get(stem, "")
        at = low.find(stem)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            after = at + len(stem)
            if k >= 0 and after <= spans[k][1] and not (after < spans[k][1] and low[after] in barred):
                found.add(k)
            at = low.find(stem, at + 1)
    return found


def sentences_with(text: str, spans: Sequence[tuple[int, int]], char: re.Pattern[str]) -> set[int]:
    """Indices of the sentences ``spans`` (in order, not overlapping) in which ``char``, a pattern of one
    character with no look-around (``\\d``), is found: exactly those where ``char.search(text, b, e)``, with
    one search per sentence found (on from its end), not one per sentence."""
    starts = [b for b, _e in spans]
    found: set[int] = set()
    m = char.search(text)
    while m is not None:
        at = m.start()
        k = bisect_right(starts, at) - 1
        if k >= 0 and at < spans[k][1]:
            found.add(k)
            m = char.search(text, spans[k][1])
        else:
            m = char.search(text, at + 1)
    return found


def lines_above(text: str, line_start: int, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line above the one starting at ``line_start``, nearest first, at most ``limit``
    of them, stopping at the text's first line (``end`` is the line's newline)."""
    for _ in range(limit):
        if line_start == 0:
            return
        above = text.rfind("\n", 0, line_start - 1) + 1
        yield above, line_start - 1
        line_start = above
