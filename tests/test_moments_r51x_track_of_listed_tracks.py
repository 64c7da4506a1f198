"""A track named in prose with its length in brackets, on a page listing tracks with their artists and lengths (blind
round 51): under "1. Run Boy Run — Woodkid (3:34)" and more, "Bonus if I'm having a good day: Born to Run (4:31)." is
one more track's length, as the listed ones are, though its title has a small word ("to") a title-case check refused.
Without such a list, or with words in lower case before the bracket ("I fall over at the Bridge (4:31)"), the
bracket stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

TRACKS = ("1. Run Boy Run — Woodkid (3:34)\n2. Titanium — David Guetta ft. Sia (4:05)\n"
          "3. Electric Feel — MGMT (3:49)\n\n")

FAMILIES = {
    "one more track's length": [
        (TRACKS + "Bonus if I'm having a good day: Born to Run (4:31). Shuffle off, obviously.", []),
        (TRACKS + "Encore: Dancing in the Dark (4:01). Then the cool-down.", []),
        ("- Hey Ya — OutKast (3:55)\n- Tubthumping — Chumbawamba (4:38)\n- Song 2 — Blur (2:02)\n\nAnd for the "
         "finish line: Eye of the Tiger (4:04).", []),
    ],
    "positions left alone": [
        ("Best moment: Born to Run (4:31). The crowd goes mad at 6:10.", [(271.0, None), (370.0, None)]),
        ("Playlist:\n" + TRACKS + "The video of the run: I fall over at the Bridge (4:31).", [(271.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_track_of_listed_tracks(text, expected):
    assert found_spans(text) == expected
