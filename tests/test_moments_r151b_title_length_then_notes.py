"""A title line closed by the work's length after a dash, the length the first of notes set off by commas (blind
round 151, a sleep-sounds video): "🎧 ASMR rain & typewriter — 3 hours, no talking, no ads in the middle", its
chapter list's last line "(fades out over the final ten minutes)". "Title — 3 hours" at the line's end was already
the work's length; a comma and more notes after it change nothing, so the end form counts from it. With no dash
before it ("Rain diary, 3 hours, ...") a comma-led number is no title's length item, as before; a form's own
footage ("of the 40-second clip") still wins over the title's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title's length item then comma notes is the work's length": [
        ("Forest birdsong at dawn – 2 hours, no music, no talking\n0:00 first light\n1:10:00 woodpecker\n\n"
         "The last five minutes are just wind.",
         [(0.0, None), (4200.0, None), (6900.0, 7200.0)]),
        ("## Lake sounds at Kaikōura — 90 minutes, recorded at dusk\nIn the final 30 seconds a gull calls.",
         [(5370.0, 5400.0)]),
    ],
    "the form's own footage and other lines are unchanged": [
        ("Harbour webcam — 24 hours, time-lapse\nThe last 10 seconds of the 40-second clip show the ferry.",
         [(30.0, 40.0)]),
        ("Rain diary, 3 hours, no talking\n0:00 drizzle\n12:40 downpour", [(0.0, None), (760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_length_then_notes(text, expected):
    assert found_spans(text) == expected
