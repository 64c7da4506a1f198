"""A dotted point opening its clause, its subject opened by a number or a quantifier (blind round 160, an Indian
complaint letter): "At 0.25 in the video, the delivery van is clearly seen entering ... From 1.05 to 1.35 the guard is
standing ... Near about 2.15 one senior citizen, Sharma uncle of C-Block (aged 72), has to step back". A dotted time
followed by "the driver" already read as a point of the clip; "one senior citizen", "two boys", "some people" open
the subject the same way, and are no verb after a lone time ("the bus at 4.40 was late"). A number of minutes after
the time ("two minutes later") is still its own moment, and a day's time in a sentence of the day stays none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted point then a counted subject walks on through the clip": [
        ("Respected Madam,\n\nAt 0.40 in the video the tanker is seen reversing into the lane. Around 1.20 two "
         "schoolboys have to run back to the divider. Near about 1.55 some residents are shouting at the driver.",
         [(40.0, None), (80.0, None), (115.0, None)]),
        ("Sir, kindly see the CCTV clip. At 0.12 in the clip the gate is open. At 0.48 three men walk in without "
         "signing the register.", [(12.0, None), (48.0, None)]),
    ],
    "a number of minutes after the time is a relative, not a subject": [
        ("Respected Madam,\n\nAt 0.40 in the video the tanker is seen reversing into the lane. Around 1.20 two "
         "minutes later the tanker comes back.", [(40.0, None), (160.0, None)]),
    ],
    "a day's time with a quantifier after it stays none": [
        ("Respected Madam,\n\nAt 0.40 in the video the tanker is seen reversing into the lane. The water supply "
         "comes at 6.30 some days, and the guard changes at 8.15 one evening a week.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_counted_subject(text, expected):
    assert found_spans(text) == expected
