"""A position said again in a past-tense sentence (round 51): after "The highlights show the grounding at 5:41", a
reader's "Coombes try was held up at 5:41" names the same place in the footage; the verb's tense alone makes no clock
of it. A time the text never placed in its footage, one told as the day's by its own words ("3:05 p.m.", "1:12 GMT"),
or one a report of a world event sets aside ("was fouled at"), stays aside."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a placed position said again in the past": [
        ("The highlights show the grounding at 5:41 and the angle at 5:58.\n\nComments\n\nCorkFanatic99: Coombes try "
         "was held up at 5:41 I'm not having it.", [(341.0, None), (358.0, None), (341.0, None)]),
        ("In the video the van stops at 2:14.\n\nReply: honestly the plate was readable at 2:14 if you pause it.",
         [(134.0, None), (134.0, None)]),
        ("The highlights show the tackle at 3:05.\n\nComments\n\nDave: that tackle was never a foul at 3:05 lol.",
         [(185.0, None), (185.0, None)]),
    ],
    "left alone": [
        ("The bodycam shows the door at 3:05.\n\nLater the officer said he knocked at 3:05 p.m. that day.",
         [(185.0, None)]),
        ("The bodycam shows the door at 3:05.\n\nThe shop closed at 6:30 and the owner left.", [(185.0, None)]),
        ("The clip shows the ship at 1:12.\n\nThe ferry docked at 1:12 GMT, the harbour log says.", [(72.0, None)]),
        # (not the tense alone: a world event reported at the time stays the day's)
        ("The clip shows the goalkeeper slip at 1:48.\n\nReader: he was clearly fouled at 1:48, I have watched it "
         "ten times.", [(108.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_said_again_past(text, expected):
    assert found_spans(text) == expected
