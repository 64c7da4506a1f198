"""A run time of the same digits as a VOD stamp (blind round 85, a Discord speedrun chat): "the crash in the vod is
at 2:14:05" ... "your PB is 2:14:05 as well??" (a run time) ... "2:14:05 is just where the crash is on the stream"
... "can someone clip 2:14:05". Digits already placed as a position are not made a measure by a run time told
later, and a time said to be where something is in the footage is a position however much the run is talked of
before it (a category's time listed just before it included). A measure told first and restated stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a VOD stamp restated past a run time of the same digits": [
        ("[19:02] a: the crash in the vod is at 2:14:05, go look\n[19:03] b: lol your PB is 2:14:05 as well??\n"
         "[19:03] a: no PB is 1:58:40 RTA, 2:14:05 is just where the crash is on the stream\n"
         "[19:10] c: can someone clip 2:14:05 pls", [(8045.0, None)] * 3),
        ("The wrong warp is at 38:20 in yesterday's VOD. Funny, my old PB was 38:20 too. Anyway someone clip 38:20.",
         [(2300.0, None), (2300.0, None)]),
    ],
    "a time said to be where something is in the footage": [
        ("PB is 1:02:40 IGT; 1:12:30 is where the softlock happens on the vod.", [(4350.0, None)]),
        ("His WR is 41:05, and 47:10 is exactly where he resets in the stream.", [(2830.0, None)]),
    ],
    "look-alikes: a measure told first and restated": [
        ("New PB 41:12.3! LiveSplit says 41:12.3 but the upload is longer.", []),
        ("Her PB is 1:02:15. At 3:10 in the video she trips.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_run_time_beside_vod(text, expected):
    assert found_spans(text) == expected
