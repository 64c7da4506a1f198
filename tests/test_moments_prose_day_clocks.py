"""Round 59 helper g59: times of day told in running prose with no footage word near (rounds 57 and 58): a
weather reading at a clock ("2°C at the pad at 08:00", "6°C and raining steadily from 08:15"), an arrival due or
late at a clock ("a ship due at 14:00", "three hours late, at 17:00"), a screening said to be at a clock ("The
festival screening is at 18:15"), a message under a chat export's header "[10:58 AM] Aisha Bello" alone on its
line ("see you at 2:30", as under "[9:41 PM] Sam:" on the message's own line). Near-misses keep their positions:
footage named in the clause, one-digit or seconds-late clocks, a screening's copy or scene."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES: dict[str, list[tuple[str, list[tuple[float | None, float | None]]]]] = {
    "weather_reading": [
        ("On the race day it was 4°C and snowing lightly from 07:30.", []),
        ("It was 11°C at the summit at 06:45, with the wind from the north at 20 km/h.", []),
        ("The forecast had it at 3°C on the ridge by 09:40, and it was.", []),
        ("The weather was kind: 5°C at the start line at 09:15.", []),
        # near-misses: footage named in the clause
        ("At 08:15 in the clip the rain starts.", [(495.0, None)]),
        ("The dashcam reads 4°C at the junction at 01:12 in the video.", [(72.0, None)]),
        ("The overlay shows 6°C and raining from 00:45 in the footage.", [(45.0, None)]),
    ],
    "due_or_late": [
        ("She spends the day waiting for a ferry due at 15:30.", []),
        ("The relief convoy is due to arrive at 21:00, the mayor says.", []),
        ("The plane finally lands four hours late, at 22:10, with everyone asleep.", []),
        ("The courier was due back by 11:45 but never came.", []),
        # near-misses: footage named, a one-digit clock, seconds late
        ("The big reveal is due at 01:10 in the video.", [(70.0, None)]),
        ("The drop is due at 2:10 if you're watching the stream.", [(130.0, None)]),
        ("The audio comes in two seconds late, at 01:12.", [(72.0, None)]),
        ("The payoff comes at 12:30, due to the slow build.", [(750.0, None)]),
    ],
    "screening_is_at": [
        ("The festival screening is at 18:15 in the main hall.", []),
        ("Our second screening will be at 20:45 the same night.", []),
        # near-misses: a screening's copy, a scene of it, footage named
        ("The screening copy at 18:15 shows the missing reel.", [(1095.0, None)]),
        ("The screening is at 18:15 in the video, where the lights go down.", [(1095.0, None)]),
        ("The best scene of the screening is at 01:10.", [(70.0, None)]),
    ],
    "chat_header_line": [
        ("[9:12 AM] Tom Reyes\nstandup moved, let's meet at 10:15\n[9:14 AM] Nadia K\nok, I'll be there by 10:15", []),
        ("[2:40 PM] Lena Park\ncan we sync after 4:00? I'm in a workshop until then\n[2:41 PM] Omar\nsure", []),
        ("[10:58 AM] Aisha Bello\nok, let's pick it up again at 2:30\n[11:03 AM] Jordan Pike\nsee you at 2:30", []),
        # a header alone, with no sibling header: still the chat's clock of the day
        ("[11:20 PM] Dev Sharma\nis the upload done? back online at 7:30 tomorrow", []),
        ("**[8:05 AM] Ruth Okoro**\nmorning all, call at 9:00", []),
        # near-misses: footage named in the message, no header at all
        ("[10:58 AM] Aisha Bello\nthe cut at 2:30 is too abrupt in the video\n[11:03 AM] Jordan Pike\nagreed",
         [(150.0, None)]),
        ("[10:58 AM] Aisha Bello\nthe fall is at 2:30 in the clip, rewind\n[11:03 AM] Jordan Pike\nseen it",
         [(150.0, None)]),
        ("Aisha Bello wrote:\nthe fall is at 2:30 in the clip", [(150.0, None)]),
        ("[4:05 PM] Grace O\nthe drop at 1:45 in the video is muffled", [(105.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_prose_day_clocks(text: str, expected: list[tuple[float | None, float | None]]) -> None:
    assert found_spans(text) == expected
