"""Families of misses that blind rounds 12 and 13 (`tests/data/moments_genres_round12.jsonl`, `..._round13.jsonl`)
exposed around lengths, totals, ratios and results, each with sentences written for the family (not the rounds'
own) and near-misses that must stay as they are: true footage positions in similar sentences."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases


def _found(text: str, duration: float | None = None) -> list[tuple[float, float | None]]:
    return [(m.start, m.end) for m in extract_moments(text, duration)]


FAMILIES = {
    # a chapter entry's title names figures of its topic (lengths, clock times, lap times) whatever its casing,
    # spacing or markup; the entries' own times are positions, and so is a title that points into the footage
    "figures in chapter titles, any wrapping": [
        ("0:00 hello\n2:15 charging test: 0–80% took 41m\n6:40 endurance: 9h05m on the loop\n10:10 verdict",
         [(0.0, None), (135.0, None), (400.0, None), (610.0, None)]),
        ("Timestamps\n0:00\u00a0Intro\n1:30\u00a0Night mode (shot at 21:15 downtown)\n4:45\u00a0Video test\n"
         "8:20\u00a0Wrap", [(0.0, None), (90.0, None), (285.0, None), (500.0, None)]),
        ("<ul><li>00:00 &ndash; Welcome</li><li>04:12 &ndash; Caller from Perth (it was 02:30 there)</li>"
         "<li>11:05 &ndash; Mailbag</li></ul>", [(0.0, None), (252.0, None), (665.0, None)]),
        ("<ol><li>0:00 &#8212; Arrival</li>\n<li>3:50 &#8212; Dinner service, which ended at 23:10</li>\n"
         "<li>9:45 &#8212; Clean-down</li></ol>", [(0.0, None), (230.0, None), (585.0, None)]),
        ("- **0:00** opening riff\n- **1:20** gear talk: the pedal board lasts 6h45m on batteries\n- **5:02** solo",
         [(0.0, None), (80.0, None), (302.0, None)]),
        ("0:00\u202fStart\n3:33\u202flap test – 1:41 best lap on the map\n7:07\u202fEnd",
         [(0.0, None), (213.0, None), (427.0, None)]),
        # near-misses: a title pointing at another position of the footage (before the next entry), in text
        # or in HTML list items; prose lines that are no list
        ("0:00 Intro\n0:45 Replay of the goal at 0:12\n2:30 Post-match",
         [(0.0, None), (45.0, None), (12.0, None), (150.0, None)]),
        ("0:00 start\n2:40 the crash (replay at 3:05)\n5:15 aftermath",
         [(0.0, None), (160.0, None), (185.0, None), (315.0, None)]),
        ("<li>0:00 Kickoff</li><li>1:10 The save, see the replay at 1:40</li><li>3:00 Second half</li>",
         [(0.0, None), (70.0, None), (100.0, None), (180.0, None)]),
        ("Battery test starts at 6:40.\nThe verdict comes at 10:10.", [(400.0, None), (610.0, None)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_total_and_ratio_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert _found(text) == expected
