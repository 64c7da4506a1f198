"""Frame numbers at a rate the text states, from blind round 57 (`tests/data/moments_genres_round57.jsonl`, visual;
rounds 51 and 57's Decisions): "frame 2,160" at 24 fps is 90 s, "Frames 2,400 to 2,520" a range, a rate told beside
the frame wins. Near-misses: no rate stated, a frame count, and a frame a timecode told before it restates in its
sentence (round 44 counts the timecode alone; a timecode in brackets after the frame is a second mention since round
136, as rounds 86, 127 and 134's gold has it)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "frame numbers at a stated rate": [
        ("The match feed runs at 25 fps. The ball crosses the line at frame 1,250.", [(50.0, None)]),
        ("Shot at 24 fps, the reel shows the crash in frames 480 to 600.", [(20.0, 25.0)]),
        ("The phone films at 30 fps; frame 900 — thirty seconds in — is the clearest.", [(30.0, None), (30.0, None)]),
        ("Our copy is 50 fps. By frame #3,000 the stand is empty.", [(60.0, None)]),
        ("The feed is 25 fps. At frame 450 — this camera runs at 15 fps — the roof falls.", [(30.0, None)]),
        # near-misses: no rate stated, a count, a frame restated by a timecode
        ("The roof falls at frame 450.", []),
        ("Infobox: Running time 20 seconds · Frames 480 · Format 16 mm, shot at 24 fps", []),
        ("The drone films at 30 fps. Frame 1,260 of the video (0:42) shows the launcher.",
         [(42.0, None), (42.0, None)]),
        ("The 60 fps file: the cable parts at 0:49.4 — you can see it in frame 2,964.", [(49.4, None)]),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_frame_numbers_at_a_stated_rate_are_positions(text, expected):
    assert found_spans(text) == expected
