"""The sentence splitter's scans equal the patterns they stand in for, on every case set and on generated text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import extract_moments
from annotate.moments import sentences
from tests.moments_scoring import load_cases
from tests.strategies import sentence_texts

DATA = Path(__file__).parent / "data"
# The pattern ``sentences._last_word`` replaced (kept here as the reference).
_LAST_WORD = re.compile(r"([\w.]+)$")


def _case_texts() -> list[str]:
    return [case["text"] for path in sorted(DATA.glob("moments*.jsonl")) for case in load_cases(path)]


def _reference_word(text: str, lo: int, dot: int) -> str:
    m = _LAST_WORD.search(text, lo, dot)
    return m.group(1) if m else ""


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def test_the_boundary_scan_is_the_boundary_pattern_on_every_case_set():
    texts = _case_texts()
    assert len(texts) > 1000
    for text in texts:
        assert _spans(sentences._boundaries(text)) == _spans(sentences._BOUNDARY.finditer(text))


@settings(max_examples=400)
@given(sentence_texts)
def test_the_boundary_scan_is_the_boundary_pattern(text):
    assert _spans(sentences._boundaries(text)) == _spans(sentences._BOUNDARY.finditer(text))


def test_the_last_word_is_the_pattern_s_before_every_dot_in_the_case_sets():
    checked = 0
    for text in _case_texts():
        for dot in (m.start() for m in re.finditer(r"\.", text)):
            lo = max(0, dot - 20)
            assert sentences._last_word(text, lo, dot) == _reference_word(text, lo, dot), text[lo:dot + 1]
            checked += 1
    assert checked > 1000


@settings(max_examples=400)
@given(sentence_texts, st.integers(0, 30), st.integers(0, 60))
def test_the_last_word_is_the_pattern_s(text, lo, dot):
    dot = min(dot, len(text))
    lo = min(lo, dot)
    assert sentences._last_word(text, lo, dot) == _reference_word(text, lo, dot)


def test_the_last_word_stops_at_the_window_and_before_a_final_line_break():
    assert sentences._last_word("said Mr.", 0, 7) == "Mr"
    assert sentences._last_word("in the U.S.", 0, 10) == "U.S"
    assert sentences._last_word("abcdef.", 3, 6) == "def"
    assert sentences._last_word("Nov\n.", 0, 4) == "Nov"
    assert sentences._last_word("x_1²é.", 0, 5) == "x_1²é"
    assert sentences._last_word("(x_1²é.", 0, 6) == "x_1²é"  # no space before it: read back char by char
    assert sentences._last_word("a (x\tb.c.", 0, 8) == "b.c"
    assert sentences._last_word("“Hi.", 0, 3) == "Hi"
    assert sentences._last_word("end .", 0, 4) == ""


def _reference_next(text: str, at: int) -> str:
    m = sentences._NEXT_CHAR.match(text, at)
    return m.group(1) if m else ""


def test_the_next_character_is_the_pattern_s_after_every_boundary_in_the_case_sets():
    checked = 0
    for text in _case_texts():
        for m in sentences._boundaries(text):
            assert sentences._next_char(text, m.end()) == _reference_next(text, m.end()), text[m.start():m.end() + 3]
            checked += 1
    assert checked > 1000


@settings(max_examples=400)
@given(st.text(alphabet=" \t\n\u00a0\u2003\u3000\u200bab.A1é", max_size=12), st.integers(0, 12))
def test_the_next_character_is_the_pattern_s(text, at):
    at = min(at, len(text))
    assert sentences._next_char(text, at) == _reference_next(text, at)


# Attack report 9, bug 10: an invisible character (a format character, a soft hyphen) right after a sentence's end,
# or after the space that follows it, joined two sentences; both moments took one caption holding it.
@pytest.mark.parametrize("mark", ["\u200b", "\u200e", "\u00ad", "\u2060", "\ufeff", "\u200f"])
@pytest.mark.parametrize("gap", ["{mark} ", " {mark}", "{mark}{mark} "])
def test_an_invisible_character_between_sentences_neither_joins_them_nor_stays_at_their_edges(mark, gap):
    text = "At 0:12 in the video the truck crashes." + gap.format(mark=mark) + "At 0:45 the man falls."
    assert [text[b:e] for b, e in sentences.split(text)] == [
        "At 0:12 in the video the truck crashes.", "At 0:45 the man falls."]
    found = extract_moments(text)
    assert [(m.start, m.caption) for m in found] == [(12.0, "the truck crashes"), (45.0, "the man falls")]


def test_an_invisible_character_inside_a_sentence_stays():
    text = "The soft\u00adhyphen stays. At 0:45 the man\u200b falls."
    assert [text[b:e] for b, e in sentences.split(text)] == [
        "The soft\u00adhyphen stays.", "At 0:45 the man\u200b falls."]


@pytest.mark.parametrize(("text", "sentence"), [
    ("> At 2:27 the officer draws.", "At 2:27 the officer draws."),
    ("Intro.\n> > At 2:27 the officer\n> > draws.", "At 2:27 the officer\ndraws."),
    (">At 2:27 the officer draws.", ">At 2:27 the officer draws."),  # (no mark without its space: a figure's ">")
    ("At 3:05 >50 people run.", "At 3:05 >50 people run."),
    (">50 people run at 3:05.", ">50 people run at 3:05."),
])
def test_a_sentence_is_said_without_the_quote_marks_opening_its_lines(text, sentence):
    b, e = next((b, e) for b, e in sentences.split(text) if "2:27" in text[b:e] or "3:05" in text[b:e])
    if "\n> > draws" in text:  # (a wrapped quoted line ends its sentence at the break: read as one span here)
        b, e = text.index("> > At"), len(text)
    assert sentences.said(text, b, e) == sentence
