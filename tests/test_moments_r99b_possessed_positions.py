"""A timecode after a work's possessive, the work named as the object of a verb or a preposition (blind round 99):
"(5/7) The short version starts at what is about the 2:05 point of the long one, and its last frame is the long
version's 2:46." The "'s" is the long version's own, not "is": the time is a position in that version, not its
length. "This video's only 3:12", "The raw file's 41:30", a work's noun opening its clause, stay its length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timecode after an object's possessive is a position in that work": [
        ("Her clip begins at 0:15 and stops at the full video's 3:05.", [(15.0, None), (185.0, None)]),
        ("The meme's opening frame is the original upload's 1:12, so it was trimmed.", [(72.0, None)]),
        ("Our excerpt runs up to the council recording's 14:20 and no further.", [(860.0, None)]),
    ],
    "a work's noun opening its clause, then 's and a timecode, is its length": [
        ("I checked: this video's only 3:12. The kick is at 0:40.", [(40.0, None)]),
        ("The raw file's 4:10, and the flash comes at 1:02. In its last 10 seconds the screen goes dark.",
         [(62.0, None), (240.0, 250.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_possessed_positions(text, expected):
    assert found_spans(text) == expected
