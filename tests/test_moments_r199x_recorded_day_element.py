"""A page's paragraph opening with when its recording was made, the day in an HTML element (blind round 199):
'<p>Recorded <time datetime="2026-01-22">22 January 2026</time>, 10:00&ndash;12:00 in Lecture Theatre 2' tells the
session's hours, as "Recorded 22 January 2026, 10:00–12:00 in Lecture Theatre 2" already did; the page's own stamps
stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a recording's day in an element, then its hours": [
        ('<article><h1>GEO 312: Flood hazards (recorded lecture)</h1><p>Recorded <time datetime="2026-01-22">22 '
         "January 2026</time>, 10:00&ndash;12:00 in Lecture Theatre 2, Makurdi.</p><ul><li><time>0:07:45</time> "
         "The 2012 flood</li></ul>", [(465.0, None)]),
        ("<li>Filmed <time>3 March</time>, 14:00 at the hall</li>", []),
        ('<p>Recorded on <time datetime="2026-03-03">Tue 3 March</time> from 09:05 to 10:50.</p><p>At 0:45 the '
         "lecturer drops the chalk.</p>", [(45.0, None)]),
    ],
    "left alone": [
        ("<p>Recorded 3 March. At <time>0:45</time> the lecturer drops the chalk.</p>", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recorded_day_element(text, expected):
    assert found_spans(text) == expected
