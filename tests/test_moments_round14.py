"""Families of false alarms that blind rounds 14 and 15 (`tests/data/moments_genres_round14.jsonl`,
`..._round15.jsonl`) exposed, each with sentences written for the family (not the rounds' own) and
near-misses that must stay as they are (the rounds are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a track's length in a credit line, the work's own length in an aside, a hedged spoken running time
    "lengths in credits and asides": [
        ('Theme tune: "Paper Boats" by J. Okafor (3:12), licensed from the label.', []),
        ("<p>Closing track: “Salt Roads”, by Mirela Dunn (3:47).</p>", []),
        ('Outro music: *"Ember"* by K. Ameh (2:58).', []),
        ("Theme: “Low Sun” by A.\u202fBello (3:12).", []),
        ("Heads up, the upload is really long [2:10:05] but worth it.", []),
        ("The shorter cut (1:58) opens on the harbour; at 0:40 the boat sinks.", [(40.0, None)]),
        ("Runtime: roughly 1 hr 32 min. The goal comes about 1 hr 2 min in.", [(3720.0, None)]),
        ("The screening has a running time of about 2 hr 5 min.", []),
        # near-misses: a quoted word said "by" a place; a long pass is a moment cited in brackets
        ('The dog barks "Hello" by the door (2:58), then runs off.', [(178.0, None)]),
        ("His long pass (12:40) finds the winger.", [(760.0, None)]),
    ],
    # a measured performance: a run's time with its category or best, splits, a workout's parts, a task's time
    # and the time it is compared against
    "measured performances": [
        ("Stream went great, new WR: 47:05 glitchless, beat the old one by a lot.", []),
        ("NEW PB 1:42:18 Any%, finally SUB 1:43.", []),
        ("**Workout (total 30 min):**\n- Warm-up 5:00\n- Cooldown 3:00", []),
        ("The kettle boils 1.5\u00a0L in 3:40, versus 4:05 for my old one.", []),
        ("Finally went sub 20:00 in the 5K, the clip of the sprint finish starts at 3:10.", [(190.0, None)]),
        ("Her splits were brutal; she went 16:02 at 5K then faded.", []),
        ("My blender crushed 500 g of ice in 0:45, compared with 1:10 for my old one.", []),
        ("Training routine:\n1. Skipping 10:00\n2. Shadow boxing 3 x 3:00\nThe combo drill starts at 4:12 in the clip.",
         [(252.0, None)]),
        ("Do 6 rounds of 0:40 work, 0:20 rest, then stretch.", []),
        # near-misses: a split screen, positions compared with "vs", a footage log of drills, a place "off"
        ("In the split screen, 12:31 shows both runners falling.", [(751.0, None)]),
        ("The goal at 12:31 vs the replay at 12:58 shows the offside.", [(751.0, None), (778.0, None)]),
        ("Drills from the video\n- Footwork 2:10\n- Passing 5:40", [(130.0, None), (340.0, None)]),
        ("The camera cuts at 0:30 off the coast of Cornwall.", [(30.0, None)]),
    ],
    # times in the world: people meeting or setting off at a place, appointments and rides, a clock in the scene
    # stopped at a time, the end of a cited transcript range
    "world times": [
        ("The choir gathers at 6:15 outside the church every Sunday.", []),
        ("THE CHOIR GATHERS AT\u00a06:15 OUTSIDE THE CHURCH.", []),
        ("“My dentist appointment is at 10:20 and the train gets us there at 9:05,” she said.", []),
        ("We cycled 42&nbsp;km that day, setting off at 07:30 from the harbour.", []),
        ("The grandfather clock in the hall is stuck at 11:55 in every scene.", []),
        ("Counsel designates Dep. 112:4–115:22 and Tr. 8:1-9:30 of the video.", []),
        # near-misses: meeting in the clip, a song's part starting, the clock in footage, a position from the top
        ("In the clip, the two rivals meet at 2:10 at the bridge.", [(130.0, None)]),
        ("The chorus starts at 01:10 from the same note as the verse.", [(70.0, None)]),
        ("Watch the clock: at 4:10 in the video it starts running backwards.", [(250.0, None)]),
        ("The warm-up starts at 0:45 from the top of the video.", [(45.0, None)]),
    ],
    # a vertical table whose rows are headed by labels, one of them a schedule's: the rows are one evening's times
    "schedule tables with row headers": [
        ("<table>\n<tr><th>Gates</th><td>17:30</td></tr>\n<tr><th>Opening act: Pale Harbour</th>"
         "<td>18:15&nbsp;&ndash;&nbsp;19:00</td></tr>\n<tr><th>Main feature</th><td>19:30</td></tr>\n</table>", []),
        ("<table><tr><td>Kick-off</td><td>15:00</td></tr><tr><td>Half-time show</td><td>15:50</td></tr></table>", []),
        # near-misses: a table of footage positions; a row naming footage; a footage position after the table
        ("<table><tr><th>Gates</th><td>13:00</td></tr><tr><th>Try (clip)</th><td>22:05</td></tr></table>",
         [(1325.0, None)]),
        ("<table><tr><th>Gates</th><td>13:00</td></tr><tr><th>Winning try</th><td>47:10</td></tr></table>",
         [(2830.0, None)]),
        ("<table><tr><th>Opening goal</th><td>12:40</td></tr><tr><th>Red card</th><td>31:05</td></tr></table>",
         [(760.0, None), (1865.0, None)]),
        ("<table><tr><th>Doors</th><td>19:00</td></tr></table><p>In the aftermovie, the band walks on at 12:45.</p>",
         [(765.0, None)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fourteen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
