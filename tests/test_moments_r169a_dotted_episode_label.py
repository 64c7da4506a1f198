"""An episode guide whose lines open with a dotted label and run past eight words (blind round 169, a Saskatoon
curling podcast): "Ep. 32: Ice tech Darlene Kowalchuk on pebbling at 5:30 a.m. (47:05)" is episode 32's length, as
"Ep 14: Live from the pub in Ros Muc, recorded 19 Oct 2024 at half eight (1:04:36)" already was (round 161). The
segment before the bracket is cut after "Ep." so that "in order: Ep. 1 The Harbour (42:10)" reads from the number; the
numbered work's label is now read with its dot too, and a time of day's "a.m." or "p.m." stops no sentence in it. A
line of a chapter list, a bracket in prose, or one after a stopped sentence still places its position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted episode label and a long title closed by its length": [
        ("The Hog Line Hour — Season 4 episode guide (Saskatoon, SK)\nEp. 31: Rocks, brooms and the 2025 Brier recap "
         "(58:12)\nEp. 32: Ice tech Darlene Kowalchuk on pebbling at 5:30 a.m. (47:05)\nEp. 33: Junior provincials, "
         "live from the Nutana club (1:12:40)\nListener favourite: the extra-end double takeout in Ep. 33, about "
         "1:05:30 in.", [(3930.0, None)]),
        ("Back catalogue\nEp. 7: The night shift at the Tema fishing harbour, from the first boat in at 4 a.m. "
         "(52:10)\nEp. 8: Kenkey, fish and the women who run the market at Jamestown (44:30)", []),
        ("Our back catalogue: Ep. 12: Why the lighthouse keeper left at 6 p.m. and never came back to the island "
         "(1:02:15)", []),
        ("Eps. 4: Three brothers, one dairy farm and the long drive to the Gympie show at 3 a.m. (49:20)\nThe tractor "
         "story starts at 12:40.", [(760.0, None)]),
    ],
    "a chapter line or a stopped sentence still places its bracket": [
        ("Chapters\n0:00 Intro\nEp. 2 segment starts here. We talk about the 5 a.m. start, and the boats (4:10)",
         [(0.0, None), (250.0, None)]),
        ("In Ep. 32 the ice tech starts pebbling at 5:30 a.m. and keeps going (12:40), then the sweepers come in.",
         [(760.0, None)]),
        ("Ep. 5 recap. The crew meets at 6 a.m. at the port (3:10) and the nets go out.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_episode_label(text, expected):
    assert found_spans(text) == expected
