"""Round 59, court reports: an exhibit is the footage. A position said of an exhibit by its label ("played Exhibit 9
at 00:02:40", "asked for Exhibit KT/2 to be played from 00:01:05", "At 4:10 on Exhibit 7") is a position however
the report's past tense reads; a live blog's entry stamp ("10:41 a.m. — ...") heads no chapter list, so a range in
the entry stays; a clock read in the picture at a position ("At 1:05, when the camera's clock reads 11:02 p.m.")
neither makes the sentence a world time's nor stops "Three seconds earlier" counting from the position.
Near-misses: court session times beside exhibits, a road named Exhibition, a clock read in a sentence of the world."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a position said of an exhibit by its label": [
        ("Counsel played Exhibit 9 at 00:02:40, and the witness agreed the door was open.", [(160.0, None, False)]),
        ("The court heard that the prosecutor asked for Exhibit RB/7 to be played from 00:01:50, where the car "
         "mounted the kerb.", [(110.0, None, False)]),
        ("The defence said that at 00:04:20 in Exhibit D-3 the car had already stopped.", [(260.0, None, False)]),
        ("The officer agreed that at 2:45 on Exhibit 4 he was heard swearing.", [(165.0, None, False)]),
        ("Officers replayed Exhibit P12 from 2:05 to 2:40 for the jury.", [(125.0, 160.0, False)]),
        # near-misses: session times beside exhibits, a road's name, a day after the time
        ("The exhibits were handed in at 10:15 and court rose at 12:55.", []),
        ("Court resumed at 2:15 after Exhibit 9 was admitted.", []),
        ("The museum opened at 10:30 on Exhibition Road.", []),
        ("The judge left at 4:10 on Friday, and Exhibit 3 was sealed.", []),
    ],
    "a live blog's entry stamp heads no chapter list": [
        ("9:15 a.m. — Jurors watched the dashcam clip from 0:45 to 1:10.\n\n9:50 a.m. — The witness returned to the "
         "stand.", [(45.0, 70.0, False)]),
        ("2:05 p.m. — The defence replayed the video from 3:10 to 3:25.\n2:40 p.m. — Court adjourned.",
         [(190.0, 205.0, False)]),
        # near-miss: a day's programme stays times of day
        ("9:00 a.m. — Doors open\n10:30 a.m. — Keynote from 10:30 to 11:15\n11:30 a.m. — Lunch", []),
    ],
    "a clock read in the picture at a position": [
        ("The clip was played from 0:40 to 1:30. At 1:05, when the camera's clock reads 11:02 p.m., a man runs "
         "past. Three seconds earlier, a light comes on.", [(40.0, 90.0, False), (65.0, None, False),
                                                             (62.0, None, False)]),
        # near-misses: the clock read in a sentence of the world
        ("The march set off at 9:30, when the town hall clock read 9:30. Ten minutes later it reached the square.",
         []),
        ("The shop opened at 9:00 and the wall clock read 9:05 p.m. when it closed. Five minutes later the lights "
         "went out.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_nine_court_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
