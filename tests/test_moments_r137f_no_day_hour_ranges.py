"""A range told with "from" or "between" whose first number no clock of the day reaches (blind round 137): "the
argument is staged as one shot from 31:40 to 35:05" in an episode's plot is 1900-2105, a stretch of the episode,
not a time of day; "added at 47:05" was already read so with the word before the phrase, and the range's own opening
word is the same placing. A range of day-shaped clocks told as a world event stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range from minutes no day's clock reaches": [
        # the round's case (g137-wiki-01)
        ("In a flashback, the young trawlerman argues with the harbourmaster; the argument is staged as one shot "
         "from 31:40 to 35:05.", [(1900.0, 2105.0)]),
        ("The séance scene was filmed in one take between 42:10 and 47:30, the director said.", [(2530.0, 2850.0)]),
        ("The second act, which critics loved, ran from 58:00 to 1:04:20 in the cut we saw.", [(3480.0, 3860.0)]),
        ("Her confession was recorded as one long shot from 52:10 to 55:00.", [(3130.0, 3300.0)]),
        ("The chase is filmed as a single take from 36:20 to 39:45.", [(2180.0, 2385.0)]),
    ],
    "a range of day clocks as a world event stays a time of day": [
        ("The rally ran from 13:40 to 15:05.", []),
        ("Doors were open between 21:40 and 23:05 that night.", []),
        ("The market was busy between 09:40 and 11:05 on Saturday.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_no_day_hour_range(text, expected):
    assert found_spans(text) == expected
