"""Frames in a table's Frame column (blind round 129, visual): under "All three bodycams were recorded at 30 fps; the
helicopter feed at 29.97 was conformed to 30", the table "| Source | Event | Frame | Position |" has rows "| BWC-1 |
door breached | 4,410 | 2:27 |". A bare number in a column headed "Frame" names a frame as "frame 4,410" does (round
51's decision: 147 s at 30 fps), and a run "3,960–4,110" the stretch 132-137; the Position cell beside it is a
mention of its own, as the round's gold reads the two columns. A feed "conformed to 30" is counted at 30 from there.
A "Frame count" column, a frame column with no rate stated, or numbers under another header stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a number in a Frame column counts frames at the stated rate": [
        ("Both phones shot at 25 fps.\n\n| Phone | Frame | Note |\n|---|---|---|\n| A | 1,500 | flag lowered |\n"
         "| B | 2,000–2,250 | crowd runs |", [(60.0, None), (80.0, 90.0)]),
        ("The drone filmed at 60 fps.\n\n| Event | Frame no. | Time |\n|---|---|---|\n| take-off | 600 | 0:10 |",
         [(10.0, None), (10.0, None)]),
    ],
    "a feed conformed to a rate is counted at it": [
        ("The CCTV at 29.97 was converted to 25 for the review.\n\n| Frame | What |\n|---|---|\n| 5,000 | van stops |",
         [(200.0, None)]),
    ],
    "a count column, no rate, or another header stay nothing": [
        ("Recorded at 30 fps.\n\n| Clip | Frame count | Views |\n|---|---|---|\n| A | 4,410 | 2,300 |", []),
        ("| Clip | Frame | Note |\n|---|---|---|\n| A | 4,410 | blurry |", []),
        ("Recorded at 30 fps.\n\n| Clip | Shares | Note |\n|---|---|---|\n| A | 900 | reposted |", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_frame_column(text, expected):
    assert found_spans(text) == expected
