"""A presenter's time check in a radio transcript (blind round 185): "PRESENTER (Tolu): It's 7:42 on your favourite
station" is the day's clock said on air, the station named after it (or the speaker's name bracketed after the role,
as "ANCHOR: It's 6:32." already was); a caller's "at about 1:20" in the video stays, as does "it's 2:10 on the video",
a place in footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's phone-in": [
        ("PRESENTER (Tolu): It's 7:42 on your favourite station and we're taking your calls on the BRT queue video. "
         "Caller, you're on air.\nCALLER (Mr. Ifeanyi, Ikorodu): Good morning Tolu. That video wey dem post, at "
         "about 1:20 you go see the conductor collecting ₦200 extra from people.", [(80.0, None)]),
    ],
    "fresh time checks": [
        ("HOST (Amaka): It's 6:15 on Cool FM and the clip everyone is sharing shows the bridge at 0:48.",
         [(48.0, None)]),
        ("ANCHOR (Mwangi): it's 9:20 on the radio, and the clip from Thika Road is the talk of the town.", []),
        ("DJ: Good people, it's 8:05 on Radio Jigawa. In that video, at 2:10 the lorry tips over.", [(130.0, None)]),
        ("PRESENTER (Tolu): It's 7:42. Now, the BRT video.", []),
    ],
    "positions stay": [
        ("PRESENTER (Tolu): It's 2:10 on the video where the conductor takes the money.", [(130.0, None)]),
        ("HOST: Go to the clip. It's 3:40 on the recording, listen.", [(220.0, None)]),
        ("CALLER (Mr. Ifeanyi): that part, it's 1:20 in the video, na there.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_station_time_check(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
