"""A play-by-play line that opens on a period's label and its clock, then a dash and the play, with no score after
(blind round 124): "Q4 0:03.1 — BUZZER-BEATER!", "3rd period, 19:58 — empty-netter." The clock is the game's, as
in "2nd period, 14:22 — Lavoie PPG, 3-2 Oilers" where a score follows: no position; so too with the ordinal spelled
("Third period, 12:40 — ") or the number after ("Period 2, 4:05 — "). A position the same report
places in a broadcast or VOD stays one, and so does a recording's time to the hour after a period named."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a period's label, its clock, a dash and the play is a game clock": [
        ("Q2 1:12.4 — Okoye steal and dunk!\nThe full game replay has the dunk at 48:10.", [(2890.0, None)]),
        ("1st period, 6:41 — Haverford breakaway goal. 3rd period, 0:22 — Dion saves a penalty shot.", []),
        ("OT 2:05 – Marsh wins it with a wrister from the point.", []),
        ("4th quarter, 0:09: Ramos hits the step-back three.", []),
        ("Third period, 12:40 — Novak tips it in from the slot.\nSecond half, 31:05 – Byrne's header.", []),
        ("Period 2, 4:05 — Lindqvist fights Boucher.", []),
    ],
    "a recording's time, or a score after the clock, is unchanged": [
        ("Q4 — on the stream the winner is around 1:58:20.", [(7100.0, None)]),
        ("2nd period, 11:05 — Kowalski PPG, 2-1 Jets. The VOD has it at 1:04:12.", [(3852.0, None)]),
        ("Third period highlights: at 12:40 — Novak's tip-in — the camera loses the puck.", [(760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_period_line_clocks(text, expected):
    assert found_spans(text) == expected
