"""The value of a program's long option ("`--max-clip 10:00` was read as ten hours", a leftover of blind round 56): a
setting, a length or a limit, not a position; an option naming a place in the input ("--start 1:30", "-ss") and a
range drawn with a double dash stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a long option's value": [
        ("Changes\n- Fixed: `--max-duration 15:00` was ignored on Windows.\n- Docs typo.", []),
        ("Run `annotate clips --max-length 2:30 talk.mp4` to cap each clip.", []),
        ("Use --offset=0:45 when the camera clock runs fast.", []),
        ("Pass `--timeout 5:00` if the upload of the video is slow.", []),
        ("`--segment-time 1:00:00` splits the recording into hours.", []),
    ],
    "a place in the input stays a place": [
        ("Clip it with `--start 1:30 --end 2:10`; the goal is there.", [(90.0, None), (130.0, None)]),
        # (ffmpeg's -ss ... -to ... is one stretch, as round 59's Decisions read it: test_moments_r59b_cut_commands.py)
        ("Run `ffmpeg -ss 00:01:05 -to 00:01:20 -i in.mp4 out.mp4`; the goal is in that stretch.", [(65.0, 80.0)]),
        ("The goal at 1:30 -- 2:10 in the video is the best bit.", [(90.0, None), (130.0, None)]),
        ("Use --seek=0:45 to open the clip at the crash.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_option_value_is_a_setting(text, expected):
    assert found_spans(text) == expected
