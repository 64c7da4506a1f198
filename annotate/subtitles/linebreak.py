"""Where a line may break inside a run written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
Myanmar): ICU's line break iterator, the Unicode line-breaking rules (UAX #14) with ICU's word
dictionaries for the scripts that need one, as browsers break them, in its strict mode (kinsoku: no line
opens on a closing mark, a full-width comma or a small kana). Through icu4py, whose wheel bundles ICU
(PyICU needs a compiler and ICU's headers; pythainlp took 2.7 s to load and covers Thai only).
Without it (Python 3.10 has no icu4py wheel) the same CJK rules from character lists, and a run of a
dictionary script is kept whole: never broken mid-word, only between the words around it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import regex

# UAX #14 class SA (complex context): Thai, Lao, Myanmar, Khmer, Tai Tham, New Tai Lue, Tai Viet.
_DICTIONARY = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1950-\u19ff\u1a20-\u1aaf"
                         "\ua9e0-\ua9ff\uaa60-\uaadf]")
# Kinsoku: no line opens on these (closing marks, CJK full stops and commas, small kana, iteration and
# prolonged-sound marks; UAX #14 classes CL, CP, EX, IS, NS and, strictly, CJ) ...
NO_START = frozenset(
    "、。，．・：；？！゛゜ヽヾゝゞ々〻ー）］｝〕〉》」』】〙〗〟｠»’”…‥〜～!%),.:;?]}"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
)
# ... and none ends on an opening one (class OP).
NO_END = frozenset("（［｛〔〈《「『【〘〖〝｟«‘“([{")
_CLUSTER = regex.compile(r"\X")


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def needs_breaker(word: str) -> bool:
    """Whether ``word`` (no spaces inside) holds a script that breaks between words without spaces."""
    return any(_is_wide(c) for c in word) or _DICTIONARY.search(word) is not None


def _fallback(word: str) -> list[str]:
    """Break opportunities by the CJK rules above: between two wide clusters, or a wide one and another,
    unless kinsoku forbids it; a run of other (Latin, digits, a dictionary script) is one piece."""
    out: list[str] = []
    prev = ""
    for cl in _CLUSTER.findall(word):
        wide = any(map(_is_wide, cl))
        together = prev and (
            cl[0] in NO_START or prev[-1] in NO_END or cl.isspace()
            or (not wide and not any(map(_is_wide, prev[-1])))
        )
        if out and together:
            out[-1] += cl
        else:
            out.append(cl)
        prev = cl
    return out


def _icu() -> Callable[[str], list[str]] | None:
    try:
        from icu4py.breakers import LineBreaker
    except ImportError:
        return None

    def breaks(word: str) -> list[str]:
        return list(LineBreaker(word, "und@lb=strict"))
    return breaks


_BREAKER = _icu()


def segments(word: str, breaker: Callable[[str], list[str]] | None = _BREAKER) -> list[str]:
    """``word`` (a space-free run with its trailing space) cut where a line may break, in order; joined
    they are ``word``. A word of spaced scripts is one piece (a Latin or Arabic word is broken only
    at its spaces, as before)."""
    if not needs_breaker(word):
        return [word]
    return (breaker or _fallback)(word)
