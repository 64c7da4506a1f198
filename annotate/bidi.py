"""The visual order of a line of mixed directions (Unicode's bidirectional algorithm, UAX #9, without
explicit embeddings, which captions do not carry): text drawn in runs of several fonts must order the
runs itself, since each is laid out on its own (libass and browsers order the whole line first).
Paragraph direction from the first strong character, as they do."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")
_STRONG = {"L": "L", "R": "R", "AL": "R", "LRE": "L", "LRO": "L", "LRI": "L", "RLE": "R", "RLO": "R", "RLI": "R"}


def _types(text: str, base: int) -> list[str]:
    """Each character's type after the weak rules: L, R, EN, AN or N (neutral); a mark takes its letter's
    (W1), a European number after Arabic letters is Arabic (W2), after Latin ones (or at the start of a
    left-to-right line) Latin (W7); a separator between two numbers is theirs (W4)."""
    out: list[str] = []
    last_strong = "L" if base == 0 else "R"
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls == "NSM" and out:
            kind = out[-1]
        elif cls in _STRONG:
            kind = _STRONG[cls]
            last_strong = cls
        elif cls == "EN":
            kind = "AN" if last_strong == "AL" else "L" if _STRONG.get(last_strong) == "L" else "EN"
        elif cls == "AN":
            kind = "AN"
        else:
            kind = "N"
        out.append(kind)
    for i in range(1, len(text) - 1):  # W4, W5: a separator between two numbers, a sign beside one, is the number's
        cls = unicodedata.bidirectional(text[i])
        if out[i] == "N" and cls in ("CS", "ES", "ET") and out[i - 1] == out[i + 1] and out[i - 1] in ("EN", "AN"):
            out[i] = out[i - 1]
    return out


def paragraph_level(text: str) -> int:
    """0 (left to right) or 1, by the first strong character (rules P2, P3)."""
    for ch in text:
        kind = _STRONG.get(unicodedata.bidirectional(ch))
        if kind:
            return 0 if kind == "L" else 1
    return 0


def levels(text: str) -> list[int]:
    """The embedding level of each character of one line (rules W1-W2, N1-N2, I1-I2, L1 for its end)."""
    base = paragraph_level(text)
    types = _types(text, base)
    edge = "L" if base == 0 else "R"
    side = ["L" if t == "L" else "R" if t != "N" else "N" for t in types]  # numbers count as R (N1)
    i = 0
    while i < len(types):  # N1, N2: neutrals between two of one direction take it, else the paragraph's
        if types[i] != "N":
            i += 1
            continue
        j = i
        while j < len(types) and types[j] == "N":
            j += 1
        before = edge if i == 0 else side[i - 1]
        after = edge if j == len(types) else side[j]
        types[i:j] = [before if before == after else edge] * (j - i)
        i = j
    out = [base + (1 if t == "R" else 2 if t in ("EN", "AN") else 0) if base == 0 else
           base + (0 if t == "R" else 1) for t in types]
    k = len(text)
    while k > 0 and text[k - 1].isspace():  # L1: the line's trailing spaces at the paragraph's level
        k -= 1
        out[k] = base
    return out


def reorder(items: Sequence[T], item_levels: Sequence[int]) -> list[tuple[T, int]]:
    """``items`` (each of one level) in visual order from the left, with their levels (rule L2: from the
    highest level to the lowest odd one, every run at that level or above reversed)."""
    pairs = list(zip(items, item_levels))
    if not pairs:
        return []
    lowest_odd = min((lv for lv in item_levels if lv % 2), default=None)
    if lowest_odd is None:
        return pairs
    for level in range(max(item_levels), lowest_odd - 1, -1):
        i = 0
        while i < len(pairs):
            if pairs[i][1] < level:
                i += 1
                continue
            j = i
            while j < len(pairs) and pairs[j][1] >= level:
                j += 1
            pairs[i:j] = pairs[i:j][::-1]
            i = j
    return pairs
