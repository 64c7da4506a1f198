"""A race's split told with the place of the course it was taken at (blind rounds 185 and 186): "He went through
halfway at Drummond in 2:41:05" and "went through Drummond, the halfway point, in 2:41:09" are a marathoner's split
times, no footage positions, as "went through halfway in 1:09:50" already was; and "the halfway point" in that
apposition is a point of the course, no fraction of a broadcast whose length the text states. A position said in the
footage ("at 2:41 in the highlights") stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the rounds' marathons": [
        ("Themba Ndlovu won the men's race in 5:25:32. He went through halfway at Drummond in 2:41:05 and built a "
         "lead of 1:48 by Fields Hill. SABC's broadcast ran for 12 hours 40 minutes.", []),
        ("The field started at 5:30 am and the cut-off is 12 hours. Mahlangu went through Drummond, the halfway "
         "point, in 2:41:09, and his last 10 km took 38:02. SABC's broadcast ran 12 hours 10 minutes.", []),
    ],
    "fresh splits at named places": [
        ("The livestream lasted four hours. Kipchoge passed 30 km at Cato Ridge in 1:48:10 and never looked back.",
         []),
        ("Our coverage runs 3 hours. The leading pack came through 25 km near Lake Burley in 1:14:22.", []),
        ("The race video is 2 hours long. Sato went through Akasaka, the 20 km point, in 1:01:40, still in the "
         "lead group.", []),
        ("The highlights run 45 minutes. She reached halfway at Kew Bridge in 1:11:05 and faded after that.", []),
    ],
    "positions said in the footage stay": [
        ("The highlights run 12 minutes. The leader goes through the water station at 2:41 and waves.",
         [(161.0, None)]),
        ("The race video runs 2 hours. At the halfway point, 1:00:00, the pack splits.",
         [(3600.0, None), (3600.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_split_at_named_place(text, expected):
    assert [(round(s, 1), None if e is None else round(e, 1)) for s, e in found_spans(text)] == expected
