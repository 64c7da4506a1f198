"""A clock told with "tomorrow" just before it (blind round 138): 'Deliberations start tomorrow at 8:30.' in a live
blog that has placed clips in a video. "today", "tonight" and "yesterday" before a clock already tie it to the world's
day; "tomorrow" does the same, whatever footage the text talks of. A position said in the same sentence after the
day word stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock after 'tomorrow' is a time of day": [
        ("The jury watched the dashcam clip twice. The hearing resumes tomorrow at 9:45.", []),
        ("Gracias for watching the stream! Part two goes up tomorrow around 6:15, same channel.", []),
        ("In the video the officer draws at 0:52. Sentencing is set for tomorrow at 10:30 in Courtroom 4.",
         [(52.0, None)]),
    ],
    "a position after the day word stays one": [
        ("Watch it again tomorrow: at 2:14 in the clip the goalkeeper slips.", [(134.0, None)]),
        ("I'll post the rest tomorrow; at 1:12 of this video the dog jumps.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_tomorrow_clock(text, expected):
    assert found_spans(text) == expected
