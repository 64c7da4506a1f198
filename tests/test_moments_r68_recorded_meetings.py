"""An offset "into the meeting" where the text names the meeting's recording (blind rounds 56 and 59's council
reports, as round 68's "About two hours and 14 minutes into the webcast"): "The council has published the webcast
... the car park item actually began two hours and 14 minutes into the meeting", "she said, about 2 hours 20 minutes
into the meeting" after "the recording on the council's YouTube channel is 3 hours 52 minutes long". A sitting that
was webcast, streamed or recorded is footage; one the text never says was recorded is still the world's ("twenty
minutes into the meeting my phone rang")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset into a meeting the text says was recorded": [
        ("The county council has put the webcast of Monday's meeting online. The vote on the bypass came three hours "
         "and five minutes into the meeting.", [(11100.0, None)]),
        ("The recording on the board's channel runs 2 hours 40 minutes.\n\nThe chair walked out, she said, about "
         "1 hour 50 minutes into the meeting.", [(6600.0, None)]),
        ("The lecture recording is on Moodle. Fifty minutes into the class, the projector died.", [(3000.0, None)]),
    ],
    "look-alikes: a sitting never said to be recorded": [
        ("Twenty minutes into the meeting my phone rang and I had to leave.", []),
        ("Two hours into the meeting the committee broke for tea and the clip of the crash was shown.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recorded_meetings(text, expected):
    assert found_spans(text) == expected
