"""A piece of land named by its number is no story's plot (blind round 201): a Lusaka notice to "neighbours of Plot
14 to 30" walking through its CCTV clip ("At 0.48 you can see the man jumping the wall") reads its dotted points as
positions, as it would without the plot; a plot's heading ("Plot: ...\\nAt 6:40 the bus leaves") still sets a story's
time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a numbered plot of land": [
        ("Muli shani, neighbours of Plot 14 to 30, Kabulonga road. The CCTV from Mr Banda's gate is now on the "
         "WhatsApp group. At 0.48 you can see the man jumping the wall at the back.", [(48.0, None)]),
        ("To the owners of plot no. 7 and 9: the video from the gate camera is on the group. At 0.35 you can see "
         "the lorry reversing into the drain.", [(35.0, None)]),
        ("Residents of Plot #22, Kisementi: the CCTV clip is in the chat. At 0:41 the man climbs the fence.",
         [(41.0, None)]),
        ("The gate video from Plot number 3 is up. At 0.52 the dog chases the thief off.", [(52.0, None)]),
    ],
    "left alone": [
        ("Plot\nAt 6:40 the bus leaves without her; by 9:15 she has walked to the coast.", []),
        ("Plot: a widow in Ndola loses her stall.\nAt 6:40 the bus leaves without her.", []),
        ("The story takes place over one night in Kitwe. At 6:40 the bus leaves without her.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_land_plot(text, expected):
    assert found_spans(text) == expected
