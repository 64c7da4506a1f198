"""A church service's or a sermon's length in two units, as end forms count from it (blind round 73, lists): "the
last five minutes of the 1 hr 15 min service" (4200-4500). A service is a recorded talk as a sermon is, and "1 hr 15
min", "1hr 15min" are one length (not "15 min" alone). A service with no length leaves the end form nothing, and a
bus service's frequency is no work."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the last minutes of a service's stated length": [
        ("Best bit: the last ten minutes of the 1 hr 30 min service.", [(4800.0, 5400.0)]),
        ("The 90-minute Easter service is online; the final two minutes are the choir.", [(5280.0, 5400.0)]),
        ("The closing prayer fills the last three minutes of the 1hr 5min homily video.", [(3720.0, 3900.0)]),
    ],
    "two units of a work's own length": [
        ("The last five minutes of the 2 hr 10 min stream are chaos.", [(7500.0, 7800.0)]),
        ("In the final 30 seconds of the 3 min 20 sec clip the dog returns.", [(170.0, 200.0)]),
    ],
    "no length, no end form": [
        ("The last five minutes of the service were lovely.", []),
        ("The number 12 bus runs a 15-minute service until 6 pm.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_service_lengths(text, expected):
    assert found_spans(text) == expected
