"""Minutes and seconds written with a dot, pinpointed "of" the recording as a judgment cites it (blind round 152, a
Lahore High Court writ: "At 1.42 of the recording, the ASI is seen snatching the mobile phone, and from 2.10 to 2.35
the petitioner is pushed into the vehicle"). A dotted number said to be of the footage is placed in it, as one said
"in" it already is, and so are the other dotted numbers of its sentence. Dotted clocks of the day, and a dotted
number "of" something that is no footage, stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted time of the recording is a position": [
        ("At 2.18 of the CCTV footage the constable raises his baton, and from 3.05 to 3.20 the crowd scatters.",
         [(138.0, None), (185.0, 200.0)]),
        ("Learned counsel referred to the video clip. At 0.57 of the clip the appellant is seen at the gate.",
         [(57.0, None)]),
        ("At about 4.40 of the recording the complainant can be heard shouting.", [(280.0, None)]),
    ],
    "a dotted time of no footage stays nothing": [
        ("At 4.15 of the night the bus left Lahore.", []),
        ("The tally at 2.10 of the match stood level.", []),
        ("The FIR was lodged at 10.30 pm, and the recording was seized the next day.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_of_recording(text, expected):
    assert found_spans(text) == expected
