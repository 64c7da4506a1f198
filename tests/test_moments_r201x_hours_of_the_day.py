"""A whole number of hours told with its part of the day is the day's clock, as Zambian and French-influenced
Englishes say it (blind round 201): "Our drone crew was on the flood plain from 6 hours in the morning" is 06:00, no
offset of six hours into the Kuomboka video; so are "at 18 hours that evening" and "by 7 hours this morning". Hours
"in" a recording's part named by a part of the day ("the evening session") stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "hours told with the part of the day": [
        ("Mwapona mukwai! Our drone crew was on the flood plain from 6 hours in the morning, so forgive the shaky "
         "first bits. At 1:48 the maoma drums start.", [(108.0, None)]),
        ("The guards changed at 18 hours that evening; the CCTV shows it at 0:42.", [(42.0, None)]),
        ("We were at the harbour by 7 hours this morning and the video starts at 0:15 with the barge.",
         [(15.0, None)]),
        ("Filming began at 5 hours in the afternoon, when the light was soft.", []),
        ("The drone crew is on the plain from 6 hours in the morning; the video starts at 0:20 with the barge.",
         [(20.0, None)]),
        ("We go live at 9 hours in the morning, see you there.", []),
        ("Our crew was at the lake at 5 hours in the evening, so the light is low.", []),
    ],
    "left alone": [
        ("The stream crashed at 2 hours in the evening session.", [(7200.0, None)]),
        ("Skip to 1 hour in the morning show, the interview.", [(3600.0, None)]),
        ("At 3 hours the crowd is still singing.", [(10800.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hours_of_the_day(text, expected):
    assert found_spans(text) == expected
