"""A video named by the platform it was posted to, said again by that name (blind round 101): 'A 1 minute 36 second
video posted to TikTok ...', then the full broadcast's length ('the full coverage runs five hours and 20 minutes'),
then 'The TikTok's split-screen is also out of sync: in its last 20 seconds ...'. The end form's sentence names the
TikTok: it counts from the TikTok's length, not from the nearer broadcast's. A form naming the broadcast counts from
the broadcast's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form of the work a platform names counts from that work's length": [
        ("A 2 minute 10 second clip uploaded to YouTube claims the goal was offside.\n\nThe full broadcast runs 3 "
         "hours, and the goal is at 1:12:40.\n\nThe YouTube upload's audio is dubbed: in its final 15 seconds the "
         "crowd noise is looped.", [(4360.0, None), (115.0, 130.0)]),
        ("A 45-second video shared on Facebook says the bridge collapsed.\n\nThe council's livestream lasts 2 hours."
         "\n\nThe Facebook post is edited: in its last 10 seconds a siren is added.", [(35.0, 45.0)]),
    ],
    "a form naming the other work counts from that one's": [
        ("A 2 minute 10 second clip uploaded to YouTube claims the goal was offside.\n\nThe full broadcast runs 3 "
         "hours.\n\nIn the broadcast's last 10 minutes the trophy is lifted.", [(10200.0, 10800.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_platform_named_work(text, expected):
    assert found_spans(text) == expected
