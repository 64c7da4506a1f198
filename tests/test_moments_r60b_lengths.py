"""Lengths of works that read as positions in blind round 60 (html_md, visual, subtitles): a Markdown table's Length
column written "2m 15s", a video card's duration badge in HTML, a length listed among a file's properties in
brackets, a style guide's bare "Maximum:" bound and a speedrun's time tagged with its timing ("1:58:33 IGT")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length column in compact units": [
        ("| Part | Length |\n|---|---|\n| Warm-up | 4m 30s |\n| Main set | 22m 05s |", []),
        ("| Segment | Starts | Ends | Length |\n|---|---|---|---|\n| Intro | 00:00 | 02:15 | 2m 15s |\n"
         "| Q&A | 10:00 | 12:15 | 2m 15s |", [(0.0, 135.0), (600.0, 735.0)]),
        ("| Scene | From | To | Runtime |\n|---|---|---|---|\n| Cold open | 00:00 | 01:40 | 1m 40s |",
         [(0.0, 100.0)]),
    ],
    "a length badge in HTML": [
        ('<a class="thumb"><span class="duration">12:41</span></a>', []),
        ('<div class="card"><span class="badge video-length">1:04:09</span></div>', []),
        ('<span itemprop="duration">0:58</span>', []),
    ],
    "a length among a file's properties": [
        ("The file is a phone recording (H.264, 1080p, 2 min 03 s). At 0:40 a man runs.", [(40.0, None)]),
        ("We got the clip (MP4, 4:12, 30 fps). The door opens at 1:05.", [(65.0, None)]),
        ("The drone footage (4K, 12:05) was shot at dawn.", []),
    ],
    "a bound labelled alone": [
        ("Minimum cue duration: 00:00:01,000. Maximum: 00:00:07,000. Split anything longer.", []),
        ("Reels: Max: 2:30 each, min: 0:20.", []),
    ],
    "a run's time tagged with its timing": [
        ("Full VOD: 7h 18m. PB is **1:58:33 IGT** (second attempt, stream started 19:00 CET).", []),
        ("The stream VOD has it: new PB 1:42:18 any% at the end.", []),
    ],
    "positions beside them stay positions": [
        ("| Song | Where |\n|---|---|\n| Opening | 2m 15s |", [(135.0, None)]),
        ('<p>The goal comes at <span class="ts">12:41</span>.</p>', [(761.0, None)]),
        ("The footage (see 1:12, 1080p) shows the car.", [(72.0, None)]),
        ("Two moments (0:40, 1:12) show the car.", [(40.0, None), (72.0, None)]),
        ("The best bit is at 2:30, max volume there.", [(150.0, None)]),
        ("lol at 1:12:03 in the VOD, the 1:12:03 RTA run.", [(4323.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_lengths_read_as_positions(text, expected):
    assert found_spans(text) == expected
