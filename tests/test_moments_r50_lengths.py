"""Round 50: lengths told and not told. A part of the footage that "runs to" a timecode ends at that position ("The
sequence runs to 7:55", a point, as the spec's "until 3:15"), where a whole work's "runs to 1:42:10" stays its length;
and a length said as "N of <kind of> footage" ("11 minutes and 40 seconds of usable footage") is the length the end
forms and fractions count from."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a part of the footage runs to a position": [
        ("At 2:05 the tanks roll in. The sequence runs to 3:40 without a cut.",
         [(125.0, None, False), (220.0, None, False)]),
        ("The storm scene runs to 48:10, and it is the best thing in the film.", [(2890.0, None, False)]),
        ("From the ridge, the shot ran to 1:12:30 before the battery died.", [(4350.0, None, False)]),
        # near-misses: a whole work's length; a part's length in words
        ("The film runs to 1:42:10. In the final minute the ship sinks.", [(6070.0, 6130.0, False)]),
        ("The scene runs to 4 minutes. At 1:10 a dog barks.", [(70.0, None, False)]),
    ],
    "a length of a kind of footage": [
        ("The tape holds 40 minutes of raw footage. In the final minute a dog barks.", [(2340.0, 2400.0, False)]),
        ("We were sent 6 minutes of unedited video. Halfway through, the lights go out.", [(180.0, None, True)]),
        ("The reel has 11 minutes and 40 seconds of usable film; the last 20 seconds are blank.",
         [(680.0, 700.0, False)]),
        # near-misses: "of the footage" is a stretch of it, not its length; a length of other work
        ("In the last 10 seconds of the footage a dog barks.", []),
        ("It took 6 hours of hard work. Halfway through, the lights go out.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_length_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected


WHOLE_IN_WORDS = [
    ("I watched the archive recording, all six hours and twelve minutes of it. In the final two minutes the floor "
     "manager counts down.", [(22200.0, 22320.0, False)]),
    ("We sat through all 40 minutes of the webcast; halfway through, the feed froze.", [(1200.0, None, True)]),
    ("I sat through all 1:04:10 of the stream. In the final minute it cuts out.", [(3790.0, 3850.0, False)]),
    # near-miss: the whole of a match is its play, not a work's length
    ("He played all 90 minutes of the match. In the final minute he scored.", []),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_IN_WORDS)
def test_the_whole_work_said_in_words_is_its_length(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
