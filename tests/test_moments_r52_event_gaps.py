"""A gap counted from an event that the gap itself names first (round 52, `tests/data/moments_genres_round52.jsonl`):
"It's at 22:10 on the replay; the whistle is heard about two seconds before the ball crosses the line" counts from
the ball crossing, which the text never placed (the round's Decisions: offsets from an event are nothing), even when
a position stands earlier in the same sentence. Sentences written for the family, with look-alikes that must stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a gap from an event named only by the gap": [
        ("The save is at 14:05 on the replay; the keeper moves about a second before the striker shoots.",
         [(845.0, None)]),
        ("It's at 3:10 in the clip, and the horn sounds roughly four seconds after the barrier lifts.",
         [(190.0, None)]),
        # look-alikes: the event named before the gap (by the moment's own words), and a plain "later"
        ("The first shot is at 0:58; twenty seconds after the first shot, the crowd runs.",
         [(58.0, None), (78.0, None)]),
        ("The barrier lifts at 3:10 in the clip, and the horn sounds four seconds after the barrier lifts.",
         [(190.0, None), (194.0, None)]),
        # an event named as a noun, not a clause: the gap counts from the moment before (round 38)
        ("At 4:02 the band stops, and three seconds after the cheer the lights go out.",
         [(242.0, None), (245.0, None)]),
        ("The save is at 14:05 on the replay; ten seconds later the striker shoots again.",
         [(845.0, None), (855.0, None)]),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_a_gap_from_an_unplaced_event(text, expected):
    assert found_spans(text) == expected
