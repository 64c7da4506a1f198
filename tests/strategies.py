"""Hypothesis strategies shared by the tests: hostile caption text and times; strings a pattern matches."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from hypothesis import strategies as st

from annotate.clocktext import ClockTime

try:
    import re._parser as re_parser  # Python 3.11 and later
except ImportError:  # Python 3.10
    import sre_parse as re_parser  # type: ignore[no-redef]

# What articles throw at captions: markup, cue syntax, ASS overrides, filter
# syntax, entities, RTL/CJK/emoji, controls, CRLF, lone surrogates.
HOSTILE_PIECES = [
    "-->", "\n\n", "<script>alert(1)</script>", "<i>", "</i>", "{\\an8}", "{\\b1}", "&amp;", "&lt;", "\\", "\\N",
    "\\h", "%{pts}", "'", '"', ":", ";", ",", "[", "]", "=", "مرحبا بالعالم", "שלום", "日本語のテキスト", "한국어",
    "😀👍🏽", "\x00", "\r\n", "\ud800", "WEBVTT", "NOTE", "1", "00:00:01,000 --> 00:00:02,000", "   ",
]

hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(min_size=1, max_size=12)), min_size=1, max_size=8
).map("".join)

caption_text = st.one_of(hostile_text, st.text(max_size=200))


def surrogates_shown(text: str) -> str:
    """``text`` as a terminal line or a CSV cell shows it: each lone surrogate (a file name's byte that is not
    UTF-8, os.fsdecode's U+DC80-U+DCFF) as that byte, ``\\xe9``, any other as ``\\ud800``."""
    return re.sub(r"[\ud800-\udfff]", lambda m: (f"\\x{ord(m[0]) - 0xDC00:02x}" if 0xDC80 <= ord(m[0]) <= 0xDCFF
                                                 else f"\\u{ord(m[0]):04x}"), text)

seconds = st.floats(min_value=0, max_value=36_000, allow_nan=False, allow_infinity=False).map(
    lambda s: round(s, 3)
)

# Marker colours OpenTimelineIO names (EDL locators and OTIO markers carry them).
marker_colors = st.sampled_from(["", "PINK", "RED", "ORANGE", "YELLOW", "GREEN", "CYAN", "BLUE", "PURPLE",
                                 "MAGENTA", "BLACK", "WHITE"])
# Video ids as a timeline allows them (annotate.model.video_id_problem), at
# their hostile edges: one character, 40, dots and dashes, only digits,
# names that differ only in punctuation. Ids name files, so ids equal but for
# case are one id: draw distinct ones with unique_by=str.casefold.
video_ids = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_.-]{0,39}\Z")

# Frame rates editors work at, NTSC's 1000/1001 rates included.
edit_rates = st.sampled_from([24000 / 1001, 24.0, 25.0, 30000 / 1001, 30.0, 50.0, 60.0])

# Someone's finished subtitle cues: start and length in milliseconds (empty,
# long, overlapping: anything a file may hold) and any text.
cue_items = st.lists(st.tuples(st.integers(0, 10_000_000), st.integers(0, 20_000), caption_text),
                     min_size=1, max_size=5)

# A burnt-in clock's reading: a moment (whole seconds, or with milliseconds)
# and how a camera writes it (date order and separator, 12 or 24 hours).
clock_moments = st.tuples(
    st.integers(min_value=1990, max_value=2099), st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28), st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59), st.integers(min_value=0, max_value=59),
    st.one_of(st.none(), st.integers(min_value=0, max_value=999)),
)
clock_styles = st.tuples(st.sampled_from(["ymd", "dmy", "mdy"]), st.sampled_from(["-", "/", "."]),
                         st.booleans(), st.sampled_from([" ", "  ", ""]))

# A clock time as an article states it (annotate.clocktext.ClockTime): a whole
# second or a whole minute of the day, with or without a date and a zone.
# A range ("from 06:31:08 to 06:33:40") has an end at the same precision, past midnight or not.
def _clock_time(second: int, minute_only: bool, date: str | None, zone: str | None, end: int | None) -> ClockTime:
    start, last = (float(t - t % 60 if minute_only else t) if t is not None else None for t in (second, end))
    assert start is not None
    # A range that ends where it starts is no range (parse_clock refuses it): that one time.
    return ClockTime(start, 60.0 if minute_only else 1.0, date, zone, None if last == start else last)


clock_times = st.builds(
    _clock_time,
    st.integers(0, 86_399), st.booleans(), st.sampled_from([None, "2024-02-29", "1999-12-31"]),
    st.sampled_from([None, "UTC", "local time", "GMT+2"]), st.one_of(st.none(), st.integers(0, 86_399)),
)


# Subtitle cue texts and quotes for the quote matcher (annotate.speech.match):
# words from a small vocabulary with near spellings ("them"/"then"/"thema"),
# so matches, near misses and repeats all occur.
MATCH_VOCABULARY = ("hands", "hand", "where", "were", "them", "then", "thema", "get", "down", "now", "go", "back",
                    "the", "a", "officer", "ground", "grounds", "stop")
match_texts = st.lists(st.sampled_from(MATCH_VOCABULARY), min_size=1, max_size=6).map(" ".join)

# Stream time bases as containers give them (1/90000, 1001/30000...) and
# packet timestamps in them, negative ones (pre-roll) included.
time_bases = st.builds(Fraction, st.integers(1, 1001), st.integers(1, 10_000_000))
packet_ticks = st.integers(-(2**40), 2**53)

# Texts of line breaks, blank lines, list marks and words, long enough that a window of a few
# hundred characters before a position may or may not reach the text's start or a break.
broken_lines = st.text(alphabet="\n -#ab", max_size=900)

# --- Strings that a compiled pattern matches, made deterministically from its syntax tree (no sampling:
# the same strings every run, fast enough for hundreds of patterns).
_SPACES = " \u2009\t\x0c\u00a0\n\u3000"
_CATEGORY_CHARS = {"CATEGORY_DIGIT": "1703", "CATEGORY_SPACE": _SPACES, "CATEGORY_WORD": "aZ_7é",
                   "CATEGORY_NOT_DIGIT": "a ", "CATEGORY_NOT_SPACE": "a1", "CATEGORY_NOT_WORD": " -"}
_PROBE_CHARS = "a 1Z-:.,_/é\u2009"


def regex_examples(pattern: re.Pattern[str], variants: int = 12) -> list[str]:
    """Up to ``variants`` distinct strings that ``pattern`` finds (``search``), each built by taking, at
    every alternation, repeat and character class, a choice that turns with the variant number, so that
    together they walk many branches. Look-arounds are ignored while building; a string the pattern does
    not find after all is dropped."""
    tree = re_parser.parse(pattern.pattern, pattern.flags)
    found: list[str] = []
    for variant in range(variants):
        text = _build(tree, variant, [0], {})
        if text not in found and pattern.search(text):
            found.append(text)
    return found


def _build(items: Any, variant: int, counter: list[int], groups: dict[int, str]) -> str:
    out = []
    for op, arg in items:
        counter[0] += 1
        turn = variant + counter[0] * (variant // 3)  # later variants also turn inner choices
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append(next(c for c in _PROBE_CHARS if ord(c) != arg))
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_class_char(arg, turn))
        elif name == "BRANCH":
            branches = arg[1]
            out.append(_build(branches[turn % len(branches)], variant, counter, groups))
        elif name == "SUBPATTERN":
            text = _build(arg[3], variant, counter, groups)
            if arg[0] is not None:
                groups[arg[0]] = text
            out.append(text)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = arg
            count = min(low + turn % 3, high, low + 4)
            out.extend(_build(body, variant, counter, groups) for _ in range(count))
        elif name == "GROUPREF":
            out.append(groups.get(arg, ""))
        elif name == "GROUPREF_EXISTS":
            group, yes, no = arg
            out.append(_build(yes if group in groups else (no or []), variant, counter, groups))
        elif name == "ATOMIC_GROUP":
            out.append(_build(arg, variant, counter, groups))
        # AT (anchors), ASSERT and ASSERT_NOT add no characters
    return "".join(out)


def _class_char(items: Any, turn: int) -> str:
    """A character of a class ``[...]``: the turn-th member it names, or for ``[^...]`` a probe outside it."""
    if items and str(items[0][0]) == "NEGATE":
        return next((c for c in _PROBE_CHARS if not _in_class(c, items[1:])), "a")
    choices: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            choices.append(chr(arg))
        elif name == "RANGE":
            choices.extend([chr(arg[0]), chr(arg[1])])
        elif name == "CATEGORY":
            choices.extend(_CATEGORY_CHARS.get(str(arg), "a"))
    return choices[turn % len(choices)] if choices else "a"


_CATEGORY_TESTS = {"CATEGORY_DIGIT": re.compile(r"\d"), "CATEGORY_SPACE": re.compile(r"\s"),
                   "CATEGORY_WORD": re.compile(r"\w"), "CATEGORY_NOT_DIGIT": re.compile(r"\D"),
                   "CATEGORY_NOT_SPACE": re.compile(r"\S"), "CATEGORY_NOT_WORD": re.compile(r"\W")}


def _in_class(char: str, items: Any) -> bool:
    for op, arg in items:
        name = str(op)
        if (name == "LITERAL" and ord(char) == arg) or (name == "RANGE" and arg[0] <= ord(char) <= arg[1]) \
                or (name == "CATEGORY" and _CATEGORY_TESTS[str(arg)].fullmatch(char)):
            return True
    return False


# Texts of sentence ends as articles paste them: end marks, closing quotes and brackets, spaces of
# several kinds, line breaks, HTML block ends and line breaks, abbreviations and initials, words with
# digits, underscores and letters re reads as word characters ("é", "²", "ſ").
SENTENCE_PIECES = (". ", "...", "!", "?", "…", "\n", "\t", "\u00a0", " ", '"', "”", ")", "]", "</p>", "</LI>",
                   "<br>", "<BR />", "</td>", "<b>", "Nov", "U.S", "p.m", "a", "Ab", "x_1", "2:27", "é", "²", "ſ",
                   "-", "'")
sentence_texts = st.lists(st.sampled_from(SENTENCE_PIECES), max_size=40).map("".join)

# Moment ids a user may type: spaces, unicode, the cue arrow, commas, quotes.
moment_ids = st.lists(
    st.lists(st.sampled_from(["a", "Z", "7", " ", "é", "日本", "-->", ",", "\"", "'", ".", "-", "_", "#", ":"]),
             min_size=1, max_size=8).map("".join).map(str.strip).filter(bool),
    min_size=1, max_size=4, unique_by=str.casefold)
