"""A clock told with its half of the day ("4:45 am", "6.10 p.m.") is a time of day, however much the list or the
sentences around it walk through footage (blind round 201): the learned veto overruled the rules' time of day in
J'ouvert replay picks ("- Last stretch, the 10-second rain shower at 4:45 am, not in the replay"), as it may not
overrule a clock told with its zone or its part of the day. Positions beside it stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock with am or pm among positions": [
        ("J'ouvert 2026, Port of Spain: replay picks\n- At the 42-minute mark, the mud band reaches the Savannah\n"
         "- 1:20:00-1:24:15, chocolate mas on Ariapita Avenue\n- 2:02:10 – the sunrise over the Lighthouse\n"
         "- Last stretch, the 10-second rain shower at 4:45 am, not in the replay",
         [(2520.0, None), (4800.0, 5055.0), (7330.0, None)]),
        ("Highlights:\n- 0:35 the procession leaves the church\n- 3:10 – 4:05 the band plays the march\n"
         "- the fireworks at 11:30 pm, we missed those", [(35.0, None), (190.0, 245.0)]),
        ("Replay picks:\n- 0:48 the dragon dance starts\n- 2:30 the lion climbs the pole\n"
         "- Last one, the 20-second downpour at 5:10 am, not in the replay", [(48.0, None), (150.0, None)]),
        ("Carnival stream, best bits\n- At the 12-minute mark the band crosses the stage\n- 41:10-43:00, the steelpan "
         "solo\n- Later, the 5-minute blackout at 3:20 am, cut from the stream", [(720.0, None), (2470.0, 2580.0)]),
        ("Replay picks:\n- 0:48 the dragon dance starts\n- 2:30 the lion climbs the pole\n"
         "- Best bit, the lantern parade at 7:15 p.m., not on the stream", [(48.0, None), (150.0, None)]),
    ],
    "left alone": [
        ("At 1:12 the boat leaves the jetty. At 2:05 a man waves from the deck.", [(72.0, None), (125.0, None)]),
        ("Highlights:\n- 0:35 the procession\n- 4:45 amid the rain, the statue comes out",
         [(35.0, None), (285.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_half_day_clock(text, expected):
    assert found_spans(text) == expected
