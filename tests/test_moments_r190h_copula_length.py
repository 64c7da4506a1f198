"""A clip's length told with the copula of Ghanaian Pidgin or Tagalog (blind round 190): "The clip be 2:30 and it
was taken around 4 o'clock", "Replay ay 2:14:50 lahat." state the work's length as Nigerian Pidgin's "na" and
Swahili's "ni" do, so the timecode is no position. "be" after a modal with "in" after it ("will be 2:30 in") is a
place in the work, and a copula of no work names no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's texts": [
        ("Chale, this Kejetia video dey go round since Saturday. Around 0:50 the trotro mate jumps down. From 1:12 to "
         "1:26 the whole crowd is pushing towards the drain. The clip be 2:30 and it was taken around 4 o'clock.",
         [(50.0, None), (72.0, 86.0)]),
        ("Grabe yung endgame ng Ginebra vs San Miguel kagabi. Sa 1:48:22 ng replay sa YouTube, yung flagrant foul kay "
         "Reyes na hindi tinawag. Replay ay 2:14:50 lahat.", [(6502.0, None)]),
    ],
    "fresh lengths told with be or ay": [
        ("Charley, di video be 3:45 and at 1:10 di police arrive.", [(70.0, None)]),
        ("The recording be 1:02:30, from 0:45 you go see the chairman talking.", [(45.0, None)]),
        ("Yung video ay 4:20 lang. Sa 2:05 makikita mo yung aksidente.", [(125.0, None)]),
        ("Ang livestream ay 1:30:00 lahat. Sa 45:10 nagsimula ang sayaw.", [(2710.0, None)]),
    ],
    "no length: a place in the work, no work": [
        ("The clip will be 2:30 in when he falls, watch am.", [(150.0, None)]),
        ("Di video be 2:30 in, na there Kotoko score.", [(150.0, None)]),
        ("Ang pasok ay 7:30 ng umaga.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_copula_length(text, expected):
    assert found_spans(text) == expected
