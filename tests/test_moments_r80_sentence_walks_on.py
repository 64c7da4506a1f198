"""A time under a minute sets the sentence walking through the footage (blind round 80): Singlish "At 0:25 can see the
whole carriage stuck inside tunnel, then around 1:10 got the announcement" places 1:10 in the same video, though a
participle like "stuck" reads as a past tense. "0:25" is no clock of the day, so a later time of the sentence told
"then" is read as the footage's, as a time said "into" the video already made the rest of its sentence. A clock told
as the world's later in the sentence ("reached the depot at 7:15", "from 7.45 to 8.30", "reports that the power
failed at about 21:40") stays a time of day, and "00:25" (a clock past midnight) sets nothing going."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "times after a sub-minute position in the same sentence are the footage's": [
        ("Eh the flood video damn scary. At 0:18 can see the water come in, then around 1:30 the whole car park "
         "flooded already.", [(18.0, None), (90.0, None)]),
        ("At 0:09 the bus door jammed shut, then at 2:14 the driver climbed out the window.", [(9.0, None),
                                                                                                 (134.0, None)]),
        ("Watch from 0:40, the goalie slipped, and then about 1:05 the striker tapped it in.", [(40.0, None),
                                                                                             (65.0, None)]),
    ],
    "the world's clocks and a clock past midnight stay set aside": [
        ("At 0:40 the bus pulled away, and it reached the depot at 7:15 that night.", [(40.0, None)]),
        ("At 0:25 can see the queue. We waited from 7.45 to 8.30 leh.", [(25.0, None)]),
        ("The power went off at 00:25 and came back on around 1:10.", []),
        ("At 0:52 the street is dark, which fits reports that the power failed at about 21:40.", [(52.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sentence_walks_on(text, expected):
    assert found_spans(text) == expected
