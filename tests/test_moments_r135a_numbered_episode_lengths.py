"""An episode named by its number, its length in brackets and then a colon before what it holds (blind round 135):
"- Ep 112 (58 min): the Croke Park rant at 41:20", "- Ep 98 (1:04:00): no standout, listen from the start". The
colon after the bracket made it read as a transcript's timed label ("Speaker 2 (27:14): So ..."), which cites a
position; but a work named by its kind and number (episode, part, track, lecture) is a work, and the bracket is its
length, no moment. A speaker's timed label stays a position; the positions the items place stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an episode's or part's bracketed length before a colon is no moment": [
        ("Where to start with the Wellington Rugby Pod:\n- Episode 31 (52:10): the lineout rant at 18:45\n"
         "- Episode 27 (47:35): skip the intro, it's all good", [(1125.0, None)]),
        ("Binge guide, season two:\n* Part 4 (1:02:30): the kitchen fire, about 20 minutes in\n"
         "* Ep. 6 (44:05): the finale's last scene", [(1200.0, None)]),
        ("Course notes\n- Lecture 9 (1:14:20): the proof starts at 33:10\n- Lecture 10 (58:00): revision only",
         [(1990.0, None)]),
    ],
    "a speaker's timed label stays a position": [
        ("Transcript excerpt\nSpeaker 2 (27:14): So we agreed to meet at the depot.\n"
         "Speaker 1 (27:40): That's not what you said in March.", [(1634.0, None), (1660.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_episode_lengths(text, expected):
    assert found_spans(text) == expected
