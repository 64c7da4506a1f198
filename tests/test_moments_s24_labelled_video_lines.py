"""A news page's embedded video, told on a line of its own: the medium's label, what it shows and its length in
brackets closing the line (unfitted round 97's local-news pages, four of six: "[VIDEO] Lights on the A40 – the
winter tractor run filmed by reader Carys Lloyd (3:12)", "▶ Video: Bus Éireann driver helps swans across the road
(1:30)"). The bracket is the video's length, no position, and the one its end forms count from; a bracketed time
in prose, or a stretch in brackets, stays a position. Fixed on the measure's evidence, so round 97 left the
unfitted measure."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled video line's closing bracket is its length": [
        ("By Ama Owusu\n\n[VIDEO] Fishermen haul a stranded turtle back to sea at Jamestown (2:48)\n\nAt 0:35 the "
         "net comes free.", [(35.0, None)]),
        ("Updated 09:10\n\n▶ Video: Snow plough clears the Glenshee road before dawn (1:05)\n\nThe plough reaches the "
         "car park about 40 seconds in.", [(40.0, None)]),
        ("Clip: Council chamber erupts as the budget vote is called (0:58)\n\nIn the last 10 seconds the mayor "
         "adjourns.", [(48.0, 58.0)]),
        ("**Footage:** A kangaroo hops through the Canberra Centre food court (0:41)\n\nNobody looks up.", []),
    ],
    "a bracketed time in prose, or a stretch, stays a position": [
        ("The video shows the turtle reach the water (2:31) as the crowd cheers.", [(151.0, None)]),
        ("Video: the crash itself (0:41–0:58) is what people share.", [(41.0, 58.0)]),
        ("In the clip the plough stalls (0:52).", [(52.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_video_lines(text, expected):
    assert found_spans(text) == expected
