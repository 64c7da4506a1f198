"""An -ed word that is a noun or an adjective, not a past verb (blind round 109): a Singapore ruling's "The accused's
vehicle cuts into the victim's lane at 00:01:08." The capitalised "The" before "accused" and the possessive after it
make "accused" the party, not a verb: the clause is told in the present, as footage is, and the stamp is a position.
The lower-case "the accused" already was; a past verb in the clause still makes a clock the world's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an -ed noun with a possessive, or after a capitalised determiner, is no past verb": [
        ("I have watched the exhibit twice. The accused's ute overtakes the cyclist at 00:00:52.", [(52.0, None)]),
        ("The Deceased's phone lights up at 00:03:14 and goes dark again.", [(194.0, None)]),
        ("The injured man's bicycle topples at 00:01:47.", [(107.0, None)]),
        ("A wounded kangaroo hops across the road at 0:41.", [(41.0, None)]),
    ],
    "a past verb in the clause still tells the world's clock": [
        ("The accused left the pub at 23:15 that night.", []),
        ("The deceased's brother phoned at 21:40 and hung up.", []),
        ("The defendant parked his van at 00:04:02 and walked off.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_ed_nouns(text, expected):
    assert found_spans(text) == expected
