"""An end form "of it" whose "it" the text has just called a thing filmed or posted (blind round 51): "Declan's phone
... recorded the whole of the last hour as video. It's 61 minutes long. ...\\n\\nI asked Declan why he filmed it. ...
He has never posted it. He played me the last ten minutes of it" is the phone video's last ten minutes, counted from
its own 61 minutes, not dropped for naming no footage in the 200 characters before, nor counted from the whole
broadcast's runtime. An "it" never said to be filmed or posted stays no footage's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "it, filmed or posted": [
        ("Declan's phone recorded the last hour of the four-hour broadcast as video. It's 61 minutes long.\n\nI asked"
         " Declan why he filmed it. He said nothing for a while, then shrugged and looked at the floor. He has never "
         "posted it. He played me the last ten minutes of it in his kitchen.",
         [(10800.0, 14400.0), (3060.0, 3660.0)]),
        ("The full broadcast runs 3 hours.\n\nMy own clip of the ferry is 4 minutes long. The captain waved at us for"
         " a long time, all the kids on the pier waving back at him, and the dog barked at the gulls all the way out "
         "of the harbour.\n\nI uploaded it that evening. The final 30 seconds of it are the best.",
         [(210.0, 240.0)]),
    ],
    "it, no recording": [
        ("The phone video is 61 minutes long.\n\nThe storm hit the coast at dawn and the whole town remembers the "
         "night and the day after it, the boats on the road, the church roof in the square, the school shut for a "
         "month.\n\nWe never forgot it. The last ten minutes of it were the worst.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_of_it_recorded(text, expected):
    assert found_spans(text) == expected
