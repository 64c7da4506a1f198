"""When a post's own words were changed (blind round 129, visual): "Upload data: Instagram, posted 18:31 AEST, edited
caption at 18:44; the Facebook copy went up at 9:31 UTC". Editing a caption, a title or a description is a thing
done to the post in the world, as posting it is: its clock is a time of day, no position (the determiner may be left
out in such notes). The adjective ("the added caption at 12:40 names the town") says what is seen in the footage at
that position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a post's caption, title or description changed at a time is no moment": [
        ("Metadata: TikTok, uploaded 20:05 IST, changed title at 20:31; the mirror appeared at 22:10 IST.", []),
        ("The account deleted the caption at 11:52, then reposted. The blast is at 0:37.", [(37.0, None)]),
        ("X post: 16:02 GMT, updated description at 16:40, 12k views.", []),
    ],
    "the adjective keeps the position": [
        ("The added caption at 12:40 names the wrong town.", [(760.0, None)]),
        ("In the edited clip at 0:45 the car turns left.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_post_words_edited(text, expected):
    assert found_spans(text) == expected
