"""A clock inside a relative clause of a past act of the world, set off by commas (blind round 173, a long read on a
Sierra Leone canoe race): "The race officials, who started the boats at 8:15, only learned of it when the video went
up that evening." is when the race began, not a position at 495: "video" elsewhere in the sentence made the clause
read as footage. In a paragraph walking through the footage, or with footage named inside the clause, the time reads
as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a past act of the world in a relative clause": [
        ("Nobody on the beach saw it. The race officials, who started the boats at 8:15, only learned of it when "
         "the video went up that evening.", []),
        ("The ferry crew, who pushed off at 6:40, did not see the clip until it had gone viral.", []),
        ("Her neighbour, who called the police at about 11:20, says the footage does not show the first blow.", []),
        ("The school bus, which left the depot at 7:05, is not in the dashcam video at all.", []),
    ],
    "walking through footage, or footage in the clause: a position": [
        ("At 0:40 the canoes line up. The steersman, who lifted his paddle at 1:12, is clearly visible.",
         [(40.0, None), (72.0, None)]),
        ("The marshal, who appeared in the video at 2:15, was later identified.", [(135.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_world_relative_clause(text, expected):
    assert found_spans(text) == expected
