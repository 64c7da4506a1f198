"""Dotted positions in a sentence that opens in the footage (blind round 69): "In my review video, near about 4.10
the robot gets stuck ... and at 4.35 it frees itself", "In the BCCI highlights, Kuldeep's wrong'un to Head is at
6.20 and the stumping of Carey comes at about 11.05". Indian usage writes minutes and seconds with a dot; a sentence
whose clause opens "In the/my ... video," (any footage noun, a possessive or a demonstrative before it) places every
dotted number it holds in that footage, however far from the opener, with no stated length to check them against.
A dotted clock of the day ("1.30 pm"), a price and a sentence that names no footage at its opening stay as they
were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sentence opening in the footage places its dotted numbers": [
        ("In my unboxing video, near about 2.15 the lid jams and at 2.50 it finally opens.",
         [(135.0, None), (170.0, None)]),
        ("In the PCB highlights, Shaheen's yorker to Latham is at 3.40 and the run-out of Conway comes at about "
         "8.25.", [(220.0, None), (505.0, None)]),
        ("In our test video, the filter clogs at 5.05 and the pump stops at 6.30.", [(305.0, None), (390.0, None)]),
    ],
    "dotted numbers that are no positions": [
        ("In the match highlights, nothing much; the game itself began at 1.30 pm IST.", []),
        ("In my kitchen, the kettle boils at 4.10 every morning before work.", []),
        ("The delivery van came at 4.35 and the courier priced it at 2.50 a kilo.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_in_named_footage(text, expected):
    assert found_spans(text) == expected
