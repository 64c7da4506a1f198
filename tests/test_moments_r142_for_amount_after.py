""""For" an amount "after" or "afterwards" is how long a thing goes on, not a relative moment (blind round 142): an
HTML lesson list's "<li>Stretch for 10 minutes after.</li>" after the items' dot times. "Ten seconds later" counts
a new position from the previous one; "for ten minutes after" says how long something lasts from then on (the
contract's durations of other events). Without "for" the amount after the previous moment stays a relative."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "for an amount after is a length, no moment": [
        ("Ms Okonkwo demonstrates the plait at 3:15. Rest your fingers for five minutes afterwards.", [(195.0, None)]),
        ("The anthem starts at 0:42. For about 20 seconds after, the stand sings along.", [(42.0, None)]),
        ("<li>Cool-down at 11:05 in the video</li><li>Walk for 2 minutes after.</li>", [(665.0, None)]),
    ],
    "an amount after the previous moment without for stays a relative": [
        ("The anthem starts at 0:42. Twenty seconds after, the stand sings along.", [(42.0, None), (62.0, None)]),
        ("The plait is finished at 3:15; about a minute later she sprays it.", [(195.0, None), (255.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_for_amount_after(text, expected):
    assert found_spans(text) == expected
