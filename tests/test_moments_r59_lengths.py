"""Round 59, end forms counted against the wrong length: the work's runtime told as its bare noun's ("The upload
runs 1:30:00" for "the last five minutes of the upload", when another work's length was told nearer); a runtime
told up to where the recording was stopped ("ran for 6 hours and 10 minutes before it was cut"); "It runs to" a
length; and the end form's own unit, which is no length of a work ("the final half-hour of the stream").
Near-misses: a bare noun said with two lengths names neither; a part running to a time ends there."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bare noun's runtime": [
        ("The upload runs 1:30:00 and has been watched 20,000 times. The fans still prefer a 6-minute phone clip. "
         "In the last five minutes of the upload the crowd leaves.", [(5100.0, 5400.0)]),
        ("The livestream, which ran for 2 hours and 15 minutes, is still online. Someone cut a 4-minute highlights "
         "reel from it. In the final ten minutes of the livestream the mayor speaks.", [(7500.0, 8100.0)]),
        # near-miss: the noun is said with two lengths, so the nearest one counts, as before
        ("The clip runs 4 minutes. Another clip runs 9 minutes. In the last 20 seconds of the clip the van brakes.",
         [(520.0, 540.0)]),
    ],
    "a runtime up to where the recording was stopped": [
        ("The stream, which ran for 6 hours and 10 minutes before it was cut, was archived by volunteers. In the "
         "final hour of the stream the results come in.", [(18600.0, 22200.0)]),
        ("The webcast ran for 95 minutes before it was switched off. Its last ten minutes are silent.",
         [(5100.0, 5700.0)]),
    ],
    "it runs to a length": [
        ("The council has put the webcast online. It runs to 3 hours 20 minutes, and the final 15 minutes cover the "
         "budget.", [(11100.0, 12000.0)]),
        # near-misses: a part running to a time ends there; pages are no length
        ("The sequence runs to 7:55.", [(475.0, None)]),
        ("It runs to 40 pages, and the final 10 minutes of the video are missing.", []),
    ],
    "the end form's own unit is no length": [
        ("In the final half-hour of the broadcast, the winner speaks. The broadcast ran 3 hours in all.",
         [(9000.0, 10800.0)]),
        ("The broadcast is on the Player. In the final half-hour of the broadcast, the winner speaks.", []),
        # near-miss: a half-hour work is still one
        ("The half-hour BBC Scotland documentary ends at sunset; in the final minute the loch freezes.",
         [(1740.0, 1800.0)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_nine_length_families(text: str, expected: list[tuple[float, object]]) -> None:
    assert found_spans(text) == expected
