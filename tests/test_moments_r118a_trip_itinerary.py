"""A trip's itinerary told line by line, each line a list mark, a clock of the day and a stop (blind round 118): "Oor
Skye day trip, for anyone asking:\n- 07:45 leave Inverness\n- 10:30 Portree, coffee and a roll\n- 13:15 Old Man of
Storr ...". The family: a run of clock-led lines climbing through the day on quarter hours under a trip's or a day's
words on the line above ("day trip", "road trip", "day out", "our first day", "timings", "route"), list marks or
none, is the day's plan, as under "plan" or "itinerary": the clocks are no positions. The video positions written
after it stay moments; a trip video's chapters (from 0:00, or under a heading naming the video) stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a trip's clock-led lines are the day's plan": [
        ("Our Cotswolds day out, roughly:\n* 08:15 leave Oxford\n* 10:00 Bibury, tea and scones\n* 12:30 lunch in "
         "Bourton\n* 15:45 Broadway Tower\nThe vlog (14:10) has the tower at 11:05.", [(665.0, None)]),
        ("Goa road trip for the gang:\n- 06:00 start from Pune\n- 09:30 breakfast at a dhaba\n- 13:00 Amboli ghat\n"
         "- 17:15 check-in, Calangute\nRoute video is up, the ghat bit is 4:20 in.", [(260.0, None)]),
        ("Wee Arran trip, for anyone asking:\n07:45 ferry from Ardrossan\n10:30 Brodick, coffee\n13:15 Goatfell\n"
         "17:00 ferry home", []),
        ("Wedding day timings:\n- 13:00 ceremony\n- 14:15 drinks on the lawn\n- 16:00 wedding breakfast\n"
         "- 19:30 evening guests", []),
        ("Honeymoon in Bali, our first day:\n09:00 rice terraces\n11:30 swing at Tegallalang\n14:00 Ubud market\n"
         "17:45 Uluwatu cliffs\nThe reel (1:30) has the swing at 0:42.", [(42.0, None)]),
        ("Sunday route, for the club:\n• 07:15 meet at the café\n• 08:00 roll out\n• 10:30 coffee stop, Ripley\n"
         "• 12:45 back at base", []),
    ],
    "a trip video's chapters stay positions": [
        ("Skye trip vlog chapters:\n- 00:00 intro\n- 02:15 Portree\n- 05:30 Old Man of Storr\n- 09:45 Quiraing",
         [(0.0, None), (135.0, None), (330.0, None), (585.0, None)]),
        ("Highlights from our Skye trip video:\n- 06:15 the Storr summit\n- 07:30 drone over Quiraing\n"
         "- 10:45 Fairy Pools\n- 12:00 the Neist lighthouse",
         [(375.0, None), (450.0, None), (645.0, None), (720.0, None)]),
        ("It was a long day. Here are the chapters:\n05:15 breakfast\n07:30 the pass\n10:45 summit\n12:00 descent",
         [(315.0, None), (450.0, None), (645.0, None), (720.0, None)]),
        ("Vlog day 3:\n05:15 breakfast\n07:30 the pass\n10:45 summit\n12:00 descent",
         [(315.0, None), (450.0, None), (645.0, None), (720.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_trip_itinerary(text, expected):
    assert found_spans(text) == expected
