"""Release notes' times (round 59's html_md-09), in no one footage: a period something recurs at ("every 5:00"), a
setting's new value ("Default fade length is now 0:02 (was 0:05)") and a limit in any file of a kind ("past 29:59 in
videos longer than half an hour") are no positions. Positions in a named video stay ("at 1:15 in the video", "now at
3:40 in the edit", "every few seconds, and at 2:10 ...")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a release note's times": [
        ("- The exporter no longer stutters past 29:59 in videos longer than half an hour.", []),
        ("- The recorder now saves a backup every 5:00.", []),
        ("- Default fade length is now 0:02 (was 0:05).", []),
        ("- Maximum segment duration in the uploader is now 15:00.", []),
    ],
    "near-misses": [
        ("In the video, the lights flicker every few seconds, and at 2:10 the power goes.", [(130.0, None)]),
        ("At 1:15 in the video the goalkeeper dives.", [(75.0, None)]),
        ("The drone footage is now at 3:40 in the edit.", [(220.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_release_notes_times_are_no_positions(text, expected):
    assert found_spans(text) == expected
