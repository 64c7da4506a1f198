"""A ranked list of works, each entry's fields a view count, then a bare time (blind round 113): "1. *Dust Empire* —
212M views, 2:34", "2. *Paper Moon Returns* — 181M, 1:58". Beside a view count, as an entry's metadata, the time is
the work's length, as a site's card shows it (views · length), no place in it. A time told with a position's words
in the same kind of entry ("212M views, best bit at 2:34") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bare time after a view count is the work's length": [
        ("Top music videos on the channel\n\n1. “Midnight Jeepney” — 41.2M views, 3:48\n2. “Salt Road” — 19M, 4:05\n"
         "3. “Kite Day” — 880K views, 2:57.", []),
        ("Most-played clips this month:\n- Goalkeeper dance – 3.4M plays, 0:42\n- Ref mic'd up – 1.1M plays, 6:10",
         []),
    ],
    "a position in the same kind of entry stays one": [
        ("Top music videos\n\n1. “Midnight Jeepney” — 41.2M views, the chorus drop at 2:34\n2. “Salt Road” — 19M, "
         "watch from 1:10", [(154.0, None), (70.0, None)]),
        ("Goals of the season, one compilation:\n1. Okafor's volley (67'), 4:35\n2. Diaz's free kick, 7:02",
         [(275.0, None), (422.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_view_count_length(text, expected):
    assert found_spans(text) == expected
