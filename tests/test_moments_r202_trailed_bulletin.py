"""A broadcaster trailing the next bulletin by the clock, its clause opening with the bulletin's name (blind round
202's Isle of Wight phone-in: "PRESENTER: Brilliant. Sandra, thank you. Travel at 8:30, then the bins in Ryde."): a
programme's item on the day's clock, no position, as "Back after the news at 10:30" already was. The same words in a
sentence on the footage stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the next bulletin trailed by the clock": [
        ("PRESENTER: Brilliant. Sandra, thank you. Travel at 8:30, then the bins in Ryde.", []),
        ("HOST: Stay tuned. News at 9:00, and the weather at 9:05.", []),
        ("DJ: Sport's up next at 7:45 with Dave.", []),
    ],
    "the footage's weather or news left alone": [
        ("In the clip, the weather at 2:10 turns nasty.", [(130.0, None)]),
        ("The weather at 2:10 turns nasty in the video.", [(130.0, None)]),
        ("Check the news at 1:20 in the video, the anchor laughs.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_trailed_bulletin(text, expected):
    assert found_spans(text) == expected
