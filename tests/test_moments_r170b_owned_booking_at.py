"""Someone's own booking, named by its owner, then "at" its clock (blind round 170, a Ghanaian forum thread on
load-shedding timetables): "Honestly I prefer the morning one because the freezer survives, but my daughter's online
class at 8:30 is gone." is no moment. "I have the dentist at 9:40" and "my 10:15 lecture" were already the day's; a
class, lesson, tuition, appointment, shift, meeting, check-up, exam, practice or training owned by "my", "our" or a
possessive ("my son's maths lesson at 16:00", "The twins' swimming practice at 17:15") is too. A clause naming the
footage keeps the clock a position, as does a thing in the picture owned the same way ("the keeper's save at
1:20")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an owned booking's clock is the day's": [
        ("Weija here. Our own is 4am to 10am on Mondays and Thursdays, then 12pm to 6pm on Saturdays. Honestly I "
         "prefer the morning one because the freezer survives, but my daughter's online class at 8:30 is gone.", []),
        ("The load-shedding hits at the worst time: my son's maths lesson at 16:00 keeps dropping.", []),
        ("Since the new rota, our shift at 6:30 starts in the dark and the bus is never there.", []),
        ("The twins' swimming practice at 17:15 got cancelled again.", []),
    ],
    "said in the footage, or a thing in the picture, it stays a position": [
        ("In the video, my daughter's dance class at 1:20 shows the routine.", [(80.0, None)]),
        ("The vlog is great. Her yoga class at 4:10 in the vlog is the best bit.", [(250.0, None)]),
        ("Watch the replay: the keeper's save at 1:20 is unreal.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_owned_booking_at(text, expected):
    assert found_spans(text) == expected
