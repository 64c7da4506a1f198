"""A wiki episode page that tells the runtime in its prose, then the plot with clocks inside it (blind round 181):
'"Hawker Wars" is the fourteenth episode ... It aired on 22 April 2025 at 9:30 pm and runs 44 minutes.\\n\\nPlot\\n...
At 8:15 his stall's licence letter arrives. About fifteen seconds later ... In the episode's final four minutes' is
495, 510 and 2400-2640. The air time's clock no longer stops "It aired ... and runs 44 minutes" from being the
episode's length, and a plot clock inside the runtime the page told above it is where in the episode, as it was
under a "Runtime:" field; a plot clock past that runtime, or a story set over a night, stays the story's time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's episode page": [
        ('"Hawker Wars" is the fourteenth episode of the Mediacorp Channel 5 drama "Kopi Kaki". It aired on 22 April '
         "2025 at 9:30 pm and runs 44 minutes.\n\nPlot\nUncle Teo refuses to raise the price of his kopi-o. At 8:15 "
         "his stall's licence letter arrives. About fifteen seconds later his daughter tears it up. In the episode's "
         "final four minutes Teo finally pours the winning cup.",
         [(495.0, None, False), (510.0, None, True), (2400.0, 2640.0, False)]),
    ],
    "fresh pages: other runtimes, verbs and air times": [
        ('"The Long Ferry" is the third episode of the series. It was first shown on 3 May 2024 at 8.30 pm and runs '
         "48 minutes.\n\nPlot\nAt 12:40 the ferry's engine fails. In the last two minutes of the episode the "
         "coastguard arrives.", [(760.0, None, False), (2760.0, 2880.0, False)]),
        ('"Night Market" is a 2019 short film. The film lasts 1 hour 5 minutes.\n\nSynopsis\nAt 31:05 Mei finds the '
         "lost ledger.", [(1865.0, None, False)]),
        ('"Salt Road" is the pilot. It runs 58 minutes.\n\nPlot\nAt 9:20 the convoy reaches the border post.',
         [(560.0, None, False)]),
    ],
    "a plot clock past the runtime, or a story set over a night, stays none": [
        ('"Salt Road" is the pilot. It runs 8 minutes.\n\nPlot\nAt 9:40 the convoy reaches the border post.', []),
        ('"Night Shift" is the fifth episode. It runs 44 minutes.\n\nThe story is set over one night. At 8:15 the ward '
         "sister arrives.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_plot_within_told_runtime(text, expected):
    assert found_hedged(text) == expected
