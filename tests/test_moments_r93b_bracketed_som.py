"""A programme's start-of-message timecode in brackets after its label (blind round 93): 'Timecodes in deliverables
must be file-relative, never offset by the programme's SOM (10:00:00:00)'. The clock a tape or file carries from its
first frame, labelled SOM, EOM or start timecode, is no position in the programme whether the label is followed by
the time or by the time in brackets; a position given in tape timecode elsewhere stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracketed SOM or EOM after its label is no position": [
        ("Please confirm the master's SOM (01:00:00:00) before the QC pass.", []),
        ("Black follows EOM (10:47:12:05); nothing after that is checked.", []),
        ("Caption files should not carry the start timecode (10:00:00:00) of the broadcast master.", []),
    ],
    "a timecode in brackets in prose stays a position": [
        ("The boom dips into shot (00:14:22:15) just as she sits.", [(862.5, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_som(text, expected):
    assert found_spans(text) == expected
