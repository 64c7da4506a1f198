"""Families of misses that blind round 48 (`tests/data/moments_genres_round48.jsonl`, whole pasted pages)
exposed, each with sentences written for the family (not the round's own) and near-misses that must stay as they
are (the round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # a start plus a length, the length hedged as chat hedges it ("for like 10 min", "for maybe 30 seconds"): one
    # approximate range, not a bare point at the start
    "a length hedged informally": [
        ("The feed froze for maybe 30 seconds starting at 12:40, then came back.", [(760.0, 790.0, True)]),
        ("- Stream went silent for like 10 min starting at 2:05:00", [(7500.0, 8100.0, True)]),
        ("In the VOD the map glitches for like 2 minutes, starting at 41:10.", [(2470.0, 2590.0, True)]),
        ("Lag spike in the replay beginning at 3:15 and lasting like 20 seconds.", [(195.0, 215.0, True)]),
        # near-misses: a plain length stays exact; a hedge that is no length leaves the point
        ("The feed froze for 30 seconds starting at 12:40.", [(760.0, 790.0, False)]),
        ("I'd say it's like 12:40 in the VOD, the freeze.", [(760.0, None, True)]),
    ],
    # a timer's splits listed one "name time" a line under a label of splits, laps or sectors: no positions, while a
    # chapter list under another label keeps them
    "splits one a line": [
        ("Run notes, any% glitchless\n\nSplits:\nTutorial 1:05\nSewers 6:40\nCastle 14:22\n", []),
        ("My best is 31:02. Sector splits:\n- Harbour 0:41\n- Tunnel 1:22\n- Finish 2:03\n\nThe crash comes at "
         "1:48 in the onboard video.", [(108.0, None, False)]),
        ("**Laps:**\nOut lap 2:14\nFlying lap 1:58\n", []),
        # near-misses: the same lines under a label of highlights or chapters are positions
        ("Highlights:\nFirst goal 3:12\nRed card 8:55\n", [(192.0, None, False), (535.0, None, False)]),
        ("Chapters:\nIntro 0:00\nThe crash 4:10", [(0.0, None, False), (250.0, None, False)]),
    ],
    # the length of a match or of the footage told with a label ("Time of match:", "runtime (should be ...)"): no
    # position; a position said in the same sentence stays
    "a length told with its label": [
        ("Baseball: Cubs 5, Reds 3. Time of game: 3:04. Attendance 38,112.", []),
        ("Final: Osei bt Marsh 11-9, 8-11, 11-7. Time of match: 0:58.", []),
        ("[ ] Check the export's runtime (should be 47:10)", []),
        ("Before filing, confirm the duration (expected to be 1:02:10) against the log.", []),
        # near-misses: a position after the label's sentence, or with the label only naming the topic
        ("- Confirm the runtime (should be 47:10); the punch is at 12:30.", [(750.0, None, False)]),
        ("The runs (0:33) and the fall (0:41) are the clip's key moments.", [(33.0, None, False), (41.0, None, False)]),
    ],
    # a length standing as an item of a line set apart by bars, the line's last item too: the work's length
    "a length as a barred item": [
        ("**Episode 12: The Tide Mill** | released 4 May 2025 | 1 h 02 min", []),
        ("Ep. 31 | 1 h 05 min | Explicit\n\nThe mill wheel turns at 14:20.", [(860.0, None, False)]),
        ("Vlog 9 | 2 days ago | 1h 21m", []),
        # near-misses: a table's Start cell and a moment told after a bar stay
        ("| Chapter | Start |\n|---|---|\n| Intro | 0:00 |\n| Crash | 4:10 |",
         [(0.0, None, False), (250.0, None, False)]),
        ("Highlights | the crash is at 4:10", [(250.0, None, False)]),
    ],
    # a release's count of parts next to its total length ("11 tracks, 44:03"): the length, not a position
    "a length after a count of parts": [
        ("Mixtape review: Dusk Bus (Halfmoon, 9 tracks, 31:20)", []),
        ("Live set (14 songs, 1:32:10): the encore starts at 1:20:05.", [(4805.0, None, False)]),
        ("Podcast season 3 — 10 episodes, 7:48:00 in all. The best moment is at 22:15 of episode 4.",
         [(1335.0, None, False)]),
        ("The tape (2 sides, 46:00) opens with a hiss; the drums enter at 0:42.", [(42.0, None, False)]),
        # near-misses: a count that is no release's parts, and a position after a count of songs in prose
        ("In song 3, 2:10 is where the choir comes in.", [(130.0, None, False)]),
        ("She played 14 songs. At 1:20:05 the encore starts in the video.", [(4805.0, None, False)]),
    ],
    # a time read on the speaker's own watch is the time of day, as one read "by the clock" is
    "a time by my watch": [
        ("Interviewer: Thanks for waiting. It's 4:40 by my watch, so let's begin.", []),
        ("Reporter: It's 11:05 by my wristwatch; the vote is at 3:12 in the stream.", [(192.0, None, False)]),
        ("We set off at 6:20 by our watch and reached the hut by noon.", []),
        # near-miss: a count of the video, not a watch
        ("The fall comes at 4:40 by my count of the video.", [(280.0, None, False)]),
    ],
    # a journey's times written short ("arr. 09:15", "dep. 07:42 arr. 09:15"): times of day, though the splitter ends
    # a sentence at "arr."
    "a journey's abbreviated times": [
        ("- Coach: Leeds dep. 06:50 arr. 10:35", []),
        ("Bus 42 — arr. 08:05 at the stadium; the goal is at 3:12 in the highlights.", [(192.0, None, False)]),
        ("Flight BA123 dep. 10:05 arr. 13:40, then the crash at 4:10 in the video.", [(250.0, None, False)]),
        # near-miss: a deposition's page and line, alone, is no journey (and no position either)
        ("See Dep. 45:12 and the video at 12:40.", [(760.0, None, False)]),
    ],
    # fault or costs shared out as a ratio ("apportioned 70:30"): no position
    "a share apportioned": [
        ("Liability was apportioned 80:20 for the reasons above.", []),
        ("Costs were apportioned 60:40 between the defendants; the collision is at 1:12 of the dashcam clip.",
         [(72.0, None, False)]),
        ("The court apportioned fault 75:25 in the claimant's favour.", []),
        # near-miss: the word in another sentence leaves the position alone
        ("Blame was apportioned at the hearing. The footage shows the impact at 12:30.", [(750.0, None, False)]),
    ],
    # an end form that names its own footage's length ("the last 5 seconds of the 30-second clip") counts back
    # from that clip's end, though another clip's length was stated first
    "an end form of a clip with its own length": [
        ("The dashcam clip is 48 seconds long. The bodycam shows nothing until the final 10 seconds of its 2-minute "
         "clip.", [(110.0, 120.0, False)]),
        ("Clip A runs 90 seconds. In clip B the shot is fired in the last 4 seconds of the 20-second video.",
         [(16.0, 20.0, False)]),
        ("The full stream is 3 hours long. The winning goal is in the last 30 seconds of the five-minute clip.",
         [(270.0, 300.0, False)]),
        # near-miss: with no length of its own the tail counts from the length stated
        ("The clip is 48 seconds long. The crash is in the last 5 seconds of the video.", [(43.0, 48.0, False)]),
    ],
    # a performance drawn out past a length ("stretched it past the ten-minute mark"): how long it ran, not a
    # position; a position said past a mark stays
    "drawn out past a mark": [
        ("On tour the band drags the closer out past the twelve-minute mark.", []),
        ("The jam extended well past the 20-minute mark that night.", []),
        ("He stretched the solo past the five-minute mark at every show.", []),
        # near-misses: footage walked past a mark, and a hedge "just past"
        ("The video goes past the five-minute mark and then the dog appears.", [(300.0, None, False)]),
        ("In the video, the crowd surges just past the ten-minute mark.", [(600.0, None, True)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_eight_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
