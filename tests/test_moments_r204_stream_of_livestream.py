"""An end form naming its work "the stream" where the text told a livestream's length, beside another work's length
told nearer (fitted round 204: a Lamu Maulidi essay's "the county's livestream ran 4 hours 10 minutes" ... "the 2019
documentary on the festival, which ran 48 minutes" ... "The last 15 minutes of the stream are the prayers"): a stream
and a livestream are one kind of work, as a clip and a video are, so the form counts from the livestream's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the stream is the livestream": [
        ("This year the county's livestream ran 4 hours 10 minutes. I kept thinking of the 2019 documentary, which "
         "ran 48 minutes. The last 15 minutes of the stream are the prayers.", [(14100.0, 15000.0)]),
        ("The church's livestream lasted 2 hours. A BBC film on the parish ran 30 minutes. In the final 10 minutes "
         "of the stream the choir sings.", [(6600.0, 7200.0)]),
        ("Our club's live stream was 3 hours long; the highlights package was 12 minutes. The first 20 minutes of "
         "the livestream are just warm-ups.", [(0.0, 1200.0)]),
    ],
    "left alone": [
        ("The livestream ran 2 hours. The trailer was 90 seconds. The last 30 seconds of the trailer are the title.",
         [(60.0, 90.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stream_of_livestream(text, expected):
    assert found_spans(text) == expected
