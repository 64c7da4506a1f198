"""A camera (an angle, an exhibit) labelled by a capital letter ends its sentence at the letter's dot (blind round
156): "The gate first buckles at 1:19 on Camera A. That gives a constant offset of 15 seconds between A and B. The
match kicked off at 15:00 EAT" was read as one sentence, the letter's dot taken for a name's initial, and the
kick-off's time of day set the position aside with it. A labelled letter before a capital closes the sentence as a
word does; a name's initial ("John F. Kennedy") still does not."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a position closing on a camera's letter is kept past the next sentence's clock": [
        ("The bus mounts the kerb at 1:24 on Cam C. The service left the depot at 07:15 GMT.", [(84.0, None)]),
        ("Angle C shows the tackle at 2:05, best seen in Exhibit A. Kick-off was at 19:45.", [(125.0, None)]),
    ],
    "a name's initial still joins its sentence": [
        ("John F. Kennedy spoke at 12:30 CST in Dallas.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_camera_letter_ends_sentence(text, expected):
    assert found_spans(text) == expected
