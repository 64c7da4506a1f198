"""A clock after a day and month written with a slash and no year (blind round 94, an editor's note in a CMS paste):
'checked against the original upload on 22/10 at 16:40'. The family: "on DD/MM at HH:MM" tells when something was
done that day, as "on 22 October at 16:40" and "on 22/10/2026 at 16:40" do: a time of day, no position. A
position said in the footage beside it stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock after 'on DD/MM' is a time of day": [
        ("The subtitles were re-synced on 14/3 at 11:25 by the night desk.", []),
        ("Footage was pulled from the server on 7/11, at 09:50, and the clip was re-uploaded.", []),
        ("The trimmed video went back up on 30/06 at 18:05; the goal is at 1:12 in it.", [(72.0, None)]),
    ],
    "a clock after a date with its year stays a time of day": [
        ("The clip was checked against the upload on 22/10/2026 at 16:40.", []),
    ],
    "a position in the footage stays one": [
        ("At 2:40 in the video the driver brakes.", [(160.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_month_clock(text, expected):
    assert found_spans(text) == expected
