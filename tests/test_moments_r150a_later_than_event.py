"""A gap "later than" (or "earlier than") the event just placed (blind round 150): a boards.ie reply's "If you listen
about 10 seconds later than the clunk Sparky mentioned, there's a whine", after another poster's "The clunk at 0:58
... is classic". "N seconds later than the clunk" says what "N seconds after the clunk" says: a relative moment
counted from the moment whose sentence named that event (68, approximate). "later than" was only read as a
comparison with a plan ("90 minutes later than officials advised"), which stays no moment, as do "later than the
scheduled start", "later than usual" and an event no moment before named."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a gap later or earlier than the event just placed counts from it": [
        ("The bang at 2:14 is the exhaust.\n\nReply: roughly 5 seconds later than the bang you mentioned, the "
         "alarm goes off.", [(134.0, None, False), (139.0, None, True)]),
        ("You can hear the kookaburra at 0:41. Three seconds earlier than the kookaburra, a currawong calls.",
         [(41.0, None, False), (38.0, None, False)]),
        ("The siren starts at 1:05 in the clip. Twelve seconds later than that, the lights go out.",
         [(65.0, None, False), (77.0, None, False)]),
    ],
    "a gap later than a plan, a habit or an unplaced event is no moment": [
        ("At 1:12 the horn sounds. The broadcast began 20 minutes later than the scheduled start.",
         [(72.0, None, False)]),
        ("At 0:30 the ferry docks. It left ten minutes later than usual.", [(30.0, None, False)]),
        ("At 0:30 the ferry docks. The gangway dropped 15 seconds later than the bell.", [(30.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_later_than_event(text, expected):
    assert found_hedged(text) == expected
