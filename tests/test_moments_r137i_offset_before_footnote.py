"""An offset in words closed by a wiki's footnote as the page's source writes it (blind round 137): "The scene in
which she burns the ledger's last page begins around 18 minutes in{{sfn|Daly|2023|p=41}} and was singled out by
critics." A rendered note ("in[4]") already closed "18 minutes in"; a footnote template ({{sfn}}, {{efn}}, {{r}}),
a reference tag (<ref>) or a Markdown footnote ([^3]) right after "in" closes it the same way. Time spent in a
place ("18 years in{{sfn}} the navy") stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset closed by a footnote template or tag is a position": [
        ("Brennan and Mulrooney interview the trawlerman's widow. The scene in which she burns the ledger's last page "
         "begins around 18 minutes in{{sfn|Daly|2023|p=41}} and was singled out by critics.", [(1080.0, None)]),
        ("The scene begins around 18 minutes in<ref>Daly 2023</ref> and was singled out.", [(1080.0, None)]),
        ("The twist lands about 41 minutes in<ref name=\"avclub\"/> and reframes the season.", [(2460.0, None)]),
        ("The duel happens 47 minutes in[^3] and lasts a single take.", [(2820.0, None)]),
        ("The first sighting of the ship comes roughly 12 minutes in{{r|Byrne}}, in the cold open.", [(720.0, None)]),
    ],
    "time spent in a place before a note stays nothing": [
        ("He spent 18 years in{{sfn|Daly|2023|p=41}} the navy before writing.", []),
        ("The band played for 90 minutes in<ref>Irish Times</ref> the rain.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_offset_before_footnote(text, expected):
    assert found_spans(text) == expected
