"""Families of misses that blind rounds 16 and 17 (`tests/data/moments_genres_round16.jsonl`, `..._round17.jsonl`)
exposed in prose positions and clock readings, each with sentences written for the family (not the rounds' own)
and near-misses that must stay as they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a transcript line opens with its running time and a speaker, as a chapter entry opens with a time and a
    # title; an offset said into other footage inside the speech is still a position
    "spoken offsets on a transcript's timed lines": [
        ("00:12:40 HOST: In the trailer, about forty seconds in, the drone clips the mast.\n"
         "00:12:52 GUEST: Right.", [(760.0, None), (40.0, None), (772.0, None)]),
        ("[0:05:10] REPORTER: two-twenty into the bodycam the officer draws.\n[0:05:31] CHIEF: No comment.",
         [(310.0, None), (140.0, None), (331.0, None)]),
        ("01:02:03 Q: So ninety seconds into the tape, you see the van?\n01:02:09 A: I see a van.",
         [(3723.0, None), (90.0, None), (3729.0, None)]),
        ("00:00:30 SPEAKER 2: A\u00a0minute\u00a0and\u00a0a\u00a0half in, the feed drops.\n"
         "00:00:41 SPEAKER 1: It does.", [(30.0, None), (90.0, None), (41.0, None)]),
        # near-misses: a chapter list keeps its titles' figures out; a clock said in speech stays a clock
        ("0:00 Intro\n2:10 Battery: 9h40m in my test\n5:30 Verdict", [(0.0, None), (130.0, None), (330.0, None)]),
        ("00:03:00 HOST: We went live at 6:30 Eastern.\n00:03:09 GUEST: Yes.", [(180.0, None), (189.0, None)]),
    ],
    # number + unit + "in", then a new clause with no comma: "like 4 mins in theres a ...", after a comment's hedge
    # any word but a determiner or a length's tail
    "offset 'in' then a new clause, unpunctuated": [
        ("lol that match. like 6 mins in theres a dive and nobody books it", [(360.0, None)]),
        ("ok so 2 minutes in there's a cameo from the director", [(120.0, None)]),
        ("the stream was chaos, like 3m in someone trips the breaker", [(180.0, None)]),
        ("LIKE 5 MINS IN U SEE THE FOX", [(300.0, None)]),
        ("<p>like 7 mins in it’s pitch black</p>", [(420.0, None)]),
        ("like 8 minutes in Dani forgets the lyrics lmao", [(480.0, None)]),
        ("**like 9 mins in** theres a streaker", [(540.0, None)]),
        ("<i>like 2\u00a0mins in</i> someone trips on the cable", [(120.0, None)]),
        # near-misses: lengths of the world stay lengths
        ("the update took like 4 mins in total", []),
        ("like 10 mins in traffic every morning", []),
        ("like 12 minutes in the oven, then flip", []),
        ("We spent 20 minutes in there before the guard came.", []),
    ],
    # "N seconds after." / "after that" counts from the moment before, past a clock told in an aside
    "bare 'after' and a clock in an aside": [
        ("The gate swings open at 1:12 and the dogs run out 5 seconds after.", [(72.0, None), (77.0, None)]),
        ("At 4:20 the lamp falls; the smoke alarm sounds 20 seconds after, so the fire is real.",
         [(260.0, None), (280.0, None)]),
        ("The truck appears at 0:41 in the dashcam clip. The logger (set to 08:15 UTC) lags. Roughly five seconds "
         "after that, the trailer sways.", [(41.0, None), (46.0, None)]),
        # near-misses: with no moment before there is nothing to count from; a clock said outright resets it
        ("The bus left and we arrived ten minutes after.", []),
        ("The shop opened at 9:15. Twenty minutes after that, a queue had formed.", []),
    ],
    # Indian usage: "at 3.05 minutes" is 3 min 5 s (two digits under 60 after the dot); one digit is a decimal
    "minutes and seconds written with a dot": [
        ("In the DC office video, the ribbon is cut at 4.12 minutes.", [(252.0, None)]),
        ("The minister arrives at 12.40 mins in the recording and waves 10 seconds after.",
         [(760.0, None), (770.0, None)]),
        ("The bride enters at 1.05 min, as per the video.", [(65.0, None)]),
        # near-misses: a decimal with one digit or past 59 stays a decimal; a length is no position
        ("The flag is lowered at 2.5 minutes.", [(150.0, None)]),
        ("The horn sounds at 4.75 minutes.", [(285.0, None)]),
        ("The speech lasted 3.05 minutes.", []),
    ],
    # "at a minute fifty": a reading of minutes and seconds with "minute" said, after "at"
    "'at' a minute-and-seconds reading": [
        ("And in the clip you sent, at about a minute forty, we hear the glass break?", [(100.0, None)]),
        ("At two minutes fifteen the drone loses signal.", [(135.0, None)]),
        ("the crowd sings at one minute thirty-five, listen", [(95.0, None)]),
        ("AT\u00a0ABOUT A MINUTE TWENTY, THE HORN GOES", [(80.0, None)]),
        # near-misses: a clock reading with no "minute" after "at" is a time of day; a past report of a result
        ("We meet at two-fifteen by the gate.", []),
        ("She finished at a minute fifty, a club record.", []),
    ],
    # a camera's stamp given as a label, a time of day named by what was reported then, and the time it is "not"
    "camera stamps, reported times and contrasted clocks": [
        ("The bodycam shows the door open at 0:31. Overlay clock 21:14:09, 12/03/2026.", [(31.0, None)]),
        ("Frame 212 (timestamp 18:40:55) shows the plate; in the clip it is at 1:02.", [(62.0, None)]),
        ("The flash at 0:48 fits the 22:41 police report and the 22:43 alert from the council.", [(48.0, None)]),
        ("Shadows put the filming near 15:20 local time, not at 08:45 as the caption says; the bus passes at 0:14.",
         [(14.0, None)]),
        ("The sirens start at 07:10 UTC rather than 07:40, and the clip begins at 0:05.", [(5.0, None)]),
        # near-misses: a labelled position of a short video, a position corrected with "not", a report's own
        # position
        ("timestamp 1:14:05 for the penalty", [(4445.0, None)]),
        ("The goal is at 12:10, not at 12:40 like the thumbnail says.", [(730.0, None), (760.0, None)]),
        ("In the report at 4:12 the anchor names the street.", [(252.0, None)]),
    ],
    # a range whose end is named before its time: "from 3:50 to the final frame at 4:12"
    "range to a named end at a time": [
        ("The chase, from 1:05 to the last shot at 1:48, was filmed on a phone.", [(65.0, 108.0)]),
        ("Credits roll from 42:10 to the closing frame at 44:02.", [(2530.0, 2642.0)]),
        ("<p>The storm runs from 0:30 to the final frame at 2:15.</p>", [(30.0, 135.0)]),
        ("The dance is from 1:10 to the <b>last shot</b> at 1:58.", [(70.0, 118.0)]),
        # near-miss: two points, the second said of something else
        ("The singer enters at 1:05 and the last shot is 1:48 long.", [(65.0, None)]),
    ],
    # short names of footage ("vid", "VOD") and a broadcast's "package" take a length and anchor offsets
    "'vid', 'VOD' and 'package' as footage": [
        ("Great 6-min vid, the fire starts about 20 seconds before the end of the vid.", [(340.0, None)]),
        ("so like two-twenty into the VOD he rage-quits", [(140.0, None)]),
        ("The 12-minute package is worth it; in the final 30 seconds of the package the coach cries.",
         [(690.0, 720.0)]),
        ("Halfway through the 8-minute package, the anchor cuts to the crowd.", [(240.0, None)]),
        # near-misses: a parcel's length is no footage; a length alone is no position
        ("The package took 3 days to arrive.", []),
        ("The VOD is 2 hours long.", []),
    ],
    # "halfway in 1:08:47": the time a race took to halfway, not a fraction of the footage
    "split time at halfway": [
        ("She went through halfway in 1:04:10 and faded.", []),
        ("The leaders reached the halfway mark in about 31 minutes.", []),
        ("In the 20-minute highlights, he goes through halfway in 47:12; halfway through the highlights the rain "
         "starts.", [(600.0, None)]),
        # near-miss: a fraction of the footage, "in" the footage
        ("Halfway in, the 10-minute clip turns to the crowd.", [(300.0, None)]),
    ],
    # "in the final minute" of a match told by its result, with no footage named in the sentence
    "a match's first or final minute": [
        ("The 90-minute replay is on the club site. Rovers won 2-1 with a header in the final minute.", []),
        ("The 3-minute highlights clip is online. They beat Leeds 24–20 thanks to a try in the last 40 seconds.",
         []),
        ("The 10-minute video is up. Okafor scored in the first minute.", []),
        # near-misses: the footage is named, or the sentence tells no result
        ("The 3-minute clip: in the final minute the fans invade the pitch.", [(120.0, 180.0)]),
        ("In the 5-minute replay she scores in the final minute.", [(240.0, 300.0)]),
        ("The 4-minute video: they won 2-1, and in the last 30 seconds of the video the fans sing.",
         [(210.0, 240.0)]),
    ],
    # "(3:47)" after a part said to be "in the video" tells where the part is, not the video's length
    "a part in the footage, then its time in brackets": [
        ("The unboxing bit in the video (2:14) drags; at [5:40] the lid finally opens.",
         [(134.0, None), (340.0, None)]),
        ("The fight in the bodycam footage (0:52) contradicts the police account.", [(52.0, None)]),
        ("Honestly the solo in the live video [3:05] carries the whole set.", [(185.0, None)]),
        # near-misses: the work itself, then its length
        ("The clip (1:12) was shared widely.", []),
        ("Everything in the new trailer (2:31) looks expensive.", []),
        ("The new video (4:12) has 2 million views.", []),
    ],
    # footage narrated in the present may report a question or a promise in the future: "asks whether ... will"
    "a future only in what is asked or said": [
        ("At 6:20, the reporter asks whether the bridge will reopen.", [(380.0, None)]),
        ("At 14:05 the chair says that the vote will happen tomorrow.", [(845.0, None)]),
        ("Then, at 2:48, she tells him that she will call the police.", [(168.0, None)]),
        # near-misses: the clause's own future, or a schedule told in the world
        ("At 9:30 the mayor will ask whether the council agrees.", []),
        ("The mayor says the rally will start at 10:45.", []),
    ],
    # "from 8:02 on" is where footage is played from, not an interval's "on" part
    "'from' a time 'on'": [
        ("The inquiry shows the dashcam clip from 3:12 on, when the lorry drifts.", [(192.0, None)]),
        ("Play it from 0:45 on; the glare is the point.", [(45.0, None)]),
        # near-miss: an interval's parts stay durations
        ("Sprints: six rounds of 0:40 on, then walk.", []),
        ("Hold each plank 1:00 on, then rest.", []),
    ],
    # "at N minutes" after an irregular past verb reports the world ("my watch froze at 47 minutes")
    "irregular past before 'at N minutes'": [
        ("\"The clock froze at 52 minutes,\" the referee said.", []),
        ("My legs went numb and I sat down at 30 minutes, exhausted.", []),
        ("The choir began at 10 minutes past the hour and sang at 20 minutes.", []),
        # near-misses: footage told in the present, or anchored in the footage
        ("The screen goes black at 47 minutes.", [(2820.0, None)]),
        ("The counter froze at 12 minutes into the video.", [(720.0, None)]),
        ("In the livestream she sings at 3 minutes.", [(180.0, None)]),
    ],
    # a fraction through a filmed stretch whose length its own object states, in a sentence about footage
    "fraction through a filmed stretch of stated length": [
        ("The helmet-cam video shows the crash a quarter of the way through the eight-minute descent.",
         [(120.0, None)]),
        ("A drone clip shows the flare halfway through the 4-minute flight.", [(120.0, None)]),
        # near-misses: no footage in the sentence; a footage length stated wins over the stretch's
        ("Halfway through the 90-minute flight, the pilot announced a delay.", []),
        ("The 4-minute clip shows him halfway through the 10-minute ride.", [(120.0, None)]),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_seventeen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Critics noted the pacing of the first act, roughly the first twenty minutes, and the format.",
     [(0.0, 1200.0, True)]),
    ("In about the final 10 seconds of the 2-minute clip the car crashes.", [(110.0, 120.0, True)]),
    # near-misses: no hedge, an exact span; "about" completing a verb is no hedge
    ("The first 30 seconds of the video show the car.", [(0.0, 30.0, False)]),
    ("He talked about the first 30 seconds of the video.", [(0.0, 30.0, False)]),
])
def test_a_hedge_before_the_first_or_last_span_makes_it_approximate(
        text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert [(m.start, m.end, m.approximate) for m in extract_moments(text)] == expected
