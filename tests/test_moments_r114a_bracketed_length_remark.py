"""A list item's bracketed length that goes on with its word or a remark, then a dash to where the item is (blind
round 114): '"Osu Nights" (7:40 long, the crowd sings the chorus) – 14:02' in a concert film's setlist. The bracket
is the song's length; the time after the dash is the item's next field, its place in the film, as
"Danfo Blues (3:58) — 13:05" has been: a time past the bracket's length is not read as a time of day when only a
dash stands between the closed bracket and it. A day's clock told in prose after a length, with no such field,
stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dash field after a bracketed length with a remark is a position": [
        ("Live at the Barrowland (full gig film, 1 h 40 min)\n1. Opener – 0:00\n"
         "2. \"Clyde Rain\" (4:05 long) – 11:20\n3. \"Govan Lights\" (6:30, fiddle solo in the middle) – 19:45",
         [(0.0, None), (680.0, None), (1185.0, None)]),
        ("Unplugged session on YouTube (58 minutes), running order\n1. \"Harbour Song\" (3:12 long, acoustic) – "
         "10:05\n2. \"Late Tram\" (2:58 long, a new one) – 13:40", [(605.0, None), (820.0, None)]),
    ],
    "a day's clock in prose after a length stays a time of day": [
        ("The doorbell clip (0:45 long, filmed on a phone) came out on Monday; the parcel was taken at 21:47.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_length_remark(text, expected):
    assert found_spans(text) == expected
