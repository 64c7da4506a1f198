"""Chapters on one line, set apart by bars (blind round 163, a cello lesson): "Cello lesson 6 timestamps: 0:00
warm-up | 3:10 scales in D | 7:45 the Prelude (BWV 1007) | 14:20 your questions." The entry's title "scales" read as
a ratio's scale ("a 1:25 scale model"); a time opening an item after a bar, the item before it opened by a time too,
opens an entry as a time opening its line does. A ratio with no entry before it stays a ratio."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time after a bar, following a timed item, opens an entry": [
        ("Cello lesson 6 timestamps: 0:00 warm-up | 3:10 scales in D | 7:45 the Prelude (BWV 1007) | 14:20 your "
         "questions. Tuned to A=442 this week, sorry Gwen!",
         [(0.0, None), (190.0, None), (465.0, None), (860.0, None)]),
        ("Timestamps: 0:00 intro | 2:40 mix of flours | 6:05 shaping | 9:12 the bake",
         [(0.0, None), (160.0, None), (365.0, None), (552.0, None)]),
        ("Guitar lesson 3: 0:00 tuning | 1:50 blend of both pickups | 5:30 solo", [(0.0, None), (110.0, None),
                                                                                 (330.0, None)]),
        ("Sections: 0:00 Intro | 4:20 scales and arpeggios | 8:00 Q&A", [(0.0, None), (260.0, None), (480.0, None)]),
    ],
    "a ratio with no timed item before it stays one": [
        ("Sand | 3:1 mix with cement for the base.", []),
        ("We use a 1:2 ratio | 3:1 mix for the topcoat.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_inline_chapters(text, expected):
    assert found_spans(text) == expected
