"""A relative that lands past every length the text has told (blind round 193): "In the last 25 seconds the camera
shows the cleared lane and the machinery, which locals say arrived about 3 hours after", of a clip 2 minutes 15
seconds long, counts a span of the world, not a place in the footage; as a first-N range longer than every work the
text measured already was. A relative inside the told length, or with no length told, still counts."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "past every told length": [
        ("The clip is 1 minute 40 seconds long. At 1:20 the last bus leaves; the next one came two hours later.",
         [(80.0, None)]),
        ("Our 90-second video shows the rescue. At 0:50 the boat reaches them, and the ambulance arrived about "
         "an hour after.", [(50.0, None)]),
        ("The doorbell clip runs 0:45. At 0:30 the parcel is taken, and the police came 40 minutes later.",
         [(30.0, None)]),
    ],
    "inside the told length, or none told": [
        ("The clip is 3 minutes long. At 1:20 the bus leaves, and thirty seconds later the next one arrives.",
         [(80.0, None), (110.0, None)]),
        ("At 1:20 the bus leaves, and an hour later the next one comes in the timelapse.",
         [(80.0, None), (3680.0, None)]),
        ("The livestream runs 4 hours. At 1:00:00 the parade starts; two hours later the fireworks begin.",
         [(3600.0, None), (10800.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relative_past_length(text, expected):
    assert found_spans(text) == expected
