"""Families of misses in whole documents that blind rounds 26, 27 and 28 (`tests/data/moments_genres_round26.jsonl`,
`..._round27.jsonl`, `..._round28.jsonl`) exposed, each with sentences written for the family (not the rounds' own)
and near-misses that must stay as they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    # a recording's own running clock (a transcript's margin, a tape counter, a player's timeline) counts from the
    # recording's start: its times are positions, named before or after them, whatever times of day the text tells
    "a recording's running clock named in prose": [
        ("The court tape's own counter, shown in the corner of the player, starts at 00:00:00 when the clerk "
         "presses record at 9.31am.", [(0.0, None)]),
        ("On the recording's running clock the interview stops at 00:41:10 and resumes at 00:44:00.",
         [(2470.0, None), (2640.0, None)]),
        ("The podcast's timer shows the ad break as 00:31:00 to 00:33:30.", [(1860.0, 2010.0)]),
        ("The show went off air at 11.00 and came back at 11.05; the transcript's clock marks the gap as 00:59:10 "
         "to 01:03:40.", [(3550.0, 3820.0)]),
        ("The tape counter read 00:18:22 when the witness stopped talking.", [(1102.0, None)]),
        ("Per the player’s elapsed-time counter, the alarm sounded at 1:12:05.", [(4325.0, None)]),
        ("THE TRANSCRIPT’S CLOCK READS 00:12:30 WHEN THE CALL DROPS.", [(750.0, None)]),
        # near-misses: a camera's, a dashcam's, a wall's or a match's clock, a transcript's time of day
        ("The dashcam's clock reads 21:14:05 as the van passes.", []),
        ("The camera's clock showed 06:41 when the door opened.", []),
        ("The hearing transcript says proceedings resumed at 14:05.", []),
        ("The match clock read 12:40 when the lights went out.", []),
        ("The recording's clock reads 03:12 AM when the fox appears.", []),
        ("The wall clock in the recording shows 10:15 when she leaves.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_twenty_seven_b_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


def test_a_hedged_time_on_a_recording_clock_stays_approximate() -> None:
    text = ("Roughly two minutes after the studio comes back, at around 00:52:40 on the transcript's clock, the "
            "minister hangs up.")
    assert found_hedged(text) == [(3160.0, None, True)]
