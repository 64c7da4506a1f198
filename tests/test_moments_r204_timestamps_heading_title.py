"""A "Timestamps" heading that names the video after a dash and closes on its length in brackets, bold or plain
(fitted round 204: a Hermanus whale video's "## Timestamps – *Whales from the Cliff Path, Hermanus* (**18:42**)" above
its table of starts): the bracket is the titled video's length, no moment, as a title's "Teaser (1:36)" is; the
heading does not make its own line a chapter list. A chapters line of titled starts stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the heading's title and its length": [
        ("## Timestamps – *Whales from the Cliff Path, Hermanus* (**18:42**)\n\n- Lookout `00:00`\n- First blow "
         "`01:35`", [(0.0, None), (95.0, None)]),
        ("## Timestamps — Kente Weaving at Bonwire (18:42)\n\n0:00 Greeting\n2:10 The loom", [(0.0, None),
                                                                                              (130.0, None)]),
        ("### Chapters - *The Long Walk Home* (__1:04:10__)\n\nThe bridge scene is at 12:40.", [(760.0, None)]),
    ],
    "left alone": [
        ("Chapters: Intro (0:00) | The loom (2:10) | Dyeing (5:45)", [(0.0, None), (130.0, None), (345.0, None)]),
        ("## Timestamps\n\n- Lookout (00:00)\n- First blow (01:35)", [(0.0, None), (95.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_timestamps_heading_title(text, expected):
    assert found_spans(text) == expected
