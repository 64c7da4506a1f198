"""Moments a reply repeats by quoting: merged into the moment they repeat.

A forum thread or a mail reply quotes what was said before ("> Watch from 2:27, he jumps out and runs." under the
post that said it): the extractor counts every mention (its contract), but a timeline holding both would make two
cues, two clips and two markers of one moment. So a moment read from a quoted line (``>``-quoted, or below a mail's
"-----Original Message-----") goes into the earlier moment with the same start and end (the same clock time or
words said), which keeps its caption, unless its caption tells another event than its twin's (a reply adding what
else happens then: it stays); a quoted moment with no earlier twin goes into the first later one told outside a quote
(a saved page's pull quote or embedded post set above the story's own words; not a reply right under it that says
more, below), else stays (the post it quotes is not in the text). A reply that restates the quote right above it in
its own words ("So at 2:27 he runs ..., as you say") is merged into the quote's moment as well, unless its caption
says more: more words of three letters or more that are no filler ("he runs" is no better than "the defector runs for
the line"; a longer account of the scene is its own moment). One warning names every moment merged and where, by line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from annotate.model import Moment

# The lines a mail reader puts above the original of a reply written on top (Outlook's, plain text): all below is
# the quoted original.
_ORIGINAL = re.compile(r"^[ \t]*(?:-{2,}[ \t]*original message[ \t]*-{2,}|_{10,}[ \t]*\n[ \t]*from[ \t]*:)",
                       re.IGNORECASE | re.MULTILINE)
_QUOTED = re.compile(r"[ \t]*>")
# How many merges the warning names one by one (the rest counted).
TOLD_MERGES = 10
# How far above its sentence a restated quote may end (the reply's own paragraph, read back a bounded way).
RESTATING_CHARS = 600
# Words that say nothing of the scene: a restating caption made only of them is no better than the quote's.
_FILLER = frozenset(("the", "and", "you", "your", "say", "says", "said", "see", "saw", "then", "that", "this",
                     "with", "was", "were", "are", "his", "her", "its", "their", "there", "here", "yes", "yeah",
                     "thanks", "right", "also", "just", "too", "for", "from", "into", "onto", "out", "off"))
_WORD = re.compile(r"[^\W\d_]{3,}")
# Words of the scene a caption needs before its difference from another one at the same time means another event.
TOLD_WORDS = 3


@dataclass(frozen=True)
class Merged:
    """The moments left, and one line naming each moment merged and where (None when none was)."""

    moments: tuple[Moment, ...]
    warning: str | None


def merge_quoted(text: str, moments: Sequence[Moment], subject: str = "article") -> Merged:
    """``moments`` (read from ``text``) without those a quote repeats, each merged into the moment it repeats."""
    if ">" not in text and not _ORIGINAL.search(text):
        return Merged(tuple(moments), None)  # cheap: nothing quoted
    lines = _Lines(text)
    first: dict[tuple[object, ...], Moment] = {}  # the first moment kept of each key
    seen: dict[tuple[object, ...], list[tuple[int, Moment]]] = {}  # every moment of each key, in order
    into: dict[int, Moment] = {}  # id() of a moment merged -> the moment it went into
    ahead: dict[tuple[object, ...], list[Moment]] = {}  # quoted moments of each key with no earlier twin, as yet
    told: list[str] = []
    for m in sorted((m for m in moments if m.span is not None), key=lambda m: m.span[0] if m.span else 0):
        assert m.span is not None
        at, key = m.span[0], _key(m)
        twin, how, own = None, "", False
        if lines.quoted(at):
            twin = first.get(key)
            twin = twin if twin is not None and not _another_event(m.caption, twin.caption) else None
        elif (block := lines.quote_above(at)) is not None:
            for k_at, k in reversed(seen.get(key, ())):  # the first of its key in the quote right above
                if k_at < block[0]:
                    break
                if k_at < block[1]:
                    twin = into.get(id(k), k)
            own = twin is not None and _better(m.caption, twin.caption)  # the reply says more: its own moment
            twin, how = None if own else twin, ", restating the quote above it"
        seen.setdefault(key, []).append((at, m))
        if twin is not None and twin.span is not None:
            into[id(m)] = twin
            told.append(f"line {lines.number(at)} ({m.quote}{how}) into line {lines.number(twin.span[0])}")
            continue
        first.setdefault(key, m)
        if lines.quoted(at):
            ahead.setdefault(key, []).append(m)
            continue
        for quote in () if own else ahead.pop(key, ()):  # told in the text's own words: the quotes of it above
            assert quote.span is not None
            into[id(quote)] = first[key] = m
            told.append(f"line {lines.number(quote.span[0])} ({quote.quote}, quoted above where it is told) "
                        f"into line {lines.number(at)}")
    if not told:
        return Merged(tuple(moments), None)
    left = tuple(m for m in moments if id(m) not in into)
    more = f" and {len(told) - TOLD_MERGES} more" if len(told) > TOLD_MERGES else ""
    return Merged(left, f"{subject}: {len(told)} moment(s) a quote repeats merged into the moment they repeat, "
                        f"its caption kept: {'; '.join(told[:TOLD_MERGES])}{more}")


def _key(m: Moment) -> tuple[object, ...]:
    """What one moment told twice shares: its start and end (or its clock time, or the words said)."""
    return m.start, m.end, m.clock, m.said, m.footage


def _words(caption: str) -> set[str]:
    """The words of a caption that say something of the scene (three letters or more, no filler)."""
    return {w for w in (w.casefold() for w in _WORD.findall(caption)) if w not in _FILLER}


def _better(later: str, first: str) -> bool:
    """The restating sentence's caption says more of the scene than the quote's: more words that are no filler."""
    return len(_words(later)) > len(_words(first))


def _another_event(quoted: str, earlier: str) -> bool:
    """A quoted caption and the earlier one at its time tell two events: both say enough of the scene
    (:data:`TOLD_WORDS` words or more) and share under a third of the shorter's words ("the guard fires at the
    truck" above "the defector jumps out of the truck"). Shorter captions cannot be told apart: merged."""
    said, told = _words(quoted), _words(earlier)
    if min(len(said), len(told)) < TOLD_WORDS:
        return False
    return 3 * len(said & told) < min(len(said), len(told))


class _Lines:
    """Where each line of the text starts, which lines are quoted, and line numbers for the warning."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        original = _ORIGINAL.search(text)
        self.original = original.start() if original else len(text) + 1

    def number(self, at: int) -> int:
        return bisect_right(self.starts, at)

    def _line(self, at: int) -> tuple[int, int]:
        i = bisect_right(self.starts, at) - 1
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def quoted(self, at: int) -> bool:
        begin, _ = self._line(at)
        return at >= self.original or _QUOTED.match(self.text, begin) is not None

    def quote_above(self, at: int) -> tuple[int, int] | None:
        """The quoted lines just above the paragraph holding ``at`` (only blank lines between), as a span."""
        begin, _ = self._line(at)
        while begin > 0 and at - begin < RESTATING_CHARS:  # back to the paragraph's first line
            above, _ = self._line(begin - 1)
            if not self.text[above:begin].strip() or self.quoted(above):
                break
            begin = above
        while begin > 0 and not self.text[self._line(begin - 1)[0]:begin].strip():  # past blank lines
            begin = self._line(begin - 1)[0]
        end = begin
        while begin > 0 and at - begin < 4 * RESTATING_CHARS:
            above, _ = self._line(begin - 1)
            if not self.quoted(above):
                break
            begin = above
        return (begin, end) if begin < end else None
