"""A bound on works named in the plural, set in brackets after them (blind round 163, a podcast app's bug report):
"Shorter episodes (under `30:00`) are fine." The bound says which episodes (those under half an hour), no place in
any of them; "under" before it had been read as a hedge on a position. A work kept under a length was already a
bound in the singular and unbracketed ("Keep clips under 4:00"); a position said "at under" a time stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "works in the plural, a bound in brackets after them": [
        ("Shorter episodes (under `30:00`) are fine. Started after 3.8.0.", []),
        ("Trailers (under 2:30) autoplay on the home screen; the stutter is at 1:10 in the new one.", [(70.0, None)]),
        ("Keep episodes under 45:00 for the school feed.", []),
        ("Short videos (under 1:00) loop forever in the app.", []),
    ],
    "a position said under a time stays one": [
        ("The fall comes at under 0:30 in the episode.", [(30.0, None)]),
        ("The videos (about 4:10 in) show the hawk again.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_plural_bound(text, expected):
    assert found_spans(text) == expected
