"""A quote found in subtitle cues by fuzzy word matching, and the time its
first word is said.

Both texts are normalised the same way (case, punctuation, curly
apostrophes, contractions such as ``we've`` -> ``we have``, bracketed sound
descriptions such as ``[siren]``), then the quote's words are aligned
against the cues' words read as one stream (so a quote may span cues or be
part of one): an edit distance over words in which a word spelt a little
differently (``them``/``'em``, ``gonna``/``going``) costs part of a word.

**Score** (0..1): ``1 - cost / words of the quote``, where a missing or
extra word costs 1 and a near spelling costs ``1 - similarity``: the share
of the quote found as written, in order. 1.0 is every word, in order. A
match below ``MIN_TEXT_SCORE`` is not a match, and a quote of
``SHORT_QUOTE_WORDS`` words or fewer must match every word (a short phrase
like "get back" is found by chance in a long transcript otherwise).

**Time**: the first matched word's time; a word is timed in proportion to
the words before it in its cue (cue start for the first word), as cues hold
no word times.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from annotate.subtitles.cues import Cue

MIN_TEXT_SCORE = 0.7
SHORT_QUOTE_WORDS = 3
# Below this spelling similarity two words are different words (cost 1).
MIN_WORD_SIMILARITY = 0.7

_CONTRACTIONS = (
    (re.compile(r"\bcan't\b"), "can not"), (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bshan't\b"), "shall not"), (re.compile(r"\bain't\b"), "is not"),
    (re.compile(r"n't\b"), " not"), (re.compile(r"'re\b"), " are"), (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"), (re.compile(r"'m\b"), " am"), (re.compile(r"'d\b"), " would"),
    (re.compile(r"'s\b"), " is"), (re.compile(r"(?<!\w)'em\b"), "them"),
    (re.compile(r"\bgonna\b"), "going to"), (re.compile(r"\bwanna\b"), "want to"),
    (re.compile(r"\bgotta\b"), "got to"),
)
_SOUND = re.compile(r"\[[^\]]*\]|\([^)]*\)|♪")
# "OFFICER:" or "- " at a line start: who speaks, not what is said.
_SPEAKER = re.compile(r"^\s*(?:-\s*)?(?:[A-Z][A-Z0-9 .'-]{1,30}:\s*)?", re.MULTILINE)
_NOT_WORD = re.compile(r"[^\w']+")


def words(text: str) -> list[str]:
    """The words of ``text``, normalised for matching."""
    # Invisible format characters (zero-width space and joiners, soft hyphen, bidi marks)
    # sit inside words in pasted web text: "Ha\u200bnds" is still "hands".
    text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch) != "Cf")
    text = _SOUND.sub(" ", _SPEAKER.sub("", text))
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    return [w.strip("'_") for w in _NOT_WORD.split(text) if w.strip("'_")]


@dataclass(frozen=True)
class TextMatch:
    """Where a quote was found in a list of cues: the first matched word's time,
    the score (above), and the cues from the first matched word to the last."""

    start: float
    score: float
    first_cue: int
    last_cue: int


@lru_cache(maxsize=65536)
def _cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < MIN_WORD_SIMILARITY:
        return 1.0  # the similarity cannot reach the floor: skip the full comparison
    similarity = SequenceMatcher(None, a, b).ratio()
    return 1.0 - similarity if similarity >= MIN_WORD_SIMILARITY else 1.0


def timed_words(cues: Sequence[Cue]) -> list[tuple[str, float, int]]:
    """Every word of ``cues`` as (word, time, cue index), each timed in
    proportion to the words before it in its cue."""
    out: list[tuple[str, float, int]] = []
    for index, cue in enumerate(cues):
        found = words(cue.text)
        span = max(0.0, cue.end - cue.start)
        out += [(w, cue.start + span * k / len(found), index) for k, w in enumerate(found)]
    return out


def find(quote: str, cues: Sequence[Cue]) -> list[TextMatch]:
    """Every place ``quote`` matches ``cues`` with a score at or above the floor,
    best first (then earliest); overlapping matches are counted once."""
    wanted = words(quote)
    stream = timed_words(cues)
    m = len(wanted)
    if not m or not stream:
        return []
    floor = 1.0 if m <= SHORT_QUOTE_WORDS else MIN_TEXT_SCORE
    ends: dict[int, tuple[float, int]] = {}
    for lo, hi in _regions(wanted, [w for w, _t, _c in stream], floor):
        for begin, (score, last) in _matches(wanted, stream[lo:hi], floor).items():
            ends[lo + begin] = (score, lo + last)
    found = [TextMatch(stream[b][1], s, stream[b][2], stream[max(b, e)][2]) for b, (s, e) in ends.items()]
    found.sort(key=lambda t: (-t.score, t.start))
    kept: list[TextMatch] = []
    for t in found:
        if not any(k.first_cue <= t.last_cue and t.first_cue <= k.last_cue for k in kept):
            kept.append(t)
    return kept


def _regions(wanted: Sequence[str], stream: Sequence[str], floor: float) -> list[tuple[int, int]]:
    """The stretches of ``stream`` a match can lie in, so the edit distance runs
    there only (it costs quote words x stream words: a 200-word quote took
    10 s against a film's 12,000 words). Exact, not a guess: a match scoring
    ``floor`` costs at most ``(1 - floor) * m``, so it spans at most
    ``m + (1 - floor) * m`` stream words, and at least ``floor * m`` of them
    are near a quote word (cost below 1): every window of that span holding
    that many near words is kept whole."""
    m = len(wanted)
    span = m + math.floor((1.0 - floor) * m + 1e-9)
    needed = max(1, math.ceil(floor * m - 1e-9))
    verdict: dict[str, bool] = {}
    near = []
    by_length: dict[int, list[str]] = {}
    for q in set(wanted):
        by_length.setdefault(len(q), []).append(q)
    for word in stream:
        if word not in verdict:
            verdict[word] = _near_any(word, by_length)
        near.append(verdict[word])
    counts = [0]
    for flag in near:
        counts.append(counts[-1] + flag)
    regions: list[tuple[int, int]] = []
    for start in range(max(1, len(stream) - span + 1)):
        stop = min(len(stream), start + span)
        if counts[stop] - counts[start] >= needed:
            if regions and start <= regions[-1][1]:
                regions[-1] = (regions[-1][0], stop)
            else:
                regions.append((start, stop))
    return regions


def _near_any(word: str, by_length: dict[int, list[str]]) -> bool:
    """Whether ``word`` costs less than a whole word against one of the quote's
    words (grouped by length): ``_cost(q, word) < 1``, with the cheap bounds first."""
    if word in by_length.get(len(word), ()):
        return True
    matcher = SequenceMatcher(None, "", word)  # the stream word's index is built once
    for length, group in by_length.items():
        if 2 * min(length, len(word)) / (length + len(word)) < MIN_WORD_SIMILARITY:
            continue
        for q in group:
            matcher.set_seq1(q)
            if matcher.quick_ratio() >= MIN_WORD_SIMILARITY and matcher.ratio() >= MIN_WORD_SIMILARITY:
                return True
    return False


def _matches(wanted: Sequence[str], stream: Sequence[tuple[str, float, int]],
             floor: float) -> dict[int, tuple[float, int]]:
    """Where in ``stream`` the quote matches at ``floor`` or better: the index
    of the first stream word of each match -> (score, index of its last word)."""
    m, n = len(wanted), len(stream)
    # One row of the semi-global edit distance at a time: the quote must be
    # matched whole, the stream may be entered and left anywhere (cost 0).
    # Each cell carries (cost, index of the stream word where the match begins).
    prev = [(0.0, j) for j in range(n + 1)]
    for i in range(1, m + 1):
        word = wanted[i - 1]
        row = [(float(i), 0)] + [(0.0, 0)] * n
        for j in range(1, n + 1):
            diag = prev[j - 1]
            best = (diag[0] + _cost(word, stream[j - 1][0]), diag[1] if i > 1 else j - 1)
            up = prev[j]
            if up[0] + 1.0 < best[0]:
                best = (up[0] + 1.0, up[1] if i > 1 else j)
            left = row[j - 1]
            if j > 1 and left[0] + 1.0 < best[0]:
                best = (left[0] + 1.0, left[1])
            row[j] = best
        prev = row
    ends: dict[int, tuple[float, int]] = {}
    for j in range(1, n + 1):
        cost, begin = prev[j]
        score = round(max(0.0, 1.0 - cost / m), 4)
        if score >= floor - 1e-9 and begin < n and (begin not in ends or score > ends[begin][0]):
            ends[begin] = (score, j - 1)
    return ends
