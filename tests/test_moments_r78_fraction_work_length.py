"""Which length a fraction of a film counts from (blind round 78): the work's own, told as a participle ("Running 22
minutes, it is ..."), not a part's ("The film opens with a three-minute sequence", "the broadcast ends with a
ten-minute segment") nor the stretch's own that the fraction starts ("which begins about two-thirds of the way
through the film and lasts almost a minute"). "Running 10 minutes late" is a delay, no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a fraction counts from the work's length": [
        ("Tide Line (1974) is a short film. Running 30 minutes, it follows a ferry crew.\n\nThe film opens with a "
         "five-minute sequence at the dock. The storm arrives halfway through the film.", [(900.0, None)]),
        ("The documentary runs 40 minutes. A long aerial shot begins about a quarter of the way into the film and "
         "lasts roughly ninety seconds.", [(600.0, None)]),
    ],
    "a part's length is no work's": [
        ("The broadcast opens with a ten-minute segment on the floods. The last two minutes are the weather.", []),
    ],
    "look-alikes stay as they are": [
        ("Running 10 minutes late, the bus reached the depot. The last 2 minutes of the video show it.", []),
        ("Running 2 minutes into the clip, the dog barks.", [(120.0, None)]),
        ("A six-minute video. The final minute shows the dam.", [(300.0, 360.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_fraction_work_length(text, expected):
    assert found_spans(text) == expected
