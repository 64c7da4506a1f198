"""A spelled range opening its sentence after a conjunction (blind round 201's Senedd record): "And from four minutes
to four minutes and twenty seconds, you can see the traffic queued" is 240-260, as the same words opening the sentence
are (round 194); "Then", "But", "So" as well. A measure's change after the conjunction stays no range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range after an opening conjunction": [
        ("One minute and forty seconds into the video, the ambulance is turned back. And from four minutes to four "
         "minutes and twenty seconds, you can see the traffic queued.", [(100.0, None), (240.0, 260.0)]),
        ("Then from one minute to one minute and ten seconds the van reverses.", [(60.0, 70.0)]),
        ("But from two minutes to two minutes and thirty-five seconds, nobody moves.", [(120.0, 155.0)]),
        ("So from three minutes to three minutes and twelve seconds the light stays red.", [(180.0, 192.0)]),
    ],
    "left alone": [
        ("And the queue grew from four minutes to four minutes and forty seconds.", []),
        ("And waits went from four minutes to three minutes and ten seconds.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_conjunction_spelled_range(text, expected):
    assert found_spans(text) == expected
