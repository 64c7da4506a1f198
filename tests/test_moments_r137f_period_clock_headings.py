"""A live blog's entry heading of a period's label and its game clock, set in bold, then a dash and the play (blind
round 137): "<p><b>Q1 9:14</b> — GOAL Dockers! ... replay at 9:56", "**Q3 11:30** — Big hit on the wing" is the
quarter's clock, not a position; the replay positions in the entry stay. "Q4 0:03.1 — BUZZER-BEATER!" was already
read so; the heading's closing tag or emphasis between the clock and the dash is no reason to read it otherwise. A
heading that names the footage, or one whose clock runs to hours, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a period's clock in a bold entry heading, then the play": [
        # the round's case (g137-sports-05)
        ('<p><b>Q1 9:14</b> — GOAL Dockers! Mim Strom snaps truly. <a href="https://kayo.com.au/replay/x?t=596">'
         "replay at 9:56</a>.</p>\n<p><b>Q2 4:02</b> — Crows kick two in a row.</p>", [(596.0, None)]),
        ("**Q3 11:30** — Big hit from O'Sullivan on the wing. On the stream it's around 1:02:40.",
         [(3760.0, None)]),
        ("<strong>2nd half 14:05</strong> – Try! Fifita goes over in the corner.\n"
         "<strong>3rd period 12:40</strong>: Novak scores from the slot.", []),
        ("__OT 2:11__ — Game-winner from the top of the key. Replay at 3:05 in the highlights.", [(185.0, None)]),
    ],
    "a heading that names the footage or runs to hours stays a position": [
        ("**Q4 1:58:20** — on the stream the winner is here.", [(7100.0, None)]),
        ("<b>Highlights 4:02</b> — Crows kick two in a row.", [(242.0, None)]),
        ("**Best bit 9:14** — the snap from the pocket.", [(554.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_period_clock_heading(text, expected):
    assert found_spans(text) == expected
