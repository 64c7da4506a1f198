"""An SRT cue typed with a field one digit wide (blind round 110, subtitles): a beginner's 'which I typed as
00:00:6,000 --> 00:00:08,400'. The player rejects the stamp, but the writer says where the caption runs: the pair and
its arrow are one range, as a well-formed cue is (the round's decision reads it as 6-8.4). Without the arrow a loose
stamp is not read, and a well-formed cue is unchanged."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a cue with a one-digit field is still a range": [
        ("Subtitle Edit flags my second cue, 00:01:4,500 --> 00:01:07,250, as broken.", [(64.5, 67.25)]),
        ("In the file, cue 12 reads 0:00:09,000 --> 0:0:11,500 and will not load.", [(9.0, 11.5)]),
    ],
    "well-formed cues are unchanged": [
        ("Cue 3 is 00:00:12,000 --> 00:00:14,500 and it displays fine.", [(12.0, 14.5)]),
        ("Cue 4 (00:00:15,000 --> 00:00:17,200) shows on time.", [(15.0, 17.2)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_loose_srt_cues(text, expected):
    assert found_spans(text) == expected
