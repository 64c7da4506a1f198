"""A part of the footage named in several words before "section", then its times (blind round 193): "- Dhol solo
section 21:15 to 24:00 is the hardest" is a stretch of a workout video, as "- Plank section 14:30-17:00" already was
(round 128) with one word; not a statute's or code's section, whichever word names the law ("the Penal Code section
4:12", "the Income Tax Act section 2:14")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a part named in two or three words": [
        ("Notes on the spin class video:\n- Hill climb section 12:10 to 15:40 burns the most.\n- Cool down at 40:00.",
         [(730.0, 940.0), (2400.0, None)]),
        ("Guitar lesson recap:\n- Slow strumming practice section 3:05–6:20, play along.", [(185.0, 380.0)]),
        ("In the tutorial, the long jazz chord section 8:40-11:15 is where most people give up.", [(520.0, 675.0)]),
    ],
    "a law's section stays a citation": [
        ("The charge was laid under the Penal Code section 4:12 and the court agreed.", []),
        ("He relied on the Income Tax Act section 2:14 in his appeal.", []),
        ("See the Traffic Regulations section 3:20 for the speed limits.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_named_in_words(text, expected):
    assert found_spans(text) == expected
