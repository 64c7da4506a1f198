"""An abbreviation's dot between a work's name and its length (blind round 141, a Canadian fact check): 'A 22-second
clip circulating on X ...' then 'The full video of the Nov. 24 press conference in Sault Ste. Marie is 6 minutes 40
seconds long' and 'Halfway through the full video, ...' (200, approximate). The dot of a month shortened before its
day ("Nov. 24") or of a title's or a place's shortened word before its name ("Ste. Marie", "Dr. Mensah", "Mt. Eden")
ends no sentence: the length is the full video's, told with its name, so the fraction and the end forms on the full
video count from it, not from the viral clip's 22 seconds (a clip being a video). A month's or a street's dot that
does end a sentence ("surfaced on 4 Nov. The full video ...") and a page of one length keep their reading."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length told after 'Sept. 9', 'St. Albert', 'Dr. Mensah' is the named work's": [
        ("A 30-second clip is doing the rounds on WhatsApp. The full video of the Sept. 9 council meeting in Ballarat "
         "runs 48 minutes. Halfway through the full video, the mayor votes against the motion.", [(1440.0, None)]),
        ("A 40-second clip went viral. The unedited video of the Dec. 12 debate was 10 minutes long. About a quarter "
         "of the way into the unedited video, the host cuts her off.", [(150.0, None)]),
        ("A 12-second clip of the crash is being shared on TikTok. The full video from the Oct. 30 dashcam upload is "
         "2 minutes 30 seconds long. In the last 20 seconds of the full video, the second car pulls away.",
         [(130.0, 150.0)]),
        ("A 25-second clip is circulating on Telegram. The full video of the town hall in St. Albert is 12 minutes "
         "long. Halfway through the full video, the councillor walks out.", [(360.0, None)]),
        ("A 10-second clip was shared widely. The complete video of Dr. Mensah's briefing runs 8 minutes. In the last "
         "30 seconds of the complete video, she corrects the figure.", [(450.0, 480.0)]),
        ("A 16-second clip shows the slide. The raw video from the Mt. Eden camera is 4 minutes long. A quarter of "
         "the way into the raw video, the bank gives way.", [(60.0, None)]),
    ],
    "the nearest wordings keep their reading": [
        # the month spelt out, and the other noun, were read right before
        ("A 30-second clip is doing the rounds on WhatsApp. The full video of the September 9 council meeting in "
         "Ballarat runs 48 minutes. Halfway through the full video, the mayor votes against the motion.",
         [(1440.0, None)]),
        ("Someone posted a 15-second video on Facebook. The original clip from the Feb. 3 rally in Kumasi is 4 "
         "minutes long. In the final 10 seconds of the original clip, the MP leaves the stage.", [(230.0, 240.0)]),
        # a month's dot that ends its sentence: the clip is still the clip
        ("A 20-second clip surfaced on 4 Nov. The full video is 10 minutes long. Halfway through the clip, the sign "
         "falls.", [(10.0, None)]),
        ("The 20-second clip was filmed on Queen St. The full video is 5 minutes long. Halfway through the clip, the "
         "tram passes.", [(10.0, None)]),
        ("The rally took place on Aug. 14. The 12-minute video was posted the next day. Halfway through the video, "
         "the crowd surges.", [(360.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_abbreviation_dots(text, expected):
    assert found_spans(text) == expected
