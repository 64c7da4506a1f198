"""A range written with Swahili's or Cebuano's "until" in an English post (blind round 197): Sheng "From 1:22 mpaka
1:48 wanabishana" and Cebuano "From 0:40 hangtod 1:02" are stretches of the video, read as Taglish "hanggang" and
Malay "sampai" are (rounds 190-195), and so are "kutoka ... hadi" and "gikan ... hangtod", those languages' own
"from ... until". A day's hours said so stay times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "Swahili and Sheng until": [
        ("Cheki 0:34 the makanga. From 1:22 mpaka 1:48 wanabishana, the whole stage iko live.",
         [(34.0, None), (82.0, 108.0)]),
        ("Hii video ni noma. Kutoka 0:40 hadi 1:05 dere anabishana na polisi.", [(40.0, 65.0)]),
        ("Angalia from 0:15 hadi 0:30 in the clip, boda inaruka.", [(15.0, 30.0)]),
    ],
    "Cebuano until": [
        ("Sa 0:19 ang jeep nag-atras. From 0:40 hangtod 1:02, the driver and the enforcer are arguing.",
         [(19.0, None), (40.0, 62.0)]),
        ("Tan-awa ang video: gikan 2:05 hangtud 2:30 naay away sa kanto.", [(125.0, 150.0)]),
    ],
    "left alone": [
        ("Duka liko wazi kutoka 8:00 am mpaka 6:00 pm, Jumatatu hadi Ijumaa.", []),
        ("Ang opisina abri gikan 8:00 am hangtod 5:00 pm.", []),
        ("Fare ilikuwa KSh 80 from town, saa hii ni 100 ukipanda after 6pm.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_foreign_until(text, expected):
    assert found_spans(text) == expected
