"""End and fraction forms count from the work they name, not from the nearest length (blind round 71): "the 19-minute
Instagram livestream" told a paragraph after "A 47-second video ..." leaves "In the last 12 seconds of the viral clip"
at 35-47, since only the 47 seconds are told on the video's own noun; and "about halfway through the film" counts from
the film that "runs 84 minutes", not from "The eleven-minute version of "Lough Road"", a titled song's rendition in it
(2520). A version that is the whole work, and one video's length, stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clip's end counts from the length told on the video's own noun": [
        ("A 47-second video of a man being knocked to the ground has been watched four million times.\n\nBy Monday a "
         "second, longer video had appeared: a 19-minute Instagram livestream by a woman inside the bar.\n\nIn the "
         "last 12 seconds of the viral clip, the camera swings down toward the pavement.", [(35.0, 47.0)]),
        ("A 30-second video of the goat on the roof went everywhere.\n\nLater a longer video surfaced, a 12-minute "
         "Facebook stream from the farmer's son.\n\nIn the final 10 seconds of the viral clip the goat jumps.",
         [(20.0, 30.0)]),
        ("Police released a 2-minute video of the arrest on Friday.\n\nAnother video followed on Sunday: a "
         "25-minute TikTok livestream from a bystander.\n\nThe last 15 seconds of the released clip show the "
         "officer kneeling.", [(105.0, 120.0)]),
    ],
    "the film's halfway skips a titled song's version in it": [
        ("Low Water, Live at the Ulster Hall runs 84 minutes and was shot over two nights in March. The eleven-minute "
         "version of \"Lough Road\" is the centrepiece: about halfway through the film the lights drop to a single "
         "bulb.", [(2520.0, None)]),
        ("Glasshouse Live runs 100 minutes. Its nine-minute rendition of \"Gold Dust\" is the highlight, and "
         "halfway through the film the choir walks on.", [(3000.0, None)]),
        ("Stop Making Sense runs 88 minutes. The 6-minute version of 'Psycho Killer' opens it; a quarter of the way "
         "into the film the stage is still half built.", [(1320.0, None)]),
    ],
    "a version that is the work itself, and one video's length, stay as they were": [
        ("The director's 140-minute version of the film is the one to see; halfway through the film the ship sinks.",
         [(4200.0, None)]),
        ("A 40-second video of the crash spread fast. In the last 10 seconds of the viral clip a car swerves.",
         [(30.0, 40.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_named_work_end_forms(text, expected):
    assert found_spans(text) == expected
