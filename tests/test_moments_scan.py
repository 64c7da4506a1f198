"""The one pass over the whole text (annotate.moments.scan): the same answers as reading each sentence alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.moments.scan import lowered, reading_copy, sentences_holding, sentences_with


def test_lowered_keeps_offsets_or_says_it_cannot():
    assert lowered("At 2:27 The Clip") == "at 2:27 the clip"
    assert lowered("İstanbul") is None  # "İ" lowers to two characters


def test_a_stem_counts_only_whole_inside_a_sentence():
    low = "the half-hour. minis halfway"
    spans = [(0, 7), (7, 14), (15, 20), (21, 28)]  # "the hal", "f-hour.", "minis", "halfway"
    assert sentences_holding(low, spans, ("half", "hour", "min")) == {1, 2, 3}
    assert sentences_holding(low, spans, ("third",)) == set()
    # Overlapping occurrences are all found: "aaa" holds "aa" twice.
    assert sentences_holding("xaaa", [(0, 2), (2, 4)], ("aa",)) == {1}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ahlfmin -.", max_size=40), st.lists(st.integers(0, 40), max_size=6),
       st.lists(st.sampled_from(["half", "min", "hal", "alf", "in", "a"]), min_size=1, max_size=3))
def test_sentences_holding_is_a_substring_test_per_sentence(low, cuts, stems):
    edges = sorted({0, len(low), *(min(c, len(low)) for c in cuts)})
    spans = list(zip(edges, edges[1:]))
    expected = {k for k, (b, e) in enumerate(spans) if any(s in low[b:e] for s in stems)}
    assert sentences_holding(low, spans, stems) == expected


def test_a_barred_letter_after_a_stem_keeps_it_out():
    low = "ministry. mins in. min"
    spans = [(0, 9), (10, 18), (19, 22)]
    assert sentences_holding(low, spans, ("min",), {"min": "i"}) == {1, 2}
    # The letter after the stem counts only inside the sentence: "min" ending one, "i" opening the next.
    assert sentences_holding("mini", [(0, 3), (3, 4)], ("min",), {"min": "i"}) == {0}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="minsu -.", max_size=40), st.lists(st.integers(0, 40), max_size=6))
def test_a_barred_stem_is_the_look_ahead_per_sentence(low, cuts):
    edges = sorted({0, len(low), *(min(c, len(low)) for c in cuts)})
    spans = list(zip(edges, edges[1:]))
    expected = {k for k, (b, e) in enumerate(spans) if re.search("min(?![is])", low[b:e])}
    assert sentences_holding(low, spans, ("min",), {"min": "is"}) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1٣ .\n", max_size=40), st.lists(st.integers(0, 40), max_size=6), st.integers(0, 3))
def test_sentences_with_a_character_are_those_a_search_per_sentence_finds(text, cuts, gap):
    edges = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    # (spans may leave gaps between them, as trimmed sentences do)
    spans = [(b, max(b, e - gap)) for b, e in zip(edges, edges[1:])]
    digit = re.compile(r"\d")
    assert sentences_with(text, spans, digit) == {k for k, (b, e) in enumerate(spans) if digit.search(text, b, e)}


# Digits of other scripts, as int() reads them: full-width (Japanese, Chinese), Arabic-Indic, Devanagari, Bengali.
_OTHER_DIGITS = {"０１２３４５６７８９": "0123456789", "٠١٢٣٤٥٦٧٨٩": "0123456789", "०१२३४५६७८९": "0123456789",
                 "০১২৩৪৫৬৭৮৯": "0123456789"}


def _written(ascii_text: str, digits: str) -> str:
    return ascii_text.translate(str.maketrans("0123456789", digits)).replace(":", "：" if digits[0] == "０" else ":")


@given(st.text(max_size=60).filter(lambda text: ">" not in text))
def test_the_reading_copy_keeps_every_offset(text):
    copy = reading_copy(text)
    assert len(copy) == len(text)
    assert all(a == b or (b.isdigit() and int(a) == int(b)) or (a, b) in ((":", "："), (".", "．"))
               for a, b in zip(copy, text))


@pytest.mark.parametrize("digits", list(_OTHER_DIGITS))
def test_timecodes_in_other_scripts_digits_are_read_and_quoted_as_written(digits):
    from annotate.moments.references import extract_references

    text = _written("At 2:27 the defector and 4 soldiers run for the line. The clock reads 23:14:05 when he falls.",
                    digits)
    found = extract_references(text)
    [moment] = found.moments
    assert (moment.start, moment.quote) == (147.0, _written("2:27", digits))
    assert moment.sentence == text[:text.index(".") + 1] and moment.sentence[slice(*moment.span)] == moment.quote
    assert moment.caption == _written("the defector and 4 soldiers run for the line", digits)  # nothing changed
    [clock] = found.clock_times
    assert (clock.clock, clock.quote) == ("23:14:05", _written("23:14:05", digits))


# A reply quoting a list or a table: each read as its unquoted twin (and as the quote of a quote, and with no space).
_QUOTED_BLOCKS = [
    ("Chapters:\n0:00 Intro\n2:27 The defector runs\n3:05 He falls", [0.0, 147.0, 185.0], []),
    ("Timestamps:\n1. 0:42 jeep arrives\n2. 2:27 defector runs", [42.0, 147.0], []),
    ("* 0:42 jeep arrives\n* 2:27 defector runs\n* 3:05 he falls", [42.0, 147.0, 185.0], []),
    ("| Time | What happens |\n|---|---|\n| 0:42 | The jeep arrives |\n| 2:27 | The defector runs |", [42.0, 147.0],
     []),
    ("| # | Title | Length |\n|---|---|---|\n| 1 | Lagos Rain | 4:50 |\n| 2 | Night Bus | 3:12 |", [], []),
    ("| Camera clock | Position in upload |\n|---|---|\n| 21:29:04 | 23:40 |\n| 21:31:10 | 25:46 |",
     [1420.0, 1546.0], ["21:29:04", "21:31:10"]),
]


@pytest.mark.parametrize("marks", ["> ", ">", "> > "])
@pytest.mark.parametrize(("block", "starts", "clocks"), _QUOTED_BLOCKS)
def test_a_quoted_list_or_table_reads_as_the_list_or_table_it_is(block, starts, clocks, marks):
    from annotate.moments.references import extract_references

    lines = block.split("\n")
    text = "Posted by kwonj\n\nThe video:\n\n" + "".join(f"{marks}{line}\n" for line in lines) + "\nThanks.\n"
    found = extract_references(text)
    assert [m.start for m in found.moments] == starts and [m.clock for m in found.clock_times] == clocks
    # (its sentence without the quote marks, "> " and "> > "; a bare ">" may open a figure, ">50 people", and stays)
    shown = re.sub(r"(?m)^(?:> )+", "", text) if marks.endswith(" ") else text
    for m in found.moments:  # quoted as written, in the row's own line
        assert text[slice(*m.span)] == m.quote and m.sentence in shown and marks.strip() not in m.caption
    copy = reading_copy(text)
    assert len(copy) == len(text) and copy.count("\n") == text.count("\n")
    assert copy[copy.index(lines[1]) - 1] == "\n"  # a row opens its line


def test_a_quoted_remark_keeps_its_quote_marks():
    text = "> at 2:27 he runs\n\nYes.\n> 0:42 jeep arrives\n"  # one quoted line, not a list of two
    assert reading_copy(text) == text
