"""A position in another video, said in an auto transcript's stamped line (blind round 181): "1:15 in my old video
around 4:20 I showed the brass filter from Malleswaram" holds 75 and 260 (approximate). The settled rounds count a
position in another video named in speech; the line's stamps made the second time read as a figure in a chapter's
title, past the next line's stamp. A video named right before the time ("in my old video around", "in that video
at") says where it is. A chapter list's titles with figures of their topic stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's auto transcript": [
        ("Transcript (auto-generated)\n0:00 hello friends welcome back to Namma Kitchen\n0:42 pour over the powder "
         "wait 15 minutes\n1:15 in my old video around 4:20 I showed the brass filter from Malleswaram\n1:31 now add "
         "the decoction to 150 ml hot milk",
         [(0.0, None, False), (42.0, None, False), (75.0, None, False), (260.0, None, True), (91.0, None, False)]),
    ],
    "fresh transcripts naming another video": [
        ("0:00 hey guys\n0:12 like i said in my last video at 6:40 the dough was too wet\n0:30 ok now we knead",
         [(0.0, None, False), (12.0, None, False), (400.0, None, False), (30.0, None, False)]),
        ("[00:00] intro\n[00:45] in that video around 3:10 you can see the crack\n[01:20] so today we fix it",
         [(0.0, None, False), (45.0, None, False), (190.0, None, True), (80.0, None, False)]),
        ("00:00 welcome back\n00:20 in our first vlog about 12:30 you can see the old van\n00:55 anyway this is the "
         "new van", [(0.0, None, False), (20.0, None, False), (750.0, None, True), (55.0, None, False)]),
    ],
    "figures in chapter titles stay none": [
        ("0:00 Intro\n1:15 Screen (16:10 panel)\n2:40 Verdict", [(0.0, None, False), (75.0, None, False),
                                                                 (160.0, None, False)]),
        ("0:00 Intro\n3:05 Battery life – 9h40m in my test\n6:10 Camera", [(0.0, None, False), (185.0, None, False),
                                                                            (370.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_position_in_named_video_line(text, expected):
    assert found_hedged(text) == expected
