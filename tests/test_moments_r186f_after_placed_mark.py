"""A time told after a mark of the footage placed earlier in its sentence (blind round 186): "At the 17-minute mark
poler Kagiso Mmolai (64) explains how he reads hippo wake, and around 23:40 a bull surfaces two metres from the bow,
which had my whole lounge in Maun shouting" walks on through the same documentary; the learned veto, reading the
viewer's lounge and a clock-like 23, is not asked to overrule it, as after a time the reader is sent to. A clock the
sentence ties to a day stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's review": [
        ("BTV's 'Water Roads' is 52 minutes long and worth every one of them. At the 17-minute mark poler Kagiso "
         "Mmolai (64) explains how he reads hippo wake, and around 23:40 a bull surfaces two metres from the bow, "
         "which had my whole lounge in Maun shouting.", [(1020.0, None, False), (1420.0, None, True)]),
    ],
    "fresh walks on from a mark": [
        ("At the 9-minute mark the keeper explains the tides, and around 21:50 a whale breaches, which had our "
         "kitchen in Hermanus screaming.", [(540.0, None, False), (1310.0, None, True)]),
        ("At the two-minute mark the bride arrives, and around 22:10 the tent collapses, which had everyone at home "
         "in Kisumu laughing.", [(120.0, None, False), (1330.0, None, True)]),
        ("The film is 1h 40m long. At the 1:05:00 mark the trial begins, and near 22:15 the judge walked out, my "
         "mother said from her couch in Lagos.", [(3900.0, None, False), (1335.0, None, True)]),
    ],
    "clocks of a day stay none": [
        ("At the 3-minute mark the host says the show was taped at 21:15 last Friday.", [(180.0, None, False)]),
        ("At the 5-minute mark the reporter says the protest began at 19:45 on Friday.", [(300.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_after_placed_mark(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1), a) for s, e, a in found_hedged(text)] == expected
