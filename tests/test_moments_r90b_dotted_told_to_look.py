"""Dotted minutes and seconds in a sentence that tells the reader to look, though it names the writer's own (blind
round 90): "Please see at 1.12 in the video where the car turns. From 1.18 to 1.26 you can clearly see my son
moving aside." After a dotted position said to be in the footage, the next sentence's dotted numbers are read the
same way even with "my", "our" or "we" in it, as long as it tells the reader to see, watch or check; a sentence of
the writer's own day with a day word ("we watch it at 7.30 tonight") is still no position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a watch sentence with the writer's own after a dotted position in the footage": [
        ("Please see at 0.45 in the video where the scooter skids. Between 0.52 and 1.05 you can see our gate "
         "being hit.", [(45.0, None), (52.0, 65.0)]),
        ("Kindly check at 2.10 in the clip where the dog enters. From 2.14 to 2.30 one can notice my car's "
         "bumper is scratched.", [(130.0, None), (134.0, 150.0)]),
        ("Kindly look at 3.05 in the recording. Around 3.40 you can observe our watchman sleeping.",
         [(185.0, None), (220.0, None)]),
    ],
    "the writer's own day stays a time of day": [
        ("Please see at 1.12 in the video where the car turns. We will watch it together at 7.30 tonight.",
         [(72.0, None)]),
        ("Please see at 1.12 in the video. My husband and I walk at 6.15 every morning and can check it then.",
         [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_told_to_look(text, expected):
    assert found_spans(text) == expected
