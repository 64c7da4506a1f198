"""An HTML "<time>" element with no duration in it (blind round 110): a festival table's "<td><time>14:30</time></td>"
under an "On" column. The family: HTML's "<time>" holding a valid time of the day (two-digit hour, no "datetime" or
one holding a clock) marks that time of the day, not a place in footage. A "<time>" whose datetime is a duration
("PT6M05S") or whose text is no valid day time ("6:05") is left to the words, as is one in a sentence naming the
footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time element's day time is no position": [
        ("<table><tr><th>Room</th><th>Talk</th><th>Time</th></tr><tr><td>Hall B</td><td>Soil health</td>"
         "<td><time>09:45</time></td></tr><tr><td>Hall A</td><td>Seed banks</td><td><time>13:20</time></td></tr>"
         "</table>", []),
        ('<ul><li><time>07:30</time> Doors</li><li><time datetime="20:15">20:15</time> Headliner</li></ul>', []),
        ("<p>Prize-giving starts <time>17:40</time> in the marquee.</p>", []),
    ],
    "a duration's time element, a one-digit hour, or a sentence naming the footage stay positions": [
        ('<p>The demo is at <time datetime="PT6M05S">06:05</time>.</p>', [(365.0, None)]),
        ("<p>The demo is at <time>6:05</time>.</p>", [(365.0, None)]),
        ("<p>The glaze goes on at <time>09:20</time> in the video.</p>", [(560.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_element(text, expected):
    assert found_spans(text) == expected
