"""A recording's length told with no verb, "Full video only 4 minutes", as chat writes it (blind round 201's Sri
Lankan kite note, as round 73's "Whole thing only 2 min 05 sec"): the whole work's length, against which the note's
dotted points ("At 1.05 only you can see", "From 2.10 to 2.30 itself") are read as positions inside it; a dotted
number past it stays a clock of the day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a full video only so long": [
        ("Machan, the kite video is there on the group no. At 1.05 only you can see the big one going up. From 2.10 "
         "to 2.30 itself the string is getting tangled. Full video only 4 minutes, see and tell.",
         [(65.0, None), (130.0, 150.0)]),
        ("The wedding video is on the drive. At 2.40 you can see the uncle dancing. Full clip just 5 minutes.",
         [(160.0, None)]),
        ("Aiyo, the perahera video is up. At 3.15 the elephant turns. Full recording only 6 minutes, no.",
         [(195.0, None)]),
    ],
    "left alone": [
        ("The kite video is there. At 1.05 you can see the big one. We reached by 4.30. Full video only 4 minutes.",
         [(65.0, None)]),
        ("The bus video is there. Full video only 4 minutes. At 7.30 we left for home.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_full_video_only(text, expected):
    assert found_spans(text) == expected
