"""A length restated as a timecode read as a position in blind round 65 (subtitles-04): a length in words, then the
same as a timecode in brackets ("a minimum of 1 second (00:00:01:00)"). A position said "at" a length and
restated, or said into the footage, stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length restated in brackets": [
        ("Cues must stay up for at least two seconds (00:00:02:00) and no more than six.", []),
        ("Keep each cue under six seconds (0:06).", []),
        ("The ad break is 3 minutes (03:00) long.", []),
    ],
    "near-misses stay as they were": [
        ("At 2 minutes (2:00) the door opens.", [(120.0, None), (120.0, None)]),
        ("The door opens two minutes in (2:00).", [(120.0, None), (120.0, None)]),
        ("Ten seconds later (0:40) the car turns.", [(40.0, None)]),
        # a step's length, then where the step is in the video
        ("Steps (video times in brackets):\n1. Heat the oil (0:40)\n2. Simmer for 5 minutes (3:30)\n"
         "3. Add the fish (4:48)", [(40.0, None), (210.0, None), (288.0, None)]),
        ("Three outfits in under 3 minutes (1:27:40).", [(5260.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_restated_lengths(text, expected):
    assert found_spans(text) == expected
