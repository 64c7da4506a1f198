"""A swim meet's or a track meet's results under their event's label (blind round 72): "Women's 200m freestyle final:
1. Ama Boateng (Tema SC) 1:58.43 CR; 2. ...". A division's label may name the event's distance and stroke before its
colon ("Men's 4x100m medley relay heats:", "Girls' 1500m steeplechase final:"): the ranked names' times after it are
race times. And a bare "300m" after a race's distance written the same way in the paragraph ("splits ... at 300m") is
metres, not five hours; "45m" with no race distance near, or said "in" a recording, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "ranked times under an event's label are race times": [
        ("Girls' 100m backstroke final: 1. Efua Mensah (Kumasi SC) 1:04.27; 2. Adjoa Darko 1:05.90.", []),
        ("Men's 4x100m medley relay heats: 1. Lagos Sharks 3:52.18; 2. Ibadan Otters 3:55.02; 3. Abuja 3:58.77.",
         []),
        ("Women's 800m final: 1. Grace Wanjiru 2:01.44; 2. Lydia Chebet 2:02.10.", []),
    ],
    "a bare Nm after a race's distance is metres": [
        ("Men's 800m freestyle: Tunde Bello won in 8:12.40, his splits 59.1 / 2:02.3 at 200m.", []),
        ("In the 400m individual medley she was 4:40.12, with 2:15.20 at 200m.", []),
    ],
    "positions stay positions": [
        ("The relay highlights video: the changeover is at 1:58 and the finish at 2:41.",
         [(118.0, None), (161.0, None)]),
        ("At 45m the boss finally appears on the stream.", [(2700.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_event_results(text, expected):
    assert found_spans(text) == expected
