"""A footage length stated in the text, and the plain tests every reader of lengths asks: a length's value,
whether a window names a work (its media words), a case-blind gate of plain words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotate.moments.compiled import regex
from annotate.moments.forms import timecode_value
from annotate.moments.numbers import parse_duration
from annotate.moments.patterns import BROADCAST_HOUR, TIMECODE, any_stem
from annotate.timecode import ARTICLE_TIMECODE_FPS


class _WordGate:
    """A case-blind gate of plain words, written in lower case (no look-behind; a ``\\b`` only before a letter):
    searched in a window's lower-cased copy where the window is ASCII, several times faster than the case-blind
    scan, with the same answer there (or a yes where only the character before the window would have denied a
    leading ``\\b``: a gate may open for nothing, never stay shut on a match); case-blind in the window otherwise."""

    __slots__ = ("any_case", "lowered")

    def __init__(self, words: str) -> None:
        self.any_case = regex(words, re.IGNORECASE)
        self.lowered = regex(words)

    def found(self, text: str, b: int, e: int, ascii_low: str | None) -> bool:
        """Whether the gate's words are in text[b:e], ``ascii_low`` its lower-cased copy if it is ASCII (else None)."""
        if ascii_low is not None:
            return self.lowered.search(ascii_low) is not None
        return self.any_case.search(text, b, e) is not None


@dataclass(frozen=True)
class StatedLength:
    seconds: float
    begin: int  # span of the length phrase (the part that is a non-moment)
    end: int


def _value(text: str) -> float | None:
    m = TIMECODE.fullmatch(text.strip())
    if m:
        return timecode_value(m, ARTICLE_TIMECODE_FPS)[0]
    if text.strip().lower() in ("hour", "minute", "second"):
        return {"hour": 3600.0, "minute": 60.0, "second": 1.0}[text.strip().lower()]
    parsed = parse_duration(text)
    return parsed[0] if parsed else None


# Cheap tests that a sentence can hold each pattern at all: the full patterns start with
# long alternations that Python's re tries at every position, so most text must skip them.
# A substring of every word MEDIA_NOUN matches (checked by a test): plain `in` tests are far
# cheaper than trying the alternation at every position.
MEDIA_STEMS = (
    "video", "clip", "footage", "recording", "film", "tape", "stream", "broadcast", "feed", "hearing",
    "speech", "interview", "trailer", "teaser", "segment", "sequence", "reel", "montage", "compilation",
    "supercut", "cam", "upload", "vlog", "podcast", "episode", "documentary", "movie", "audio", "call",
    "conversation", "conference", "testimony", "briefing", "cctv", "surveillance", "scene", "highlights",
    "program", "explainer", "version", "replay", "cut", "edit", "demo", "walkthrough", "playthrough", "tutorial",
    "how-to", "vid", "vod", "package", "rushes", "dailies", "webcast", "webinar", "telecast", "simulcast", "recap",
    "condensed", "onboard", "archive", "finale", "highlight pack", "repost", "re-up", "reup", "mirror",
    # RECORDED_TALK
    "talk", "lecture", "address", "keynote", "presentation", "sermon", "homily", "service", "monologue", "rant",
    # _LENGTH_WORK
    "file", "excerpt", "running time", "runtime", "lapse", "routine", "workout", "special", "onboard", "television",
    "hiit", "tabata", "animat", "cartoon", "slideshow", "slide-show", "slide show", "mashup",
    "mash-up", "stop-motion", "stopmotion", "performance", "bracket", "recital",
    # _JUDGED_PROGRAMME
    "free skat", "free-skat", "long skat", "long-skat", "short skat", "short-skat", "free dance", "free-dance",
    "rhythm dance", "rhythm-dance", "ice dance", "ice-dance", "short dance", "short-dance", "original dance",
    "original-dance",
    "report", "news item", "bulletin", "summar", "recap", "roundup", "round-up", "wrapup", "wrap-up", "digest",
    # _MEDIA_VERB's film told as what it is to its maker
    "debut", "sequel", "prequel", "biopic", "feature", "essay", "restoration", "remaster",
)

_MEDIA_STEM = any_stem(MEDIA_STEMS)


def _mentions_media(text: str, b: int, e: int) -> bool:
    return _lowered_mentions_media(text[b:e].lower())


def _lowered_mentions_media(low: str) -> bool:
    """:func:`_mentions_media` of a text already cut and lowered (a window's copy is lowered once for every test)."""
    return _MEDIA_STEM.search(low) is not None or _BROADCAST_HOUR_WORD.search(low) is not None


# ("the 52-minute hour": a broadcast's hour is its footage)
_BROADCAST_HOUR_WORD = regex(BROADCAST_HOUR)
