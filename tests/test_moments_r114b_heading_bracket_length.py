"""A list's heading closing on a bracket whose last item is a bare time (blind round 114): 'Walkthrough chapters –
Forest Temple (no commentary, 38:12)' over a list of chapter stamps. The heading names the whole video; a time ending
its bracket after a comma, with nothing placing it, is the video's length, no moment (the chapters below stay
positions). A bracket that places its time ("(goal at 2:10)", "(skip to 4:05)") stays a position, and a time ending a
bracket in a later line is left to the rules it always had."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a heading's bracket ending on a bare time is the video's length": [
        ("Speedrun splits – Ice Caverns (any%, 1080p, 52:40)\n00:00 Start\n06:12 First skip\n14:50 Boss",
         [(0.0, None), (372.0, None), (890.0, None)]),
        ("Water Temple walkthrough (no music, 41:05)\n00:00 Entrance\n05:10 Small key", [(0.0, None), (310.0, None)]),
        ("Tour vlog – Kyoto in the rain (unedited, 22:40)\n00:00 Station\n04:12 Temple gate",
         [(0.0, None), (252.0, None)]),
    ],
    "a heading's bracket that places its time stays a position": [
        ("Derby highlights (goal at 2:10)\n- the red card comes later", [(130.0, None)]),
        ("Budget speech clips (skip to 4:05)\n- the tax bit", [(245.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_heading_bracket_length(text, expected):
    assert found_spans(text) == expected
