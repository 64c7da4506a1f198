"""A linked work's platform and length in brackets, then its link (blind round 96): '▶ Supermarket pav taste test
(YouTube, 18:40): youtube.com/watch?v=pv3Taste&t=390'. A show-notes line naming another video: the brackets say
where it is and how long it runs, as "(Arbutus Records, 42:10)" says whose a record is; the link's own "t=" is the
position. A bracket inside prose ("spills it (video, 2:14) and ...") still cites a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a platform and a length in a linked work's brackets is its length": [
        ("Mentioned this week:\n• Rotorua mud pools day trip (Vimeo, 12:05) – vimeo.com/88120455\n• Our old "
         "kitchen tour", []),
        ("Links from the show\n- Jollof cook-off, part 2 (YouTube, 24:31): https://www.youtube.com/watch?v=jc0ff2"
         "&t=742\n- The recipe card", [(742.0, None)]),
        ("Watch next:\nThe 1983 final, full match (video, 1:32:10): youtu.be/fin83\n", []),
    ],
    "a platform and a length closing a line is the length too": [
        ("Further viewing\nHow the Kariba dam was built (YouTube, 48:12)\nThe spillway opens at 31:05 in that one.",
         [(1865.0, None)]),
    ],
    "a bracket inside prose cites a position": [
        ("The keeper spills it (video, 2:14) and the striker pounces.", [(134.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_linked_work_lengths(text, expected):
    assert found_spans(text) == expected
