"""An embedded video's caption in brackets on a line of its own, its length last after a comma (blind round 96):
'[VIDEO: Doorbell footage released by Greater Manchester Police, 2 min 10 s]', '[Video: eThekwini Metro Police
explain the new cameras, 2:40]'. A news page's player caption: the medium's label, what the clip shows, then how long
it runs, as "Video, 1:58" is. The length is no position (and the one end forms count from); a position cited in the
caption ("at 0:41"), a stretch, or a bracketed time in prose stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a caption line's last item is the clip's length": [
        ("Flooding closes Harbour Road\n\n[Video: Council drone footage of the estuary at high tide, 1 min 45 s]\n\n"
         "The road was shut on Friday. In the clip, water reaches the bus stop at 0:52.", [(52.0, None)]),
        ("Crash on the M62\n\n(VIDEO: Dashcam clip supplied by a reader, 0:58)\n\nThe lorry drifts across the lanes "
         "at 0:21.", [(21.0, None)]),
        ("[Footage: Kerala police release the CCTV of the jewellery shop raid, 3:05]\nThe gang enters at 0:44 and "
         "leaves within four minutes.", [(44.0, None)]),
    ],
    "end forms count from the caption's length": [
        ("[Video: RNLI crew bring the dog ashore, 1:30]\n\nIn the last 15 seconds the dog shakes itself dry.",
         [(75.0, 90.0)]),
    ],
    "a position or a stretch cited in a caption stays one": [
        ("[Video: the van mounts the kerb at 0:41]\n\nPolice want to speak to the driver.", [(41.0, None)]),
        ("[Video: the roof gives way, 0:41–0:58]\n\nNobody was hurt.", [(41.0, 58.0)]),
        ("The officer lifts the tape (1:12) and waves the car through.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_caption_line_lengths(text, expected):
    assert found_spans(text) == expected
