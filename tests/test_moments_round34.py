"""Families of misses that blind round 34 (`tests/data/moments_genres_round34.jsonl`) exposed, each with sentences
written for the family (not the round's own) and near-misses that must stay as they are (the round itself is held
at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # each line of a list numbered "N)" or "(N)" is an item of its own: a past participle closing one item
    # ("target acquired") does not make the next item's time a report of the world
    "items numbered with a bracket": [
        ("Camera log:\n1) 1:04 – door opens\n2) 1:31 – suspect detained\n3) 1:58 – van leaves",
         [(64.0, None), (91.0, None), (118.0, None)]),
        ("Key plays\n1) 2:15 – corner won\n2) 3:40 – shot blocked\n3) 4:05 – header",
         [(135.0, None), (220.0, None), (245.0, None)]),
        ("Key plays\n(1) 2:15 — corner won\n(2) 3:40 — shot blocked\n(3) 4:05 — header",
         [(135.0, None), (220.0, None), (245.0, None)]),
        ("Steps:\na) the power was cut\nb) at 0:12 the screen goes dark", [(12.0, None)]),
        ("What we saw:\n1)\u00a00:05 – lift off\n2)\u00a00:20 – engine failed\n3)\u00a01:02 – splashdown",
         [(5.0, None), (20.0, None), (62.0, None)]),
        # near-misses: a numbered diary of the day stays the day's clock; wrapped prose joins across its line break
        ("Our day:\n1) We left at 7:40 and arrived at 9:15.\n2) We drove home at 18:30.", []),
        ("We waited and\n3) nothing happened at 0:40", [(40.0, None)]),
    ],
    # a relative clause in which the writer or a reader remarked on something at a position, then that thing's
    # own verb: "the autofocus hunting I complained about at 3:20 is fixed" is a position in the earlier review
    "a position remarked on before, then its own verb": [
        ("Patch notes: the audio pop we mentioned at 0:42 in our first video has gone quiet.", [(42.0, None)]),
        ("The flicker you pointed out at 12:05 is still there after the update.", [(725.0, None)]),
        ("The stutter I talked about at 1:10 finally got fixed.", [(70.0, None)]),
        ("The glare I flagged at 2:15 (last video) is gone with the new coating.", [(135.0, None)]),
        ("THE FOCUS BREATHING I COMPLAINED ABOUT AT 4:02 IS GONE", [(242.0, None)]),
        # near-misses: the world's clock in the same shape, a remark's clock of the day
        ("The bus I took at 7:40 is always late.", []),
        ("The issue I raised at 10:30 this morning is fixed.", []),
        ("Yesterday I mentioned at 10:30 that the server was down.", []),
        ("the fan noise I mentioned at 7:30pm is still there", []),
    ],
    # a record's line stamps of the working day (h:mm:ss, then a speaker in capitals or a bracketed note) are its
    # clock; positions said in the lines stay; a recording's own transcript counts from 00:00:00
    "a record's line stamps": [
        ("TRANSCRIPT OF PROCEEDINGS\n09:41:15 MR. OSEI: I will play the clip from 0:48.\n09:41:52 (Clip played.)\n"
         "09:42:10 MR. OSEI: Stopping at 1:05. Who is that?\n09:42:14 THE WITNESS: My brother.",
         [(48.0, None), (65.0, None)]),
        ("11:20:03 BY MS. KANE:\n11:20:05 Q. Look at 0:31 on the screen.\n11:20:40 A. I see it.", [(31.0, None)]),
        ("HEARING, DAY 3\n14:31:07 THE COURT: Please play it from 1:12.\n14:31:40 [Recording played]\n"
         "14:32:02 Q. Is that you at 1:30?\nA. Yes.", [(72.0, None), (90.0, None)]),
        # near-misses: a recording's own transcript, a stamp under the working day's hours, a stamp in prose
        ("Transcript of the bodycam video\n00:01:12 OFFICER: Step out of the car.\n00:01:40 DRIVER: Why?",
         [(72.0, None), (100.0, None)]),
        ("1:02:11 CHAIR: We resume.", [(3731.0, None)]),
    ],
    # a reply or correction naming another departure of the service just named ("No, the 4:15.") is a clock
    "a service named again in an elliptic answer": [
        ("HOST (12:10): Is it the 8:05 flight?\nGUEST (12:14): Actually the 9:40, it got moved.",
         [(730.0, None), (734.0, None)]),
        ("Take the 7:12 bus, or the 7:42 if you miss it.", []),
        ("A: Are you on the 6:50 ferry?\nB: nope, the 7:20 one", []),
        # near-misses: a position named with "the" after a service's clock
        ("We caught the 6:50 ferry. In the vlog, skip to 3:10, the best bit.", [(190.0, None)]),
        ("The 6:50 ferry scene is great. Go back to the 4:15, the dolphin bit.", [(255.0, None)]),
        ("The 6:50 ferry scene is great. Go to the 4:15 mark.", [(255.0, None)]),
    ],
    # a caption labelling a video with its length, then its other items or Markdown emphasis: a length
    "a video's length in a caption": [
        ("Goal at 0:12.\n\n*Clip: 0:58 · uploaded by @kev*", [(12.0, None)]),
        ("Goal at 0:12.\n\n**Footage: 2:14** — via the club", [(12.0, None)]),
        ("Goal at 0:12.\n\n*Video: 1:20*", [(12.0, None)]),
        ("Goal at 0:12.\n\nVIDEO: 3:05, SHARED 2 MAY", [(12.0, None)]),
        # near-misses: the caption tells what happens at a position
        ("Goal at 0:12.\n\nVideo: 1:20, the crowd roars.", [(12.0, None), (80.0, None)]),
        ("Goal at 0:12.\n\n_Clip: 0:58 – the keeper slips_", [(12.0, None), (58.0, None)]),
    ],
    # "its final 15 seconds" counts in the video the sentence or the one before names, among several stated
    "the named video's length for an end form": [
        ("Police released two clips: a 10-minute dashcam video and a 90-second doorbell clip. The dashcam video shows "
         "the stop at 2:10.\n\nThe doorbell clip is grainier. In its last 20 seconds a man runs past.",
         [(130.0, None), (70.0, 90.0)]),
        ("A 2-minute drone clip and a 6-minute phone video were shared. In the final 10 seconds of the drone clip, "
         "the roof falls.", [(110.0, 120.0)]),
        ("A 6-minute phone video and a 2-minute drone clip were shared. The phone video is long; in its final "
         "10 seconds the roof falls.", [(350.0, 360.0)]),
        # near-misses: the nearest length where no video is named apart, or two share the name
        ("There is a 3-minute trailer and a 40-minute documentary. The final 30 seconds show the river.",
         [(2370.0, 2400.0)]),
        ("We got a 5-minute video and a 2-minute video. The video ends well: in its final 10 seconds the dog jumps.",
         [(110.0, 120.0)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_thirty_four_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
