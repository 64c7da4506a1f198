"""The whole work's length that relative-to-end and fraction forms need when no duration is given: the runtimes
stated, the length of the whole work named, the nearest length before a position."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.lengths.find import find_lengths
from annotate.moments.lengths.lists import _credit_line_lengths
from annotate.moments.lengths.owner import _last_full_stop, _played_thing_nearer, _words_about
from annotate.moments.lengths.stated import StatedLength
from annotate.moments.lengths.words import _DIRECTOR_CREDIT, _NAME_STOP, _WORK_NOUN, WORK_NAME_CHARS
from annotate.moments.patterns import LENGTH_MEDIA
from annotate.moments.scan import lowered


def stated_runtimes(text: str) -> list[tuple[StatedLength, str]]:
    """Every length ``text`` says is a work's runtime, with the work, in text order ("The episode runs 58
    minutes": (58 minutes, "episode")). Found from the runtime's words, each length read in its own line, so that
    a long article is not read whole for its lengths (a megabyte takes a second)."""
    found: list[tuple[StatedLength, str]] = []
    for m in _work_runs(text):
        b = max(text.rfind("\n", 0, m.start()) + 1, m.start() - RUNTIME_LINE_CHARS)
        e = text.find("\n", m.end(), m.end() + RUNTIME_LINE_CHARS)
        e = e if e >= 0 else min(len(text), m.end() + RUNTIME_LINE_CHARS)
        said = m.start("tail") if m.group("tail") else m.end()  # a hedged length begins at its hedge
        found += [(s, m.group("work").lower()) for s in find_lengths(text, b, e) if said <= s.begin <= m.end()]
    for m in _IT_RUNS_AFTER_WORK.finditer(text):
        # "The recording is still on the station's website. It runs 4 hours 6 minutes": the work the sentence
        # before opens with
        lo, hi = max(0, m.start() - RUNTIME_LINE_CHARS), max(0, m.start() - 2)
        before = max(text.rfind(".", lo, hi), text.rfind("\n", lo, hi))
        opening = _SENTENCE_OPENS_WORK.match(text, before + 1, m.start()) if before >= 0 or lo == 0 else None
        if opening is None or text.find("\n", opening.end(), m.start()) >= 0:
            continue
        e = text.find("\n", m.end(), m.end() + RUNTIME_LINE_CHARS)
        e = e if e >= 0 else min(len(text), m.end() + RUNTIME_LINE_CHARS)
        found += [(s, opening.group("work").lower()) for s in find_lengths(text, m.start(), e)
                  if m.start("tail") <= s.begin <= m.end()]
    for m in _DIRECTOR_CREDIT.finditer(text):
        # "Dir. Harriet Osei. Cert 15, 2hr 11min.": a credits line's length is the reviewed film's runtime (round 85),
        # not another work's told later ("whose debut Saltmarsh ran a lean 88 minutes")
        line_end = text.find("\n", m.end(), m.end() + RUNTIME_LINE_CHARS)
        found += [(s, "film") for s in _credit_line_lengths(
            text, m.start(), line_end if line_end >= 0 else min(len(text), m.end() + RUNTIME_LINE_CHARS))]
    labelled = list(_work_labels(text))
    for work, said in labelled:
        b = max(text.rfind("\n", 0, said) + 1, said - RUNTIME_LINE_CHARS)
        e = text.find("\n", said, said + RUNTIME_LINE_CHARS)
        e = e if e >= 0 else min(len(text), said + RUNTIME_LINE_CHARS)
        found += [(s, work) for s in find_lengths(text, b, e) if said <= s.begin <= said + 1]
    return sorted(found, key=lambda f: f[0].begin)


# How far about a runtime's words its length is read (within their line).
RUNTIME_LINE_CHARS = 300


def whole_work_length(text: str, runtimes: list[tuple[StatedLength, str]], position: int) -> float | None:
    """The length of the work the text is about, said as its runtime (``runtimes``, from
    :func:`stated_runtimes`), nearest before ``position`` (else the first after); None
    if no length is so said. Where the words about ``position`` name a work ("gave the episode five stars, calling
    the final 10 minutes", "halfway through the package"), the runtime must be that work's."""
    if not runtimes:
        return None
    named = {w.lower() for w in _WORK_NOUN.findall(text, *_words_about(text, position, WORK_NAMED_CHARS, ("\n\n",)))}
    fitting = [s for s, work in runtimes if not named or work in named]
    before = [s for s in fitting if s.begin < position]
    return before[-1].seconds if before else fitting[0].seconds if fitting else None


# How far before an end form a work it names is read ("gave the episode five stars, calling the final 10 minutes").
WORK_NAMED_CHARS = 40
# The work itself, then its runtime's verb: "The episode runs", "the finished film runs", "This documentary lasts".
_RUNTIME_DETERMINERS = ("the", "this")
_RUNTIME_ADJECTIVES = ("finished", "full", "whole", "complete", "final", "entire", "released")
_RUNTIME_WORKS = ("episode", "film", "movie", "documentary", "programme", "program", "feature", "broadcast",
                  "recording", "video")
_WORK_RUNS = regex(
    rf"\b(?:{'|'.join(_RUNTIME_DETERMINERS)})\s+(?:(?:{'|'.join(_RUNTIME_ADJECTIVES)})\s+)?"
    rf"(?P<work>{'|'.join(_RUNTIME_WORKS)})(?:\s+|(?=,))"
    # (its title or a short relative clause may stand between: "The film that came out of it, “Owambe”, runs"; the
    # comma inside the quotes as American style sets it: 'The feature ..., "The Sound Between," is' (round 73))
    r"(?:(?:that|which)\s+[^.,;:!?\n]{1,40}?)?(?:,\s*[\"“‘'][^\"“”‘’\n]{1,40}(?:[\"”’']\s*,|,[\"”’'])\s*)?"
    r"(?:runs|ran|lasts|lasted|is|was|clocks\s+in\s+at)\s+(?P<tail>for\s+|just\s+(?:over|under)\s+|(?:about|roughly)\s+)?",
    re.IGNORECASE)
# "It runs 4 hours 6 minutes", "It lasts about 50 minutes": a runtime told of the work the sentence before named.
_IT_RUNS_AFTER_WORK = regex(r"(?<![\w-])It\s+(?:runs|lasts)\s+(?P<tail>)")
# (the work picked out among several: "The longest recording is a Facebook livestream by ... It runs 1 hour 36
# minutes" (round 73))
_SENTENCE_OPENS_WORK = regex(
    rf"\s*(?:{'|'.join(_RUNTIME_DETERMINERS)})\s+(?:(?:{'|'.join(_RUNTIME_ADJECTIVES)}|longest|shortest|main|"
    rf"original|first|second|third|last|earliest|latest)\s+)?"
    rf"(?P<work>{'|'.join(_RUNTIME_WORKS)})\b", re.IGNORECASE)
# A work's length told as a label, as a page's metadata line writes it: "Episode length 1:04:37", "Film runtime:
# 97 min", "Programme duration 58:10".
_LABEL_WORDS = ("length", "runtime", "run time", "running time", "duration")
_WORK_BEFORE_LABEL = regex(rf"(?<![\w-])(?P<work>{'|'.join(_RUNTIME_WORKS)})\s+$", re.IGNORECASE)
_LABEL_AFTER = regex(r"(?:\*\*|__)?\s*[:=]?\s*(?:\*\*|__)?\s*")


def _work_labels(text: str) -> Iterator[tuple[str, int]]:
    """The work and where its length must begin, for each label of :data:`_LABEL_WORDS` after a work's noun (found
    with ``str.find``, not an alternation tried at every position)."""
    low = lowered(text)
    if low is None:
        return
    for word in _LABEL_WORDS:
        at = low.find(word)
        while at >= 0:
            work = _WORK_BEFORE_LABEL.search(text, max(0, at - LABEL_WORK_CHARS), at)
            if work is not None:
                after = _LABEL_AFTER.match(text, at + len(word))
                yield work.group("work").lower(), after.end() if after else at + len(word)
            at = low.find(word, at + 1)


# How far before a label its work's noun is looked for ("Documentary   length").
LABEL_WORK_CHARS = 16

# Characters that IGNORECASE matches to an ASCII letter not their own lower case ("ſ" to "s"; "İ" lowers to two
# characters, so a text holding it has no :func:`lowered` copy): with none, ASCII words are found in the lowered text.
_FOLDS_TO_ASCII = ("ı", "ſ", "\u212a")


def _work_runs(text: str) -> Iterator[re.Match[str]]:
    """What ``_WORK_RUNS.finditer(text)`` yields, tried only where a work's noun found by ``str.find`` has a
    determiner (and an adjective) before it: the alternation tried at every position of a long article cost
    more than the rest of reading its runtimes (a twentieth of the extraction at one timed sentence in ten)."""
    low = lowered(text)
    if low is None or any(c in text for c in _FOLDS_TO_ASCII):
        yield from _WORK_RUNS.finditer(text)
        return
    starts = set()
    for work in _RUNTIME_WORKS:
        at = low.find(work)
        while at >= 0:
            start = _determiner_before(text, low, at, adjective=True)
            if start is not None:
                starts.add(start)
            at = low.find(work, at + 1)
    end = 0
    for start in sorted(starts):
        m = _WORK_RUNS.match(text, start) if start >= end else None  # (as finditer: on past the last match)
        if m is not None:
            end = m.end()
            yield m


def _determiner_before(text: str, low: str, at: int, adjective: bool) -> int | None:
    """Where a word of _RUNTIME_DETERMINERS starts that ends before the space run ending at ``at`` (through one of
    _RUNTIME_ADJECTIVES and its space run if ``adjective``), or None: the one place _WORK_RUNS may match."""
    word_end = at
    while word_end > 0 and text[word_end - 1].isspace():  # (str.isspace is what re's \s tests)
        word_end -= 1
    if word_end == at:
        return None
    for word in _RUNTIME_DETERMINERS:
        if word_end >= len(word) and low.startswith(word, word_end - len(word)):
            return word_end - len(word)
    for word in _RUNTIME_ADJECTIVES if adjective else ():
        if word_end >= len(word) and low.startswith(word, word_end - len(word)):
            return _determiner_before(text, low, word_end - len(word), adjective=False)
    return None


def whole_lengths(text: str, lengths: list[StatedLength], position: int) -> list[StatedLength]:
    """``lengths`` without those told of a part, where the form at ``position`` names its work as a whole ("about
    three-quarters of the way through the film", after "a 17-minute conversation between two trappers" that the
    film cut): a conversation, a scene or a take is a stretch of the film, not the film."""
    stop = _NAME_STOP.search(text, position, position + WORK_NAME_CHARS)
    end = stop.start() if stop else position + WORK_NAME_CHARS
    if _FORM_OF_WHOLE.search(text, position, end) is not None:
        lengths = [s for s in lengths if _PART_AFTER_LENGTH.match(text, s.end) is None]
        # (nor one bracketed on a promotion's noun: "The trailer (1:02) gives away the final shot ... in the last
        # half-minute of the film" (round 67), kept where every length is one)
        lengths = [s for s in lengths if not (text[s.begin - 1:s.begin] in ("(", "[") and _PROMO_BEFORE_BRACKET.search(
            text, max(0, s.begin - 40), s.begin - 1))] or lengths
    if _FORM_OF_FOOTAGE.search(text, position, end) is not None:
        # "three-quarters of the way through the video", after the song it is danced to, '"Paus Aala" (4:12)' (round
        # 101): a song's or an advert's length is no footage's (kept where every length is one)
        kept = [s for s in lengths if not _played_length(text, s.begin)]
        lengths = kept or lengths
    return lengths


@lru_cache(maxsize=4096)
def _played_length(text: str, begin: int) -> bool:
    """:func:`_played_thing_nearer` for a length at ``begin``, from its sentence's start: read once per length, not
    once per form that asks (every form naming its footage asks it of every length before it: quadratic)."""
    return _played_thing_nearer(text, max(_last_full_stop(text, begin), text.rfind("\n", 0, begin)) + 1, begin)


# A form's work named as a whole: "of the film", "through the episode", "into the documentary".
_FORM_OF_WHOLE = regex(
    r"\b(?:of|through|into)\s+(?:the|this|that)\s+(?:(?:full|whole|entire|finished|released)\s+)?"
    r"(?:film|movie|episode|documentary|feature)\b", re.IGNORECASE)
# A form's footage named: "through the video", "of the clip", "into the livestream".
_FORM_OF_FOOTAGE = regex(
    rf"\b(?:of|through|into|in)\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+)?{LENGTH_MEDIA}\b", re.IGNORECASE)
# A promotion's noun right before a bracket holding its length: "The trailer (", "the teaser [".
_PROMO_BEFORE_BRACKET = regex(r"(?<![\w-])(?:trailers?|teasers?|promos?|previews?|sneak\s+peeks?|excerpts?|clips?)"
                              r"[^\S\n]*$", re.IGNORECASE)
# A length told of a part of a work, right after it: "17-minute conversation", "a 40-second take", "The
# eleven-minute version of "Lough Road"" (a titled song's rendition in a concert film).
_PART_AFTER_LENGTH = regex(
    r"[\s-]+(?:long\s+)?(?:(?:conversation|sequence|scene|speech|exchange|segment|section|passage|take|shot|"
    r"montage|interview|monologue)s?\b|(?:version|rendition)\s+of\s+[\"“‘'])", re.IGNORECASE)


def nearest_length(lengths: list[StatedLength], position: int) -> float | None:
    """The stated length closest before ``position`` (else the first after it)."""
    i = bisect.bisect_right(lengths, position, key=lambda s: s.begin)
    if i:
        return lengths[i - 1].seconds
    return lengths[0].seconds if lengths else None
