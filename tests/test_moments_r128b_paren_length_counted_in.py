"""A work's length in brackets after its noun, a position counted into it in words later in the sentence (blind round
128): "The club posted the clip (0:58): the swing is 22 seconds in, and Castillo's bat flip two seconds later." The
family: the bracket after the work's noun is its length when the sentence goes on to place something in it, whether
the later position is a timecode ("shows smoke at 0:40", already read) or counted in words ("22 seconds in", "ninety
seconds into it"). A bracket after a moment named in the footage ("the bat flip in the clip (0:24)", "the goal
(1:12)") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracket after the work's noun, a position counted in words after it": [
        ("The league put out the video (2:10) — ninety seconds into it, the roof goes.", [(90.0, None)]),
        ("Sky shared the highlights (4:45); the equaliser comes three minutes in, the red card a minute later.",
         [(180.0, None), (240.0, None)]),
        ("The federation's clip (1:05): about 40 secs in you can see the false start.", [(40.0, None)]),
    ],
    "counter-cases: a bracket after a moment stays a position": [
        ("Look at the bat flip in the clip (0:24): twenty seconds in, he drops it.", [(24.0, None), (20.0, None)]),
        ("Check the goal (1:12): forty seconds in, the keeper is off his line.", [(72.0, None), (40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_paren_length_counted_in(text, expected):
    assert found_spans(text) == expected
