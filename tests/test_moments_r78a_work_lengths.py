"""A work's length told beside it on a page (blind round 78): in brackets after the work's noun when the noun is a
version of it ("a longer version of his video (4:12)"), when the time is emphasised inside the brackets ("Our overview
video (**11:26**) walks through") or when the noun is a link's words ('the full livestream</a> (1:24:50)'); and as a
list item's label ("<li>Recording: 49:12. The demo is at 18:30&ndash;24:10.</li>"), which is the length the item's
"to the end" runs to. A label whose item then places a later time, or one followed by a comma and what happens, still
cites a position; so does a bracket after "in the video"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a version of the work, then its length in brackets": [
        ("The council later published the full version of the meeting video (1:02:40). In it the mayor speaks at "
         "14:10.",
         [(850.0, None)]),
        ("She sent us an unedited copy of the clip (2:55); at 0:40 the car is already stopped.", [(40.0, None)]),
    ],
    "an emphasised length in the work's brackets": [
        ("The recap video (**6:40**) covers the whole weekend; the crash is at 2:15.", [(135.0, None)]),
        ("Our trailer (*1:58*) drops Friday.", []),
    ],
    "a link's work, then its length": [
        ('<p><a href="/v/88">Watch the whole webcast</a> (2:14:05)</p>\n<p>The vote comes at 1:40:00.</p>',
         [(6000.0, None)]),
    ],
    "a list item's label gives the recording's length and its end": [
        ("<ul>\n<li>Recording: 52:30. The titration demo is at 12:10&ndash;15:00.</li>\n"
         "<li>The audio drops from 40:00 to the end.</li>\n</ul>", [(730.0, 900.0), (2400.0, 3150.0)]),
        ("- Video: 18:05. Kickoff at 0:45, the goal at 9:30.", [(45.0, None), (570.0, None)]),
    ],
    "a label citing a position stays one": [
        ("- Video: 0:58, when the lid refuses to open.", [(58.0, None)]),
        ("(Video: 1:30&ndash;2:45.)", [(90.0, 165.0)]),
        ("In the video (0:45), he trips over the cable.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_lengths(text, expected):
    assert found_spans(text) == expected
