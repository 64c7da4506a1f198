"""Clocks of the day that head or close a thread's posts and a sitting's record (blind round 67): a bold handle's
post header "**Gaz_Leeds** — 02:14", a Hansard's bracketed stamps "[11:32]", the chair's "We'll break at 12:30 for
lunch", a bulletin's "Next report at 7:40" and "I've the doctor at 11:30" are no footage positions. A chapter list in
bold titles, a bracketed stamp of a transcript that is no Hansard and positions said in the posts stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bold handle's post header": [
        ("Thread: noise on my dashcam\n\n**wheelie_bin88** — 21:40\nClip is 50 seconds. At 0:12 the noise "
         "starts.\n\n**mo_k** — 22:05\nThat's the fan, mate.", [(12.0, None)]),
        ("**dan_the_van** - 09:12\nWatch from 1:05, the lorry cuts in.\n\n**sal2** - 09:30\nYikes.", [(65.0, None)]),
    ],
    "a Hansard's bracketed stamps": [
        ("House of Commons (Hansard)\n\n[14:02]\nMs SMITH: The clip shows the barrier down at 1:10 in the "
         "footage.\n[14:05]\nMr JONES: It does not.", [(70.0, None)]),
        ("Legislative Council — Proof Hansard\n[10:15]\nThe PRESIDENT: Order.\n[10:16]\nMs LEE: I table the video.",
         []),
    ],
    "the chair's break for lunch": [
        ("CHAIR: Thank you, Senator. We'll break at 12:30 for lunch.", []),
        ("JUDGE: We will now break until 2:15.", []),
    ],
    "a bulletin's next slot and one's own appointment": [
        ("ANCHOR: That's the traffic. Next report at 7:40.", []),
        ("HOST: And the next bulletin is at 8:00.", []),
        ("CALLER: I can't stay long, I've the doctor at 11:30.", []),
        ("I have the dentist at 3:15 so I'll be quick.", []),
    ],
    "near-misses that stay positions": [
        ("**Intro** — 00:00\n**The fox** — 0:19\n**The badger** — 0:31", [(0.0, None), (19.0, None), (31.0, None)]),
        ("[00:00:04] HOST: Welcome back.\n[00:00:09] GUEST: Thanks.", [(4.0, None), (9.0, None)]),
        ("In the 10-minute video, the next shot at 7:40 shows the doctor.", [(460.0, None)]),
        ("The clip is 9 minutes long; the next report is at 7:40 in the video.", [(460.0, None)]),
        ("In the highlights we break at 3:10 for the replay.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_thread_and_sitting_clocks(text, expected):
    assert found_spans(text) == expected
