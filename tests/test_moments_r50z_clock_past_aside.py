"""A clock in the picture named, an aside between commas, then its verb of reading (blind round 50): "The phone's own
clock, visible when the user pulls down the notification bar at 00:01:35:00, shows 16:52" is a clock shown on screen,
as "the phone's clock shows 16:52" already was; the aside (with a position of its own) no longer hides the clock from
its reading. A noun that is no clock before the aside ("The screen, at 2:14, shows the goal") and a clock whose verb
is no reading ("shows up at 1:12") stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock's reading past an aside": [
        # the round's case (g50-visual-04)
        ("The phone's own clock, visible when the user pulls down the notification bar at 00:01:35:00, shows 16:52.",
         [(95.0, None)]),
        ("The dashcam's timestamp, which drifts by about two minutes a week, reads 03:14:09 when the van appears at "
         "0:42.", [(42.0, None)]),
        ("The bodycam overlay, partly hidden by the officer's sleeve from 2:10 onwards, shows 22:41:07 as he reaches "
         "the door.", [(130.0, None)]),
        ("On the doorbell clip the camera's clock, which is set to UTC, says 21:03:44 when the fox walks in at 1:05.",
         [(65.0, None)]),
    ],
    "no clock before the aside, or no reading after it": [
        ("The screen, at 2:14, shows the goal again; at 2:30 the replay ends.", [(134.0, None), (150.0, None)]),
        ("The clock, as the narrator says, shows up again at 1:12.", [(72.0, None)]),
        ("The clip, filmed from the pier at dusk, shows 1:12 of the race.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_past_aside(text, expected):
    assert found_spans(text) == expected
