"""A length told as the figure it is given as, and put right after (blind rounds 50 and 52): "the sleeve notes give
its length as 8:55" and "An earlier version of this article gave the length of the clip as 2:14. It is 2:41." are
lengths, not places in the footage, whatever work the length is of (a track's counts as a clip's). A bare "It is N."
right after the sentence telling a length puts that length right. A length noun used otherwise ("the length of the
queue at 2:14"), a time asked for ("What time is it? It is 2:41.") and a place said after ("It is at 2:41 that ...")
stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length given as a figure": [
        # the round's cases (g52-html_md-05, g50-visual-05)
        ("The music is a recording of the Cork Symphony Orchestra; the sleeve notes give its length as 8:55, which "
         "fits.", []),
        ("Correction, 20 November: An earlier version of this article gave the length of the clip as 2:14. It is "
         "2:41.", []),
        ("The broadcaster's catalogue lists the running time of the episode as 58:40. The interview starts at "
         "12:05.", [(725.0, None)]),
        ("Our first report gave the duration of the livestream as about 1:42:10; the clash is at 1:03:20.",
         [(3800.0, None)]),
        ("The label gives the song's length as 3:47 and the chorus lands at 0:52.", [(52.0, None)]),
    ],
    "a length put right in the next sentence": [
        ("We first said the video runs 3:10. It's actually 3:01. The flash is at 1:12.", [(72.0, None)]),
        ("Correction: the film's running time was given as 1:42:00. It is 1:24:00.", []),
        ("Update: the bodycam file is not 12:40 long. It is 14:02. The door opens at 0:31.", [(31.0, None)]),
    ],
    "no length told: stays as it was": [
        ("In the clip the length of the queue at 2:14 is obvious.", [(134.0, None)]),
        ("What time is it? It is 2:41.", []),
        ("The video is 3:10 long. It is at 2:41 that the flare goes up.", [(161.0, None)]),
        ("He treats the length of the song as a joke; the chorus lands at 1:12.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_given_as(text, expected):
    assert found_spans(text) == expected
