"""A program option's example value told with how it is read (round 51's changelog): "Fixed: `--start 1:30` was
parsed as 1h30m in some locales" is the syntax's example, in no footage, as "`--start 0:30` now accepts `1h2m3s`"
already was; "--start 1:30" used to skip into a clip, or a time "read as offside", stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an option's value and how it is read": [
        ("- Fixed: `--start 1:30` was parsed as 1h30m in some locales (#1190).", []),
        ("- Changed: `--end 2:00` is now read as two minutes, not two hours.", []),
        ("- Fixed: --seek=0:45 was rejected by the old parser.", []),
    ],
    "left alone": [
        ("Run it with --start 1:30 to skip the intro of the clip.", [(90.0, None)]),
        ("The goal at 1:30 was read as offside by the linesman.", [(90.0, None)]),
        ("I used --start 1:30 and the trimmed clip was read fine by Premiere.", [(90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_option_value_read(text, expected):
    assert found_spans(text) == expected
