"""A platform's "short" as a noun before an elliptical "at" (blind round 129, visual): "Camera B, a TikTok of 0:59,
hears it at 0:44, and Camera C, a 4 min 12 s YouTube short, at 2:03." "YouTube short" names the upload (a Short),
so ", at 2:03" is where Camera C hears it (123), not a length compared ("shorter, at 1:32:10"); the adjective
after a verb of being still tells a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a YouTube short's noun before a position": [
        ("The drone clip catches the flash at 1:10, and the second angle, a 58-second YouTube short, at 0:22.",
         [(70.0, None), (22.0, None)]),
        ("Angle 3 (a YT short, 0:45 long) shows the flag at 0:31.", [(31.0, None)]),
        ("The stall owner's upload, a Youtube-short, at 0:09 shows the first spark.", [(9.0, None)]),
    ],
    "the adjective still compares a length": [
        ("The festival cut is short, at 1:24:30, and the director's cut runs longer.", []),
        ("The teaser is short, at 0:45, but at 0:20 the logo flashes.", [(20.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_platform_short_noun(text, expected):
    assert found_spans(text) == expected
