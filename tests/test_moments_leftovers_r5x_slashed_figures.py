"""A time set against another by a slash in its own sentence ("splits the record 23:10 / 22:50", a leftover of blind
round 57): the same kind of figure as the first, here the lengths of a record's sides; a slash between positions
keeps both positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "lengths set against each other by a slash": [
        ("The cassette reissue runs 24:05 / 23:40 across its two sides.", []),
        ("The double LP runs 19:40 / 21:05 / 18:30 / 20:12 across its four sides.", []),
        ("Her laps took 1:31.2/1:30.9 in qualifying.", []),
        ("The kettle boils in 3:55 / 4:20 (old model). The lid pops at 1:10 in the video.", [(70.0, None)]),
    ],
    "positions set against each other by a slash": [
        ("Goals at 1:10 / 2:30 in the highlights.", [(70.0, None), (150.0, None)]),
        ("The crash is at 0:45/1:30 in the two angles.", [(45.0, None)]),
        ("Chapters: intro 0:00 / drop 1:45 / outro 3:30", [(0.0, None), (105.0, None), (210.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_slashed_figure_is_read_as_the_one_before(text, expected):
    assert found_spans(text) == expected
