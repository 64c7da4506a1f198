"""A work, then whom it was handed to or by, then its length in brackets (blind round 99): "The clip disclosed to the
claimant (CCTV/04, 6 minutes 15 seconds) was played several times at trial." The bracket is the clip's length, no
moment, and the one its end forms count from ("In the last minute and a quarter of the clip", 300-375). A time in
brackets after a participle phrase in prose stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length in brackets after the work's handing over is the work's length": [
        ("The footage supplied by the council (Exhibit 12, 4 minutes 10 seconds) was shown to the panel. In the last "
         "20 seconds of the footage the van reverses.", [(230.0, 250.0)]),
        ("The recording provided to the tribunal (3 min 40 s) is poor. The final 30 seconds of the recording are "
         "silent.", [(190.0, 220.0)]),
        ("The video sent to Ms Achieng (2 minutes) was shared widely. The last 15 seconds of the video show a "
         "crowd.", [(105.0, 120.0)]),
    ],
    "a timecode in brackets after a participle phrase stays a position": [
        ("The cyclist falls in the clip shown to the jury (0:45) and gets up slowly.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_handed_over_length(text, expected):
    assert found_spans(text) == expected
