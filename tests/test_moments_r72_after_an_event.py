"""An amount counted from an event the text never placed, after "until" or "at" (blind round 72): trial coverage's
"the camera was not activated until roughly 40 seconds after Hartigan reached the driver's door". "after" or
"before" and a clause's event after the amount make it a gap between two happenings, not an offset from the
footage's start; "at 2 min 10 s after the start" still counts from the start, and "at 1:12" still places."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an amount after an unplaced event is no position": [
        ("The dashcam did not start recording until about 25 seconds after Ms Ruiz pulled over.", []),
        ("Witnesses say the alarm sounded at 90 seconds after Okafor opened the gate.", []),
        ("He says the lights went out until roughly two minutes before Dunne arrived.", []),
    ],
    "an amount from the start or a timecode still places": [
        ("At 2 min 10 s after the start the dog barks.", [(130.0, None)]),
        ("The bodycam shows her at the door at 1:12, and the camera was switched on at 0:40.",
         [(72.0, None), (40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_after_an_event(text, expected):
    assert found_spans(text) == expected
