"""A work's length told by "it" in the sentence after the work is named (blind round 70): "Harbour Lights is a 2023
Irish documentary film ... It runs 86 minutes and was broadcast by RTÉ One", "The family's video has ended. It ran
about nine minutes." The work's next verb may be a passive one ("and was broadcast", "and is narrated by"), and a
video just played may be told in the past ("It ran"); end forms and "midway" count from it. "It" with no work
named near (a storm, a wait) is no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "it runs, then the work's passive verb": [
        ("Tidewater is a 2021 Welsh documentary. It runs 74 minutes and was shown on S4C in May. The final ten "
         "minutes follow the last ferry.", [(3840.0, 4440.0)]),
        ("The short film premiered in Cork. It runs 52 minutes and is narrated by Bríd Keane. The last two minutes "
         "are a single shot of the bay.", [(3000.0, 3120.0)]),
    ],
    "it ran, of a video just played": [
        ("The memorial video has finished playing. It ran about seven minutes. Midway through the video, her "
         "brother sings.", [(210.0, None)]),
        ("The bodycam video was played twice. It ran 6 minutes. The last 30 seconds show the arrest.",
         [(330.0, 360.0)]),
    ],
    "it with no work named is no length": [
        ("The storm hit the harbour. It ran about nine minutes. The last two minutes were the worst.", []),
        ("We waited at the gate. It ran 40 minutes and was dull. The final five minutes were tense.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_it_lengths(text, expected):
    assert found_spans(text) == expected
