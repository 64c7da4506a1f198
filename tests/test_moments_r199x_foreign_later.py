"""A relative moment written with Hindi-Urdu's, Swahili's or Malay's "later" after an English amount (fitted round
199): Urdu-English "0:45 pe dekho ... Uske 15 second baad the boatman jumps in" counts 15 seconds on from 0:45, as
"15 seconds later" does (round 198's Hinglish "Uske 10 second baad" the same), and so do Sheng's "baadaye" and Malay's
"kemudian". With no position before it, or counted in days, it stays nothing, as "later" does."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "Hindi and Urdu baad": [
        ("Video dekho. 0:45 pe dekho, the boat almost tips over. Uske 15 second baad the boatman jumps in.",
         [(45.0, None), (60.0, None)]),
        ("Yeh clip dekho bhai. 1:10 pe the cart stops. Iske 20 seconds baad police wale aa gaye.",
         [(70.0, None), (90.0, None)]),
        ("At 0:32 in the video the bus brakes, aur 10 sec baad the scooter hits it.", [(32.0, None), (42.0, None)]),
    ],
    "Swahili and Malay later": [
        ("Cheki 0:22 the matatu overtakes. Sekunde chache, 10 seconds baadaye, dere anarudi.",
         [(22.0, None), (32.0, None)]),
        ("At 1:05 the lorry reverses. 5 seconds kemudian the motorcyclist falls.", [(65.0, None), (70.0, None)]),
    ],
    "left alone": [
        ("Uske 2 din baad the video went viral.", []),
        ("Police 10 minute baad aayi, no video of that.", []),
        ("Shop khulti hai 10 baje, uske 30 minute baad the rush starts.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_foreign_later(text, expected):
    assert found_spans(text) == expected
