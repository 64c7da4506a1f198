"""A work's length told with a correction's adverb before it (blind round 124: "20-min HIIT, no gear (heads up, the
vid's actually 21:30 long)"). "actually", "really", "in fact" or "now" between the work and its length does not stop
it being the work's length: the one an end form ("the last 2 minutes of the video") counts from, rather than the
programme's nominal "20-min". A position after "actually at" stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length told with 'actually', 'really', 'in fact' or 'now' is the work's length": [
        ("45-minute yoga flow (note: the video is really 48:20 long)\n- Sun salutes from 2:00 to 9:30 in the video\n"
         "- Savasana is the final 3 minutes of the video", [(120.0, 570.0), (2720.0, 2900.0)]),
        ("The recording's actually 1:02:10 long; the last 10 minutes of the recording are the Q&A.",
         [(3130.0, 3730.0)]),
        ("30-min spin class (video now 33:05 long):\n- Climb at 11:00\n- the last 90 seconds of the video are the "
         "cool-down", [(660.0, None), (1895.0, 1985.0)]),
    ],
    "the length is no moment, and a position said with 'actually at' stays one": [
        ("Heads up, the vid's in fact 21:30 long, and the goal is at 12:40.", [(760.0, None)]),
        ("The clip is actually at 2:10 where he falls.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_corrected_lengths(text, expected):
    assert found_spans(text) == expected
