"""Families of misses that blind round 44 (`tests/data/moments_genres_round44.jsonl`, whole pasted documents)
exposed in lengths, end-relative ranges and recall, each with sentences written for the family (not the round's own)
and near-misses that must stay as they are (the round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a thing given its length, then where it starts a few words on, is one range (a start plus a length)
    "a thing's length, then its start": [
        ("The stream drops out because of the ninety-second outage the host reported from 2:14:30.",
         [(8070.0, 8160.0)]),
        ("The video has a 40-second drone pass starting at 3:02 over the bay.", [(182.0, 222.0)]),
        ("It helps to watch the 15-second slow-motion replay that begins at 0:48.", [(48.0, 63.0)]),
        # (a start told with its length is read whole, as a range is: no single time for the learned veto)
        ("Critics praised the duel, which starts at 41:05 and runs for about three minutes.", [(2465.0, 2645.0)]),
        ("The drum solo, all four minutes of it, from 1:12:40.", [(4360.0, 4600.0)]),
        ("The CROWD NOISE, the whole ninety seconds of it, starts at 12:05 in the upload.", [(725.0, 815.0)]),
        ("<p>The encore,\u00a0all six minutes of it, from <b>58:10</b>.</p>", [(3490.0, 3850.0)]),
        # near-misses: a range after the length is the range; a walk of the writer's day; a clip's length alone
        ("Our 30-second clip from 2:05 to 2:40 is the best part.", [(125.0, 160.0)]),
        ("He took a ten-minute walk from 9:15 that morning.", []),
        # (a start told with its length is a range since round 46: rounds 7 and 12's golds were corrected to it)
        ("In our clip, the one-minute silence begins at 3:20.", [(200.0, 260.0)]),
        ("A 30-second clip of the crash went viral, and the car spins at 0:12.", [(12.0, None)]),
    ],
    # both marks of a pair may say their unit: "between the 2-minute and 3-minute marks"
    "a pair of marks each with its unit": [
        ("Nobody speaks between the 4-minute and 5-minute marks.", [(240.0, 300.0)]),
        ("From the one-minute mark to the 90-second mark the camera pans.", [(60.0, 90.0)]),
        ("BETWEEN THE 10-SECOND AND 20-SECOND MARKS the dog barks.", [(10.0, 20.0)]),
        # near-misses: the unit said once, after the second number
        ("Between the two- and three-minute marks the wind drops.", [(120.0, 180.0)]),
        ("He sleeps between the 2 and 3 minute marks.", [(120.0, 180.0)]),
    ],
    # a range right after a break ("[AD BREAK 00:07:20-00:09:05]") is the break's stretch, not a target to break
    "a break's stretch": [
        ("[00:12:01] HOST: Back after this.\n\n[AD BREAK 00:12:03–00:14:10]\n\n[00:14:11] HOST: We're back.",
         [(721.0, None), (723.0, 850.0), (851.0, None)]),
        ("Skip the ad break 12:40-14:05 if you want.", [(760.0, 845.0)]),
        ("(Mid-roll break: 31:10 to 33:02.)", [(1870.0, 1982.0)]),
        # near-misses: a runner's target time is no position
        ("She hopes to break 2:28 this spring.", []),
        ("Can he break 3:50 in the mile?", []),
    ],
    # an end form far from a trailer's, a cut's or a clip's length counts from the whole work's stated runtime
    "the end of the whole work, not of a clip told paragraphs before": [
        ("The documentary opens on a 45-second clip from a 1988 news bulletin.\n\nCritics singled out the final two "
         "minutes, a single shot of the harbour.\n\nThe film runs 82 minutes.", [(4800.0, 4920.0)]),
        ("A 90-second teaser came out in May.\n\nIn the last 20 seconds the choir sings alone.\n\n"
         "The finished film runs 1:41:00.", [(6040.0, 6060.0)]),
        ("The episode runs 44 minutes; an overseas version was cut to 40 minutes.\n\nReviewers loved its final "
         "five minutes.", [(2340.0, 2640.0)]),
        ("The programme lasts 59 minutes.\n\nA 30-second trailer is online.\n\nThe credits roll over the final "
         "45 seconds.", [(3495.0, 3540.0)]),
        # near-misses: the clip's own end in its paragraph; no runtime of the whole work stated
        ("The documentary opens on a 45-second clip from a 1988 bulletin; in its final 10 seconds the anchor "
         "laughs.\n\nThe film runs 82 minutes.", [(35.0, 45.0)]),
        ("A 90-second teaser came out in May.\n\nIn the last 20 seconds the choir sings alone.", [(70.0, 90.0)]),
        # near-miss: the end form names its work, and the runtime stated is another's
        ("The broadcast runs 4 hours.\n\nThe club posted a 20-minute highlights package.\n\nHalfway through the "
         "package the rain starts.", [(600.0, None)]),
    ],
    # a thing placed at the end of the footage, then where that is in brackets, is a position (the end's own
    # "[End of tape, 24:16]" tells the length)
    "a thing placed at the end, then its time": [
        ("Verdict: buy it. The price list is at the end of the video (11:48).", [(708.0, None)]),
        ("The blooper reel comes near the end of the stream (2:14:10).", [(8050.0, None)]),
        ("Credits AT THE VERY END OF THE FILM (1:31:05) name the dog.", [(5465.0, None)]),
        # near-misses: the end itself, told with the length
        ("[End of tape, 24:16]", []),
        ("End of recording (31:07).", []),
    ],
    # a measure listed with a measure ("2h 10m on Eco and 1h 25m on Max") or standing as an item of a dotted
    # metadata line ("Published: 3 Nov 2026 · 1 hr 12 min · Explicit: No") is no position
    "a length listed as a measure or a metadata item": [
        ("Battery life was 9h 40m in my test, and 6h 05m with the screen at full brightness.", []),
        ("The director's cut runs 2h 41m and the theatrical 2h 12m.", []),
        ("Charge time: 3h 10m on the slow charger, or 1h 05m on the fast one.", []),
        ("Episode 12 — Salt\nAired: 4 May 2025 · 48 min · Rated PG\n\nThe storm hits at 31:10.", [(1870.0, None)]),
        ("Vlog &middot; 14 min &middot; 2 days ago", []),
        # near-misses: positions said with "at", even when coordinated
        ("Look at 2m10s, and at 3m05s in the clip.", [(130.0, None), (185.0, None)]),
    ],
    # a video's length said beside it: in brackets after where it is up, after "length," in a list of details, or
    # before its quoted title
    "a video's length said beside it": [
        ("The full interview is now online at the broadcaster's website (41:07), and the key answer is at 12:10.",
         [(730.0, None)]),
        ("Highlights are up on the league's app (6:02); the winner comes at 5:31.", [(331.0, None)]),
        ("We checked the clip's upload date and length, 2:58, against the original post.", []),
        ("Years ago I posted a 3:05 \"how to tie a bowline\" with awful sound.", []),
        ("<p>My first video was a 6:40 &ldquo;knife sharpening basics&rdquo;.</p>", []),
        # near-misses: a position right after a quoted line; a time placed in the video
        ("She says \"look out\" at 2:10 in the clip.", [(130.0, None)]),
        ("The goal is at 4:10 in the video.", [(250.0, None)]),
    ],
    # the time of a performance, a setting or a limit: playing time, a record and when it was set, a swim's time,
    # a turn timed at a limit
    "a performance time or a timed limit": [
        ("Okafor finished with 19 rebounds in 28:40 of court time.", []),
        ("She logged 22:15 of ice time against Boston.", []),
        ("The world-record run (1:12:08.41, set 3 March 2025) skips the whole second act.", []),
        ("He wins the 400 m freestyle, swimming 3:44.12, and retires.", []),
        ("Rounds are timed at 2:00 on Expert mode.", []),
        ("In the women's race, Okoth crossed in 2:19:05 after a late surge.", []),
        # near-misses: positions in the footage with the same words near
        ("In the replay the record falls at 1:12:08 of the stream.", [(4328.0, None)]),
        ("The swimmer touches the wall at 3:44 in the video.", [(224.0, None)]),
    ],
    # a length as the adjective of a noun ("at 20-minute feeds"), a length squeezed into another ("compresses six
    # hours into three minutes") and a length from the start of something not the footage are no positions
    "a length that describes, compresses or counts in something else": [
        ("They pass soup down a rope at 20-minute feeds.", []),
        ("The camera fires at 30-second intervals all night.", []),
        ("The time-lapse squeezes nine hours into two minutes; the fog lifts at 1:12.", [(72.0, None)]),
        ("The edit cuts four seconds from the start of his answer.", []),
        # near-misses: a mark, an offset into the footage, from the start of the video
        ("The rescue comes at the 20-minute mark.", [(1200.0, None)]),
        ("Nine minutes into the video the fog lifts.", [(540.0, None)]),
        ("Eight seconds from the start of the video, the door opens.", [(8.0, None)]),
    ],
    # a time after a range the text said a stretch "runs", with "after" between, is no length listed with a length
    "a time after a range that runs": [
        ("Ads: the mid-roll runs 00:31:10–00:33:00 and a short post-roll plays after 01:02:40.",
         [(1870.0, 1980.0), (3760.0, None)]),
        ("The sponsor read runs 02:10–03:05 and the outro starts after 41:30.", [(130.0, 185.0), (2490.0, None)]),
        # near-miss: lengths listed one after the other
        ("The title track runs 4:33 and the closer 7:12.", []),
    ],
    # a list of best bits, line by line, may step hours on: a late time there is still a position
    "a long stream's list of best bits": [
        ("Highlights of the 12-hour stream:\n0:10:05 first raid\n2:40:00 the cat\n6:02:31 the big win",
         [(605.0, None), (9600.0, None), (21751.0, None)]),
        ("Best bits:\n- 1:05:00 the bet\n- 5:40:12 we lose it all", [(3900.0, None), (20412.0, None)]),
        # near-miss: a clock of the day on its own line after a position
        ("The stream shows the truck at 0:14:20.\nThe shop closed at 23:15:44 and the lights went out.",
         [(860.0, None)]),
    ],
    # how long at a setting ("high for 4:30", "on full power for 2:30") is no position
    "how long at a setting": [
        ("- Low for 8 h or high for 4:30", []),
        ("Microwave on full power for 2:30, stir, then again.", []),
        ("Blend on MAX SPEED FOR 1:00.", []),
        # near-miss: a start plus a length
        ("The plane flies low for 40 seconds starting at 1:10.", [(70.0, 110.0)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_four_b_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
