"""A journey's stops told by their clocks (blind round 30): in a travel piece on a night train, "Udine at 7:14, Treviso
at 8:21. The train was running 17 minutes late by then" lists when the train reached two towns. A sentence made only
of places each "at" a clock, a service named in its paragraph and no footage there, is a timetable, whatever video
the writer filmed elsewhere on the page. Names at clocks in a paragraph about footage ("Goals in the highlights: Kane
at 2:10, Saka at 5:40"), or with no service named, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("I filmed a three-minute video of the sunrise over the Julian Alps on my phone.\n\nUdine at 7:14, Treviso "
         "at 8:21. The train was running 17 minutes late by then, which the attendant described as \"basically on "
         "time for this line\".", []),
    ],
    "places each at a clock, a service named: a timetable": [
        ("The bus calls at Ennis at 9:05, Gort at 9:40 and Galway at 10:25.", []),
        ("We boarded the sleeper at Euston.\n\nCrewe at 23:58, Preston at 1:05, then Carlisle at 2:20. The train "
         "barely stopped anywhere.", []),
        ("The coach was full. Bendigo at 6:15; Echuca at 7:40.\n\nMy vlog of the day is linked below. At 1:12 in "
         "the vlog you can see the river.", [(72.0, None)]),
    ],
    "in a paragraph about footage, or no service named: positions": [
        ("Goals in the highlights: Kane at 2:10, Saka at 5:40.", [(130.0, None), (340.0, None)]),
        ("Kane at 2:10, Saka at 5:40. The train to Wembley was packed, but the video is worth it.",
         [(130.0, None), (340.0, None)]),
        ("The ferry left late.\n\nMallaig at 6:40, Armadale at 7:25, then Kyle at 9:10. My phone video of the "
         "crossing is on YouTube.", [(400.0, None), (445.0, None), (550.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stops_listed(text, expected):
    assert found_spans(text) == expected
