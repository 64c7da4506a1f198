"""A recording's length, or its label, set in emphasis markup (blind round 109): an oral-history page's
"<strong>Length:</strong> 58:40 &nbsp;|&nbsp; ..." and a coaching blog's "The full lecture video is <b>1 hour 26
minutes</b>". The tags close the label before its value, or open the value after the verb: the length is the
recording's (no moment), and the page's end forms ("the last 90 seconds of the recording", "the last 20 minutes of
the lecture") count from it. A position set in bold stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled length with the label in HTML emphasis is the recording's length": [
        ("<p><b>Duration:</b> 41:15 &middot; <b>Speaker:</b> A. Mensah</p>\n<p>The final 45 seconds of the "
         "recording are the applause.</p>", [(2430.0, 2475.0)]),
        ("<li><strong>Length:</strong> 12:30</li>\n<li>Skip the last 30 seconds of the clip, it is black.</li>",
         [(720.0, 750.0)]),
    ],
    "a length in bold after the verb of being is the recording's length": [
        ("<p>The complete webinar video is <b>1 hour 12 minutes</b>, so here are the key parts.</p>\n<p>Q&amp;A "
         "&ndash; the last 15 minutes of the webinar.</p>", [(3420.0, 4320.0)]),
        ("The full sermon recording is **52 minutes**, so skip to the good bit.\n\nThe altar call is in the final "
         "8 minutes of the recording.", [(2640.0, 3120.0)]),
    ],
    "a position in bold stays a position": [
        ("The demo is <b>at 4:10</b>, right after the intro.", [(250.0, None)]),
        ("**Watch from 2:05:** the bridge folds.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_emphasised_lengths(text, expected):
    assert found_spans(text) == expected
