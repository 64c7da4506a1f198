"""A page's lengths of its works read as positions (blind round 64): an embedded player's caption followed by a dash
and what it shows ("<figcaption>Video, 00:00:45 &mdash; the collapse</figcaption>"), a work in emphasis with a note
on where it was put before its length in brackets ("the **livestream** (uploaded to Facebook, 41 min 12 s)"). The
same numbers said as positions stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a player's caption, then what it shows": [
        ("<figure><figcaption>Video, 00:01:12 &mdash; the landslide, filmed by a walker</figcaption></figure>\n"
         "<p>The slope gives way at 0:38.</p>", [(38.0, None)]),
        ("Video, 02:05 — Firefighters reach the roof\n\nAt 1:10 the ladder goes up.", [(70.0, None)]),
        ("<p>Video, 3:40 | Storm footage from Aberystwyth</p>", []),
    ],
    "a work's length after a note on where it went up": [
        ("Positions below are in the **neighbour's livestream** (uploaded to Facebook, 52 min 08 s).", []),
        ("Her dashcam video (posted on TikTok, 3 min 05 s) shows the lorry drifting.", []),
        ("The <b>bodycam footage</b> (1 min 58 s) was released on Friday.", []),
    ],
    "near misses: positions": [
        ("In the video, 0:45 — that is where he falls.", [(45.0, None)]),
        ("He appears in the livestream (uploaded to Facebook, at 12:40) holding a sign.", [(760.0, None)]),
        ("The fall is in the video (posted on TikTok at 0:45).", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_page_length_is_no_position(text, expected):
    assert found_spans(text) == expected
