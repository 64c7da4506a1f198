"""A time counted back from the footage's "finish", its length told on the page (blind round 141, forum): "about 3
minutes from the finish of the VOD, which is 29:10 long". "The finish of the VOD" is its end, as "the end of the VOD"
is: the spec's before-the-end form. A bare "from the finish" is a race's distance or time, no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the finish of the named footage is its end": [
        ("The stream is 1:40:00 long. The raid boss falls roughly 5 minutes from the finish of the stream.",
         [(5700.0, None)]),
        ("The upload runs 12:30. She thanks her nan 30 seconds before the finish of the upload.", [(720.0, None)]),
        ("Watch the 8-minute video: the dog steals the sausage two minutes from the very finish of the video.",
         [(360.0, None)]),
    ],
    "the end of the footage stays as it was": [
        ("The VOD is 20:00 long. He waves about 2 minutes from the end of the VOD.", [(1080.0, None)]),
    ],
    "a race's finish is no moment": [
        ("She was caught about 3 minutes from the finish and faded to fourth.", []),
        ("The breakaway held on until 2 km from the finish of the stage.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_finish_of_footage(text, expected):
    assert found_spans(text) == expected
