"""A transcript turn's speaker label that adds a role or a firm after a comma (blind round 139, transcripts: an
earnings call's "[00:31:38] Analyst, Kessler & Grant: Anita, on the fuel surcharge — [crosstalk 00:31:40] — sorry").
The family: "[hh:mm:ss] Name, Role:" opens a turn as "[hh:mm:ss] NAME:" does, so a note's stamp inside the turn
("[crosstalk ...]", "[inaudible ...]") is a position, not a second time in a chapter entry's title. A chapter line
with no speaker's colon keeps its title's figures set aside."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a note's stamp in a turn whose label names a role": [
        ("[00:00:09] Operator: Good afternoon.\n[00:02:14] Priya Nair, Chief Financial Officer: Margins held up "
         "— [crosstalk 00:02:20] — sorry, carry on.\n[00:02:31] Operator: Next question, please.",
         [(9.0, None), (134.0, None), (140.0, None), (151.0, None)]),
        ("[00:05:02] Analyst, Brightwater & Co: On volumes in the west — [crosstalk 00:05:06] — thanks.\n"
         "[00:05:12] Tom Ellis, CEO: Sure, happy to.", [(302.0, None), (306.0, None), (312.0, None)]),
    ],
    "a chapter entry's figure with no speaker's colon stays set aside": [
        ("00:00:00 Intro\n00:01:00 Display, 16:10 panel\n00:02:30 Battery, Verdict", [(0.0, None), (60.0, None),
                                                                                    (150.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_turn_label_roles(text, expected):
    assert found_spans(text) == expected
