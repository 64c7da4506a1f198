"""A position spelled as an offset into one copy, told again as a timecode of another copy (blind round 129,
factcheck): 'The taser is deployed about 50 seconds into the viral clip, which is 6:02 in the full version.' The
"which is 6:02" after the clip's noun reads like the clip's length, but the "in the full version" after it and the
position just told place it: the same moment in the other copy, a position of its own (as "comes at 7:02 in the full
file, which is 2:32 in the department's version" already was). "of the original" places it as "in" does. The clip's
own length told so stays a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a spelled offset told again in another copy is two positions": [
        ("The goal comes 40 seconds into the TikTok, which is 3:15 in the broadcast.", [(40.0, None), (195.0, None)]),
        ("The crash is a minute and a half into the reel, which is 12:40 of the original livestream.",
         [(90.0, None), (760.0, None)]),
        ("The minister's remark lands roughly twenty seconds into the WhatsApp video, which is 1:04:10 in the "
         "parliament's upload.", [(20.0, None), (3850.0, None)]),
    ],
    "a timecode told again of another copy is two positions": [
        ("The slogan is at 0:12 of the reel, which is 8:40 of the full rally video.", [(12.0, None), (520.0, None)]),
    ],
    "the copy's own length stays a length": [
        ("The flag appears 20 seconds into the video, which is 4:10 long.", [(20.0, None)]),
        ("We watched 30 seconds of the clip, which runs 2:10 in total.", []),
        ("The clip, which is 2:10 of footage from the mall, shows the crash at 0:40.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_restated_in_version(text, expected):
    assert found_spans(text) == expected
