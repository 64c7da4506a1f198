"""An end form "of the original" whose clause goes straight on with its subject (blind round 174, a Ghanaian
fact-check): "That video is 4:10 long ... In the final 20 seconds of the original the uploader's own voice can be
heard" is 230 to 250. "the original" said alone already named the copy's source ("within the first twenty seconds
of the original"), but only where no lower-case word followed, to keep out "the original plan"; a determiner or a
pronoun opening the next clause is no noun that "original" qualifies. "original" before a noun still names
something else."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the original, then the clause's subject": [
        ("That video is 4:10 long and is clearly the source. In the final 20 seconds of the original the "
         "uploader's own voice can be heard.", [(230.0, 250.0)]),
        ("The first upload runs 3 minutes. In the last 30 seconds of the original a second car comes into view.",
         [(150.0, 180.0)]),
        ("The broadcaster's copy is 12 minutes long. In the final minute of the original we hear the presenter "
         "laugh.", [(660.0, 720.0)]),
        ("The source clip lasts 2:40. Halfway through the original they turn the camera round.",
         [(80.0, None)]),
    ],
    "original before a noun names something else": [
        ("The video is 4:10 long. In the final 20 seconds of the original plan the council had a vote.", []),
        ("The clip runs 3 minutes. The speech changed in the last 30 seconds of the original draft the minister "
         "sent.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_original_then_clause(text, expected):
    assert found_spans(text) == expected
