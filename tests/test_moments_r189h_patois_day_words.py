"""A clock told with the day's part in Jamaican patois (blind round 189): "di JUTC bus neva come till 7:45 dis morning
when mi reach di stop from 6:30" -- "dis morning", "dat morning" are "this morning", "that morning", the words that
make a clock the day's; so is a clock coordinated with it. A position of a video said in patois, and "dis" naming a
thing in it, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's grumble": [
        ("Mi cyaan believe seh di bus fare go up again. Fi go from Half Way Tree to Papine now a $180, and di JUTC bus "
         "neva come till 7:45 dis morning when mi reach di stop from 6:30. Mi wait one hour and fifteen minutes!", []),
    ],
    "fresh day's clocks in patois": [
        ("Light go off at 9:40 dis evening an nuh come back till 11:15.", []),
        ("Mi go a di clinic 10:30 dat morning an dem neh see mi till 2:15.", []),
        ("Di taxi man neva reach till 8:20 dis morning, mi did deh pon di road from 7:10.", []),
    ],
    "positions stay": [
        ("Watch di video, at 0:45 dis man run out a di shop. Dis morning mi see it.", [(45.0, None)]),
        ("Di video start fi get good at 1:20, dis part when di goat run.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_patois_day_words(text, expected):
    assert found_spans(text) == expected
