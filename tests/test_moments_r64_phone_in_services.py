"""Bus and train times talked of in a radio phone-in (blind round 64): "the 7:15 into Cork" names a service by its
departure and destination as "the 06:40 to Marsden" does; a caller's "the 236 used to leave Skib at 6:55" is a
service's time when the host named the services a turn or two before and no footage is named; and the time it was
changed to ("moved it to 7:40", "and now it's 6:30") is of the same kind. Footage named keeps the clocks positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a service's time and what it changed to": [
        ("HOST: We're on the new train timetable this morning. Line two, Mick.\n\nMICK: The 8:05 into Galway is "
         "cancelled and they've moved it to 8:35, so I'm late every day.", []),
        ("HOST: Tonight it's the bus cuts. Go ahead, Aoife.\n\nAOIFE: The 52 used to leave the village at 7:10 and "
         "now it's 6:45, and half of us can't get it.", []),
        ("The 9:15 into Dublin is packed every morning.", []),
    ],
    "footage named keeps its positions": [
        ("HOST: Tonight it's the bus cuts.\n\nAOIFE: In the video I sent you, the 52 leaves the stop at 1:10 and "
         "now at 1:25 you see the crash.", [(70.0, None, False), (85.0, None, False)]),
        ("We asked about the bus timetable.\n\nIn the clip, the 12 leaves at 0:40 and the driver waves at 0:52.",
         [(40.0, None, False), (52.0, None, False)]),
        ("Watch the crash at 2:10, not at 2:40 as the caption says.", [(130.0, None, False), (160.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_phone_in_services(text, expected):
    assert found_hedged(text) == expected
