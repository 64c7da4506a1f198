"""An offset into a told part of a talk, the part named with the stretch just placed or pointed back at (blind round
170, a podcast's show notes): "listen from 11:35 to 14:00; Hēmi's impression of a kererū crash-landing about a minute
and a half into that story is the best thing we've ever recorded" is 785 (hedged), the range's start plus ninety
seconds, as "about five seconds into that stretch" already was (round 160). A story, an anecdote, a chapter, an
answer, a rant, a tangent, an exchange, a discussion or a conversation is a part as a scene or a segment is; "that"
may stand after the quote's "into" ("A minute into that discussion"). With no stretch told before, and the part not
named with the moment before, the offset stays a point into the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an offset into the told part counts from its start": [
        ("<p>If you only have a short commute, listen from 11:35 to 14:00; Hēmi's impression of a kererū "
         "crash-landing about a minute and a half into that story is the best thing we've ever recorded.</p>",
         [(695.0, 840.0, False), (785.0, None, True)]),
        ("The interview runs 48 minutes. Skip to 22:10 to 26:40 for the flood anecdote; roughly 45 seconds into "
         "that anecdote she starts laughing.", [(1330.0, 1600.0, False), (1375.0, None, True)]),
        ("Chapter 4 (31:00 to 38:20) is the one to hear. Two minutes into this chapter the guest admits he lied.",
         [(1860.0, 2300.0, False), (1980.0, None, False)]),
        ("Jump to 1:02:00 for the story about the goat. About thirty seconds into the story, the goat eats the "
         "microphone.", [(3720.0, None, False), (3750.0, None, True)]),
        ("Between 5:10 and 9:00 they argue about VAR. A minute into that discussion the host walks out.",
         [(310.0, 540.0, False), (370.0, None, False)]),
    ],
    "no part told before: a point into the footage": [
        ("The podcast is 50 minutes. About ten minutes into the story, things go wrong.", [(600.0, None, True)]),
        ("About ten minutes into the story, the film turns dark.", [(600.0, None, True)]),
        ("At 4:00 she begins. Five minutes into that story of hers, the lights go out.",
         [(240.0, None, False), (300.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_into_that_story(text, expected):
    assert found_hedged(text) == expected
