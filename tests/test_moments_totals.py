"""Families of misses that blind rounds 12 and 13 (`tests/data/moments_genres_round12.jsonl`, `..._round13.jsonl`)
exposed around lengths, totals, ratios and results, each with sentences written for the family (not the rounds'
own) and near-misses that must stay as they are: true footage positions in similar sentences."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

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
        ("0:00 Intro\n\n2:10 lap record attempt\n5:00 Outro", [(0.0, None), (130.0, None), (300.0, None)]),
        ("[00:00] Intro\n[02:15] Battery – 9h40m screen-on\n[05:00] Verdict",
         [(0.0, None), (135.0, None), (300.0, None)]),
        ("(0:00) Intro\n(2:15) Night shots (17:40, golden hour)\n(5:00) Verdict",
         [(0.0, None), (135.0, None), (300.0, None)]),
        ("<p>0:00 Intro<br>2:15 Endurance: 9h40m<br>5:00 Verdict</p>", [(0.0, None), (135.0, None), (300.0, None)]),
        ("<ul><li><strong>0:00</strong> Intro</li><li><strong>2:15</strong> Night shots (17:40, golden hour)</li>"
         "<li><strong>5:00</strong> Verdict</li></ul>", [(0.0, None), (135.0, None), (300.0, None)]),
        ('<li><a href="?t=0">0:00</a> Intro</li><li><a href="?t=135">2:15</a> Lap record: 1:41 flat</li>'
         '<li><a href="?t=300">5:00</a> Verdict</li>', [(0.0, None), (135.0, None), (300.0, None)]),
        ("- `0:00` Intro\n- `2:15` Night shots (17:40, golden hour)\n- `5:00` Verdict",
         [(0.0, None), (135.0, None), (300.0, None)]),
        ("0:00 Intro\n\n2:15 Night shots (17:40, golden hour)\n\n5:00 Verdict",
         [(0.0, None), (135.0, None), (300.0, None)]),
        ("* 0:00 — intro\n* 2:15 — the 24:00 challenge recap\n* 5:00 — verdict",
         [(0.0, None), (135.0, None), (300.0, None)]),
        # near-misses: a title pointing at another position of the footage (before the next entry), in text
        # or in HTML list items; prose lines that are no list
        ("0:00 Intro\n0:45 Replay of the goal at 0:12\n2:30 Post-match",
         [(0.0, None), (45.0, None), (12.0, None), (150.0, None)]),
        ("0:00 start\n2:40 the crash (replay at 3:05)\n5:15 aftermath",
         [(0.0, None), (160.0, None), (185.0, None), (315.0, None)]),
        ("<li>0:00 Kickoff</li><li>1:10 The save, see the replay at 1:40</li><li>3:00 Second half</li>",
         [(0.0, None), (70.0, None), (100.0, None), (180.0, None)]),
        ("Battery test starts at 6:40.\nThe verdict comes at 10:10.", [(400.0, None), (610.0, None)]),
        ("From the 2:10 mark – the 2:48 mark the crowd sings.", [(130.0, 168.0)]),
        ("0:00 Intro\n\n2:15 The crash (replay at 3:05)\n\n5:00 Aftermath",
         [(0.0, None), (135.0, None), (185.0, None), (300.0, None)]),
        ("<li><strong>0:00</strong> Kickoff</li><li><strong>1:10</strong> The save, replayed 1:40 in the clip</li>"
         "<li><strong>3:00</strong> Second half</li>", [(0.0, None), (70.0, None), (100.0, None), (180.0, None)]),
    ],
    # totals and lengths of the footage or of activities: a total's label, a whole work named then its length in
    # parentheses, a length measured, claimed or compared, a match's length after its result
    "totals and measured lengths": [
        ("Serves six. Prep time 25 mins · Cook time 1 hr 10 mins · Total: 1h35m", []),
        ("**Total running time:** 54:20", []),
        ("Total length 48:10 · recorded live", []),
        ("Every time below is from the extended highlights (11:45).", []),
        ("All times in this post match the BBC clip (4:40).", []),
        ("The times above are from the interview (24:10).", []),
        ("The unedited interview (52:18) is on the broadcaster's site; the walk-out comes at 47:05.",
         [(2825.0, None)]),
        ("Took the kids 2h05m to finish the trail, not the 1h30m the sign promised. The waterfall shot is at 3m40s.",
         [(220.0, None)]),
        ("Charging claims of 45 mins are optimistic; expect nearer 1 hr 5 mins.", []),
        ("Mertens won 7–5, 6–4 in 1:34, and the winning lob is at 4:12 in the highlights.", [(252.0, None)]),
        ("The Reds beat Porto 2-1 in 1:52:30 of play, the longest game of the season.", []),
        ("Claimed: 1h45m. Actual: 3h20m.", []),
        ("It took me about 3h20m, not 1h45m.", []),
        ("<p><strong>Total time:</strong> 1&nbsp;hr 15&nbsp;mins</p>", []),
        ("TOTAL TIME: 1 HR 15 MINS", []),
        ("Full video (12:40) linked below.", []),
        ("The clip (0:58) went viral on Sunday; the punch lands at 0:41.", [(41.0, None)]),
        ("The entire speech (34:10) is on the ministry website, and the line is at 12:48.", [(768.0, None)]),
        ("The whole stream (3:04:11) is archived; the raid is at 1:12:40.", [(4360.0, None)]),
        ("Nadal won 6-3 6-4 in 1 hr 22 mins; the best rally is 12m10s in.", [(730.0, None)]),
        # near-misses: a time in parentheses after an event or a plain footage noun; a time said at or until
        ("The drone footage (0:45) shows smoke.", [(45.0, None)]),
        ("The goal (1:10) is on every channel.", [(70.0, None)]),
        ("The timestamps show the crash in the clip (3:10).", [(190.0, None)]),
        ("The crash is in the highlights (3:10) and again at 5:02.", [(190.0, None), (302.0, None)]),
        ("She wins the tiebreak at 1:58 in the clip.", [(118.0, None)]),
        ("It takes until 2m30s for the drone to rise.", [(150.0, None)]),
        ("He took aim at 2m10s and fired.", [(130.0, None)]),
        ("Total: 1:12:40. The best bit is at 14:10.", [(850.0, None)]),
    ],
    # scores and ratios: pairs listed with pairs no clock is written as, tennis points or a pair after a games
    # score given to a side, quantities in a ratio
    "scores and ratios": [
        ("Second set, 5–4 and 40:30 to Sørensen when play was stopped.", []),
        ("Deuce, then 40:30 to the server, and she closes it out.", []),
        ("Third set, 3–3, 15:40 to Ito on his serve.", []),
        ("Export presets: 16:9, 9:16, 4:5", []),
        ("Presets (any order): 4:5, 9:16 or 16:9.", []),
        ("Scores from the weekend: 2:1, 3:0 and 12:10 after overtime.", []),
        ("Export presets: 9:16 (Reels), 1:1 (feed), 16:9 (YouTube)", []),
        ("Crops:\n- 16:9\n- 9:16\n- 4:5", []),
        ("Export presets: 16:9,\u00a09:16,\u00a04:5", []),
        ("EXPORT PRESETS: 4:5 OR 9:16", []),
        ("At 4–4, 30:40 to the receiver, the rain came.", []),
        ("Mix 2 cups : 3 cups stock, then simmer; the lid comes off at 5:48.", [(348.0, None)]),
        # near-misses: a position said at a time before "to" and a name, a range's start, brackets, listed times
        ("The set point is at 40:30 to Ito's delight in the full stream.", [(2430.0, None)]),
        ("The interview cuts from 12:15 to Nadal's coach.", [(735.0, None)]),
        ("The vertical cut (9:16) starts at 0:45.", [(45.0, None)]),
        ("At 15:30 the umpire overrules, and at 40:15 he is booed.", [(930.0, None), (2415.0, None)]),
        ("The goals come at 2:10, 9:16 and 14:40 in the highlights.", [(130.0, None), (556.0, None), (880.0, None)]),
        ("- 4:3 version\n- 0:45 the car arrives", [(45.0, None)]),
    ],
    # a gap between two cues, lines or captions (the later one named by its order or number, the earlier by its
    # order): a timing of the subtitles, not a moment counted from the one before; events stay relative moments
    "gaps between cues": [
        ("Subtitle 40 is at 00:02:03,000. Each caption here starts 0.2 seconds after the last one clears.",
         [(123.0, None)]),
        ("1\n00:00:05,000 --> 00:00:07,000\nHello.\n\nThe second subtitle appears half a second before the first "
         "disappears, so they overlap.", [(5.0, 7.0)]),
        ("Cue 8 is at 00:00:40,000.\n\nCaption 9 shows up 0.25\u00a0s after the first one is gone.", [(40.0, None)]),
        ("Cue 8 is at 00:00:40,000.\n\nThat line lands 0.3 seconds after the previous cue ends.", [(40.0, None)]),
        # near-misses: a gap after an event of the footage counts from the moment before
        ("The first shot is heard at 0:12. Ten seconds after the first shot, a second is fired.",
         [(12.0, None), (22.0, None)]),
        ("The caption appears at 0:40. The crowd cheers 3 seconds after the caption appears.",
         [(40.0, None), (43.0, None)]),
        ("Line 3 of the clip reads badly; the gunman appears at 1:05 and the officer shouts 3 seconds after the "
         "first shot.", [(65.0, None), (68.0, None)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_total_and_ratio_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
