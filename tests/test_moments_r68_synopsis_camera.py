"""A clock in a synopsis whose sentence tells what the camera or the picture does (blind round 68): "Synopsis\\nThe
video opens on a child folding boats. At 2:58 the camera pulls back to reveal several hundred boats". A camera's
move, a cut or a fade is the footage's own grammar, so the time is a position in it, not a time in the story the
paragraph sets. A story's clock stays a time of day where nothing of the picture is told ("At 11:20 she pulls back
the curtain", "At 9:40 the camera shop closes")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a camera move, a cut or a fade in a synopsis": [
        ("Tern (music video)\n\nThe video came out in 2019. It is 3:40 long.\n\nSynopsis\nThe video opens on a "
         "fisherman mending nets. At 1:47 the camera pulls back to show the whole harbour.", [(107.0, None)]),
        ("Plot\nThe short is set over one evening on a ferry. At 3:05 the picture fades to white as the horn sounds.",
         [(185.0, None)]),
        ("Synopsis\nThe clip follows two cyclists. At 0:52 the camera slowly pans across the empty road.",
         [(52.0, None)]),
    ],
    "look-alikes: the story's own clock": [
        ("Plot\nThe novel is set over one night. At 11:20 she pulls back the curtain and sees the van.", []),
        ("Synopsis\nThe play is set over one weekend in Tralee. At 9:40 the camera shop closes for good.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_synopsis_camera(text, expected):
    assert found_spans(text) == expected
