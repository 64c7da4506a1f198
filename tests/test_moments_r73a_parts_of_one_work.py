"""A list counting things inside one work, each item's time in brackets (blind round 73, lists): "Every explosion in
the "Rogue Delta" trailer, ranked\\n\\n1. The tanker (1:34)\\n2. The helicopter (2:02)", "Top 7 moments from last
night's Grand Final stream (full VOD 4:32:10)\\n\\n3. Rookie's four-kill round (2:55:40)". A heading naming the one
work its items are in (every / each / all the things in it, or moments whose heading closes on the whole work's
length) makes the bracketed times positions, even where they do not rise and a blank line stands under the heading.
A list of works (trailers, clips, songs) under such a heading, or a contents list, keeps its lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "things inside one work, listed with their times": [
        ("Every cameo in the new Harbour Lights episode, ranked\n\n1. The postman (12:40)\n2. The mayor (3:05)\n"
         "3. The baker (27:18)", [(760.0, None), (185.0, None), (1638.0, None)]),
        ("All the saves from Sunday's stream\n\n- Double block (1:12:30)\n- Fingertip tip-over (0:48:02)",
         [(4350.0, None), (2882.0, None)]),
        ("Each stunt in the festival teaser\n1. Wall run (0:41)\n2. Roof jump (0:12)", [(41.0, None), (12.0, None)]),
    ],
    "a moments heading closing on the whole work's length": [
        ("Best moments of the charity stream (VOD 6:10:45)\n\n1. The cake falls (2:15:10)\n2. Raid (0:40:02)",
         [(8110.0, None), (2402.0, None)]),
    ],
    "lists of works keep their lengths": [
        ("Every trailer from the showcase, ranked\n\n1. Ashfall (2:31)\n2. Dune Sea (1:58)\n3. Orbit (2:02)", []),
        ("Contents\n\n1. The Crossing (1:04:12)\n2. Quarantine (47:45)\n3. Home (52:10)", []),
        ("All the songs of the album\n\n1. Ash (3:41)\n2. Coldwater (4:12)", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_parts_of_one_work(text, expected):
    assert found_spans(text) == expected
