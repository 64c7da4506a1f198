"""Dotted minutes walking on through a clip in two shapes the walk did not take (blind round 190): a hedged point
whose sentence has the writer only in a later clause ("Near about 5.30 a tempo nearly rear-ends me when I brake": the
tempo is the subject, the writer's "I" belongs to "when I brake"), and a stretch open to its end after a dotted range
("From 1.05 to 1.30 they are trying the lock, and from 2.10 onwards they are simply roaming"). The writer's own day
("Around 2.40 I reached the gate") and a shop's hours "from 9.30 onwards" stay none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's posts": [
        ("Sharing dashcam footage from my drive down Kasara Ghat on 02.02.2026, around 6.45 am. At 3.12 the container "
         "truck overtakes on a blind curve. From 3.40 to 4.05 he simply stays on the wrong side, honking. Near about "
         "5.30 a tempo nearly rear-ends me when I brake. The video is 7.50 minutes long.",
         [(192.0, None, False), (220.0, 245.0, False), (330.0, None, True)]),
        ("Respected members, the CCTV footage of Block C gate from 09.01.2026 night has been checked by the committee. "
         "At 0.38 two boys on a scooter come inside. From 1.05 to 1.30 they are trying the lock of the cycle stand, "
         "and from 2.10 onwards they are simply roaming in the parking.",
         [(38.0, None, False), (65.0, 90.0, False), (130.0, None, False)]),
    ],
    "fresh walks": [
        ("Posting the dashcam clip from the expressway. At 0.20 the bike cuts across. From 0.45 to 1.00 he weaves "
         "between lanes. Around 1.50 a car nearly hits the divider when I change lanes.",
         [(20.0, None, False), (45.0, 60.0, False), (110.0, None, True)]),
        ("Sharing the dashcam clip from Sunday. At 0.50 the auto stops suddenly. Near about 1.40 a bus overtakes me "
         "while I wait at the signal.", [(50.0, None, False), (100.0, None, True)]),
        ("Dear residents, the CCTV video of the lift lobby was reviewed. At 0.22 the delivery boy enters. From 0.40 to "
         "1.05 he is waiting near the lift, and from 1.30 onwards he is going floor to floor.",
         [(22.0, None, False), (40.0, 65.0, False), (90.0, None, False)]),
        ("Bhaiya, the CCTV clip of our shop is attached. At 0.15 the man picks up the phone. From 0.30 to 0.55 he "
         "hides it in his bag, and from 1.20 onwards he is chatting with the cashier.",
         [(15.0, None, False), (30.0, 55.0, False), (80.0, None, False)]),
    ],
    "the writer's day stays none": [
        ("Sharing the society CCTV clip. At 0.45 the car enters. Around 2.40 I reached the gate and opened it.",
         [(45.0, None, False)]),
        ("Sharing the society CCTV clip. At 0.45 the car enters. Around 2.40, we left for home.",
         [(45.0, None, False)]),
        ("The CCTV clip of the gate was checked. At 0.45 the car enters. The shop is open from 9.30 onwards on "
         "Sunday.", [(45.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_walk_on(text, expected):
    assert found_hedged(text) == expected
