"""Families of misses that blind round 46 (`tests/data/moments_genres_round46.jsonl`, lengths beside positions)
exposed in lengths, starts told with their lengths and end forms, each with sentences written for the family (not
the round's own) and near-misses that must stay as they are (the round itself is held at a floor in
test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a thing told with its length and where it begins is the spec's start plus length, a range, whatever the verb
    # ("begins at", "beginning at") or the noun (a take, an ovation); rounds 7 and 12's golds were corrected to it
    "a start told with its length": [
        ("The best bit is a 90-second tracking shot beginning at 12:05, all through the market.", [(725.0, 815.0)]),
        ("A three-minute standing ovation begins at 1:52:30 and nobody cuts away.", [(6750.0, 6930.0)]),
        ("Watch the 20-second pan that begins at 0:41 over the harbour.", [(41.0, 61.0)]),
        ("The film's 45-second single take starting at 1:10:00 is the reason to see it.", [(4200.0, 4245.0)]),
        ("In the recording, a one-minute silence begins at 4:05.", [(245.0, 305.0)]),
        ("The drone pass (40 seconds, starting at 3:02) is the best shot.", [(182.0, 222.0)]),
        ("The ovation, nearly two minutes long, begins at 1:41:10.", [(6070.0, 6190.0)]),
        ("A minute-long silence begins at 8:20.", [(500.0, 560.0)]),
        ("Beginning at 3:02, a 40-second pan takes in the bay.", [(182.0, 222.0)]),
        ("At 12:05 a 90-second tracking shot begins.", [(725.0, 815.0)]),
        # near-misses: a clip's length beside a position in it; a walk of the writer's day; a length that only
        # restates a range's own span; a verb "takes"
        ("A 30-second clip of the crash went viral, and the car spins at 0:12.", [(12.0, None)]),
        ("He took a ten-minute walk from 9:15 that morning.", []),
        ("A 73-second gap between 13:02 and 14:15 is never explained.", [(782.0, 855.0)]),
        ("The 12-minute video takes us to 3:40 before the reveal.", [(220.0, None)]),
        ("In the video, the warm-up (5 min) starts at 0:00, the squats at 5:10.", [(0.0, None), (310.0, None)]),
        # (a whole work's start told with its length is its schedule, never a stretch of footage)
        ("Our 8-minute video begins at the harbour at 6:00 a.m.", []),
        ("At 2:10, a 30-second clip of the crash went viral.", [(130.0, None)]),
    ],
    # a work's length said in passing: in its title line's closing brackets, named by its medium or in words, after
    # a "Full video:" label, or to say that the work is long; not a position (and the length end forms count from)
    "a work's length in passing": [
        ("Whole stream: 3 h 40 min, so pace yourselves.\n\nThe crash is at 1:12:05.", [(4325.0, None)]),
        ("### Ep. 9: The Salt Road (1 hr 44 min, settle in)\n\n- 0:00 Intro\n- 14:20 The salt pans",
         [(0.0, None), (860.0, None)]),
        ('FACT CHECK: "Mayor booed off stage" (clip, 1:12)\nThe booing starts at 0:31.', [(31.0, None)]),
        ("Oral history session, 3 March (audio 1 h 12 min)\n\n00:04:10 Q: Where were you born?", [(250.0, None)]),
        ("Harbour Nights (concert film, 2 hrs 4 min)\n\nThe encore starts at 1:50:00.", [(6600.0, None)]),
        ("Tutorial: knife skills (video, 14:05)\n\n1. The claw grip (at 0:40)\n2. Add the onions (3:15) and stir",
         [(40.0, None), (195.0, None)]),
        ("Episode 214 (2:05:10, a long one)\n\nSkip to 1:02:03.", [(3723.0, None)]),
        ("Explainer video, 6 min 12 s. Halfway through the video the graph flips.", [(186.0, None)]),
        # near-misses: times in brackets in a list of moments, in prose, after "at", under a chapter heading
        ("Best moments\n- the save (1:12)\n- the goal (4:40)", [(72.0, None), (280.0, None)]),
        ("He falls in the video (0:45), then gets up.", [(45.0, None)]),
        ("The stream (at 1 h 20 min) shows the crash.", [(4800.0, None)]),
        ("Chapters:\n- Intro (0:00)\n- Build (2:15)", [(0.0, None), (135.0, None)]),
        ("Intro\nThe goal (2:05, what a strike)\nmore", [(125.0, None)]),
        ("In the video, 2 minutes in, he falls.", [(120.0, None)]),
    ],
    # an end form counts from a length stated anywhere in the text: in a title line, in a "long (...)" note, or
    # after a list of timed lines (which walks through the footage, as a footage word does)
    "an end form counted from a length stated in passing": [
        ("The film is very long (2 h 49 min in the director's cut), and the final ten minutes drag.",
         [(9540.0, 10140.0)]),
        ("## Episode 12: Salt (1 hr 44 min, settle in)\n\nSkip to 20:00, and stay for the last two minutes.",
         [(1200.0, None), (6120.0, 6240.0)]),
        ("Field notes (video, 12:00)\n\nThe storm hits in the last 45 seconds.", [(675.0, 720.0)]),
        ('Episode guide\n\n=== Episode 2: "Ice" (50 min) ===\nThe calving is about 20 minutes in; the episode\'s '
         "final five minutes are the return.", [(1200.0, None), (2700.0, 3000.0)]),
        ("Things I noticed in the trailer:\n\n- 0:03 \u2013 the logo\n- the last four seconds \u2013 a date\n\n"
         "The trailer is 2:10 long.", [(3.0, None), (126.0, 130.0)]),
        # near-miss: a match's final minute in a list with no timed line, the highlights' length after it
        ("Kick-off was delayed.\n\n- Goal at 12'\n- a penalty in the final minute\n\nHighlights are 4:00 long.", []),
    ],
    # lengths of other things written like timecodes, alone or in a list of them: a timing, a measure as it used to
    # be and is now, a test's time for an amount, a speedrun by its category or its runner, a product's time in a
    # buyer's list with its price
    "a thing's length written like a timecode": [
        ("The pasta sauce took forever (my flatmate timed it: 4:20), but at 3:05 in the video you see why.",
         [(185.0, None)]),
        ("We clocked it at 2:58 with the lid on.", []),
        ("My old laptop used to take 6:40 per render; now it's quicker. The export glitch is at 0:42 in the tutorial.",
         [(42.0, None)]),
        ("The blender used to be 1:10 for a smoothie, now it's 1:45.", []),
        ("Drip coffee: 4:30 for a full jug, which is slow.", []),
        ("Compact model: 0.6 l in 1:55, ideal for one.", []),
        ("Top runs this week\n\n- Lava Keep, any% \u2013 27:14.6 by morrow\n- Lava Keep, 100% \u2013 1:04:51 by tallis",
         []),
        ("Marathon results\n- Sunken City glitchless \u2013 44:10.2 by reed (new record!)", []),
        ("Weekend runs\n- Harbour Dash, all levels \u2013 2:41:09 by fenwick", []),
        ("Phones we tested\n\n1. Aster 5 \u2013 charges in 58:00, 128 GB, \u00a3299\n2. Brio X \u2013 1:12:30 to full, "
         "256 GB, \u00a3349", []),
        ("Best kettles\n\n- Model A: 3:40 to boil, \u00a340\n- Model B: 4:05 to boil, \u00a330", []),
        ("Each song runs long: track 1 is 6:12 and track 2 is 7:40.", []),
        ("The swim took 41:20 and the bike 2:31:05.", []),
        ("Fastest laps at Silverstone: Hamilton 1:27.1, Norris 1:27.4.", []),
        ('Album review. Opener "Salt" runs 4:12; the closer, "Ash", is 9:05 of drone.', []),
        ("My 5K this morning: 24:10. At 1:10 in my Strava video you see the fox.", [(70.0, None)]),
        ("The bread machine cycle is 3:10 on the quick setting.", []),
        ("Lap 1: 1:31.2\nLap 2: 1:30.8\nLap 3: 1:30.1", []),
        ("The jingle (0:20) plays twice an hour. The fall is at 1:05.", [(65.0, None)]),
        ("The final cutscene (6:10) cannot be skipped.", []),
        ("Brew time is about 4:30 on my machine.", []),
        ("It took ages: 2:55 by my stopwatch.", []),
        # near-misses: a chapter list with dashes; a position with "by" a place or a way; a timing of something else
        # beside a position; a subtitle cue timed; a price beside a position in a video; a list of moments
        ("Chapters\n- Intro \u2013 0:00\n- Unboxing \u2013 2:15\n- Verdict \u2013 9:40",
         [(0.0, None), (135.0, None), (580.0, None)]),
        ("The ref's call at 41:07 by the corner flag is the key moment.", [(2467.0, None)]),
        ("Skip to 1:02 by clicking the chapter.", [(62.0, None)]),
        ("At 3:40 you can hear it boil; I timed the clip at home.", [(220.0, None)]),
        ("The cue is timed 00:21:47,300 --> 00:21:49,120 in the file.", [(1307.3, 1309.12)]),
        ("In the unboxing video, 4:12 is where it cracks, \u00a379 down the drain.", [(252.0, None)]),
        ("Best bits\n1. The pratfall \u2013 3:55, for the ages", [(235.0, None)]),
        ("The guizers' song is from 7:40 till 8:55; the anthem is between 41:10 and 45:55.",
         [(460.0, 535.0), (2470.0, 2755.0)]),
        ("The song is 3:12 in, where the drums kick.", [(192.0, None)]),
        ("It took 2:10 to load, and 0:45 into the video it crashes.", [(45.0, None)]),
        ("The 10K start is at 3:10 in the video, on the quick camera setting.", [(190.0, None)]),
        ("The drone footage (0:45) shows smoke rising.", [(45.0, None)]),
        ("Stop the video at 2:10 on the timer screen.", [(130.0, None)]),
    ],
    # more lengths in passing: a runtime label naming its work, hours spent somewhere, an event's own clock
    "a runtime, a stay or an event's clock": [
        ("<p>Run time of the film: 1 h 48 min.</p>", []),
        ("Running time of the documentary: 2 hrs 3 min", []),
        ("Flights: departing 06:25, landing 09:40 local time, 2 h 15 min in the air.", []),
        ("The next stream will show the fairing drop at about 3:05 after liftoff, roughly 47:00 into the stream.",
         [(2820.0, None)]),
        ("The capsule lands 8:40 after launch.", []),
        # near-misses: a compact offset into a named stream, with a seek verb, or to the second in a game's place;
        # a time after a cut of the footage
        ("At 1h02m in the council's livestream the mayor walks out.", [(3720.0, None)]),
        ("Jump to 1h 12m in the replay.", [(4320.0, None)]),
        ("Frame rate dips somewhere around 21m40s in the cave level.", [(1300.0, None)]),
        ("At 4:12 after the cut to the studio, she laughs.", [(252.0, None)]),
    ],
    # a list under a heading that says its times are timestamps gives positions, even after a title
    "a list said to give timestamps": [
        ("Six things you missed in the season opener, every one of them easy to miss on a first watch (timestamps are "
         "for the 50-minute cut)\n\n1. The letter (12:10) \u2013 look at the date.\n2. The dog (31:05) \u2013 same dog "
         "as season one.\n3. The theme, \"Salt\" (3:12), is on the album.", [(730.0, None), (1865.0, None)]),
        # near-misses: a list of titled lengths; a tracklist whose heading names timestamps for the mix
        ("Our favourite trailers\n\n1. Ember (1:58) \u2013 gorgeous.\n2. Tide (2:31) \u2013 loud.", []),
        ("Tracklist / timestamps for the set:\n01. Intro (1:50)\n02. Kestrel \u2014 6:40\n03. Moth \u2014 9:15",
         [(400.0, None), (555.0, None)]),
    ],
    # a racer's time told as theirs, a finisher coming in, a race's half passed: race times, not positions
    "a racer's time": [
        ("Her time over the last climb, 38:05, is a course best.", []),
        ("His split at the 50 km checkpoint was 4:12:40.", []),
        ("The last walker came in at 7:02:15, to applause.", []),
        ("The pacemaker takes the group through halfway in 64:10.", []),
        # near-misses: a racer's time in the video; a finish placed in the stream
        ("Her time in the replay, 2:10, is when she stumbles.", [(130.0, None)]),
        ("The finish is at 2:51:09 in the stream.", [(10269.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_six_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
