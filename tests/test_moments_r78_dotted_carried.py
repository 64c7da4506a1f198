"""Dotted positions carried through a page (blind round 78): Indian and Pakistani usage writes minutes and seconds
with a dot ("At 1.05, four men climb onto the stage"). A paragraph that opens in the footage ("In the video, the groom
is seen on the stage.") makes its later sentences' dotted numbers positions; a page that has placed its footage's
dotted positions goes on naming it paragraphs later ("look at 2.30 of the clip"), inside the length it states; a
stretch "from 3.40 till the end" runs to that length; a comment's "Kindly see from 1.20 onwards" repeats a position
placed before. Dotted clocks of the day ("8.30 pm", "at 6.20 the van came") stay out."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a paragraph opening in the footage carries its dotted positions": [
        ("The clip, of 2.50 minutes duration, was shared widely.\n\nIn the clip, the bride waits by the car. At 0.40, "
         "three men walk up to her. They argue from 1.10 to 1.35 while guests watch.", [(40.0, None), (70.0, 95.0)]),
        ("The video is 4 minutes long.\n\nIn the footage, the bus stands at the depot. Near about 3.05 a worker "
         "climbs onto the roof.", [(185.0, None)]),
    ],
    "a page naming its footage again, paragraphs on": [
        ("The video, 3 minutes 10 seconds in length, was filmed by a shopkeeper. At 0.35 in the video the officer "
         "arrives.\n\nThe union said the officer was provoked. \"Please look at 2.40 of the clip,\" its leader said.",
         [(35.0, None), (160.0, None)]),
        ("A video of 5.20 minutes duration was submitted. At 1.10 in the video the accused enters.\n\nThe final "
         "portion of the clip, from 4.50 till the end, shows the crowd.", [(70.0, None), (290.0, 320.0)]),
    ],
    "a comment repeats a dotted position from its start": [
        ("At 1.20 in the video the two men start pushing.\n\nComments\nAsif | 2 days ago — Kindly see from 1.20 "
         "onwards, very clear.", [(80.0, None), (80.0, None)]),
    ],
    "look-alikes stay as they are": [
        ("In the video, the van is parked outside. The shop opened at 8.30 pm that day.", []),
        ("A video of 3.10 minutes duration was shared.\n\nIn the video, the rally is seen. The leaders spoke at 5.40 "
         "pm and left by 6.15 pm.", []),
        ("The market is open from 9.30 till the end of the day.", []),
        ("At 0.35 in the video the officer arrives.\n\nIn other news, the rupee closed at 3.40 against the dirham.",
         [(35.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_carried(text, expected):
    assert found_spans(text) == expected
