"""A checklist's box or tick opens a list item as a bullet does (blind round 130): a lecture's revision list,
'(recording is 55 min)' then '☐ Last 5 minutes = exam hints!!'. The box is only the item's mark, so the bare
"Last 5 minutes" opens the item and is the recording's closing stretch, counted from its stated length, as
"- Last 5 minutes" already was. The mark stays out of the quote. A "last" inside prose with no work named and no
length stays nothing; a bulleted item keeps working."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a boxed or ticked item's bare last span is the recording's tail": [
        ("Physics webinar replay (recording is 48 min)\n☐ Intro at 2:10\n☐ Last 3 minutes = Q&A", [
            (130.0, None), (2700.0, 2880.0)]),
        ("Seminar video, 40 minutes long.\n✓ Final 90 seconds: reading list", [(2310.0, 2400.0)]),
        ("Our webinar recording runs 30 minutes.\n- [ ] last 2 minutes - homework", [(1680.0, 1800.0)]),
        ("Tutorial video (20 min)\n☑ Last 45 seconds: the fix", [(1155.0, 1200.0)]),
    ],
    "a bulleted item is read as before": [
        ("Lecture recording (50 min)\n- Last 4 minutes: summary", [(2760.0, 3000.0)]),
    ],
    "no length stated: the boxed tail yields nothing": [
        ("Packing list for the trip\n☐ Last 5 minutes before leaving: lock the door", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_checklist_marks(text, expected):
    assert found_spans(text) == expected
