"""A part of a long recording to watch, then where it is from, is a position (blind round 121): after "In the PTV
broadcast replay, Shafiq's hundred comes at 2:41:15, and the run-out ... at approximately 5:02:30", "Do watch the last
over from 7:48:10 to 7:55:40" is 28090-28540, hours past the last position but sent to through the player as "Skip to"
is; "watch" naming a part ("the last over", "the penalty shoot-out") then "from" sends the reader there. With no
position placed before, or a clock watched in the world, it stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "watch a part from a time, in a text already placing positions": [
        ("In the PTV broadcast replay, Shafiq's hundred comes at 2:41:15, and the run-out that turned it is at "
         "approximately 5:02:30. Do watch the last over from 7:48:10 to 7:55:40 — Rs 5 lakh prize for the player of "
         "the match.", [(9675.0, None), (18150.0, None), (28090.0, 28540.0)]),
        ("The stream's first goal is at 1:12:40. Rewatch the penalty shoot-out from 6:58:20, it is worth it.",
         [(4360.0, None), (25100.0, None)]),
        ("On the VOD the opening ceremony starts at 0:45:10. Watch the whole encore from 7:31:05 to 7:52:00 if "
         "nothing else.", [(2710.0, None), (27065.0, 28320.0)]),
        ("Her first run on the speedrun VOD is at 1:05:00. Definitely watch that final split from 9:12:44.",
         [(3900.0, None), (33164.0, None)]),
    ],
    "with no position before, or a world event to watch, it stays as it was": [
        ("Do watch the last over from 7:48:10 to 7:55:40 tonight, it starts on PTV Sports.", []),
        ("The stream's first goal is at 1:12:40. We will watch the fireworks from the bridge at 21:00.",
         [(4360.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_watch_part_from(text, expected):
    assert found_spans(text) == expected
