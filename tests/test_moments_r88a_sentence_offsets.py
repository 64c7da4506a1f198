"""A hedged offset opening its sentence, "in" and then the clause it opens, with no comma (blind round 88): "I
streamed my first run (the VOD is 3:12:40 long) ... Roughly two hours in the difficulty spikes hard." The footage is
named earlier in the paragraph (not in the sentence), maybe several sentences back. A stay somewhere ("About ten
minutes in the oven browns the top") is no position, nor is an unhedged length or an offset in a paragraph naming no
footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a hedged offset opening its sentence in a paragraph that named the footage": [
        ("My full playthrough video is up on the channel. The early maps are slow and I spend ages in menus, so "
         "bear with it. Around three hours in the boss finally appears.", [(10800.0, None)]),
        ("We uploaded the whole rehearsal stream last night (it is long, sorry). The warm-ups are dull, the tuning "
         "drags on and the conductor keeps stopping everyone. About forty minutes in the brass section walks out.",
         [(2400.0, None)]),
        ("The recording of the council meeting is online. Nearly an hour in the chair loses her temper.",
         [(3600.0, None)]),
    ],
    "a stay somewhere or no footage named stays nothing": [
        ("Watch the video for the method. About ten minutes in the oven browns the top nicely.", []),
        ("The recipe video is below. Roughly two hours in the fridge sets the custard.", []),
        ("We hiked all morning. Roughly two hours in the weather turns.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sentence_offsets(text, expected):
    assert found_spans(text) == expected
