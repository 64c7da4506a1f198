"""A caption file's timing written as attributes or fields (blind round 89): a TTML/DFXP/IMSC element's ``begin``
and ``end`` ('<p begin="00:00:12.480" end="00:00:15.000">', offsets 'begin="12.5s" end="15s"', frames at the
stated rate, other attributes between them) is one range, as an SRT cue's "-->" is; an ASS ``Dialogue:`` line
quoted as a list item or in backticks in a note keeps its Start and End as one range. A begin alone, a dated
attribute, a ``dur`` or a ``tickRate`` stays what it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a TTML element's begin and end are one range": [
        ('<p begin="00:00:12.480" end="00:00:15.000">Mind the gap.</p>', [(12.48, 15.0)]),
        ("<span xml:id='c7' begin='00:02:10.000' style='s1' region='r2' end='00:02:13.500'>No!</span>",
         [(130.0, 133.5)]),
        ('<p begin="41.5s" end="44s">Who is there?</p>\n<p begin="44.2s" end="47s">Only me.</p>',
         [(41.5, 44.0), (44.2, 47.0)]),
        ('Line 3 is wrong: <p begin="00:03:01.200" end="00:03:04.000">Thank you, sir</p> should say "madam".',
         [(181.2, 184.0)]),
    ],
    "an ASS event quoted in a note keeps its range": [
        ("Fixes:\n- Dialogue: 0,0:04:10.50,0:04:12.90,Default,Kai,0,0,0,,Wait for me!\n- Colour of the sign.",
         [(250.5, 252.9)]),
        ("* `Dialogue: 0,0:21:03.00,0:21:06.25,Top,,0,0,0,,{\\an8}Three days later`", [(1263.0, 1266.25)]),
    ],
    "look-alikes stay as they are": [
        ('<p begin="00:00:12.480">Mind the gap.</p>', []),
        ('<tt ttp:frameRate="25" ttp:tickRate="10000000">', []),
        ('<event begin="2024-05-01T09:00:00" end="2024-05-01T10:00:00"/>', []),
        ('<p begin="00:00:20.000" end="00:00:18.000">broken cue</p>', []),
        ("Dialogue lines now use the Default style; retimed 40 of them.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_caption_attributes(text, expected):
    assert found_spans(text) == expected
