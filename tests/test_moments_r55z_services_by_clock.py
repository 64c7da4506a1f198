"""Services told by their clocks in the plural or run by an operator (blind round 55, local news and a long read):
"The 9:05 and 9:35 Kildare commuter trains ran 10 minutes late" names two trains by their departures, as "the 6:30
train" names one; "Whale Watch Kaikōura runs its boats at 7:15, 10:00 and 12:45" is an operator's timetable. Both
were read as positions: the service noun was looked for only in the singular and right after one clock, and a
one-digit hour needed a timetable's verb. Clocks of footage that merely shows trains or boats stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "clocks naming services, several or of a kind, are the day's": [
        ("Dublin Bus routes 68 and 69 were diverted. The 9:05 and 9:35 Kildare commuter trains ran 10 minutes late "
         "due to a signal fault at Hazelhatch, unrelated to the crash.", []),
        ("The 7:40 and 8:10 Galway buses were cancelled because of the snow.", []),
        ("Engineering works this weekend: the 6:15, 6:45 and 7:15 Northern trains are replaced by coaches.", []),
        ("Parents say the 8:05 school buses are always full by the second stop.", []),
    ],
    "an operator running its trips at clocks keeps a timetable": [
        ("Ten years on, the town's population is 2,300. Whale Watch Kaikōura runs its boats at 7:15, 10:00 and "
         "12:45, just as it did before.", []),
        ("The kayak centre operates three trips a day, at 9:00, 12:30 and 4:00.", []),
        ("In summer the co-op runs two boats at 6:30 and 9:15 to the island.", []),
        ("Since the pier reopened, Lough Ree Cruises operates two sailings daily at 11:30 and 3:00.", []),
    ],
    "footage showing trains or boats keeps its positions": [
        ("At 2:10 and 2:45 the trains pass the camera.", [(130.0, None), (165.0, None)]),
        ("The Kildare trains appear at 1:05 and 1:35 in the cab-ride video.", [(65.0, None), (95.0, None)]),
        ("In the drone video the skipper runs the boat at 0:40 straight into the swell.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_services_by_clock(text, expected):
    assert found_spans(text) == expected
