"""A speaker's promise of what the footage shows later, said on a line of an auto transcript (blind round 169, a
Lake Winnipeg ice-fishing video): "0:15 and check this out at 3:50 I'll show you the walleye I caught yesterday" is
15 and 230. A time said "at" inside a chapter title and past the next entry's start is a figure of the topic ("2:10
Camera test, shot at 17:40 golden hour"); one followed by "I'll show you", "you'll see", "we're gonna see" is a
position ahead in the same recording."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a promise of what comes later on a transcript's line": [
        ("0:00 hey guys welcome back to the channel we're out on Lake Winnipeg\n0:04 near Gimli and it's minus 28 "
         "this morning\n0:15 and check this out at 3:50 I'll show you the walleye I caught yesterday\n0:21 it was 27 "
         "inches", [(0.0, None), (4.0, None), (15.0, None), (230.0, None), (21.0, None)]),
        ("0:00 ok so today we are fixing the tap\n0:06 first turn the water off\n0:11 and at 2:40 you'll see why the "
         "washer matters\n0:17 grab the spanner", [(0.0, None), (6.0, None), (11.0, None), (160.0, None),
                                                     (17.0, None)]),
        ("0:00 right lads\n0:05 at 5:10 we're gonna see the big jump so stick around\n0:09 here we go",
         [(0.0, None), (5.0, None), (310.0, None), (9.0, None)]),
    ],
    "a figure in a chapter's title stays nothing": [
        ("0:00 Intro\n2:10 Camera test, shot at 17:40 golden hour\n4:00 Verdict", [(0.0, None), (130.0, None),
                                                                                   (240.0, None)]),
        ("0:00 Intro\n0:45 Unboxing (charged at 3:05 on the dot)\n1:30 Battery test",
         [(0.0, None), (45.0, None), (90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_promised_in_transcript(text, expected):
    assert found_spans(text) == expected
