"""A new paragraph on the footage walks through it, not the day again (blind round 121): "Kick-off was 3pm ...\\n\\nThe
BBC Sportscene highlights are 6:12 long. Baird's opener is at 0:48, and the Whyte deflection is clearest from 3:05 to
3:20." places 185-200: a clock in the same hour as the day's clock told before is that clock again only where no
paragraph about the footage came between. In the same paragraph, or after a paragraph naming no footage, the later
minute of the same hour stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a paragraph on the footage between the day's clock and the time": [
        ("Kick-off was 3pm in a swirling wind and County led through Baird on 17 minutes.\n\nThe BBC Sportscene "
         "highlights are 6:12 long. Baird's opener is at 0:48, and the Whyte deflection is clearest from 3:05 to "
         "3:20. Attendance 4,118.", [(48.0, None), (185.0, 200.0)]),
        ("The match started at 7pm under lights.\n\nThe highlights video runs 9:40. The first try is at 1:10, and "
         "the sin-bin comes at 7:25.", [(70.0, None), (445.0, None)]),
        ("Gates opened at 2pm and the crowd was in early.\n\nIn the club's replay, the equaliser is at 2:50 and the "
         "winner at 2:58.", [(170.0, None), (178.0, None)]),
        ("The service began at 11am.\n\nThe parish livestream is on YouTube. The choir sings at 0:40 and the "
         "blessing is at 11:20.", [(40.0, None), (680.0, None)]),
    ],
    "the day's clock again with no footage paragraph between": [
        ("Kick-off was 3pm in a swirling wind. The floodlights failed at 3:05 and were back by 3:20.", []),
        ("Kick-off was 3pm in a swirling wind.\n\nThe floodlights failed at 3:05 and were back by 3:20.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_paragraph_after_kickoff(text, expected):
    assert found_spans(text) == expected
