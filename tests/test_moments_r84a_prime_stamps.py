"""Stamps in prime notation (blind round 84): minutes′seconds″ as European writers set a video's highlights, "4′35″",
"~12′05″", ASCII "7'20\"" or "7'20''", are timecodes like "4:35" and are judged like them: a song's bracketed
"(3′48″)" after its title is its length, a race margin "finished 1′12″ behind" is no position. A single prime is a
match minute ("78'"), a one-digit second a height ("6′2″"), a height word makes "5′11″" feet and inches, and a
degree before makes it an angle."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "prime-notation stamps are positions": [
        ("Highlights (min′sec″):\n- 0′00″ the start line\n- 7′45″ the cobbles\n- 15′02″ the descent",
         [(0.0, None, False), (465.0, None, False), (902.0, None, False)]),
        ("The crash on the descent is at 23′18″ in the onboard video.", [(1398.0, None, False)]),
        ("Skip to 9'50\" for the bear, or 12'05'' for the waterfall.", [(590.0, None, False), (725.0, None, False)]),
        ("The eagle lands at ~3′30″ — keep watching.", [(210.0, None, True)]),
    ],
    "a prime-notation length or margin is no position": [
        ("Soundtrack: “Valle Chiara” by Nico Belli (4′12″).", []),
        ("Vettori finished 1′12″ behind the stage winner.", []),
    ],
    "match minutes, heights and angles stay as they are": [
        ("Rossi scored in the 78' and again in the 84'.", []),
        ("The 6′2″ lock and the 5′11″ winger both start.", []),
        ("The summit cross stands at 46° 12′30″ north.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_prime_stamps(text, expected):
    assert found_hedged(text) == expected
