"""The hours a sitting is kept in a numbered room (blind round 56): under a lecture recording's chapter ranges, "Lecture
was 9:00–10:00 in Room 1.14; recording starts a few minutes late." was kept as the range 540-600. A clock told with
the room it is kept in ("Hearing of the committee, 14:00, Room 3A") was already a slot of the day; a span of two
clocks before the room ("9:00–10:00 in Room 1.14", "09:30 to 11:00 in Room B12") is that slot's hours, its first clock
maybe written with one digit. A range said in the recording, a room named by no number, read as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a span of hours kept in a numbered room": [
        ("ECON 204, Week 6 lecture recording (Panopto).\n\n00:00–05:30 Admin\n05:30–22:15 Price elasticity\n"
         "22:15–41:00 Worked examples\n\nLecture was 9:00–10:00 in Room 1.14; recording starts a few minutes late.",
         [(0.0, 330.0), (330.0, 1335.0), (1335.0, 2460.0)]),
        ("The seminar ran 09:30 to 11:00 in Room B12 and was recorded for those who could not attend.", []),
        ("Workshop 13:00-14:30 in Studio 2, bring a laptop; the video goes up on Friday.", []),
        ("Tutorial groups meet 8:00 – 9:00 at Lecture Theatre 4 before the recorded plenary.", []),
    ],
    "a range said in the recording, or no numbered room, stays a range": [
        ("In the recording, the proof runs 9:00–10:00 in the lecture.", [(540.0, 600.0)]),
        ("The drum solo is 9:00–10:00 in the concert film, filmed in the big room.", [(540.0, 600.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_room_hours(text, expected):
    assert found_spans(text) == expected
