"""A local news page's "WATCH:" line naming its embedded video, the video's length in brackets right after the
video's noun (blind round 136): "WATCH: Our drone video (2:14) shows the Mary River spilling into the ... car park"
is the embedded video's length, no position (the round's decisions list it with the look-alikes), as a bracketed
placeholder's "[VIDEO: Lifeboat crew reach stricken trawler (4:52)]" already was (round 108). The family: a line
opened by a WATCH: or VIDEO: label, the work's noun, then its bracketed time. A time placed in that video by a word
("at 0:45") stays a position, and so does a bracket after the video's noun with no such label."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a WATCH: line's video and its bracketed length": [
        ("Heavy rain closed the M6 overnight.\n\nWATCH: The reader's dashcam clip (1:05) shows cars stranded near "
         "junction 19.\n\nHighways England said the road reopened at 6am.", []),
        ("VIDEO: Our helicopter footage (0:58) captures the blaze at the recycling yard in Kirkby.", []),
        ("Watch: Ratepayers' livestream (3:21:40) of the council meeting is below.", []),
    ],
    "look-alikes: a time placed in the video, or no label": [
        ("WATCH: Our drone video shows the river bursting its banks at 0:45.", [(45.0, None)]),
        ("WATCH: Our drone video (2:14) shows the bank give way at 1:20.", [(80.0, None)]),
        ("The drone footage (0:38) shows smoke over the ridge.", [(38.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_watch_label_lengths(text, expected):
    assert found_spans(text) == expected
