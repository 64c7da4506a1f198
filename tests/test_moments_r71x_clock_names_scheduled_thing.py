"""A clock that names a thing of the day after "the" (blind rounds 71 and 95): "the 14:00 situation report", "the 06:00
sitrep", "the 14:05 fae Ardrossan" (Scots "fae", "tae": from, to) are a report's and a sailing's times of day, no
positions. A report's clock says when the report was made, not when what its sentence tells happens: "Around 1:50 the
operator pans across the ridge, and at 3:05 you can see the flare-ups that the 14:00 situation report describes"
keeps 1:50 and 3:05. A service's or an event's clock ("the 12:00 bugle call") and a clock of the sentence's own
events still make it a day's account."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a report or a service named by its clock": [
        ("The drone footage can. Around 1:50 the operator pans across the eastern ridge, and at 3:05 you can clearly "
         "see the two separate flare-ups that the 14:00 situation report describes as a single front.",
         [(110.0, None), (185.0, None)]),
        ("The 06:00 sitrep lists no casualties; the drone clip at 1:10 shows the fire line.", [(70.0, None)]),
        ("Gie the ferry video a watch fae 1:20. The sailing wis the 14:05 fae Ardrossan an it wis blawin a hoolie.",
         [(80.0, None)]),
        ("Jist get the 8:10 tae Glesga, the video starts at 0:30.", [(30.0, None)]),
        ("At 2:40 in the clip the smoke turns black, which the 15:30 status report never mentions.", [(160.0, None)]),
    ],
    "times of the sentence's own day": [
        ("We caught the 6:30 train and met her at 9:15.", []),
        ("The 14:00 situation report came in and we left at 2:30.", []),
        ("Watch fae 2:10 tae 2:40, that's the bit.", [(130.0, 160.0)]),
        ("Day 3, the Rynek at 08:00 before the crowds, then the 12:00 bugle call from St Mary's.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_names_scheduled_thing(text, expected):
    assert found_spans(text) == expected
