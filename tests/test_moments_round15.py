"""Families of misses that blind rounds 14 and 15 (`tests/data/moments_genres_round14.jsonl`, `..._round15.jsonl`)
exposed, each with sentences written for the family (not the rounds' own) and near-misses that must stay as they
are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from annotate.moments.lengths import find_lengths
from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # "a second clip" is the ordinal, no one-second length; "a clip of 1 minute 12 seconds" is the clip's length
    "ordinal 'second' before a noun; a clip 'of' its length": [
        ("We then got a second video of 2 minutes 40 seconds, and about halfway through the video the gate opens.",
         [(80.0, None)]),
        ("A second recording, a clip of ninety seconds, shows the crane; halfway through the clip it tips over.",
         [(45.0, None)]),
        ("She filmed a second clip of four minutes and, roughly a quarter of the way through the clip, the bird lands.",
         [(60.0, None)]),
        # near-misses: a one-second length stays a length; "the clip of two minutes into the match" is no length
        ("The camera saves a one-second clip whenever it sees motion.", []),
        ("A second-long clip is all we have; halfway through the clip the light flickers.", [(0.5, None)]),
    ],
    # a forum post's "Edit:" label is no edit of the footage, and "the timestamp is 1:03:45" states a position
    "'Edit:' labels and timestamp subjects are no lengths": [
        ("Edit: timestamp is 2:14:05, my bad.", [(8045.0, None)]),
        ("EDIT 2: the drop is 41:20, sorry all", [(2480.0, None)]),
        ("**Edit:** the video timecode is 00:12:10 (thanks u/arvo)", [(730.0, None)]),
        ("edit3: Timestamp is 7:45", [(465.0, None)]),
        # near-misses: an edit of the film and a video said to be long are lengths
        ("The director's final edit is 4:12 and the crash is at 3:50.", [(230.0, None)]),
        ("Edit: the video is 14:20 long, the goal is at 9:02.", [(542.0, None)]),
    ],
    # a length said "N minutes long" of any work, or told of a file or a time-lapse, is what end-relative forms count in
    "lengths in words of files and time-lapses": [
        ("The night-sky time-lapse (it's 12 minutes long) is worth it: the aurora peaks in the last two minutes.",
         [(600.0, 720.0)]),
        ("The bakery's 8-minute timelapse is great, the loaves rise halfway through.", [(240.0, None)]),
        ("Grab the raw file: it is four minutes long, and the crowd surges in the final 30 seconds.",
         [(210.0, 240.0)]),
        ("At 1:10 into the 5-minute file the lights go out, and in the last minute the alarm sounds.",
         [(70.0, None), (240.0, 300.0)]),
        # near-misses: a length says no position; a range in minutes stays a range
        ("The whole upload is 9 minutes long.", []),
        ("The time-lapse is nine minutes long; the storm arrives from 2:10 to 3:00 in the footage.", [(130.0, 180.0)]),
    ],
    # an offset, "in", then "to" and what is done there: "paused the tape two minutes in to object"
    "offset 'in to' a purpose": [
        ("In the livestream, the host stopped the broadcast about six minutes in to take a call.", [(360.0, None)]),
        ("The referee halts play nearly two minutes in to check the monitor.", [(120.0, None)]),
        ("She pauses the tape ninety seconds in to rewind.", [(90.0, None)]),
        # near-miss: a length travelled
        ("It took me twenty minutes in to get there.", []),
    ],
    # "run" the noun ("the test run", "the ski run") before an offset is no verb of length
    "'run' the noun before an offset": [
        ("Reckon the ferry run about 20 minutes in — the wake gets huge.", [(1200.0, None)]),
        ("The dry run a little over three minutes in has the mistake.", [(180.0, None)]),
        ("Their practice run two minutes in is the highlight.", [(120.0, None)]),
        # near-misses: "run" the verb, with a plural or pronoun subject, tells a length
        ("The heats run about ten minutes in all.", []),
        ("the races run about ten minutes in.", []),
        ("They run about ten minutes in total.", []),
    ],
    # a subtitle cue's SRT/VTT timing in prose ("is timed 00:21:47,300 --> 00:21:49,120") is a range, no race time
    "subtitle cue timings in prose": [
        ("In the Spanish subs the cue « Vamos » is timed 01:05:02,100 --> 01:05:04,900 but the line is spoken at "
         "01:05:03,400.", [(3902.1, 3904.9), (3903.4, None)]),
        ("The second caption is timed 00:02:10.500 --> 00:02:12.000 in the .vtt file.", [(130.5, 132.0)]),
        ("Line 12 was timed\u00a000:00:12,500 --> 00:00:14,000; the speaker starts at 00:00:13,000.",
         [(12.5, 14.0), (13.0, None)]),
        # near-misses: lap and race times, even with milliseconds, stay times of the world
        ("His lap was timed 1:42,331 by the marshals.", []),
        ("She clocked 01:02:03.456 in the time trial.", []),
    ],
    # "ish" glued to a timecode ("like 2:40ish") hedges it, as "2:40-ish" does
    "'ish' glued to a timecode": [
        ("lol the cat jumps on the keyboard like 4:05ish. best bit", [(245.0, None)]),
        ("Watch from 1:05:10ISH, the crowd goes wild.", [(3910.0, None)]),
        ("<p>the <b>drop</b> at 3:15ish is unreal</p>", [(195.0, None)]),
        # near-misses: a time of day stays one; a longer word is no hedge
        ("The bus leaves at 9:30ish every morning and the last one at 23:40.", []),
        ("We met at 7:15ish a.m. for breakfast.", []),
        ("the match code 2:40isha", []),
    ],
    # a past verb inside a relative clause ("that you asked about") does not make the main clause a past report
    "past relative clause, present main verb": [
        ("The flicker that some of you spotted comes back at 7:22.", [(442.0, None)]),
        ("The stutter that readers reported kicks in at 3:05, right after the cut.", [(185.0, None)]),
        ("the glitch you mentioned appears at 2:10.", [(130.0, None)]),
        ("And the *hiss* which several listeners complained about is at 4:02, when the fan starts.",
         [(242.0, None)]),
        ("The flicker that some of you spotted comes back at 17:22.", [(1042.0, None)]),
        ("And the *hiss* which several listeners complained about is at 14:02, when the fan starts.",
         [(842.0, None)]),
        # near-misses: the main verb is past, or the clause is a schedule in the world
        ("The guard who locked the gate returned at 9:14.", []),
        ("Police said the suspect who fled the scene was arrested at 9:40.", []),
        ("The train that we boarded leaves at 9:14.", []),
        ("The guard who locked the gate returned at 19:14.", []),
        ("The train that we boarded leaves at 19:14.", []),
    ],
}


FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifteen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


@pytest.mark.parametrize("text", [
    "a second clip", "A second\u00a0video shows it", "the <b>second</b> clip", "a second recording of the talk",
])
def test_ordinal_second_is_no_length(text: str) -> None:
    assert [s.seconds for s in find_lengths(text)] == []


@pytest.mark.parametrize(("text", "seconds"), [
    ("a clip of 1 minute 12 seconds", 72.0), ("A Clip Of 90 Seconds.", 90.0), ("a video of about four minutes", 240.0),
    ("a second and a half clip", 1.5), ("a 30-second clip", 30.0),
])
def test_media_of_length(text: str, seconds: float) -> None:
    assert [s.seconds for s in find_lengths(text)] == [seconds]


def test_glued_ish_is_approximate() -> None:
    [moment] = extract_moments("esp on the last set like 1:12ish, knees cave")
    assert (moment.start, moment.approximate, moment.quote) == (72.0, True, "like 1:12ish")


def test_media_of_position_is_no_length() -> None:
    assert find_lengths("the clip of two minutes into the game") == []
