"""Clock times coordinated by an ampersand as pasted HTML writes it (blind round 56): a cinema listing's cell "Fri
19:30, Sat 14:00 &amp; 20:15" set the first two aside as showtimes and kept "20:15" as a position, since the
coordination that shares a time of day's verdict with the clock after it knew "&" and "and" but not "&amp;" (nor
"&#38;"). The entity is the same conjunction; times said into footage stay positions either side of it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "showtimes coordinated by an escaped ampersand": [
        ("<table><tr><th>Film</th><th>Runtime</th><th>Showings</th></tr>\n"
         '<tr><td>The Quiet Shore (12A)</td><td>1:42:00</td><td><time datetime="2026-01-09T19:30">Fri 19:30</time>, '
         "Sat 14:00 &amp; 20:15</td></tr></table>", []),
        ("<p>Matinees Sun 11:00 &amp; 15:30 at the Plaza; the evening show is at 19:45.</p>", []),
        ("<li>Swim sessions: Mon 06:30 &#38; 12:15, Wed 18:00</li>", []),
        ("<p>The café opens at 08:00 &amp; closes at 17:30 on weekdays.</p>", []),
        ("<td>Ferry departs 07:40 &amp; 16:10</td>", []),
    ],
    "positions coordinated the same way stay positions": [
        ("<p>The two best saves come at 1:20 &amp; 2:40 in the highlights video.</p>", [(80.0, None), (160.0, None)]),
        ("<p>Watch from 0:45 &amp; again at 3:10 of the clip.</p>", [(45.0, None), (190.0, None)]),
        ("<p>In the recording the chair speaks at 12:05 &amp; 14:30.</p>", [(725.0, None), (870.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_html_ampersand(text, expected):
    assert found_spans(text) == expected
