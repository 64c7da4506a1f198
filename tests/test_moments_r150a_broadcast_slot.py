"""A station's slot named by its clock (blind round 150): a Nairobi radio transcript's "[05:48] OTIENO: Up next, the
8:30 traffic update with Kevo, then the news at nine." "the 8:30 traffic update" is the programme's time of day, as
"the 6:30 train" and "the 7:00 news" are: no moment. The transcript's line stamps and a position said in the
footage ("the update at 1:45 in the video") stay, and so does a chapter titled so, with no "the" before its clock
("00:58 Headlines")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock naming a bulletin or an update is no moment": [
        ("[02:10] HOST: Coming up after the break, the 7:45 sports bulletin. At 0:52 in the clip the keeper dives.",
         [(130.0, None), (52.0, None)]),
        ("The footage shows the crash at 1:03. We will have more in the 6:15 weather forecast and the 9:00 headlines.",
         [(63.0, None)]),
        ("Stay with us for the 5:30 business update. In the video, at 2:20 the crane tips over.", [(140.0, None)]),
    ],
    "a position said in the footage stays one": [
        ("The update at 1:45 in the video shows the new map.", [(105.0, None)]),
        ("[03:05] PRESENTER: That clip again, at 0:40 the bus mounts the kerb.", [(185.0, None), (40.0, None)]),
        ("Skip to: 00:00 Intro / 01:12 Headlines / 03:40 Weather update / 05:05 Sport",
         [(0.0, None), (72.0, None), (220.0, None), (305.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_broadcast_slot(text, expected):
    assert found_spans(text) == expected
