"""A start plus a length told in paraphrase (round 52, `tests/data/moments_genres_round52.jsonl`): a scene that
"arrives about N minutes in and runs for a gruelling N minutes", "starts around 24:30 and goes on for about three
minutes", a fraction of a clip that "stays out for maybe 30 seconds" are ranges (rounds 44/46); and the length of the
whole recording a part is named of ("the relevant part of the 14-minute recording begins at 6:50") is no stretch's.
Sentences written for the family, with look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # an arrival said as an offset "in", then its length after a continuing verb, an adjective allowed after "for"
    "arrives N in and runs for a length": [
        ("The chase arrives about 40 minutes in and runs for a breathless eight minutes.",
         [(2400.0, 2880.0, True)]),
        ("The duet comes 12 minutes in and lasts for a full three minutes.", [(720.0, 900.0, False)]),
        # look-alikes: "a good N minutes" is at least that long, an open length (round 42's gold); an arrival in the
        # day by the clock is no offset
        ("The finale starts at 1:12:40 and goes on for a good ten minutes.", [(4360.0, None, False)]),
        ("The ferry arrives at 10:45 and runs for ten minutes along the quay.", []),
    ],
    # "goes on", "carries on" continue a start the way "lasts" does
    "starts at T and goes on for a length": [
        ("The argument starts around 12:10 and goes on for about two minutes.", [(730.0, 850.0, True)]),
        ("Her speech begins at 3:05 and carries on for 40 seconds.", [(185.0, 225.0, False)]),
        ("the drum solo starts at 1:02:00 and goes on for twenty minutes", [(3720.0, 4920.0, False)]),
        # look-alike: the length is another clause's, said "later"
        ("The song starts at 2:10 and goes on. Five minutes later the lights fail.", [(130.0, None, False),
                                                                                     (430.0, None, False)]),
    ],
    # a fraction of a clip with the length it stays
    "a fraction that stays for a length": [
        ("In the 6-minute clip the owl lands about halfway through and stays for maybe 20 seconds.",
         [(180.0, 200.0, True)]),
        ("The fox appears halfway through the 10-minute video and stays there for 30 seconds.",
         [(300.0, 330.0, True)]),
        # look-alike: no length after the fraction
        ("The fox appears halfway through the 10-minute video and stays put.", [(300.0, None, True)]),
    ],
    # the length belongs to the whole a part is named of: only the start is a position
    "a part of a measured whole": [
        ("Officers said the key part of the 20-minute recording begins at 4:10.", [(250.0, None, False)]),
        ("The relevant section of the 9-minute clip starts at 2:30, the court heard.", [(150.0, None, False)]),
        # look-alike: the stretch itself is measured
        ("A 40-second segment starting at 3:02 shows the bay.", [(182.0, 222.0, False)]),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_start_plus_length_in_paraphrase(text, expected):
    assert found_hedged(text) == expected
