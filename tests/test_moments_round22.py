"""Families of misses that blind rounds 22 and 23 (`tests/data/moments_genres_round22.jsonl`, `..._round23.jsonl`)
exposed, each with sentences written for the family (not the rounds' own) and near-misses that must stay as they
are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a link whose visible text is a time and whose target carries that time in another form is one moment
    "a link's target restating its text in another form": [
        ("- **Soldering** – [4:05](https://vimeo.com/5551234#t=4m5s)\n"
         "- **Testing** – [9:40](https://vimeo.com/5551234#t=9m40s)", [(245.0, None), (580.0, None)]),
        ('Skip to <a href="https://www.youtube.com/watch?v=abc123&t=1h2m3s">1:02:03</a> for the vote.',
         [(3723.0, None)]),
        ("The bridge section: [**03:20**](https://youtu.be/qwerty?t=200s)", [(200.0, None)]),
        ("<A HREF='https://vimeo.com/77#t=0m48s'>0:48</A>\u00a0is where the kite lifts.", [(48.0, None)]),
        ("Watch from [1:10](https://youtu.be/zz?t=1m10s) to [1:30](https://youtu.be/zz?t=1m30s).", [(70.0, 90.0)]),
        # near-misses: a link whose target is another time, or whose text is no time, still tells its own time
        ("the goal is at [2:35](https://youtu.be/x?t=3m10s) on the stream", [(155.0, None), (190.0, None)]),
        ("watch [this bit](https://vimeo.com/1#t=2m35s) again", [(155.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_twenty_two_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
