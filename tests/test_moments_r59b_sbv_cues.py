"""YouTube ``.sbv`` caption exports (round 59's subtitles): each timing line, a start and an end joined by a comma on
a line of their own ("0:00:04.200,0:00:07.850"), is one range, as an SRT cue's "-->" is; "the first minute of our
how-to" counts a how-to as footage. A comma-joined pair inside prose, or a single stamp, stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an .sbv timing line": [
        ("0:00:02.500,0:00:05.100\nWelcome back to the workshop.\n\n0:00:05.300,0:00:09.000\nToday we sand "
         "the tabletop.\n", [(2.5, 5.1), (5.3, 9.0)]),
        ("Exported captions (.sbv):\n\n0:01:10.000,0:01:12.250\nPress the red button.\n", [(70.0, 72.25)]),
        ("0:12:00.400,0:12:03.900\n[applause]\n", [(720.4, 723.9)]),
    ],
    "a how-to is footage": [
        ("The captions cover the first two minutes of our how-to on grafting roses.", [(0.0, 120.0)]),
    ],
    "near-misses": [
        # a single stamp named in prose: a point, as before
        ("The caption at 0:00:09.300 is late.", [(9.3, None)]),
        # an end before its start is no cue
        ("0:00:09.000,0:00:04.000\nBroken line.\n", []),
        # a list of numbers with a comma in prose is no caption
        ("We tested 1,200 and 4,000 units.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_sbv_caption_timing_line_is_a_range(text, expected):
    assert found_spans(text) == expected
