"""A listed or posted work's length in brackets (blind round 112): "1. Gay Gordons (Edinburgh Dance Collective, 7:12)"
on a list of tutorials, "**5. The supermarket one with the turkey on the Luas** (1:30)" heading a ranked ad, and "the
official highlights are on the Camanachd Association channel (9:48)" are each work's length, not a position in it:
the end and fraction forms under them count from it ("The full-speed run-through is in the last 90 seconds" is
342-432). A maker's or channel's name in title case, an emphasised heading line however long, and the official cut
said to be somewhere read as a short title, a publisher and the full replay already did. A label naming the work a
position is in ("(Night one, 24:10)", "(Titans highlights, 2:48)"), a bracket the item's lines pass, and prose that
cites a bracketed position stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a list item's maker and length in brackets": [
        # the round's case (g112-lists-05)
        ("Five ceilidh tutorials\n\n1. Gay Gordons (Edinburgh Dance Collective, 7:12)\nSkip the intro: the "
         "walk-through starts 1 min 05 s in. The full-speed run-through is in the last 90 seconds.\n\n"
         "2. Canadian Barn Dance (Dundee Community Dance, 4:05)\nHalfway through the video they speed it up.",
         [(65.0, None), (342.0, 432.0), (122.5, None)]),
        ("Our favourite sourdough videos\n\n- Country Loaf (Bake With Priya, 18:40)\nThe shaping is at 6:10 and the "
         "scoring at 14:02.\n- Rye Starter (Nordic Hearth Kitchen, 9:30)\nThe final minute is the crumb shot.",
         [(370.0, None), (842.0, None), (510.0, 570.0)]),
        ("Three chess lectures worth your time:\n\n1) The Catalan (Saint Louis Chess Club, 1:02:15)\n"
         "The key idea comes about 20 minutes in.\n2) Rook Endings (Hanging Pawns, 48:30)",
         [(1200.0, None)]),
    ],
    "an emphasised item heading closed by its length": [
        # the round's case (g112-lists-04)
        ("**5. The supermarket one with the turkey on the Luas** (1:30)\nThe turkey gets on at Abbey Street at 0:11.",
         [(11.0, None)]),
        ("**3. The long one where the dog follows the postman all the way up the hill** (2:45)\nHalfway through, "
         "the postman gives up.", [(82.5, None)]),
        ("__Kids' choir singing in the snow outside the town hall at dusk__ (3:10)\nThe solo starts at 1:12.",
         [(72.0, None)]),
    ],
    "the official highlights said to be somewhere, with their length": [
        # the round's case (g112-sports-01)
        ("WATCH: the official highlights are on the Camanachd Association channel (9:48). Start at the 6:20 mark. The "
         "final half-minute of the package is the support on the pitch.", [(380.0, None), (558.0, 588.0)]),
        ("The original broadcast is on the RTÉ Player (52:10). The last two minutes are the credits.",
         [(3010.0, 3130.0)]),
        ("The condensed game is on NBA League Pass (14:20), and the block is at 12:02.", [(722.0, None)]),
    ],
    "a list of moments or a label naming the work stays as it was": [
        ("Best bits:\n- The parade (Main Street, 1:32)\n- The fireworks (Harbour Wall, 9:10)",
         [(92.0, None), (550.0, None)]),
        ("1. The Sydney Rose's didgeridoo (Night one, 24:10)\nHis face at 24:32 is worth it.\n"
         "2. The Offaly Rose's tractor (Night two, 41:00)", [(1472.0, None), (2460.0, None)]),
        ("- The first try (Round Six, 4:12)\n- The second try (Round Six, 6:30)", [(390.0, None)]),
    ],
    "prose that cites a bracketed time stays a position": [
        ("The officials are on the pitch (9:48) when the fight starts.", [(588.0, None)]),
        ("The parade passes the bank (Main Street, 1:32) and then the church.", [(92.0, None)]),
        ("**He slips on the ice.** (0:45) Then he gets up.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listed_work_length(text, expected):
    assert found_spans(text) == expected
