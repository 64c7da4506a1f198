"""A clock opening a sentence under a Plot heading, on a page that states the episode's runtime above it, the clock
inside that runtime (blind round 163, a Ghanaian sitcom's episode page): "Runtime: 24:10 | Aired 9 March 2024, 8pm
GMT on TV3 ... Plot\\nKojo finally confronts Mr Ampofo ... At 11:05 the power goes off mid-argument". The Plot heading
alone had made it a time in the story; with the runtime given as a field and the clock within it, it is where in the
episode. A story's clock past the runtime, one with a.m./p.m., or a plot with no runtime field stays the story's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "under a runtime field, a plot's clock within it is a position": [
        ('Episode 7: "Landlord Wahala"\nRuntime: 24:10 | Aired 9 March 2024, 8pm GMT on TV3\n\nPlot\nKojo finally '
         "confronts Mr Ampofo about the GH₵ 4,000 rent advance. At 11:05 the power goes off mid-argument, a running "
         "joke. From 17:40 to 18:55 Akosua sings the landlord's praise song.", [(665.0, None), (1060.0, 1135.0)]),
        ("== Episode 3 ==\n| runtime = 44:30\n\n== Plot ==\nMaya and Sol argue in the car. At 21:10 the tyre blows "
         "out on the bypass.", [(1270.0, None)]),
        ("Running time: 48:00\n\nSynopsis\nThe night shift starts. At 6:15 the guards change and Oye slips out.",
         [(375.0, None)]),
    ],
    "the story's clock stays the story's": [
        ("Runtime: 24:10\n\nPlot\nThe night shift starts. At 6:15 p.m. the guards change.", []),
        ("Plot\nThe night shift starts. At 6:15 the guards change and Oye slips out.", []),
        ("Running time: 22:00\n\nPlot\nThe party runs late. At 23:40 the neighbours call the police.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_plot_under_runtime(text, expected):
    assert found_spans(text) == expected
