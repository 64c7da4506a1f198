"""Hindi and Urdu "baje" (बजे, "o'clock") after a clock makes it a time of day, as "o'clock" and "a.m." do: "Puja
7:30 se 9:00 baje tak chalegi" (the puja runs from half past seven to nine), "Aarti 7:30 baje shuru hui". Round 156's
fixer found the range read whole once "se ... tak" became a range's "to" (before, as two points): both wrong. A
clock placed in the video ("2:35 pe dekho", "4:10 se 4:30 tak") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock with baje after it is a time of day": [
        ("Shaadi ka function 6:45 baje start hua, video mein dulha 3:10 pe aata hai.", [(190.0, None)]),
        ("Kirtan 8:15 se 10:00 baje tak, phir langar.", []),
        ("Bhandara 12:30 बजे से शुरू होगा।", []),
        ("Match 7:30 baje shuru, highlights mein wicket 1:42 pe.", [(102.0, None)]),
    ],
    "a clock placed in the video stays a position": [
        ("Clip mein 1:20 pe dhol baje, full josh.", [(80.0, None)]),
        ("Video dekho, 4:10 se 4:30 tak dhol tasha.", [(250.0, 270.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hindi_baje(text, expected):
    assert found_spans(text) == expected
