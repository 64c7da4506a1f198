"""Round 50: chapter lines as lecture and show notes write them. A lower-case title set apart as a column by two
spaces ("- 3:15  recap of last week") heads a chapter entry among lines opening with times, a hedged entry ("~0:00",
"approx 14:00") opens its line with a time as well; and a show's correction that a named host says something at a
time ("Correction: at 23:30 Tom says ...") places it in the show. Near-misses: a day plan's column of clocks, an
article's correction of a clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "lower-case column titles and hedged entries": [
        ("Rough timestamps:\n- 0:00  intro, no sound\n- 3:15  recap of last week\n- 9:40  proof of the theorem",
         [(0.0, None, False), (195.0, None, False), (580.0, None, False)]),
        ("Notes\n- ~0:00 – 2:10  board work only\n- 2:10  recap of last week\n- approx 13:00  the next morning's "
         "problem set\n- 25:30  questions",
         [(0.0, 130.0, True), (130.0, None, False), (780.0, None, True), (1530.0, None, False)]),
        ("Timestamps:\n0:00\tintro\n4:20\treview of yesterday's homework\n11:05\tthe main proof",
         [(0.0, None, False), (260.0, None, False), (665.0, None, False)]),
        # near-misses: a day plan's clocks in a column; a lone line
        ("Day plan:\n- 07:30  breakfast in the hall\n- 12:30  lunch on the terrace\n- 19:00  dinner", []),
        ("Schedule:\n- 09:00  registration opens on Monday morning\n- 10:30  keynote", []),
    ],
    "a show's correction of what a named host says": [
        ("Timestamps\n(0:00) Intro\n(12:40) The budget\n\nCorrection: at 12:40 Sam says the deficit fell. It rose.",
         [(0.0, None, False), (760.0, None, False), (760.0, None, False)]),
        ("Correction: at 31:05 Priya says the bridge opened in 1998. It opened in 1999.", [(1865.0, None, False)]),
        # near-misses: an article's corrections of clocks of the day
        ("Correction: at 11:00 Mayor Ruiz said the fair would open. It opens at 10:00.", []),
        ("Correction: An earlier version of this story said the fair opens at 11:00. It opens at 10:00.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_chapter_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
