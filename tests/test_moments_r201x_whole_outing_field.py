"""A recording or an outing filmed whole, named as one field with its length closing it, is the work's length (blind
round 201): a tram-ride page's "We rode at 1:15 pm on a weekday, full trip 1:02:40." and a walk-along's title "(our
full walk-along, 11:48)" tell how long the footage runs, as "; full recording 2:41:07" does. Where a thing is in the
full recording stays a position ("The walkout (full recording 1:12:40)")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a whole trip, ride or walk-along and its length": [
        ("<dl>\n<dt>0:00</dt><dd>Kennedy Town terminus</dd>\n<dt>6:40</dt><dd>Western Market</dd>\n</dl>\n"
         "<p>Fare HK$3.30 with Octopus. We rode at 1:15 pm on a weekday, full trip 1:02:40.</p>",
         [(0.0, None), (400.0, None)]),
        ("<p><b>Mangal Shobhajatra from Charukola</b> (our full walk-along, 11:48)</p>\n<ul>\n"
         "<li><strong>0:35</strong> &ndash; the owl mask comes out</li>\n</ul>", [(35.0, None)]),
        ("Bus 42 from Kotte to Fort, upper deck (my full ride, 38:20)\n0:00 Kotte junction\n4:15 Rajagiriya",
         [(0.0, None), (255.0, None)]),
        ("Chapters: 0:00 Start at the pier, 3:20 The lighthouse, 9:05 The cliffs; full walk 24:10.",
         [(0.0, None), (200.0, None), (545.0, None)]),
    ],
    "left alone": [
        ("The walkout (full recording 1:12:40) is the key moment.", [(4360.0, None)]),
        ("(our full walk-along) At 2:10 the drummers arrive.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_whole_outing_field(text, expected):
    assert found_spans(text) == expected
