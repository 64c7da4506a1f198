"""An edit placed at a position, told in the past (blind round 82): a translator's notes "I also added a
translator's note at 00:47:30 for the word ...". Adding, inserting, moving or deleting a cue, caption, marker, title
card or translator's note "at" a time names the file's position, not the hour the work was done, though the
sentence is past and names no footage; a past deed at a clock time with no such edit stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an edit placed at a position is a point": [
        ("For the pun on 'chai' I inserted a TL note at 00:21:14.", [(1274.0, None)]),
        ("We added a chapter marker at 12:04 so people could skip the intro.", [(724.0, None)]),
        ("Last night I moved the first cue to 00:03:10, which fixed the drift.", [(190.0, None)]),
        ("She deleted two captions at 01:05:20 because nobody speaks there.", [(3920.0, None)]),
    ],
    "look-alikes: a past deed at a clock time is a time of day": [
        ("The typesetter emailed the files at 21:40 and went to bed.", []),
        ("We met the producer at 10:15 and signed the contract.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_edit_placed_at(text, expected):
    assert found_spans(text) == expected
