"""A stretch of the day's hours right after a way to reach someone (blind round 134): "Questions to the subtitling desk,
ext. 4410, 9:30-17:30." closing a subtitle style guide. The stretch is when the desk answers, a time of day, no
stretch of footage; the stop of "ext." had cut the sentence, and with it every word that said so. A stretch told in
footage ("In the office scene, from 9:30 to 10:05", "the part the coroner's office has asked about runs from 7:40 to
8:05", "the call-quality sample is between 8:02 and 8:40") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "hours after an extension, a phone number or a helpline are the day's": [
        ("Queries to the edit suite, ext. 31, 10:15-16:45.", []),
        ("Call the captioning team on 030 255 0142, 9:30-17:30.", []),
        ("Ring the helpline, 9:00-17:00.", []),
    ],
    "a stretch of footage near such words stays a position": [
        ("In the office scene, from 9:30 to 10:05 they argue.", [(570.0, 605.0)]),
        ("Call me when you get to the part from 2:10 to 2:40.", [(130.0, 160.0)]),
        ("The stretch the ombudsman's office wants reviewed runs from 3:10 to 3:45.", [(190.0, 225.0)]),
        ("My video has mic tests: the phone-call sample is between 4:10 and 4:35.", [(250.0, 275.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_contact_hours(text, expected):
    assert found_spans(text) == expected
