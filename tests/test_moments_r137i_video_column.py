"""A table column headed by the footage alone (blind round 137): "| Step | What you do | Video | Kit cost |" over
"| 7 | Seal | 16:02 | £9.75 sealer |". A column headed "Video" (or "Clip", "Footage", "In the video") holds where
each row is in the footage, as "Video time" or "Timestamp" already did; the learned veto read a late row's "16:02"
beside a price as a clock of the day. A column headed "Time" or "Opens" still tells the day's clocks, and a
"Length" column beside a "Video" one its lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_GROUT = ("| Step | What you do | Video | Kit cost |\n|---|---|---|---|\n"
          "| 1 | Rake out the old grout | 04:12 | £6.99 grout rake |\n"
          "| 4 | Apply on the diagonal | 09:40 | £4 float |\n"
          "| 7 | Seal | 16:02 | £9.75 sealer |\n")

FAMILIES = {
    "a cell under a column headed by the footage is a position": [
        (_GROUT, [(252.0, None), (580.0, None), (962.0, None)]),
        ("| Dish | Clip | Serves |\n|---|---|---|\n| Jollof rice | 03:10 | 6 |\n| Suya skewers | 14:45 | 4 |\n"
         "| Puff-puff | 21:05 | 10 |\n", [(190.0, None), (885.0, None), (1265.0, None)]),
        ("| Exercise | Sets | In the video |\n|---|---|---|\n| Goblet squat | 3 x 12 | 02:30 |\n"
         "| Romanian deadlift | 3 x 10 | 11:20 |\n| Farmer's carry | 4 x 40 m | 18:55 |\n",
         [(150.0, None), (680.0, None), (1135.0, None)]),
        ("| Save | Footage | Keeper |\n|---|---|---|\n| Penalty, left post | 13:40 | Ruddock |\n"
         "| Tip over the bar | 19:15 | Ruddock |\n", [(820.0, None), (1155.0, None)]),
    ],
    "a column of the day's clocks or of lengths stays nothing": [
        ("| Stop | Time | Fare |\n|---|---|---|\n| Main Street | 16:02 | £2.40 |\n| Harbour | 16:45 | £3.10 |\n", []),
        ("| Venue | Opens | Entry |\n|---|---|---|\n| Craft market | 09:40 | free |\n| Night market | 18:30 | R20 |\n",
         []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_video_column(text, expected):
    assert found_spans(text) == expected
