"""A radio host's "Back after the news at 10:30." (blind round 181): when the programme resumes, a plan said aloud
in the world's day, as "We'll take our morning recess. Back at 10:45." was; the break is named in the sentence itself
("after the news", "after the adverts"), so no break need be told before it. A stretch of footage told "back after
the break at 1:10," with its clause going on, or said in the video, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's phone-in": [
        ("PRESENTER: It's twenty past ten and we've Siobhán on the line.\nSIOBHÁN: It's three minutes long, and at "
         "the two-minute mark the fella on the e-bike clips the wee buggy. Five seconds later he's away off.\n"
         "PRESENTER: Thanks, Siobhán. Back after the news at 10:30.", [(120.0, None), (125.0, None)]),
    ],
    "fresh hosts and breaks": [
        ("HOST: That's all from Lagos. Back after the news at 9:30.", []),
        ("We'll be back after the adverts at 7:45!", []),
        ("PRESENTER: Cheers, Ravi. Back after the headlines at 11:30.", []),
    ],
    "positions beside the words stay": [
        ("The clip runs 2 minutes. Back after the break at 1:10, the host returns to the desk.", [(70.0, None)]),
        ("The video is four minutes long. He is back after the news at 3:10 in the video.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_back_after_the_news(text, expected):
    assert found_spans(text) == expected
