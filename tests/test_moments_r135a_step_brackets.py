"""A numbered step of a how-to video, its instruction in lower case, then a bracketed time closing the line (blind
round 135): "Step 1 – shift to the smallest cog (0:40)" under "Bike repair: fixing a slipped chain (6-minute
video)". The line opens with a capital ("Step") and is short, so it read as a title closed by its length ("Teaser
(1:36)"); but after the step's label comes an instruction, not a title: the bracket is where the step is in the
video, a position. A list of parts named in title case keeps its brackets as lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a step's instruction closed by a bracketed time is a position": [
        ("Fixing a wobbly chair leg (4-minute video)\nStep 1 – flip the chair (0:25)\nStep 2: glue the joint (1:50)\n"
         "Step 3 - clamp it, about halfway through the video", [(25.0, None), (110.0, None), (120.0, None)]),
        ("Descaling the kettle (video, 3 min)\nTip 1 – pour in the vinegar (0:15)\n"
         "Tip 2 – leave it for an hour, then rinse (2:20)", [(15.0, None), (140.0, None)]),
    ],
    "parts named in title case keep their lengths": [
        ("Tutorials in the series:\n- Part 1 – Getting Started (12:30)\n- Part 2 – Wiring the Board (18:05)", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_step_brackets(text, expected):
    assert found_spans(text) == expected
