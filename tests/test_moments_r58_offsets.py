"""Round 58, sports, forum and transcripts: positions the extractor missed, and a length it read as one. A dotted
position ("5.45") in a sentence naming no footage, just after one said to be in the clip ("comes at 3.20 in the
clip. The run-out is near about 5.45."); "N minutes in" closed by a dash ("about 52 minutes in — that's the 21st
minute of the second half"); a length label opening a sentence of its line ("Meeting ended: 11:04 AM. Duration 22m
09s."). Near-misses: a dotted clock with no footage position before it in the paragraph, a past length closed by a
dash, "in-game", a label word that is no label."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a dotted position after one said in the clip": [
        ("The first wicket falls at 1.40 in the clip. Smith's catch at slip is at 2.55, and the stumping comes "
         "around 4.10.", [(100.0, None, False), (175.0, None, False), (250.0, None, True)]),
        ("The opening try is at 0.50 in the video. The sin-binning, a high tackle by the 19-year-old flanker, is "
         "near about 3.05.", [(50.0, None, False), (185.0, None, True)]),
        # near-misses: nothing before said in the footage, the writer's own day, and another paragraph
        ("Shares traded at 3.20 on Monday. The run-out of the opener is near about 5.45.", []),
        ("The speech is at 2.10 in the clip. Our class starts at 9.30, so we see only that part.",
         [(130.0, None, False)]),
        ("The first wicket falls at 1.40 in the clip.\n\nThe second day starts at about 10.30.",
         [(100.0, None, False)]),
    ],
    "minutes in, closed by a dash": [
        ("The replay is on the app. The winning point is about 52 minutes in — that's the 21st minute of the second "
         "half.", [(3120.0, None, True)]),
        ("The replay is on the app. The red card is roughly 14 minutes in – watch the keeper.",
         [(840.0, None, True)]),
        # near-misses: a length told in the past, and a game's own time
        ("The replay is on the app. It was ten minutes in — far too long.", []),
        ("The replay is on the app. The goal is about 14 minutes in-game.", []),
    ],
    "a length label opening a sentence, not its line": [
        ("Call ended 16:40. Duration 14m 05s. The recording is attached.", []),
        ("Meeting over at 3:15 PM. Duration 41m 20s. Notes are below.", []),
        # near-misses: the label opening its line keeps its work's length; a label word that is no label
        ("Upload finished.\nRuntime 9:58. The last 30 seconds are the credits.", [(568.0, 598.0, False)]),
        ("The duration was brutal. At 4m 10s the bridge falls in the video.", [(250.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_eight_offset_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
