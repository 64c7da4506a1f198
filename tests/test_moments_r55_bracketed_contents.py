"""An audiobook's or an album's contents written "N. Title (time)", one part a line, whose times go down somewhere:
each time is that part's length, not a position (the starts of a chapter list only grow), as a dashed track list
already reads. Round 55, sixteenth session."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "contents-out-of-order": [
        ("Contents\n1. Prologue (9:40)\n2. The Well (31:02)\n3. Winter, 1921 (27:15)\n4. Epilogue (6:05)", []),
        ("Contents\n1. Arrival (14:20)\n2. The Storm (41:05)\n3. Morning (22:10)\n4. Home (35:00)", []),
        ("THE LONG FIELD, unabridged\n\nParts\n- Spring (1:12:40)\n- Summer (58:05)\n- Autumn (1:01:30)", []),
        ("Disc one:\n1) Ferry Song (3:12)\n2) Hollow Bay (5:48)\n3) The Pier at Night (4:02)", []),
    ],
    "near-misses": [
        # a chapter list of starts only grows: positions
        ("Chapters\nIntro (0:00)\nThe climb (1:45)\nThe summit (6:30)", [(0.0, None), (105.0, None),
                                                                       (390.0, None)]),
        # growing times under "Contents" stay as they were read: positions, the part titled "Morning" too (no clock
        # of a morning reads 52:10, round 199)
        ("Contents\n1. Arrival (14:20)\n2. The Storm (41:05)\n3. Morning (52:10)",
         [(860.0, None), (2465.0, None), (3130.0, None)]),
        # a line that goes on after its bracket is no contents line: a ranked list of moments in a video
        ("Ranked, with times in the video:\n1. Rogers vs Chelsea (3:40). A solo run.\n2. Palmer vs Brighton "
         "(1:15). From 30 yards.", [(220.0, None), (75.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_contents_lines_whose_bracketed_times_go_down_are_lengths(text, expected):
    assert found_spans(text) == expected
