"""A dotted minutes-and-seconds position said to be "of" the footage, as South Asian letters write it (blind round
156): "At 3.15 of the documentary the painter of Old Dhaka is shown without credit, and from 7.40 to 8.05 my own
panel ... is used". "of the documentary" places the number in the footage as "in the documentary" does, and with it
the sentence's other dotted numbers; a dotted number with no footage named stays nothing (a time of day, a price, a
score)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted point 'of the' footage is a position": [
        ("Respected editor, at 2.40 of the video the flag of our school is shown upside down.", [(160.0, None)]),
        ("Sir, kindly note that at 1.05 of this clip my son's face is visible without consent.", [(65.0, None)]),
        ("At 4.50 of the film, the old ferry ghat appears, which was demolished in 2019.", [(290.0, None)]),
    ],
    "the sentence's dotted range goes with it": [
        ("At 0.55 of the reel my design appears, and from 2.10 to 2.35 the whole mural is copied.",
         [(55.0, None), (130.0, 155.0)]),
    ],
    "a dotted number with no footage stays nothing": [
        ("The meeting of the committee began at 4.30 and the tea was Tk 20.", []),
        ("Our team won 3.15 of the overs bowled, said the coach.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_of_footage(text, expected):
    assert found_spans(text) == expected
