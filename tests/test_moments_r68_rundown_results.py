"""A battery test's result told before the test is named (blind round 68's headphone review): "Battery claims 28
hours with ANC on and I got 26:40 in my rundown test". Hours and minutes of a charge, as "the rundown test lasted
26:40" is, not a position; the review's own positions stay ("the ANC test on the Northern line is at 3:40")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a battery test's result, then the test": [
        ("The box promises 30 hours and I managed 27:15 in my battery drain test.", []),
        ("She got 11:52 on the video-loop test, two hours better than last year.", []),
        ("Tablet lasted 9:05 in our web browsing test at 200 nits.", []),
    ],
    "look-alikes: positions of the review's video": [
        ("In the video, the rundown test result is at 6:20 and the verdict at 9:40.", [(380.0, None), (580.0, None)]),
        ("The mic test in my video starts at 4:15.", [(255.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_rundown_results(text, expected):
    assert found_spans(text) == expected
