"""Round 59, Indian dotted times: a clause opening in the footage ("In the clip, at 1.22 ...") says its dotted
number is a position, and carries to the next sentence's range ("From 1.40 to 2.05 the crowd ..."), whose clause may
open with any word but a clock's or a unit's; a length in minutes with a dot and two digits ("the 2.36-minute
clip") is minutes and seconds in a text that writes its positions so. Near-misses: clocks of the day with a unit, a
decimal length in a text with no dotted position, prices."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted position in a clause opening in the footage": [
        ("A 3-minute video of the fight was shared on WhatsApp.\n\nIn the clip, at 1.22 a man in a red shirt throws "
         "the first punch. From 1.40 to 2.05 the crowd pulls them apart.", [(82.0, None), (100.0, 125.0)]),
        ("In the video, at 0.45 the lorry swerves.", [(45.0, None)]),
        # near-misses: clocks of the day, a price
        ("The train left from 9.30 to 10.15 hrs daily.", []),
        ("The shop is open from 9.30 to 11.45 most days.", []),
        ("In the video, the share price falls from 1.20 to 1.05 rupees.", []),
    ],
    "a dotted length in minutes and seconds": [
        ("Police said the 2.36-minute clip was shot on a phone. At 0.40 in the video the bus brakes, and in the last "
         "10 seconds of the clip the driver runs.", [(40.0, None), (146.0, 156.0)]),
        # near-misses: decimal lengths where no position is dotted
        ("A 2.5-minute clip shows the crash. In the last 30 seconds of the clip the car flips.", [(120.0, 150.0)]),
        ("The 1.50-minute video went viral. In the last 20 seconds of the video the dog jumps.", [(70.0, 90.0)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_nine_dotted_families(text: str, expected: list[tuple[float, object]]) -> None:
    assert found_spans(text) == expected
