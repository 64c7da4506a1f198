"""A broadcaster's time check with the turn going on, and a bulletin told by its clock (blind round 193):
"PRESENTER: It's 8:20, and we're still on the flood video" tells listeners the time, as "ANCHOR: It's 6:32." already
did; "after the news at 8:30" is the bulletin's slot, as "Next report at 7:40" was. A time "in the clip" stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a presenter's time check going on": [
        ("HOST: It's 7:15, and the bus crash clip is still everywhere. Caller, go ahead.\nCALLER: At 0:42 you see "
         "the driver jump.", [(42.0, None)]),
        ("ANCHOR (Wanjiru): it's 9:05, you're listening to the morning show, and that video at 1:10 shows the "
         "flood.", [(70.0, None)]),
        ("DJ: It's 6:50, good people, the clip everyone shares is on our page.", []),
    ],
    "a bulletin's slot": [
        ("PRESENTER: We'll hear from the mayor after the news at 9:00. In the video, at 1:20 the roof falls.",
         [(80.0, None)]),
        ("HOST: More on that story before the headlines at 7:30.", []),
        ("ANCHOR: Stay with us until the traffic and weather at 8:15.", []),
    ],
    "positions stay": [
        ("HOST: It's 2:10, in the clip, where the fight starts.", [(130.0, None)]),
        ("PRESENTER: In the video, after the news at 1:40 on the screen, the anchor cries.", [(100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_presenter_time_check(text, expected):
    assert found_spans(text) == expected
