"""A service notice's own times (blind round 85, a ferry operator's update): a list of departures, each clock
followed by its route ("• 08:15 Ullapool – Stornoway: on time", "10:42, 11.12 and 11:42 from Haymarket"), in a
paragraph naming the service and no footage, is a timetable; so are the hold-ups it warns of ("Delays of up to
0:45", "queues of about 1:20") and when it promises the next notice ("We will issue a further statement by 16:30").
"At short notice" names no short film. A route named in a video's sentence, a chapter list from 0:00 and a delay
placed in a clip stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a departure list's clocks, each with its route": [
        ("Sailings today:\n• 08:15 Ullapool – Stornoway: on time\n• 12:30 Stornoway – Ullapool: cancelled", []),
        ("Trains affected this morning: 10:42, 11.12 and 11:42 from Haymarket, all running late.", []),
        ("Weather warning, bus services:\n- 06:50 Portree to Broadford: diverted\n- 07:35 Broadford → Kyle: on time",
         []),
        ("The following flights may be cancelled at short notice:\n* 14:05 Kirkwall – Sumburgh\n"
         "* 16:40 Sumburgh – Kirkwall", []),
    ],
    "a notice's hold-ups and its next notice": [
        ("Delays of up to 0:45 are expected at the border this weekend.", []),
        ("Expect queues of about 1:20 at security this morning.", []),
        ("We will issue a further statement by 16:30, or sooner if anything changes.", []),
        ("The council will publish the next update by 09:00 tomorrow.", []),
    ],
    "look-alikes: footage named, a chapter list, a clip's delay": [
        ("Watch the ferry video: at 02:10 from Oban the boat turns hard to port.", [(130.0, None)]),
        ("Ferry vlog chapters\n0:00 Intro\n02:10 Oban – Craignure crossing\n05:40 Arrival at Craignure",
         [(0.0, None), (130.0, None), (340.0, None)]),
        ("The delay is obvious at 1:30 in the clip.", [(90.0, None)]),
        ("The update at 2:15 in the video shows the new menu.", [(135.0, None)]),
        ("She filmed it at short notice; at 1:10 the dog jumps the fence.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_service_notices(text, expected):
    assert found_spans(text) == expected
