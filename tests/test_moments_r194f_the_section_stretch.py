"""A stretch of footage called "the section" (blind round 194): "played the section 3:10 to 3:52 three times" is a
range; a determiner right before "section" names a part of something played, as "the chorus section 2:10-2:45"
does, never a statute's "section 3:10" or "Section 4:12 of the code"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the section, then its times": [
        ("Defence counsel played the section 2:40 to 3:15 twice for the jury.", [(160.0, 195.0)]),
        ("Watch that section 1:05-1:40 again, the keeper is miles off his line.", [(65.0, 100.0)]),
        ("The jury saw this section 2:14 to 2:30 in slow motion.", [(134.0, 150.0)]),
    ],
    "a statute's section stays a citation": [
        ("The charge is under section 3:10 of the Act.", []),
        ("Section 4:12 of the code applies.", []),
        ("See the sections 2:14 through 2:20 of the Rules.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_the_section_stretch(text, expected):
    assert found_spans(text) == expected
