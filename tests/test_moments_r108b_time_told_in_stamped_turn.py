"""A presenter telling the time inside a stamped transcript's turn (blind round 108, transcripts-01, a community
radio hour: "[00:01:39] HOST: Lovely. We'll take a break, it's 9:02, and after the news ..."). The turn's own stamp
opening its line is no earlier time the "it's" corrects: the time told is the studio clock, a time of day, as it is
in a transcript with no stamps (round 92). A time told right after another time said in the talk ("not 1:05, it's
1:12") still corrects a position, and "it's 2:10 into the video" stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the time told in a stamped turn is a time of day": [
        ("[00:02:02] CALLER: I saw the video of the flood last night, the water comes right up the steps.\n\n"
         "[00:02:10] PRESENTER: Scary stuff. Right, it's 7:48, and here's Aroha with the traffic.\n\n"
         "[00:02:15] AROHA: Thanks, Mike.", [(122.0, None), (130.0, None), (135.0, None)]),
        ("00:13:50 GUEST: My clip of the storm got a thousand views.\n"
         "00:14:02 HOST: Cheers for that. It's 4:20. Time for the shipping news.", [(830.0, None), (842.0, None)]),
        ("Kwame Asante (03:12):\nOkay, listeners, it's now 10:35 and the lines are open.\n\n"
         "Efua Mensah (03:20):\nThank you.", [(192.0, None), (200.0, None)]),
    ],
    "a time told after another time said in the talk stays a correction": [
        ("[00:01:10] CALLER: In the clip the goal is at 1:05?\n[00:01:14] HOST: No, it's 1:12, and it's a header.",
         [(70.0, None), (65.0, None), (74.0, None), (72.0, None)]),
        ("[00:03:00] HOST: It's 2:10 into the video before anything happens.", [(180.0, None), (130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_told_in_stamped_turn(text, expected):
    assert found_spans(text) == expected
