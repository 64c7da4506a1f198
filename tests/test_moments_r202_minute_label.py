"""A stamp labelled with a singular "minute" after it (blind round 202, Burmese English: "From 1:12 minute to 1:40
minute the train is starting to move", "Around 2:15 minute the train is going away"): the word is a unit label on a
position, as "at 0:38 minute" already read, so a range joins across it and a hedged stamp stays a point. A length
told in the same words ("a 2:15 minute video", "Video length is 3 minute") stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a minute-labelled range or hedged point": [
        ("This video is from the Circular Line train. From 1:12 minute to 1:40 minute the train is starting to move.",
         [(72.0, 100.0, False)]),
        ("Please see the video. Around 2:15 minute the train is going away and she is waving.",
         [(135.0, None, True)]),
        ("My brother upload the video. About 0:50 minute, the monk is ringing the bell.", [(50.0, None, True)]),
        ("In this clip from 0:20 minute to 0:45 minute she is selling the tea leaf salad.", [(20.0, 45.0, False)]),
    ],
    "a length stays nothing": [
        ("It is a 2:15 minute video of the harbour.", []),
        ("Video length is 3 minute, the full one is 3:20 minute long.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_minute_label(text, expected):
    assert found_hedged(text) == expected
