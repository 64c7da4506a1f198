"""One pass over the whole text before the per-sentence work: the copy the finders read (:func:`reading_copy`), the
text lower-cased once, and which sentences hold a given word stem, found with ``str.find`` over the whole text (a fast
substring scan) instead of an alternation of stems tried at every position of every sentence; and the walk up a
text's lines that list rules take from one line to its heading."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.sentences import INVISIBLE

# A decimal digit of another script ("２", "٢", "२": ``\d`` is Unicode's decimal digits, those ``int()`` reads), and
# the full-width colon and full stop of East Asian text ("２：２７").
_NOT_ASCII_DIGIT = re.compile(r"(?![0-9])\d|[\uff1a\uff0e]")


def _as_ascii(m: re.Match[str]) -> str:
    c = m.group()
    return ":" if c == "\uff1a" else "." if c == "\uff0e" else str(unicodedata.decimal(c))


# A run of characters that draw nothing (sentences.INVISIBLE: a zero-width space, a bidi mark, a soft hyphen) beside
# a space, or between a digit and a word: "at 2:10\u200b in the video" is "at 2:10 in the video" to a reader (not a
# soft hyphen inside a word: "vid\u00adeo" stays one word).
_INVISIBLE_GAP = re.compile(
    rf"(?<=\s)[{INVISIBLE}]+|[{INVISIBLE}]+(?=\s)|(?<=\d)[{INVISIBLE}]+(?=\w)|(?<=\w)[{INVISIBLE}]+(?=\d)")


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def reading_copy(text: str) -> str:
    """``text`` as the finders read it, one character for one, so every offset, span and sentence found in the copy
    is the same in ``text``, where quotes, sentences and captions are cut (the output keeps the text as written):
    each digit of another script ("２：２７", "٠:٤٥", "२:२७") and the full-width colon and stop as their ASCII twins,
    the characters that draw nothing beside a space or a number as spaces (:data:`_INVISIBLE_GAP`), and a quoted
    list or table read as one (:func:`_quoted_rows`)."""
    copy = text if text.isascii() else _INVISIBLE_GAP.sub(_spaces, _NOT_ASCII_DIGIT.sub(_as_ascii, text))
    return _quoted_rows(copy) if ">" in copy else copy


def as_shown(written: str, read: str, b: int, e: int) -> str:
    """``written[b:e]`` with the spaces and line breaks of its reading copy ``read`` (:func:`reading_copy`): the text
    as written, a quoted list's rows without their quote marks, where a caption is cut."""
    return written[b:e] if written is read else "".join(
        r if r.isspace() else w for w, r in zip(written[b:e], read[b:e]))


# A quoted line that is a list's item or a table's row: "> | 0:42 | The jeep arrives |", ">- 0:42 jeep arrives",
# "> > 1. 2:27 The defector runs", "> > 0:00 Intro" (its quote marks, up to where the row starts).
_QUOTED_ROW = regex(r"^[ \t]*(?:>[ \t]?)+(?=[ \t]*(?:\||[-*+•][ \t]|\d{1,3}[.)][ \t]|\d{1,2}:\d\d))", re.MULTILINE)


def _quoted_rows(text: str) -> str:
    """``text`` with each quoted list or table (two rows or more on lines one after another) as the list or table it
    is: a reply quoting a chapter list or a pipe table. A row's quote marks go, the line break before them moved
    after them ("|a|\\n> |b|" reads "|a|  \\n|b|"): the row opens its line, as the finders know rows, and no
    character moves."""
    rows = list(_QUOTED_ROW.finditer(text))
    if len(rows) < 2:
        return text
    parts, at = [], 0
    for i, m in enumerate(rows):
        if not ((i > 0 and text.find("\n", rows[i - 1].end()) + 1 == m.start())
                or (i + 1 < len(rows) and text.find("\n", m.end()) + 1 == rows[i + 1].start())):
            continue
        breaks = m.start()
        while breaks > at and text[breaks - 1] == "\n":
            breaks -= 1
        parts += [text[at:breaks], " " * (m.end() - m.start()), text[breaks:m.start()]]
        at = m.end()
    return "".join(parts) + text[at:] if parts else text


def lowered(text: str) -> str | None:
    """``text`` lower-cased once, so that ``low[b:e]`` is ``text[b:e].lower()`` for any b, e; None
    when lower-casing changes the length ("İ" becomes two characters), as offsets would then move.
    (Only a final "Σ" lowers by its context; callers look for ASCII stems alone.)"""
    low = text.lower()
    return low if len(low) == len(text) else None


# The characters ``re``'s case-blind matching takes for an ASCII letter that ``str.lower`` leaves another letter ("ı"
# for "i", "ſ" for "s"; "K" lowers to "k" as it folds, "İ" lowers to two characters): in a text holding none, a
# case-blind pattern of lower-case letters matches just where its case-bound twin matches the lower-cased text.
FOLDED_APART = "ıſ"


@lru_cache(maxsize=1)
def case_blind_copy(text: str) -> str | None:
    """:func:`lowered` ``text`` where :class:`CaseBlind` may search it (none of ``FOLDED_APART`` in it), else None."""
    low = lowered(text)
    return low if low is not None and not any(c in text for c in FOLDED_APART) else None


class CaseBlind:
    """A case-blind pattern (``re.IGNORECASE``) searched as its case-bound twin in the text's lower-cased copy
    (:func:`case_blind_copy`), where ``re`` tries an alternation of literals on its first character only, not whole
    at every position (about twice as fast): the same matches, each read again on the text itself, so callers get
    the match they had. The twin writes the pattern's capitals in lower case; only for patterns whose letters are
    ASCII, which set no flags inside, refer to no group again and match no empty string (tests/test_moments_speed.py
    checks each); on a text that has no such copy, the pattern itself."""

    __slots__ = ("pattern", "twin")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.twin = regex(_ESCAPE_OR_CAPITAL.sub(_lower_capital, pattern.pattern), pattern.flags & ~re.IGNORECASE)
        CASE_BLIND.append(self)

    def finditer(self, text: str, b: int, e: int) -> Iterator[re.Match[str]]:
        low = case_blind_copy(text)
        if low is None:
            yield from self.pattern.finditer(text, b, e)
            return
        for m in self.twin.finditer(low, b, e):
            # (the attempt at m.start() that the scan of the text itself makes: the same match, never None)
            yield self.pattern.match(text, m.start(), e)  # type: ignore[misc]

    def search_in(self, s: str) -> bool:
        """Whether the pattern finds a match in the short string ``s``: its twin searched in ``s`` lower-cased where
        that keeps every character's place and holds none of ``FOLDED_APART`` (always, for ASCII), else the pattern."""
        low = s.lower()
        if not s.isascii() and (len(low) != len(s) or any(c in s for c in FOLDED_APART)):
            return self.pattern.search(s) is not None
        return self.twin.search(low) is not None


# Every :class:`CaseBlind` made (for the test of their patterns).
CASE_BLIND: list[CaseBlind] = []
# An escape or a group's "(?P" (kept: "\\S", "\\B") or a capital letter, which the twin writes in lower case
# ("&#xBD;" -> "&#xbd;").
_ESCAPE_OR_CAPITAL = re.compile(r"\\.|\(\?P|[A-Z]", re.DOTALL)


def _lower_capital(m: re.Match[str]) -> str:
    return m.group() if len(m.group()) > 1 else m.group().lower()


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
