"""A fraction of a work named by its maker's possessive with its own length (blind round 110): a list under "7 things
I learned from watching 40 hours of sourdough videos" says "Halfway through Wanjiru's 12-minute shaping video she flips
the dough". The family: "halfway through Name's N-minute video" counts from that video's own length, as "the N-minute
video" does, not from another length the text stated before; with no length of its own it still counts from the one
stated."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a fraction of a possessed work with its own length counts from it": [
        ("After 30 hours of woodworking videos, one stuck: halfway through Dermot's 20-minute dovetail video he "
         "switches saws.", [(600.0, None)]),
        ("I binged 12 hours of vlogs. A quarter of the way into Priya's 8-minute packing vlog, the zip breaks.",
         [(120.0, None)]),
    ],
    "the determiner's form, and a possessed work with no length, are as before": [
        ("After 30 hours of videos, one stuck: halfway through the 20-minute dovetail video he switches saws.",
         [(600.0, None)]),
        ("Her channel's 10-minute tour video is lovely, and halfway through Mara's video the cat walks in.",
         [(300.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_possessed_fraction(text, expected):
    assert found_spans(text) == expected
