"""A work's length in brackets after the work told apart by a label, by what it is of, or as an extra released apart
(blind round 137): "**Video A** (1 min 54 s, portrait, uploaded 19 Jan at 17:22 CET)", "Coach Leilani's video of the
Sunday relay (the one on the club's private channel, 5 min 20 s)" and "A deleted scene (2:45) was uploaded to the
show's YouTube channel" are lengths, not positions; the end and fraction forms count from them ("Halfway through Video
B" of "(3 min 30 s, landscape)" is 105, "the last 40 seconds" of the relay video 280-320). A work named by its noun
already read so ("The video (1 min 48 s, first posted at 06:12 UTC)"); a letter or number after the noun, "of" what
it shows, and a deleted scene or outtake are the same work. A bracket placing a thing ("(at 1 min 20 s)"), a scene
of the footage itself, and a label of no work stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work labelled by a letter or number, its length in brackets": [
        # the round's case (g137-visual-01)
        ("**Video A** (1 min 54 s, portrait, uploaded 19 Jan at 17:22 CET) was filmed from a tower block. The key "
         "frame is at 0:37.\n\n**Video B** (3 min 30 s, landscape) was shot from a car. Halfway through Video B, the "
         "first fire engine passes.", [(37.0, None), (105.0, None)]),
        ("Clip 2 (48 seconds, filmed by a neighbour) shows the van. The last 10 seconds show the driver.",
         [(38.0, 48.0)]),
        ("Camera 3 footage is short. Recording B (2 min 10 s) starts on the platform; the doors close at 1:02.",
         [(62.0, None)]),
    ],
    "a video of something, a note and its length in brackets": [
        # the round's case (g137-lists-05)
        ("We've used Coach Leilani's video of the Sunday relay (the one on the club's private channel, 5 min 20 s) as "
         "the example. The face is visible at 0:48; the last 40 seconds are the medal ceremony.",
         [(48.0, None), (280.0, 320.0)]),
        ("Ravi's recording of the wedding toast (on the family drive, 4 min 5 s) is the one to watch. The toast "
         "starts 30 seconds in.", [(30.0, None)]),
        ("Her clip of the flooded underpass (posted to the WhatsApp group, 1 min 12 s) went round town; at 0:40 the "
         "bus stalls.", [(40.0, None)]),
    ],
    "an extra released apart, its length in brackets": [
        # the round's case (g137-wiki-04)
        ("* A deleted scene (2:45) was uploaded to the show's YouTube channel, with 1.1M views.", []),
        ("The blooper reel aside, two outtakes (3:10) were posted on the studio's Instagram.", []),
    ],
    "a bracket placing a thing stays a position": [
        ("The video of the crash (at 1 min 20 s, the lorry swerves) is hard to watch.", [(80.0, None)]),
        ("In the scene at the harbour (2:45) she drops the ledger.", [(165.0, None)]),
        ("Section A (1 min 54 s in) shows the chimney.", [(114.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_work_length(text, expected):
    assert found_spans(text) == expected
