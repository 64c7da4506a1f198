"""A time element inside a stated length, in a paragraph walking through the footage (blind round 173, a podcast page
in HTML): "Length 44:50." then "<a href="/ep31.mp3#t=512">listen from 8:32</a>. Her story about the 1999 eruption
starts at <time>00:21:40</time> and ..." is 1300. A "<time>" with no date holding a valid time of the day was set
aside as one (a festival's "<td><time>14:30</time></td>"); where the sentence before placed a position and the time
is inside the length the page told, its hours zero as a running time writes them, it is read by its words as any
other timecode. A dated element, or a clock of the day ("<time>19:30</time>"), stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time element walked through inside the length": [
        ('<p>Recorded in Buea. Length 44:50.</p>\n<p>Mami Ewane explains the washing: <a href="/ep31.mp3#t=512">'
         "listen from 8:32</a>. Her story about the 1999 eruption starts at <time>00:21:40</time> and the paste "
         "section runs 29:10–33:45.</p>", [(512.0, None), (1300.0, None), (1750.0, 2025.0)]),
        ("<p>Episode length 58:10.</p>\n<p>The guest arrives at 4:05. The argument about the budget begins at "
         "<time>00:31:20</time>.</p>", [(245.0, None), (1880.0, None)]),
        ("<p>The full webcast runs 1:12:00.</p>\n<p>The chair opens item 4 at 0:12:30. Public comment starts at "
         "<time>00:48:15</time>, with six speakers.</p>", [(750.0, None), (2895.0, None)]),
        ("<p>This session is 52:30 long.</p>\n<p>Skip to 3:10 for the setup. The live demo comes at "
         "<time>00:21:45</time> and lasts ten minutes.</p>", [(190.0, None), (1305.0, None)]),
    ],
    "outside the length, dated, or after no position: a time of day": [
        ("<p>Episode length 44:50.</p>\n<p>The guest arrives at 4:05. Doors at the live taping open at "
         "<time>19:30</time>.</p>", [(245.0, None)]),
        ("<p>Episode length 44:50.</p>\n<p>The guest arrives at 4:05. Posted <time datetime=\"2025-09-20\">"
         "00:21:40</time>.</p>", [(245.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_element_walked(text, expected):
    assert found_spans(text) == expected
