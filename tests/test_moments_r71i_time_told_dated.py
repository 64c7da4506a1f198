"""The time told with its date (blind round 71): in an Otter export, "Speaker 2  0:03\nYep. It's 10:15 on the 3rd,
interview with Mrs Ng about the Queenstown flats, reel two." says what time of the day the interview is being
recorded, not where in the recording: "it's" a time, then its date ("on the 3rd", "on Tuesday", "on 4 May"), is the
day's clock whatever stamps stand before it and whatever footage the sentence names. A position said with "it's"
and no date ("it's 4:10 on the recording"), or an ordinal naming no day ("on the 3rd attempt"), stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("Speaker 1  0:00\nOkay, is it recording? The light's on.\n\nSpeaker 2  0:03\nYep. It's 10:15 on the 3rd, "
         "interview with Mrs Ng about the Queenstown flats, reel two.", [(0.0, None), (3.0, None)]),
    ],
    "a time told with its date is the day's": [
        ("[00:00:05] HOST: Right, it's 9:40 on Tuesday 4 May, tape one, the Dunne family.", [(5.0, None)]),
        ("[0:04] OK the recorder is on. It's 11:05 on Friday, session three with Mr Osei.", [(4.0, None)]),
        ("Interviewer  0:12\nIt is 14:20 on the 12th of March and the camera is rolling, oral history tape six.",
         [(12.0, None)]),
        ("Dictaphone file 2: it's 8:35 on the 21st, recording of the residents' meeting, part two.", []),
    ],
    "no date after it: positions as before": [
        ("In the video it's 3:12 on the 3rd attempt where he lands it.", [(192.0, None)]),
        ("Skip ahead: it's 4:10 on the recording, and it's 4:30 in the other.", [(250.0, None), (270.0, None)]),
        ("The landing? It's 2:45 in the clip, on the 3rd replay.", [(165.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_told_dated(text, expected):
    assert found_spans(text) == expected
