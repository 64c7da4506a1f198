"""A title line closed by its work's length after a middle dot or a bullet (blind round 68's podcast notes): "Ep.
143 — The Ledger of Small Things, with Marguerite Oyelaran · 58:12". On the text's first line or a heading the last
item after the dot is the episode's length (a timecode too), no moment, and the length its end forms count from.
A dot between chapter stamps in the body, or a time that is not the line's last item, is no such length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title line's length after a dot": [
        ("Ep. 77 — Salt Roads, with Idris Okonkwo · 1:02:15\n\nWe talk caravans and maps.", []),
        ("Episode 9 • The Night Ferry • 44:30\n\nThe last four minutes are listener mail.", [(2430.0, 2670.0)]),
        ("## Bonus: Live in Cork · 52:08\n\n(00:03:40) The set begins", [(220.0, None)]),
    ],
    "look-alikes: stamps, not the line's length": [
        ("Notes below.\nIntro · 3:10 the guest arrives", [(190.0, None)]),
        ("Tonight's show\n\nIt starts with the news · 12:40 the interview", [(760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_dot_lengths(text, expected):
    assert found_spans(text) == expected
