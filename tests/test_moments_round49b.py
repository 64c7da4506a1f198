"""Families of misses that blind round 49 (`tests/data/moments_genres_round49.jsonl`) exposed in lengths, ranges and
the forms that need a length: a stated length read as a position, a range cut to a point, an end form or a fraction
counted from the wrong length. Each family has sentences written for it (not the round's own) and near-misses that
must stay as they are (the round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # the work, then its length in brackets with a note after it or said as what it is ("(it's 4 min 10 s)"): a
    # length, never a position, and the one an end form counts from
    "a length in brackets with a note": [
        ("The drone video (2 min 14 s, shot at dawn by a resident) shows the bridge. The final 20 seconds show the "
         "ferry.", [(114.0, 134.0, False)]),
        ("Watch the released dashcam (it's 4 min 10 s): the last 30 seconds are the crash.",
         [(220.0, 250.0, False)]),
        ("The footage of the parade (it’s 6 min 5 s) shows the float tipping at 3:12.", [(192.0, None, False)]),
        ("Key moments in the council recording (it runs 12 min 30 s):\n- 2:10 the vote\n- final 45 s — the walkout",
         [(130.0, None, False), (705.0, 750.0, False)]),
        # near-misses: a bracketed timecode cites a position; "at" in the brackets places one
        ("In the video (0:45) he falls off the ladder.", [(45.0, None, False)]),
        ("The clip (at 1 min 5 s the dog jumps) is short.", [(65.0, None, False)]),
        ("Agenda:\n- final vote\n- last 5 minutes of debate", []),
    ],
    # "is" cut to "'s" on the work's noun, "only", "runtime is", "the total ride is": the work's length
    "a length said with 's, only or total": [
        ("This clip's only three minutes, so watch the last 20 seconds.", [(160.0, 180.0, False)]),
        ("Vid's just 90 seconds long; the final ten seconds are the splash.", [(80.0, 90.0, False)]),
        ("The episode runtime is 42:30, and the last five minutes are the twist.", [(2250.0, 2550.0, False)]),
        ("The total ride is 1 h 20 min, and the last 15 minutes are the descent.", [(3900.0, 4800.0, False)]),
        # near-misses: a position said into the work; a delay's or a journey's total is no work's length
        ("The video's 3 minutes in when the dog barks.", [(180.0, None, False)]),
        ("The total delay was 40 minutes, and in the last 10 minutes of the video the train arrives.", []),
        ("total journey was 24h 15m, and the last 30 minutes of the video show landing.", []),
    ],
    # a fraction of a work that states its own length ("halfway into the 96-minute documentary"): that length, not
    # another work's stated before it
    "a fraction of a work with its own length": [
        ("The trailer runs 2:30. About halfway into the 96-minute documentary the whale surfaces.",
         [(2880.0, None, True)]),
        ("The bodycam is 9 minutes long. Roughly halfway through the 4-minute phone video, the door opens.",
         [(120.0, None, True)]),
        ("Two cuts: the 60-minute one and the 90-minute one. A quarter of the way into the 90-minute cut, it rains.",
         [(1350.0, None, True)]),
        # near-miss: with no length of its own the fraction counts from the stated one
        ("The film runs 100 minutes. Halfway through the film the twist lands.", [(3000.0, None, True)]),
    ],
    # a work's length after its year in brackets ("(1995, 170 min)") is read whole, not cut to "70 min"
    "a work's year and length in brackets": [
        ("*Heatwave* (1998, 140 min) — halfway through the film the city blacks out.", [(4200.0, None, True)]),
        ("*Dust* (2004, 95 min): the storm, 1:02:10.", [(3730.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_nine_b_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
