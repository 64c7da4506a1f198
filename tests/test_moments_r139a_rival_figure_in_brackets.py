"""A rival's figure in brackets after the thing it is compared with (blind round 139): 'A 4K Blender render of the
classroom scene finished in 4:31, beating last year's model (6:12).' The first time is a duration (a render time);
the bracket after "beating <a rival>" is the rival's figure of the same kind, as "against 4:20 for the old one" is,
and no position. A bracket after a comparing word where the time before it is a position, or with no time before
it, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a rival's bracketed figure after a duration is a duration": [
        ("Exporting the 10-minute 4K project took 3:55, well ahead of the old MacBook Air (7:40).", []),
        ("The kettle boiled a litre in 2:48, slower than the Breville (2:10).", []),
        ("The new SSD copied the 40 GB folder in 1:52, beating the old drive (3:05).", []),
        ("Her marathon PB is 3:12:40 now, beating her sister (3:20:05) at last.", []),
    ],
    "a bracket after a comparing word with no figure before it stays a position": [
        ("Our video shows the render starting at 4:31, and the fan spin-up compared with the old one (6:12).",
         [(271.0, None), (372.0, None)]),
        ("The dog beats the cat to the door (0:45) in the final clip.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_rival_figure_in_brackets(text, expected):
    assert found_spans(text) == expected
