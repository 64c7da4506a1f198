"""A stretch in the same hour as a clock of the day told before, after the text has named the footage and placed
positions in it (blind round 194): "an incident shortly after 2am ... The six-minute dashcam video was shown ...
About a minute in, ... Counsel replayed the part 2:10 to 2:40 twice" walks through the footage, not the day again.
An event at the clock ("Firefighters arrived at 4:19") is still the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "footage walked through since the day's clock": [
        ("The crash happened shortly after 2am on Sunday. The six-minute dashcam video was shown to the court. About a "
         "minute in, the car drifts. Counsel replayed the part 2:10 to 2:40 twice.", [(60.0, None), (130.0, 160.0)]),
        ("The fight broke out just after 1am. The seven-minute bodycam footage was played. Roughly two minutes in, "
         "the garda draws his baton. The jury watched 1:20 to 1:55 again.", [(120.0, None), (80.0, 115.0)]),
    ],
    "an event at the clock stays the day's": [
        ("The doorbell camera's clock reads 4:12:37 a.m.; in the 3-minute video the collapse comes at 2:05. "
         "Firefighters arrived at 4:19.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_walked_after_day_clock(text, expected):
    assert found_spans(text) == expected
