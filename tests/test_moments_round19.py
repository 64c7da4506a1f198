"""Families of prose misses that blind rounds 18 and 19 (`tests/data/moments_genres_round18.jsonl`,
`..._round19.jsonl`) exposed: ranges, offsets, world and relative times. Each family has sentences written
for it (not the rounds' own) and near-misses that must stay as they are (the rounds themselves are held at a
floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a start said as an offset "in", then how long it lasts: a start plus a length, as with a timecode
    "start offset 'in' plus a length": [
        ("The famous tracking shot begins roughly 14 minutes in and lasts four minutes.", [(840.0, 1080.0)]),
        ("Its blackout starts 12 minutes into the video and runs for 40 seconds.", [(720.0, 760.0)]),
        ("Starting two minutes in, and lasting about 30 seconds, the choir sings the chorus.", [(120.0, 150.0)]),
        ("the solo BEGINS ABOUT 31 MINUTES IN AND LASTS ELEVEN MINUTES", [(1860.0, 2520.0)]),
        ("<p>The solo begins about 31&nbsp;minutes in and lasts eleven&nbsp;minutes.</p>", [(1860.0, 2520.0)]),
        # near-misses: an offset then a gap counted from it; an offset with no length
        ("The storm begins 5 minutes in. Twenty seconds later the tent blows away.", [(300.0, None), (320.0, None)]),
        ("The duel starts 40 minutes in and nobody speaks.", [(2400.0, None)]),
    ],
    # a range whose ends are links or emphasis: "from [2:14](…?t=134) to 2:30"
    "ranges whose ends are links": [
        ("Skip the intro and watch from [3:05](https://youtu.be/aB3xYz?t=185) to 3:40.", [(185.0, 220.0)]),
        ('<p>The save is from <a href="https://youtu.be/q9?t=61">1:01</a> to <a href="https://youtu.be/q9?t=75">'
         "1:15</a>.</p>", [(61.0, 75.0)]),
        ("Between [0:40](https://vimeo.com/1234#t=40s) and **0:52** the drone loses signal.", [(40.0, 52.0)]),
        ("watch from **[2:14](https://youtu.be/x?t=134)** to **2:30**", [(134.0, 150.0)]),
        # near-misses: two links listed, a link then a later time
        ("See [0:45](https://youtu.be/x?t=45) and the goal at 2:30.", [(45.0, None), (150.0, None)]),
    ],
    # "from 21:14 until the end": to the footage's length when one is known (duration, "runs to", "N long")
    "from a time until the end": [
        ("The audio is missing from 12:40 until the end (the episode runs to 41:05).", [(760.0, 2465.0)]),
        ("In the 3-minute clip, the screen stays black from 2:10 to the very end.", [(130.0, 180.0)]),
        ("The file is 5:00 long. From 4:20 through the end of the video the picture freezes.", [(260.0, 300.0)]),
        # near-misses: no length known (the start alone); a stretch with its own end
        ("From 2:10 until the end the screen is black.", [(130.0, None)]),
        ("The clip is 3:00 long; from 2:10 until 2:40 the screen is black.", [(130.0, 160.0)]),
    ],
    # lengths told in asides ("(cam2.mp4, 4 min 10 s long)", "a film that, at 90 minutes, is"), and the
    # last N seconds "of the file": what end-relative forms count from
    "lengths in asides and tails of a file": [
        ("Jurors saw the doorbell file (cam2.mp4, 4 min 10 s long); in the final 10 seconds the porch light fails.",
         [(240.0, 250.0)]),
        ("We obtained the raw file, which is 2 minutes 30 seconds long. The last 15 seconds of the file show the "
         "van.", [(135.0, 150.0)]),
        ("It is a documentary that, at 80 minutes, is never dull; the last three minutes are silent.",
         [(4620.0, 4800.0)]),
        # near-misses: a tail of something that is not the footage; a race time after "halfway in"
        ("The clip is 4:00 long. In the last 10 seconds of the season he scored twice.", []),
        ("The film lasts 98 minutes. He goes through halfway in 31:10 and stops.", []),
    ],
    # nouns that look like verbs before a range: "the shot between", "the dance break from"
    "nouns before a range": [
        ("- the shot between 0:51 and 0:58 is mirrored", [(51.0, 58.0)]),
        ("The drum break from 2:40 to 2:58 went viral.", [(160.0, 178.0)]),
        ("That opening shot between 0:03 and 0:09 is a drone.", [(3.0, 9.0)]),
        # near-misses: the verbs stay times of making and targets
        ("The interview was shot between 14:10 and 15:30 on a Sunday.", []),
        ("She hopes to break 2:30 this season.", []),
    ],
    # an offset "in on" the player or site it is watched on
    "offset 'in on' a player": [
        ("The penalty is about six minutes in on the BBC iPlayer, and the save at 48:10.",
         [(360.0, None), (2890.0, None)]),
        ("THE CRASH IS AROUND 2 MINUTES IN ON YOUTUBE.", [(120.0, None)]),
        ("the bit is about ten minutes in on the <b>Player</b>", [(600.0, None)]),
        # near-miss: "in on" an activity measures how long it went on
        ("She was 20 minutes in on the treadmill when the power went.", []),
    ],
    # minutes and seconds in a compound mark: "the 1-minute-20 mark", "the 17-and-a-half-minute mark"
    "compound marks": [
        ("Rewind to the three-minute-ten mark, the flag is already up.", [(190.0, None)]),
        ("Paramedics arrive at the 12-and-a-half-minute mark.", [(750.0, None)]),
        ("At the two-and-a-half-minute mark the dog barks.", [(150.0, None)]),
        # near-miss: no second of a minute is 75
        ("at the 3 minute 75 mark", []),
    ],
    # the start or the tail "of the VOD", "of the file"
    "spans of a VOD or a file": [
        ("so skip the first 12 s of the VOD, the timer is off", [(0.0, 12.0)]),
        ("In the final 20 seconds of the file the car stops. The file is 2:00 long.", [(100.0, 120.0)]),
        # near-miss: the tail of a race is no part of the footage
        ("In the last 5 seconds of the race he was caught.", []),
    ],
    # a named moment, a hedged offset set off by commas, then "when" what happens there
    "a moment, an offset, when": [
        ("There is a point, roughly 20 minutes, when the music stops.", [(1200.0, None)]),
        ('"There\'s a moment, just after 57 minutes, when the radio dies," she said. About twenty seconds later, '
         "his voice comes back.", [(3420.0, None), (3440.0, None)]),
        # near-miss: a length of the day, no moment named
        ("It was a long day, about 20 minutes, when we waited.", []),
    ],
    # a frame-counting timecode is never a clock, whatever verb comes before it
    "frame timecodes after a verb of taking": [
        ("Jurors saw a frame grabbed at 00:03:10:12 on the copy.", [(190.4, None)]),
        # near-misses: a photo's time of day; a camera clock read with frames
        ("The photo was taken at 14:32 on Friday.", []),
        ("The camera clock reads 03:51:22:10 as the door opens.", []),
    ],
    # a past report of a time, then "when" and the present: what the footage shows there
    "a reported time with a present 'when' clause": [
        ("The experts picked 2:44, when the van turns left.", [(164.0, None)]),
        ("Asked for the key frame, the analyst chose 1:05, when the driver appears to wave.", [(65.0, None)]),
        # near-misses: the "when" clause in the past tells the world
        ("Police arrived at 21:44, when the crowd had gone.", []),
        ("The bus left at 21:41, when the streets were empty.", []),
    ],
    # a clock read on screen "at that frame" is the frame just placed: a gap after it counts from that frame
    "a gap after a clock read at that frame": [
        ("The van stops at 0:52. Its overlay reads 21:47:33 at that frame. About 35 seconds later a cyclist passes.",
         [(52.0, None), (87.0, None)]),
        # near-miss: a clock read with no frame named still resets the count
        ("The stamp reads 10:01:02. About 20 seconds later the van leaves.", []),
    ],
    # a court's or a meeting's own day: it breaks, then resumes, reconvenes or comes back at a clock
    "a court resuming at a clock": [
        ("THE COURT: We'll take a short recess and reconvene at 2:15.", []),
        ("JUDGE: We will adjourn now and come back at 10:00 tomorrow.", []),
        ("THE COURT: we'll break here and reconvene at 2:00.", []),
        # near-miss: a break in the footage, and playback resumed at a position
        ("Counsel: the break in the video is at 1:30, and we resume playback at 2:10.", [(90.0, None), (130.0, None)]),
    ],
    # a service named by its departure: its state ("is running late", "has been cancelled"), its destination in
    # a headline, and when a line "should reopen"
    "services named by their clock": [
        ("Announcer: the 17:20 to Glasgow is delayed, and the 18:05 has been cancelled.", []),
        ("the 07:45 is now running 20 mins late", []),
        ("The 5:50 to nowhere: a winter on the last night bus", []),
        ("At 09:15 the road should reopen, police said.", []),
        # near-misses: the footage's own times said the same ways
        ("In the clip, the 2:10 is where the train appears.", [(130.0, None)]),
        ("At 2:10 you should see the flash.", [(130.0, None)]),
    ],
    # an identifier with letters after its digits, read off a plate or a badge
    "identifiers read off a plate": [
        ("The number plate reads 7:12 XR in the still.", []),
        ("- the licence plate says 3:05 MK, so it is the same car", []),
        ("The plate reads **4:19 KD**.", []),
        # near-miss: letters that are a time zone are a clock; a plain reading in the footage stays
        ("The goal is at 7:15 of the replay.", [(435.0, None)]),
    ],
    # an appeal for footage of a time of day: when the footage was made, not a position in it
    "appeals for footage of a time": [
        ("Police asked motorists with dashcam footage from around 22:40 to come forward.", []),
        ("Anyone with doorbell or CCTV footage from between 01:10 and 01:45 should call 101.", []),
        # near-miss: a stretch of a clip
        ("The clip from 0:45 to 1:10 shows the goal.", [(45.0, 70.0)]),
    ],
    # a spoken length after a "duration" or "length" label of footage
    "length labels in words": [
        ("The bodycam clip, length 2 min 40 sec, shows the arrest at 1 min 5 sec.", [(65.0, None)]),
        ("CCTV from the platform (duration: 4 minutes) shows the fall at 2 minutes 12 seconds.", [(132.0, None)]),
        # near-miss: no label, the offset alone
        ("The bodycam clip shows the arrest at 1 min 5 sec.", [(65.0, None)]),
    ],
    # a gap to another event apposed to the time just told places that event: no new moment
    "gaps to an event apposed to a time": [
        ("The shot is heard at 0:41.2 in the enhanced copy, a second before the glass breaks.", [(41.2, None)]),
        ("The flare lights up at 2:03 on the raw upload — 0.5 seconds after the siren starts.", [(123.0, None)]),
        ("The flash is at 01:17.4 in the 60&nbsp;fps copy, 0.3&nbsp;seconds before the pane shatters.", [(77.4, None)]),
        # near-miss: a new sentence counting from the event just placed
        ("The shot is heard at 0:41. Two seconds after the shot, the glass breaks.", [(41.0, None), (43.0, None)]),
    ],
    # a death or a birth told at a clock is a time of day, even among footage positions
    "deaths and births at a clock": [
        ("At 17:30 in the footage paramedics arrive. He died in hospital at 23:50.", [(1050.0, None)]),
        ("The patient died at 04:10, the hospital said.", []),
        # near-miss: a death in the film, told in the present
        ("In the film he dies at 1:10:05.", [(4205.0, None)]),
    ],
}

# The approximate flag of hedges found in these rounds: quoted or HTML-spaced, "a beat after", "and change",
# "and a bit", "-ish" before a full stop the sentence splitter did not take.
APPROXIMATE = [
    ("The singer enters at the 4-minute-and-change mark.", 240.0, True),
    ("The bell rings at 2:10. A minute and a bit later the doors open.", 190.0, True),
    ("About&nbsp;the&nbsp;<strong>4:05</strong> mark the tyre bursts.", 245.0, True),
    ("Around **1:30** the ball hits the post.", 90.0, True),
    ("The shot comes a split second after the 0:41 mark.", 41.0, True),
    ("She said the first push comes 'a beat after' the 3:20 mark.", 200.0, True),
    ("ok found it, the drop is at 1:47ish. gonna clip it tmrw", 107.0, True),
    ("The vote is at 45:45, and the walkout follows roughly 90&nbsp;seconds later.", 2835.0, True),
    ("The vote is at 45:45, and the walkout follows roughly 90\u00a0seconds later.", 2835.0, True),
    ("The vote is at 45:45, and the walkout follows roughly 90\u202fseconds later.", 2835.0, True),
    # near-misses: exact times stay exact
    ("The horn sounds at 1:12 and the lights fail 45&nbsp;seconds later.", 117.0, False),
    ("At the 4-minute mark the singer enters.", 240.0, False),
]


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_nineteen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "start", "approximate"), APPROXIMATE)
def test_round_nineteen_hedges(text: str, start: float, approximate: bool) -> None:
    found = [(m.start, m.approximate) for m in extract_moments(text)]
    assert (start, approximate) in found, found
