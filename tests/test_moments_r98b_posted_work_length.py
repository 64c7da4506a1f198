"""A work's length in brackets beside where it is posted or streamed (blind round 98): "The URC highlights (8:42
on the league's channel) tell the story", "_Recording is up on the channel (1:02:17): Orla starts at 4:30",
"Tuesday's meeting ..., streamed on the council's website (2 hr 38 min), saw ...". A bracket that names the work's
channel or site, or follows the words saying the work went up or was streamed there, holds the whole work's length,
no moment; the positions told after it stay. A bracketed time cited in prose, or in the work "at" or "in" it, stays
a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a subject work's length with its channel in the brackets is no moment": [
        ("The Super Rugby recap (6:15 on the Sky Sport app) says it all. At 4:02 the maul collapses.",
         [(242.0, None)]),
        ("The club's highlights (11:20 via YouTube) are worth a look; the save comes at 9:47.", [(587.0, None)]),
    ],
    "a work said to be up somewhere, its timecode in brackets after, is its length": [
        ("The full stream is now up on Twitch (2:41:08): the giveaway starts at 1:12:30.", [(4350.0, None)]),
        ("Video's online on the club site (18:05) — our goal is at 12:40 and theirs at 15:02.",
         [(760.0, None), (902.0, None)]),
    ],
    "an event streamed or broadcast somewhere, its length in words in brackets, is no moment": [
        ("Thursday's board meeting, livestreamed on the district's YouTube (3 hr 5 min), saw the chair leave "
         "2 hours 10 minutes in.", [(7800.0, None)]),
        ("Sunday Mass, broadcast on Radio Maria's channel (1 h 12 min), had a power cut at 48:30.",
         [(2910.0, None)]),
    ],
    "a bracketed time cited in prose, or in the work at it, stays a position": [
        ("The keeper slips in the video on YouTube (0:45) and the striker scores.", [(45.0, None)]),
        ("The winger is caught offside in the highlights (3:12 in the replay) and the try is ruled out.",
         [(192.0, None)]),
        ("The stream is up on Twitch; the crash is at 1:12:30.", [(4350.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_posted_work_length(text, expected):
    assert found_spans(text) == expected
