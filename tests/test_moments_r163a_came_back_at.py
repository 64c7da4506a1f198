"""A transfer's or an export's file told by the length it came back at (blind round 163, an essay on a digitised
VHS-C tape): "When my sister had it digitised last winter, the file came back at 2 hours 51 minutes". "at" with a
spelled length had read as a position; the work's verb "came back at", as "clocks in at", gives its length. A
position said "in" or "into" a work after "came back at" stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a file that came back at a length": [
        ("When my sister had it digitised last winter, the file came back at 2 hours 51 minutes, because Dad had kept "
         "recording on the bus home. About twelve minutes into the tape you can hear him.", [(720.0, None)]),
        ("The transfer of the reel came back at 48 minutes; at 12:10 the picture rolls.", [(730.0, None)]),
        ("The digitised video comes back at 1 hour 4 minutes. Halfway through the video the lights go.",
         [(1920.0, None)]),
        ("Our export of the livestream came back at 3 hours 2 minutes, far longer than planned.", []),
    ],
    "a position after came back stays one": [
        ("The clip came back at 2 minutes in, where the dog returns.", [(120.0, None)]),
        ("She came back at 3 minutes into the video.", [(180.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_came_back_at(text, expected):
    assert found_spans(text) == expected
