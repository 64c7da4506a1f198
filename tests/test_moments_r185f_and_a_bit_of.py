"""A timed line whose words open with "and a bit of" (blind round 185): "0:24 and a bit of sugar and salt and oil" in
an auto transcript is the stamp 0:24 and the cook's words, no hedge "and a bit" on the time (which then read it as a
length). After the time, "and a bit" or "and change" hedges it only where no noun phrase goes on ("of sugar", "the
water"): "at 2:10 and a bit, just before the drop" stays an approximate 130."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's chapati transcript": [
        ("0:15 you need two kilos of flour and warm water\n0:24 and a bit of sugar and salt and oil\n0:39 knead for "
         "like ten minutes until it is soft", [(15.0, None, False), (24.0, None, False), (39.0, None, False)]),
    ],
    "fresh lines going on after 'and'": [
        ("2:05 add the onions\n2:31 and a bit of ginger if you like\n2:58 cover it",
         [(125.0, None, False), (151.0, None, False), (178.0, None, False)]),
        ("At 3:10 and a bit of luck, the fish takes the fly.", [(190.0, None, False)]),
        ("0:41 then stir it well\n1:12 and change the water in the pot\n1:30 now we fry",
         [(41.0, None, False), (72.0, None, False), (90.0, None, False)]),
    ],
    "hedges stay": [
        ("The stall comes at 2:10 and a bit, just before the drop.", [(130.0, None, True)]),
        ("She starts the final climb at 1:20:00 and a bit.", [(4800.0, None, True)]),
        ("It's about two minutes and change into the clip.", [(120.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_and_a_bit_of(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1), a) for s, e, a in found_hedged(text)] == expected
