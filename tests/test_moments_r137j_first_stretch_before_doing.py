"""A first stretch watched before the watcher did something (blind round 137): "Counsel ... suggested she had only
looked at the first two minutes before deciding" of a 14-minute extract. "Before" after a stretch ties it to another
event ("the first 10 seconds before the crash"), but no event's first minutes lie before it: "before" and a gerund
after a first stretch is the watcher's act, the stretch the footage's opening. A last stretch before an act, or a
first before an event named, stays the event's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a first stretch watched before an act is the footage's": [
        ("The manager was shown the 14-minute extract. Counsel suggested she had only looked at the first two minutes "
         "before deciding.", [(0.0, 120.0)]),
        ("The 10-minute video was played in court. She saw the first minute before switching it off.",
         [(0.0, 60.0)]),
        ("The 6-minute clip went round the group. Most people watched the first 30 seconds before sharing it.",
         [(0.0, 30.0)]),
    ],
    "a stretch before an event named stays the event's": [
        ("The 14-minute extract was shown. The first two minutes before the crash are calm.", []),
        ("The 14-minute extract was shown. In the final minute before landing the wing dips.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_first_stretch_before_doing(text, expected):
    assert found_spans(text) == expected
