"""A phone extension's abbreviation before its number (blind round 143): 'If in doubt, ask ... on ext. 4411 before
17:00.' The dot after 'ext.' (or 'tel.') stops no sentence when a number follows, the way 'Ep. 4' or 'Ex. 3' does:
split there, the office hour after it loses the call it belongs to and is read alone as a position. The word at a
sentence's real end ('... at the ext. Then ...') still ends it, and a position in the next sentence stays one."""

from __future__ import annotations

import pytest

from annotate.moments.sentences import split
from tests.moments_scoring import family_cases, found_spans

SPLITS = [
    # (text, number of sentences)
    ("Ring the picture desk on ext. 2207 if the cut is late.", 1),
    ("For captions, call Ayesha (tel. 020 7946 0321) after lunch.", 1),
    ("Queries go to the night editor, Ext. 58, until midnight.", 1),
    # counter-cases: no number after the dot, or a real end of sentence
    ("Leave it with the switchboard on the ext. Then wait for a reply.", 2),
    ("The fade starts at 0:41. Tel. lines were down all week.", 2),
]


@pytest.mark.parametrize(("text", "count"), SPLITS, ids=[t[:40] for t, _ in SPLITS])
def test_extension_number_ends_no_sentence(text, count):
    assert len(split(text)) == count


FAMILIES = {
    "a position after a sentence that names an extension stays one": [
        ("Questions to Rahul on ext. 312. The goal comes at 1:12 in the second clip.", [(72.0, None)]),
        ("Call the producer, tel. 0412 555 019, with notes; the flag drops at 0:37.", [(37.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_extension_numbers(text, expected):
    assert found_spans(text) == expected
