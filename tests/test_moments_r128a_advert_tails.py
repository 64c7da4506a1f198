"""The last or first seconds of an advert whose length is said with it (blind round 128): "The last 5 seconds of the
60-second spot are the punchline." An advert is a film of its own, as a trailer is: its tail counts back from its own
length (55-60). The end forms read "of the spot" as another event's span and found nothing. An advert's break, slot or
buy is no film, and a bare "of ads" (what a video holds before its content) is read as before; a tail longer than the
advert is nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the tail of an advert with its own length is a range": [
        ("Best of the cup final ads:\n\n1. Kopje Bakery, 40 s. The final 8 seconds of the 40-second spot are the gag.",
         [(32.0, 40.0)]),
        ("Our favourite this year is the lorry one. In the last 6 seconds of the 30-second advert the driver winks.",
         [(24.0, 30.0)]),
        ("The 90-second commercial is slow, but the first 15 seconds of the 90-second commercial are lovely.",
         [(0.0, 15.0)]),
    ],
    "counter-cases: ad breaks, ads a video holds and a tail past its length": [
        ("He spent the last 10 minutes of the ad break making tea.", []),
        ("A 40-minute ad hoc meeting was filmed; nothing was agreed in the last 10 minutes of the ad hoc meeting.",
         []),
        ("Skip the first 3 minutes of ads.", [(0.0, 180.0)]),
        ("In the final minute of the 30-second ad nothing happens.", []),
        ("We conceded in the last 5 minutes of the game.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_advert_tails(text, expected):
    assert found_spans(text) == expected
