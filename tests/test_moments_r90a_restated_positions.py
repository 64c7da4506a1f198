"""A position told again in other words (blind round 90, chapters and factcheck). A reaction video's "2m14s into the
track, which is around 18m20s on my video" restates the moment on the recording itself (a second, approximate
moment, though "which is" before a compact time is otherwise a length's verb); a show-notes correction "240, not 420
as stated around 00:20:10" places the misstatement in the episode (the past verb is the recording's, not the
world's); and a speaker's quoted words opened right after the clock ('At 17:52 she says: "We will pilot car-free
Sundays on Aba Road, ...') carry their own days, which make no time of day of the clock. A day word outside the
quotation ("opened at 9:15 that day") still tells the world's hour, and "the clip is 4m10s long" stays a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a position restated on the recording in a relative clause": [
        ("The key change lands 1m05s into the second song, which is about 12m40s on my stream.",
         [(65.0, None), (760.0, None)]),
        ("He trips 0m40s into the level, which was 1h02m into the VOD.", [(40.0, None), (3720.0, None)]),
        ("The clip is 4m10s long, which is 1m too many.", []),
    ],
    "a correction placing the misstatement in the recording": [
        ("Correction: the bridge opened in 1932, not 1923 as stated around 00:14:05.", [(845.0, None)]),
        ("Erratum: the dose is 5 mg, not 50 mg as I said at 31:20 in the lecture.", [(1880.0, None)]),
        ("The minister said at 10:30 that the road was closed.", []),
    ],
    "a day word inside speech quoted after the clock": [
        ('At 12:44 the coach says: "We train every Tuesday night, rain or shine, no excuses."', [(764.0, None)]),
        ("At 3:05 he announces, “From Monday, the gates stay shut, all of them.”", [(185.0, None)]),
        ('The shop opened at 9:15 that day, "as usual", the owner said.', []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_restated_positions(text, expected):
    assert found_spans(text) == expected
