"""The amount a work was edited down from (blind round 169, a Walkhighlands thread): "Here's my helmet-cam from the
traverse, 17 minutes, cut down from about 5 hours on the ridge." names no position: "from about 5 hours" after "cut
down" is the material the 17 minutes were cut out of, as "whittled down from 300 hours of rushes" already was. A
bare "from 2 minutes" that starts a stretch of the footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the amount a work was cut or edited down from": [
        ("Here's my helmet-cam from the traverse, 17 minutes, cut down from about 5 hours on the ridge. The Crazy "
         "Pinnacles start at 8:40.", [(520.0, None)]),
        ("The 12-minute video, edited down from 4 hours, is up.", []),
        ("Our 8-minute recap was condensed from roughly 2 hours of livestream, and the try is at 3:10.",
         [(190.0, None)]),
        ("The vlog, trimmed from 90 minutes, shows the whole climb.", []),
    ],
    "a stretch of the footage from a time stays a position": [
        ("Watch from 2 minutes, where the ice cracks.", [(120.0, None)]),
        ("Our 20-minute film was condensed from nearly 3 hours of interviews; from 2 minutes on it shows the dam.",
         [(120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_edited_down_from(text, expected):
    assert found_spans(text) == expected
