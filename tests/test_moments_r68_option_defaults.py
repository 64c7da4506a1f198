"""A program option's default told as a verb (blind round 68's changelog): "`--max-length` now defaults to 10:00",
"--timeout's default is 5:00". The value is a setting, as "`--max-clip 10:00`" is, not a position; a walkthrough's
link or position in the same note still is ("batch mode from [this point](https://youtu.be/x?t=415)")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an option's default told as a verb": [
        ("- Changed: `--clip-limit` now defaults to 15:00 instead of 5:00.", []),
        ("The --idle-timeout default is 2:30 in this release.", []),
        ("- Fixed: --gap-length is now set to 0:05 for every export.", []),
    ],
    "look-alikes: positions in the same notes": [
        ("- New: `--max-length` now defaults to 12:00; the demo video shows it at 3:45.", [(225.0, None)]),
        ("The tutorial covers the --timeout option from 6:20.", [(380.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_option_defaults(text, expected):
    assert found_spans(text) == expected
