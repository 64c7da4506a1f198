"""A dotted position followed by the emphasis Indian English puts after a time (blind round 93): "the Hawk-Eye
challenge on the second match point comes at 8.45 only", "The extinguisher demonstration is at 18.15 itself, so no
need to watch full". "only" and "itself" stress the time; they are no verb making the time a clause's subject, so
the position said in the footage stays one. A dotted time of the day with the same emphasis, or a price, stays
nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'only' or 'itself' after a dotted position in the footage": [
        ("In the Star Sports highlights, Bumrah's yorker to Root is at 5.35 only, do check.", [(335.0, None)]),
        ("In the recording of the webinar (52 mins), the Q&A portion is at 41.10 itself.", [(2470.0, None)]),
        ("In the CCTV video, the bike enters the gate at 2.05 only and not at 1.40.", [(125.0, None), (100.0, None)]),
    ],
    "a clock of the day or a price with the same emphasis stays nothing": [
        ("The staff bus will leave the campus at 8.45 only, latecomers will not be waited for.", []),
        ("Sir, kindly note the office opens at 9.30 itself on Saturdays.", []),
        ("In the video he says the tea costs Rs 4.50 only.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_emphasis(text, expected):
    assert found_spans(text) == expected
