"""Where a part named by its topic is, told with "is" and a compact time (blind round 56): show notes saying "We get to
the listener question ... about 52 minutes in, and the bit about the fog signal is roughly 1h 05m." lost the 1h 05m:
a compact time after "is" reads as a length ("The podcast is 1h 05m"). A part of the recording named by what it is
about as the subject ("the bit about", "the segment on", "the part where") tells where that part is, as "If you just
want the solo, it's around 1h 12m" already did; a work as the subject, or "long" after, stays a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a part named by its topic is at a compact time": [
        ("This week we're joined by keeper's grandson Calum MacLeod (b. 1951). We get to the listener question "
         "about the Flannan Isles about 52 minutes in, and the bit about the fog signal is roughly 1h 05m. If you "
         "only have 10 minutes, skip to 1:20:00 for the ghost story.",
         [(3120.0, None, True), (3900.0, None, True), (4800.0, None, False)]),
        ("The segment on housing is around 42m 10s, after the ad break.", [(2530.0, None, True)]),
        ("The part where he tunes the harp comes at 1h 12m in the stream.", [(4320.0, None, False)]),
        ("Timestamps are broken, but the bit with the penalty shootout is 2h 04m.", [(7440.0, None, False)]),
    ],
    "a work as the subject, or a length said long, stays a length": [
        ("The bit about the fog signal is 1h 05m long.", []),
        ("The podcast is 1h 05m, so bring snacks.", []),
        ("The interview about the fog signal is 1h 05m.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_named_is_at(text, expected):
    assert found_hedged(text) == expected
