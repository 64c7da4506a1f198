"""A related-links box whose items are bulleted with chevrons (blind round 94, a film-restoration long read):
'RELATED\\n› The last bison drive, on film (8:45)\\n› Why archives are racing to scan nitrate'. The family: under a
heading of other pages, an item opened by "›", "»" or "▸" is another page, as one opened by "-" or "•" is, and the
bracketed time after its title is that work's length, no moment. A bracketed time in the article's own prose, or
a chevron line under no such heading, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a chevron item under a related heading is another work's length": [
        ("The key shot is at 2:10 in the reel.\n\nRELATED\n› Harvest on the prairie, 1952 (6:30)\n› How film is "
         "scanned", [(130.0, None)]),
        ("The ferry turns at 0:48.\n\nRead more\n» Lifeboat crews on film (12:05)\n» The harbour at night (3:17)",
         [(48.0, None)]),
        ("The goal comes at 1:02.\n\nMore videos\n▸ Cup final extended highlights (9:41)", [(62.0, None)]),
    ],
    "a bracketed time in the article's own lines stays a position": [
        ("The captain reaches for the radio (1:44) and the bow swings.\n\n› She shouts again (2:05)",
         [(104.0, None), (125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_chevron_related(text, expected):
    assert found_spans(text) == expected
