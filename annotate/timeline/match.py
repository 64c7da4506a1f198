"""Which moment of a timeline rebuilt from its article is which moment of the timeline file it updates: by what
each is (its sentence, its words, its time), not by its id, which only numbers the article's positions in order
(a sentence added above renumbers every moment below it, and one cut gives its id to the next)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from annotate.model import Moment
from annotate.timecode import format_clock_exact

# How alike two sentences' words around their times must be (the share of words they have in common, Dice's
# coefficient over their sets) to be one sentence edited: a corrected typo or an added clause keeps most of its
# words (0.77 for "a man runs out" -> "a man runs out of the shop"), another sentence of the story few.
SIMILAR_WORDS = 0.6
_NUMBERED = re.compile(r"([A-Za-z]*)(\d+)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Matched:
    """The rebuilt moments, each with the id of the file's moment it is (a new one numbered past every id of
    its kind in the file), and how each matched moment not found exactly as the file holds it was matched."""

    moments: tuple[Moment, ...]
    inexact: tuple[str, ...]


def same_place(new: Moment, old: Moment) -> bool:
    """``new`` states the times ``old`` does, or, not placed yet, the same clock time and quote (``align``
    gives the file's copy its start)."""
    if new.start is None:
        return (new.clock, new.said) == (old.clock, old.said)
    return all(a is None and b is None or a is not None and b is not None and abs(a - b) < 0.0005
               for a, b in ((new.start, old.start), (new.end, old.end)))


def _around(moment: Moment) -> str:
    """The sentence without the words of its time: what stays when only the time is corrected."""
    sentence, quote = moment.sentence, moment.quote
    return sentence.replace(quote, "\0", 1) if quote and quote in sentence else sentence


def _same(new: Moment, old: Moment) -> bool:
    return (new.sentence, new.quote) == (old.sentence, old.quote) and same_place(new, old)


def _reworded(new: Moment, old: Moment) -> bool:
    return bool(new.sentence) and new.quote == old.quote and same_place(new, old)


def _corrected(new: Moment, old: Moment) -> bool:
    return bool(new.sentence) and _around(new) == _around(old)


def _written_at(new: Moment, old: Moment) -> bool:
    return not old.sentence and not old.quote and same_place(new, old)


def _similar(new: Moment, old: Moment) -> bool:
    if not new.sentence or not old.sentence:
        return False
    ours, theirs = _words(_around(new)), _words(_around(old))
    return bool(ours or theirs) and 2 * len(ours & theirs) / (len(ours) + len(theirs)) >= SIMILAR_WORDS


def _edited(new: Moment, old: Moment) -> bool:
    return _reworded(new, old) and _similar(new, old)


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


# Tried in this order, each over the moments no earlier one matched: the exact one; one whose sentence was
# edited around the same time and words (a typo fixed: as good as exact, so not said); one whose time was
# corrected in its sentence (before one at the same time in another sentence, which may be a new statement
# about the same second); one at the same time and words in another sentence; one whose time and sentence
# both changed; last, one the person wrote into the file (no sentence) at the time the article now states.
# Each but the similar-sentence tier has a key both moments of a match share, so a file of any size is matched
# by lookups, not by trying every pair (a whole rewrite of 2,000 moments took 11 s pairwise).
_Key = Callable[[Moment], object]


def _sentence_key(m: Moment) -> object:
    return (m.sentence, m.quote)


def _quote_key(m: Moment) -> object:
    return m.quote if m.sentence else None


def _around_key(m: Moment) -> object:
    return _around(m) if m.sentence else None


def _hand_key(m: Moment) -> object:
    return None if m.sentence or m.quote else ""


_TIERS: tuple[tuple[Callable[[Moment, Moment], bool], str, _Key | None, _Key | None], ...] = (
    (_same, "", _sentence_key, _sentence_key),
    (_edited, "", _quote_key, lambda m: m.quote),
    (_corrected, "by its sentence", _around_key, _around),
    (_reworded, "by its time and words (its sentence reworded)", _quote_key, lambda m: m.quote),
    (_similar, "by a similar sentence", None, None),
    (_written_at, "by its time (a moment written by hand)", lambda m: "", _hand_key),
)
# Past this many pairs the similar-sentence tier compares each moment with the unmatched moments of the file
# near its own rank among the unmatched (an edited sentence stays about where it was), SIMILAR_REACH each side.
PAIRWISE_LIMIT = 1_000_000
SIMILAR_REACH = 50


def match_moments(new: Sequence[Moment], old: Sequence[Moment]) -> Matched:
    """``new`` (a timeline rebuilt from its article, in its order) with the ids of the moments of ``old`` (the
    file) each is; a moment of ``old`` no moment of ``new`` is keeps its id out of ``new`` (the merge removes
    it, and a new moment never takes its id)."""
    ids: list[str | None] = [None] * len(new)
    how: list[str] = [""] * len(new)
    taken = [False] * len(old)
    for test, said, new_key, old_key in _TIERS:
        pending = [n for n in range(len(new)) if ids[n] is None]
        if not pending:
            break
        for n, o in _tier_matches(test, new_key, old_key, new, old, pending, taken):
            taken[o] = True
            ids[n], how[n] = old[o].id, said
    fresh = _fresh_ids(old)
    moments = tuple(replace(m, id=i if i is not None else fresh(m.id)) for m, i in zip(new, ids, strict=True))
    olds = {m.id: m for m in old}
    inexact = tuple(_described(m, olds[m.id], said) for m, said in zip(moments, how, strict=True) if said)
    return Matched(moments, inexact)


def match_cues(new: Sequence[Moment], old: Sequence[Moment]) -> Matched:
    """:func:`match_moments` for a timeline read from a subtitle file, whose cue numbers only number its positions
    as an article's ids do: each cue's text stands for the sentence a moment of an article has (a cue retimed is
    found as a sentence whose time was corrected, one reworded at its time as a reworded sentence)."""
    def by_text(moments: Sequence[Moment]) -> list[Moment]:
        return [m if m.sentence else replace(m, sentence=m.caption) for m in moments]

    found = match_moments(by_text(new), by_text(old))
    return Matched(tuple(replace(m, id=f.id) for m, f in zip(new, found.moments, strict=True)), found.inexact)


def _tier_matches(test: Callable[[Moment, Moment], bool], new_key: _Key | None, old_key: _Key | None,
                  new: Sequence[Moment], old: Sequence[Moment], pending: list[int],
                  taken: list[bool]) -> list[tuple[int, int]]:
    """(new index, old index) of each pending moment the tier matches, each with the first free moment of the
    file (in its order) that passes ``test``, as the tier's candidates: those sharing its key, or for a tier with
    no key every free one (near its rank past PAIRWISE_LIMIT pairs)."""
    free = [o for o in range(len(old)) if not taken[o]]
    out: list[tuple[int, int]] = []
    used: set[int] = set()
    by_key: dict[object, list[int]] = {}
    if new_key is not None and old_key is not None:
        for o in free:
            if (key := old_key(old[o])) is not None:
                by_key.setdefault(key, []).append(o)
    scale = len(free) / len(pending)
    windowed = new_key is None and len(pending) * len(free) > PAIRWISE_LIMIT

    def candidates(n: int, rank: int) -> list[int]:
        if new_key is not None:
            return by_key.get(new_key(new[n]), [])
        if windowed:
            near = round(rank * scale)
            return free[max(0, near - SIMILAR_REACH):near + SIMILAR_REACH + 1]
        return free

    for rank, n in enumerate(pending):
        found = next((o for o in candidates(n, rank) if o not in used and test(new[n], old[o])), None)
        if found is not None:
            used.add(found)
            out.append((n, found))
    return out


def _fresh_ids(old: Sequence[Moment]) -> Callable[[str], str]:
    """A maker of ids for new moments: the kind of the id the article gave (``m``, ``c``, ``q``) numbered past
    every id of that kind in the file, so none names a moment the file holds or held."""
    highest: dict[str, int] = {}
    for moment in old:
        if (numbered := _NUMBERED.fullmatch(moment.id)) is not None:
            kind, number = numbered.group(1), int(numbered.group(2))
            highest[kind] = max(highest.get(kind, 0), number)

    def fresh(given: str) -> str:
        numbered = _NUMBERED.fullmatch(given)
        kind = numbered.group(1) if numbered is not None else "m"
        highest[kind] = highest.get(kind, 0) + 1
        return f"{kind}{highest[kind]}"

    return fresh


def _described(new: Moment, old: Moment, said: str) -> str:
    """``m2 by its sentence (its time 1:02 -> 1:09)``: the match, and the time that changed with it."""
    if same_place(new, old) or new.start is None or old.start is None:
        return f"{old.id} {said}"
    return f"{old.id} {said} (its time {_times(old)} -> {_times(new)})"


def _times(moment: Moment) -> str:
    assert moment.start is not None
    start = format_clock_exact(moment.start)
    return start if moment.end is None else f"{start}-{format_clock_exact(moment.end)}"
