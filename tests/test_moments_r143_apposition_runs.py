"""A work's noun, an unquoted apposition closed by its comma, then a clause of its own that ends in its verb of
running (blind round 143): "Its music video, directed by Wanjiru Kamau, was shot over three days in Lamu and runs 4
minutes 38 seconds. ... In the final 20 seconds the band is seen only in silhouette." The length is the video's, and
the end forms count from it; before, the apposition's comma hid the noun from the verb. A position after another
verb ("... was posted on Monday and shows the crash at 2:10") and a length of something else in the work stay as they
were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an apposition then a clause ending in the work's length": [
        ("The documentary, produced by Aroha Films, premiered in Rotorua last spring and runs 52 minutes. In the "
         "last 90 seconds the choir sings.", [(3030.0, 3120.0)]),
        ("Her short film, funded by a Welsh arts grant, was cut in a fortnight and lasts 11 minutes 20 seconds. "
         "The final 30 seconds are silent.", [(650.0, 680.0)]),
        ("The clip, uploaded by a Durban commuter, was filmed on a Sunday and runs three minutes. At 1:05 the "
         "taxi stops; in the final 15 seconds it rains.", [(65.0, None), (165.0, 180.0)]),
    ],
    "counter-cases: a position after the verb, or no work's length": [
        ("The video, shot from a balcony in Accra, was posted on Monday and shows the crash at 2:10.",
         [(130.0, None)]),
        ("The clip, filmed by a cyclist, shows a man who runs 5 km every morning. In the final 20 seconds he "
         "waves.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_apposition_runs(text, expected):
    assert found_spans(text) == expected
