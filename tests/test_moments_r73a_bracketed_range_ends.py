"""A range whose ends are stamps in square brackets (blind round 73, html_md): an editor's note "the exchange from
<b>[17:45]</b> to <b>[18:30]</b> has been re-captioned", a transcript's "from [03:10] to [03:42]". The brackets are
the transcript's way to write a stamp, as a link's or emphasis' marks are around either end: one range, not two
points. A bracketed stamp alone, or two told with no range word between, stay points."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "bracketed stamps as a range's ends": [
        ("Correction: the answer from [03:10] to [03:42] is the minister's, not the chair's.", [(190.0, 222.0)]),
        ("<p>We re-cut the passage from <strong>[1:02:05]</strong> to <strong>[1:04:30]</strong>.</p>",
         [(3725.0, 3870.0)]),
        ("The whole argument runs between [12:40] and [14:05] in the transcript.", [(760.0, 845.0)]),
        ("Skip the ad read, [00:55] – [02:10], and the rest is fine.", [(55.0, 130.0)]),
    ],
    "bracketed stamps that stay points": [
        ("The quote at [17:45] was misattributed.", [(1065.0, None)]),
        ("She laughs at [2:10] and again at [2:40].", [(130.0, None), (160.0, None)]),
        ("[04:12] Chair: Order, order.\n[04:20] Member: On a point of order.", [(252.0, None), (260.0, None)]),
    ],
    "a link's text as an end still reads": [
        ("Watch from [2:14](https://youtu.be/abc?t=134) to 2:30 for the save.", [(134.0, 150.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_range_ends(text, expected):
    assert found_spans(text) == expected
