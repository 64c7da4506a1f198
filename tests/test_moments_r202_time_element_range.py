"""A range written across two HTML time elements (blind round 202, a carnival guide: "<time
datetime="PT2H14M00S">2:14:00</time>&ndash;<time datetime="PT2H31M40S">2:31:40</time> &ndash; Soualiga Revellers"):
the elements' tags sit between the ends and the dash, as a link's do, so the two ends are one range. A time element
alone, and two elements each with its own line, stay points."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range across time elements": [
        ('<li><time datetime="PT2H14M00S">2:14:00</time>&ndash;<time datetime="PT2H31M40S">2:31:40</time> &ndash; '
         'Soualiga Revellers, the whole troupe</li>', [(8040.0, 9100.0)]),
        ('<p>In the video, from <time datetime="PT12M05S">12:05</time> to <time datetime="PT15M40S">15:40</time> '
         'the steel band plays.</p>', [(725.0, 940.0)]),
        ('<li><time>0:41</time>–<time>1:05</time> the float turns the corner</li>', [(41.0, 65.0)]),
        ('<p>Watch <time datetime="PT1H02M10S">1:02:10</time> - <time datetime="PT1H04M00S">1:04:00</time> for the '
         'queen.</p>', [(3730.0, 3840.0)]),
    ],
    "points stay points": [
        ('<li><time datetime="PT0H18M30S">0:18:30</time> &ndash; Kings of Jouvert troupe passes Front Street</li>\n'
         '<li><time datetime="PT0H52M05S">0:52:05</time> &ndash; Carnival Queen on her float</li>',
         [(1110.0, None), (3125.0, None)]),
        ('<p>Stream posted <time datetime="2025-05-01T21:30-04:00">1 May, 9:30&nbsp;pm</time>.</p>', []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_element_range(text, expected):
    assert found_spans(text) == expected
