"""A length compared with another's, its verb left out as Singlish and chat write it (blind round 137): "Edit: ok
someone say the full version on TikTok longer, 2 min 10 sec, but the Stomp one is the one everybody share". "Is
longer, 2 min 10 sec" was a length; with no "is" the length was a position at 130. Right after the work's noun or
the platform it is on, "longer," or "shorter," then a length is that work's length. A position opening the next
clause ("the video longer, 1:10 is where ...") stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a compared length with no verb is a length": [
        ("Video is 1 min 25 sec only. At 0:09 the auntie holds the door. Edit: someone say the full version on "
         "TikTok longer, 2 min 10 sec, but the Stomp one is the one everybody share.", [(9.0, None)]),
        ("The clip is 58 sec. At 0:12 the lorry turns. The original video shorter, 45 sec, got cut by the "
         "uploader.", [(12.0, None)]),
        ("Stomp clip only 1 min. At 0:20 the cab stop. The version on YouTube longer, 3 min 40 sec, but nobody "
         "watch that one.", [(20.0, None)]),
    ],
    "a position opening the next clause stays one": [
        ("The clip is 1 min 25 sec. At 0:09 the door opens. Then the video longer, 1:10 is where the uncle shout.",
         [(9.0, None), (70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_compared_length_no_verb(text, expected):
    assert found_spans(text) == expected
