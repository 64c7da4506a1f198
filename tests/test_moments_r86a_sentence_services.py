"""A service's departure told in its own sentence (blind round 86): "The last bus to Knocknacarra leaves Eyre Square
at 23:15" is the bus's clock even on a page that links a trailer above it; only footage named in that sentence
("the bus leaves at 00:45 in the dashcam clip") makes it a position, or a paragraph that told the footage's length
first ("The cab-ride video is 40 minutes long."). A one-digit hour stays for the paragraph to decide."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a service's clock in its own sentence": [
        ("Watch the trailer first. The last tram to Ranelagh leaves the Green at 00:40.", []),
        ("<p>Trailer: <a href=\"https://vimeo.com/1\">watch</a>.</p><p>The night bus departs Parnell Square at "
         "23:50.</p>", []),
        ("The clip is on our channel. The ferry arrives in Inis Mór at 18:05, so book ahead.", []),
    ],
    "footage named in the sentence keeps the position": [
        ("In the dashcam clip the bus leaves the stop at 00:45 in the video.", [(45.0, None)]),
        ("The trailer is short. At 1:12 the train leaves the station.", [(72.0, None)]),
    ],
    "footage told with its length before keeps the paragraph's reading": [
        ("A 25-minute bus-spotting video, and a good one. The number 18 bus leaves Eyre Square at 14:05 and the "
         "driver waves.", [(845.0, None)]),
        ("The cab-ride video is 40 minutes long and worth it. The train arrives at Wick at 12:40, and the driver "
         "waves.", [(760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sentence_services(text, expected):
    assert found_spans(text) == expected
