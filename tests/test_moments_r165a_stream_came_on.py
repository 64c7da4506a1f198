"""A stream said to have come on air at a clock (blind round 165, a Ghanaian church's harvest livestream): "Service
started 9am sharp but the stream came on around 9:40." is a time of day, when the stream went out, as "the stream went
live at 9:40" and "the recording started at 07:53" already were. The stream, livestream, broadcast or webcast "came
on", "came online", "came on air" or "went on air": the world's clock. Something else coming on in the footage ("the
choir comes on around 9:40", "the lights came on") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stream come on air at a clock is the day's time": [
        ("Chale, the harvest livestream from our church in Ho is on the Facebook page now. The whole thing is 3 hours "
         "12 minutes, so don't watch all. Pastor's appeal starts at 1:04:30, and the goat auction is from 2:10:05 to "
         "2:14:40 — Auntie Esi bid GH₵ 2,500 for a goat wey no dey even fat. Service started 9am sharp but the "
         "stream came on around 9:40.", [(3870.0, None), (7805.0, 8080.0)]),
        ("The council webcast runs 3 hours. The meeting was called for 6pm, but the webcast only came online at "
         "6:25.", []),
        ("Mass was at 10 but the livestream finally came on air at 10:12, so the homily is at 35:10.",
         [(2110.0, None)]),
        ("The gala broadcast went on air at 7:30, and the winner is announced at 1:12:40 in the replay.",
         [(4360.0, None)]),
    ],
    "something else coming on in the footage stays a position": [
        ("The stream is two hours long. The choir comes on around 9:40.", [(580.0, None)]),
        ("The stream is two hours long. In the stream, the lights came on around 9:40.", [(580.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stream_came_on(text, expected):
    assert found_spans(text) == expected
