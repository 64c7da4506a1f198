"""An embed placeholder set inline in a paragraph, after a sentence, not on a line of its own (blind round 115): "...
(appeal no. 2025/0441). [VIDEO: Sub-council meeting, 2:14:30] The livestream shows Cllr Pieterse walking out at
1:02:45". A news page pasted as one paragraph keeps the player's placeholder in the running text; its title, then the
time closing it, is the embedded video's length (as on a line of its own, round 108), no moment. The positions the
sentence after it places stay positions, and a bracket placing a time inside prose is still a cited position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an inline embed placeholder's closing time is the video's length": [
        ("Flooding closed the N2 on Monday. [VIDEO: Rescue at the Liesbeek bridge, 4:12] The footage shows the "
         "second car tipping at 2:05.", [(125.0, None)]),
        ("Councillors met on Wednesday night. [Embedded video — “Budget debate, full sitting” — 1:48:20] The "
         "mayor walks out at 1:12:40.", [(4360.0, None)]),
        ("The club confirmed the signing on Friday! [WATCH: Okafor's first interview (6:40)] He smiles at 0:58 "
         "when asked about the derby.", [(58.0, None)]),
        ("Roads reopened by noon. [AUDIO | Morning bulletin | 3:15] Listeners phoned in throughout.", []),
    ],
    "a time placed inside the brackets, or a bracketed cite in prose, stays a position": [
        ("Flooding closed the N2 on Monday. [Video: the car tips at 2:05] Nobody was hurt.", [(125.0, None)]),
        ("The officer turns to the driver [1:14] and asks for the keys.", [(74.0, None)]),
        ("Residents gathered outside. [VIDEO: Rescue at the bridge, 4:12] Skip to 4:30 in the second clip for "
         "the lift.", [(270.0, None)]),
    ],
    "on a line of its own, as before": [
        ("Flooding closed the N2.\n[VIDEO: Rescue at the bridge, 4:12]\nThe second car tips at 2:05.",
         [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_inline_embed_label(text, expected):
    assert found_spans(text) == expected
