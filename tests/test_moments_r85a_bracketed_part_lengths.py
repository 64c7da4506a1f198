"""A length in brackets after a thing named as a listed or numbered part (blind round 85): a court's list of exhibits,
each label with what it is and its length ("Government Exhibits 14 (dashcam video, 6:41), 14A (still image), 15 (911
audio, 3:12)"), and a numbered lesson or episode named with what it belongs to, as its sentence's subject, its length
in brackets before its verb ("Lesson 2 of that module (18:40) covers groupby"). Look-alikes: a position cited in
brackets after a clause ("(BWC, 04:12)", "(Ex. 3, 02:40)"), a part's bracketed time in prose, and a bracket followed
by a new clause's subject stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an exhibit list's bracketed lengths": [
        ("Plaintiff's Exhibits 3 (doorbell video, 1:52), 4 (photograph) and 5 (body-worn camera footage, 14:20) "
         "were received.", []),
        ("Exhibits 7 (bodycam recording, 9:50) and 8 (dispatch audio, 4:05) were played to the jury.", []),
        ("Exhibit D-2 (CCTV clip, 2 minutes 5 seconds) was admitted without objection. The last 10 seconds of the "
         "clip show the van.", [(115.0, 125.0)]),
    ],
    "a position cited in brackets stays": [
        ("The officer reaches for his taser (BWC, 04:12), which the Court has reviewed.", [(252.0, None)]),
        ("Defendant nods (Ex. 3, 02:40), which the government calls consent.", [(160.0, None)]),
        ("Exhibit 9 (the dashcam video) shows the car at 1:12 crossing the line.", [(72.0, None)]),
    ],
    "a numbered part named with what it belongs to, its length in brackets": [
        ("Lesson 3 of the second module (21:40) explains joins, and at 8:15 in that lesson the diagram appears.",
         [(495.0, None)]),
        ("Episode 6 of the season (52:30) is the strongest; its last four minutes are silent.", [(2910.0, 3150.0)]),
        ("Part 2 of the series (48:10) drags. Around 20 minutes in, the heist begins.", [(1200.0, None)]),
        ("Lecture 9 of this course (1:02:10) covers recursion.", []),
    ],
    "a part's bracketed time in prose stays a position": [
        ("She slips in part 2 (0:45) and laughs.", [(45.0, None)]),
        ("Lesson 4 of the course (3:10) the teacher drops the pen.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_part_lengths(text, expected):
    assert found_spans(text) == expected
