"""A work's length in brackets, wrapped in markup (blind round 199): "video is up (<em>38:20</em>)!", "the recap is
out (**4:12**)" and "File: `kirumba_final_v2.mp4` (**24:16**)" tell lengths as their bare twins ("is up (38:20)",
"File: kirumba.mp4 (24:16)") already did: emphasis or a code span around the time or the file's name hides no
bracket. A stamp in bold opening a chapter line stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a posted work's length in emphasis": [
        ("<p>Okay lah, the full <strong>Johor Bahru night market walk</strong> video is up (<em>38:20</em>)! "
         "Highlights:</p><p><strong>0:04:10</strong> &mdash; mee rebus</p>", [(250.0, None)]),
        ("The highlights are out (**4:12**), and the goal comes at 1:05.", [(65.0, None)]),
        ("Our vlog is finally up (<strong>12:40</strong>). Enjoy!", []),
    ],
    "a file's length in markup": [
        ("File: `kirumba_final_v2.mp4` (**24:16**)\n\n| Segment | Starts at |\n|---|---|\n| Intro | `00:03:25` |",
         [(205.0, None)]),
        ("File: `kirumba_final_v2.mp4` (24:16)\n\nIntro at 0:10.", [(10.0, None)]),
        ("Source: <code>harbour_cam2.mov</code> (<em>8:05</em>). The crane swings at 2:10.", [(130.0, None)]),
    ],
    "left alone": [
        ("**0:04:10** — mee rebus at Stall 14", [(250.0, None)]),
        ("He slips in the video (<em>0:45</em>) and gets up.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_markup_wrapped_length(text, expected):
    assert found_spans(text) == expected
