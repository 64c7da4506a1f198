"""A stretch of a long film in three-field dotted times, hours, minutes and seconds (blind round 151, a Hindi
translators' note on a "2 hr 4 min" film): "at 1.12.40 in the film ...", then "From 1.40.05 to 1.41.20 the song is
not subtitled". The dotted point with hours was read; the stretch's end with hours was not, so the stretch was lost.
An end written as its start is ("1.41.20") closes the range; a date ("12.08.2026") and a two-field stretch stay as
they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted stretch with hours at both ends is a range": [
        ("Subtitle notes (Marathi film, 2 hr 20 min): at 0.58.10 in the film the wedding song starts. "
         "From 2.03.15 to 2.05.00 the credits roll over the dialogue, so those lines are dropped.",
         [(3490.0, None), (7395.0, 7500.0)]),
        ("Review copy, 1 hr 52 min. At 1.05.30 in the movie the flashback begins; from 1.10.00 to 1.12.45 "
         "there is no dialogue at all.",
         [(3930.0, None), (4200.0, 4365.0)]),
    ],
    "dates and two-field stretches are unchanged": [
        ("In the 6 min clip, from 1.20 to 1.45 the bus is stuck; the notice is dated 14.03.2026.",
         [(80.0, 105.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_hours_range(text, expected):
    assert found_spans(text) == expected
