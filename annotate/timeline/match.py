"""Which moment of a timeline rebuilt from its article is which moment of the timeline file it updates: by what
each is (its sentence, its words, its time), not by its id, which only numbers the article's positions in order
(a sentence added above renumbers every moment below it, and one cut gives its id to the next)."""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from annotate.model import Moment
from annotate.timecode import format_clock_exact
from annotate.validate import MAX_MOMENTS

# How alike two sentences' words around their times must be (the share of words they have in common, Dice's
# coefficient over their sets) to be one sentence edited: a corrected typo or an added clause keeps most of its
# words (0.77 for "a man runs out" -> "a man runs out of the shop"), another sentence of the story few.
SIMILAR_WORDS = 0.6
# An id numbered as the article numbers them (``m12``); a hand-made id of more digits than a fresh id could reach
# is no such number (a 5,000-digit one crashed int(): Python refuses to read more than 4,300 digits).
_NUMBERED = re.compile(r"([A-Za-z]*)(\d{1,18})")
_WORD = re.compile(r"\w+")
# Two times this near are one (seconds): a timeline file's times are written to the millisecond. A reader of a
# file counted in frames passes its own (half a frame: an editor's marker snapped to its frame is not moved).
SAME_INSTANT = 0.0005


@dataclass(frozen=True)
class Matched:
    """The rebuilt moments, each with the id of the file's moment it is (a new one numbered past every id of
    its kind in the file), and how each matched moment not found exactly as the file holds it was matched."""

    moments: tuple[Moment, ...]
    inexact: tuple[str, ...]


def same_place(new: Moment, old: Moment, tolerance: float = SAME_INSTANT) -> bool:
    """``new`` states the times ``old`` does (within ``tolerance`` seconds), or, not placed yet, the same clock
    time and quote (``align`` gives the file's copy its start)."""
    if new.start is None:
        return (new.clock, new.said) == (old.clock, old.said)
    return all(a is None and b is None or a is not None and b is not None and abs(a - b) < tolerance
               for a, b in ((new.start, old.start), (new.end, old.end)))


def stated_as_before(new: Moment, old: Moment) -> bool:
    """The article states ``new``'s time as it stated ``old``'s when the file was made: the same words of its
    time and window (which the stated time and its hedge give), whatever else of its sentence was edited. A
    start that differs all the same is the person's correction of the file (``1:00`` seen to be ``1:02``, or
    ``1:03`` inside an approximate moment's window), which an article that did not move it must not undo."""
    return bool(new.sentence) and new.start is not None and old.start is not None and new.window is not None and (
        new.quote, new.window) == (old.quote, old.window)


def start_set_by_hand(moment: Moment) -> bool:
    """Whether ``moment``'s start (a timeline file's) is not the time its own sentence states: the person's.
    An approximate moment's window is wide (``about 1:00``: 0:55-1:06), so a start inside it is no sign of the
    article's; its sentence read alone tells (:func:`read_alone`), else (a time counted from another, which a
    sentence alone does not give) a start outside its window."""
    if moment.start is None or not moment.sentence or not moment.quote:
        return False
    stated = [m.start for m in read_alone(moment.sentence, moment.quote) if m.start is not None]
    if stated:
        return all(abs(moment.start - s) >= SAME_INSTANT for s in stated)
    return moment.window is not None and not moment.window[0] <= moment.start <= moment.window[1]


@functools.lru_cache(maxsize=4096)
def read_alone(sentence: str, quote: str) -> tuple[Moment, ...]:
    """The moments the extractor gives ``sentence`` read alone whose words are ``quote``, of every kind
    (positions, clock times and quotes): what the article gave a moment of the file before the person edited
    it; asked several times per moment by one update (its caption, its start)."""
    from annotate.moments import extract_references

    found = extract_references(sentence)
    return tuple(m for m in (*found.moments, *found.clock_times, *found.said) if m.quote == quote)


def _around(moment: Moment) -> str:
    """The sentence without the words of its time: what stays when only the time is corrected."""
    sentence, quote = moment.sentence, moment.quote
    return sentence.replace(quote, "\0", 1) if quote and quote in sentence else sentence


# Each tier's test: whether ``new`` is ``old``, times within ``tolerance`` seconds counting as one.
def _same(new: Moment, old: Moment, tolerance: float) -> bool:
    return (new.sentence, new.quote) == (old.sentence, old.quote) and (same_place(new, old, tolerance)
                                                                      or stated_as_before(new, old))


def _reworded(new: Moment, old: Moment, tolerance: float) -> bool:
    return bool(new.sentence) and new.quote == old.quote and same_place(new, old, tolerance)


def _corrected(new: Moment, old: Moment, _tolerance: float) -> bool:
    return bool(new.sentence) and _around(new) == _around(old)


def _written_at(new: Moment, old: Moment, tolerance: float) -> bool:
    return not old.sentence and not old.quote and same_place(new, old, tolerance)


def _similar(new: Moment, old: Moment, _tolerance: float = SAME_INSTANT) -> bool:
    if not new.sentence or not old.sentence:
        return False
    ours, theirs = _words(_around(new)), _words(_around(old))
    return bool(ours or theirs) and 2 * len(ours & theirs) / (len(ours) + len(theirs)) >= SIMILAR_WORDS


def _edited(new: Moment, old: Moment, tolerance: float) -> bool:
    return _reworded(new, old, tolerance) and _similar(new, old)


@functools.lru_cache(maxsize=2 * MAX_MOMENTS)  # (a file's and its article's moments)
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
_Test = Callable[[Moment, Moment, float], bool]


def _sentence_key(m: Moment) -> object:
    return (m.sentence, m.quote)


def _quote_key(m: Moment) -> object:
    return m.quote if m.sentence else None


def _around_key(m: Moment) -> object:
    return _around(m) if m.sentence else None


def _hand_key(m: Moment) -> object:
    return None if m.sentence or m.quote else ""


_TIERS: tuple[tuple[_Test, str, _Key | None, _Key | None], ...] = (
    (_same, "", _sentence_key, _sentence_key),
    (_edited, "", _quote_key, lambda m: m.quote),
    (_corrected, "by its sentence", _around_key, _around),
    (_reworded, "by its time and words (its sentence reworded)", _quote_key, lambda m: m.quote),
    (_similar, "by a similar sentence", None, None),
    (_written_at, "by its time (a moment written by hand)", lambda m: "", _hand_key),
)
# Past this many pairs the similar-sentence tier compares each moment only with the unmatched moments of the file
# that share its rare words or stand near its own rank among the unmatched, SIMILAR_REACH each side
# (:class:`_Candidates`); a key many moments share is looked at KEY_REACH each side of its time (:class:`_Keyed`).
PAIRWISE_LIMIT = 1_000_000
SIMILAR_REACH = 50
KEY_REACH = 8


def match_moments(new: Sequence[Moment], old: Sequence[Moment], *, tolerance: float = SAME_INSTANT) -> Matched:
    """``new`` (a timeline rebuilt from its article, in its order) with the ids of the moments of ``old`` (the
    file) each is, times within ``tolerance`` seconds counting as one; a moment of ``old`` no moment of ``new``
    is keeps its id out of ``new`` (the merge removes it, and a new moment never takes its id)."""
    ids: list[str | None] = [None] * len(new)
    how: list[str] = [""] * len(new)
    taken = [False] * len(old)
    for test, said, new_key, old_key in _TIERS:
        pending = [n for n in range(len(new)) if ids[n] is None]
        if not pending:
            break
        for n, o in _tier_matches(test, tolerance, new_key, old_key, new, old, pending, taken):
            taken[o] = True
            ids[n], how[n] = old[o].id, said
    fresh = _fresh_ids(old)
    moments = tuple(replace(m, id=i if i is not None else fresh(m.id)) for m, i in zip(new, ids, strict=True))
    olds = {m.id: m for m in old}
    inexact = tuple(_described(m, olds[m.id], said, tolerance) for m, said in zip(moments, how, strict=True)
                    if said)
    return Matched(moments, inexact)


def match_cues(new: Sequence[Moment], old: Sequence[Moment], *, tolerance: float = SAME_INSTANT) -> Matched:
    """:func:`match_moments` for a timeline read from a subtitle or editor's file (``timeline --from-srt``,
    ``import``), whose cue or marker numbers only number its positions as an article's ids do: each cue's text,
    and the caption a moment of the file showed there (its sentence when it has none), stands for the sentence
    a moment of an article has (a cue retimed is found as a sentence whose time was corrected, one reworded at
    its time as a reworded sentence); ``tolerance``: as :func:`match_moments`'s (half a frame of a file
    counted in frames)."""
    def by_text(moments: Sequence[Moment]) -> list[Moment]:
        return [replace(m, sentence=m.caption or m.sentence, quote="", window=None) for m in moments]

    found = match_moments(by_text(new), by_text(old), tolerance=tolerance)
    return Matched(tuple(replace(m, id=f.id) for m, f in zip(new, found.moments, strict=True)), found.inexact)


def _tier_matches(test: _Test, tolerance: float, new_key: _Key | None, old_key: _Key | None,
                  new: Sequence[Moment], old: Sequence[Moment], pending: list[int],
                  taken: list[bool]) -> list[tuple[int, int]]:
    """(new index, old index) of each pending moment the tier matches, the best pairs first: of the candidates
    that pass ``test``, the most alike words (around their times), then the nearest time, then the order of the
    file. The first passing candidate in file order gave a chapter list's ``1:55 Goal`` the notes of ``1:00 Goal``
    rather than of ``2:00 Goal``. Candidates: those sharing the tier's key (past 2 * KEY_REACH + 1, the KEY_REACH
    nearest in time each side, and the first free one when all those were taken), or for the similar-sentence
    tier every free moment sharing a word, past PAIRWISE_LIMIT pairs only those sharing a rare word or near its
    rank (:class:`_Candidates`)."""
    free = [o for o in range(len(old)) if not taken[o]]
    keyed = _Keyed(new_key, old_key, new, old, free) if new_key is not None and old_key is not None else None
    pick = keyed.near if keyed is not None else _Candidates(new, old, free, pending).near
    pairs: list[tuple[tuple[float, float], int, int]] = []
    for rank, n in enumerate(pending):
        pairs.extend((_preference(new[n], old[o]), n, o) for o in pick(n, rank) if test(new[n], old[o], tolerance))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, n, o in pairs:
        if n not in out and o not in used:
            out[n] = o
            used.add(o)
    for n in pending if keyed is not None else ():  # (one whose nearest were all taken: the first free one left)
        group = keyed.group(n) if keyed is not None and n not in out else []
        if (first := next((o for o in group if o not in used and test(new[n], old[o], tolerance)), None)) \
                is not None:
            out[n] = first
            used.add(first)
    return sorted(out.items())


def _preference(new: Moment, old: Moment) -> tuple[float, float]:
    """How good ``old`` is as the moment ``new`` is, lower first: the share of words not in common, then the
    distance of their times (a correction of 5 s is a correction; 55 s is another moment)."""
    ours, theirs = _words(_around(new)), _words(_around(old))
    alike = 2 * len(ours & theirs) / (len(ours) + len(theirs)) if ours or theirs else 1.0
    if new.start is not None and old.start is not None:
        apart = abs(new.start - old.start)
    else:
        apart = 0.0 if (new.clock, new.said) == (old.clock, old.said) else math.inf
    return 1.0 - alike, apart


class _Keyed:
    """The free moments of the file sharing a moment's key, in time order; for a key many share (a play-by-play's
    ``Goal``) only the KEY_REACH nearest in time each side, so a long list of one word stays linear."""

    def __init__(self, new_key: _Key, old_key: _Key, new: Sequence[Moment], old: Sequence[Moment],
                 free: list[int]) -> None:
        self.new, self.new_key = new, new_key
        groups: dict[object, list[int]] = {}
        for o in free:
            if (key := old_key(old[o])) is not None:
                groups.setdefault(key, []).append(o)
        self.groups = {key: sorted(group, key=lambda o: _when(old[o])) for key, group in groups.items()}
        self.times = {key: [_when(old[o]) for o in group] for key, group in self.groups.items()}

    def group(self, n: int) -> list[int]:
        return self.groups.get(self.new_key(self.new[n]), [])

    def near(self, n: int, _rank: int) -> Sequence[int]:
        key = self.new_key(self.new[n])
        group = self.groups.get(key, [])
        if len(group) <= 2 * KEY_REACH + 1:
            return group
        at = bisect.bisect_left(self.times[key], _when(self.new[n]))
        return group[max(0, at - KEY_REACH):at + KEY_REACH + 1]


def _when(moment: Moment) -> float:
    return moment.start if moment.start is not None else math.inf


class _Candidates:
    """The free moments of the file a moment's sentence may be a similar one of: those sharing a word with it
    (no word in common, no likeness). Past PAIRWISE_LIMIT pairs, those sharing its rarest words (a word in more
    than 2 * SIMILAR_REACH + 1 of them is no clue), the most such words first, and those near its rank among the
    unmatched (an edited sentence stays about where it was): rank alone lost each moment when 100 sentences were
    added above 1,100 edited ones."""

    def __init__(self, new: Sequence[Moment], old: Sequence[Moment], free: list[int], pending: list[int]) -> None:
        self.new, self.free = new, free
        self.scale = len(free) / len(pending) if pending else 1.0
        self.windowed = len(pending) * len(free) > PAIRWISE_LIMIT
        self.index: dict[str, list[int]] = {}
        for o in free:
            if old[o].sentence:
                for word in _words(_around(old[o])):
                    self.index.setdefault(word, []).append(o)

    def near(self, n: int, rank: int) -> Sequence[int]:
        words = _words(_around(self.new[n])) if self.new[n].sentence else frozenset()
        if not self.windowed:
            return sorted({o for word in words for o in self.index.get(word, ())})
        reach = 2 * SIMILAR_REACH + 1
        shared = Counter(o for word in words if len(found := self.index.get(word, ())) <= reach for o in found)
        near = round(rank * self.scale)
        window = self.free[max(0, near - SIMILAR_REACH):near + SIMILAR_REACH + 1]
        return sorted({*window, *(o for o, _ in shared.most_common(reach))})


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


def _described(new: Moment, old: Moment, said: str, tolerance: float) -> str:
    """``m2 by its sentence (its time 1:02 -> 1:09)``: the match, and the time that changed with it; a time set
    in the file by hand (:func:`start_set_by_hand`) is said to be kept while the article states it as before,
    else replaced."""
    if same_place(new, old, tolerance) or new.start is None or old.start is None:
        return f"{old.id} {said}"
    if stated_as_before(new, old):
        return f"{old.id} {said} (your time {_times(old)} kept)"
    if start_set_by_hand(old):
        return f"{old.id} {said} (your time {_times(old)} replaced by the article's {_times(new)})"
    return f"{old.id} {said} (its time {_times(old)} -> {_times(new)})"


def _times(moment: Moment) -> str:
    assert moment.start is not None
    start = format_clock_exact(moment.start)
    return start if moment.end is None else f"{start}-{format_clock_exact(moment.end)}"
