"""A work named by its title set apart in Markdown's emphasis, then its kind, then its length in brackets (blind
round 152, a music-video review: "Kojo Mensah's *Asaase* video (3:58) is the most ambitious visual Accra has produced
this year."). Emphasis sets a title apart as quotes do ('the "Sika" video (4:05)' is already the work's length), so
the bracket is that work's length, no position; the contract lists "a title followed by its length". A bracket after
a part of the work named so ("the *Kente* scene (1:40)"), or after footage named with no title ("In the video (2:05)
the dancers freeze"), stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an emphasised title, its kind and its length in brackets is no moment": [
        ("Ama Serwaa's *Harmattan* lyric video (3:12) went up on Friday; the hook lands at 0:52.", [(52.0, None)]),
        ("The _Tro Tro_ video (4:40) is shot entirely on a moving bus.", []),
        ("Ten details in the *Tro Tro* video (4:40)\n\n1. The driver's mirror shows the crew at 0:31.",
         [(31.0, None)]),
        ("Efua's **Sankofa** trailer (1:44) is out, and the title card lands at 1:30.", [(90.0, None)]),
    ],
    "a bracket after a part of the work, or after untitled footage, stays a position": [
        ("In the video (2:05) the dancers freeze.", [(125.0, None)]),
        ("The *Kente* scene (1:40) is the best bit of the whole thing.", [(100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_emphasised_work_title(text, expected):
    assert found_spans(text) == expected
