"""Chapter pages' words that looked like lengths or timers, and a goal's time that looked like a position (blind
round 90, chapters). A lecture table's topic "The Phillips curve, short run | 19:30" is no "runs 19:30" (the noun
"run" after short, long, dry, trial or test); a chapter line's capitalised title "0:00:00 Countdown & music" is no
"a 10:00 countdown" timer; while "Track length on Spotify is 4:02" is a length said where it is told, and "going for
the 4:59:00 achievement" names a time to beat, not a place in the guide."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a run the noun before a table's time": [
        ("| Part | Topic | Starts at |\n|---|---|---|\n| 1 | Supply in the long run | 12:15 |\n"
         "| 2 | Costs, short run | 33:40 |", [(735.0, None), (2020.0, None)]),
        ("The video runs 12:15 in all.", []),
    ],
    "a chapter line's capitalised timer word is its title": [
        ("Order of service:\n0:00:00 Countdown and welcome\n0:04:10 Opening hymn", [(0.0, None), (250.0, None)]),
        ("0:00 Timer setup explained\n1:20 First round", [(0.0, None), (80.0, None)]),
        ("Rope climbs on a 2:30 timer, then rest.", []),
    ],
    "a length told with where it is listed": [
        ("Song length on Apple Music is 3:48, so the drop at 2:10 is late.", [(130.0, None)]),
        ("The runtime on Netflix is 1:52:30.", []),
        ("At 3:48 the length of the bar is shown.", [(228.0, None)]),
    ],
    "a time to beat named by the noun after it": [
        ("Only needed if you want the 1:30:00 trophy; otherwise skip to 8:40.", [(520.0, None)]),
        ("That route is how I got the sub-45:00 badge.", []),
        ("The trophy pops at 12:05 in this video.", [(725.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_chapter_look_alikes(text, expected):
    assert found_spans(text) == expected
