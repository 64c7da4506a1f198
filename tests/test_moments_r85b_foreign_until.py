"""A range told with another language's "until" or "from" in an English post (blind round 85, a Taglish barangay
notice): "From 2:05 hanggang 2:30", "mula 0:40 hanggang 1:05" (Tagalog), "from 1:10 sampai 1:40", "dari 0:40 hingga
1:05" (Malay, Indonesian). As Pidgin's "reach", the word is "to" only after "from": a lone "hanggang 2:30" after
another time is no range of it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a from-range with a Tagalog, Malay or Indonesian 'until'": [
        ("Sa CCTV, from 0:52 hanggang 1:20 kita yung motor na walang plaka.", [(52.0, 80.0)]),
        ("Panoorin niyo mula 3:10 hanggang 3:45, doon yung sigawan.", [(190.0, 225.0)]),
        ("Tengok video tu from 1:10 sampai 1:40, the lorry reverse into the longkang.", [(70.0, 100.0)]),
        ("Di video itu, dari 0:40 hingga 1:05 terlihat truknya mundur.", [(40.0, 65.0)]),
    ],
    "look-alikes: no 'from', or a clock range of the day": [
        ("Sa 1:15 ng video makikita, hanggang 2:30 pa yung gulo.", [(75.0, None), (150.0, None)]),
        ("Bukas ang barangay hall mula 8:00 am hanggang 5:00 pm.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_foreign_until(text, expected):
    assert found_spans(text) == expected
