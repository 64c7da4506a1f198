"""A song's length named in the sentence that introduces the video (blind round 101): '| Duration || 3 minutes 41
seconds' in the infobox, then 'The Dadar station dance video is a 2024 viral video of a flash mob ... performed a
routine to the Marathi song "Paus Aala" (4:12)', then 'the moment roughly three-quarters of the way through the
video'. The bracket after the song's title is the song's length, though the sentence names the video before it: a
fraction or an end form of the video counts from the video's own length (the infobox's), not the song's. A video's
length said with the song still counts."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a song's length is not the video's a fraction counts from": [
        ("Kisumu pier dance\n\n| Duration || 2 minutes 40 seconds\n|-\n| Type || Viral video\n\nThe Kisumu pier dance "
         "is a 2023 viral video of fishermen dancing to the Luo song \"Nyar Kisumu\" (4:50) at dawn.\n\n== Video ==\n"
         "About halfway through the video, a boat pulls in and its crew join the dance.", [(80.0, None)]),
        ("Duration: 1:30\n\nThe video is a viral clip of a wedding party dancing to the track \"Sweet Lagos\" (3:58)."
         "\n\nRoughly a third of the way into the clip, the groom falls over.", [(30.0, None)]),
    ],
    "a video's own length beside a song still counts": [
        ("The video runs 3 minutes, set to the song \"Morning\" (4:00).\n\nThe last 20 seconds of the video show the "
         "crowd.", [(160.0, 180.0)]),
        ("The video runs 3 minutes. The band plays the song \"Morning\" (4:00).\n\nHalfway through the video the "
         "singer waves.", [(90.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_song_not_footage_length(text, expected):
    assert found_spans(text) == expected
