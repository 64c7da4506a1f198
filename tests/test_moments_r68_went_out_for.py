"""A broadcast's or a stream's length told as the time it went out for (blind round 68's slow-TV essay): "For the
next eleven hours and twenty minutes, every metre of her trip ... was broadcast live, uncut", "the launch was
streamed live for 3 hours 10 minutes". That is the recording's length, the one "the final half-hour of the
recording" counts from (not a longer work told later in the text). Not a programme's weekly slot ("is broadcast live
for two hours every Tuesday")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the time a broadcast went out for": [
        ("For the next six hours and ten minutes, the whole climb was broadcast live from a helmet camera. The final "
         "ten minutes of the recording are the summit.\n\nNext year they plan a 24-hour recording of the descent.",
         [(21600.0, 22200.0)]),
        ("The regatta was streamed live for 3 hours 40 minutes. The last quarter-hour of the stream is the prize "
         "giving.", [(12300.0, 13200.0)]),
    ],
    "look-alikes: a slot, not a length": [
        ("The council meeting is broadcast live for two hours every Tuesday. The final ten minutes are questions.",
         []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_went_out_for(text, expected):
    assert found_spans(text) == expected
