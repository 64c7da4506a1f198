"""Tagalog's "at" ("and") joining the parts of one length (blind round 174, a barangay notice in Taglish): "Marami
pong nag-share ng video ng away sa Purok 4 noong Sabado na tumagal ng mga 2 minutes at 40 seconds" (a video that
lasted about 2 minutes and 40 seconds) was read as a position "at 40 seconds". A smaller unit's amount right after a
larger unit's and "at" is the second part of one length, no position; "at 40 seconds" after anything else, or after
a stop, is still a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a larger unit, at, a smaller unit: one length": [
        ("Marami pong nag-share ng video ng away sa Purok 4 noong Sabado na tumagal ng mga 2 minutes at 40 "
         "seconds. Hindi po iyon ang basehan ng ordinansa.", []),
        ("Yung livestream ng session ay tumagal ng 1 hour at 20 minutes, kaya pasensya na po.", []),
        ("Ang clip ay 3 minutes at 15 seconds lang, pero viral na sa buong Cavite.", []),
        ("Nag-post si Kuya ng video na halos 4 mins at 5 secs, at marami ang nag-comment.", []),
    ],
    "at after anything else is a position": [
        ("Sa video po, at 40 seconds makikita ninyo yung motor na dumaan.", [(40.0, None)]),
        ("The clip runs 2 minutes; at 40 seconds the door opens.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_tagalog_at_joins_units(text, expected):
    assert found_spans(text) == expected
