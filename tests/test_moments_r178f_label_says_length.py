"""A work's label said to give a length, then corrected as a length (blind round 178, a list of a polo final's best
moments): "PTV Sports' full upload of the final is on YouTube (title says 1:45:00 but it is actually closer to 1 hour
52 minutes with the closing ceremony)". The title's, listing's, thumbnail's or platform's figure is the work's length
as stated, no position, when the text goes on to say the work is longer, shorter or nearer another length; a label
corrected by a position ("but the goal is closer to 12:40 in the replay") and a bare label's time stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("PTV Sports' full upload of the final is on YouTube (title says 1:45:00 but it is actually closer to 1 hour "
         "52 minutes with the closing ceremony). For those who don't have the whole evening, here is my list.\n\n"
         "1. The throw-in. At 4:10 the ball is thrown in by the chief guest.", [(250.0, None)]),
    ],
    "a label's length corrected as a length": [
        ("The listing says 1:45:00, but the video runs longer. At 4:10 the ball is thrown in.", [(250.0, None)]),
        ("The thumbnail shows 12:04 though the upload is really nearer 14 minutes; the save comes at 6:20.",
         [(380.0, None)]),
        ("Spotify lists it as 3:58, but the album version is closer to four and a half minutes. The drop is at 2:31.",
         [(151.0, None)]),
        ("IMDb has it at 2:41:00 but the cut we saw was longer; the heist starts at 1:12:30.", [(4350.0, None)]),
    ],
    "a label's time corrected by a position, or left alone, stays as it was": [
        ("The thumbnail shows 12:04, but the goal is closer to 12:40 in the replay.", [(724.0, None), (760.0, None)]),
        ("The title says 58:20. At 4:10 the ball is thrown in.", [(3500.0, None), (250.0, None)]),
        ("The description says 0:45 is where the goal is, and at 4:10 the ball is thrown in.",
         [(45.0, None), (250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_label_says_length(text, expected):
    assert found_spans(text) == expected
