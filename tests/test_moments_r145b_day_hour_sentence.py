"""A sentence that tells the day's time in words no clock covers, then a clock after a preposition (blind round 145,
longform: "At 2 a.m. the first trucks roll into the Sassoon Dock in Mumbai, and by 4:30 the auction is in full
swing."). The family: "2 a.m.", "6 o'clock" in the sentence tell world times as an excluded clock does, so the
sentence's other clocks of the day's shape, said as clocks ("by 4:30", "from 5:15"), are times of day too. A sentence
that names footage, or whose clock has no hour ("at 0:45"), keeps its positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock in a sentence telling the day's time in words is a time of day": [
        ("At 5 a.m. the ferry pulls out of Stornoway, and by 7:40 the first cars roll off at Ullapool.", []),
        ("The baker lights the ovens at 3 o'clock, and from 4:15 the queue stretches round the block.", []),
        ("Night market\n\nStalls go up around 6 p.m., and by 9:30 the lane is packed shoulder to shoulder.", []),
    ],
    "a sentence naming footage, or a clock with no hour, keeps its positions": [
        ("At 2 a.m. the trail camera woke up, and by 4:30 in the footage the fox is at the bin.", [(270.0, None)]),
        ("At 0:45 the fox reaches the bin, some time after 2 a.m. by the owner's account.", [(45.0, None)]),
        ("Note: the caption says 7 p.m. here; the title card at 9:40 is left as it was.", [(580.0, None)]),
        ("Gym open 6AM–10PM, Mon–Fri. If you only want the deadlift, it's at 8:45 in my vlog.", [(525.0, None)]),
        ("The low-light sample at 4:20 is the giveaway: the street was lit only by shopfronts around 9pm.",
         [(260.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_hour_sentence(text, expected):
    assert found_spans(text) == expected
