"""A ">" inside a caption's line is the words' own ("At 1:12 > 50 people crowd the gate": more than 50), kept; only
the quote marks opening the sentence's lines (a reply's "> ", "> > ") are nobody's words, blanked where they stand
(sentences.unquoted), so a quoted sentence's caption is the one the same sentence unquoted gives."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases

FAMILIES = {
    "a '>' after a cut time stays in the caption": [
        ("At 1:12 > 50 people crowd the gate.", [(72.0, "> 50 people crowd the gate")]),
        ("From 0:40 >100 cars queue at the toll.", [(40.0, ">100 cars queue at the toll")]),
        ("The crowd grows. > 50 people are at the gate at 2:10.", [(130.0, "> 50 people are at the gate")]),
        ("> At 1:12 > 50 people crowd the gate.", [(72.0, "> 50 people crowd the gate")]),
        ("Thread:\n\n> > At 0:45 > 20 cars are stuck.\n", [(45.0, "> 20 cars are stuck")]),
    ],
    "left alone: the marks opening a quoted sentence's lines": [
        ("Thread:\n\n>> At 1:12 the van stops.\n", [(72.0, "the van stops")]),
        ("Thread:\n\n> At 1:12 the van stops and\n> the driver waits.\n",
         [(72.0, "the van stops and the driver waits")]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_caption_keeps_inline_gt(text, expected):
    assert [(m.start, m.caption) for m in extract_moments(text)] == expected


@pytest.mark.parametrize("plain", [
    "The van stops and\nat 1:12 the driver waits.",
    "At 1:12 the van stops and\nthe driver waits.",
    "At 2:05 > 50 people push\nthrough the gate.",
    "The keeper, who dives at 0:48, misses it.",
])
@pytest.mark.parametrize("marks", ["> ", ">> ", "> > ", " >  > "])
def test_quoted_caption_is_the_unquoted_one(plain, marks):
    quoted = "Thread:\n\n" + "".join(marks + line + "\n" for line in plain.split("\n"))
    assert [m.caption for m in extract_moments(quoted)] == [m.caption for m in extract_moments(plain)]
