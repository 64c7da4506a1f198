"""An end form of "the viral clip", on a page that told the clip's length as its adjective and, a paragraph later,
a longer source's (blind round 109): a Manila fact check's "The 2-minute-48-second clip, posted by the page ..." then
"We traced the video to a longer 11-minute upload ...", then "In the last 20 seconds of the viral clip". The clip's
own length, said right before its noun, is the one the form counts from, not the upload's (a clip is a video, but
the sentence naming "the video" is about the source). Only the kind the form says it is "of" is read so: an end
form of "the upload" still counts from the upload, and "its final minute" in a sentence naming both works is read
as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_PAGE = ("What we found\nThe 2-minute-5-second clip, shared on WhatsApp, shows a crowd.\n\nWe traced the video to a "
         "25-minute upload on Facebook. In the last 30 seconds of the {work}, a police van arrives.")
_FACTS = ("THE FACTS\nThe 1-minute-35-second clip, posted by the page \"Durban Now,\" has been shared 9,000 times.\n\n"
          "We traced the video to a longer 7-minute upload on the channel of the city council. In the last 15 seconds "
          "of the {work}, a bus passes.")

FAMILIES = {
    "the clip's length said before its noun is the one the clip's end form counts from": [
        (_PAGE.format(work="viral clip"), [(95.0, 125.0)]),
        (_FACTS.format(work="viral clip"), [(80.0, 95.0)]),
    ],
    "an end form naming no work of its own still counts as before (round 86's \"its final minute\")": [
        ("The 1:50 clip going round on TikTok claims to show the 1974 storm. It is cut from a longer newsreel held "
         "by the Hobart archive (16 mm, 8 min 20 s).\n\nThe clip's last 15 seconds, with a jetty collapsing, are "
         "from the newsreel again (its final minute).", [(95.0, 110.0), (440.0, 500.0)]),
    ],
    "an end form of the source still counts from the source": [
        (_PAGE.format(work="upload"), [(1470.0, 1500.0)]),
        (_FACTS.format(work="upload"), [(405.0, 420.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clip_length_adjective(text, expected):
    assert found_spans(text) == expected
