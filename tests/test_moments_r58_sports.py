"""Round 58, sports: a race's results and splits and a match's clock told beside a replay are no positions in it.
"Completed the 57 laps in 1:24:38.241", a finisher told with a country code ("2. A. Name (ETH)
2:06:12"), a split after a distance in brackets ("30 km (1:28:40)") or "halfway in" after other splits, a kick-off
that "had been" a clock, and "4:12 of added time". Near-misses: positions of the replay in the same texts."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

REPLAY = " The race replay is on the federation's channel; the finish is at 1:58:10 in the video."

FAMILIES = {
    "the laps of a race completed in a time": [
        ("Sakhir Grand Prix classification: winner S. Perez, 87 laps in 1:31:15.114." + REPLAY, [(7090.0, None)]),
        ("Hamilton completed the 52 laps in 1:26:33.927, with the fastest lap on lap 40." + REPLAY,
         [(7090.0, None)]),
        # near-miss: a position with hours, and one to the thousandth (a cue's, an edit's) stay
        ("The cue at 1:02:17.400 runs at 27 characters per second.", [(3737.4, None)]),
        ("The overtake is at 1:12:40 in the video.", [(4360.0, None)]),
    ],
    "a results line with country codes": [
        ("Women: 1. R. Chepngetich (KEN) 2:09:56; 2. S. Lokedi (KEN) 2:17:22." + REPLAY, [(7090.0, None)]),
        ("Men's 10,000m final: 1. J. Cheptegei (UGA) 26:43.14, 2. B. Aregawi (ETH) 26:43.44." + REPLAY,
         [(7090.0, None)]),
        # near-miss: a broadcaster's code in brackets with "at" keeps the position
        ("The Ineos Grenadiers broadcast (BBC) shows the crash at 12:04.", [(724.0, None)]),
    ],
    "splits after a distance in brackets, halfway after splits": [
        ("The group went through 5 km in 14:51, 10 km in 29:40 and halfway in 1:02:55, then dropped the pacers at "
         "25 km (1:14:02)." + REPLAY, [(7090.0, None)]),
        ("She ran the closing 10 km (31:05) alone." + REPLAY, [(7090.0, None)]),
        # near-miss: a position in brackets after words, not a distance
        ("The breakaway forms on the climb (see 34:10 in the video).", [(2050.0, None)]),
    ],
    "a match clock told beside the replay": [
        ("Kick-off had been 15:00 for the live TV broadcast, and the winner is at 1:31:20 in the replay.",
         [(5480.0, None)]),
        ("Deep in stoppage time, with 3:40 of added time gone, he scored; it's at 1:49:10 in the replay.",
         [(6550.0, None)]),
        ("The stadium clock read 71:04 on the match clock; in the replay the goal is at 1:20:30.", [(4830.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_eight_sports_families(text: str, expected: list[tuple[float, object]]) -> None:
    assert found_spans(text) == expected
