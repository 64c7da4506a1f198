"""A clock of the day's shape told in prose far past every footage length the text states, in a sentence that tells no
footage (or tells it only through a clock already set aside as the time of day), is the time of day the story
happened at (rounds 112 and 137): "a 9 minute 20 second compilation ... officers recovered a hammer from a bin at about
21:15", "her video, 1 min 26 s long ... saw the video at 12:05 and was at the slipway by 12:40"; the length may be
told after it ("go early, before 10:30" in a list that ends with a 2-minute drone clip). A clock said in
the footage stays ("at 21:15 in the livestream"), and so does one within reach of the length ("at 04:10" of a
3-minute clip may be a longer cut's) or one with no length stated at all."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a day's clock past every length": [
        ("The court was shown a 3 minute 5 second clip from the bodycam. In the first 20 seconds the officer radios "
         "for help.\n\nDetective Muir said officers recovered £1,180 and a hammer from a wheelie bin 400 metres away "
         "at about 21:15.", [(0.0, 20.0)]),
        ("Her video, which is 1 min 26 s long, is embedded below. At 0:37 she calls for help.\n\nThe volunteer saw "
         "the video at 12:05 and was at the slipway by 12:40.", [(37.0, None)]),
        ("The dashcam clip runs 2 minutes. The van turns at 0:48.\n\nA second patrol car with two officers and a dog "
         "handler on board reached the farm gate at 18:30.", [(48.0, None)]),
        ("The doorbell footage is 45 seconds long; the parcel is taken at 0:21.\n\nA neighbour with a spare key and "
         "a torch was round at the door by 16:40.", [(21.0, None)]),
        ("1. **The market** – go early, before 10:30, for the spice stalls.\n2. **The pier** – our 2-minute drone "
         "clip of it is on Instagram.", []),
        ("- Bakery on Hill Street: the queue is shortest before 07:45.\n- Our 90-second clip of the harbour is below; "
         "the boats come in at 0:40.", [(40.0, None)]),
    ],
    "left alone": [
        ("The court was shown a 3 minute 5 second clip. In the first 20 seconds the officer radios for help.\n\n"
         "The full livestream is longer: at 21:15 in the livestream he is seen again.", [(0.0, 20.0), (1275.0, None)]),
        ("The trailer runs 3 minutes. The chase comes at 02:10.", [(130.0, None)]),
        ("The clip is 45 seconds long. In the full stream he reaches the slipway at 12:40.",
         [(760.0, None)]),
        ("A second patrol car with two officers and a dog handler on board reached the gate at 18:30 in the video.",
         [(1110.0, None)]),
        ("The highlights package is 2 minutes long. In the full match video the goal comes at 14:20.",
         [(860.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_clock_past_every_length(text, expected):
    assert [(round(s, 1), e) for s, e in found_spans(text)] == expected
