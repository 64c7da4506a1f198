"""A place in the footage said "somewhere in" a range or a time (blind round 185): "The player lands somewhere in
`00:07:00`–`00:07:30` instead" in a bug report is a stretch of the lecture (420-450), no duration a thing was done in
("boils a litre in 2:51"); a verb with an adverb of place before "in" has no object that took the time. A result
"finished somewhere in 3:05:00" stays a race time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's bug report": [
        ("**Steps:**\n1. Open the lecture `ECON-201-wk4.mp4` (length `01:12:30`).\n2. Tap the chapter \"Elasticity\", "
         "which should seek to `00:03:15`.\n3. The player lands somewhere in `00:07:00`–`00:07:30` instead.",
         [(195.0, None), (420.0, 450.0)]),
    ],
    "fresh seeks that land somewhere": [
        ("On Android the seek bar lands somewhere in 00:41:00-00:41:20, never at the chapter.", [(2460.0, 2480.0)]),
        ("Since v3.2 the bookmark restores somewhere in 3:40 instead of 5:10.", [(220.0, None), (310.0, None)]),
        ("After the update the scrubber jumps somewhere in 12:40–13:10 of the episode.", [(760.0, 790.0)]),
    ],
    "durations and results stay": [
        ("The kettle boils a litre in 2:51.", []),
        ("It boots in 0:41 and renders in 1:10.", []),
        ("The runner finished somewhere in 3:05:00, he thinks.", []),
        ("She crossed the line somewhere in 2:58:40.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_somewhere_in_range(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
