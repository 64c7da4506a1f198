"""A ranked list's entry counts from its own heading's length (fitted round 112: "**1. The charity ad in Ballymun**
(2:45)\nIt's the only one ... Halfway through the ad, they pass the shuttered chipper" is 82.5, not half of another
entry's "The whole ad is 45 seconds", though both say "ad"): an end or fraction form in the body of a numbered entry
whose heading tells its work's length in brackets is that work's, the same noun said with another entry's length
notwithstanding. A form naming another work by its length, or after a sentence's own length, counts from that."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_CRISPS = ("**2. The crisps ad in Tullamore** (0:45)\nTiny and daft. The whole ad is 45 seconds and the good bit is "
           "the last ten seconds.\n\n")
FAMILIES = {
    "a form under its own entry's length": [
        (_CRISPS + "**1. The charity ad in Ballymun** (2:45)\nThe lad walks alone. Halfway through the ad, the song "
         "kicks in.", [(35.0, 45.0), (82.5, None)]),
        ("### 3. The bank's ad (3:10)\nThe whole ad is 3 minutes 10 seconds of kitchens.\n\n"
         "### 2. The ferry ad (1:00)\nFilmed in Kerry. The ad runs 60 seconds, and the last 20 seconds are fog.\n\n"
         "### 1. The bakery ad (2:00)\nHalfway through the ad, the oven door opens.",
         [(40.0, 60.0), (60.0, None)]),
        ("Our top three trailers.\n\n2) The heist trailer (1:40)\nThe trailer is 100 seconds long and loud.\n\n"
         "1) The space trailer (2:30)\nQuiet. The final 15 seconds of the trailer are the best thing all year.",
         [(135.0, 150.0)]),
    ],
    "left alone": [
        (_CRISPS + "**1. The charity ad in Ballymun** (2:45)\nIt is slow. Halfway through the 45-second crisps ad we "
         "were laughing.", [(35.0, 45.0), (22.5, None)]),
        (_CRISPS + "**1. The charity ad in Ballymun** (2:45)\nIt is slow. The crisps ad (0:45) was better: its last 10 "
         "seconds are gold.", [(35.0, 45.0), (35.0, 45.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_entry_heading_length(text, expected):
    assert found_spans(text) == expected
