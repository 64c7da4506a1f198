"""Families of misses that blind rounds 46 and 48 (`tests/data/moments_genres_round46.jsonl`, `..._round48.jsonl`)
left open after their fixers, each with sentences written for the family (not the rounds' own) and near-misses that
must stay as they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    # Markdown emphasis with underscores around a time, a tilde hedge inside or outside it: "_~3:10_", "__0:48__"
    "a time in underscore emphasis": [
        ("- The goalpost shot at _~4:05_ was trimmed.", [(245.0, None)]),
        ("Fixed the jump cut at __~0:48__ in v2.", [(48.0, None)]),
        ("The glitch sits around _2:14_ in the upload.", [(134.0, None)]),
        ("* ~_6:02_ the door swings open.", [(362.0, None)]),
        ("From _1:05_ to _1:20_ the smoke thickens.", [(65.0, 80.0)]),
        ("At __1:12__ the van stops; at _1:40_ it pulls away.", [(72.0, None), (100.0, None)]),
        # near-misses: an underscore joining the digits to a word is a file or take name, not emphasis
        ("Saved as take_3:10 in the bin.", []),
        ("The file interview_0:30_final.mov will not open.", []),
    ],
    # "later"/"after" as also written, misspelt or in dialect: "ten seconds efter", "latter", "afta", "arter"
    "later and after misspelt": [
        ("The header lands at 0:52. Then twenty seconds efter, the keeper drops it.", [(52.0, None), (72.0, None)]),
        ("The lights cut at 2:10. Ten seconds latter a torch comes on.", [(130.0, None), (140.0, None)]),
        ("She walks in at 1:05, and 15 secs afta, the dog barks.", [(65.0, None), (80.0, None)]),
        ("Alarm at 3:00. Five seconds arter, everyone runs.", [(180.0, None), (185.0, None)]),
        ("Whistle at 4:20. Thirty seconds efter that, the crowd is on the pitch.", [(260.0, None), (290.0, None)]),
        ("At 0:40 the drone lifts; a minute ten latter it is over the bay.", [(40.0, None), (110.0, None)]),
        # near-misses: with no moment before, or counted from an event of the world, no moment
        ("Ten seconds efter the bell, the class had emptied.", []),
        ("We left the pub at noon and ten minutes latter the rain came.", []),
        ("The latter half of the season was better.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_leftover_families_of_rounds_forty_six_and_forty_eight(
        text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected


def test_a_tilde_inside_underscores_hedges_the_time() -> None:
    assert found_hedged("The pan at _~3:33_ was re-timed.") == [(213.0, None, True)]
    assert found_hedged("The pan at _3:33_ was re-timed.") == [(213.0, None, False)]
