"""A release's format standing for its version, then its running time (blind round 74): "The 4K is 2:08:40 and the HD
is 2:08:34", "the Blu-ray runs 1:58:20", "the theatrical release was 2:01:10". A length, the one end forms count from;
a position in that version ("the 4K is 1:12:40 in", "the swap in the 4K is at 1:12:40") stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a format's running time": [
        ("The 4K is 2:08:40 and the HD is 2:08:34, someone posted it.", []),
        ("The Blu-ray runs 1:58:20.", []),
        ("The theatrical release was 2:01:10.", []),
        ("The DVD is 1:41:05 because of PAL speed-up.", []),
    ],
    "end forms count from it": [
        ("The 4K is 2:08:40. The last two minutes are credits.", [(7600.0, 7720.0)]),
    ],
    "a position in the version stays": [
        ("The swap in the 4K is at 1:12:40.", [(4360.0, None)]),
        ("The 4K is 1:12:40 in, the HD 1:12:34 in.", [(4360.0, None), (4354.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_format_lengths(text, expected):
    assert found_spans(text) == expected
