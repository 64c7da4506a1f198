"""A style rule's example of how a kind of time is written (blind round 67): a newsroom's changelog of its house style
said "Never write times of day as `18:30` in a caption; use `6.30pm`." and 18:30 was kept as a position. A time given
after a kind of time and the verb that says how it is written ("write times of day as", "positions over an hour are
written as", "write timecodes like") is the rule's example, a format, as "in the format 00:00:00,000" already was; one
time someone wrote down, and positions told near the word "write", stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a style rule's example": [
        ("## Changelog of our house style for timecodes\n\n- Write `HH:MM:SS` for positions over an hour, `MM:SS` "
         "under.\n- Never write times of day as `18:30` in a caption; use `6.30pm`.\n- Frame timecodes: we master "
         "at 25 fps.", []),
        ("Style note: positions over an hour are written as 1:02:03 in every caption.", []),
        ("Subtitle house rules: always write timecodes like 00:14:05,200 with a comma before the milliseconds.", []),
        ("Our wiki says to write running times as 1:34:00 in the infobox, not 94 min.", []),
    ],
    "a time written down or told near the verb stays a position": [
        ("I wrote the time down as 2:30 in my notes; the goal is at 2:30 in the video.",
         [(150.0, None), (150.0, None)]),
        ("He writes that the goal comes at 2:30 in the video.", [(150.0, None)]),
        ("The timestamps written in the description are wrong: the save is at 4:10.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_style_rule_example(text, expected):
    assert found_spans(text) == expected
