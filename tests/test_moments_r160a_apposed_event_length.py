"""The length of a recorded event, apposed to the recording and told where it went out (blind round 160): "We found
the full recording, a 1 hour 12 minute town hall streamed by WKRF on Nov. 20 ... the final ten minutes of the
recording are a Q&A about road repairs" is 3720-4320. The apposition says what the recording is and how long: the
length the end forms count from, as "Her laksa video, a 31-minute epic," already was; a two-word event ("town hall",
"council meeting") followed by where it was streamed or filmed is the same apposition. A stretch apposed to the
recording ("a 30-second stretch filmed at night") is a part, no length of the whole."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a recorded event's length apposed to the recording": [
        ("Our team obtained the full video, a 45-minute council meeting filmed by a resident in March. In the last "
         "three minutes the chair storms out.", [(2520.0, 2700.0)]),
        ("The original upload, a 1 hour 5 minute press conference streamed on Facebook, is still online. The final "
         "five minutes of the upload are questions from local reporters.", [(3600.0, 3900.0)]),
    ],
    "a one-word apposition still reads as before": [
        ("The full recording, a 20-minute sermon, is on the parish site. The final two minutes of the recording are "
         "a blessing.", [(1080.0, 1200.0)]),
    ],
    "a stretch apposed to the recording is no length of the whole": [
        ("The clip, a 30-second stretch filmed at night, went viral. The last ten seconds show the fox.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_apposed_event_length(text, expected):
    assert found_spans(text) == expected
