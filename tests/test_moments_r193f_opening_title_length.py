"""The running time closing the title on a text's opening line (blind round 193): after a spaced bar, as a video
page's title carries it ("Geta Bera: tuning a Kandyan drum with Upul Ayya | 18:42"), or in brackets with the channel
or platform it is on ("... 6 moments from the full replay (2:04:30 on the Pacific Rugby channel)"): the work's
length, no moment. The same shapes in prose or a table row ("the try (0:48 on the replay)", "| Ending | 1:48 |")
stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bar and the length close the opening title": [
        ("Building a clay oven in the backyard | 24:10\n\n0:00 Intro\n3:45 Mixing the cob\n12:30 First fire",
         [(0.0, None), (225.0, None), (750.0, None)]),
        ("# Night market tour: Jonker Walk | 9:05\n\nThe durian stall is at 4:40.", [(280.0, None)]),
    ],
    "a bracket with the channel or platform closes the opening title": [
        ("Derby highlights, every goal (11:20 on the club's YouTube channel)\n\n• 2:15 — first goal\n• 8:40 — "
         "the equaliser", [(135.0, None), (520.0, None)]),
        ("Kumasi wedding livestream, the full thing (3:12:05 on Facebook)\n\nThe couple walks in at 1:02:30.",
         [(3750.0, None)]),
    ],
    "positions in the same shapes elsewhere": [
        ("Highlights are up.\n\nThe try (0:48 on the replay) is the best bit.", [(48.0, None)]),
        ("| Moment | Time |\n|---|---|\n| Ending | 1:48 |", [(108.0, None)]),
        ("Watch the save. Best moment | 2:10\n\nThe crowd goes wild.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_opening_title_length(text, expected):
    assert found_spans(text) == expected
