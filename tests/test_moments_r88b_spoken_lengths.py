"""A work's length said in passing in a long page (blind round 88): "the finished scan runs 9 minutes 40 seconds",
"the whole of Tuesday's recording — 7 hours 12 minutes of it — from the start". A film's finished or restored scan
running N is the film's length; the whole of a recording, its length set off after it as "N of it", is that
recording's length; both are what "the last minute" and "halfway through" count from. A stretch told before a
determiner ("for nearly a minute the film is just ...") is a stretch of the film, no length of it, so it must not
be the length the end forms count from. An MRI scan's forty minutes stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a film's finished or restored scan runs its length": [
        ("The archive restored the 1958 documentary, and the restored scan runs 6 minutes 30 seconds. The last "
         "minute is a parade.", [(330.0, 390.0)]),
        ("The film's new 4K scan runs 12 minutes. Halfway through the reel the picture jumps.", [(360.0, None)]),
        ("The MRI scan lasted 40 minutes. The last minute was loud.", []),
    ],
    "the whole of a recording, 'N of it', is its length": [
        ("I sat through the whole of Friday's stream — 5 hours 20 minutes of it — in one go. In the final 10 minutes "
         "the feed drops.", [(18600.0, 19200.0)]),
        ("We watched the entire livestream (all 3 hours of it). The last half hour is the encore.",
         [(9000.0, 10800.0)]),
    ],
    "a stretch before a determiner is no length": [
        ("At 1:10 the crowd parts, and for about a minute the film is only faces. The last minute is the parade.",
         [(70.0, None)]),
        ("For ten seconds the video goes black, then the sound returns.", []),
        ("A ten minute film about bees won.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_spoken_lengths(text, expected):
    assert found_spans(text) == expected
