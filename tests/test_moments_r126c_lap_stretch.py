"""A stretch ("from X to Y", "between X and Y") told of a lap named with a determiner is where that lap is in the
recording, no lap time (blind round 126): "The KBC replay shows the bell lap from 7:42 to 8:45, and her kick maybe 30
seconds after the bell." A lap's time is one number ("a lap of 63.1", "the last lap in 1:31"); two numbers after "the
bell lap" bound the lap in the replay, as "the winner from 3:31 to 3:50" bounds a goal, and a relative after it
counts from the stretch's start. Counter-cases: lap times that changed or ranged ("lap times from 1:04 to 1:01"),
and a single lap time after "lap", stay no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch told of a named lap is a range in the recording": [
        ("Watch the stream: the final lap from 12:05 to 13:31 is pure drama.", [(725.0, 811.0)]),
        ("The BBC highlights have her last lap between 4:40 and 5:52, then the photo finish ten seconds later.",
         [(280.0, 352.0), (290.0, None)]),
        ("On the broadcast, the penultimate lap from 1:02:10 to 1:03:20 is where he drops them.",
         [(3730.0, 3800.0)]),
    ],
    "lap times, ranged or single, stay no moment": [
        ("Her lap times went from 1:04 to 1:01 across the season.", []),
        ("He ran the last lap in 1:31 and took the title.", []),
        ("Verstappen's fastest lap, 1:29.412, came on lap 51.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_lap_stretch(text, expected):
    assert found_spans(text) == expected
