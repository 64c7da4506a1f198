"""Dotted minutes and seconds in a clip the reader is told to see, with a Singlish particle after (blind round 128):
"That 54-shot rally ah, in the BWF clip you see it around 1.05 lor, then the smash at 1.58." The family: a dotted
time is said to be in the footage when the footage opens its clause and the reader is told to see something there
("in the replay you can see the let at 0.48"), as "In the clip, at 1.48" already is; and a discourse particle after
it ("lor", "lah", "leh") is no verb making it a subject. A dotted clock of the day stays nothing, in a clip or not
("Makan at 7.30 lah"; "you see the crowd at 7.30 pm")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted time in a clip the reader is told to see is a position": [
        ("Wah the final, in the highlights you see the net cord at 2.10 lah, very suay.", [(130.0, None)]),
        ("In the Astro Arena replay you can spot Lee's dive around 0.48 leh, then the winner at 1.12.",
         [(48.0, None), (72.0, None)]),
        ("Bro in the YouTube clip we see the umpire at 3.05, check it.", [(185.0, None)]),
    ],
    "counter-cases: a dotted clock of the day stays nothing": [
        ("Makan at 7.30 lah, then we watch the match together.", []),
        ("In the highlights you see the crowd queueing at 7.30 pm outside.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_seen_in_clip_dotted(text, expected):
    assert found_spans(text) == expected
