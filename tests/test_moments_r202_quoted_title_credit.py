"""A quoted title's bracketed length where the title elides a small word or its credit names a band by its kind
(blind round 202: "The only dud is 'Boys o' the Braid' (2:31)", 'Song at the end is "Motu Uga" by the Alofi youth
band (3:15)'): the track's length, as "'Morning Rain' (3:12)" and "'Cold Water' by J. Ames (3:10)" already were.
Quoted speech before a bracket, and a title played at a stated position, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an elided small word inside the quoted title": [
        ("The only dud is 'Boys o' the Braid' (2:31), which is over afore it starts.", []),
        ("Best track: 'Rock 'n' Reel' (3:05), a stomper.", []),
        ("The closer, ‘Jock o’ the Glen’ (4:12), is the one.", []),
    ],
    "the credit names a band or a choir by its kind": [
        ('Song at the end is "Motu Uga" by the Alofi youth band (3:15). We were home by 11.', []),
        ("Music: 'Harbour Lights' by the Kells Silver band (2:48).", []),
        ('Theme tune "Low Road" by The Seaview church choir (4:01).', []),
    ],
    "positions beside quotes left alone": [
        ("The driver shouts \"Get oot o' there\" (0:45) and the crowd scatters.", [(45.0, None)]),
        ('Then the lads sing "Wild Rover" by the bar (1:12).', [(72.0, None)]),
        ("In the video the pipers play 'Boys o' the Braid' from 1:10 to 2:05.", [(70.0, 125.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_title_credit(text, expected):
    assert found_spans(text) == expected
