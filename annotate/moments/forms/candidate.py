"""What every finder builds and reads: the ``Candidate`` it yields, a timecode's value, the hedges
around a phrase, whether a sentence holds a unit, and a spoken duration with the words either side."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from annotate.moments.compiled import regex
from annotate.moments.hedges import hedge_after, hedge_before
from annotate.moments.numbers import UNIT_SECONDS, parse_duration
from annotate.moments.patterns import (
    COMPACT,
    DURATION,
    MEDIA_NOUN,
    NUMBER,
    PLATFORM_WORK,
    PRODUCED_CUT,
    TIMECODE,
    any_stem,
)
from annotate.timecode import ARTICLE_TIMECODE_FPS


class _Deferred:
    """A verdict worked out once, when first read by its candidate or by one that took it over."""

    __slots__ = ("work", "reason")

    def __init__(self, work: Callable[[], str]) -> None:
        self.work: Callable[[], str] | None = work
        self.reason = ""

    def __call__(self) -> str:
        if self.work is not None:
            self.reason, self.work = self.work(), None
        return self.reason


class _Known:
    """A verdict already known, read as a deferred one is."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __call__(self) -> str:
        return self.reason


class _Verdict:
    """``Candidate.excluded``: a reason given, or one to be worked out when first read (:meth:`Candidate.defer`).
    A clock's verdict is most of a sentence's cost, and a candidate that a longer phrase around it wins is often
    never asked for it."""

    def __get__(self, c: Candidate | None, owner: type | None = None) -> str:
        if c is None:
            return ""  # (the field's default, as dataclasses reads it)
        state = c.__dict__
        reason = state["_excluded"]
        if reason.__class__ is _Deferred:
            reason = state["_excluded"] = reason()
        return reason  # type: ignore[no-any-return]

    def __set__(self, c: Candidate, reason: str) -> None:
        c.__dict__["_excluded"] = reason


@dataclass
class Candidate:
    """A time phrase found in a sentence, before relative/length resolution.

    ``kind`` is one of: point, range, relative, before_end, end_range, fraction.
    For ``point``/``range``, ``start``/``stop`` are absolute; ``relative`` uses
    ``delta``; ``before_end``/``end_range`` use ``tail`` (seconds before the
    end); ``fraction`` uses ``fraction``.  ``begin``/``end`` locate the quote.
    A ``range`` with no ``stop`` runs to the end of the footage ("from 21:14 until the end").
    """

    kind: str
    begin: int
    end: int
    start: float = 0.0
    stop: float | None = None
    approximate: bool = False
    granularity: float = 1.0
    delta: float = 0.0
    tail: float = 0.0
    fraction: float = 0.0
    timecode: bool = False  # built from digits-and-colons (subject to clock exclusions)
    excluded: _Verdict = _Verdict()  # reason, when the phrase is a non-moment that still claims its span
    own_length: float | None = None  # a fraction's length stated in its own object ("the six-minute flight")
    own_footage: bool = False  # ``own_length`` is the footage's own ("halfway into the 104-minute film"): it wins
    stretch: float | None = None  # how long a fraction's moment lasts ("halfway through and stays for 30 seconds")
    into_part: str = ""  # the part a point is said into ("twelve seconds into the tractor sequence"): "sequence"

    @property
    def length(self) -> int:
        return self.end - self.begin

    def defer(self, verdict: Callable[[], str]) -> None:
        """``excluded`` is ``verdict()``, called once when first read: it must read nothing that changes before then
        but the verdicts it was given by :meth:`later`."""
        self.__dict__["_excluded"] = _Deferred(verdict)

    def later(self) -> Callable[[], str]:
        """The verdict as it stands now, to be read later (worked out once, whoever reads it first)."""
        reason = self.__dict__["_excluded"]
        return reason if reason.__class__ is _Deferred else _Known(reason)  # type: ignore[no-any-return]


# --- values -----------------------------------------------------------------------------


def timecode_value(m: re.Match[str], fps: float) -> tuple[float, float]:
    """Seconds and granularity of a TIMECODE match."""
    if m.group("h") is not None:
        value = int(m.group("h")) * 3600 + int(m.group("hm")) * 60 + int(m.group("hs"))
        if m.group("ff") is not None:
            return value + int(m.group("ff")) / fps, 1.0 / fps
        frac = m.group("hfrac")
    else:
        value = int(m.group("m")) * 60 + int(m.group("s"))
        frac = m.group("frac")
    if frac:
        return value + int(frac) / 10 ** len(frac), 10.0 ** -len(frac)
    return float(value), 1.0


def parse_timecode_text(text: str, fps: float) -> tuple[float, float] | None:
    m = TIMECODE.fullmatch(text.strip())
    return timecode_value(m, fps) if m else None


# The footage, or its file or a stream's VOD: "the last 10 seconds of the file", "the first 8 s of the VOD".
# (a camera's recording named by the camera: "the first three minutes of Deputy Engstrom's body camera" (round 77))
# (one cut of highlights too: "the final two minutes of the 14-minute highlight" (round 92))
# (and a produced cut of an event called by its kind: "in the final 30 seconds of the six-minute summary", round 115)
# (a staged item filmed whole, as lengths.py reads it: "In the final 45 seconds of the bracket", round 120)
# (an advert filmed, its length said before it: "The last 5 seconds of the 60-second spot are the punchline", "in the
# final 10 seconds of the Ridge Tyres commercial" (round 128); not the "spot" of a place, nor a bare "of ads" a video
# holds before its content)
_AD_FILM = (r"(?<!\bof\s)(?:ads?|adverts?|advertisements?|commercials?|promos?)"
            r"(?![\s-]+(?:breaks?|slots?|revenue|spend|buys?|campaigns?|agenc(?:y|ies)|rates?|market|free|hoc|lib\w*|"
            r"nauseam|infinitum|hominem)\b)|"
            r"(?:(?<=second[\s-])|(?<=minute[\s-]))spots?")
# (a timelapse, the frames shot over hours made one video: "In the last 15 seconds of the timelapse" (round 182))
_FOOTAGE_FILE = (rf"(?:{MEDIA_NOUN}|highlight|{PRODUCED_CUT}|files?|VODs?|{_AD_FILM}|time[\s-]?lapses?|"
                 r"performances?|brackets?|recitals?|"
                 # a video called by its platform: "In the last ten seconds of the 1:20 TikTok" (round 136)
                 rf"{PLATFORM_WORK}|"
                 # a copy of the footage named by its stage in the subtitler's or editor's hands, as a noun alone:
                 # "the last 90 seconds of the raw" (round 131), "the first minute of the new master", "of the
                 # encode" (not "the raw data", "the master bedroom"); or the copy others were cut from: "before the
                 # end of the 2-minute-30-second original" (round 204; not "the original footage")
                 r"(?:raw|master|re-?encode|encode|rip|original)s?"
                 r"(?![\s-]+(?!(?:and|or|but|is|was|are|were|has|had|runs|ran|goes|went|where|which|when|while|so|as|"
                 r"for|to|at|in|on|from|with)\b)[a-z])|"
                 r"(?:body|dash|helmet|doorbell|chest)[\s-]+cam(?:era)?s?"
                 r"(?![\s-]+(?:training|polic(?:y|ies)|programm?e?s?|rollouts?|units?|makers?|vendors?|contracts?|"
                 r"manufacturers?|batter(?:y|ies)|mounts?|settings?|rules?|laws?)\b))")

# (nor the digits after a thousands comma: "at the 1,000 m mark" of a rowing course (round 151) holds no "000 m")
_DURATION_RE = regex(rf"(?<![\w:.-])(?<!\d,(?=\d{{3}}(?!\d))){DURATION}", re.IGNORECASE)
# Every spoken duration holds a unit ("minutes", "min", "2m"): sentences without one skip the
# duration-based finders, whose patterns open with long number-word alternations.
_DIGIT_UNIT = regex(r"\d\s?[hmsHMS](?![a-zA-Z])")
_UNIT_STEMS = ("hour", "hr", "min", "sec")
_UNIT_STEM = any_stem(_UNIT_STEMS)
# A stem only where a unit word can go on from it: the letters every unit word (UNIT_SECONDS, its misspellings
# included: "minit", "mintue", "secound") has right after its stem, or no letter ("hr.", "min)"). "three",
# "through", "security", "section", "streaming", "determined" hold a stem and no unit; every unit a pattern reads is a
# whole unit word (``{UNIT_WORD}(?![a-z])``, "minute\b", "hour[\s-]"), so it holds its stem so followed.
_UNIT_AFTER = {stem: "".join(sorted({w[len(stem)] for w in UNIT_SECONDS if w.startswith(stem) and w != stem}))
               for stem in _UNIT_STEMS}
_UNIT_WORD_STEM = regex("|".join(
    f"{stem}(?![{''.join(sorted(set(string.ascii_lowercase) - set(_UNIT_AFTER[stem])))}])" for stem in _UNIT_STEMS))


def has_unit(text: str, b: int, e: int) -> bool:
    """Whether text[b:e] holds a unit word or a digit-unit like "2m" (three finders ask per sentence)."""
    return _sentence_has_unit(text[b:e])


def has_unit_stem(text: str, b: int, e: int) -> bool:
    """Whether text[b:e] holds a unit's stem, whatever follows it ("three" holds "hr"), or a digit-unit: the looser
    test :func:`has_unit` was, for the one pattern that it let through with a timecode and no unit word."""
    return _UNIT_STEM.search(text[b:e].lower()) is not None or _DIGIT_UNIT.search(text, b, e) is not None


@lru_cache(maxsize=8)
def _sentence_has_unit(sentence: str) -> bool:
    # Substring tests first: an alternation of words is tried at every position, which costs more
    # than the rest of most sentences.
    if _DIGIT_UNIT.search(sentence) is not None:
        return True
    low = sentence.lower()
    if sentence.isascii() and "&" not in sentence:
        # (exact in ASCII: there case-blind patterns match just what the lowered text holds; elsewhere, and where
        # an HTML space may part a digit from its unit, "6&nbsp;s", which _DIGIT_UNIT misses, any stem, as before)
        return _UNIT_WORD_STEM.search(low) is not None
    return _UNIT_STEM.search(low) is not None
_COMPACT_RE = regex(COMPACT, re.IGNORECASE)


def _hedge(text: str, begin: int, end: int, floor: int, ceiling: int) -> tuple[bool, int, int]:
    """Apply hedges touching [begin, end): returns (approximate, new_begin, new_end)."""
    approx = False
    hb = hedge_before(text, begin, floor)
    if hb is not None:
        approx, begin = True, hb
    ha = hedge_after(text, end, ceiling)
    if ha is not None:
        approx, end = True, ha
    return approx, begin, end


# "0600 hours", and the British "09.45 hrs": times of day, not 9.45 hours
# Minutes and seconds written with a dot, as in Indian usage: "at 3.05 minutes" is 3:05 (two digits, under 60).
_DOTTED_MINUTES = regex(r"(\d{1,3})\.([0-5]\d)\s*(?:minutes?|mins?)", re.IGNORECASE)

_MILITARY = regex(r"[0-2]\d{3}\s*(?:hours|hrs|h)|(?:[01]\d|2[0-3])[.:][0-5]\d\s*(?:hours|hrs|h)", re.IGNORECASE)
# The same clock with a one-digit hour, told when it was: "On Saturday at about 8.30 hrs, I witnessed", "by 9.00 hrs"
# (round 93); not a length ("the 1.30 hrs film", "1.30 hours in").
_MILITARY_SHORT = regex(r"\d[.:][0-5]\d\s*(?:hours|hrs)", re.IGNORECASE)
_CLOCK_PREP_BEFORE = regex(
    r"\b(?:at|by|before|till|until|from)\s+(?:(?:about|around|approximately|approx\.|roughly|nearly|exactly)\s+)?$",
    re.IGNORECASE)
_IN_AFTER = regex(r"\s*(?:in|into)\b", re.IGNORECASE)  # ("at 1.10 hrs in, the speaker leaves": into the footage)


def _atom_at(text: str, pos: int, e: int, fps: float) -> tuple[float, float, int, bool] | None:
    """A timecode or spoken duration starting exactly at ``pos``: (seconds, granularity, end, is_timecode)."""
    m = TIMECODE.match(text, pos, e)
    if m:
        value, gran = timecode_value(m, fps)
        return value, gran, m.end(), True
    d = _DURATION_RE.match(text, pos, e)
    if d:
        parsed = parse_duration(d.group(0))
        dotted = _DOTTED_MINUTES.fullmatch(d.group(0))
        if dotted:  # "from 5.30 min till 6.10 min": minutes and seconds, as _Spoken.read reads one
            return int(dotted.group(1)) * 60.0 + int(dotted.group(2)), 1.0, d.end(), False
        if parsed:
            return parsed[0], parsed[1], d.end(), False
    return None


_LONGEST_WORD = len("opening")


def _last_word_is(before: str, word: re.Pattern[str]) -> bool:
    """Whether ``before`` ends with spaces after what ``word`` (anchored with \\Z) matches."""
    if not before[-1:].isspace():
        return False
    tail = before.rstrip()  # str.isspace is the \s of a str pattern
    return word.search(tail, max(0, len(tail) - _LONGEST_WORD)) is not None


# Ordinal "second" ("a second volley", "at a second location") needs a strong anchor.
_ORDINAL_RISK = regex(r"^(?:an?|one)\s+second$", re.IGNORECASE)

# (or its length named as such: "the last six minutes of its 47-minute running time")
# The first unit of a length in two units, before the words that end in its noun: "2 hour " of "the 2 hour 40 minute
# programme" (so that the words between "of the" and the noun stay as few as for a length in one unit).
LEADING_UNIT = r"(?:\d+[\s-]+(?:hours?|hrs?|minutes?|mins?)[\s-]+(?=\d))?"
# A work's label owning the footage, in place of a determiner: "of Video C's 3-minute export", "of Camera 2's
# recording" (round 101; the label one or two words).
_LABEL_OWNER = r"(?:[\w-]+\s+)?[\w-]+['’]s\s+"
_OF_MEDIA = regex(
    # (a length's first unit ahead of the words: "of the 2 hour 40 minute programme")
    # (or Tagalog's "ng" (of), in Taglish: "sa last 30 seconds ng 3-minute video" (round 165))
    rf"^\s+(?:of|in|into|(?-i:ng))\s+(?:(?:the|this|that|its|his|her|their|a|an)\s+|{_LABEL_OWNER})?{LEADING_UNIT}"
    rf"(?:[\w'’:.-]+[\s-]+){{0,3}}"
    # (a file exported from a recorder: "Video C's 3-minute export", round 101)
    rf"(?:{_FOOTAGE_FILE}|exports?|running\s+time(?!\s+of\b)|run-?\s?time(?!\s+of\b))\b",
    re.IGNORECASE,
)
_INTO_OBJECT = regex(
    r"^\s+into\s+(?:(?:the|a|an|this|that|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s*[,;.:!?)]|$)",
    re.IGNORECASE,
)


def _of_media(after: str) -> int:
    """Length of a following "of the three-minute video" that belongs to the quote."""
    m = _OF_MEDIA.match(after)
    return m.end() if m else 0


# A bare " in" or " into" after the quote.
_IN_ANCHOR = regex(r"^\s+(?:in|into)\b", re.IGNORECASE)


def _anchor_object(after: str) -> int:
    """Length of the anchor that belongs to the quote: " in", " into the video", " mark"."""
    for pattern in (_OF_MEDIA, _INTO_OBJECT):
        m = pattern.match(after)
        if m:
            return m.end()
    m = _IN_ANCHOR.match(after)
    return m.end() if m else 0


# A unit word clipped as speech drops its last letter, the apostrophe written for it: "Ten secon' after dat",
# "Fifteen secon' later" (round 202, Crucian and San Andrés Creole); the apostrophe belongs to the unit.
_CLIPPED_UNIT = regex(r"secon\Z", re.IGNORECASE)

_ODD_AMOUNT = regex(r"\w-odd[\s-]", re.IGNORECASE)


@dataclass
class _Spoken:
    """A spoken duration in a sentence and the words either side of it, for the readers below."""

    text: str
    b: int
    e: int
    phrase: str
    value: float
    gran: float
    begin: int  # the quote, hedges included
    end: int
    approx: bool
    before: str  # up to 60 characters before the quote
    after: str  # the rest of the sentence after the quote

    @classmethod
    def read(cls, text: str, b: int, e: int, m: re.Match[str]) -> _Spoken | None:
        parsed = parse_duration(m.group(0))
        if parsed is None or _MILITARY.fullmatch(m.group(0)) or (
                _MILITARY_SHORT.fullmatch(m.group(0))
                and _CLOCK_PREP_BEFORE.search(text, max(b, m.start() - 30), m.start()) is not None
                and _IN_AFTER.match(text, m.end(), e) is None):
            return None  # "0600 hours", "at about 8.30 hrs": military time of day
        dotted = _DOTTED_MINUTES.fullmatch(m.group(0))
        if dotted:
            parsed = (int(dotted.group(1)) * 60.0 + int(dotted.group(2)), 1.0)
        approx_b = hedge_before(text, m.start(), b)
        begin = approx_b if approx_b is not None else m.start()
        said = m.end() + 1 if _CLIPPED_UNIT.search(m.group(0)) and text.startswith(("'", "’"), m.end()) else m.end()
        approx_a = hedge_after(text, said, e)
        end = approx_a if approx_a is not None else said
        odd = _ODD_AMOUNT.search(m.group(0)) is not None  # "twenty-odd seconds later": hedged inside
        return cls(text, b, e, m.group(0), parsed[0], parsed[1], begin, end,
                   approx_b is not None or approx_a is not None or odd, text[max(b, begin - 60):begin], text[end:e])

    @property
    def compact(self) -> bool:
        return bool(_COMPACT_RE.fullmatch(self.phrase))

    @property
    def ordinal_risk(self) -> bool:
        return bool(_ORDINAL_RISK.match(self.phrase))

    def point(self, end: int) -> Candidate:
        return Candidate("point", self.begin, end, start=self.value, granularity=self.gran, approximate=self.approx)


def length_said_after(after: str, at: int) -> tuple[float, float] | None:
    """The length a relative clause at ``at`` (right after the footage named) gives it: "of the BBC clip, which
    runs 4:30", "of the drone video, that lasts two minutes"."""
    runs = _RUNS_AFTER.match(after, at)
    if runs is None:
        return None
    return parse_timecode_text(runs.group("tc"), ARTICLE_TIMECODE_FPS) if runs.group("tc") \
        else parse_duration(runs.group("d"))


# ", which runs 4:30", " that lasts nine minutes": the footage's own length, told right after it.
_RUNS_AFTER = regex(
    rf",?\s*(?:which|that)\s+(?:runs|lasts|is)\s+(?:(?:about|around|roughly|just\s+over|just\s+under)\s+)?"
    rf"(?:(?P<tc>\d{{1,2}}(?::[0-5]\d){{1,2}})(?![\d:])|(?P<d>{NUMBER}[\s-]+(?:seconds?|minutes?|hours?|secs?|mins?)\b"
    # (a second unit: "which runs 1 hour 35 minutes")
    rf"(?:,?\s+(?:and\s+)?{NUMBER}[\s-]+(?:seconds?|minutes?|secs?|mins?)\b)?))",
    re.IGNORECASE)
