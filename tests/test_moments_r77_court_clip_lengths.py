"""A court's clip told with its length "in length" or "duration", then walked through (blind round 77): "(Exhibit
"C"), 3 minutes 40 seconds in length" is the clip's length whole (not "3 minutes" before "40 seconds in"), and the
end forms count from it; a paragraph that told the clip's length and named it ("a video clip of 4.15 minutes
duration ... Counsel took me through the clip.") makes its dotted times ("At 1.05", "Between 2.20 and 2.50",
"From 3.40 onwards") positions in it, as Indian usage writes them. Dotted numbers in a paragraph with no length, or
a day's clock in the next paragraph, stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clip's length told 'in length' or 'in duration'": [
        ('The Crown tenders a recording from the doorbell (Exhibit "C"), 3 minutes 40 seconds in length. The last '
         "30 seconds of the recording show the gate.", [(190.0, 220.0)]),
        ("The footage is 2 min 50 s in duration. The final ten seconds of the footage are black.", [(160.0, 170.0)]),
        ("The video is 6 minutes 5 seconds in length; the final minute of the video is the ambulance.",
         [(305.0, 365.0)]),
    ],
    "dotted times after a paragraph told the clip's length and named it": [
        ("3. The complainant produced a video clip of 4.15 minutes duration. Counsel took me through the clip. At "
         "1.05, the accused is seen at the door. Between 2.20 and 2.50, the quarrel escalates. From 3.40 onwards, "
         "the screen is dark.", [(65.0, None), (140.0, 170.0), (220.0, None)]),
        ("The mobile video runs 3 minutes. I have seen the video. Around 2.10, a man enters.", [(130.0, None)]),
    ],
    "dotted numbers with no length told, or a day's clock later, stay nothing": [
        ("The bus came at 4.40 and left at 4.50.", []),
        ("4. The CCTV clip is 6 minutes long.\n\n5. The shop opened at 9.30 that day.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_court_clip_lengths(text, expected):
    assert found_spans(text) == expected
