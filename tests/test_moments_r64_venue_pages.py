"""A venue's page around its listings (blind round 64's cinema page): a film named by its kind and title with its
length in brackets ("our members' film <em>Kilmore Quay at Dawn</em> (3:12)"), a service's clock in brackets after
where it goes ("the last 7B bus to Wexford (22:40)"), an event said to run past a clock after a start in the day's
words ("starts at 9 p.m. and runs past 10:45"). The same forms said of footage stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a titled work's length after its kind": [
        ("<p>The programme closes with the animated short <em>Paper Harbour</em> (7:45), made by local pupils.</p>",
         []),
        ("Last spring's best-attended film, The Wind That Shakes the Barley (2:07), returns in May.", []),
        ("The closing song “Hold the Line” (4:05) plays over the credits.", []),
        ("The documentary *Low Tide at Ballyteige* (52:10) screens first.", []),
    ],
    "a service's clock in brackets": [
        ("After the late show the last 40 bus to Enniscorthy (23:05) will have left.", []),
        ("Take the shuttle from Rosslare (22:50) back to the car park.", []),
    ],
    "running past a clock after a start in the day's words": [
        ("The quiz night starts at 8&nbsp;p.m. and runs past 10:30, so book a taxi.", []),
        ("The ceilidh begins at 9pm and goes on until 12:30.", []),
    ],
    "near misses: positions in footage": [
        ("In the film Sarah shot (2:10) the wave hits the wall.", [(130.0, None)]),
        ("In the documentary the diver surfaces (12:40) and waves.", [(760.0, None)]),
        ("In the video the bus to Wexford (0:45) pulls out as she runs.", [(45.0, None)]),
        ("The clip shows the fall at 0:45 and runs past 1:10 before cutting.", [(45.0, None), (70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_venue_page_keeps_lengths_and_clocks_out(text, expected):
    assert found_spans(text) == expected
