"""A footage's length told in shapes the lengths did not read (blind round 181), each the length an end form or a
fraction then counts from: a relative of running after an apposition set off by commas ("footage from the tram's
interior camera, recorded at 25 frames per second, which runs 4 minutes 12 seconds"); "It runs 58 minutes" in a
paragraph that names the work only after it ("... Halfway through the documentary"); the whole work's length in a
highlights title's brackets ("livestream highlights (TVC, full stream 4 hours 45 minutes)"); how long someone
filmed, closing its clause ("She filmed for 3 minutes 50 seconds."); and a recording apposed to its length and
material ("her latest recording, 2 hours 10 minutes of unbroken sound from ..."). Filming told up to an event of the
world, and "it runs" of no work, stay no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's texts": [
        ("The only direct evidence of the incident is footage from the tram's interior camera, recorded at 25 frames "
         "per second, which runs 4 minutes 12 seconds (Exhibit P3). In the final 30 seconds of the recording the "
         "complainant is attended to by other passengers.", [(222.0, 252.0)]),
        ('BBC Scotland\'s "The Last Fank" is an hour of Skye crofting that never hurries. It runs 58 minutes and '
         "follows Calum MacInnes (62) through a single year. Halfway through the documentary the fank itself happens.",
         [(1740.0, None)]),
        ("Eyo Festival 2026: livestream highlights (TVC, full stream 4 hours 45 minutes)\n1. [0:18:40] The Adimu "
         "Orisha procession\n5. The last 15 minutes of the stream: closing prayers and fireworks",
         [(1120.0, None), (16200.0, 17100.0)]),
        ("She filmed for 3 minutes 50 seconds. Halfway through the video Tayla steps back inside. The video's last 20 "
         "seconds show the street afterwards.", [(115.0, None), (210.0, 230.0)]),
        ("Her latest recording, 2 hours 10 minutes of unbroken sound from a platform 30 metres up an Elgon teak, is "
         "now streaming. In the final 10 minutes the chorus has thinned.", [(7200.0, 7800.0)]),
    ],
    "fresh wordings of each": [
        ("The main exhibit is footage from the bus's forward camera, stored at 30 frames per second, which runs 6 "
         "minutes 40 seconds. In the final 20 seconds of the recording the driver brakes.", [(380.0, 400.0)]),
        ('Channel 4\'s "Low Tide" is a quiet hour of Norfolk fishing, and I loved it. It runs 47 minutes and follows '
         "two brothers. Halfway through the film the boat is sold.", [(1410.0, None)]),
        ("Notting Hill Carnival 2025: parade highlights (BBC, full broadcast 6 hours 30 minutes)\n1. [0:12:00] The "
         "steel bands set off\n2. The last 20 minutes of the broadcast: the judges' results",
         [(720.0, None), (22200.0, 23400.0)]),
        ("He recorded for 2 minutes 10 seconds. Halfway through the video the wall comes down.", [(65.0, None)]),
        ("His new recording, 90 minutes of unbroken sound from the reef, is now online. In the last 10 minutes a whale "
         "calls.", [(4800.0, 5400.0)]),
    ],
    "filming up to an event, and a run of no work, stay no length": [
        ("She filmed for 3 minutes before the police arrived. In the last 20 seconds the car drives off.", []),
        ("It runs 58 minutes and the bus stops at every village. Halfway through the trip it rains.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_told_otherwise(text, expected):
    assert found_spans(text) == expected
