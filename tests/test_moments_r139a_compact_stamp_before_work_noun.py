"""A compact stamp opening a line of a stamped list, its title opening with a work's noun (blind round 139): '0h38m
Sermon: "Strength for the Journey" — Rev. Kofi Asante-Mensah' under '0h31m Reading: ...'. "0h38m Sermon" reads
like "a 38-minute sermon", a length before its noun; but in a list whose lines open with stamps it is where the
sermon starts, as '38:00 Sermon' already is. The same compact length inside prose before a work's noun stays that
work's length, and so does one opening a line among colon stamps ('6h30m oven-braised version linked in the
notes' between '2:40 ...' and '9:15 ...'): only a list of compact stamps reads it as one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a compact stamp opening a list line is the entry's start, whatever its noun": [
        ("Episode guide\n0h00m Cold open\n0h12m Interview: Dr Mara Quist on tidal power\n0h51m Listener mail",
         [(0.0, None), (720.0, None), (3060.0, None)]),
        ("00m00s Intro\n03m15s Lecture on soil pH\n21m40s Questions", [(0.0, None), (195.0, None), (1300.0, None)]),
        ("1h05m Welcome back\n1h09m Homily by Fr Tom Byrne\n1h31m Closing hymn",
         [(3900.0, None), (4140.0, None), (5460.0, None)]),
    ],
    "a compact length before a work's noun in prose stays a length": [
        ("Watch the 1h20m interview with the coach on our channel.", []),
        ("Our picks this week: a 0h45m lecture on bees and a 12m30s talk on moths.", []),
        ("0:00 Intro\n2:40 Searing the lamb\n6h30m oven-braised version linked in the notes\n9:15 Resting",
         [(0.0, None), (160.0, None), (555.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_compact_stamp_before_work_noun(text, expected):
    assert found_spans(text) == expected
