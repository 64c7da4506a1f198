"""A Markdown link whose text names the platform and a time, its link with no seek (blind round 120, a Reddit
dashcam post: "Full video: [YouTube, 2:48](https://youtu.be/BLoRute2) (unlisted, no ads)", then "Skip the last 30
seconds"). As round 96's "(YouTube, 18:40): youtube.com/..." in round brackets, the time is the linked work's length:
no moment, and the length the end forms after it count from. A link that seeks ("?t=45") is the position, and a link
whose text is a time alone stays one moment. An HTML anchor's text, and a dot or a dash between the platform
and the time, say the same."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a linked platform's time is the work's length": [
        ("Watch it here: [Vimeo, 3:10](https://vimeo.com/55102) — the last 20 seconds are the best bit.",
         [(170.0, 190.0)]),
        ("Source: [Facebook video, 4:05](https://fb.watch/xyz) and the crash comes at 2:31.", [(151.0, None)]),
        ("Original upload: [TikTok, 0:58](https://www.tiktok.com/@user/video/123)\n\nThe final 10 seconds are "
         "the funny part.", [(48.0, 58.0)]),
        ("Full stream: [Twitch · 1:02:10](https://www.twitch.tv/videos/998) and the final two minutes are the "
         "raid.", [(3610.0, 3730.0)]),
        ('Original: <a href="https://youtu.be/q9Lk">YouTube, 2:05</a>. Ignore the last 15 seconds.',
         [(110.0, 125.0)]),
    ],
    "a link that seeks, or a time alone, stays a position": [
        ("Clip: [YouTube, 0:45](https://youtu.be/abc?t=45)", [(45.0, None)]),
        ("Check [1:05](https://youtu.be/x?t=65), you can see the plates.", [(65.0, None)]),
        ('See <a href="https://youtu.be/abc?t=45">YouTube, 0:45</a> for the slip.', [(45.0, None)]),
        ("The keeper spills it (video - 2:14) and the striker pounces.", [(134.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_linked_platform_length(text, expected):
    assert found_spans(text) == expected
