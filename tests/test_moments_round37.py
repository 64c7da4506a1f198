"""Families of misses that blind rounds 35 and 37 (`tests/data/moments_genres_round35.jsonl`, `..._round37.jsonl`)
exposed, each with sentences written for the family (not the rounds' own) and near-misses that must stay as they are
(the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a "Chapters" heading on its own line makes the bracketed times closing the lines under it positions, not the
    # lengths of titled clips; so does a run of such lines with a (0:00) entry above
    "bracketed times under a chapter heading": [
        ("Chapters\nWelcome (0:00)\nSanding the deck (4:12)\nOiling (19:30)",
         [(0.0, None), (252.0, None), (1170.0, None)]),
        ("Chapters\nSanding the deck (4:12)\nOiling (19:30)", [(252.0, None), (1170.0, None)]),
        ("## Timestamps:\n- Sanding the deck (4:12)\n- Oiling (19:30)", [(252.0, None), (1170.0, None)]),
        ("**CONTENTS**\nSanding the deck (4:12)\nOiling (19:30)", [(252.0, None), (1170.0, None)]),
        ("Chapters\nSanding\u00a0the deck (4:12)\nOiling (19:30)", [(252.0, None), (1170.0, None)]),
        ("Welcome (0:00)\nSanding the deck (4:12)\nOiling (19:30)", [(0.0, None), (252.0, None), (1170.0, None)]),
        # near-misses: titled clips under no chapter heading are lengths; a heading above a blank line heads nothing
        ("Videos\nTeaser (1:36)\nTrailer (2:31)", []),
        ("Chapters are below the video.\nTeaser (1:36)\nTrailer (2:31)", []),
    ],
    # "about 31 minutes in" closing an item of a list: the line's end closes the clause as a full stop would
    "an offset closing a list's line": [
        ("Best moments:\n1. The handshake (3:02)\n2. The walk-out, about 18 minutes in\n3. The toast at 40:10",
         [(182.0, None), (1080.0, None), (2410.0, None)]),
        ("Best bits:\n1) the dog, roughly 2 minutes in\n2) the cat at 3:10", [(120.0, None), (190.0, None)]),
        ("My favourite parts:\n- the crash, around 5 minutes in\n- the rescue at 7:45", [(300.0, None), (465.0, None)]),
        ("Highlights:\n* the save, ABOUT 12 MINUTES IN\n\nmore soon", [(720.0, None)]),
        # near-misses: a length of the writer's day at a line's end, prose wrapped across its line
        ("I was ten minutes in\n2. then it rained", []),
    ],
    # Indian usage: "5.30 min" is 5:30, so "from 5.30 min till 6.10 min" is one range where a reader is sent to
    # watch or the footage is named
    "a range of minutes written with a dot": [
        ("Kindly see the clip from 2.15 min till 2.50 min, where the clerk counts the notes.", [(135.0, 170.0)]),
        ("Please watch from 12.05 minutes to 12.40 minutes.", [(725.0, 760.0)]),
        ("In the video, from 1.15 min to 1.50 min the officer speaks.", [(75.0, 110.0)]),
        ("PLEASE WATCH FROM 2.05 MINS TO 2.40 MINS", [(125.0, 160.0)]),
        ("Kindly view the recording from 5.30\u00a0min till 6.10\u00a0min.", [(330.0, 370.0)]),
        # near-misses: a measure that grew, a day's clock written with a dot, one dotted position
        ("The average wait grew from 2.30 min to 4.15 min last year.", []),
        ("The bus left at 5.30 and came at 6.10.", []),
        ("Kindly see at 3.05 minutes the ball.", [(185.0, None)]),
    ],
    # a play of a match ("the mark", "the save") said to be "about N minutes in", then "and" another clause
    "a play placed minutes in, then another clause": [
        ("Mate, the highlights are ace — Jonno's mark is about three minutes in and the goal is at 4:50.",
         [(180.0, None), (290.0, None)]),
        ("Honestly the save is roughly 2 minutes in, and the replay follows.", [(120.0, None)]),
        ("the crash is like 5 mins in lol", [(300.0, None)]),
        ("The header is around ten minutes in and it's a beauty.", [(600.0, None)]),
        # near-misses: the match's own progress, a past report
        ("The match is about three minutes in and nobody has scored.", []),
        ("The fall was about three minutes in and he got up.", []),
    ],
    # a span told as a start and a length in a relative clause ("which begins at 31:20 and lasts ...") after a past
    # report of the critics: the relative clause is in the present, as footage is told
    "a start and a length in a present relative clause": [
        ("Critics singled out the long dinner scene, which begins at 22:40 and lasts for nearly five minutes.",
         [(1360.0, 1660.0)]),
        ("Reviewers loved the chase, which starts at 12:10 and runs for about two minutes.", [(730.0, 850.0)]),
        ("Fans praised the duet, which begins at 4:05 and lasts for around 90 seconds.", [(245.0, 335.0)]),
        # near-misses: the world's clock in the same shape
        ("The storm began at 3:20 and lasted for nearly four hours.", []),
        ("We arrived at the hall, which opens at 9:30 and stays open for two hours.", []),
    ],
    # a Markdown table's column headed Length (Runtime, Duration) holds each row's length, not a position
    "a table's column of lengths": [
        ('Series 1\n| No. | Title | Length |\n| 1 | "Tide" | 44:10 |\n| 2 | "Reef" | 49:35 |', []),
        ("| No. | Title | Runtime |\n|---|---|---|\n| 1 | Pilot | 44:10 |", []),
        ("| Ep | Running time (min) |\n|:-:|:-:|\n| 3 | 52:07 |", []),
        # near-misses: a Start column beside the Length column, a table of times of events
        ("| Part | Start | Length |\n|---|---|---|\n| Intro | 0:12 | 1:30 |", [(12.0, None)]),
        ("| Time | Event |\n|---|---|\n| 0:12 | Goal |", [(12.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_seven_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "approximate"), [
    ("You can hear the motor straining around [7:05].", True),
    ("The hinge squeaks at about (4:22) in my review.", True),
    ("The ice test is at (4:22).", False),
    # near-miss: a chapter title's compound holds a hedge word, not a hedge
    ("Chapters:\n• joist hangers [2:10]\n• final walk-around [17:02]", False),
])
def test_a_hedge_before_a_bracketed_time_hedges_it(text: str, approximate: bool) -> None:
    from annotate import extract_moments

    assert extract_moments(text)[-1].approximate is approximate
