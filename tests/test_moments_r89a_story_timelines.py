"""A story's timeline going on from an am/pm clock (blind round 89, a film's plot on a wiki page): in a section headed
as a story's telling ("== Plot ==", "## Synopsis", a "Plot" line), a bare clock a few hours after an am/pm clock told
before it in its paragraph is the story's time wherever it stands in its sentence ("At 3:00 a.m. ... with the guard
shift changing at 6:15"), not only when it opens a clause. A sentence naming the footage keeps its position, and so
does a clock with no am/pm clock before it, or a review's position after its word on the plot ("The plot is simple:
at 3 a.m. a man wakes. Jump to 4:10 to see the dog")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a story's clock after its am/pm clock, anywhere in the sentence": [
        ("== Plot ==\nAt 5:00 a.m. Tolu wakes the crew, with the van due to leave at 7:30.", []),
        ("== Synopsis ==\nAt 9:30 a.m. Adaeze sneaks into the office, hoping to finish before the board meeting "
         "at 11:15.", []),
        ("== Plot ==\nKemi inherits her aunt's bakery in Ibadan.\n\nAt 4 a.m. on opening day she is alone, with the "
         "first delivery van due at 6:30.", []),
    ],
    "the footage named, or no story, keeps the position": [
        ("The plot is thin. At 5 a.m. the alarm rings; in the film the fire starts at 7:05, a long way in.",
         [(425.0, None)]),
        ("At 4:30 a.m. the pipe burst. In the video, at 5:10 the spray hits the camera.", [(310.0, None)]),
        ("The plot kicks off at 0:45 when the alarm rings, and at 2:10 she runs.", [(45.0, None), (130.0, None)]),
        ("The plot is simple: at 3 a.m. a man wakes up alone. Jump to 4:10 to see the dog.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_story_timelines(text, expected):
    assert found_spans(text) == expected
