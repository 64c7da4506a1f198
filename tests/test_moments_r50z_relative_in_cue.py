"""A relative offset said in a subtitle cue's text (blind round 50): "00:19.400 --> 00:23.000\n<v Ana>Three hours later
the roof was gone." is the story's time in the dialogue, as a clock said in a cue already was ("The night train leaves
at 21:27."), not three hours after the cue's timing; the cue's timing stays the position. SRT and WebVTT cues and an
ASS event's Text field alike. A relative said in prose about the cues (a note under the cues, a sentence with no cue)
still counts from the moment before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a relative in a cue's text is story time": [
        # the round's case (g50-subtitles-02)
        ("WEBVTT\n\n00:12.000 --> 00:15.500\n<v Ana>We left the village at six in the morning.\n\n"
         "00:19.400 --> 00:23.000\n<v Ana>Three hours later the roof was gone.\n", [(12.0, 15.5), (19.4, 23.0)]),
        ("1\n00:01:02,000 --> 00:01:05,000\nTen minutes later, the police arrived.\n\n2\n"
         "00:01:06,000 --> 00:01:08,000\nWhere were you?\n", [(62.0, 65.0), (66.0, 68.0)]),
        ("Dialogue: 0,0:01:05.30,0:01:08.02,Default,Ren,0,0,0,,Two hours later we were home.\n", [(65.3, 68.02)]),
        ("00:00:05,000 --> 00:00:08,000\n[Thirty seconds later]\n", [(5.0, 8.0)]),
        ("14\n00:03:10,200 --> 00:03:12,900\n- And a minute later?\n- He was gone.\n", [(190.2, 192.9)]),
    ],
    "a relative in prose about the cues still counts": [
        ("The cue at 00:01:02 is fine. Ten seconds later the subtitles drift.", [(62.0, None), (72.0, None)]),
        ("00:01:02,000 --> 00:01:05,000\nHello.\n\nNote: the cue at 1:02 is late; ten seconds later it catches up.",
         [(62.0, 65.0), (62.0, None), (72.0, None)]),
        # a cue pasted into a sentence is no cue block: the prose after it walks on from it
        ("In the .srt the cue\n12\n00:01:40,000 --> 00:01:42,500\n[phone rings]\nis fine, but cue 13 three seconds "
         "later is missing.", [(100.0, 102.5), (103.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relative_in_cue(text, expected):
    assert found_spans(text) == expected
