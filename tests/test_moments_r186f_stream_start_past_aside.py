"""A recording's start told on the day's clock past an aside between commas (blind round 186): "The stream, 2 hours
40 minutes long, began at 10:00." is when the livestream started in the world, as "The stream began at 10:00" already
was; the positions told after it in the stream stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's council stream": [
        ("Wednesday's council sitting, livestreamed on the municipality's Facebook page, collapsed in chaos. The "
         "stream, 2 hours 40 minutes long, began at 10:00. About 40 minutes into the livestream, councillor Thabo "
         "Ngcobo (ANC) accused the speaker of bias.", [(2400.0, None)]),
    ],
    "fresh recordings started past an aside": [
        ("The livestream, three hours and ten minutes in all, started at 18:30. At 1:12:05 the lights went out.",
         [(4325.0, None)]),
        ("Our recording, nearly an hour long, started at 09:15 sharp. At 12:40 the mayor arrives.", [(760.0, None)]),
        ("The broadcast, all 95 minutes of it, started at 19:30.", []),
        ("The webcast, which ran to 95 minutes, began at 14:00, and at 0:52:10 the chair called a recess.",
         [(3130.0, None)]),
    ],
    "positions stay": [
        ("In the video, the stream of water began at 0:45.", [(45.0, None)]),
        ("The stream, which runs 40 minutes, began at 0:00 with the anthem and the walkout comes at 12:10.",
         [(0.0, None), (730.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stream_start_past_aside(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
