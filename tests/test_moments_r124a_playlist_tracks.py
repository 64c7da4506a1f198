"""A playlist's or an album's entries, each a quoted title, a dash and a time, under a heading that names the list as
songs (blind round 124: "Sunday drive playlist, lads\\n1. ‘Ballyfin Rain’ – 3:42\\n...\\n3. ‘The Long Acre’ (live,
2019) – 5:11"). Each time is its track's length (the round's decision: "a playlist's track lengths are nothing"), no
moment, in single quotes as in double, with a note before the year in brackets. The same entries under a heading
that names footage ("setlist of the concert film") or none at all, or a mix's tracklist that climbs from 0:00, place
moments in one work and keep their times."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a playlist's or an album's track lengths are no moments": [
        ("My Tuesday gym playlist\n1. ‘Iron Lung’ – 4:12\n2. ‘Sprint Set’ (remix, 2021) – 3:05\n3. “Cooldown” — "
         "6:40", []),
        ("Road-trip mixtape for the Wairarapa, bro\n- ‘Tūī Song’ – 3:15\n- ‘Gravel’ – 2:48\nAll up about 40 min.",
         []),
        ('The album, track by track\n\n1. "Harbour" – 3:50\n2. "Ferry" – 4:20', []),
    ],
    "the same entries in footage, or under no such heading, stay positions": [
        ("Setlist of the concert film:\n1. ‘Iron Lung’ – 4:12\n2. ‘Sprint Set’ – 13:05",
         [(252.0, None), (785.0, None)]),
        ("Best bits:\n1. ‘Iron Lung’ – 4:12\n2. ‘Sprint Set’ – 13:05", [(252.0, None), (785.0, None)]),
        # a mix's tracklist climbs from 0:00: where each track starts in the mix
        ("Tracklist for Saturday's mix\n1. ‘Opener’ – 0:00\n2. ‘Harbour Lights’ – 4:12\n3. ‘Gravel’ – 9:05",
         [(0.0, None), (252.0, None), (545.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_playlist_tracks(text, expected):
    assert found_spans(text) == expected
