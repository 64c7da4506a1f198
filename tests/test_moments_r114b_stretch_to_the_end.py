"""A stretch of the footage "to the end" after a word of votes or scores (blind round 114): 'The 1994 broadcast ...
runs 2:48:00; ... and the voting from 2:10:00 to the end.' The noun names what the stretch shows; a tally or a score
never runs to an end, so the range counts from its start to the stated length. A tally's change told with two pairs
("the vote went from 5:4 to 6:3") stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch to the end after a vote or score word is a range": [
        ("The council stream runs 1:30:00. Skip to the voting from 1:12:00 to the end.", [(4320.0, 5400.0)]),
        ("Replay runs 58:00 - the scoring from 41:30 till the end is worth it.", [(2490.0, 3480.0)]),
        ("The final runs 1:55:00, and the result from 1:50:00 to the very end made me cry.", [(6600.0, 6900.0)]),
    ],
    "a tally's change stays nothing": [
        ("The committee vote went from 5:4 to 6:3 after the recount.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stretch_to_the_end(text, expected):
    assert found_spans(text) == expected
