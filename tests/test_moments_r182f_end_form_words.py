"""End forms said with words the end forms did not know (blind round 182): "The finished timelapse is 4 minutes long
... In the last 15 seconds of the timelapse" is 225-240 (a timelapse is the footage, as its length already was read),
and in Jamaican Patois "Replay is 1 hour 52 minutes 40 seconds ... - Di final five minutes is just speaker box" is
6460-6760 ("di" is "the"). The end of a match told in Patois with no footage length stays none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's texts": [
        ("The finished timelapse is 4 minutes long. A quarter of the way into the timelapse the cloud spills over. In "
         "the last 15 seconds of the timelapse the mountain is fully covered.", [(60.0, None), (225.0, 240.0)]),
        ("Replay is 1 hour 52 minutes 40 seconds, so timestamps below.\n- Di final five minutes is just speaker box "
         "and thanks, go to bed if you want.", [(6460.0, 6760.0)]),
    ],
    "fresh: a time-lapse spelled otherwise, Patois's other ends": [
        ("The drone footage runs 6 minutes. In the last 30 seconds of the time-lapse the fog lifts.",
         [(330.0, 360.0)]),
        ("The finished timelapse is 90 seconds long. In the final 10 seconds of the timelapse the stars appear.",
         [(80.0, 90.0)]),
        ("Full replay is 2 hours. Di last ten minutes is pure vibes.", [(6600.0, 7200.0)]),
    ],
    "a match's end and a timelapse's shooting stay none": [
        ("Di match finish 2-1. Di last ten minutes was pure pressure.", []),
        ("He shot the timelapse over three hours. In the last hour of the shoot the rain came.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_end_form_words(text, expected):
    assert found_spans(text) == expected
