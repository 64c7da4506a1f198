"""A titled file's length in brackets, then only the word that it is attached or linked (blind round 130): a bug
report's "Repro video (1:12) attached." The bracket closes the title as it would at the line's end ("Teaser (1:36)"),
so it is the file's length, no moment, and the one its end forms count from. A bracketed time after a clause that
goes on with a verb of what happens ("(0:45) shows the crash", "(0:45) attached to a rope") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a titled file's bracketed length before 'attached' or 'linked' is no moment": [
        ("## Crash on save\n\nScreen recording (0:45) linked below.\n\n- At 0:21 the dialog opens", [(21.0, None)]),
        ("Dashcam clip (2:03) enclosed. At 1:40 the lorry pulls out.", [(100.0, None)]),
        ("Bug video (0:52) uploaded to the ticket. In the last 10 seconds the app closes.", [(42.0, 52.0)]),
        ("Capture of the glitch (3:05) is attached here.", []),
    ],
    "a bracketed time in a clause that goes on stays a position": [
        ("Screen recording (0:45) shows the crash.", [(45.0, None)]),
        ("The climber steps off the ledge (0:45) attached to a rope.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_attached_title_length(text, expected):
    assert found_spans(text) == expected
