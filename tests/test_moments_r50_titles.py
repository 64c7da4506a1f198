"""Round 50: a day word inside a quoted title in the clock's clause ("Watch from 12:30 for “Okada at Dawn”", "the
'Midnight Train' cover at 4:10") names a song or a film, not the hour: the clock stays a position, and so do the
times and the relative moments after it. Near-misses: the same day word unquoted, a clock quoted with its day word."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a day word inside a quoted title": [
        ("The live film is worth it. Watch from 12:30 for “Songs at Dawn” played on a rooftop; around 15:05 the "
         "power cuts out.", [(750.0, None, False), (905.0, None, True)]),
        ("Skip to 14:10 for \"Sunset Boulevard\" sung in the rain, then ten seconds later the crowd joins in.",
         [(850.0, None, False), (860.0, None, False)]),
        ("The band plays 'Tuesday Night' from 21:40 in the stream.", [(1300.0, None, False)]),
        ("From 3:20 the choir sings “Sunday Bloody Sunday” in the rain.", [(200.0, None, False)]),
        ("At 8:45 she covers “Midnight City”, and it is the best bit of the set.", [(525.0, None, False)]),
        ("Watch from 14:50 for “Midnight Rain” sung by the choir; at 16:20 a lamp falls over.",
         [(890.0, None, False), (980.0, None, False)]),
        ("Skip to 12:15 for \"Morning Glory\" on the pier, and around 13:40 the gulls steal the show.",
         [(735.0, None, False), (820.0, None, True)]),
        # near-misses: the day word said of the clock, unquoted; the whole clause quoted
        ("The band played on a rooftop from 12:30 at dawn.", []),
        ("She said “we sail at 5:40 at dawn” and left.", []),
        # a clock of the world after the position the reader is sent to stays one
        ("Watch from 12:30 for the storm scene; the real shop closes at 17:00 on Sundays.", [(750.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_quoted_title_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
