"""Families of misses that blind round 8 (`tests/data/moments_genres_round8.jsonl`) exposed, each with
sentences written for the family (not the round's own) and near-misses that must stay as they are (the
round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a timecode with frames (HH:MM:SS:FF) is never a clock, whatever verb tells it
    "frame timecodes": [
        ("The expert located the first shot at timecode 00:02:14:15 in the exhibit.", [(134.5, None)]),
        ("She testified the car entered the frame at 01:00:05:00 and left at 01:00:09:15.",
         [(3605.0, None), (3609.5, None)]),
        # near-miss: a clock reading with seconds, said as a clock, stays a clock
        ("The dashcam's clock read 14:02:11 when the car braked.", []),
    ],
    # a table that logs footage from under an hour: a label cell before a time is a scene, not a schedule
    "footage log tables": [
        ("<table><tr><td>Arrival</td><td>0:08</td></tr><tr><td>Departure</td><td>2:41</td></tr></table>",
         [(8.0, None), (161.0, None)]),
        ("<table><tr><td>Scene</td><td>00:31</td></tr><tr><td>Boarding</td><td>1:15</td></tr></table>",
         [(31.0, None), (75.0, None)]),
        # near-miss: a schedule table keeps its clock times
        ("<table><tr><td>Departure</td><td>19:45</td></tr><tr><td>Arrival</td><td>21:10</td></tr></table>", []),
    ],
    # ranges as HTML and forums write them: entities for the dash and the space, "til"
    "pasted and clipped range separators": [
        ("<td>0:41&ndash;1:02</td>", [(41.0, 62.0)]),
        ("The chant runs from&nbsp;3:10 to&nbsp;3:32 in the clip.", [(190.0, 212.0)]),
        ("audio is gone from 5:05 til 5:40 so turn on subs", [(305.0, 340.0)]),
        ("<p>See 2:15&mdash;2:30 for the fall.</p>", [(135.0, 150.0)]),
        # near-miss: "til" with no times around it is a word
        ("we watched til the end and the best bit is at 1:12", [(72.0, None)]),
    ],
    # a buzzer-beater is a play, not a game clock
    "buzzer-beater as a play": [
        ("In the highlights, the buzzer-beater at 2:51 bounces in off the glass.", [(171.0, None)]),
        # near-miss: the buzzer itself still names a game clock
        ("The buzzer sounded at 0:00 of the fourth quarter.", []),
    ],
    # "<thing> is N minutes in." in the present, at the end of its clause
    "present-tense offset said with is": [
        ("The actual toast is about 52 minutes in.", [(3120.0, None)]),
        ("The best goals are roughly ten minutes in, if you skip the intro.", [(600.0, None)]),
        # near-misses: a past "was ... in" is a length of the world; "in length" is a length
        ("We were ten minutes in when the fire alarm went off.", []),
        ("The episode is 47 minutes in length.", []),
    ],
    # a clock reading, "in", then an unpunctuated clause ("a minute twenty in the sound cuts out")
    "colloquial offset before an unpunctuated clause": [
        ("a minute forty in the lights go out and the crowd screams", [(100.0, None)]),
        ("three-twenty in the camera pans left", [(200.0, None)]),
        # near-miss: a clock reading followed by "in" and a place is no offset
        ("the train at two-twenty in the station was late", []),
    ],
    # a list under a heading that names moments: times after its items are positions
    "moments lists": [
        ("Top 5 moments from the derby:\n1. The tifo (0:15)\n2. The red card (3:40)\n3. Winner, 7:02",
         [(15.0, None), (220.0, None), (422.0, None)]),
        ("Every save in the highlights:\n- Fingertip over the bar (1:12)\n- Double save [2:05]",
         [(72.0, None), (125.0, None)]),
        # near-miss: a watch list's titles carry their lengths
        ("New this week:\n- 'Deep Water' (48:10)\n- 'Red Sky' trailer (2:05)", []),
    ],
    # links in HTML carry "&amp;" before the time
    "HTML-escaped links": [
        ('<a href="https://www.youtube.com/watch?v=abc123&amp;t=95s">this bit</a>', [(95.0, None)]),
        # near-miss: an escaped parameter that is not a time
        ('<a href="https://example.com/?a=1&amp;tab=95">docs</a>', []),
    ],
    # race times: lap times to the thousandth, a race's time after its laps, a split at halfway
    "race times": [
        ("Verstappen's 1:29.708 was a tenth quicker than Russell's 1:29.811.", []),
        ("The race ran 44 laps in 1:24:10.3. In the highlights, the overtake comes at 2:40.", [(160.0, None)]),
        ("He went through halfway in 1:03:12 and faded; on the stream the surge is at 1:40:05 in.",
         [(6005.0, None)]),
        # near-miss: a footage position to the tenth stays a position
        ("The flash appears at 2:27.5 in the clip.", [(147.5, None)]),
    ],
    # the length of a clip or a limit on it, not a position
    "lengths and limits": [
        ("The full video is **12:40** long.", []),
        ("The camera records for up to 29:59 per clip.", []),
        ("Keep videos under 2:20 for the feed.", []),
        ("Our rule: uploads no longer than 10:00.", []),
        # near-miss: "under" hedging a position in the footage
        ("The siren starts just under 1:30 into the video.", [(90.0, None)]),
    ],
    # distances and world spans that only look like offsets
    "metres and long first spans": [
        ("The second jump, from 2.5 m, comes ten seconds later.", []),
        ("The hotline took 900 calls in its first 72 hours.", []),
        # near-misses: a first span of the footage, and a compact offset
        ("In the first 2 minutes of the video nothing happens; the shot is at 3m10s.", [(0.0, 120.0), (190.0, None)]),
    ],
    # a clock shown on screen among other readings (altitude, speed)
    "on-screen telemetry": [
        ("The HUD reads SPD 42 14:22:05 as the car swerves.", []),
        ("At 0:12 the drone's telemetry shows ALT 80M 09:41:30.", [(12.0, None)]),
    ],
    # times of the world told around footage: services, billings, the writer's day, routines
    "world times near footage": [
        ("She still catches the 07:12 to Halifax. In the film she first appears at 4:05.", [(245.0, None)]),
        ("They were billed to play from 21:00 to 22:30, and the video starts at 0:40.", [(40.0, None)]),
        ("Chapters: 0:00 intro | 2:10 ridge. We parked at 07:20 and were back by 15:05.", [(0.0, None), (130.0, None)]),
        ("By 22:50 the square was empty.", []),
        ("At 5:00 each morning he opens the gate. By 6:15 the first customers are queueing.", []),
        ("Do we get the 9:30 train or the 10:00? The 9:30, I think.", []),
        # near-misses: the same shapes telling footage
        ("By 2:10 in the video the square is empty.", [(130.0, None)]),
        ("We rewound to 12:40 and the goal is there.", [(760.0, None)]),
    ],
    # lengths and spans of the world said like offsets
    "lengths said like offsets": [
        ("At ninety minutes it could lose twenty.", []),
        ("She had her allotted two minutes earlier in the evening.", []),
        ("The best bit is between 12 and 14 minutes where he finally lands it.", [(720.0, 840.0)]),
        # near-misses: a position with "at" and a real relative offset
        ("At 2 minutes the car stops. Ten seconds earlier, a door opens.", [(120.0, None), (110.0, None)]),
    ],
    # a forum's semicolon for the colon, after a seek verb
    "semicolon typos": [
        ("jump to 4;12 for the reveal", [(252.0, None)]),
        ("skip ahead to 0;58 lol", [(58.0, None)]),
        # near-misses: a semicolon between two numbers of a list, a score
        ("we scored 2;1 and then 3;0", []),
        ("items 4;12 and 5;6 are missing", []),
    ],
    # a reporting verb, an offset, then "in that ...": what is said there
    "offset before 'in that'": [
        ("She admits about six minutes in that the battery is weak.", [(360.0, None)]),
        # near-miss: a span in that place is no offset
        ("We spent ten minutes in that queue.", []),
    ],
    # a relative offset in a sentence that names footage counts from the footage, past a world clock
    "offset past a world clock": [
        ("At 0:40 in the video the door opens. He was declared dead at 11:02 p.m.\n\n"
         "Analysts say a second shot is audible in the recording three seconds later.", [(40.0, None), (43.0, None)]),
        # near-misses: a sentence about the world counts from the clock; with no footage before, nothing
        ("At 0:40 in the video the door opens. The rally had begun at 10:45 p.m. Ten minutes later, police arrived.",
         [(40.0, None)]),
        ("The rally began at 10:45. Ten minutes later, the video shows police.", []),
    ],
}


def _approximate(text: str) -> list[bool]:
    return [m.approximate for m in extract_moments(text)]


# Informal hedges touching the number ("like 3min in", "maybe 5 secs later") hedge the time.
@pytest.mark.parametrize(("text", "expected"), [
    ("the jump is like 2min in", [True]),
    ("the bird lands at 1:10 and maybe 3 secs later it flies", [False, True]),
    ("perhaps 40 seconds into the clip the lights fail", [True]),
    # near-miss: a hedge-like word that does not touch the number
    ("I like the bit at 2:10", [False]),
])
def test_round_eight_informal_hedges(text: str, expected: list[bool]) -> None:
    assert _approximate(text) == expected


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_eight_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
