"""A story's timeline going on from an am/pm clock (blind round 89, a film's plot on a wiki page): in a paragraph that
tells a story ("== Plot ==", "is set over one night"), a bare clock a few hours after an am/pm clock told before it
is the story's time wherever it stands in its sentence ("At 3:00 a.m. ... with the guard shift changing at 6:15"),
not only when it opens a clause. A sentence naming the footage keeps its position, and so does a clock with no
am/pm clock before it or in no story."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a story's clock after its am/pm clock, anywhere in the sentence": [
        ("== Plot ==\nAt 5:00 a.m. Tolu wakes the crew, with the van due to leave at 7:30.", []),
        ("== Synopsis ==\nAt 9:30 a.m. Adaeze sneaks into the office, hoping to finish before the board meeting "
         "at 11:15.", []),
        ("The film is set over one night. At 10 p.m. the bar fills up, and the band booked for 11:30 never shows.",
         []),
    ],
    "the footage named, or no story, keeps the position": [
        ("The plot is thin. At 5 a.m. the alarm rings; in the film the fire starts at 7:05, a long way in.",
         [(425.0, None)]),
        ("At 4:30 a.m. the pipe burst. In the video, at 5:10 the spray hits the camera.", [(310.0, None)]),
        ("The plot kicks off at 0:45 when the alarm rings, and at 2:10 she runs.", [(45.0, None), (130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_story_timelines(text, expected):
    assert found_spans(text) == expected
