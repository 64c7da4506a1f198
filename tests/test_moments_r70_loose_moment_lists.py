"""A loose list of moments (blind round 70): numbered items set apart by blank lines, each a title with its time in
brackets ("3. The key change heard round the world (0:58:02) — ..."), under an introduction that says its times are
positions in a recording ("Timestamps refer to the compilation on the league's YouTube channel.", "(Times are from
the start of the iPlayer recording ...)"). The blank lines between items are Markdown's loose list, not the end of
it: the introduction is still the list's heading, and its times are positions, not each title's length. The whole
list was lost at once before, and an end form then counted from the last item's time as if it were a length. A loose
list of titles under a heading that says nothing of timestamps, or says its times are running times, keeps its
lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_REEL = ("The club has posted a seven-minute reel of the season's best saves. Timestamps refer to the reel on the "
         "club's channel.\n\n")
_BROADCAST = ("The final ran for three hours. (Times are from the start of the ITVX recording, which includes the "
              "pre-match build-up.)\n\n")

FAMILIES = {
    "a loose list's bracketed times under a heading that says they are timestamps": [
        (_REEL + "1. Okafor at full stretch (0:42) — tipped onto the bar.\n\n"
         "2. The double save (2:15) — two in two seconds.\n\n"
         "3. Penalty stopped (5:58) — the last kick of the derby.",
         [(42.0, None), (135.0, None), (358.0, None)]),
        # a countdown: the items numbered down, the times rising
        (_REEL + "5. Ilse Varga, Rovers v Town (0:09) — a reflex save.\n\n"
         "4. Pia Lund, City v Rangers (1:12) — one-on-one.\n\n"
         "3. Aya Moreau, United v Albion (2:44) — a fingertip stop.",
         [(9.0, None), (72.0, None), (164.0, None)]),
        (_BROADCAST + "1. The anthems (0:14:20) — both sides in tears.\n\n"
         "2. The opening try (0:32:05) — from a lineout.\n\n"
         "3. The trophy lift (2:51:40) — confetti everywhere.",
         [(860.0, None), (1925.0, None), (10300.0, None)]),
    ],
    "end forms count from the stated length, not the last item's time": [
        ("The compilation is a 6-minute 30-second video. Timestamps refer to the compilation.\n\n"
         "2. Gale over the top (1:20) — a chip.\n\n"
         "1. Rossi from halfway (5:02) — the best of the lot. The final replay, in the compilation's last 20 "
         "seconds, is from behind the goal.",
         [(80.0, None), (302.0, None), (370.0, 390.0)]),
    ],
    "a loose list of titles with no timestamps heading keeps its lengths": [
        ("Our favourite shorts of the festival:\n\n1. Harbour Song (3:42) — a slow opener.\n\n"
         "2. Lamplight (4:10) — a ghost story.\n\n3. Eastern Pier (6:05) — a love letter to Hull.", []),
        ("Running times are from the Blu-ray.\n\n1. The Quarry (1:32:10) — bleak.\n\n"
         "2. Low Water (1:47:55) — bleaker.", []),
        ("Times are from the official race timing.\n\n1. Ana Brandt (2:21:04) — a course record.\n\n"
         "2. Jo Keane (2:22:40) — a personal best.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_loose_moment_lists(text, expected):
    assert found_spans(text) == expected
