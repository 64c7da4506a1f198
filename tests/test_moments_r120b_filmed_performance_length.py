"""A staged item filmed whole, told with its length by its own noun (blind round 120, a longform piece on a kapa haka
film: "it is the full twelve-minute bracket, start to finish, from a single camera on a tower", then "In the final 45
seconds of the bracket, the group sings the whakawātea"). A bracket, a performance or a recital said with its length
is a work as a talk or a routine is: the length the end and fraction forms after it count from, and "of the bracket"
names the footage they are in. With no length told, an end form yields nothing, as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a filmed performance's stated length is the work's": [
        ("The archive holds the whole eight-minute performance from one camera. In the last 20 seconds of the "
         "performance the drummers stand.", [(460.0, 480.0)]),
        ("The school's 20-minute recital was filmed by a parent. About halfway through the recital, a phone rings.",
         [(600.0, None)]),
        ("Ours was a six-minute bracket, filmed from the stand. The final minute of the bracket is the haka.",
         [(300.0, 360.0)]),
    ],
    "with no length told, an end form of a performance stays nothing": [
        ("In the last minute of the performance, a fire alarm went off.", []),
        ("The recital lasted an hour; in the final ten minutes of the recital, the lights failed.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_filmed_performance_length(text, expected):
    assert found_spans(text) == expected
