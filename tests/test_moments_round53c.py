"""Families of misses that targeted round 53 (`tests/data/moments_genres_round53.jsonl`) exposed in transcripts and
local news, fixer C's share. Each family has sentences written for it (not the round's own) and near-misses that
must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # a meeting or a hearing that plays footage and walks through it: the clocks said in its turns are positions in
    # that footage, once the turn or the turns just before name it
    "clocks walked through in a transcript's turns": [
        ("[00:03:10] CLERK: We have the doorbell video on screen now.\n"
         "[00:03:18] CLERK: The van stops at 0:52 and the driver gets out at 1:04.",
         [(190.0, None, False), (198.0, None, False), (52.0, None, False), (64.0, None, False)]),
        ("[00:11:40] DET. SHAW: I've cued the dash camera footage.\n"
         "[00:11:52] CLLR NEE: So what happens at 6:40?\n"
         "[00:11:55] DET. SHAW: He brakes hard at 6:41 and the cyclist falls at 6:43.",
         [(700.0, None, False), (712.0, None, False), (400.0, None, False), (715.0, None, False),
          (401.0, None, False), (403.0, None, False)]),
        ("00:20:05 MEMBER 3: In the CCTV the door opens at 2:15, then it's closed again by 2:31.",
         [(1205.0, None, False), (135.0, None, False), (151.0, None, False)]),
        ("[00:00:30] INSPECTOR LYNCH: The clip from the bodycam is short.\n"
         "[00:00:45] INSPECTOR LYNCH: A second voice is heard at 3:05.",
         [(30.0, None, False), (45.0, None, False), (185.0, None, False)]),
        # near-misses: clocks the speakers lived through, with no footage walked through; a clock restated
        ("[00:05:02] HOST: When did you get to the station?\n[00:05:06] GUEST: About 7:20, and the bus left at 7:45.",
         [(302.0, None, False), (306.0, None, False)]),
        ("[00:09:14] PRESENTER: The polls close at 10:00 tonight.", [(554.0, None, False)]),
        ("[00:31:00] REPORTER: The alarm was raised at 4:10, we'll play the call later.\n"
         "[00:31:09] CHIEF ROCHE: 4:10, that's right.",
         [(1860.0, None, False), (1869.0, None, False)]),
    ],
    # a time said inside a transcript's turn is judged as speech, never as a chapter's title (a bracketed note, a
    # range said aloud)
    "times inside a transcript's turns": [
        ("[00:04:10] SPEAKER 1: Yes. [crosstalk 00:04:12] No, go on.\n[00:04:20] SPEAKER 2: Thanks.",
         [(250.0, None, False), (252.0, None, False), (260.0, None, False)]),
        ("[00:12:00] CHAIR: [inaudible 00:12:03]\n[00:12:09] CLLR HART: The footage is on the screen. "
         "From 9:30 to the end, please.",
         [(720.0, None, False), (723.0, None, False), (729.0, None, False), (570.0, None, False)]),
        ("[00:01:00] OFFICER KANE: The camera video runs ten minutes.\n[00:01:05] OFFICER KANE: Play from 8:00 to "
         "the end. The car passes at 8:12.",
         [(60.0, None, False), (65.0, None, False), (480.0, 600.0, False), (492.0, None, False)]),
        # near-misses: a chapter list stays a chapter list, its titles' figures no positions
        ("0:00 Intro\n2:10 Battery (5:30 to charge)\n4:45 Verdict", [(0.0, None, False), (130.0, None, False),
                                                                     (285.0, None, False)]),
    ],
    # a deposition's page and line (a "Page:Line" column, "of the transcript"), beside the video's media times
    "pages and lines of a deposition": [
        ("Pg:Ln     Video time\n3:4       00:00:12\n17:22     00:06:40\n40:11     00:19:05",
         [(12.0, None, False), (400.0, None, False), (1145.0, None, False)]),
        ("| Page:Line | Time | Event |\n|---|---|---|\n| 8:2 | 00:03:15 | Exhibit 2 shown |\n"
         "| 21:19 | 00:09:40 | Recess |", [(195.0, None, False), (580.0, None, False)]),
        ("Counsel says the answer at 41:7 of the deposition transcript is at 1:02:10 in the video.",
         [(3730.0, None, False)]),
        ("The denial at 12:20 of the transcript comes at 38:02 on the tape.", [(2282.0, None, False)]),
        # near-misses: a time of the recording itself; a chapter list with no page header
        ("The denial comes at 14:20 of the recording.", [(860.0, None, False)]),
        ("Chapters\n3:04 Opening\n17:22 Cross-examination", [(184.0, None, False), (1042.0, None, False)]),
    ],
    # a log's line that goes off the record is a note, not a time taken off a record
    "off the record in a log": [
        ("Media time    Note\n00:12:10:00   Off the record\n00:20:00:00   Back on the record",
         [(730.0, None, False), (1200.0, None, False)]),
        ("00:05:00 Deposition begins\n00:31:12 Off the record (lunch)", [(300.0, None, False), (1872.0, None, False)]),
        # near-misses: a time knocked off a record
        ("In the race video she knocked 0:48 off the course record.", []),
        ("He took 1:10 off his best at Berlin.", []),
    ],
    # a presenter's time check after a sign-off or a greeting is the time now, whatever the hour's digits
    "a presenter's time check": [
        ("HOST: Back after the ads. Stay with us, it's 7:12.", []),
        ("Welcome back, it's coming up to 8:15.", []),
        ("ANCHOR: And the headlines. Good evening, it is 6:02. The strike goes on.", []),
        ("Time check: it's 9:41.", []),
        # near-misses: a position said with "it's", a place in the footage after the same greeting
        ("Which bit of the video? It's 3:40.", [(220.0, None, False)]),
        ("Stay with us, the best bit of the clip is at 7:12.", [(432.0, None, False)]),
        ("Good morning all. In the stream, it's 5:05 in when the lights fail.", [(305.0, None, False)]),
    ],
    # "the final minute of it": the footage named in the sentence or the one before, by a pronoun, and its length
    "an end of the footage named by a pronoun": [
        ("A four-minute highlights video is online. The save is in the final minute of it.", [(180.0, 240.0, False)]),
        ("The council posted a 10-minute clip. The first 30 seconds of it are black.", [(0.0, 30.0, False)]),
        ("Someone uploaded a two-minute video of the flood; the last ten seconds of it show the bridge go.",
         [(110.0, 120.0, False)]),
        # near-misses: "it" is a match or a night, not footage; no footage named nearby
        ("A 10-minute video is online. The match was tense and we scored in the final minute of it.", []),
        ("The storm lasted all night. Most damage came in the last hour of it.", []),
    ],
    # a race run in a time, maybe with when, and a time a runner aims to come in under or to break
    "race times and targets": [
        ("She ran her first marathon in 2019 in 4:02:17 and has not stopped since.", []),
        ("He did the Cork half last year in 1:41:09.", []),
        ("\"I'd love to be under 3:15 next time,\" she said.", []),
        ("He hopes to go sub 2:10 in Berlin.", []),
        ("Her aim is to break 3:30 before she turns fifty.", []),
        # near-misses: positions said with "under" or "break" in footage
        ("In the race video the leaders pass the bridge at just under 1:20 into the broadcast.",
         [(80.0, None, True)]),
        ("The dance break from 2:04 to 2:20 is what everyone copies.", [(124.0, 140.0, False)]),
        ("The clip of the finish: she crosses at 4:02 in the video.", [(242.0, None, False)]),
    ],
    # the clock in the picture said to be a time of day with "is" or "was" (hours 10 to 23, to the second)
    "a stamp said to be a time of day": [
        ("Doorbell video shows the parcel taken at 0:42; the camera's timestamp at that point is 14:07:31.",
         [(42.0, None, False)]),
        ("The dashcam clip is short. Its overlay clock was 21:15:09 when the lorry swerved.", []),
        ("Police say the CCTV clock on the first frame was 23:02:10, and the man leaves at 1:30.",
         [(90.0, None, False)]),
        # near-misses: a position in a long stream said with "is"; an early-hour position
        ("The timestamp you want is 12:10:30 in the stream.", [(43830.0, None, False)]),
        ("The bit with the clock is 1:02:15 into the livestream.", [(3735.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_three_c_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
