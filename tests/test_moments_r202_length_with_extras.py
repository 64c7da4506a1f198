"""A recording's length in brackets that says what the broadcast around the event adds to it (blind round 202: "the
full replay is on the club's channel (2:04:30 with the build-up and the presentations)"): the whole recording's
running time, extras counted, no position, as round 199's "(1:58:10 with the pre-match show)" already was. A
bracketed position beside a moment ("The try (0:48 on the replay)"), or one naming no recording before it, stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the recording's length with its build-up, adverts or studio counted": [
        ("If you missed Sunday, the full replay is on the club's channel (2:04:30 with the build-up and the "
         "presentations). Kick-off is at 0:12:45 on the video.", [(765.0, None)]),
        ("The whole stream is on the club's page (3:12:40 including the pre-match show and the post-match interviews).",
         []),
        ("The full stream on the channel (1:48:10, with the adverts).", []),
    ],
    "positions left alone": [
        ("The try (0:48 on the replay) is the best bit.", [(48.0, None)]),
        ("The trophy lift (1:58:20 with the presentations) is emotional.", [(7100.0, None)]),
        ("The second try (0:38:10 with a 60-metre break before it) was the best.", [(2290.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_with_extras(text, expected):
    assert found_spans(text) == expected
