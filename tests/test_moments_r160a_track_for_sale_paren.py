"""A track's length in brackets closing a sentence that names it and says where to get it (blind round 160, a list
of things in a castle drone film): '**The soundtrack.** The fiddle tune is "The Kilbride Reel" by Morag Currie, and
it's available for £1.29 on the usual stores (3:47).' The bracket is the tune's running time, as '"Blue Hour" (4:05)'
right after a title already was; the credit and the shop between them do not make it a place in the film. A bracket
after what happens in the footage stays a cited position, a tune named in the sentence or not."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a named track's bracket after where to get it is its length": [
        ('The drone film opens on the harbour at 0:20. The closing song is "Low Water" by the Harbour Lights, free '
         "to stream on Bandcamp (4:12).", [(20.0, None)]),
        ('Our wedding video starts with the entrance at 0:45. The music is "Ikaw" by Liza Reyes, out now on Spotify '
         "(3:58).", [(45.0, None)]),
    ],
    "a bracket after what happens in the footage stays a position": [
        ('The song is "Halo", and the bride twirls her lola round the floor (2:10).', [(130.0, None)]),
        ('The song is "Halo", available on Spotify, and the bride twirls her lola round (2:10).', [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_track_for_sale_paren(text, expected):
    assert found_spans(text) == expected
