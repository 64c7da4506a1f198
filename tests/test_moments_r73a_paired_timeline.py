"""A timeline of the day's clocks, some lines giving the archive's own stamp (blind round 73, lists): "- 14:02 –
Heavy vehicles diverted\\n- 14:19 – First crack; on the camera archive this is at 00:17:10\\n- 14:21 – Deck sags;
archive 00:19:02". A line pairing a clock with the recording's position shows the run's opening clocks are the
day's, on its lines without a stamp too (above or below it); the stamp is a position even when said of the line's
event ("this is at 00:17:10"); and "The archive file starts at 14:01:50" is when the recording began. A chapter
list with no paired line keeps its positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "every opening clock of a paired run is the day's": [
        ("- 09:12 – Crowd gathers at the gate\n- 09:40 – Gate forced; livestream 00:28:15\n- 10:05 – Police arrive",
         [(1695.0, None)]),
        ("08:55 Doors open\n09:03 First speaker; on the webcast this is at 00:41:10\n09:30 Break",
         [(2470.0, None)]),
        ("* 16:10 – Water rising (resident's photo)\n* 16:25 – Car floats; feed 01:14:30\n"
         "* 16:31 – Rescue boat (feed 01:20:02 to 01:21:10)", [(4470.0, None), (4802.0, 4870.0)]),
    ],
    "a recording's start by the clock": [
        ("The archive file starts at 14:01:50, so subtract that.", []),
        ("The stream recording begins at 19:58:04 local time.", []),
    ],
    "chapter lists with no paired line keep their positions": [
        ("00:00 Intro\n02:15 The crack\n05:40 Collapse", [(0.0, None), (135.0, None), (340.0, None)]),
        ("- 1:02 – Deck sags\n- 1:40 – Collapse", [(62.0, None), (100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_paired_timeline(text, expected):
    assert found_spans(text) == expected
