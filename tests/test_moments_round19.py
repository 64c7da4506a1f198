"""Families of prose misses that blind rounds 18 and 19 (`tests/data/moments_genres_round18.jsonl`,
`..._round19.jsonl`) exposed: ranges, offsets, world and relative times. Each family has sentences written
for it (not the rounds' own) and near-misses that must stay as they are (the rounds themselves are held at a
floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a start said as an offset "in", then how long it lasts: a start plus a length, as with a timecode
    "start offset 'in' plus a length": [
        ("The famous tracking shot begins roughly 14 minutes in and lasts four minutes.", [(840.0, 1080.0)]),
        ("Its blackout starts 12 minutes into the video and runs for 40 seconds.", [(720.0, 760.0)]),
        ("Starting two minutes in, and lasting about 30 seconds, the choir sings the chorus.", [(120.0, 150.0)]),
        # near-misses: an offset then a gap counted from it; an offset with no length
        ("The storm begins 5 minutes in. Twenty seconds later the tent blows away.", [(300.0, None), (320.0, None)]),
        ("The duel starts 40 minutes in and nobody speaks.", [(2400.0, None)]),
    ],
    # a range whose ends are links or emphasis: "from [2:14](…?t=134) to 2:30"
    "ranges whose ends are links": [
        ("Skip the intro and watch from [3:05](https://youtu.be/aB3xYz?t=185) to 3:40.", [(185.0, 220.0)]),
        ('<p>The save is from <a href="https://youtu.be/q9?t=61">1:01</a> to <a href="https://youtu.be/q9?t=75">'
         "1:15</a>.</p>", [(61.0, 75.0)]),
        ("Between [0:40](https://vimeo.com/1234#t=40s) and **0:52** the drone loses signal.", [(40.0, 52.0)]),
        # near-misses: two links listed, a link then a later time
        ("See [0:45](https://youtu.be/x?t=45) and the goal at 2:30.", [(45.0, None), (150.0, None)]),
    ],
    # "from 21:14 until the end": to the footage's length when one is known (duration, "runs to", "N long")
    "from a time until the end": [
        ("The audio is missing from 12:40 until the end (the episode runs to 41:05).", [(760.0, 2465.0)]),
        ("In the 3-minute clip, the screen stays black from 2:10 to the very end.", [(130.0, 180.0)]),
        ("The file is 5:00 long. From 4:20 through the end of the video the picture freezes.", [(260.0, 300.0)]),
        # near-misses: no length known (the start alone); a stretch with its own end
        ("From 2:10 until the end the screen is black.", [(130.0, None)]),
        ("The clip is 3:00 long; from 2:10 until 2:40 the screen is black.", [(130.0, 160.0)]),
    ],
    # lengths told in asides ("(cam2.mp4, 4 min 10 s long)", "a film that, at 90 minutes, is"), and the
    # last N seconds "of the file": what end-relative forms count from
    "lengths in asides and tails of a file": [
        ("Jurors saw the doorbell file (cam2.mp4, 4 min 10 s long); in the final 10 seconds the porch light fails.",
         [(240.0, 250.0)]),
        ("We obtained the raw file, which is 2 minutes 30 seconds long. The last 15 seconds of the file show the "
         "van.", [(135.0, 150.0)]),
        ("It is a documentary that, at 80 minutes, is never dull; the last three minutes are silent.",
         [(4620.0, 4800.0)]),
        # near-misses: a tail of something that is not the footage; a race time after "halfway in"
        ("The clip is 4:00 long. In the last 10 seconds of the season he scored twice.", []),
        ("The film lasts 98 minutes. He goes through halfway in 31:10 and stops.", []),
    ],
    # nouns that look like verbs before a range: "the shot between", "the dance break from"
    "nouns before a range": [
        ("- the shot between 0:51 and 0:58 is mirrored", [(51.0, 58.0)]),
        ("The drum break from 2:40 to 2:58 went viral.", [(160.0, 178.0)]),
        ("That opening shot between 0:03 and 0:09 is a drone.", [(3.0, 9.0)]),
        # near-misses: the verbs stay times of making and targets
        ("The interview was shot between 14:10 and 15:30 on a Sunday.", []),
        ("She hopes to break 2:30 this season.", []),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_nineteen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
