"""A recording's length told in its own description, not with "long" or "runs" (blind round 123): "the Stomp repost
(1 min 20 s)", "a drone (6 min 48 s)", "A motorcycle rider's helmet cam, 4 min 10 s.", "Video 1 (Facebook, 1:58, posted
17:34 SAST)". A copy or a device named as the footage (a repost, a drone, a two-word helmet cam), its length in
brackets or after a comma, or after the platform it was posted on inside its brackets, is how long that file is: no
position, and the length its "before the end" counts from. A time said "at" inside the brackets, or a bracket after
prose, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a copy or a device named, its length in brackets": [
        ("The original upload (TikTok, 2 min 10 s) and the Instagram repost (45 s) show one crash; the repost has "
         "it at 0:12.", [(12.0, None)]),
        ("Three sources: a drone (4 min 02 s), a bus camera and a phone. The drone climbs at 1:15.", [(75.0, None)]),
        ("A cyclist's head cam, 3 min 30 s. Thirty seconds before the end of the head cam the lorry turns.",
         [(180.0, None)]),
    ],
    "a platform's name opening the bracket, then the length": [
        ("- Clip 2 (Telegram, 0:52, shared 09:14 WAT): the truck stops at 0:31.", [(31.0, None)]),
        ("Video B (Instagram, 1:40) shows the crowd; at 0:20 the gate opens.", [(20.0, None)]),
    ],
    "a time said at, or in prose, stays a position": [
        ("Video C (YouTube, at 1:12) shows the flag.", [(72.0, None)]),
        ("The drone climbs (1:15) and then banks.", [(75.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_source_lengths(text, expected):
    assert found_spans(text) == expected
