"""Hypothesis strategies shared by the tests: hostile caption text and times."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

from annotate.clocktext import ClockTime

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

# Texts of sentence ends as articles paste them: end marks, closing quotes and brackets, spaces of
# several kinds, line breaks, HTML block ends and line breaks, abbreviations and initials, words with
# digits, underscores and letters re reads as word characters ("é", "²", "ſ").
SENTENCE_PIECES = (". ", "...", "!", "?", "…", "\n", "\t", "\u00a0", " ", '"', "”", ")", "]", "</p>", "</LI>",
                   "<br>", "<BR />", "</td>", "<b>", "Nov", "U.S", "p.m", "a", "Ab", "x_1", "2:27", "é", "²", "ſ",
                   "-", "'")
sentence_texts = st.lists(st.sampled_from(SENTENCE_PIECES), max_size=40).map("".join)
