"""A thread's post header stamp between a moment and a reply's gap (blind round 150): boards.ie's "**SparkyMurph** ·
11-01-2026 20:03 / The clunk at 0:58 in particular ... is classic", then "**Boiler_Bríd** · 11-01-2026 20:36 / If you
listen about 10 seconds later than the clunk Sparky mentioned". The header's clock tells when the post went up: no
event of the world a gap counts from (as "The rally began at 10:45. Ten minutes later" does), so the reply's gap
still counts from the footage's moment before it. A time of day told in a sentence still stops the count."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a reply's gap counts past the post header's clock": [
        ("**kettle_king** · 03-02-2026 21:14\n\nThe whistle at 1:22 is the pump.\n\n**MaeveR** · 03-02-2026 "
         "21:40\n\nAbout 6 seconds later you can hear the relief valve.", [(82.0, None), (88.0, None)]),
        ("> **gully_fisher** | Tue 4 Mar, 7:02 pm\n> The splash at 0:37 is the kingfish.\n\n**reel_em_in** | Tue 4 "
         "Mar, 7:15 pm\n\nThree seconds after that the rod bends.", [(37.0, None), (40.0, None)]),
    ],
    "a time of day told in prose still stops the count": [
        ("The whistle at 1:22 is the pump. The engineer came at 20:36. Ten minutes later he left.", [(82.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_post_header_stamp(text, expected):
    assert found_spans(text) == expected
