"""Families of misses that blind rounds 26, 27 and 28 (`tests/data/moments_genres_round26.jsonl`, `..._round27.jsonl`,
`..._round28.jsonl`) exposed in world clocks told in prose: windows and schedules, event clocks, post stamps and
said times, each with sentences written for the family (not the rounds' own) and near-misses that must stay as
they are (the rounds themselves are held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a range of two clocks that a world noun, an opening or a habit governs: opening hours, permits, outages
    "windows and schedules of the world's day": [
        ("Parking permit: 08:00–18:30, Monday to Saturday.", []),
        ("<p>Visiting hours: 14:00&ndash;16:00 and 18:30&ndash;20:00.</p>", []),
        ("The water outage in Ward 9 runs 09:00-13:00 and again 15:30–17:00.", []),
        ("The new bakery opens on the corner from 07:00 to 15:00 every weekday.", []),
        ("Owls usually hunt between 22:00 and 02:00, the ranger says.", []),
        ("The regatta is on 12 August, starting at 10:30.", []),
        ("Pickup\u00a0window:\u00a016:00–17:30.", []),
        # near-misses: ranges and points in footage stay positions
        ("The permit hearing in the video runs from 10:00 to 16:00.", [(600.0, 960.0)]),
        ("In the stream the feeding is between 10:00 and 14:00.", [(600.0, 840.0)]),
        ("The fox hunts between 12:07 and 14:31.", [(727.0, 871.0)]),
        ("On 3 May, starting at 2:10 in the video, the host explains.", [(130.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_twenty_seven_families(text: str, expected: list[tuple[float | None, float | None]]) -> None:
    assert found_spans(text) == expected
