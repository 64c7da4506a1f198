"""A gap counted on from a time of day told after the last position (blind round 100, local news): "... shows the
ute reversing through the glass just after the 1:10 mark ... The alarm was triggered at 4.12am and police arrived
nine minutes later." The nine minutes count from 4.12am, a time of the world, not from 1:10 in the footage: no
moment. A time of day with a.m./p.m., "hrs" or "o'clock" in the gap's own sentence, after the position, stops it
counting from the position, as a bare day clock already did; a gap with no time of day in its sentence still counts
from the position, and a time of day told before the position does not stop it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a gap after a time of day with a.m./p.m. or hrs counts from the day, no moment": [
        ("The doorbell camera catches the fox at 0:42 on the step. The neighbour rang at 11.05pm and the council "
         "ranger came twenty minutes later.", [(42.0, None)]),
        ("In the dashcam clip the van clips the kerb at about 2:15. The crash was logged at 0615 hrs and an ambulance "
         "turned up 12 minutes later.", [(135.0, None)]),
        ("The bodycam shows the door forced at 3:02. Officers entered at 2:40 a.m., and backup arrived five minutes "
         "later.", [(182.0, None)]),
        ("Footage from the shop shows the pair leaving at 1:48.\n\nThe fire brigade was called at 6 o'clock and the "
         "blaze was out forty minutes later.", [(108.0, None)]),
    ],
    "a gap with no time of day between still counts from the position": [
        ("The CCTV shows the car mounting the pavement at 0:31, and the driver gets out ten seconds later.",
         [(31.0, None), (41.0, None)]),
        ("Filmed at 7am on Sunday, the clip shows the swan landing at 1:05; thirty seconds later it takes off again.",
         [(65.0, None), (95.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relative_after_day_clock(text, expected):
    assert found_spans(text) == expected
