"""Race results told in the shapes a multisport or a fight report uses (blind round 121, sports): "Womens winner
Sophie Rangi in 4:05:12 (swim 26:41, T1 2:02, bike 2:18:40, run 1:15:33). Men: Harlow 3:49:58. ... the age-group
course record fell by 0:41" lists finishing times, legs and a margin; "Fight time 20:41." is a bout's length; "The
half-marathon winner crossed at 1:04:22" is her time. None is a position. A winner named with a colon, a leg's
time inside a footage walk-through, and a record broken at a position in the broadcast stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's results": [
        ("Womens winner Sophie Rangi in 4:05:12 (swim 26:41, T1 2:02, bike 2:18:40, run 1:15:33). Men: Harlow "
         "3:49:58. Fastest run split of the day was Harlow's 1:09:50, and the age-group course record fell by 0:41.",
         []),
        ("Boxing: Mensah stops Duarte. Fight time 20:41. The full fight replay: the first knockdown is at 38:25 "
         "of the replay.", [(2305.0, None)]),
        ("In the live telecast, the break happens at 1:26:10. The half-marathon winner crossed at 1:04:22.",
         [(5170.0, None)]),
    ],
    "fresh results in the same shapes": [
        ("Duathlon, Stellenbosch: men's winner Pieter Botha in 1:58:12 (run 31:05, T1 0:52, bike 1:10:40, T2 "
         "0:41, run 15:02).", []),
        ("Juniors: Aroha Tane 1:12:40. Women: Mereana Walker 1:08:55.", []),
        ("Bout time 9:14 after a second-round stoppage.", []),
        ("The 10K champion crossed the line at 29:41, well clear.", []),
        ("The women's course record dropped by 1:12 this year.", []),
    ],
    "positions beside results stay positions": [
        ("In the race video the swim exit is at 26:41 and the bike mount at 28:10.", [(1601.0, None), (1690.0, None)]),
        ("Winner: Sophie Rangi. Her finish is at 2:10:05 of the stream.", [(7805.0, None)]),
        ("The highlights are worth it: the leaders cross the bridge at 4:12 and the bike leg starts at 9:30.",
         [(252.0, None), (570.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_multisport_results(text, expected):
    assert found_spans(text) == expected
