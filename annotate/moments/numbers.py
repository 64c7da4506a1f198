"""Number words and durations as they appear in prose, read into values.

Why a small table and not a library: text2num, number-parser and word2number
were tried on the phrases articles use.  All three read "twenty-seven",
"ninety" and "one hundred forty-seven", but none reads "a dozen", "a half",
"half a minute" or "a minute and a half", and none reports *where* in the text
a number is, which the extractor needs for spans.  The regular grammar below
(in ``patterns``) finds the phrase; this module turns the matched phrase into
seconds with a table of about forty words, which covers every case the
libraries cover here plus the ones they miss.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from annotate.moments.compiled import regex

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
    # Scots "twa" (two): "aboot twa minutes later" (round 108's Doric notice)
    "twa": 2,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
NUMBER_WORDS = tuple(ONES) + tuple(TENS) + ("hundred", "dozen")

# Seconds per unit word; days and longer are deliberately absent (never moments).
UNIT_SECONDS: dict[str, float] = {
    "h": 3600.0, "hr": 3600.0, "hrs": 3600.0, "hour": 3600.0, "hours": 3600.0,
    "m": 60.0, "min": 60.0, "mins": 60.0, "minute": 60.0, "minutes": 60.0,
    "s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "seconds": 1.0,
}
# Unit words as they are also typed, misspelt or as non-native writers spell them ("3 minuts in", "10 secounds
# later"): read as the units they stand for.
MISSPELT_UNITS: dict[str, float] = {
    **{w: 60.0 for w in ("minut", "minuts", "minit", "minits", "mintue", "mintues", "minuite", "minuites")},
    **{w: 1.0 for w in ("secound", "secounds", "secont", "seconts", "secon", "secons")},
}
UNIT_SECONDS.update(MISSPELT_UNITS)
MISSPELT_UNIT = "|".join(sorted(MISSPELT_UNITS, key=len, reverse=True))

_TOKEN = regex(r"\d+(?:\.\d+)?|½|[a-z]+", re.IGNORECASE)
# A half after digits as pasted HTML writes it: "At roughly 6&frac12; minutes in" (round 99's homework card), "3&#189;
# minutes", read as "6½".
HALF_SIGN = r"(?:½|&frac12;|&#189;|&#xBD;|&half;)"
_HALF_ENTITY = regex(r"&(?:frac12|#189|#x[Bb][Dd]|half);")


def half_signs(phrase: str) -> str:
    """``phrase`` with a half's HTML entity written as "½" (``"6&frac12; minutes"`` -> ``"6½ minutes"``)."""
    return _HALF_ENTITY.sub("½", phrase) if "&" in phrase else phrase


# Pure readings of short phrases that recur in a text ("two minutes", "ten"): read once each.
@lru_cache(maxsize=4096)
def word_number(phrase: str) -> float | None:
    """Value of a number phrase: ``"147"``, ``"twenty-seven"``, ``"a dozen"``,
    ``"one hundred and forty-seven"``, ``"a half"``, ``"two and a half"``;
    None if it is not a number."""
    tokens = [t.casefold() for t in _TOKEN.findall(half_signs(phrase))]  # "ſix" (long s) matched as "six"
    reading = _Reading()
    for i, t in enumerate(tokens):
        if not reading.add(t, tokens[i + 1] if i + 1 < len(tokens) else ""):
            return None
    value = reading.total + reading.current
    # "9999…9" (400 digits) or "a hundred hundred …" is past what a float holds: no number to place.
    return value if reading.seen and math.isfinite(value) else None


_MULTIPLIERS = {"hundred": 100, "dozen": 12}
_SHARES = {"half": 0.5, "quarter": 0.25}


@dataclass
class _Reading:
    """A number phrase read word by word: a finished part (``total``) and the part being built."""

    total: float = 0.0
    current: float = 0.0
    seen: bool = False

    def add(self, t: str, following: str) -> bool:
        """Take one token; False when the phrase stops being a number ("two three")."""
        if t[0].isdigit():
            return not (self.seen and self.current) and self._plus(float(t))
        if t == "½":
            return self._plus(0.5)
        if t in ONES:
            return not (self.current % 10 and self.current < 100) and self._plus(ONES[t])
        if t in TENS:
            return not self.current % 100 and self._plus(TENS[t])
        if t in _MULTIPLIERS:
            self.current = (self.current or 1.0) * _MULTIPLIERS[t]
            self.seen = True
            return True
        if t in _SHARES:
            self.total += self.current + _SHARES[t]
            self.current = 0.0
            self.seen = True
            return True
        if t in ("a", "an"):
            # "a dozen", "a hundred", "a half": the article stands for one only on its own.
            if following not in _MULTIPLIERS and following not in _SHARES and not self.seen:
                self._plus(1)
            return True
        return t == "and"

    def _plus(self, value: float) -> bool:
        self.current += value
        self.seen = True
        return True


# "and" as speech spells it too: "a minute an' a half".
AND_SAID = r"(?:and|an['’](?=[\s-]))"
_PART = regex(
    r"(?P<half>half[\s-]+an?[\s-]+|(?:(?P<share>a|one|three)[\s-]+)?(?P<quarter>quarters?)[\s-]+of[\s-]+an?[\s-]+)(?P<u1>[a-z]+)"
    r"|(?P<num>\d+(?:\.\d+)?½?|[a-z½]+(?:[\s-]+(?:and[\s-]+)?(?:a[\s-]+)?[a-z½]+)*?)"
    # "17-and-a-half-minute mark": the share before the unit
    rf"(?P<prehalf>[\s-]+{AND_SAID}[\s-]+a[\s-]+(?:half|quarter)(?=[\s-]))?"
    rf"[\s-]*(?P<unit>hours?|hrs?|minutes?|mins?|seconds?|secs?|{MISSPELT_UNIT}|h|m|s)(?![a-z])"
    rf"(?P<andhalf>[\s-]+{AND_SAID}[\s-]+a[\s-]+(?:half|quarter))?",
    re.IGNORECASE,
)


_NEXT_UNIT_DOWN = {3600.0: 60.0, 60.0: 1.0}


def _bare_count(tail: str) -> int | None:
    """The minutes or seconds a phrase's rest says with no unit ("5", "ten", "forty-five"), 1 to 59, or None."""
    value = word_number(tail.strip())
    return int(value) if value is not None and value == int(value) and 1 <= value <= 59 else None


_AND_A_SHARE = regex(rf"{AND_SAID}[\s-]+a[\s-]+(half|quarter)\b", re.IGNORECASE)


def granularity_of(unit: str, value: float) -> float:
    """The precision a spoken amount implies: ``147 seconds`` -> 1 s,
    ``four minutes`` -> 60 s, ``a minute and a half`` -> 30 s."""
    size = UNIT_SECONDS[unit.casefold()]
    frac = value - int(value)
    if frac:
        return size * (0.5 if abs(frac - 0.5) < 1e-9 else 0.25 if abs(frac % 0.25) < 1e-9 else 0.1)
    return size


# The hedge of a round amount before its unit: "twenty-odd seconds", "30-odd minutes".
_ODD = regex(r"(?<=\w)-odd(?=[\s-])", re.IGNORECASE)


# What may stand between two parts of a duration: "two minutes, and twenty-seven seconds".
_GAP = regex(r"[\s,-]*(?:and[\s-]+)?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_duration(phrase: str) -> tuple[float, float] | None:
    """Seconds and granularity of a spoken duration: ``"two minutes and
    twenty-seven seconds"`` -> (147, 1); ``"a minute and a half"`` -> (90, 30);
    ``"2m27s"`` -> (147, 1); ``"half a minute"`` -> (30, 30). None if unreadable."""
    # "90&nbsp;seconds", "6&frac12; minutes" as pasted HTML
    text = half_signs(phrase.replace("&nbsp;", " ").replace("&#160;", " ").strip())
    text = text.replace("&#8209;", "-").replace("\u2011", "-")  # a non-breaking hyphen: "2&#8209;min clip"
    text = _ODD.sub("", text)  # "twenty-odd seconds": the amount, hedged (the hedge is read by the finders)
    pos = 0
    total = 0.0
    finest: float | None = None
    found = False
    last_unit = 0.0
    while pos < len(text):
        gap = _GAP.match(text[pos:])
        pos += gap.end() if gap else 0
        if pos >= len(text):
            break
        tail = text[pos:]
        share = _AND_A_SHARE.match(tail)
        if share and found and finest:
            # "a minute and a half", "a minute and a quarter": that share of the last unit named.
            part = 0.5 if share.group(1).lower() == "half" else 0.25
            total += part * last_unit
            finest = min(finest, part * last_unit)
            pos += share.end()
            continue
        m = _PART.match(tail)
        if not m:
            # "1hr 5", "an hour ten", "2min30": the next unit down, unsaid, as a clock is read after its hour
            smaller = _NEXT_UNIT_DOWN.get(last_unit)
            count = _bare_count(tail) if smaller is not None else None
            if count is None or smaller is None:
                return None
            total += count * smaller
            finest = min(finest or smaller, smaller)
            break
        if m.group("half"):
            unit = m.group("u1").casefold()  # "ſ" matched "s" under IGNORECASE: casefold reads it so
            if unit not in UNIT_SECONDS or len(unit) == 1:
                return None
            # "half an hour", "a quarter of an hour", "three quarters of an hour"
            value = 0.5 if not m.group("quarter") else 0.75 if (m.group("share") or "").lower() == "three" else 0.25
        else:
            unit = m.group("unit").casefold()
            value_opt = word_number(m.group("num"))
            if value_opt is None:
                return None
            value = value_opt
            if m.group("prehalf"):
                value += 0.25 if m.group("prehalf").lower().endswith("quarter") else 0.5
            if m.group("andhalf"):
                value += 0.25 if m.group("andhalf").lower().endswith("quarter") else 0.5
        last_unit = UNIT_SECONDS[unit]
        total += value * last_unit
        if not math.isfinite(total):
            return None  # "9…9 hours" (306 digits) times 3600 is past what a float holds
        g = granularity_of(unit, value)
        finest = g if finest is None else min(finest, g)
        found = True
        pos += m.end()
    if not found or finest is None:
        return None
    return total, finest
