"""A dotted stretch walking on through the clip just after a position written with a colon (blind round 136,
Pakistani English): "A video filmed from the ... flyover shows flames rising from the third floor at 0:27. From
1.05 to 1.30 firefighters can be seen using a snorkel ladder" is the stretch 65-90 of that video. A dotted stretch
opening its clause right after a dotted point was already read so (round 98: "See at 0.38 ... And from 1.05 to 1.19
the cop is chasing him"); the family: the point it walks on from may be written with a colon. A stretch of the day
in a paragraph with no footage position before it stays nothing, and so does one far past the point."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted stretch after a colon point in the same clip": [
        ("The phone clip shows the bus mounting the kerb at 0:41. From 1.10 to 1.25 passengers can be seen climbing "
         "out of the windows.", [(41.0, None), (70.0, 85.0)]),
        ("A video posted from Saddar shows the crowd at the gate at 0:12. From 0.50 to 1.05 police are seen "
         "pushing them back.", [(12.0, None), (50.0, 65.0)]),
    ],
    "look-alikes: a stretch of the day, or no footage point before it": [
        ("The video shows the crowd at the gate at 0:12. The court sat from 1.05 to 1.30 that afternoon.",
         [(12.0, None)]),
        ("The market stays open from 9.15 to 9.45 on Fridays.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_stretch_after_colon_point(text, expected):
    assert found_spans(text) == expected
