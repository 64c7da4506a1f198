"""A show's header line that says when it was recorded gives the episode's length as a bare item (blind round 139):
'Recorded 29 May at Westbury allotments, Wiltshire. 47 minutes.' and 'Recorded Monday night at 9.15pm AEST, 71
minutes.' over a chapter list. The bare length is the recording's own, as a film's credits line gives its runtime
('Dir. X. 1h 48m.'), so the notes' fraction ('about halfway through the episode') and end range ('the final 30
seconds of the episode') count from it. A length told with a position word after it ('two minutes before ...')
is no item of the line, and a recording line with no length still leaves the end forms with nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bare length on the recording line is the episode's length": [
        ("Bin Day Banter, ep. 40\n\nRecorded 2 March in Leeds. 36 minutes.\n\n0:00 Hello\n5:10 The recycling row\n\n"
         "The fox story comes halfway through the episode.", [(0.0, None), (310.0, None), (1080.0, None)]),
        ("The Dugout — Week 9\n\nRecorded Tuesday evening at 7.30pm AEDT, 58 minutes. Sponsored by Koala Tyres.\n\n"
         "0:00 Intro\n12:00 Trade talk\n\nThere's a dropout in the last 20 seconds of the episode.",
         [(0.0, None), (720.0, None), (3460.0, 3480.0)]),
        ("Streamed live from Halifax on 4 April, 1 hr 30 min.\n\nThe raffle draw is in the final two minutes of the "
         "stream.", [(5280.0, 5400.0)]),
    ],
    "no length on the line, or a length that is no item, leaves the end forms alone": [
        ("Recorded 2 March in Leeds.\n\n0:00 Hello\n\nThe fox story comes halfway through the episode.", [(0.0, None)]),
        ("Recorded 2 March, 36 minutes after the polls closed.\n\nThe fox story comes in the last 20 seconds of the "
         "episode.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recording_line_length(text, expected):
    assert found_spans(text) == expected
