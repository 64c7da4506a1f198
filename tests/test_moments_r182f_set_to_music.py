"""A stretch of footage set to music (blind round 182): "From 6:10 to 7:25 the emus perform a dance to make it rain,
set to a song by the band Kookaburra Kids" is 370-445. "set to" there is the music the scene is cut to, not a plan
("is set to reopen", "the ferry is set to sail"): the future read from it had made the range a time of day. A plan
set for a clock of the day stays none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's plot range": [
        ("Like all episodes of the series it runs 11 minutes. From 6:10 to 7:25 the emus perform a dance to make it "
         "rain, set to a song by the band Kookaburra Kids. In the last 90 seconds of the episode the rain arrives.",
         [(370.0, 445.0), (570.0, 660.0)]),
    ],
    "fresh scenes set to music, a tune, a soundtrack": [
        ("Verdict: the clip is real. From 1:05 to 1:30 the children dance in the square, set to music from a phone.",
         [(65.0, 90.0)]),
        ("The tribute video lasts six minutes. Between 2:10 and 2:45 the old photos scroll past, set to the band's "
         "1994 single.", [(130.0, 165.0)]),
        ("Our highlights run 9:41. From 4:02 to 4:40 the slow-motion replays roll, set to a brass band's anthem.",
         [(242.0, 280.0)]),
    ],
    "a plan set for a clock stays none": [
        ("The terminal is closed today. From 6:10 to 7:25 the ferry is set to sail twice, the operator said.", []),
        ("The venue opens at 18:00. At 19:30 the band is set to play, set to a light show.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_set_to_music(text, expected):
    assert found_spans(text) == expected
